#include "multipartbody.h"

#include <QRegularExpression>

namespace mdesk::testsupport {

namespace {

QByteArray dispositionValue(const QByteArray &disposition, const char *key)
{
    const QRegularExpression pattern(
        QStringLiteral("(?:^|;)\\s*%1=\"([^\"]*)\"").arg(QLatin1String(key)));
    const auto match = pattern.match(QString::fromUtf8(disposition));
    return match.hasMatch() ? match.captured(1).toUtf8() : QByteArray();
}

} // namespace

QList<MultipartPart> parseMultipart(const QByteArray &contentType, const QByteArray &body)
{
    const qsizetype at = contentType.indexOf("boundary=");
    if (at < 0)
        return {};
    QByteArray boundary = contentType.mid(at + 9).split(';').first().trimmed();
    if (boundary.startsWith('"') && boundary.endsWith('"'))
        boundary = boundary.mid(1, boundary.size() - 2);
    const QByteArray delimiter = "--" + boundary;

    QList<MultipartPart> parts;
    qsizetype position = body.indexOf(delimiter);
    while (position >= 0) {
        position += delimiter.size();
        if (body.mid(position, 2) == "--")
            break;     // closing delimiter
        position += 2; // CRLF after the delimiter
        const qsizetype next = body.indexOf("\r\n" + delimiter, position);
        if (next < 0)
            return {};
        const QByteArray chunk = body.mid(position, next - position);
        const qsizetype headerEnd = chunk.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return {};
        MultipartPart part;
        for (const QByteArray &line : chunk.left(headerEnd).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                part.headers.insert(line.left(colon).trimmed().toLower(),
                                    line.mid(colon + 1).trimmed());
        }
        const QByteArray disposition = part.headers.value("content-disposition");
        part.name = dispositionValue(disposition, "name");
        part.filename = dispositionValue(disposition, "filename");
        part.body = chunk.mid(headerEnd + 4);
        parts.append(part);
        position = next + 2;
    }
    return parts;
}

} // namespace mdesk::testsupport
