#include "fieldrules.h"

#include "facebooklocales.h"
#include "operation.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace mdesk::api {

namespace {

// lupdate files the tr() strings of this file's free helpers under "mdesk::api"; those of
// a namespace's own functions under the namespace's name, whose tr() is in its header.
QString tr(const char *text)
{
    return QCoreApplication::translate("mdesk::api", text);
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString indexed(const QString &path, qsizetype index)
{
    return path + QStringLiteral("[%1]").arg(index);
}

const GraphVersion kV7{7, 0};

void checkLocaleList(const QJsonValue &value, const QString &path, const QString &what,
                     QList<Violation> &out)
{
    // Shared by greeting, persistent menu and ice breakers: per-locale entries, one default.
    const QJsonArray entries = value.toArray();
    int defaults = 0;
    QStringList seen;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString locale = entries.at(i).toObject().value(QStringLiteral("locale")).toString();
        const QString where = join(indexed(path, i), QStringLiteral("locale"));
        if (locale.isEmpty())
            out.append({where, tr("Each %1 entry needs a locale.").arg(what)});
        else if (!FacebookLocales::isSupported(locale))
            out.append({where, tr("\"%1\" is not a locale Facebook supports (ll_CC, such as "
                                  "en_US, or default).")
                                   .arg(locale)});
        else if (seen.contains(locale))
            out.append({where, tr("The locale %1 appears twice in the %2.").arg(locale, what)});
        seen.append(locale);
        if (locale == QLatin1String("default"))
            ++defaults;
    }
    if (!entries.isEmpty() && defaults == 0)
        out.append({path, tr("The %1 needs an entry for the locale \"default\".").arg(what)});
}

} // namespace

bool FieldRules::isHttpsUrl(const QString &text, QString *why)
{
    const QUrl url(text, QUrl::StrictMode);
    QString reason;
    if (text.trimmed().isEmpty())
        reason = tr("The URL is empty.");
    else if (!url.isValid() || url.host().isEmpty())
        reason = tr("\"%1\" is not a valid URL.").arg(text);
    else if (url.scheme() != QLatin1String("https"))
        reason = tr("\"%1\" must start with https://.").arg(text);
    if (why)
        *why = reason;
    return reason.isEmpty();
}

bool FieldRules::isWebUrl(const QString &text, QString *why)
{
    const QUrl url(text, QUrl::StrictMode);
    QString reason;
    if (text.trimmed().isEmpty())
        reason = tr("The URL is empty.");
    else if (!url.isValid() || url.host().isEmpty())
        reason = tr("\"%1\" is not a valid URL.").arg(text);
    else if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        reason = tr("\"%1\" must start with http:// or https://.").arg(text);
    if (why)
        *why = reason;
    return reason.isEmpty();
}

bool FieldRules::isWhitelistableDomain(const QString &text, QString *why)
{
    if (!isHttpsUrl(text, why))
        return false;
    const QString host = QUrl(text).host();
    QString reason;
    if (!QHostAddress(host).isNull())
        reason = tr("\"%1\" uses an IP address; Messenger accepts only domain names.").arg(text);
    else if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))
        reason = tr("\"%1\" points to localhost, which Messenger does not accept.").arg(text);
    if (why)
        *why = reason;
    return reason.isEmpty();
}

QList<Violation> FieldRules::validateGreeting(const QJsonValue &value, const QString &path)
{
    QList<Violation> out;
    if (!value.isArray() || value.toArray().isEmpty())
        return {{path, tr("The greeting must be a list of {locale, text} entries.")}};
    checkLocaleList(value, path, tr("greeting"), out);
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([^}]*)\\}\\}"));
    static const QStringList allowed{QStringLiteral("user_first_name"),
                                     QStringLiteral("user_last_name"),
                                     QStringLiteral("user_full_name")};
    const QJsonArray entries = value.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString text = entries.at(i).toObject().value(QStringLiteral("text")).toString();
        const QString where = join(indexed(path, i), QStringLiteral("text"));
        if (text.trimmed().isEmpty())
            out.append({where, tr("The greeting text is empty.")});
        if (text.size() > kGreetingMaxChars)
            out.append({where, tr("The greeting has %1 characters; Messenger allows at most %2.")
                                   .arg(text.size())
                                   .arg(kGreetingMaxChars)});
        auto matches = placeholder.globalMatch(text);
        while (matches.hasNext()) {
            const QString name = matches.next().captured(1);
            if (!allowed.contains(name))
                out.append({where, tr("{{%1}} is not a greeting placeholder; use "
                                      "{{user_first_name}}, {{user_last_name}} or "
                                      "{{user_full_name}}.")
                                       .arg(name)});
        }
    }
    return out;
}

QList<Violation> FieldRules::validateDomains(const QJsonValue &value, const QString &path)
{
    if (!value.isArray())
        return {{path, tr("Whitelisted domains must be a list of https URLs.")}};
    QList<Violation> out;
    const QJsonArray domains = value.toArray();
    if (domains.size() > kMaxDomains)
        out.append({path, tr("There are %1 whitelisted domains; Messenger allows at most %2.")
                              .arg(domains.size())
                              .arg(kMaxDomains)});
    for (qsizetype i = 0; i < domains.size(); ++i) {
        QString why;
        if (!isWhitelistableDomain(domains.at(i).toString(), &why))
            out.append({indexed(path, i), why});
    }
    return out;
}

QList<Violation> FieldRules::validateProperty(const QString &property, const QJsonValue &value,
                                              GraphVersion version, const QString &path)
{
    const QString where = path.isEmpty() ? property : path;
    QList<Violation> out;
    QString why;
    const QJsonObject object = value.toObject();
    if (property == QLatin1String("greeting")) {
        out = validateGreeting(value, where);
    } else if (property == QLatin1String("get_started")) {
        // The payload is the only value inside, so an explicit path names the payload.
        const QString at = path.isEmpty() ? join(where, QStringLiteral("payload")) : path;
        const QString payload = object.value(QStringLiteral("payload")).toString();
        if (payload.isEmpty())
            out.append({at, tr("The get started button needs a payload.")});
        else if (payload.size() > kPayloadMaxChars)
            out.append({at, tr("The get started payload has %1 characters; at most %2 are allowed.")
                                .arg(payload.size())
                                .arg(kPayloadMaxChars)});
    } else if (property == QLatin1String("persistent_menu")) {
        out = validatePersistentMenu(value, version, where);
    } else if (property == QLatin1String("whitelisted_domains")) {
        out = validateDomains(value, where);
    } else if (property == QLatin1String("account_linking_url")) {
        if (!isHttpsUrl(value.toString(), &why))
            out.append({where, why});
    } else if (property == QLatin1String("home_url")) {
        if (version >= kV7)
            out.append({where, tr("home_url is deprecated from v7.0 and Graph refuses a profile "
                                  "update that holds it; this page uses %1.")
                                   .arg(version.toString())});
        if (!isHttpsUrl(object.value(QStringLiteral("url")).toString(), &why))
            out.append({join(where, QStringLiteral("url")), why});
        const QString ratio = object.value(QStringLiteral("webview_height_ratio")).toString();
        if (ratio != QLatin1String("tall"))
            out.append({join(where, QStringLiteral("webview_height_ratio")),
                        tr("The home URL's webview_height_ratio must be \"tall\".")});
        if (!object.value(QStringLiteral("in_test")).isBool())
            out.append({join(where, QStringLiteral("in_test")),
                        tr("The home URL needs in_test set to true or false.")});
    } else if (property == QLatin1String("target_audience")) {
        const QString type = object.value(QStringLiteral("audience_type")).toString();
        if (type != QLatin1String("all") && type != QLatin1String("custom") &&
            type != QLatin1String("none"))
            out.append({join(where, QStringLiteral("audience_type")),
                        tr("The audience type must be all, custom or none.")});
        const QJsonObject countries = object.value(QStringLiteral("countries")).toObject();
        if (type == QLatin1String("custom") &&
            countries.value(QStringLiteral("whitelist")).toArray().isEmpty() &&
            countries.value(QStringLiteral("blacklist")).toArray().isEmpty())
            out.append({join(where, QStringLiteral("countries")),
                        tr("A custom audience needs a country whitelist or blacklist.")});
        for (const QString &list : {QStringLiteral("whitelist"), QStringLiteral("blacklist")}) {
            const QJsonArray codes = countries.value(list).toArray();
            for (qsizetype i = 0; i < codes.size(); ++i) {
                if (!FacebookLocales::isCountryCode(codes.at(i).toString()))
                    out.append({indexed(join(join(where, QStringLiteral("countries")), list), i),
                                tr("\"%1\" is not an ISO 3166-1 alpha-2 country code.")
                                    .arg(codes.at(i).toString())});
            }
        }
    } else if (property == QLatin1String("payment_settings")) {
        const QJsonValue privacy = object.value(QStringLiteral("privacy_url"));
        if (!privacy.isUndefined() && !isHttpsUrl(privacy.toString(), &why))
            out.append({join(where, QStringLiteral("privacy_url")), why});
        const QJsonValue users = object.value(QStringLiteral("test_users"));
        if (!users.isUndefined() && !users.isArray())
            out.append({join(where, QStringLiteral("test_users")),
                        tr("test_users must be a list of user ids.")});
    } else if (property == QLatin1String("ice_breakers")) {
        // Either the flat form [{question, payload}] or per locale [{locale, call_to_actions}].
        const QJsonArray entries = value.toArray();
        const bool perLocale = !entries.isEmpty() && entries.first().toObject().contains(
                                                         QStringLiteral("call_to_actions"));
        if (perLocale)
            checkLocaleList(value, where, tr("ice breakers"), out);
        const auto checkList = [&out](const QJsonArray &items, const QString &at) {
            if (items.size() > kMaxIceBreakers)
                out.append({at, tr("There are %1 ice breakers; Messenger shows at most %2.")
                                    .arg(items.size())
                                    .arg(kMaxIceBreakers)});
            for (qsizetype i = 0; i < items.size(); ++i) {
                const QJsonObject item = items.at(i).toObject();
                if (item.value(QStringLiteral("question")).toString().trimmed().isEmpty())
                    out.append({join(indexed(at, i), QStringLiteral("question")),
                                tr("Each ice breaker needs a question.")});
                const QString payload = item.value(QStringLiteral("payload")).toString();
                if (payload.isEmpty() || payload.size() > kPayloadMaxChars)
                    out.append({join(indexed(at, i), QStringLiteral("payload")),
                                tr("Each ice breaker needs a payload of 1 to %1 characters.")
                                    .arg(kPayloadMaxChars)});
            }
        };
        if (!value.isArray())
            out.append({where, tr("Ice breakers must be a list.")});
        else if (perLocale)
            for (qsizetype i = 0; i < entries.size(); ++i)
                checkList(
                    entries.at(i).toObject().value(QStringLiteral("call_to_actions")).toArray(),
                    join(indexed(where, i), QStringLiteral("call_to_actions")));
        else
            checkList(entries, where);
    } else {
        out.append({where, tr("\"%1\" is not a Messenger profile field.").arg(property)});
    }
    return out;
}

QList<Violation> FieldRules::validateProfile(const QJsonObject &profile, GraphVersion version,
                                             const QJsonObject &liveProfile)
{
    QList<Violation> out;
    for (auto it = profile.begin(); it != profile.end(); ++it)
        out += validateProperty(it.key(), it.value(), version);
    const bool hasMenu = profile.contains(QStringLiteral("persistent_menu"));
    const bool hasGetStarted = profile.contains(QStringLiteral("get_started")) ||
                               liveProfile.contains(QStringLiteral("get_started"));
    if (hasMenu && !hasGetStarted)
        out.append({QStringLiteral("persistent_menu"),
                    tr("A persistent menu needs the get started button to be set first.")});
    // home_url's domain must be whitelisted, in the draft or on the page.
    if (profile.contains(QStringLiteral("home_url"))) {
        const QString host = QUrl(profile.value(QStringLiteral("home_url"))
                                      .toObject()
                                      .value(QStringLiteral("url"))
                                      .toString())
                                 .host();
        const QJsonArray domains =
            profile.contains(QStringLiteral("whitelisted_domains"))
                ? profile.value(QStringLiteral("whitelisted_domains")).toArray()
                : liveProfile.value(QStringLiteral("whitelisted_domains")).toArray();
        bool whitelisted = false;
        for (const auto &domain : domains)
            whitelisted = whitelisted || QUrl(domain.toString()).host() == host;
        if (!host.isEmpty() && !whitelisted)
            out.append(
                {QStringLiteral("home_url.url"),
                 tr("The home URL's domain %1 must be in the whitelisted domains.").arg(host)});
    }
    return out;
}

QList<Violation> FieldRules::validateInput(const OperationSpec &op, const QJsonObject &input,
                                           GraphVersion version)
{
    if (!op.profileField.isEmpty() && op.method == "POST") {
        if (op.profileField == QLatin1String("get_started"))
            return validateProperty(op.profileField,
                                    QJsonObject{{QStringLiteral("payload"),
                                                 input.value(QStringLiteral("payload"))
                                                     .toString(QStringLiteral("GET_STARTED"))}},
                                    version, QStringLiteral("payload"));
        return validateProperty(op.profileField, input.value(QStringLiteral("value")), version,
                                QStringLiteral("value"));
    }
    if (op.id == QLatin1String("set_messenger_profile"))
        return validateProfile(input.value(QStringLiteral("profile")).toObject(), version);
    if (op.id == QLatin1String("set_user_persistent_menu"))
        return validatePersistentMenu(input.value(QStringLiteral("persistent_menu")), version,
                                      QStringLiteral("persistent_menu"));
    if (op.id == QLatin1String("send_message"))
        return validateSendMessage(input);
    if (op.id == QLatin1String("create_messenger_code"))
        return validateMessengerCode(input);
    if (op.id == QLatin1String("upload_attachment"))
        return validateAttachment(input);
    if (op.id == QLatin1String("fetch_insights")) {
        static const QStringList periods{
            QStringLiteral("day"),      QStringLiteral("week"),
            QStringLiteral("days_28"),  QStringLiteral("month"),
            QStringLiteral("lifetime"), QStringLiteral("total_over_range")};
        const QJsonValue period = input.value(QStringLiteral("period"));
        if (!period.isUndefined() && !period.isNull() && !periods.contains(period.toString()))
            return {{QStringLiteral("period"),
                     tr("period must be one of %1.").arg(periods.join(QStringLiteral(", ")))}};
    }
    if (op.id == QLatin1String("create_custom_label") &&
        input.value(QStringLiteral("name")).toString().trimmed().isEmpty())
        return {{QStringLiteral("name"), tr("The label needs a name.")}};
    return {};
}

} // namespace mdesk::api
