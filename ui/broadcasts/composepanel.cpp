#include "ui/broadcasts/composepanel.h"

#include "ui/broadcasts/audiencepicker.h"
#include "ui/broadcasts/eligibilityview.h"
#include "ui/broadcasts/reportview.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/messagecomposer.h"

#include "models/broadcasts/broadcastrunner.h"
#include "models/broadcasts/messagedocument.h"
#include "models/broadcasts/messagingpolicy.h"
#include "models/broadcasts/sendverdict.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

namespace mdesk::ui {

using models::BroadcastRunner;

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

ComposePanel::ComposePanel(const PageContext &context, models::BroadcastBook *book, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_book(book)
    , m_document(new models::MessageDocument(this))
{
    setObjectName(QStringLiteral("composePanel"));
    auto *outer = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(splitter, 1);

    // Left: the message.
    auto *messageBox = new QGroupBox(tr("Message"), splitter);
    auto *messageLayout = new QVBoxLayout(messageBox);
    m_composer = new MessageComposer(m_document, messageBox);
    messageLayout->addWidget(m_composer, 1);
    auto *testRow = new QHBoxLayout;
    m_testPsid = new QLineEdit(messageBox);
    m_testPsid->setObjectName(QStringLiteral("testPsid"));
    m_testPsid->setPlaceholderText(tr("your own PSID"));
    m_testPsid->setAccessibleName(tr("PSID for the test send"));
    m_testSend = button(tr("&Test send"), QStringLiteral("testSend"), messageBox);
    testRow->addWidget(new QLabel(tr("Test send to:"), messageBox));
    testRow->addWidget(m_testPsid, 1);
    testRow->addWidget(m_testSend);
    messageLayout->addLayout(testRow);
    m_testResult = new MessageBar(messageBox);
    m_testResult->setObjectName(QStringLiteral("testSendResult"));
    m_testResult->setCloseButtonVisible(true);
    m_testResult->hide();
    messageLayout->addWidget(m_testResult);

    // Right: the audience, who can be reached, sending, the report.
    // It scrolls rather than squeezing the audience lists and the report on a small screen.
    auto *rightScroll = new QScrollArea(splitter);
    rightScroll->setObjectName(QStringLiteral("composeRightScroll"));
    rightScroll->setWidgetResizable(true);
    rightScroll->setFrameShape(QFrame::NoFrame);
    rightScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *right = new QWidget(rightScroll);
    rightScroll->setWidget(right);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *audienceBox = new QGroupBox(tr("Audience"), right);
    auto *audienceLayout = new QVBoxLayout(audienceBox);
    m_audience = new AudiencePicker(audienceBox);
    audienceLayout->addWidget(m_audience);
    auto *form = new QFormLayout;
    m_tag = new QComboBox(audienceBox);
    m_tag->setObjectName(QStringLiteral("composeTag"));
    form->addRow(tr("Messaging &type:"), m_tag);
    m_name = new QLineEdit(audienceBox);
    m_name->setObjectName(QStringLiteral("broadcastName"));
    m_name->setPlaceholderText(tr("a name for History"));
    form->addRow(tr("&Name:"), m_name);
    audienceLayout->addLayout(form);
    m_check =
        button(tr("&Check who can be reached"), QStringLiteral("checkEligibility"), audienceBox);
    audienceLayout->addWidget(m_check);
    m_eligibility = new EligibilityView(audienceBox);
    // Four groups and a few names fit; more scroll inside, so Send stays in sight.
    m_eligibility->setMaximumHeight(9 * fontMetrics().lineSpacing());
    audienceLayout->addWidget(m_eligibility, 1);
    rightLayout->addWidget(audienceBox);

    auto *sendBox = new QGroupBox(tr("Send"), right);
    auto *sendLayout = new QVBoxLayout(sendBox);
    auto *controls = new QHBoxLayout;
    m_send = button(tr("&Send now"), QStringLiteral("sendBroadcast"), sendBox);
    m_pause = button(tr("&Pause"), QStringLiteral("pauseBroadcast"), sendBox);
    m_resume = button(tr("&Resume"), QStringLiteral("resumeBroadcast"), sendBox);
    m_cancel = button(tr("Ca&ncel"), QStringLiteral("cancelBroadcast"), sendBox);
    for (QPushButton *b : {m_send, m_pause, m_resume, m_cancel})
        controls->addWidget(b);
    controls->addStretch();
    sendLayout->addLayout(controls);
    // Scheduling on a row of its own: beside the four buttons it would not fit in German.
    auto *later = new QHBoxLayout;
    m_scheduleAt = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(3600), sendBox);
    m_scheduleAt->setObjectName(QStringLiteral("scheduleAt"));
    m_scheduleAt->setCalendarPopup(true);
    m_scheduleAt->setAccessibleName(tr("When to send"));
    m_schedule = button(tr("Sc&hedule"), QStringLiteral("scheduleBroadcast"), sendBox);
    later->addWidget(m_scheduleAt);
    later->addWidget(m_schedule);
    later->addStretch();
    sendLayout->addLayout(later);
    m_progress = new QProgressBar(sendBox);
    m_progress->setObjectName(QStringLiteral("sendProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    sendLayout->addWidget(m_progress);
    m_status = new QLabel(sendBox);
    m_status->setObjectName(QStringLiteral("sendStatus"));
    m_status->setWordWrap(true);
    sendLayout->addWidget(m_status);
    m_report = new ReportView(sendBox);
    sendLayout->addWidget(m_report, 1);
    rightLayout->addWidget(sendBox, 1);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    // The column scrolls up and down only: the splitter must leave it its whole width, or
    // buttons and lists are cut off at the right edge (long German texts).
    rightScroll->setMinimumWidth(right->minimumSizeHint().width() +
                                 rightScroll->verticalScrollBar()->sizeHint().width());

    const auto offerTags = [this](int audienceSize) {
        const QString current = m_tag->currentData().toString();
        m_tag->clear();
        for (const QString &tag : models::MessagingPolicy::offeredTags(audienceSize))
            m_tag->addItem(tag.isEmpty() ? tr("UPDATE (inside the 24-hour window)")
                                         : tr("HUMAN_AGENT (a person answering, within 7 days)"),
                           tag);
        m_tag->setCurrentIndex(std::max(0, m_tag->findData(current)));
    };
    offerTags(0);
    connect(m_check, &QPushButton::clicked, this, &ComposePanel::checkEligibility);
    connect(m_audience, &AudiencePicker::changed, this, [this] {
        m_eligibility->clear();
        updateButtons();
    });
    connect(m_document, &models::MessageDocument::changed, this, &ComposePanel::updateButtons);
    connect(m_testSend, &QPushButton::clicked, this, &ComposePanel::testSend);
    connect(m_send, &QPushButton::clicked, this, &ComposePanel::send);
    connect(m_schedule, &QPushButton::clicked, this, &ComposePanel::schedule);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->pause();
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->resume();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->cancel();
    });
    connect(m_report, &ReportView::sendAgainRequested, this, [this](const QStringList &psids) {
        sendTo(psids, tr("%1 (again to the failed)").arg(m_report->model()->report().name));
    });
    connect(m_report, &ReportView::sendReopenedRequested, this, [this](const QStringList &psids) {
        sendTo(psids, tr("%1 (windows reopened)").arg(m_report->model()->report().name));
    });
    connect(this, &ComposePanel::broadcastFinished, this, [this] { updateButtons(); });
    // HUMAN_AGENT only for one person: the offer follows the summary.
    connect(m_check, &QPushButton::clicked, this,
            [this, offerTags] { offerTags(m_eligibility->eligibility().total()); });
    updateButtons();
}

void ComposePanel::setStatus(const QString &text)
{
    m_status->setText(text);
}

void ComposePanel::updateButtons()
{
    const bool running = m_runner && !m_runner->isFinished();
    const bool valid = m_document->isValid();
    m_send->setEnabled(!running && valid && !m_audience->choice().isEmpty());
    m_schedule->setEnabled(!running && valid && !m_audience->choice().isEmpty());
    m_check->setEnabled(!m_audience->choice().isEmpty());
    m_testSend->setEnabled(valid);
    m_pause->setEnabled(running && !m_runner->isPaused());
    m_resume->setEnabled(running && m_runner->isPaused());
    m_cancel->setEnabled(running);
}

void ComposePanel::checkEligibility()
{
    const qint64 now = nowMs();
    const auto people = m_book->resolve(m_audience->choice(), now);
    if (!people) {
        setStatus(tr("The local store could not be read: %1").arg(m_book->lastError()));
        return;
    }
    m_eligibility->setEligibility(
        models::Eligibility::of(*people, QDateTime::fromMSecsSinceEpoch(now, Qt::UTC)));
}

void ComposePanel::withUploadedMessage(const std::function<void(const QJsonObject &)> &next)
{
    const QString file = m_document->attachmentFile();
    if (m_document->kind() != models::MessageDocument::Kind::Attachment || file.isEmpty() ||
        !m_document->attachmentId().isEmpty()) {
        next(m_document->message());
        return;
    }
    const QFileInfo info(file);
    const QString key = QStringLiteral("%1|%2|%3")
                            .arg(info.absoluteFilePath())
                            .arg(info.size())
                            .arg(info.lastModified().toMSecsSinceEpoch());
    const QString cached = m_book->cachedAttachment(key, nowMs());
    const QString type = m_document->attachmentType();
    if (!cached.isEmpty()) {
        m_document->setAttachment(type, {}, cached, file);
        next(m_document->message());
        return;
    }
    setStatus(tr("Uploading %1 once; its attachment id is kept for 90 days.").arg(info.fileName()));
    auto *reply = m_context.client->call(QStringLiteral("upload_attachment"),
                                         {{QStringLiteral("type"), type},
                                          {QStringLiteral("file"), file},
                                          {QStringLiteral("is_reusable"), true}},
                                         m_context.callOptions());
    connect(reply, &api::GraphReply::finished, this,
            [this, next, key, type, file](const api::GraphResult &result) {
                const QString id =
                    result.isOk()
                        ? result.object().value(QStringLiteral("attachment_id")).toString()
                        : QString();
                if (id.isEmpty()) {
                    setStatus(tr("The attachment could not be uploaded: %1")
                                  .arg(result.isOk() ? tr("no attachment id came back.")
                                                     : result.error().summary()));
                    return;
                }
                m_book->rememberAttachment(key, type, id, nowMs());
                m_document->setAttachment(type, {}, id, file);
                next(m_document->message());
            });
}

void ComposePanel::testSend()
{
    const QString psid = m_testPsid->text().trimmed();
    if (psid.isEmpty()) {
        m_testResult->showMessage(MessageBar::Tone::Warning,
                                  tr("Enter your own PSID to see the message as people will."));
        return;
    }
    const QString tag = m_tag->currentData().toString();
    m_testResult->showMessage(MessageBar::Tone::Information, tr("Sending a test to %1…").arg(psid));
    withUploadedMessage([this, psid, tag](const QJsonObject &message) {
        QJsonObject input{{QStringLiteral("messaging_type"), tag.isEmpty()
                                                                 ? QStringLiteral("UPDATE")
                                                                 : QStringLiteral("MESSAGE_TAG")},
                          {QStringLiteral("recipient"), QJsonObject{{QStringLiteral("id"), psid}}},
                          {QStringLiteral("message"), message}};
        if (!tag.isEmpty())
            input.insert(QStringLiteral("tag"), tag);
        if (!m_document->personaId().isEmpty())
            input.insert(QStringLiteral("persona_id"), m_document->personaId());
        api::CallOptions options = m_context.callOptions();
        options.retry = false; // a send is never repeated by itself
        auto *reply = m_context.client->call(QStringLiteral("send_message"), input, options);
        connect(
            reply, &api::GraphReply::finished, this, [this, psid](const api::GraphResult &result) {
                const auto verdict = models::SendVerdict::of(result);
                if (verdict.kind == models::SendVerdict::Kind::Sent)
                    m_testResult->showMessage(
                        MessageBar::Tone::Positive,
                        tr("The test went to %1 (message id %2).").arg(psid, verdict.messageId));
                else
                    // Plain words first; Graph's code and fbtrace_id for a support ticket.
                    m_testResult->showMessage(
                        MessageBar::Tone::Negative,
                        tr("The test did not go out to %1: %2 (Graph said: %3)")
                            .arg(psid, verdict.text, result.error().summary()));
            });
    });
}

std::optional<models::BroadcastDraft> ComposePanel::draftForSend(int audienceSize)
{
    const QString tag = m_tag->currentData().toString();
    const QString type = tag.isEmpty() ? QStringLiteral("UPDATE") : QStringLiteral("MESSAGE_TAG");
    const QString refusal = models::MessagingPolicy::refusal(type, tag, audienceSize);
    if (!refusal.isEmpty()) {
        setStatus(refusal);
        return std::nullopt;
    }
    models::BroadcastDraft draft;
    draft.name =
        m_name->text().trimmed().isEmpty()
            ? tr("Broadcast of %1")
                  .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat))
            : m_name->text().trimmed();
    draft.message = m_document->message();
    draft.messagingType = type;
    draft.tag = tag;
    draft.personaId = m_document->personaId();
    draft.audience = m_audience->choice();
    return draft;
}

void ComposePanel::send()
{
    checkEligibility(); // the numbers the user confirms are the ones of now
    const models::Eligibility eligibility = m_eligibility->eligibility();
    if (eligibility.reachable.isEmpty()) {
        setStatus(tr("Nobody in this audience can be reached now; nothing was sent."));
        return;
    }
    auto draft = draftForSend(int(eligibility.reachable.size()));
    if (!draft)
        return;
    const auto answer = MessageBox::question(
        this, tr("Send broadcast"),
        tr("Send \"%1\" to %n person(s) now?", "", int(eligibility.reachable.size()))
            .arg(draft->name),
        {{QMessageBox::Yes, tr("Send")}, {QMessageBox::Cancel, {}}}, QMessageBox::Cancel,
        eligibility.summary());
    if (answer != QMessageBox::Yes)
        return;
    withUploadedMessage([this, draft, eligibility](const QJsonObject &message) {
        models::BroadcastDraft ready = *draft;
        ready.message = message;
        const auto id = m_book->create(ready, eligibility, nowMs());
        if (!id) {
            setStatus(tr("The broadcast could not be stored: %1").arg(m_book->lastError()));
            return;
        }
        QStringList psids;
        for (const auto &person : eligibility.reachable)
            psids.append(person.psid);
        start(*id, ready, psids);
    });
}

void ComposePanel::sendTo(const QStringList &psids, const QString &name)
{
    m_audience->setPastedPsids(psids.join(QLatin1Char('\n')));
    m_name->setText(name);
    send();
}

void ComposePanel::schedule()
{
    checkEligibility();
    auto draft = draftForSend(m_eligibility->eligibility().total());
    if (!draft)
        return;
    draft->scheduledFor = m_scheduleAt->dateTime().toUTC();
    if (draft->scheduledFor <= QDateTime::currentDateTimeUtc()) {
        setStatus(tr("Choose a time in the future to schedule a broadcast."));
        return;
    }
    // Everyone chosen is pending: windows are checked again at send time.
    models::Eligibility all;
    all.reachable =
        m_eligibility->eligibility().reachable + m_eligibility->eligibility().outsideWindow;
    all.unavailable = m_eligibility->eligibility().unavailable;
    all.unknown = m_eligibility->eligibility().unknown;
    const auto id = m_book->create(*draft, all, nowMs());
    if (!id) {
        setStatus(tr("The schedule could not be stored: %1").arg(m_book->lastError()));
        return;
    }
    setStatus(tr("Scheduled for %1. It runs while the app is open; each window is checked "
                 "again at send time.")
                  .arg(QLocale().toString(m_scheduleAt->dateTime(), QLocale::ShortFormat)));
    Q_EMIT scheduled(*id);
}

void ComposePanel::runBroadcast(qint64 id)
{
    const auto draft = m_book->draft(id);
    const auto pending = m_book->psidsIn(id, models::RecipientState::Pending);
    if (!draft || !pending) {
        setStatus(m_book->lastError());
        return;
    }
    start(id, *draft, *pending);
}

void ComposePanel::start(qint64 id, const models::BroadcastDraft &draft, const QStringList &psids)
{
    if (m_runner && !m_runner->isFinished()) {
        setStatus(tr("Another broadcast is running; wait for it or cancel it first."));
        return;
    }
    if (!m_book->claim(id)) {
        setStatus(m_book->lastError());
        return;
    }
    BroadcastRunner::Setup setup;
    setup.broadcastId = id;
    setup.message = draft.message;
    setup.messagingType = draft.messagingType;
    setup.tag = draft.tag;
    setup.personaId = draft.personaId;
    setup.psids = psids;
    setup.options = m_context.callOptions();
    if (m_runner)
        m_runner->deleteLater();
    m_runner = new BroadcastRunner(m_context.client, m_book, setup, this);
    m_runner->setSkipCheck([this](const QString &psid) {
        return m_book->skipReason(psid, QDateTime::currentDateTimeUtc());
    });
    m_runningId = id;
    if (const auto stored = m_book->report(id))
        m_report->setReport(*stored);
    m_progress->setRange(0, std::max(1, int(psids.size())));
    m_progress->setValue(0);
    setStatus(tr("Sending \"%1\" to %n person(s)...", "", int(psids.size())).arg(draft.name));
    connect(m_runner, &BroadcastRunner::recipientsSettled, m_report, &ReportView::apply);
    connect(m_runner, &BroadcastRunner::progress, this, [this](int done, int total, qint64 msLeft) {
        m_progress->setValue(done);
        if (m_runner && m_runner->isPaused())
            return; // the batches that were out come back; "Paused" stays in view
        setStatus(msLeft < 0 ? tr("%1 of %2 done.").arg(done).arg(total)
                             : tr("%1 of %2 done, about %3 s left.")
                                   .arg(done)
                                   .arg(total)
                                   .arg((msLeft + 999) / 1000));
    });
    connect(m_runner, &BroadcastRunner::paused, this, [this] {
        setStatus(tr("Paused: the requests out come back; nothing new leaves until Resume."));
        updateButtons();
    });
    connect(m_runner, &BroadcastRunner::resumed, this, &ComposePanel::updateButtons);
    connect(m_runner, &BroadcastRunner::finished, this, [this, id](const QString &state) {
        m_book->release(id);
        if (const auto stored = m_book->report(id))
            m_report->setReport(*stored);
        if (state == models::BroadcastState::Stopped)
            setStatus(tr("Stopped: %1").arg(m_runner->stopReason()));
        else if (state == models::BroadcastState::Cancelled)
            setStatus(tr("Cancelled; the people not reached are marked skipped."));
        else
            setStatus(tr("Done."));
        Q_EMIT broadcastFinished(id);
    });
    m_runner->start();
    updateButtons();
}

} // namespace mdesk::ui
