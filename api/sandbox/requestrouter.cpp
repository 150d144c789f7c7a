#include "requestrouter.h"

#include "batchrunner.h"
#include "graphcall.h"
#include "usagemeter.h"
#include "versionrules.h"

#include "api/appsecretproof.h"

#include <QRegularExpression>
#include <algorithm>

namespace mdesk::sandbox {

using api::GraphVersion;

namespace {

// Parameters about the call itself, not about the endpoint.
const QStringList &metaParams()
{
    static const QStringList names{
        QStringLiteral("access_token"), QStringLiteral("appsecret_proof"),
        QStringLiteral("method"),       QStringLiteral("suppress_http_code"),
        QStringLiteral("pretty"),       QStringLiteral("format"),
        QStringLiteral("debug"),        QStringLiteral("transport")};
    return names;
}

bool isPlaceholder(const QString &segment)
{
    return segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'));
}

// The version segment of a path ("v23.0"), or nothing.
bool isVersionSegment(const QString &segment)
{
    static const QRegularExpression pattern(QStringLiteral("^v\\d+(\\.\\d+)?$"));
    return pattern.match(segment).hasMatch();
}

} // namespace

RequestRouter::RequestRouter(SandboxState &state, UsageMeter &meter)
    : m_state(state)
    , m_meter(meter)
{}

void RequestRouter::setVersions(GraphVersion oldest, GraphVersion newest)
{
    m_oldest = oldest;
    m_newest = newest;
}

bool RequestRouter::resolves(const QString &placeholder, const QString &value,
                             const TokenGrant &caller, QString *resolved) const
{
    *resolved = value;
    if (placeholder == QLatin1String("page_id")) {
        if (caller.type != TokenType::Page)
            return false;
        *resolved = caller.pageId;
        return value == QLatin1String("me") || value == caller.pageId;
    }
    const ObjectRef ref = m_state.object(value);
    if (placeholder == QLatin1String("asid"))
        return ref.kind == ObjectKind::AppUser && ref.appId == caller.appId;
    ObjectKind wanted = ObjectKind::None;
    if (placeholder == QLatin1String("label_id"))
        wanted = ObjectKind::Label;
    else if (placeholder == QLatin1String("broadcast_id"))
        wanted = ObjectKind::Broadcast;
    else if (placeholder == QLatin1String("reach_estimation_id"))
        wanted = ObjectKind::ReachEstimation;
    else if (placeholder == QLatin1String("psid"))
        wanted = ObjectKind::User;
    else if (placeholder == QLatin1String("conversation_id"))
        wanted = ObjectKind::Conversation;
    else if (placeholder == QLatin1String("persona_id"))
        wanted = ObjectKind::Persona;
    // Page-scoped objects are visible to that page's token only.
    return wanted != ObjectKind::None && ref.kind == wanted && caller.type == TokenType::Page &&
           ref.pageId == caller.pageId;
}

RequestRouter::Route RequestRouter::route(const QByteArray &method, const QStringList &segments,
                                          const TokenGrant &caller) const
{
    struct Candidate
    {
        const Endpoint *endpoint;
        int literals;
    };
    QList<Candidate> shapes;
    for (const Endpoint &endpoint : Endpoints::all()) {
        const QStringList pattern = endpoint.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (pattern.size() != segments.size())
            continue;
        int literals = 0;
        bool matches = true;
        for (qsizetype i = 0; i < pattern.size() && matches; ++i) {
            if (isPlaceholder(pattern.at(i)))
                continue;
            const QString &segment = segments.at(i);
            // /me is the token's page or user; their own id names the same node.
            const bool me = pattern.at(i) == QLatin1String("me") &&
                            ((caller.type == TokenType::Page && segment == caller.pageId) ||
                             (caller.type == TokenType::User && segment == caller.userId));
            matches = segment == pattern.at(i) || me;
            ++literals;
        }
        if (matches)
            shapes.append({&endpoint, literals});
    }
    Route result;
    if (shapes.isEmpty()) {
        result.failure = segments.size() == 1
                             ? Errors::unsupportedRequest(method, segments.first())
                             : Errors::unknownPath(QLatin1Char('/') + segments.mid(1).join(u'/'));
        return result;
    }
    QList<Candidate> candidates;
    for (const Candidate &candidate : std::as_const(shapes)) {
        if (candidate.endpoint->method == method)
            candidates.append(candidate);
    }
    std::stable_sort(
        candidates.begin(), candidates.end(),
        [](const Candidate &a, const Candidate &b) { return a.literals > b.literals; });
    for (const Candidate &candidate : std::as_const(candidates)) {
        const QStringList pattern =
            candidate.endpoint->path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        QHash<QString, QString> values;
        bool resolved = true;
        for (qsizetype i = 0; i < pattern.size() && resolved; ++i) {
            if (!isPlaceholder(pattern.at(i)))
                continue;
            const QString name = pattern.at(i).mid(1, pattern.at(i).size() - 2);
            QString value;
            resolved = resolves(name, segments.at(i), caller, &value);
            values.insert(name, value);
        }
        if (resolved) {
            result.endpoint = candidate.endpoint;
            result.values = values;
            return result;
        }
    }
    // Graph names the first id it could not use.
    const auto firstId = std::find_if(segments.begin(), segments.end(),
                                      [](const QString &s) { return s != QLatin1String("me"); });
    result.failure =
        Errors::unsupportedRequest(method, firstId == segments.end() ? segments.first() : *firstId);
    return result;
}

std::optional<GraphFailure> RequestRouter::checkTokenKind(const Endpoint &endpoint,
                                                          const TokenGrant &caller) const
{
    if (!endpoint.token)
        return std::nullopt;
    switch (*endpoint.token) {
    case api::TokenKind::Page:
        if (caller.type != TokenType::Page)
            return Errors::pageTokenRequired();
        break;
    case api::TokenKind::App:
        if (caller.type != TokenType::App)
            return Errors::appTokenRequired();
        break;
    case api::TokenKind::User:
        if (caller.type == TokenType::Page)
            return Errors::nonexistingField(endpoint.path.section(u'/', -1),
                                            QStringLiteral("Page"));
        if (caller.type != TokenType::User)
            return Errors::activeUserTokenRequired();
        break;
    }
    return std::nullopt;
}

QString RequestRouter::newTraceId()
{
    return m_state.newTraceId();
}

GraphAnswer RequestRouter::handle(const GraphRequest &request)
{
    if (!request.bodyError.isEmpty())
        return GraphAnswer::fail(Errors::malformedBody(request.bodyError));

    QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    GraphVersion version = m_newest;
    if (!segments.isEmpty() && isVersionSegment(segments.first())) {
        version = GraphVersion::parse(segments.takeFirst());
        if (version > m_newest)
            return GraphAnswer::fail(Errors::unknownVersion(version.toString()));
        version = VersionRules::servedVersion(std::max(version, m_oldest));
    }

    GraphParams params(request.params);
    QByteArray method = request.method;
    // Graph lets a POST say which method it means (the JavaScript SDK and batches do).
    if (method == "POST" && params.has(QStringLiteral("method")))
        method = params.string(QStringLiteral("method")).toUpper().toLatin1();

    const QString token = params.has(QStringLiteral("access_token"))
                              ? params.string(QStringLiteral("access_token"))
                              : request.bearerToken;
    if (token.isEmpty())
        return GraphAnswer::fail(Errors::missingToken());
    const auto grantIt = m_state.tokens.constFind(token);
    if (grantIt == m_state.tokens.constEnd())
        return GraphAnswer::fail(Errors::invalidToken());
    const TokenGrant caller = grantIt.value();
    if (caller.invalidated)
        return GraphAnswer::fail(Errors::expiredToken());

    const AppState *app = m_state.app(caller.appId);
    QString proof = params.string(QStringLiteral("appsecret_proof"));
    if (proof.isEmpty() && !params.has(QStringLiteral("access_token")))
        proof = request.fallbackProof;
    const bool proofGiven = !proof.isEmpty();
    if (proofGiven && (!app || proof != api::appSecretProof(app->secret, token)))
        return GraphAnswer::fail(Errors::invalidProof());
    if (!proofGiven && app && app->requireProof)
        return GraphAnswer::fail(Errors::missingProof());

    const auto scoped = [&caller, &version](GraphAnswer answer) {
        answer.appId = caller.appId;
        answer.pageId = caller.pageId;
        answer.apiVersion = version.toString();
        return answer;
    };

    if (segments.isEmpty()) {
        if (method != "POST")
            return scoped(GraphAnswer::fail(Errors::unsupportedRequest(method, QString())));
        if (request.inBatch)
            return scoped(GraphAnswer::fail(
                Errors::invalidParameter(QStringLiteral("A batch request cannot hold a batch"))));
        return scoped(BatchRunner::run(*this, request, token, proof, version));
    }

    const Route routed = route(method, segments, caller);
    if (routed.failure)
        return scoped(GraphAnswer::fail(*routed.failure));
    const Endpoint &endpoint = *routed.endpoint;
    if (auto failure = checkTokenKind(endpoint, caller))
        return scoped(GraphAnswer::fail(*failure));
    if (endpoint.proofAlways && !proofGiven)
        return scoped(GraphAnswer::fail(Errors::missingProof()));

    const bool profileCall = endpoint.path == QLatin1String("/me/messenger_profile");
    if (auto failure = m_meter.admit(caller.appId, caller.pageId, profileCall))
        return scoped(GraphAnswer::fail(*failure));

    const QList<const api::OperationSpec *> rows = Endpoints::operations(endpoint);
    const bool removed = !rows.isEmpty() && std::all_of(rows.begin(), rows.end(), [&](auto *row) {
        return VersionRules::isRemoved(*row, version);
    });
    if (removed)
        return scoped(GraphAnswer::fail(VersionRules::removedFailure(*rows.first(), version)));

    for (const QString &name : metaParams())
        params.remove(name);
    GraphCall call(m_state, m_baseUrl);
    call.version = version;
    call.caller = caller;
    call.method = method;
    call.path = QLatin1Char('/') + segments.join(QLatin1Char('/'));
    call.pathValues = routed.values;
    call.params = params;
    call.files = request.files;
    GraphAnswer answer = endpoint.handler(call);
    if (GraphParams(request.params).boolean(QStringLiteral("suppress_http_code")))
        answer.status = 200;
    return scoped(answer);
}

} // namespace mdesk::sandbox
