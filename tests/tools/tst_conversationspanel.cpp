// The Conversations panel offscreen against an in-process LocalGraph, on a real store
// file, driven by objectName: sync and the newest-first list with its search, a thread read
// in pages, a reply inside the window as a persona, a HUMAN_AGENT reply and a closed window,
// typing and mark-seen, pass / request / take thread control checked against LocalGraph's
// state, and Graph errors (permission, invalid parameter, timeout) that keep the reply.
// Screenshots in light, dark and German.
#include "sandboxharness.h"
#include "toolstestkit.h"

#include "api/sandbox/faultinjector.h"
#include "api/sandbox/sandboxstate.h"
#include "models/broadcasts/messagedocument.h"
#include "models/store/database.h"
#include "models/tools/threadlistmodel.h"
#include "ui/tools/conversationspanel.h"
#include "ui/tools/handoverpanel.h"
#include "ui/tools/threadview.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace mdesk;
using toolstest::child;

class TstConversationsPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandboxtest::SandboxHarness> m_harness;
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_database;

    ui::PageContext context()
    {
        ui::PageContext ctx;
        ctx.client = &m_harness->client();
        ctx.app.id = m_harness->appId(1);
        ctx.app.name = QStringLiteral("Desk");
        ctx.page.appId = m_harness->appId(1);
        ctx.page.id = m_harness->pageId(1, 0);
        ctx.page.name = QStringLiteral("Demo");
        ctx.database = m_database.get();
        return ctx;
    }
    sandbox::PageState &page() { return *m_harness->graph().state().page(m_harness->pageId(1, 0)); }
    // A person of the Page whose last message is between minHours and maxHours old.
    QString personAged(double minHours, double maxHours)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QJsonValue &value :
             m_harness->pageState(1, 0).value(QStringLiteral("contacts")).toArray()) {
            const QJsonObject contact = value.toObject();
            if (contact.value(QStringLiteral("unavailable")).toBool())
                continue;
            const QDateTime last = QDateTime::fromString(
                contact.value(QStringLiteral("last_inbound")).toString(), Qt::ISODate);
            const double hours = last.secsTo(now) / 3600.0;
            if (hours >= minHours && hours <= maxHours &&
                !page().threadOwners.contains(contact.value(QStringLiteral("psid")).toString()))
                return contact.value(QStringLiteral("psid")).toString();
        }
        return {};
    }
    void sync(ui::ConversationsPanel &panel)
    {
        auto *button = child<QPushButton>(&panel, "syncConversations");
        button->click();
        QVERIFY(!button->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 30000);
        QTRY_VERIFY(panel.threads()->rowCount() > 0);
    }
    void open(ui::ConversationsPanel &panel, const QString &psid)
    {
        QVERIFY2(!psid.isEmpty(), "no such person in the demo data");
        QVERIFY(panel.openThread(psid));
        QCOMPARE(panel.threadView()->psid(), psid);
        QTRY_VERIFY(panel.threadView()->messagesShown() > 0);
    }
    void type(ui::ConversationsPanel &panel, const QString &text)
    {
        auto *edit = child<QPlainTextEdit>(&panel, "composerText");
        edit->clear();
        QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_harness = std::make_unique<sandboxtest::SandboxHarness>();
        m_harness->client().setDefaultTimeout(15000);
        m_database = std::make_unique<store::Database>(m_dir.filePath(QStringLiteral("s.sqlite")));
        QVERIFY(m_database->open().ok);
    }

    void cleanup() { m_harness->graph().clearFaults(); }

    void syncListsNewestFirstWithSearch()
    {
        ui::ConversationsPanel panel(context());
        panel.resize(1280, 860);
        panel.show();
        QVERIFY(child<QLabel>(&panel, "threadCount")->text().contains(QStringLiteral("sync")));
        QVERIFY(child<QLabel>(&panel, "threadTitle")->text().contains(QStringLiteral("Choose")));
        sync(panel);
        const int conversations =
            m_harness->pageState(1, 0).value(QStringLiteral("conversations")).toInt();
        QCOMPARE(panel.threads()->rowCount(), conversations);
        for (int row = 1; row < panel.threads()->rowCount(); ++row)
            QVERIFY(panel.threads()
                        ->index(row - 1)
                        .data(models::ThreadListModel::LastActivityRole)
                        .toLongLong() >= panel.threads()
                                             ->index(row)
                                             .data(models::ThreadListModel::LastActivityRole)
                                             .toLongLong());
        const QString name =
            panel.threads()->index(5).data(models::ThreadListModel::NameRole).toString();
        QTest::keyClicks(child<QLineEdit>(&panel, "threadSearch"), name);
        QTRY_VERIFY(panel.threads()->rowCount() < conversations);
        QVERIFY(panel.threads()->rowCount() >= 1);
        for (int row = 0; row < panel.threads()->rowCount(); ++row)
            QVERIFY(panel.threads()
                        ->index(row)
                        .data(models::ThreadListModel::NameRole)
                        .toString()
                        .contains(name, Qt::CaseInsensitive));
        child<QLineEdit>(&panel, "threadSearch")->setText(QStringLiteral("nobody-like-this"));
        QTRY_COMPARE(panel.threads()->rowCount(), 0);
        QVERIFY(child<QLabel>(&panel, "threadCount")->text().contains(QStringLiteral("No thread")));
        child<QLineEdit>(&panel, "threadSearch")->clear();
        QTRY_COMPARE(panel.threads()->rowCount(), conversations);
    }

    void threadReadInPagesOnScroll()
    {
        ui::ConversationsPanel panel(context());
        panel.resize(1280, 860);
        panel.show();
        panel.threadView()->setPageSize(2);
        QString psid;
        int total = 0;
        for (int row = 0; row < panel.threads()->rowCount() && total <= 2; ++row) {
            const auto *contact = panel.threads()->threadAt(row);
            const auto result =
                m_harness->call(QStringLiteral("fetch_conversation_messages"),
                                {{QStringLiteral("conversation_id"), contact->conversationId},
                                 {QStringLiteral("limit"), 100}},
                                m_harness->on(1, 0));
            QVERIFY(result.isOk());
            total = int(result.object().value(QStringLiteral("data")).toArray().size());
            psid = contact->psid;
        }
        QVERIFY(total > 2);
        QVERIFY(panel.openThread(psid));
        QTRY_COMPARE(panel.threadView()->messagesShown(), 2);
        QVERIFY(panel.threadView()->hasOlder());
        auto *list = child<QListWidget>(&panel, "threadMessages");
        // Scrolled to the top, the next older page is read (the button does it when the
        // list does not scroll yet).
        while (panel.threadView()->messagesShown() < total) {
            const int before = panel.threadView()->messagesShown();
            if (list->verticalScrollBar()->maximum() > 0)
                list->verticalScrollBar()->setValue(list->verticalScrollBar()->minimum());
            else
                child<QPushButton>(&panel, "loadOlderMessages")->click();
            QTRY_VERIFY(panel.threadView()->messagesShown() > before);
        }
        QCOMPARE(panel.threadView()->messagesShown(), total);
        QVERIFY(!panel.threadView()->hasOlder());
        QVERIFY(child<QLabel>(&panel, "messagesStatus")->text().contains(QStringLiteral("whole")));
    }

    void replyInsideTheWindowAsPersona()
    {
        const auto created = m_harness->call(
            QStringLiteral("create_persona"),
            {{QStringLiteral("name"), QStringLiteral("Anna from Support")},
             {QStringLiteral("profile_picture_url"), QStringLiteral("https://example.com/a.png")}},
            m_harness->on(1, 0));
        QVERIFY(created.isOk());
        const QString personaId = created.object().value(QStringLiteral("id")).toString();
        ui::ConversationsPanel panel(context());
        panel.resize(1280, 860);
        panel.show();
        const QString psid = personAged(0.5, 20);
        open(panel, psid);
        QVERIFY(child<QLabel>(&panel, "replyWindow")->text().contains(QStringLiteral("RESPONSE")));
        QSignalSpy personas(panel.threadView(), &ui::ThreadView::personasLoaded);
        child<QPushButton>(&panel, "reloadPersonas")->click();
        QVERIFY(personas.wait(10000));
        auto *persona = child<QComboBox>(&panel, "replyPersona");
        QVERIFY(persona->findData(personaId) > 0);
        persona->setCurrentIndex(persona->findData(personaId));
        QCOMPARE(panel.threadView()->document()->personaId(), personaId);
        type(panel, QStringLiteral("Thanks, we are on it."));
        const auto before = page().sentMessages.size();
        child<QPushButton>(&panel, "sendReply")->click();
        QTRY_VERIFY(
            child<QLabel>(&panel, "replyResult")->text().startsWith(QStringLiteral("Sent")));
        QCOMPARE(page().sentMessages.size(), before + 1);
        const auto &sent = page().sentMessages.last();
        QCOMPARE(sent.recipientId, psid);
        QCOMPARE(sent.messagingType, QStringLiteral("RESPONSE"));
        QVERIFY(sent.tag.isEmpty());
        QCOMPARE(sent.personaId, personaId);
        QVERIFY(child<QLabel>(&panel, "replyResult")->text().contains(sent.id));
        // Delivered: the box is empty again, the persona stays chosen, the thread shows it.
        QVERIFY(child<QPlainTextEdit>(&panel, "composerText")->toPlainText().isEmpty());
        QCOMPARE(persona->currentData().toString(), personaId);
        // The thread is read again after the send: empty for a moment, then with the reply.
        auto *messages = child<QListWidget>(&panel, "threadMessages");
        QTRY_VERIFY(messages->count() > 0 &&
                    messages->item(messages->count() - 1)
                        ->text()
                        .contains(QStringLiteral("Thanks, we are on it.")));
    }

    void humanAgentReplyAndClosedWindow()
    {
        ui::ConversationsPanel panel(context());
        panel.resize(1280, 860);
        panel.show();
        const QString psid = personAged(30, 6 * 24);
        open(panel, psid);
        QVERIFY(
            child<QLabel>(&panel, "replyWindow")->text().contains(QStringLiteral("HUMAN_AGENT")));
        type(panel, QStringLiteral("Sorry for the wait: here is your answer."));
        QVERIFY(child<QPushButton>(&panel, "sendReply")->isEnabled());
        child<QPushButton>(&panel, "sendReply")->click();
        QTRY_VERIFY(
            child<QLabel>(&panel, "replyResult")->text().startsWith(QStringLiteral("Sent")));
        QCOMPARE(page().sentMessages.last().recipientId, psid);
        QCOMPARE(page().sentMessages.last().messagingType, QStringLiteral("MESSAGE_TAG"));
        QCOMPARE(page().sentMessages.last().tag, QStringLiteral("HUMAN_AGENT"));

        const QString old = personAged(8 * 24, 60 * 24);
        open(panel, old);
        type(panel, QStringLiteral("Hello?"));
        QVERIFY(!child<QPushButton>(&panel, "sendReply")->isEnabled());
        QVERIFY(child<QLabel>(&panel, "replyWindow")
                    ->text()
                    .contains(QStringLiteral("nothing can be sent")));
        QVERIFY(child<QPushButton>(&panel, "sendReply")
                    ->toolTip()
                    .contains(QStringLiteral("nothing can be sent")));
    }

    void typingAndMarkSeen()
    {
        ui::ConversationsPanel panel(context());
        panel.resize(1280, 860);
        panel.show();
        open(panel, personAged(0.5, 20));
        const int before = page().senderActions;
        child<QPushButton>(&panel, "typingOn")->click();
        QTRY_VERIFY(
            child<QLabel>(&panel, "replyResult")->text().contains(QStringLiteral("typing")));
        child<QPushButton>(&panel, "markSeen")->click();
        QTRY_VERIFY(child<QLabel>(&panel, "replyResult")->text().contains(QStringLiteral("seen")));
        QCOMPARE(page().senderActions, before + 2);
    }

    void passRequestAndTakeThreadControl()
    {
        ui::ConversationsPanel panel(context());
        panel.resize(1280, 860);
        panel.show();
        const QString psid = personAged(0, 30 * 24);
        open(panel, psid);
        auto *handover = panel.threadView()->handover();
        auto *owner = child<QLabel>(&panel, "threadOwner");
        QTRY_VERIFY(owner->text().contains(QStringLiteral("this app")));
        auto *target = child<QComboBox>(&panel, "handoverTarget");
        QTRY_VERIFY(target->count() >= 2); // the Page Inbox and the other demo app
        QCOMPARE(target->itemText(target->findData(ui::HandoverPanel::kPageInboxAppId)),
                 QStringLiteral("Page Inbox"));
        auto *metadata = child<QLineEdit>(&panel, "handoverMetadata");
        metadata->setText(QString(1001, QLatin1Char('m')));
        QVERIFY(child<QLabel>(&panel, "handoverMetadataProblem")->isVisibleTo(&panel));
        QVERIFY(!child<QPushButton>(&panel, "passThreadControl")->isEnabled());
        metadata->setText(QStringLiteral("escalated: billing question"));
        QVERIFY(child<QPushButton>(&panel, "passThreadControl")->isEnabled());

        QSignalSpy finished(handover, &ui::HandoverPanel::actionFinished);
        target->setCurrentIndex(target->findData(ui::HandoverPanel::kPageInboxAppId));
        child<QPushButton>(&panel, "passThreadControl")->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).toBool(), true);
        QCOMPARE(page().threadOwners.value(psid), ui::HandoverPanel::kPageInboxAppId);
        QCOMPARE(m_harness->pageState(1, 0)
                     .value(QStringLiteral("thread_owners"))
                     .toObject()
                     .value(psid)
                     .toString(),
                 ui::HandoverPanel::kPageInboxAppId);
        auto *result = child<QLabel>(&panel, "handoverResult");
        QVERIFY2(result->text().contains(QStringLiteral("Owner before: this app")),
                 qPrintable(result->text()));
        QVERIFY(result->text().contains(QStringLiteral("Owner now: Page Inbox")));
        QCOMPARE(owner->text(), QStringLiteral("Page Inbox"));
        QVERIFY(toolstest::shoot(&panel, QStringLiteral("conversations-handover")));

        child<QPushButton>(&panel, "requestThreadControl")->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).toBool(), true);
        QCOMPARE(page().threadRequests.value(psid), m_harness->appId(1));

        child<QPushButton>(&panel, "takeThreadControl")->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).toBool(), true);
        QVERIFY(!page().threadOwners.contains(psid));
        QVERIFY(!m_harness->pageState(1, 0)
                     .value(QStringLiteral("thread_owners"))
                     .toObject()
                     .contains(psid));
        QVERIFY(result->text().contains(QStringLiteral("Owner before: Page Inbox")));
        QVERIFY(result->text().contains(QStringLiteral("Owner now: this app")));

        // Asking for a thread the app holds: Graph's refusal in plain words, input kept.
        child<QPushButton>(&panel, "requestThreadControl")->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).toBool(), false);
        QVERIFY2(result->text().contains(QStringLiteral("(#100)")), qPrintable(result->text()));
        QVERIFY(result->text().contains(QStringLiteral("invalid")));
        QCOMPARE(metadata->text(), QStringLiteral("escalated: billing question"));
    }

    // Graph refuses a pass from an app that does not own the thread, and so does LocalGraph:
    // while another app owns it "Pass control" is off with a sentence why and what to do,
    // and it follows every owner read (on after a take, off when another app has it again).
    void passDisabledWhileAnotherAppOwnsTheThread()
    {
        const QString psid = personAged(0, 30 * 24);
        QVERIFY(!psid.isEmpty());
        const QString inbox = ui::HandoverPanel::kPageInboxAppId;
        page().threadOwners.insert(psid, inbox);
        const auto refused = m_harness->call(
            QStringLiteral("pass_thread_control"),
            {{QStringLiteral("recipient"), QJsonObject{{QStringLiteral("id"), psid}}},
             {QStringLiteral("target_app_id"), inbox}},
            m_harness->on(1, 0));
        QVERIFY(!refused.isOk());
        QCOMPARE(refused.error().code, 10);
        QCOMPARE(page().threadOwners.value(psid), inbox);

        ui::ConversationsPanel panel(context());
        panel.resize(1280, 860);
        panel.show();
        open(panel, psid);
        auto *handover = panel.threadView()->handover();
        QTRY_COMPARE(child<QLabel>(&panel, "threadOwner")->text(), QStringLiteral("Page Inbox"));
        auto *pass = child<QPushButton>(&panel, "passThreadControl");
        auto *why = child<QLabel>(&panel, "passControlBlocked");
        QVERIFY(!pass->isEnabled());
        QVERIFY(why->isVisibleTo(&panel));
        QVERIFY2(why->text().startsWith(QStringLiteral("Page Inbox owns this thread")) &&
                     why->text().contains(QStringLiteral("Take control first")) &&
                     why->text().contains(QStringLiteral("request it")),
                 qPrintable(why->text()));
        QCOMPARE(pass->toolTip(), why->text());
        QVERIFY(child<QPushButton>(&panel, "takeThreadControl")->isEnabled());
        QVERIFY(child<QPushButton>(&panel, "requestThreadControl")->isEnabled());
        QVERIFY(toolstest::shoot(&panel, QStringLiteral("conversations-pass-blocked")));

        QSignalSpy finished(handover, &ui::HandoverPanel::actionFinished);
        child<QPushButton>(&panel, "takeThreadControl")->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).toBool(), true);
        QVERIFY(!page().threadOwners.contains(psid));
        QVERIFY(pass->isEnabled());
        QVERIFY(!why->isVisibleTo(&panel));

        // Another app gets the thread while it is open: the next owner read turns it off.
        page().threadOwners.insert(psid, inbox);
        QSignalSpy owners(handover, &ui::HandoverPanel::ownerChanged);
        handover->readOwner();
        QVERIFY(owners.wait(10000));
        QVERIFY(!pass->isEnabled());
        QVERIFY(why->isVisibleTo(&panel));
        page().threadOwners.remove(psid);
    }

    void graphErrorsKeepTheReply()
    {
        ui::ConversationsPanel panel(context());
        panel.resize(1280, 860);
        panel.show();
        const QString psid = personAged(0.5, 20);
        open(panel, psid);
        const QString text = QStringLiteral("Your order ships tomorrow.");
        type(panel, text);
        auto *result = child<QLabel>(&panel, "replyResult");
        auto *send = child<QPushButton>(&panel, "sendReply");
        const auto before = page().sentMessages.size();

        sandbox::FaultConfig faults;
        faults.pathContains = QStringLiteral("/me/messages");
        faults.errorRates.insert(10, 1.0);
        m_harness->graph().setFaults(faults);
        send->click();
        QTRY_VERIFY(send->isEnabled());
        QVERIFY2(result->text().contains(QStringLiteral("permission")), qPrintable(result->text()));
        QVERIFY(result->text().contains(QStringLiteral("(#10)")));
        QVERIFY(result->text().contains(QStringLiteral("fbtrace_id")));
        QCOMPARE(child<QPlainTextEdit>(&panel, "composerText")->toPlainText(), text);

        faults.errorRates = {{100, 1.0}};
        m_harness->graph().setFaults(faults);
        send->click();
        QTRY_VERIFY(send->isEnabled());
        QVERIFY2(result->text().contains(QStringLiteral("invalid")), qPrintable(result->text()));
        QVERIFY(result->text().contains(QStringLiteral("(#100)")));
        QCOMPARE(child<QPlainTextEdit>(&panel, "composerText")->toPlainText(), text);

        faults.errorRates.clear();
        faults.noAnswer = 1.0;
        m_harness->graph().setFaults(faults);
        m_harness->client().setDefaultTimeout(1500);
        send->click();
        QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), 15000);
        m_harness->client().setDefaultTimeout(15000);
        QVERIFY2(result->text().contains(QStringLiteral("may have")), qPrintable(result->text()));
        QCOMPARE(child<QPlainTextEdit>(&panel, "composerText")->toPlainText(), text);
        QCOMPARE(page().sentMessages.size(), before); // none reached the sandbox
        QVERIFY(toolstest::shoot(&panel, QStringLiteral("conversations-error")));
    }

    void screenshotsLightDarkGerman()
    {
        const QString psid = personAged(0.5, 20);
        const auto render = [&](const QString &name) {
            ui::ConversationsPanel panel(context());
            panel.resize(1280, 860);
            panel.show();
            open(panel, psid);
            QTRY_VERIFY(
                !child<QLabel>(&panel, "threadOwner")->text().contains(QStringLiteral("...")));
            type(panel, QStringLiteral("We'll call you back today."));
            QVERIFY(toolstest::shoot(&panel, name));
        };
        render(QStringLiteral("conversations-light"));
        const QPalette light = QApplication::palette();
        QApplication::setPalette(toolstest::darkPalette());
        render(QStringLiteral("conversations-dark"));
        QApplication::setPalette(light);
        toolstest::GermanScope german;
        QVERIFY(german.installed());
        render(QStringLiteral("conversations-de"));
    }
};

QTEST_MAIN(TstConversationsPanel)
#include "tst_conversationspanel.moc"
