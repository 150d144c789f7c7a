// The rules of Conversations & Tools as plain functions: the reply window (24 hours,
// HUMAN_AGENT for 7 days, closed, unavailable), one recipient of every form with its
// messaging type and tag, and Graph errors in plain words with code and fbtrace_id.
#include "api/grapherror.h"
#include "models/tools/graphfailuretext.h"
#include "models/tools/onerecipient.h"
#include "models/tools/replywindow.h"

#include <QJsonArray>
#include <QTest>

using namespace mdesk;
using models::OneRecipient;
using models::ReplyWindow;

class TstToolsRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replyWindow()
    {
        const qint64 now = 1'800'000'000'000;
        const qint64 hour = 3600 * 1000;
        auto open = ReplyWindow::at(now - 2 * hour, now);
        QCOMPARE(open.state, ReplyWindow::State::Open);
        QCOMPARE(open.messagingType(), QStringLiteral("RESPONSE"));
        QVERIFY(open.tag().isEmpty());
        QCOMPARE(open.msLeft, 22 * hour);
        QVERIFY(open.explanation(now).contains(QStringLiteral("22 h")));

        auto human = ReplyWindow::at(now - 30 * hour, now);
        QCOMPARE(human.state, ReplyWindow::State::HumanAgent);
        QCOMPARE(human.messagingType(), QStringLiteral("MESSAGE_TAG"));
        QCOMPARE(human.tag(), QStringLiteral("HUMAN_AGENT"));
        QCOMPARE(human.msLeft, 7 * 24 * hour - 30 * hour);
        QVERIFY(human.explanation(now).contains(QStringLiteral("HUMAN_AGENT")));

        auto closed = ReplyWindow::at(now - 8 * 24 * hour, now);
        QCOMPARE(closed.state, ReplyWindow::State::Closed);
        QVERIFY(!closed.canSend());
        QVERIFY(closed.messagingType().isEmpty());
        QVERIFY(closed.explanation(now).contains(QStringLiteral("8 day")));
        // The edges: exactly 24 hours is no longer open; exactly 7 days no longer a reply.
        QCOMPARE(ReplyWindow::at(now - 24 * hour, now).state, ReplyWindow::State::HumanAgent);
        QCOMPARE(ReplyWindow::at(now - 7 * 24 * hour, now).state, ReplyWindow::State::Closed);
        QCOMPARE(ReplyWindow::at(std::nullopt, now).state, ReplyWindow::State::Closed);
        QVERIFY(ReplyWindow::at(std::nullopt, now)
                    .explanation(now)
                    .contains(QStringLiteral("No message")));
        QCOMPARE(ReplyWindow::at(now - hour, now, true).state, ReplyWindow::State::Unavailable);
        QVERIFY(!ReplyWindow::at(now - hour, now, true).canSend());
        QCOMPARE(ReplyWindow::span(90 * 1000), QStringLiteral("1 min"));
        QVERIFY(ReplyWindow::span(26 * hour).startsWith(QStringLiteral("1 day")));
        QVERIFY(ReplyWindow::span(26 * hour).endsWith(QStringLiteral(" 2 h")));
    }

    void recipientForms_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("psid") << "id"
                              << "2460000000000017" << true;
        QTest::newRow("psid letters") << "id"
                                      << "24600x" << false;
        QTest::newRow("empty") << "id"
                               << "  " << false;
        QTest::newRow("user_ref") << "user_ref"
                                  << "ref-abc_12" << true;
        QTest::newRow("user_ref space") << "user_ref"
                                        << "ref abc" << false;
        QTest::newRow("phone") << "phone_number"
                               << "+4930123456" << true;
        QTest::newRow("phone no plus") << "phone_number"
                                       << "4930123456" << false;
        QTest::newRow("phone spaces") << "phone_number"
                                      << "+49 30 123456" << false;
        QTest::newRow("post") << "post_id"
                              << "123_456" << true;
        QTest::newRow("post bad") << "post_id"
                                  << "abc" << false;
        QTest::newRow("comment") << "comment_id"
                                 << "987654" << true;
        QTest::newRow("token") << "notification_messages_token"
                               << "tok123" << true;
        QTest::newRow("one time") << "one_time_notif_token"
                                  << "otn-1" << true;
        QTest::newRow("unknown form") << "email"
                                      << "a@b.c" << false;
    }

    void recipientForms()
    {
        QFETCH(QString, form);
        QFETCH(QString, value);
        QFETCH(bool, ok);
        OneRecipient recipient{form, value, {}, {}};
        QCOMPARE(recipient.problem().isEmpty(), ok);
        if (ok)
            QCOMPARE(recipient.json(), (QJsonObject{{form, value.trimmed()}}));
    }

    void phoneWithName()
    {
        OneRecipient recipient{QStringLiteral("phone_number"), QStringLiteral("+4930123456"),
                               QStringLiteral("Anna"), QStringLiteral("Berg")};
        QVERIFY(recipient.problem().isEmpty());
        QCOMPARE(recipient.json().value(QStringLiteral("name")).toObject(),
                 (QJsonObject{{QStringLiteral("first_name"), QStringLiteral("Anna")},
                              {QStringLiteral("last_name"), QStringLiteral("Berg")}}));
        recipient.form = QStringLiteral("id");
        recipient.value = QStringLiteral("123");
        QVERIFY(recipient.problem().contains(QStringLiteral("phone")));
    }

    void typeAndTag()
    {
        const OneRecipient psid{QStringLiteral("id"), QStringLiteral("1"), {}, {}};
        const QJsonObject text{{QStringLiteral("text"), QStringLiteral("hi")}};
        QVERIFY(psid.typeProblem(QStringLiteral("RESPONSE"), {}, text).isEmpty());
        QVERIFY(psid.typeProblem(QStringLiteral("UPDATE"), {}, text).isEmpty());
        QVERIFY(psid.typeProblem(QStringLiteral("MESSAGE_TAG"), QStringLiteral("HUMAN_AGENT"), text)
                    .isEmpty());
        QVERIFY(!psid.typeProblem(QStringLiteral("MESSAGE_TAG"), {}, text).isEmpty());
        QVERIFY(!psid.typeProblem(QStringLiteral("RESPONSE"), QStringLiteral("HUMAN_AGENT"), text)
                     .isEmpty());
        QVERIFY(psid.typeProblem(QStringLiteral("MESSAGE_TAG"),
                                 QStringLiteral("POST_PURCHASE_UPDATE"), text)
                    .contains(QStringLiteral("2026-04-27")));
        QVERIFY(!psid.typeProblem(QStringLiteral("UTILITY"), {}, text).isEmpty());
        const QJsonObject templateMessage{
            {QStringLiteral("attachment"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("template")}}}};
        QVERIFY(psid.typeProblem(QStringLiteral("UTILITY"), {}, templateMessage).isEmpty());
        const OneRecipient comment{QStringLiteral("comment_id"), QStringLiteral("1_2"), {}, {}};
        QVERIFY(comment.typeProblem(QStringLiteral("RESPONSE"), {}, text).isEmpty());
        QVERIFY(!comment.typeProblem(QStringLiteral("UPDATE"), {}, text).isEmpty());
        const OneRecipient ref{QStringLiteral("user_ref"), QStringLiteral("r"), {}, {}};
        QVERIFY(ref.typeProblem(QStringLiteral("MESSAGE_TAG"), QStringLiteral("HUMAN_AGENT"), text)
                    .contains(QStringLiteral("PSID")));
    }

    void failureInPlainWords()
    {
        const auto error = api::GraphError::fromGraph(
            {{QStringLiteral("message"), QStringLiteral("(#10) Requires pages_messaging")},
             {QStringLiteral("type"), QStringLiteral("OAuthException")},
             {QStringLiteral("code"), 10},
             {QStringLiteral("fbtrace_id"), QStringLiteral("AbCdEf123")}},
            403);
        const QString text = models::GraphFailureText::of(QStringLiteral("Not sent."), error);
        QVERIFY2(text.startsWith(QStringLiteral("Not sent. ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("permission")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("#10")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("fbtrace_id AbCdEf123")), qPrintable(text));
        const auto timeout = api::GraphError::unknownOutcome(QStringLiteral("timeout"),
                                                             QStringLiteral("No answer."));
        const QString lost = models::GraphFailureText::of(QStringLiteral("Not sent."), timeout);
        QVERIFY2(lost.contains(QStringLiteral("No usable answer")), qPrintable(lost));
        QVERIFY2(lost.contains(QStringLiteral("may have applied")), qPrintable(lost));
    }
};

QTEST_GUILESS_MAIN(TstToolsRules)
#include "tst_toolsrules.moc"
