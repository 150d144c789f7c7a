#pragma once

#include "ui/shell/pagecontext.h"

#include "models/broadcasts/broadcastbook.h"
#include "models/broadcasts/broadcastrunner.h"

#include <QPointer>
#include <QWidget>
#include <functional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace mdesk::models {
class BroadcastRunner;
class MessageDocument;
} // namespace mdesk::models

namespace mdesk::ui {

class AudiencePicker;
class MessageBar;
class EligibilityView;
class MessageComposer;
class ReportView;

// Compose and send: the message composer, the audience, the eligibility summary, a test
// send to one PSID, then the broadcast with progress, pause, resume and cancel, and the
// report per person. Schedule for later keeps the broadcast in the journal as scheduled.
//
// Contract: broadcastFinished(id) after a run ends (History refreshes); scheduled(id) after
// a schedule was stored. A broadcast started here is the only one this panel runs at a time.
class ComposePanel : public QWidget
{
    Q_OBJECT
public:
    ComposePanel(const PageContext &context, models::BroadcastBook *book,
                 QWidget *parent = nullptr);

    models::MessageDocument *document() const { return m_document; }
    AudiencePicker *audience() const { return m_audience; }
    ReportView *report() const { return m_report; }
    models::BroadcastRunner *runner() const { return m_runner; }

    // Recomputes the eligibility summary for the chosen audience now.
    void checkEligibility();
    // Starts a stored broadcast's pending people (Resume, a due schedule).
    void runBroadcast(qint64 id);
    // A new broadcast of the current message to these people (Send again / reopened).
    void sendTo(const QStringList &psids, const QString &name);

Q_SIGNALS:
    void broadcastFinished(qint64 id);
    void scheduled(qint64 id);

private:
    void testSend();
    void send();
    void schedule();
    // Uploads a chosen file once (its attachment_id kept in the store for 90 days), then
    // calls next with the message to send; next is not called when the upload failed.
    void withUploadedMessage(const std::function<void(const QJsonObject &)> &next);
    std::optional<models::BroadcastDraft> draftForSend(int audienceSize);
    void start(qint64 id, const models::BroadcastDraft &draft, const QStringList &psids);
    void updateButtons();
    void setStatus(const QString &text);

    PageContext m_context;
    models::BroadcastBook *m_book;
    models::MessageDocument *m_document;
    MessageComposer *m_composer;
    AudiencePicker *m_audience;
    EligibilityView *m_eligibility;
    QComboBox *m_tag;
    QLineEdit *m_name;
    QLineEdit *m_testPsid;
    QPushButton *m_testSend;
    MessageBar *m_testResult;
    QPushButton *m_check;
    QPushButton *m_send;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_cancel;
    QDateTimeEdit *m_scheduleAt;
    QPushButton *m_schedule;
    QProgressBar *m_progress;
    QLabel *m_status;
    ReportView *m_report;
    QPointer<models::BroadcastRunner> m_runner;
    qint64 m_runningId = 0;
};

} // namespace mdesk::ui
