#include "listpaging.h"

#include <QJsonArray>
#include <algorithm>

namespace mdesk::sandbox {

QString ListPaging::cursorFor(const QString &id)
{
    return QString::fromLatin1(
        id.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

namespace {

// The item id of a cursor, or empty when the cursor is not one of ours.
QString idOfCursor(const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? QString::fromUtf8(*decoded) : QString();
}

QList<std::pair<QString, QString>> pagingQuery(const GraphCall &call, int limit,
                                               const QString &cursorKey, const QString &cursor)
{
    QList<std::pair<QString, QString>> query;
    const QJsonObject params = call.params.all();
    for (auto it = params.begin(); it != params.end(); ++it) {
        const QString &key = it.key();
        if (key == QLatin1String("after") || key == QLatin1String("before") ||
            key == QLatin1String("limit"))
            continue;
        query.append({key, call.params.string(key)});
    }
    query.append({QStringLiteral("limit"), QString::number(limit)});
    query.append({cursorKey, cursor});
    return query;
}

} // namespace

GraphAnswer ListPaging::answer(const GraphCall &call, const QStringList &ids,
                               const std::function<QJsonObject(const QString &id)> &render)
{
    int limit = kDefaultLimit;
    if (call.params.has(QStringLiteral("limit"))) {
        const auto asked = call.params.integer(QStringLiteral("limit"));
        if (!asked || *asked < 1)
            return GraphAnswer::fail(
                Errors::invalidParameter(QStringLiteral("Param limit must be a positive number")));
        limit = int(std::min<qint64>(*asked, kMaxLimit));
    }
    qsizetype start = 0;
    qsizetype end = 0;
    const QString after = call.params.string(QStringLiteral("after"));
    const QString before = call.params.string(QStringLiteral("before"));
    if (!after.isEmpty() || !before.isEmpty()) {
        const QString id = idOfCursor(after.isEmpty() ? before : after);
        const qsizetype at = id.isEmpty() ? -1 : ids.indexOf(id);
        if (at < 0)
            return GraphAnswer::fail(Errors::invalidParameter(
                QStringLiteral("The %1 cursor is not valid for this list")
                    .arg(after.isEmpty() ? QStringLiteral("before") : QStringLiteral("after"))));
        if (!after.isEmpty()) {
            start = at + 1;
            end = std::min(ids.size(), start + limit);
        } else {
            end = at;
            start = std::max<qsizetype>(0, end - limit);
        }
    } else {
        end = std::min<qsizetype>(ids.size(), limit);
    }

    QJsonArray data;
    for (qsizetype i = start; i < end; ++i)
        data.append(render(ids.at(i)));
    QJsonObject body{{QStringLiteral("data"), data}};
    if (data.isEmpty())
        return GraphAnswer::ok(body);

    const QString first = cursorFor(ids.at(start));
    const QString last = cursorFor(ids.at(end - 1));
    QJsonObject paging{{QStringLiteral("cursors"), QJsonObject{{QStringLiteral("before"), first},
                                                               {QStringLiteral("after"), last}}}};
    if (end < ids.size())
        paging.insert(
            QStringLiteral("next"),
            call.urlWith(pagingQuery(call, limit, QStringLiteral("after"), last)).toString());
    if (start > 0)
        paging.insert(
            QStringLiteral("previous"),
            call.urlWith(pagingQuery(call, limit, QStringLiteral("before"), first)).toString());
    body.insert(QStringLiteral("paging"), paging);
    return GraphAnswer::ok(body);
}

} // namespace mdesk::sandbox
