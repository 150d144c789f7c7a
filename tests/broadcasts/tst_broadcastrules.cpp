// Pure rules of a broadcast: eligibility at a time, messaging type and tags, the message
// rules with dotted paths, the message document's kinds, the report's JSON and CSV, and
// what each Send API answer means for a recipient.
#include "models/broadcasts/broadcastreport.h"
#include "models/broadcasts/eligibility.h"
#include "models/broadcasts/messagecheck.h"
#include "models/broadcasts/messagedocument.h"
#include "models/broadcasts/messagingpolicy.h"
#include "models/broadcasts/sendverdict.h"

#include <QJsonDocument>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace mdesk;
using namespace mdesk::models;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json).replace('\'', '"')).object();
}

QStringList fields(const QList<api::Violation> &violations)
{
    QStringList out;
    for (const auto &v : violations)
        out.append(v.field);
    return out;
}

api::GraphResult graphError(int code, int subcode)
{
    return api::GraphResult::fromHttp(
        400, QStringLiteral("{\"error\":{\"message\":\"m\",\"code\":%1,\"error_subcode\":%2,"
                            "\"fbtrace_id\":\"AbC\"}}")
                 .arg(code)
                 .arg(subcode)
                 .toUtf8());
}

AudiencePerson person(const char *psid, const char *name, const QDateTime &lastInbound,
                      bool unavailable = false, bool known = true)
{
    AudiencePerson out;
    out.psid = QLatin1String(psid);
    out.name = QLatin1String(name);
    out.lastInbound = lastInbound;
    out.unavailable = unavailable;
    out.known = known;
    return out;
}

} // namespace

class TstBroadcastRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eligibilityGroupsAtATime()
    {
        const QDateTime now =
            QDateTime::fromString(QStringLiteral("2026-12-03T12:00:00Z"), Qt::ISODate);
        QList<AudiencePerson> people;
        people.append(person("1", "Ann", now.addSecs(-3600)));
        people.append(person("2", "Bob", now.addSecs(-86399)));
        people.append(person("3", "Cem", now.addSecs(-86400)));
        people.append(person("4", "Dag", now.addSecs(-30 * 3600)));
        people.append(person("5", "Eve", now.addSecs(-60), true));
        people.append(person("6", "", {}, false, false));
        people.append(person("1", "Ann", now.addSecs(-3600)));
        const Eligibility e = Eligibility::of(people, now);
        QCOMPARE(e.reachable.size(), 2);
        QCOMPARE(e.outsideWindow.size(), 2);
        QCOMPARE(e.unavailable.size(), 1);
        QCOMPARE(e.unknown.size(), 1);
        QCOMPARE(e.total(), 6);
        QCOMPARE(e.latestClosed, now); // Cem's closed just now
        QCOMPARE(e.summary(),
                 QStringLiteral("2 can be reached now; 2 outside the 24-hour window (the most "
                                "recent closed at %1; a window reopens when the person writes "
                                "again); 1 unavailable; 1 unknown to the app (no conversation "
                                "synced)")
                     .arg(QLocale().toString(now.toLocalTime(), QLocale::ShortFormat)));
    }

    void messagingPolicyOffersOnlyWhatIsAllowed()
    {
        QCOMPARE(MessagingPolicy::offeredTags(5), QStringList{QString()});
        QCOMPARE(MessagingPolicy::offeredTags(1),
                 (QStringList{QString(), QStringLiteral("HUMAN_AGENT")}));
        QVERIFY(MessagingPolicy::refusal(QStringLiteral("UPDATE"), {}, 400).isEmpty());
        QVERIFY(MessagingPolicy::refusal(QStringLiteral("MESSAGE_TAG"),
                                         QStringLiteral("HUMAN_AGENT"), 1)
                    .isEmpty());
        QVERIFY(MessagingPolicy::refusal(QStringLiteral("MESSAGE_TAG"),
                                         QStringLiteral("HUMAN_AGENT"), 2)
                    .contains(QStringLiteral("2 people")));
        QVERIFY(MessagingPolicy::refusal(QStringLiteral("MESSAGE_TAG"),
                                         QStringLiteral("ACCOUNT_UPDATE"), 1)
                    .contains(QStringLiteral("2026-04-27")));
        QVERIFY(!MessagingPolicy::refusal(QStringLiteral("RESPONSE"), {}, 3).isEmpty());
    }

    void messageRulesNameThePath()
    {
        QVERIFY(MessageCheck::violations(parse("{'text':'hi'}")).isEmpty());
        QCOMPARE(fields(MessageCheck::violations(parse("{'text':'hi','colour':'red'}"))),
                 QStringList{QStringLiteral("colour")});
        QCOMPARE(fields(MessageCheck::violations(
                     QJsonObject{{QStringLiteral("text"), QString(2001, QLatin1Char('x'))}})),
                 QStringList{QStringLiteral("text")});
        QCOMPARE(fields(MessageCheck::violations(
                     parse("{'text':'a','quick_replies':[{'content_type':'text','title':'ok',"
                           "'payload':'P'},{'content_type':'text','title':'this title is far "
                           "too long','payload':'P'}]}"))),
                 QStringList{QStringLiteral("quick_replies[1].title")});
        QCOMPARE(fields(MessageCheck::violations(
                     parse("{'attachment':{'type':'template','payload':{'template_type':'generic',"
                           "'elements':[{'title':'A','buttons':[{'type':'web_url','title':'Go',"
                           "'url':'ftp://x'}]}]}}}"))),
                 QStringList{QStringLiteral("attachment.payload.elements[0].buttons[0].url")});
        QCOMPARE(fields(MessageCheck::violations(
                     parse("{'attachment':{'type':'template','payload':{'template_type':'button',"
                           "'text':'Pick','buttons':[]}}}"))),
                 QStringList{QStringLiteral("attachment.payload.buttons")});
        QCOMPARE(fields(MessageCheck::violations(
                     parse("{'attachment':{'type':'image','payload':{'url':'nope'}}}"))),
                 QStringList{QStringLiteral("attachment.payload.url")});
        QCOMPARE(fields(MessageCheck::violations({})), QStringList{QStringLiteral("text")});
    }

    void documentKeepsEachKindAndRoundTrips()
    {
        MessageDocument doc;
        QSignalSpy changed(&doc, &MessageDocument::changed);
        QVERIFY(!doc.isValid()); // empty text
        doc.setText(QStringLiteral("Hello"));
        QVERIFY(doc.isValid());
        doc.setKind(MessageDocument::Kind::ButtonTemplate);
        QVERIFY(!doc.isValid());
        doc.setButtonTemplate(QStringLiteral("Pick one"),
                              {QJsonObject{{QStringLiteral("type"), QStringLiteral("postback")},
                                           {QStringLiteral("title"), QStringLiteral("Yes")},
                                           {QStringLiteral("payload"), QStringLiteral("Y")}}});
        QVERIFY(doc.isValid());
        const QJsonObject button = doc.message();
        doc.setKind(MessageDocument::Kind::Text);
        QCOMPARE(doc.message(), parse("{'text':'Hello'}"));
        MessageDocument copy;
        copy.setMessage(button);
        QCOMPARE(copy.kind(), MessageDocument::Kind::ButtonTemplate);
        QCOMPARE(copy.message(), button);
        QCOMPARE(changed.size(), 4);
    }

    void verdictPerAnswer()
    {
        using K = SendVerdict::Kind;
        QCOMPARE(SendVerdict::of(api::GraphResult::fromHttp(200, "{\"recipient_id\":\"1\","
                                                                 "\"message_id\":\"m.1\"}"))
                     .messageId,
                 QStringLiteral("m.1"));
        QCOMPARE(SendVerdict::of(graphError(10, 2018278)).kind, K::Skipped);
        QCOMPARE(SendVerdict::of(graphError(551, 1545041)).reason, QStringLiteral("unavailable"));
        QCOMPARE(SendVerdict::of(graphError(10, 1893063)).kind, K::StopAll);
        QCOMPARE(SendVerdict::of(graphError(100, 2018001)).reason, QStringLiteral("no_user"));
        QCOMPARE(SendVerdict::of(graphError(613, 0)).kind, K::Retry);
        QCOMPARE(SendVerdict::of(graphError(32, 0)).kind, K::Retry);
        QCOMPARE(SendVerdict::of(graphError(1, 1357046)).kind, K::Unknown);
        QCOMPARE(SendVerdict::of(graphError(200, 0)).kind, K::StopAll); // no later send can succeed
        const auto failed = SendVerdict::of(graphError(100, 0));
        QCOMPARE(failed.error.value(QStringLiteral("fbtrace_id")).toString(),
                 QStringLiteral("AbC"));
        QVERIFY(!failed.error.value(QStringLiteral("text")).toString().isEmpty());
        const auto timeout =
            SendVerdict::of(api::GraphResult::failure(api::GraphError::transportError(
                api::ErrorCategory::Timeout, QStringLiteral("timeout"), QStringLiteral("t"))));
        QCOMPARE(timeout.kind, K::Unknown);
        const auto reset =
            SendVerdict::of(api::GraphResult::failure(api::GraphError::transportError(
                api::ErrorCategory::Transport, QStringLiteral("reset"), QStringLiteral("r"))));
        QCOMPARE(reset.kind, K::Unknown);
        const auto refused =
            SendVerdict::of(api::GraphResult::failure(api::GraphError::transportError(
                api::ErrorCategory::Transport, QStringLiteral("refused"), QStringLiteral("r"))));
        QCOMPARE(refused.kind, K::Failed);
    }

    void reportJsonAndCsv()
    {
        BroadcastReport report;
        report.id = 4;
        report.name = QStringLiteral("Sale");
        report.state = BroadcastState::Finished;
        report.rows.append(
            {{QStringLiteral("1"), RecipientState::Sent, QStringLiteral("m.1"), {}, {}},
             QStringLiteral("Ann"),
             {}});
        report.rows.append({{QStringLiteral("2"),
                             RecipientState::Failed,
                             {},
                             QStringLiteral("graph_error"),
                             QJsonObject{{QStringLiteral("code"), 100},
                                         {QStringLiteral("fbtrace_id"), QStringLiteral("T")},
                                         {QStringLiteral("text"), QStringLiteral("=bad, \"x\"")}}},
                            QStringLiteral("Bob"),
                            {}});
        const QJsonObject json = report.toJson();
        QCOMPARE(
            json.value(QStringLiteral("counts")).toObject().value(QStringLiteral("sent")).toInt(),
            1);
        QCOMPARE(json.value(QStringLiteral("recipients"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("message_id")),
                 QJsonValue(QStringLiteral("m.1")));
        QVERIFY(!json.value(QStringLiteral("recipients"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .contains(QStringLiteral("error")));
        const QList<QByteArray> lines = report.toCsv().split('\n');
        QCOMPARE(lines.at(2),
                 QByteArray("\"2\",\"Bob\",\"failed\",\"\",\"graph_error\",\"100\",\"\",\"T\","
                            "\"'=bad, \"\"x\"\"\""));
        QCOMPARE(report.psidsIn(RecipientState::Failed), QStringList{QStringLiteral("2")});
    }
};

QTEST_GUILESS_MAIN(TstBroadcastRules)
#include "tst_broadcastrules.moc"
