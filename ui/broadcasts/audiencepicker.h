#pragma once

#include "models/broadcasts/broadcastbook.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QListWidget;
class QPlainTextEdit;
class QLabel;

namespace mdesk::ui {

// Who a broadcast goes to: one or more labels, the people selected in People, PSIDs from a
// file or a paste, and/or everyone whose window is open.
//
// Contract: changed() after every change of choice().
class AudiencePicker : public QWidget
{
    Q_OBJECT
public:
    struct LabelEntry
    {
        QString id;
        QString name;
        int members = 0;
    };

    explicit AudiencePicker(QWidget *parent = nullptr);

    void setLabels(const QList<LabelEntry> &labels);
    void setSelectionProvider(std::function<QStringList()> provider);
    // Sets the pasted PSIDs (a file's lines are put here too, so the user sees them).
    void setPastedPsids(const QString &text);
    void setAllOpen(bool on);
    void checkLabel(const QString &labelId, bool on);
    void useSelection(bool on);

    models::AudienceChoice choice() const;
    // Lines of the paste that are not PSIDs, as "line N: text"; empty when all are fine.
    QStringList pasteProblems() const;

Q_SIGNALS:
    void changed();

private:
    QListWidget *m_labels;
    QCheckBox *m_selection;
    QPlainTextEdit *m_paste;
    QCheckBox *m_allOpen;
    QLabel *m_pasteProblem;
    std::function<QStringList()> m_selectionProvider;
};

} // namespace mdesk::ui
