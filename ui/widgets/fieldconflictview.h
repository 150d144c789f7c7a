#pragma once

#include <QFrame>
#include <QJsonValue>
#include <QPointer>

class QLabel;
class QPushButton;

namespace mdesk::models {
class ProfileDraft;
}

namespace mdesk::ui {

// The conflict of one draft field, shown where the field is edited: "changed on the page
// since you started editing", what the admin typed and what the page has now, and the two
// ways out (Keep Mine, Take the Page's). Hidden while the field has no conflict.
//
// Contract: follows ProfileDraft::conflictsChanged() by itself; the buttons call
// ProfileDraft::keepMine()/takePage(), which end the conflict (and hide the view).
// Object names end in the field: conflict_<field>, conflictMine_<field>,
// conflictPage_<field>, keepMine_<field>, takePage_<field>.
class FieldConflictView : public QFrame
{
    Q_OBJECT
public:
    FieldConflictView(models::ProfileDraft *draft, QString field, QString title,
                      QWidget *parent = nullptr);

    // The value as a page admin reads it: texts, payloads; JSON for the rest.
    static QString readable(const QJsonValue &value);

protected:
    // A warning-tone box drawn from the palette on every paint, so dark mode follows.
    void paintEvent(QPaintEvent *event) override;

private:
    void refresh();

    QPointer<models::ProfileDraft> m_draft;
    QString m_field;
    QString m_title;
    QLabel *m_heading;
    QLabel *m_mine;
    QLabel *m_page;
};

} // namespace mdesk::ui
