#include "ui/shell/profilesummary.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

namespace mdesk::ui {

namespace {
constexpr int MaxQuoted = 70;

// The entry of a per-locale list for "default", or the first one.
QJsonObject defaultEntry(const QJsonArray &entries)
{
    for (const QJsonValue &entry : entries) {
        if (entry.toObject().value(QStringLiteral("locale")).toString() == QLatin1String("default"))
            return entry.toObject();
    }
    return entries.isEmpty() ? QJsonObject() : entries.first().toObject();
}
} // namespace

QString ProfileSummary::quoted(const QString &text)
{
    QString shortened = text.simplified();
    if (shortened.size() > MaxQuoted)
        shortened = shortened.left(MaxQuoted - 1).trimmed() + QChar(0x2026);
    return QLocale().quoteString(shortened);
}

QString ProfileSummary::fieldLabel(const QString &field)
{
    if (field == QLatin1String("greeting"))
        return tr("Greeting");
    if (field == QLatin1String("get_started"))
        return tr("Get Started button");
    if (field == QLatin1String("persistent_menu"))
        return tr("Persistent menu");
    if (field == QLatin1String("ice_breakers"))
        return tr("Ice breakers");
    if (field == QLatin1String("whitelisted_domains"))
        return tr("Whitelisted domains");
    if (field == QLatin1String("account_linking_url"))
        return tr("Account linking URL");
    if (field == QLatin1String("home_url"))
        return tr("Home URL");
    if (field == QLatin1String("payment_settings"))
        return tr("Payment settings");
    if (field == QLatin1String("target_audience"))
        return tr("Target audience");
    return field;
}

QString ProfileSummary::describe(const QString &field, const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (field == QLatin1String("greeting")) {
        const QJsonArray entries = value.toArray();
        if (entries.isEmpty())
            return {};
        const QString text = quoted(defaultEntry(entries).value(QStringLiteral("text")).toString());
        if (entries.size() == 1)
            return text;
        return tr("%1 and %n more locale(s)", nullptr, int(entries.size() - 1)).arg(text);
    }
    if (field == QLatin1String("get_started")) {
        const QString payload = value.toObject().value(QStringLiteral("payload")).toString();
        return payload.isEmpty() ? QString() : tr("Sends the payload %1.").arg(payload);
    }
    if (field == QLatin1String("persistent_menu")) {
        const QJsonArray locales = value.toArray();
        if (locales.isEmpty())
            return {};
        const QJsonObject menu = defaultEntry(locales);
        const int items = int(menu.value(QStringLiteral("call_to_actions")).toArray().size());
        QString summary = tr("%n item(s)", nullptr, items);
        if (locales.size() > 1)
            summary = tr("%1 in %n locale(s)", nullptr, int(locales.size())).arg(summary);
        if (menu.value(QStringLiteral("composer_input_disabled")).toBool())
            summary = tr("%1; typing is turned off").arg(summary);
        return summary;
    }
    if (field == QLatin1String("ice_breakers")) {
        // Old shape: [{question, payload}]; per-locale shape: [{call_to_actions, locale}].
        const QJsonArray entries = value.toArray();
        if (entries.isEmpty())
            return {};
        QJsonArray questions = entries;
        if (entries.first().toObject().contains(QStringLiteral("call_to_actions")))
            questions = defaultEntry(entries).value(QStringLiteral("call_to_actions")).toArray();
        const QString first =
            quoted(questions.first().toObject().value(QStringLiteral("question")).toString());
        return tr("%n question(s), starting with %1", nullptr, int(questions.size())).arg(first);
    }
    if (field == QLatin1String("whitelisted_domains")) {
        QStringList domains;
        for (const QJsonValue &domain : value.toArray())
            domains.append(domain.toString());
        return domains.isEmpty() ? QString() : QLocale().createSeparatedList(domains);
    }
    if (field == QLatin1String("account_linking_url"))
        return value.toString();
    if (field == QLatin1String("home_url"))
        return value.toObject().value(QStringLiteral("url")).toString();
    if (field == QLatin1String("target_audience")) {
        const QString type = value.toObject().value(QStringLiteral("audience_type")).toString();
        if (type == QLatin1String("all"))
            return tr("Everyone");
        if (type == QLatin1String("none"))
            return tr("Nobody");
        return type.isEmpty() ? QString() : tr("Chosen countries");
    }
    if (field == QLatin1String("payment_settings"))
        return value.toObject().isEmpty() ? QString() : tr("Set");
    return {};
}

} // namespace mdesk::ui
