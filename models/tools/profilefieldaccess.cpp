#include "models/tools/profilefieldaccess.h"

#include <QHash>
#include <QJsonObject>

namespace mdesk::models {

QList<std::pair<QString, QString>> ProfileFieldAccess::statuses(const QJsonArray &featureReview)
{
    QList<std::pair<QString, QString>> out;
    for (const QJsonValue &entry : featureReview) {
        const QJsonObject feature = entry.toObject();
        out.append({feature.value(QStringLiteral("feature")).toString(),
                    feature.value(QStringLiteral("status")).toString()});
    }
    return out;
}

QList<ProfileFieldAccess::Field> ProfileFieldAccess::fields(const QJsonArray &featureReview,
                                                            bool reviewRead)
{
    QHash<QString, QString> status;
    for (const auto &[feature, state] : statuses(featureReview))
        status.insert(feature, state);
    QList<Field> out;
    for (const char *open : {"first_name", "last_name", "profile_pic"})
        out.append({QLatin1String(open), {}, true, {}});
    const QList<std::pair<const char *, const char *>> gated{{"locale", "pages_user_locale"},
                                                             {"timezone", "pages_user_timezone"},
                                                             {"gender", "pages_user_gender"}};
    for (const auto &[name, feature] : gated) {
        Field field{QLatin1String(name), QLatin1String(feature), false, {}};
        const QString state = status.value(field.feature);
        if (!reviewRead)
            field.why =
                tr("The feature review could not be read, so %1 stays off.").arg(field.name);
        else if (state == QLatin1String("approved"))
            field.available = true;
        else if (state.isEmpty())
            field.why = tr("%1 needs the feature %2, which the Page has not asked for in its "
                           "feature review.")
                            .arg(field.name, field.feature);
        else
            field.why = tr("%1 needs the feature %2, which is %3 in the Page's feature review.")
                            .arg(field.name, field.feature, state);
        out.append(field);
    }
    return out;
}

} // namespace mdesk::models
