#include "models/profile/profiledocument.h"

#include <QJsonArray>
#include <QSet>

namespace mdesk::models {

QJsonObject ProfileChange::toJson() const
{
    return {{QStringLiteral("set"), set},
            {QStringLiteral("reset"), QJsonArray::fromStringList(reset)},
            {QStringLiteral("unchanged"), QJsonArray::fromStringList(unchanged)}};
}

QJsonObject ProfileDocument::fromFetchAnswer(const QJsonObject &answer)
{
    QJsonObject profile;
    for (const auto &entry : answer.value(QStringLiteral("data")).toArray()) {
        const QJsonObject object = entry.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            profile.insert(it.key(), it.value());
    }
    return profile;
}

ProfileChange ProfileDocument::diff(const QJsonObject &live, const QJsonObject &desired,
                                    const QStringList &scope)
{
    QStringList keys = scope;
    if (keys.isEmpty()) {
        const QStringList liveKeys = live.keys();
        QSet<QString> all(liveKeys.cbegin(), liveKeys.cend());
        for (const auto &key : desired.keys())
            all.insert(key);
        keys = QStringList(all.cbegin(), all.cend());
    }
    keys.sort();
    ProfileChange change;
    for (const auto &key : keys) {
        const bool wanted = desired.contains(key) && !desired.value(key).isNull();
        const bool present = live.contains(key);
        if (wanted && (!present || live.value(key) != desired.value(key)))
            change.set.insert(key, desired.value(key));
        else if (!wanted && present)
            change.reset.append(key);
        else if (wanted)
            change.unchanged.append(key);
    }
    return change;
}

} // namespace mdesk::models
