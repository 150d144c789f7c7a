#pragma once

#include "sandboxharness.h"

#include <QJsonValue>
#include <QList>
#include <functional>

// One successful call per op of the operation table, written from graph-api.md section 2:
// the input, any state it needs, and what the answer must hold. The contract test fails
// for an op with no case here, so an op cannot be added without sandbox support.
namespace mdesk::sandboxtest {

struct SuccessCase
{
    QString op;
    api::GraphVersion version; // invalid: LocalGraph's newest
    int app = 0;
    int page = 0;
    // Prepares what the call needs (state or earlier calls) and returns its input.
    std::function<QJsonObject(SandboxHarness &)> prepare;
    // Empty when the answer is right, else what is wrong with it.
    std::function<QString(const QJsonValue &body, SandboxHarness &)> check;
};

const QList<SuccessCase> &successCases();
const SuccessCase *successCaseFor(const QString &op);

// A valid value of each Messenger profile property, as set_X takes it in "value"
// (get_started: the payload text). home_url needs v6.0 and a whitelisted domain.
QJsonValue validProfileValue(const QString &field);
// The value as the page stores it (set_get_started's payload becomes {"payload": ...}).
QJsonValue storedProfileValue(const QString &field);
// The input of set_X for that value.
QJsonObject setInput(const QString &field);

// JSON text to a value; aborts the test binary on a typo.
QJsonValue json(const char *text);

} // namespace mdesk::sandboxtest
