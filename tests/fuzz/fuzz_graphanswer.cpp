// Graph's answer as the client reads it: status, headers and body of one attempt go through
// AnswerReader (into a result or a GraphError), the rate governor (usage and regain headers,
// back-off) and the redactor (what events and error output show).
//
// Input: a first line "STATUS [w][l][t][h][eCODE]" (w: a write, l: its request left, t: timed
// out, h: HTTP/2, eCODE: QNetworkReply::NetworkError), header lines "Name: value", an empty
// line, then the body.
#include "api/answerreader.h"
#include "api/pager.h"
#include "api/rategovernor.h"
#include "api/redactor.h"
#include "tests/fuzz/fuzzinput.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <algorithm>
#include <cstring>

using namespace mdesk;
using namespace mdesk::api;

namespace {

const QString kSecret = QStringLiteral("EAAGfuzzSecretToken0123456789");

// A finished reply with a canned answer, as QNetworkAccessManager hands one over.
class CannedReply : public QNetworkReply
{
public:
    CannedReply(int status, NetworkError networkError, bool http2,
                const QList<std::pair<QByteArray, QByteArray>> &headers, QByteArray body)
        : m_body(std::move(body))
    {
        if (status > 0)
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
        setAttribute(QNetworkRequest::Http2WasUsedAttribute, http2);
        for (const auto &[name, value] : headers)
            setRawHeader(name, value);
        if (networkError != NoError)
            setError(networkError, QString());
        open(QIODevice::ReadOnly);
        setFinished(true);
    }
    void abort() override {}
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_body.size() - m_read + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_body.size() - m_read);
        std::memcpy(data, m_body.constData() + m_read, size_t(count));
        m_read += count;
        return count;
    }

private:
    QByteArray m_body;
    qint64 m_read = 0;
};

void requireNoSecret(const QString &text, const char *where)
{
    fuzz::require(!text.contains(kSecret), where);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype headEnd = input.indexOf("\n\n");
    const QByteArray head = headEnd < 0 ? input : input.left(headEnd);
    const QByteArray body = headEnd < 0 ? QByteArray() : input.mid(headEnd + 2);
    QList<QByteArray> lines = head.split('\n');
    const QByteArray first = lines.takeFirst();

    const QList<QByteArray> words = first.simplified().split(' ');
    const int status = words.value(0).toInt();
    const QByteArray flags = words.value(1);
    int errorCode = 0;
    if (const qsizetype at = flags.indexOf('e'); at >= 0)
        errorCode = flags.mid(at + 1).toInt();
    QList<std::pair<QByteArray, QByteArray>> headers;
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }

    // Only errors QNetworkReply has (casting another number to the enum is undefined
    // behaviour): the number names one, anything else is UnknownNetworkError.
    static const QList<QNetworkReply::NetworkError> kErrors{
        QNetworkReply::NoError,
        QNetworkReply::ConnectionRefusedError,
        QNetworkReply::RemoteHostClosedError,
        QNetworkReply::HostNotFoundError,
        QNetworkReply::TimeoutError,
        QNetworkReply::OperationCanceledError,
        QNetworkReply::SslHandshakeFailedError,
        QNetworkReply::TemporaryNetworkFailureError,
        QNetworkReply::ProxyConnectionRefusedError,
        QNetworkReply::ContentAccessDenied,
        QNetworkReply::ContentNotFoundError,
        QNetworkReply::ProtocolFailure,
        QNetworkReply::InternalServerError,
        QNetworkReply::ServiceUnavailableError,
        QNetworkReply::UnknownNetworkError,
        QNetworkReply::UnknownContentError,
        QNetworkReply::UnknownServerError};
    QNetworkReply::NetworkError networkError = QNetworkReply::UnknownNetworkError;
    for (const QNetworkReply::NetworkError known : kErrors) {
        if (int(known) == errorCode)
            networkError = known;
    }
    CannedReply reply(status, networkError, flags.contains('h'), headers, body);
    AnswerReader::Attempt attempt;
    attempt.write = flags.contains('w');
    attempt.requestLeft = flags.contains('l');
    attempt.timedOut = flags.contains('t');
    attempt.timeoutMs = 30000;
    QHash<QByteArray, QByteArray> seen;
    const GraphResult result = AnswerReader::read(reply, attempt, &seen);

    Redactor redactor;
    redactor.addSecret(kSecret);
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        requireNoSecret(
            redactor.redactHeader(QString::fromUtf8(it.key()), QString::fromUtf8(it.value())),
            "a redacted header holds the secret");

    RateGovernor governor;
    governor.observe(QStringLiteral("app"), QStringLiteral("page"), seen);
    fuzz::require(governor.delayBeforeSend(QStringLiteral("app"), QStringLiteral("page")) >= 0,
                  "a negative delay before sending");
    const int regain = RateGovernor::regainMinutes(seen.value("x-business-use-case-usage"));
    fuzz::require(regain >= 0 && regain <= 366 * 24 * 60, "regain minutes out of range");

    if (result.isOk()) {
        fuzz::require(result.httpStatus() < 300, "a success with a non-2xx status");
        Pager::nextCursor(result.object());
        requireNoSecret(QString::fromUtf8(fuzz::written(redactor.redact(result.body()))),
                        "a redacted body holds the secret");
        return 0;
    }
    const GraphError &error = result.error();
    fuzz::require(!error.message.isEmpty(), "an error without a message");
    if (error.isUnknownOutcome())
        fuzz::require(attempt.write, "a read with an unknown outcome");
    requireNoSecret(redactor.redactText(error.summary()), "a redacted summary holds the secret");
    requireNoSecret(QString::fromUtf8(fuzz::written(
                        redactor.redact(error.toJson().value(QStringLiteral("error"))))),
                    "a redacted error holds the secret");
    if (error.isRateLimit()) {
        for (int n = 1; n <= 4; ++n) {
            const qint64 delay = governor.backoffAfterRateLimit(
                QStringLiteral("app"), QStringLiteral("page"), error, n, regain);
            fuzz::require(delay >= 0, "a negative back-off");
        }
        fuzz::require(governor.delayBeforeSend(QStringLiteral("app"), QStringLiteral("page")) >= 0,
                      "a negative delay after a rate limit");
    }
    return 0;
}
