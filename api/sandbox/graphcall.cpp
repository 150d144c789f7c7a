#include "graphcall.h"

#include <QUrlQuery>

namespace mdesk::sandbox {

PageState &GraphCall::page() const
{
    PageState *found = state.page(caller.pageId);
    Q_ASSERT_X(found, "GraphCall::page", "the router hands page endpoints page tokens only");
    return *found;
}

AppState &GraphCall::app() const
{
    AppState *found = state.app(caller.appId);
    Q_ASSERT_X(found, "GraphCall::app", "every grant belongs to an app");
    return *found;
}

const Person *GraphCall::pageUser(const QString &psid) const
{
    const ObjectRef ref = state.object(psid);
    if (ref.kind != ObjectKind::User || ref.pageId != caller.pageId)
        return nullptr;
    return state.personForPsid(psid);
}

QUrl GraphCall::urlWith(const QList<std::pair<QString, QString>> &query) const
{
    QUrl url = serverUrl(QLatin1Char('/') + version.toString() + path);
    QUrlQuery items;
    for (const auto &[key, value] : query)
        items.addQueryItem(QString::fromUtf8(QUrl::toPercentEncoding(key)),
                           QString::fromUtf8(QUrl::toPercentEncoding(value)));
    url.setQuery(items);
    return url;
}

QUrl GraphCall::serverUrl(const QString &absolutePath) const
{
    QUrl url = baseUrl.isValid() && !baseUrl.isEmpty() ? baseUrl
                                                       : QUrl(QStringLiteral("http://127.0.0.1"));
    url.setPath(absolutePath);
    return url;
}

QString graphTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("+0000");
}

} // namespace mdesk::sandbox
