#pragma once

#include "ui/shell/pagecontext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace mdesk::ui {

// The Page's personas (graph-api.md: create_persona, list_personas, delete_persona): a
// name and a picture a human agent answers as. Create checks the name and the picture URL
// as they are typed (the message beside each field) and sends nothing while either is
// wrong; delete asks first, saying what happens. Graph's errors are shown in plain words
// with code and fbtrace_id, and the fields keep what was typed.
//
// Contract: personasChanged() after a create or a delete succeeded (then the list is read
// again); listed() after every list read, ok or not.
class PersonasForm : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kNameMax = 100;

    explicit PersonasForm(const PageContext &context, QWidget *parent = nullptr);

    void reload();
    // Why the name / URL cannot be sent; empty when it can.
    static QString nameProblem(const QString &name);
    static QString pictureProblem(const QString &url);

Q_SIGNALS:
    void personasChanged();
    void listed();

protected:
    // The first show reads the Page's personas: a Page opened but never looked at here
    // makes no call.
    void showEvent(QShowEvent *event) override;

private:
    void create();
    void deleteSelected();
    void updateState();

    PageContext m_context;
    bool m_busy = false;
    bool m_shownOnce = false;
    QTreeWidget *m_list;
    QLabel *m_listStatus;
    QPushButton *m_reload;
    QPushButton *m_delete;
    QLineEdit *m_name;
    QLabel *m_nameProblem;
    QLineEdit *m_picture;
    QLabel *m_pictureProblem;
    QPushButton *m_create;
    QLabel *m_result;
};

} // namespace mdesk::ui
