// A message as the composer loads it (a --message-file, a History entry, a paste): the
// JSON into a MessageDocument, the Send API rules (MessageCheck, FieldRules) and the
// send_message input rules, with the composer's promises checked on the way.
//
// Input: a JSON object, either a message ({"text": ...}, {"attachment": ...}) or a whole
// send_message input ({"recipient": ..., "messaging_type": ..., "message": {...}}).
#include "api/fieldrules.h"
#include "models/broadcasts/messagecheck.h"
#include "models/broadcasts/messagedocument.h"
#include "tests/fuzz/fuzzinput.h"

#include <QJsonDocument>

using namespace mdesk;
using Kind = models::MessageDocument::Kind;

namespace {

void requireMessages(const QList<api::Violation> &violations, const char *what)
{
    for (const api::Violation &violation : violations)
        fuzz::require(!violation.message.isEmpty(), what);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonObject object = QJsonDocument::fromJson(fuzz::bytes(data, size)).object();
    const bool sendInput =
        object.contains(QStringLiteral("message")) || object.contains(QStringLiteral("recipient"));
    if (sendInput)
        requireMessages(api::FieldRules::validateSendMessage(object),
                        "a send_message violation without a message");
    const QJsonObject message =
        sendInput ? object.value(QStringLiteral("message")).toObject() : object;
    requireMessages(api::FieldRules::validateMessage(message),
                    "a message violation without a message");
    requireMessages(models::MessageCheck::violations(message), "a check without a message");

    models::MessageDocument document;
    document.setMessage(message);
    const QJsonObject loaded = document.message();
    fuzz::written(loaded);
    requireMessages(document.violations(), "a composer violation without a message");
    fuzz::require(document.isValid() == models::MessageCheck::violations(loaded).isEmpty(),
                  "the composer and the check disagree");

    models::MessageDocument again;
    again.setMessage(loaded);
    fuzz::require(again.message() == loaded, "loading the message it wrote changes it");

    // Switching the kind and back loses nothing.
    const Kind kind = document.kind();
    for (const Kind other :
         {Kind::Text, Kind::Attachment, Kind::ButtonTemplate, Kind::GenericTemplate}) {
        document.setKind(other);
        fuzz::written(document.message());
        document.setKind(kind);
        fuzz::require(document.message() == loaded, "switching the kind and back changed it");
    }
    return 0;
}
