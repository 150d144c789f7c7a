// The persistent menu rules of graph-api.md section 3 (part of FieldRules).
#include "fieldrules.h"

#include "facebooklocales.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mdesk::api {

namespace {

// lupdate files the tr() strings of this file's free helpers under "mdesk::api"; those of
// a namespace's own functions under the namespace's name, whose tr() is in its header.
QString tr(const char *text)
{
    return QCoreApplication::translate("mdesk::api", text);
}

const GraphVersion kV8{8, 0};
constexpr int kFlatMaxItems = 20;
constexpr int kLegacyTopItems = 3;
constexpr int kLegacyNestedItems = 5;
constexpr int kLegacyMaxDepth = 3;

struct MenuLimits
{
    bool flat;
};

void checkItems(const QJsonArray &items, const QString &path, int depth, MenuLimits limits,
                QList<Violation> &out)
{
    const int maxItems = limits.flat  ? kFlatMaxItems
                         : depth == 1 ? kLegacyTopItems
                                      : kLegacyNestedItems;
    if (items.size() > maxItems)
        out.append({path, limits.flat
                              ? tr("The menu has %1 items; from v8.0 Messenger allows at most %2.")
                                    .arg(items.size())
                                    .arg(maxItems)
                              : tr("This menu level has %1 items; before v8.0 at most %2 are "
                                   "allowed here.")
                                    .arg(items.size())
                                    .arg(maxItems)});
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QString at = path + QStringLiteral("[%1]").arg(i);
        const QString type = item.value(QStringLiteral("type")).toString();
        const QString title = item.value(QStringLiteral("title")).toString();
        if (title.trimmed().isEmpty())
            out.append({at + QStringLiteral(".title"), tr("Each menu item needs a title.")});
        else if (title.size() > FieldRules::kMenuTitleMaxChars)
            out.append({at + QStringLiteral(".title"),
                        tr("The title \"%1\" has %2 characters; at most %3 are allowed.")
                            .arg(title)
                            .arg(title.size())
                            .arg(FieldRules::kMenuTitleMaxChars)});
        if (type == QLatin1String("postback")) {
            const QString payload = item.value(QStringLiteral("payload")).toString();
            if (payload.isEmpty() || payload.size() > FieldRules::kPayloadMaxChars)
                out.append({at + QStringLiteral(".payload"),
                            tr("A postback item needs a payload of 1 to %1 characters.")
                                .arg(FieldRules::kPayloadMaxChars)});
        } else if (type == QLatin1String("web_url")) {
            // Plain http is fine; Messenger extensions need https (and only they take a
            // fallback_url).
            const bool extensions = item.value(QStringLiteral("messenger_extensions")).toBool();
            const QString url = item.value(QStringLiteral("url")).toString();
            QString why;
            if (extensions ? !FieldRules::isHttpsUrl(url, &why) : !FieldRules::isWebUrl(url, &why))
                out.append({at + QStringLiteral(".url"),
                            extensions && FieldRules::isWebUrl(url)
                                ? tr("\"%1\" must start with https:// because "
                                     "messenger_extensions is on.")
                                      .arg(url)
                                : why});
            const QJsonValue ratio = item.value(QStringLiteral("webview_height_ratio"));
            if (!ratio.isUndefined() && ratio != QJsonValue(QStringLiteral("compact")) &&
                ratio != QJsonValue(QStringLiteral("tall")) &&
                ratio != QJsonValue(QStringLiteral("full")))
                out.append({at + QStringLiteral(".webview_height_ratio"),
                            tr("webview_height_ratio must be compact, tall or full.")});
            if (item.contains(QStringLiteral("fallback_url"))) {
                if (!extensions)
                    out.append({at + QStringLiteral(".fallback_url"),
                                tr("fallback_url is allowed only when messenger_extensions is "
                                   "true.")});
                else if (!FieldRules::isWebUrl(
                             item.value(QStringLiteral("fallback_url")).toString(), &why))
                    out.append({at + QStringLiteral(".fallback_url"), why});
            }
            const QJsonValue share = item.value(QStringLiteral("webview_share_button"));
            if (!share.isUndefined() && share != QJsonValue(QStringLiteral("hide")))
                out.append({at + QStringLiteral(".webview_share_button"),
                            tr("webview_share_button can only be \"hide\".")});
        } else if (type == QLatin1String("nested")) {
            if (limits.flat)
                out.append({at + QStringLiteral(".type"),
                            tr("Nested menus were removed in v8.0; this page uses a newer "
                               "version, so the menu must be flat.")});
            else if (depth >= kLegacyMaxDepth)
                out.append({at + QStringLiteral(".type"),
                            tr("Menus nest at most %1 levels deep.").arg(kLegacyMaxDepth)});
            else
                checkItems(item.value(QStringLiteral("call_to_actions")).toArray(),
                           at + QStringLiteral(".call_to_actions"), depth + 1, limits, out);
        } else {
            out.append({at + QStringLiteral(".type"),
                        tr("\"%1\" is not a menu item type; use postback or web_url.").arg(type)});
        }
    }
}

} // namespace

QList<Violation> FieldRules::validatePersistentMenu(const QJsonValue &value, GraphVersion version,
                                                    const QString &path)
{
    if (!value.isArray() || value.toArray().isEmpty())
        return {{path, tr("The persistent menu must be a list of per-locale menus.")}};
    QList<Violation> out;
    const QJsonArray menus = value.toArray();
    int defaults = 0;
    QStringList seen;
    for (qsizetype i = 0; i < menus.size(); ++i) {
        const QJsonObject menu = menus.at(i).toObject();
        const QString at = path + QStringLiteral("[%1]").arg(i);
        const QString locale = menu.value(QStringLiteral("locale")).toString();
        if (!FacebookLocales::isSupported(locale))
            out.append({at + QStringLiteral(".locale"),
                        tr("\"%1\" is not a locale Facebook supports (ll_CC, such as en_US, or "
                           "default).")
                            .arg(locale)});
        else if (seen.contains(locale))
            out.append(
                {at + QStringLiteral(".locale"), tr("The locale %1 has two menus.").arg(locale)});
        seen.append(locale);
        defaults += locale == QLatin1String("default") ? 1 : 0;
        const QJsonValue disabled = menu.value(QStringLiteral("composer_input_disabled"));
        if (!disabled.isUndefined() && !disabled.isBool())
            out.append({at + QStringLiteral(".composer_input_disabled"),
                        tr("composer_input_disabled must be true or false.")});
        const QJsonArray items = menu.value(QStringLiteral("call_to_actions")).toArray();
        // A menu with the composer on may be empty (people type instead); with the composer
        // off and no items, people could not answer at all.
        if (items.isEmpty() && disabled.toBool())
            out.append({at + QStringLiteral(".call_to_actions"),
                        tr("The menu for %1 turns the composer off and has no items, so people "
                           "could not answer at all.")
                            .arg(locale)});
        checkItems(items, at + QStringLiteral(".call_to_actions"), 1, MenuLimits{version >= kV8},
                   out);
    }
    if (defaults == 0)
        out.append({path, tr("The persistent menu needs a menu for the locale \"default\".")});
    return out;
}

} // namespace mdesk::api
