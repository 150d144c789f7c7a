// The Send message form offscreen against an in-process LocalGraph, driven by objectName:
// each recipient form checked as typed, the messaging type and tag rules, a message to a
// PSID and one to a user_ref checked against LocalGraph's sent_messages, and Graph errors
// (permission, invalid parameter, timeout) in plain words that keep what was typed.
// Screenshots in light, dark and German.
#include "sandboxharness.h"
#include "toolstestkit.h"

#include "api/sandbox/faultinjector.h"
#include "api/sandbox/sandboxstate.h"
#include "models/store/contactstore.h"
#include "models/store/database.h"
#include "ui/tools/sendmessageform.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace mdesk;
using toolstest::child;

class TstSendMessageForm : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandboxtest::SandboxHarness> m_harness;

    ui::PageContext context()
    {
        ui::PageContext ctx;
        ctx.client = &m_harness->client();
        ctx.app.id = m_harness->appId(1);
        ctx.page.appId = m_harness->appId(1);
        ctx.page.id = m_harness->pageId(1, 0);
        ctx.page.name = QStringLiteral("Demo");
        return ctx;
    }
    sandbox::PageState &page() { return *m_harness->graph().state().page(m_harness->pageId(1, 0)); }
    QString openPsid()
    {
        for (const QJsonValue &value :
             m_harness->pageState(1, 0).value(QStringLiteral("contacts")).toArray()) {
            const QJsonObject contact = value.toObject();
            if (contact.value(QStringLiteral("window_open")).toBool() &&
                !contact.value(QStringLiteral("unavailable")).toBool())
                return contact.value(QStringLiteral("psid")).toString();
        }
        return {};
    }
    static void choose(QComboBox *combo, const QString &data)
    {
        QVERIFY(combo->findData(data) >= 0);
        combo->setCurrentIndex(combo->findData(data));
    }
    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->clear();
        QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_harness = std::make_unique<sandboxtest::SandboxHarness>();
        m_harness->client().setDefaultTimeout(15000);
    }

    void cleanup()
    {
        m_harness->graph().clearFaults();
        m_harness->client().setDefaultTimeout(15000);
    }

    void checksAsTyped()
    {
        ui::SendMessageForm form(context());
        form.resize(1200, 820);
        form.show();
        auto *send = child<QPushButton>(&form, "sendMessage");
        auto *value = child<QLineEdit>(&form, "recipientValue");
        auto *problem = child<QLabel>(&form, "recipientProblem");
        auto *typeProblem = child<QLabel>(&form, "messagingTypeProblem");
        QVERIFY(!send->isEnabled());
        QVERIFY(!problem->isVisibleTo(&form)); // nothing typed yet: nothing to complain about
        QTest::keyClicks(child<QPlainTextEdit>(&form, "composerText"), QStringLiteral("Hi"));
        QTest::keyClicks(value, QStringLiteral("12ab"));
        QVERIFY(problem->isVisibleTo(&form));
        QVERIFY(problem->text().contains(QStringLiteral("digits")));
        QVERIFY(!send->isEnabled());
        retype(value, QStringLiteral("2460000000000017"));
        QVERIFY(!problem->isVisibleTo(&form));
        QVERIFY(send->isEnabled());

        choose(child<QComboBox>(&form, "recipientForm"), QStringLiteral("phone_number"));
        QVERIFY(problem->isVisibleTo(&form));
        retype(value, QStringLiteral("+49 30 1234"));
        QVERIFY(problem->text().contains(QStringLiteral("+")));
        retype(value, QStringLiteral("+4930123456"));
        QVERIFY(!problem->isVisibleTo(&form));
        QVERIFY(child<QLineEdit>(&form, "recipientFirstName")->isEnabled());
        QVERIFY(send->isEnabled());

        choose(child<QComboBox>(&form, "recipientForm"), QStringLiteral("comment_id"));
        retype(value, QStringLiteral("123_456"));
        choose(child<QComboBox>(&form, "messagingType"), QStringLiteral("UPDATE"));
        QVERIFY(typeProblem->isVisibleTo(&form));
        QVERIFY(typeProblem->text().contains(QStringLiteral("RESPONSE")));
        QVERIFY(!send->isEnabled());
        choose(child<QComboBox>(&form, "messagingType"), QStringLiteral("RESPONSE"));
        QVERIFY(send->isEnabled());

        choose(child<QComboBox>(&form, "recipientForm"), QStringLiteral("user_ref"));
        retype(value, QStringLiteral("ref-123"));
        choose(child<QComboBox>(&form, "messagingType"), QStringLiteral("MESSAGE_TAG"));
        QVERIFY(typeProblem->text().contains(QStringLiteral("needs a tag")));
        choose(child<QComboBox>(&form, "messageTag"), QStringLiteral("HUMAN_AGENT"));
        QVERIFY(typeProblem->text().contains(QStringLiteral("PSID")));
        QVERIFY(!send->isEnabled());
        choose(child<QComboBox>(&form, "messagingType"), QStringLiteral("UTILITY"));
        choose(child<QComboBox>(&form, "messageTag"), QString());
        QVERIFY(typeProblem->text().contains(QStringLiteral("template")));
        QVERIFY(!send->isEnabled());
        // The retired tags are not offered at all.
        QCOMPARE(child<QComboBox>(&form, "messageTag")->count(), 2);
        QVERIFY(toolstest::shoot(&form, QStringLiteral("sendmessage-checks")));
    }

    void sendsToAPsidAndAUserRef()
    {
        ui::SendMessageForm form(context());
        form.resize(1200, 820);
        form.show();
        const QString psid = openPsid();
        QVERIFY(!psid.isEmpty());
        QTest::keyClicks(child<QLineEdit>(&form, "recipientValue"), psid);
        QTest::keyClicks(child<QPlainTextEdit>(&form, "composerText"),
                         QStringLiteral("Your table is booked."));
        choose(child<QComboBox>(&form, "notificationType"), QStringLiteral("SILENT_PUSH"));
        QSignalSpy sent(&form, &ui::SendMessageForm::sent);
        child<QPushButton>(&form, "sendMessage")->click();
        QVERIFY(sent.wait(10000));
        const auto &last = page().sentMessages.last();
        QCOMPARE(last.recipientId, psid);
        QCOMPARE(last.messagingType, QStringLiteral("RESPONSE"));
        QCOMPARE(sent.first().at(0).toString(), last.id);
        QVERIFY(child<QLabel>(&form, "sendResult")->text().contains(last.id));
        // What was typed stays, so the same message can go to someone else.
        QCOMPARE(child<QPlainTextEdit>(&form, "composerText")->toPlainText(),
                 QStringLiteral("Your table is booked."));
        QVERIFY(toolstest::shoot(&form, QStringLiteral("sendmessage-light")));

        choose(child<QComboBox>(&form, "recipientForm"), QStringLiteral("user_ref"));
        retype(child<QLineEdit>(&form, "recipientValue"), QStringLiteral("chat-plugin-ref-42"));
        choose(child<QComboBox>(&form, "messagingType"), QStringLiteral("UPDATE"));
        const auto before = page().sentMessages.size();
        child<QPushButton>(&form, "sendMessage")->click();
        QVERIFY(sent.wait(10000));
        QCOMPARE(page().sentMessages.size(), before + 1);
        QCOMPARE(page().sentMessages.last().messagingType, QStringLiteral("UPDATE"));
        QVERIFY(child<QLabel>(&form, "sendResult")
                    ->text()
                    .contains(page().sentMessages.last().recipientId));
    }

    void windowHintFromTheStore()
    {
        QTemporaryDir dir;
        store::Database database(dir.filePath(QStringLiteral("s.sqlite")));
        QVERIFY(database.open().ok);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        store::ConversationRecord record;
        record.psid = QStringLiteral("2460000000000999");
        record.name = QStringLiteral("Ines");
        record.conversationId = QStringLiteral("t_999");
        record.updatedTime = now - 3LL * 24 * 3600 * 1000;
        record.lastInbound = record.updatedTime;
        store::ContactStore contacts(database, m_harness->pageId(1, 0));
        QVERIFY(contacts.upsertConversation(record, now));
        ui::PageContext ctx = context();
        ctx.database = &database;
        ui::SendMessageForm form(ctx);
        form.show();
        auto *hint = child<QLabel>(&form, "recipientWindow");
        QVERIFY(!hint->isVisibleTo(&form));
        QTest::keyClicks(child<QLineEdit>(&form, "recipientValue"), record.psid);
        QVERIFY(hint->isVisibleTo(&form));
        QVERIFY2(hint->text().contains(QStringLiteral("HUMAN_AGENT")), qPrintable(hint->text()));
        retype(child<QLineEdit>(&form, "recipientValue"), QStringLiteral("2460000000000998"));
        QVERIFY(hint->text().contains(QStringLiteral("knows no message")));
    }

    void graphErrorsKeepTheInput_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("noAnswer");
        QTest::addColumn<QString>("words");
        QTest::newRow("permission") << 10 << false << "permission";
        QTest::newRow("invalid parameter") << 100 << false << "invalid";
        QTest::newRow("timeout") << 0 << true << "may have";
    }

    void graphErrorsKeepTheInput()
    {
        QFETCH(int, code);
        QFETCH(bool, noAnswer);
        QFETCH(QString, words);
        ui::SendMessageForm form(context());
        form.resize(1200, 820);
        form.show();
        const QString psid = openPsid();
        QTest::keyClicks(child<QLineEdit>(&form, "recipientValue"), psid);
        QTest::keyClicks(child<QPlainTextEdit>(&form, "composerText"), QStringLiteral("Hello"));
        sandbox::FaultConfig faults;
        faults.pathContains = QStringLiteral("/me/messages");
        if (noAnswer) {
            faults.noAnswer = 1.0;
            m_harness->client().setDefaultTimeout(1500);
        } else {
            faults.errorRates.insert(code, 1.0);
        }
        m_harness->graph().setFaults(faults);
        const auto before = page().sentMessages.size();
        QSignalSpy failed(&form, &ui::SendMessageForm::failed);
        child<QPushButton>(&form, "sendMessage")->click();
        QVERIFY(!child<QPushButton>(&form, "sendMessage")->isEnabled());
        QVERIFY(failed.wait(15000));
        const QString text = child<QLabel>(&form, "sendResult")->text();
        QVERIFY2(text.contains(words), qPrintable(text));
        QVERIFY(text.startsWith(QStringLiteral("The message was not sent.")));
        if (code) {
            QVERIFY2(text.contains(QStringLiteral("(#%1)").arg(code)), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("fbtrace_id")));
        }
        QCOMPARE(child<QLineEdit>(&form, "recipientValue")->text(), psid);
        QCOMPARE(child<QPlainTextEdit>(&form, "composerText")->toPlainText(),
                 QStringLiteral("Hello"));
        QCOMPARE(page().sentMessages.size(), before);
        QVERIFY(child<QPushButton>(&form, "sendMessage")->isEnabled());
        if (code == 10)
            QVERIFY(toolstest::shoot(&form, QStringLiteral("sendmessage-error")));
    }

    void screenshotsDarkGerman()
    {
        const auto render = [&](const QString &name) {
            ui::SendMessageForm form(context());
            form.resize(1200, 820);
            form.show();
            choose(child<QComboBox>(&form, "recipientForm"), QStringLiteral("phone_number"));
            QTest::keyClicks(child<QLineEdit>(&form, "recipientValue"), QStringLiteral("+49 30"));
            QTest::keyClicks(child<QPlainTextEdit>(&form, "composerText"),
                             QStringLiteral("Your parcel is ready."));
            QVERIFY(toolstest::shoot(&form, name));
        };
        const QPalette light = QApplication::palette();
        QApplication::setPalette(toolstest::darkPalette());
        render(QStringLiteral("sendmessage-dark"));
        QApplication::setPalette(light);
        toolstest::GermanScope german;
        QVERIFY(german.installed());
        render(QStringLiteral("sendmessage-de"));
    }
};

QTEST_MAIN(TstSendMessageForm)
#include "tst_sendmessageform.moc"
