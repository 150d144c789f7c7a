// A Messenger profile file as the Profile tab and `profile apply` import it: the JSON into
// a ProfileDraft (over what the page has), the field rules of the page's version, the one
// change that applies it, and the draft's save and restore after a crash.
//
// Input: the desired profile (a JSON object), optionally preceded by what the page has now
// (a profile or a fetch_messenger_profile answer) and a line "---".
#include "api/fieldrules.h"
#include "api/graphversion.h"
#include "models/profile/profiledocument.h"
#include "models/profile/profiledraft.h"
#include "tests/fuzz/fuzzinput.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace mdesk;

namespace {

// The page's profile after applying a change: resets removed, sets written.
QJsonObject applied(QJsonObject live, const models::ProfileChange &change)
{
    for (const QString &field : change.reset)
        live.remove(field);
    for (auto it = change.set.begin(); it != change.set.end(); ++it)
        live.insert(it.key(), it.value());
    return live;
}

void check(const QJsonObject &live, const QJsonObject &desired, api::GraphVersion version)
{
    for (const api::Violation &violation : api::FieldRules::validateProfile(desired, version, live))
        fuzz::require(!violation.message.isEmpty(), "a violation without a message");
    const models::ProfileChange change = models::ProfileDocument::diff(live, desired);
    fuzz::require(models::ProfileDocument::diff(applied(live, change), desired).isEmpty(),
                  "applying the change leaves a difference");
    fuzz::written(change.toJson());

    models::ProfileDraft draft(version);
    draft.setLive(live);
    draft.setDraft(desired);
    for (const api::Violation &violation : draft.violations())
        fuzz::require(!violation.message.isEmpty(), "a draft violation without a message");
    draft.canApply();
    const QJsonObject saved = draft.toJson();
    fuzz::written(saved);
    models::ProfileDraft restored(version);
    if (restored.restore(saved)) {
        fuzz::require(restored.draft() == draft.draft(), "a restored draft differs");
        fuzz::require(restored.live() == draft.live(), "a restored live profile differs");
    }
    // A draft file as DraftStore reads it back, whatever it holds.
    models::ProfileDraft fromFile(version);
    if (fromFile.restore(desired)) {
        fromFile.violations();
        fromFile.change();
        fuzz::written(fromFile.toJson());
    }
    // The page changes under the draft: conflicts keep what was typed.
    draft.setLive(desired);
    for (const QString &field : draft.conflicts().keys())
        draft.keepMine(field);
    draft.revert();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> documents = fuzz::parts(fuzz::bytes(data, size));
    const QJsonObject desired = QJsonDocument::fromJson(documents.last()).object();
    QJsonObject live;
    if (documents.size() > 1) {
        // What the page has: a profile object, or a fetch_messenger_profile answer.
        const QJsonObject first = QJsonDocument::fromJson(documents.first()).object();
        live = first.contains(QStringLiteral("data"))
                   ? models::ProfileDocument::fromFetchAnswer(first)
                   : first;
    }
    // Before v7.0 (home_url served), before v8.0 (nested menus), and today's version.
    for (const api::GraphVersion version :
         {api::GraphVersion{6, 0}, api::GraphVersion{7, 0}, api::GraphVersion::defaultVersion()})
        check(live, desired, version);
    return 0;
}
