#pragma once

#include "api/graphclient.h"
#include "api/rategovernor.h"
#include "support/scriptedresponse.h"
#include "support/testhttpserver.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

// Shared fixtures of the api/ tests: one app with a secret and an app token, one page with
// its token, a GraphClient pointed at a TestHttpServer, and Graph-shaped canned answers.
namespace mdesk::apitest {

using testsupport::RecordedRequest;
using testsupport::ScriptedResponse;
using testsupport::TestHttpServer;

extern const QString kAppId;
extern const QString kPageId;
extern const QString kPageToken;
extern const QString kAppSecret;
extern const QString kAppToken;
extern const QString kUserToken;

// An app (secret and app token, or none) at the server's URL, plus kPageId's token.
void configureClient(api::GraphClient &client, const QUrl &baseUrl, bool withSecret = true,
                     api::GraphVersion version = api::GraphVersion::defaultVersion());
// Options for a page-token call on kAppId / kPageId.
api::CallOptions pageOptions(const QString &txId = {});
// Back-off in milliseconds instead of seconds, so retry tests run fast.
api::RateGovernor::Config fastGovernor();

// Runs the event loop until the reply finishes (at most timeoutMs) and returns its result;
// the test fails (QVERIFY in the caller) when finished() never came.
struct Outcome
{
    bool finished = false;
    api::GraphResult result;
    QList<int> retryAttempts;
    QList<qint64> retryDelays;
};
Outcome waitFor(api::GraphReply *reply, int timeoutMs = 10000);

// {"error": {message, type, code, error_subcode?, fbtrace_id}} with the given HTTP status.
ScriptedResponse graphError(int code, const QString &message = QStringLiteral("Graph says no"),
                            int status = 400, int subcode = 0);
// The Graph batch answer: {code, body: "<json>"} per item.
ScriptedResponse batchAnswer(const QList<std::pair<int, QJsonObject>> &items);

// The JSON body of a batch POST parsed into its items, or empty.
QList<QJsonObject> batchItems(const RecordedRequest &request);
// The key=value pairs of a form-encoded batch item body.
QMap<QString, QString> formFields(const QString &encoded);

} // namespace mdesk::apitest
