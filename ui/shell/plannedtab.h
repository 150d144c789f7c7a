#pragma once

#include "ui/shell/workspacetab.h"

#include <QStringList>
#include <QWidget>

class QListWidget;

namespace mdesk::ui {

// Stands in for a workspace tab whose editor has not landed yet: it says what the tab will
// hold, with the list of features shown disabled, so nobody mistakes it for a broken editor.
// PageWorkspace::setTab() replaces it with the real editor.
class PlannedTab : public QWidget
{
    Q_OBJECT
public:
    explicit PlannedTab(WorkspaceTab tab, QWidget *parent = nullptr);

    WorkspaceTab tab() const { return m_tab; }
    // One whole sentence per feature the tab will hold.
    static QStringList features(WorkspaceTab tab);
    static QString summary(WorkspaceTab tab);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyListPalette();

    WorkspaceTab m_tab;
    QListWidget *m_features = nullptr;
};

} // namespace mdesk::ui
