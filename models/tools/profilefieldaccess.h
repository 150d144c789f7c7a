#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <utility>

namespace mdesk::models {

// Which fields of fetch_user_profile a Page may ask for. first_name, last_name and
// profile_pic need nothing; locale, timezone and gender each need their feature
// (pages_user_locale, ...) approved in the Page's messaging feature review
// (fetch_messaging_feature_review), and Graph refuses them otherwise.
class ProfileFieldAccess
{
    Q_DECLARE_TR_FUNCTIONS(mdesk::models::ProfileFieldAccess)
public:
    struct Field
    {
        QString name;    // "locale"
        QString feature; // "pages_user_locale"; empty: always available
        bool available = true;
        QString why; // whole sentence when not available
    };

    // Every field, from the feature review's "data" array. reviewRead false: the review
    // could not be read, and the gated fields say so.
    static QList<Field> fields(const QJsonArray &featureReview, bool reviewRead = true);
    // The features and their statuses, in the order Graph gave them.
    static QList<std::pair<QString, QString>> statuses(const QJsonArray &featureReview);
};

} // namespace mdesk::models
