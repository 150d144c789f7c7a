#pragma once

#include "successcases.h"

#include "api/sandbox/sandboxstate.h"

// Pieces shared by the success case files.
namespace mdesk::sandboxtest::cases {

// Empty when condition holds, else what.
QString expect(bool condition, const QString &what);
QString isSuccess(const QJsonValue &body);
QString hasKey(const QJsonValue &body, const char *key);
sandbox::PageState &pageOf(SandboxHarness &h, int app = 0, int page = 0);

void addProfileCases(QList<SuccessCase> &cases);
void addLabelAndBroadcastCases(QList<SuccessCase> &cases);
void addOtherCases(QList<SuccessCase> &cases);
void addPeopleCases(QList<SuccessCase> &cases);

} // namespace mdesk::sandboxtest::cases
