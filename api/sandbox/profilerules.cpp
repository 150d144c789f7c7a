#include "profilerules.h"

#include "versionrules.h"

#include "api/facebooklocales.h"
#include "api/operationtable.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QUrl>

namespace mdesk::sandbox {

using api::GraphVersion;

namespace {

using Check = std::optional<GraphFailure>;

GraphFailure bad(const QString &message, int subcode = 0)
{
    return Errors::invalidParameter(message, subcode);
}

QString at(const QString &param, qsizetype index)
{
    return param + QStringLiteral("[%1]").arg(index);
}

QString key(const QString &param, const QString &name)
{
    return param + QLatin1Char('[') + name + QLatin1Char(']');
}

bool isHttpsUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty();
}

bool isWebUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

Check checkText(const QJsonValue &value, const QString &param, int maxChars, bool required = true)
{
    if (value.isUndefined() && !required)
        return std::nullopt;
    if (!value.isString() || value.toString().isEmpty())
        return bad(QStringLiteral("param %1 must be a non-empty string").arg(param));
    if (value.toString().size() > maxChars)
        return bad(
            QStringLiteral("param %1 must be at most %2 characters long").arg(param).arg(maxChars));
    return std::nullopt;
}

// Per-locale lists (greeting, persistent menu, ice breakers): supported locales, one default.
Check checkLocales(const QJsonArray &entries, const QString &param)
{
    int defaults = 0;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString locale = entries.at(i).toObject().value(QStringLiteral("locale")).toString();
        if (!api::FacebookLocales::isSupported(locale))
            return bad(QStringLiteral("param %1 must be a supported locale, got \"%2\"")
                           .arg(key(at(param, i), QStringLiteral("locale")), locale));
        if (locale == QLatin1String("default"))
            ++defaults;
    }
    if (defaults != 1)
        return bad(QStringLiteral("param %1 must have exactly one entry with the locale "
                                  "\"default\"")
                       .arg(param));
    return std::nullopt;
}

Check checkGreeting(const QJsonValue &value)
{
    const QString param = QStringLiteral("greeting");
    if (!value.isArray() || value.toArray().isEmpty())
        return bad(QStringLiteral("param greeting must be a non-empty array of {locale, text}"));
    const QJsonArray entries = value.toArray();
    if (auto failure = checkLocales(entries, param))
        return failure;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (auto failure = checkText(entries.at(i).toObject().value(QStringLiteral("text")),
                                     key(at(param, i), QStringLiteral("text")),
                                     ProfileRules::kGreetingMaxChars))
            return failure;
    }
    return std::nullopt;
}

Check checkMenuItems(const QJsonArray &items, GraphVersion version, const QString &param, int depth)
{
    const bool nestedAllowed = VersionRules::nestedMenusAllowed(version);
    const int maxItems = nestedAllowed ? (depth == 1 ? ProfileRules::kMaxTopLevelItems
                                                     : ProfileRules::kMaxNestedItems)
                                       : ProfileRules::kMaxFlatMenuItems;
    if (items.size() > maxItems)
        return bad(QStringLiteral("param %1 must have at most %2 items on %3")
                       .arg(param)
                       .arg(maxItems)
                       .arg(version.toString()));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QString where = at(param, i);
        const QString type = item.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("nested") || item.contains(QStringLiteral("call_to_actions"))) {
            if (!nestedAllowed)
                return bad(QStringLiteral("param %1 is a nested menu item; nested persistent "
                                          "menus are not supported from v8.0 (this call used "
                                          "%2): use up to 20 flat items")
                               .arg(where, version.toString()));
            if (depth >= ProfileRules::kMaxMenuDepth)
                return bad(QStringLiteral("param %1 nests deeper than %2 levels")
                               .arg(where)
                               .arg(ProfileRules::kMaxMenuDepth));
            if (auto failure =
                    checkText(item.value(QStringLiteral("title")),
                              key(where, QStringLiteral("title")), ProfileRules::kTitleMaxChars))
                return failure;
            if (auto failure =
                    checkMenuItems(item.value(QStringLiteral("call_to_actions")).toArray(), version,
                                   key(where, QStringLiteral("call_to_actions")), depth + 1))
                return failure;
            continue;
        }
        if (auto failure =
                checkText(item.value(QStringLiteral("title")), key(where, QStringLiteral("title")),
                          ProfileRules::kTitleMaxChars))
            return failure;
        if (type == QLatin1String("postback")) {
            if (auto failure = checkText(item.value(QStringLiteral("payload")),
                                         key(where, QStringLiteral("payload")),
                                         ProfileRules::kPayloadMaxChars))
                return failure;
        } else if (type == QLatin1String("web_url")) {
            if (!isWebUrl(item.value(QStringLiteral("url")).toString()))
                return bad(QStringLiteral("param %1 should represent a valid URL")
                               .arg(key(where, QStringLiteral("url"))));
            const QJsonValue ratio = item.value(QStringLiteral("webview_height_ratio"));
            static const QStringList ratios{QStringLiteral("compact"), QStringLiteral("tall"),
                                            QStringLiteral("full")};
            if (!ratio.isUndefined() && !ratios.contains(ratio.toString()))
                return bad(QStringLiteral("param %1 must be one of {compact, tall, full}")
                               .arg(key(where, QStringLiteral("webview_height_ratio"))));
            if (item.contains(QStringLiteral("fallback_url")) &&
                !item.value(QStringLiteral("messenger_extensions")).toBool())
                return bad(QStringLiteral("param %1 is only allowed with messenger_extensions")
                               .arg(key(where, QStringLiteral("fallback_url"))));
            const QJsonValue share = item.value(QStringLiteral("webview_share_button"));
            if (!share.isUndefined() && share.toString() != QLatin1String("hide"))
                return bad(QStringLiteral("param %1 must be \"hide\"")
                               .arg(key(where, QStringLiteral("webview_share_button"))));
        } else {
            return bad(QStringLiteral("param %1 must be one of {%2}")
                           .arg(key(where, QStringLiteral("type")),
                                nestedAllowed ? QStringLiteral("web_url, postback, nested")
                                              : QStringLiteral("web_url, postback")));
        }
    }
    return std::nullopt;
}

Check checkDomains(const QJsonValue &value)
{
    if (!value.isArray())
        return bad(QStringLiteral("param whitelisted_domains must be an array of URLs"));
    const QJsonArray domains = value.toArray();
    if (domains.size() > ProfileRules::kMaxDomains)
        return bad(QStringLiteral("param whitelisted_domains must have at most %1 elements, got "
                                  "%2")
                       .arg(ProfileRules::kMaxDomains)
                       .arg(domains.size()));
    for (qsizetype i = 0; i < domains.size(); ++i) {
        QString why;
        if (!ProfileRules::isWhitelistableDomain(domains.at(i).toString(), &why))
            return bad(QStringLiteral("whitelisted_domains[%1] should represent a valid URL: %2")
                           .arg(i)
                           .arg(why));
    }
    return std::nullopt;
}

Check checkHomeUrl(const QJsonValue &value, const QJsonObject &update, const QJsonObject &current)
{
    const QJsonObject home = value.toObject();
    const QString url = home.value(QStringLiteral("url")).toString();
    if (!isHttpsUrl(url))
        return bad(QStringLiteral("param home_url[url] must be an https URL"));
    const QJsonArray domains = update.contains(QStringLiteral("whitelisted_domains"))
                                   ? update.value(QStringLiteral("whitelisted_domains")).toArray()
                                   : current.value(QStringLiteral("whitelisted_domains")).toArray();
    bool whitelisted = false;
    for (const auto &domain : domains)
        whitelisted = whitelisted || QUrl(domain.toString()).host() == QUrl(url).host();
    if (!whitelisted)
        return bad(QStringLiteral("The domain of home_url[url] (%1) must be whitelisted")
                       .arg(QUrl(url).host()));
    if (home.value(QStringLiteral("webview_height_ratio")).toString() != QLatin1String("tall"))
        return bad(QStringLiteral("param home_url[webview_height_ratio] must be \"tall\""));
    const QJsonValue inTest = home.value(QStringLiteral("in_test"));
    if (!inTest.isUndefined() && !inTest.isBool())
        return bad(QStringLiteral("param home_url[in_test] must be a boolean"));
    return std::nullopt;
}

Check checkTargetAudience(const QJsonValue &value)
{
    const QJsonObject audience = value.toObject();
    const QString type = audience.value(QStringLiteral("audience_type")).toString();
    if (type != QLatin1String("all") && type != QLatin1String("custom") &&
        type != QLatin1String("none"))
        return bad(QStringLiteral("param target_audience[audience_type] must be one of {all, "
                                  "custom, none}"));
    const QJsonObject countries = audience.value(QStringLiteral("countries")).toObject();
    if (type == QLatin1String("custom") &&
        countries.value(QStringLiteral("whitelist")).toArray().isEmpty() &&
        countries.value(QStringLiteral("blacklist")).toArray().isEmpty())
        return bad(QStringLiteral("param target_audience[countries] needs a whitelist or a "
                                  "blacklist for a custom audience"));
    for (const QString &list : {QStringLiteral("whitelist"), QStringLiteral("blacklist")}) {
        const QJsonArray codes = countries.value(list).toArray();
        for (qsizetype i = 0; i < codes.size(); ++i) {
            if (!api::FacebookLocales::isCountryCode(codes.at(i).toString()))
                return bad(QStringLiteral("param target_audience[countries][%1][%2] must be an "
                                          "ISO 3166-1 alpha-2 country code")
                               .arg(list)
                               .arg(i));
        }
    }
    return std::nullopt;
}

Check checkPaymentSettings(const QJsonValue &value)
{
    const QJsonObject settings = value.toObject();
    if (!value.isObject())
        return bad(QStringLiteral("param payment_settings must be an object"));
    const QJsonValue privacy = settings.value(QStringLiteral("privacy_url"));
    if (!privacy.isUndefined() && !isHttpsUrl(privacy.toString()))
        return bad(QStringLiteral("param payment_settings[privacy_url] must be an https URL"));
    const QJsonValue users = settings.value(QStringLiteral("test_users"));
    if (!users.isUndefined() && !users.isArray())
        return bad(QStringLiteral("param payment_settings[test_users] must be an array of ids"));
    return std::nullopt;
}

Check checkIceBreakerList(const QJsonArray &items, const QString &param)
{
    if (items.size() > ProfileRules::kMaxIceBreakers)
        return bad(QStringLiteral("param %1 must have at most %2 elements")
                       .arg(param)
                       .arg(ProfileRules::kMaxIceBreakers));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        if (auto failure = checkText(item.value(QStringLiteral("question")),
                                     key(at(param, i), QStringLiteral("question")), 80))
            return failure;
        if (auto failure = checkText(item.value(QStringLiteral("payload")),
                                     key(at(param, i), QStringLiteral("payload")),
                                     ProfileRules::kPayloadMaxChars))
            return failure;
    }
    return std::nullopt;
}

// Flat [{question, payload}] or, since 2022, per locale [{locale, call_to_actions}].
Check checkIceBreakers(const QJsonValue &value)
{
    const QString param = QStringLiteral("ice_breakers");
    if (!value.isArray())
        return bad(QStringLiteral("param ice_breakers must be an array"));
    const QJsonArray entries = value.toArray();
    const bool perLocale = !entries.isEmpty() &&
                           entries.first().toObject().contains(QStringLiteral("call_to_actions"));
    if (!perLocale)
        return checkIceBreakerList(entries, param);
    if (auto failure = checkLocales(entries, param))
        return failure;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (auto failure = checkIceBreakerList(
                entries.at(i).toObject().value(QStringLiteral("call_to_actions")).toArray(),
                key(at(param, i), QStringLiteral("call_to_actions"))))
            return failure;
    }
    return std::nullopt;
}

} // namespace

const QStringList &ProfileRules::properties()
{
    return api::OperationTable::profileFields();
}

GraphFailure ProfileRules::unknownField(const QString &field)
{
    return bad(QStringLiteral("\"%1\" is not a Messenger profile field; use one of {%2}")
                   .arg(field, properties().join(QStringLiteral(", "))),
               2018247);
}

std::optional<GraphFailure> ProfileRules::checkFieldNames(const QStringList &fields)
{
    for (const QString &field : fields) {
        if (!properties().contains(field))
            return unknownField(field);
    }
    return std::nullopt;
}

bool ProfileRules::isWhitelistableDomain(const QString &text, QString *why)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        *why = QStringLiteral("\"%1\" is not a URL").arg(text);
    else if (url.scheme() != QLatin1String("https"))
        *why = QStringLiteral("\"%1\" does not use https").arg(text);
    else if (!QHostAddress(url.host()).isNull())
        *why = QStringLiteral("\"%1\" uses an IP address").arg(text);
    else if (url.host() == QLatin1String("localhost") ||
             url.host().endsWith(QLatin1String(".localhost")))
        *why = QStringLiteral("\"%1\" points to localhost").arg(text);
    else
        return true;
    return false;
}

std::optional<GraphFailure> ProfileRules::checkMenu(const QJsonValue &menu, GraphVersion version,
                                                    const QString &param)
{
    if (!menu.isArray() || menu.toArray().isEmpty())
        return bad(
            QStringLiteral("param %1 must be a non-empty array of per-locale menus").arg(param));
    const QJsonArray entries = menu.toArray();
    if (auto failure = checkLocales(entries, param))
        return failure;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const QJsonValue disabled = entry.value(QStringLiteral("composer_input_disabled"));
        if (!disabled.isUndefined() && !disabled.isBool())
            return bad(QStringLiteral("param %1 must be a boolean")
                           .arg(key(at(param, i), QStringLiteral("composer_input_disabled"))));
        const QJsonValue items = entry.value(QStringLiteral("call_to_actions"));
        if (items.isUndefined()) {
            if (disabled.toBool())
                return bad(QStringLiteral("param %1 is required when the composer is disabled")
                               .arg(key(at(param, i), QStringLiteral("call_to_actions"))));
            continue;
        }
        if (auto failure = checkMenuItems(items.toArray(), version,
                                          key(at(param, i), QStringLiteral("call_to_actions")), 1))
            return failure;
    }
    return std::nullopt;
}

std::optional<GraphFailure> ProfileRules::checkUpdate(const QJsonObject &update,
                                                      const QJsonObject &current,
                                                      GraphVersion version)
{
    if (update.isEmpty())
        return bad(QStringLiteral("Requires one of the params: %1")
                       .arg(properties().join(QStringLiteral(","))));
    if (auto failure = checkFieldNames(update.keys()))
        return failure;
    if (update.contains(QStringLiteral("home_url")) && !VersionRules::homeUrlAllowed(version))
        return bad(QStringLiteral("param home_url is deprecated from v7.0 and a profile update "
                                  "that holds it is refused as a whole (this call used %1)")
                       .arg(version.toString()));
    for (auto it = update.begin(); it != update.end(); ++it) {
        const QString &name = it.key();
        const QJsonValue &value = it.value();
        Check failure;
        if (name == QLatin1String("greeting"))
            failure = checkGreeting(value);
        else if (name == QLatin1String("get_started"))
            failure = checkText(value.toObject().value(QStringLiteral("payload")),
                                QStringLiteral("get_started[payload]"), kPayloadMaxChars);
        else if (name == QLatin1String("persistent_menu"))
            failure = checkMenu(value, version, name);
        else if (name == QLatin1String("whitelisted_domains"))
            failure = checkDomains(value);
        else if (name == QLatin1String("account_linking_url") && !isHttpsUrl(value.toString()))
            failure = bad(QStringLiteral("param account_linking_url must be an https URL"));
        else if (name == QLatin1String("home_url"))
            failure = checkHomeUrl(value, update, current);
        else if (name == QLatin1String("target_audience"))
            failure = checkTargetAudience(value);
        else if (name == QLatin1String("payment_settings"))
            failure = checkPaymentSettings(value);
        else if (name == QLatin1String("ice_breakers"))
            failure = checkIceBreakers(value);
        if (failure)
            return failure;
    }
    if (update.contains(QStringLiteral("persistent_menu")) &&
        !update.contains(QStringLiteral("get_started")) &&
        !current.contains(QStringLiteral("get_started")))
        return bad(QStringLiteral("You must set a Get Started button if you also wish to use "
                                  "persistent menu."),
                   2018145);
    return std::nullopt;
}

} // namespace mdesk::sandbox
