#pragma once

#include "models/pageref.h"
#include "models/profile/profiledocument.h"

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QPushButton;

namespace mdesk::api {
class GraphClient;
}

namespace mdesk::models {
class ProfileSession;
}

namespace mdesk::ui {

// Shows what Apply would do before it does it: per field, what the page has and what the
// draft holds, and the exact requests (one POST for the fields to set, one DELETE for the
// fields to clear) as they will go out under one tx_id, tokens redacted.
// Accepted means "apply"; rejected means "back to editing". Fields Apply would clear are
// listed in the failure colour with a warning line (objectName "reviewClears"), and Apply
// asks (MessageBox::question, "Clear and Apply" = Yes) before it accepts. Fields that changed on
// the page since editing started (ProfileDraft conflicts) are listed first; while any is unpicked
// the Apply button stays off.
class ReviewChangesDialog : public QDialog
{
    Q_OBJECT
public:
    ReviewChangesDialog(const QJsonObject &live, const models::ProfileChange &change,
                        const api::GraphClient &client, const models::PageRef &page,
                        QWidget *parent = nullptr);

    // Opens the review of a session's draft (non-modal, deleted on close); accepting it
    // applies the draft through the session.
    static ReviewChangesDialog *openFor(models::ProfileSession *session,
                                        const api::GraphClient &client, QWidget *parent);

    // The request text shown, for tests and copy.
    QString requestsText() const { return m_requests; }
    // Lists the fields to pick a value for first and holds Apply until none is left.
    void showConflicts(const QStringList &fields);

    // The fields Apply would clear on the page (the change's reset list).
    const QStringList &clears() const { return m_clears; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void confirmApply();
    QString clearsText() const;

    QString m_requests;
    QStringList m_clears;
    QLabel *m_clearWarning = nullptr;
    QLabel *m_conflicts = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace mdesk::ui
