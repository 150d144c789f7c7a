// ProfileDraft, ProfileDocument and DraftStore: the draft mechanism every editor shares.
#include "models/profile/draftstore.h"
#include "models/profile/profileapplier.h"
#include "models/profile/profiledocument.h"
#include "models/profile/profiledraft.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mdesk;
using namespace mdesk::models;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QJsonArray greeting(const QString &text)
{
    return QJsonArray{QJsonObject{{QStringLiteral("locale"), QStringLiteral("default")},
                                  {QStringLiteral("text"), text}}};
}

} // namespace

class TestProfileDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fetchAnswerMergesEveryShape();
    void diffSetsChangedAndResetsRemoved();
    void untouchedDraftFollowsLive();
    void unknownFieldIsNamedInItsViolation();
    void editsSurviveANewLive();
    void untouchedFieldsFollowALiveChange();
    void touchedFieldChangedLiveIsAConflict();
    void conflictPicksEndIt();
    void conflictsSurviveARestore();
    void versionChangeRechecksTheRules();
    void violationsBlockApply();
    void deprecatedFieldIsRefusedOnNewVersions();
    void plannedCallsAreOnePostAndOneDelete();
    void draftStoreRoundTrip();
};

void TestProfileDraft::fetchAnswerMergesEveryShape()
{
    const QJsonObject oneObject = json(
        R"({"data":[{"greeting":[{"locale":"default","text":"Hi"}],"get_started":{"payload":"GO"}}]})");
    const QJsonObject perField = json(
        R"({"data":[{"greeting":[{"locale":"default","text":"Hi"}]},{"get_started":{"payload":"GO"}}]})");
    QCOMPARE(ProfileDocument::fromFetchAnswer(oneObject),
             ProfileDocument::fromFetchAnswer(perField));
    QCOMPARE(ProfileDocument::fromFetchAnswer(json(R"({"data":[]})")), QJsonObject());
}

void TestProfileDraft::diffSetsChangedAndResetsRemoved()
{
    const QJsonObject live = json(
        R"({"greeting":[{"locale":"default","text":"Hi"}],"get_started":{"payload":"GO"},"whitelisted_domains":["https://a.example.com"]})");
    QJsonObject desired = live;
    desired.insert(QStringLiteral("greeting"), greeting(QStringLiteral("Hello")));
    desired.remove(QStringLiteral("whitelisted_domains"));
    const ProfileChange change = ProfileDocument::diff(live, desired);
    QCOMPARE(change.set.keys(), QStringList{QStringLiteral("greeting")});
    QCOMPARE(change.reset, QStringList{QStringLiteral("whitelisted_domains")});
    QCOMPARE(change.unchanged, QStringList{QStringLiteral("get_started")});
    QVERIFY(ProfileDocument::diff(live, live).isEmpty());
}

// Found by fuzz_profileimport: a field Graph never served had a violation without words.
void TestProfileDraft::unknownFieldIsNamedInItsViolation()
{
    ProfileDraft draft(api::GraphVersion{23, 0});
    draft.setLive({});
    draft.setDraft({{QStringLiteral("no_such_field"), 1}});
    const QList<api::Violation> found = draft.violations();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().field, QStringLiteral("no_such_field"));
    QCOMPARE(found.first().message,
             QStringLiteral("no_such_field is not a Messenger profile field that Graph API v23.0 "
                            "serves."));
}

void TestProfileDraft::untouchedDraftFollowsLive()
{
    ProfileDraft draft(api::GraphVersion{23, 0});
    QSignalSpy changed(&draft, &ProfileDraft::changed);
    draft.setLive(json(R"({"greeting":[{"locale":"default","text":"Hi"}]})"));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!draft.isDirty());
    QCOMPARE(draft.field(QStringLiteral("greeting")), QJsonValue(greeting(QStringLiteral("Hi"))));
}

void TestProfileDraft::editsSurviveANewLive()
{
    ProfileDraft draft(api::GraphVersion{23, 0});
    draft.setLive(json(R"({"greeting":[{"locale":"default","text":"Hi"}]})"));
    draft.setField(QStringLiteral("greeting"), greeting(QStringLiteral("Typed by the admin")));
    draft.setLive(json(R"({"greeting":[{"locale":"default","text":"Changed elsewhere"}]})"));
    QCOMPARE(draft.field(QStringLiteral("greeting")),
             QJsonValue(greeting(QStringLiteral("Typed by the admin"))));
    QVERIFY(draft.isDirty());
    draft.revert();
    QCOMPARE(draft.field(QStringLiteral("greeting")),
             QJsonValue(greeting(QStringLiteral("Changed elsewhere"))));
    QVERIFY(!draft.isDirty());
}

void TestProfileDraft::untouchedFieldsFollowALiveChange()
{
    ProfileDraft draft(api::GraphVersion{23, 0});
    draft.setLive(
        json(R"({"greeting":[{"locale":"default","text":"Hi"}],"get_started":{"payload":"OLD"}})"));
    draft.setField(QStringLiteral("greeting"), greeting(QStringLiteral("Mine")));
    QSignalSpy conflicts(&draft, &ProfileDraft::conflictsChanged);
    draft.setLive(
        json(R"({"greeting":[{"locale":"default","text":"Hi"}],"get_started":{"payload":"NEW"}})"));
    QCOMPARE(draft.field(QStringLiteral("get_started")), QJsonValue(json(R"({"payload":"NEW"})")));
    QCOMPARE(draft.field(QStringLiteral("greeting")), QJsonValue(greeting(QStringLiteral("Mine"))));
    QVERIFY(draft.conflicts().isEmpty());
    QCOMPARE(conflicts.count(), 0);
    // Only the greeting is sent: nothing stale goes back for get started.
    QCOMPARE(draft.change().set.keys(), QStringList{QStringLiteral("greeting")});
    QVERIFY(draft.canApply());
}

void TestProfileDraft::touchedFieldChangedLiveIsAConflict()
{
    ProfileDraft draft(api::GraphVersion{23, 0});
    draft.setLive(json(R"({"greeting":[{"locale":"default","text":"Hi"}]})"));
    draft.setField(QStringLiteral("greeting"), greeting(QStringLiteral("Mine")));
    QSignalSpy conflicts(&draft, &ProfileDraft::conflictsChanged);
    draft.setLive(json(R"({"greeting":[{"locale":"default","text":"Theirs"}]})"));
    QCOMPARE(conflicts.count(), 1);
    QVERIFY(draft.hasConflict(QStringLiteral("greeting")));
    const FieldConflict conflict = draft.conflicts().value(QStringLiteral("greeting"));
    QCOMPARE(conflict.mine, QJsonValue(greeting(QStringLiteral("Mine"))));
    QCOMPARE(conflict.page, QJsonValue(greeting(QStringLiteral("Theirs"))));
    QCOMPARE(conflict.base, QJsonValue(greeting(QStringLiteral("Hi"))));
    // Nothing typed is lost, and Apply is held.
    QCOMPARE(draft.field(QStringLiteral("greeting")), QJsonValue(greeting(QStringLiteral("Mine"))));
    QVERIFY(draft.isDirty());
    QVERIFY(!draft.canApply());
    // The page changes again: still one conflict, with the newest page value.
    draft.setLive(json(R"({"greeting":[{"locale":"default","text":"Theirs again"}]})"));
    QCOMPARE(draft.conflicts().value(QStringLiteral("greeting")).page,
             QJsonValue(greeting(QStringLiteral("Theirs again"))));
    QCOMPARE(draft.conflicts().value(QStringLiteral("greeting")).base,
             QJsonValue(greeting(QStringLiteral("Hi"))));
    // Fields outside the scope are context only: they follow the page, never conflict.
    ProfileDraft menu(api::GraphVersion{23, 0});
    menu.setScope({QStringLiteral("persistent_menu"), QStringLiteral("get_started")});
    menu.setLive(json(R"({"greeting":[{"locale":"default","text":"Hi"}]})"));
    menu.setField(QStringLiteral("greeting"), greeting(QStringLiteral("Mine")));
    menu.setLive(json(R"({"greeting":[{"locale":"default","text":"Theirs"}]})"));
    QVERIFY(menu.conflicts().isEmpty());
}

void TestProfileDraft::conflictPicksEndIt()
{
    const QJsonObject base =
        json(R"({"greeting":[{"locale":"default","text":"Hi"}],"get_started":{"payload":"A"}})");
    const QJsonObject changed = json(
        R"({"greeting":[{"locale":"default","text":"Theirs"}],"get_started":{"payload":"B"}})");
    ProfileDraft draft(api::GraphVersion{23, 0});
    draft.setLive(base);
    draft.setField(QStringLiteral("greeting"), greeting(QStringLiteral("Mine")));
    draft.setField(QStringLiteral("get_started"), json(R"({"payload":"MINE"})"));
    draft.setLive(changed);
    QCOMPARE(draft.conflicts().size(), 2);
    draft.keepMine(QStringLiteral("greeting"));
    QVERIFY(!draft.canApply()); // get started still open
    draft.takePage(QStringLiteral("get_started"));
    QVERIFY(draft.conflicts().isEmpty());
    QVERIFY(draft.canApply());
    QCOMPARE(draft.change().set.keys(), QStringList{QStringLiteral("greeting")});
    QCOMPARE(draft.field(QStringLiteral("get_started")), QJsonValue(json(R"({"payload":"B"})")));
    // Typing exactly what the page has settles a conflict too.
    draft.setField(QStringLiteral("get_started"), json(R"({"payload":"C"})"));
    draft.setLive(json(
        R"({"greeting":[{"locale":"default","text":"Theirs"}],"get_started":{"payload":"D"}})"));
    QVERIFY(draft.hasConflict(QStringLiteral("get_started")));
    draft.setField(QStringLiteral("get_started"), json(R"({"payload":"D"})"));
    QVERIFY(!draft.hasConflict(QStringLiteral("get_started")));
    // Revert drops every conflict with the edits.
    draft.setField(QStringLiteral("get_started"), json(R"({"payload":"E"})"));
    draft.setLive(json(
        R"({"greeting":[{"locale":"default","text":"Theirs"}],"get_started":{"payload":"F"}})"));
    QVERIFY(draft.hasConflict(QStringLiteral("get_started")));
    draft.revert();
    QVERIFY(draft.conflicts().isEmpty());
    QVERIFY(!draft.isDirty());
}

void TestProfileDraft::conflictsSurviveARestore()
{
    ProfileDraft draft(api::GraphVersion{23, 0});
    draft.setLive(json(R"({"greeting":[{"locale":"default","text":"Hi"}]})"));
    draft.setField(QStringLiteral("greeting"), greeting(QStringLiteral("Mine")));
    draft.setLive(json(R"({"greeting":[{"locale":"default","text":"Theirs"}]})"));
    ProfileDraft restored(api::GraphVersion{23, 0});
    QVERIFY(restored.restore(draft.toJson()));
    QVERIFY(restored.hasConflict(QStringLiteral("greeting")));
    QCOMPARE(restored.conflicts().value(QStringLiteral("greeting")).mine,
             QJsonValue(greeting(QStringLiteral("Mine"))));
    QVERIFY(!restored.canApply());
}

void TestProfileDraft::versionChangeRechecksTheRules()
{
    // A nested menu is fine before v8.0 and refused from it: moving the app re-checks.
    ProfileDraft draft(api::GraphVersion{7, 0});
    draft.setLive(json(R"({"get_started":{"payload":"GO"}})"));
    draft.setField(QStringLiteral("persistent_menu"),
                   QJsonDocument::fromJson(R"([{"locale":"default","composer_input_disabled":false,
                       "call_to_actions":[{"type":"nested","title":"More","call_to_actions":[
                       {"type":"postback","title":"A","payload":"A"}]}]}])")
                       .array());
    QVERIFY(draft.canApply());
    QSignalSpy changed(&draft, &ProfileDraft::changed);
    draft.setVersion(api::GraphVersion{26, 0});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(draft.version(), (api::GraphVersion{26, 0}));
    QVERIFY(!draft.canApply());
    QVERIFY(!draft.violationsFor(QStringLiteral("persistent_menu")).isEmpty());
}

void TestProfileDraft::violationsBlockApply()
{
    ProfileDraft draft(api::GraphVersion{23, 0});
    draft.setLive({});
    draft.setField(QStringLiteral("greeting"), greeting(QString(161, QLatin1Char('x'))));
    QVERIFY(draft.isDirty());
    QVERIFY(!draft.canApply());
    QCOMPARE(draft.violationsFor(QStringLiteral("greeting")).size(), 1);
    QVERIFY(draft.violationsFor(QStringLiteral("greeting"))
                .first()
                .message.contains(QStringLiteral("161")));
    draft.setField(QStringLiteral("greeting"), greeting(QStringLiteral("Short")));
    QVERIFY(draft.canApply());
    // A menu without get started is refused until get started is in the draft.
    draft.setField(
        QStringLiteral("persistent_menu"),
        json(
            R"({"m":[{"locale":"default","call_to_actions":[{"type":"postback","title":"Help","payload":"HELP"}]}]})")
            .value(QStringLiteral("m")));
    QVERIFY(!draft.canApply());
    draft.setField(QStringLiteral("get_started"), json(R"({"payload":"GO"})"));
    QVERIFY2(draft.canApply(), qPrintable(draft.violations().value(0).message));
}

void TestProfileDraft::deprecatedFieldIsRefusedOnNewVersions()
{
    const QJsonObject home =
        json(R"({"url":"https://a.example.com","webview_height_ratio":"tall","in_test":true})");
    ProfileDraft modern(api::GraphVersion{23, 0});
    QVERIFY(!modern.servedFields().contains(QStringLiteral("home_url")));
    QVERIFY(modern.isDeprecated(QStringLiteral("home_url")));
    QVERIFY(modern.deprecationNote(QStringLiteral("home_url")).contains(QStringLiteral("v7.0")));
    modern.setLive({});
    modern.setField(QStringLiteral("home_url"), home);
    QCOMPARE(modern.violationsFor(QStringLiteral("home_url")).size(), 1);

    ProfileDraft legacy(api::GraphVersion{6, 0});
    legacy.setLive(json(R"({"whitelisted_domains":["https://a.example.com"]})"));
    legacy.setField(QStringLiteral("home_url"), home);
    QVERIFY2(legacy.canApply(), qPrintable(legacy.violations().value(0).message));
}

void TestProfileDraft::plannedCallsAreOnePostAndOneDelete()
{
    ProfileChange change;
    change.set.insert(QStringLiteral("greeting"), greeting(QStringLiteral("Hi")));
    change.reset = {QStringLiteral("ice_breakers"), QStringLiteral("whitelisted_domains")};
    const QJsonArray calls = ProfileApplier::plannedCalls(change);
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(0)[QStringLiteral("op")].toString(), QStringLiteral("set_messenger_profile"));
    QCOMPARE(calls.at(1)[QStringLiteral("op")].toString(),
             QStringLiteral("reset_messenger_profile"));
    QCOMPARE(calls.at(1)[QStringLiteral("input")][QStringLiteral("fields")].toArray().size(), 2);
    QVERIFY(ProfileApplier::plannedCalls(ProfileChange{}).isEmpty());
}

void TestProfileDraft::draftStoreRoundTrip()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    DraftStore store(folder.path() + QStringLiteral("/drafts"));
    const PageRef page{QStringLiteral("581230947716201"), QStringLiteral("104729384756101")};
    ProfileDraft draft(api::GraphVersion{23, 0});
    draft.setLive({});
    draft.setField(QStringLiteral("greeting"), greeting(QStringLiteral("Unsaved work")));
    QVERIFY2(store.save(QStringLiteral("profile"), page, draft.toJson()),
             qPrintable(store.error()));

    ProfileDraft restored(api::GraphVersion{23, 0});
    const auto saved = store.load(QStringLiteral("profile"), page);
    QVERIFY(saved);
    QVERIFY(restored.restore(*saved));
    QCOMPARE(restored.draft(), draft.draft());
    QVERIFY(restored.isDirty());
    store.remove(QStringLiteral("profile"), page);
    QVERIFY(!store.load(QStringLiteral("profile"), page));

    DraftStore unwritable(QStringLiteral("/proc/mdesk-cannot-write"));
    QVERIFY(!unwritable.save(QStringLiteral("profile"), page, draft.toJson()));
    QVERIFY(unwritable.error().contains(QStringLiteral("/proc/mdesk-cannot-write")));
}

QTEST_GUILESS_MAIN(TestProfileDraft)
#include "tst_profiledraft.moc"
