#include "recordedrequest.h"

namespace mdesk::testsupport {

bool RecordedRequest::hasQuery(const QString &key) const
{
    for (const auto &item : query) {
        if (item.first == key)
            return true;
    }
    return false;
}

QString RecordedRequest::queryValue(const QString &key) const
{
    for (const auto &item : query) {
        if (item.first == key)
            return item.second;
    }
    return {};
}

QMap<QString, QString> RecordedRequest::queryMap() const
{
    QMap<QString, QString> map;
    for (const auto &item : query)
        map.insert(item.first, item.second);
    return map;
}

QJsonDocument RecordedRequest::json() const
{
    return QJsonDocument::fromJson(body);
}

} // namespace mdesk::testsupport
