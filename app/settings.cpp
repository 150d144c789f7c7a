#include "app/settings.h"

#include <QSettings>
#include <algorithm>

namespace mdesk::app {

namespace {
// One place for every key name.
namespace Key {
const QString GraphVersion = QStringLiteral("graphVersion");
const QString WindowGeometry = QStringLiteral("window/geometry");
const QString WindowState = QStringLiteral("window/state");
const QString LastPage = QStringLiteral("lastPage");
const QString EventLogCapacity = QStringLiteral("eventLog/capacity");
const QString AppsGroup = QStringLiteral("apps");
const QString PagesGroup = QStringLiteral("pages");
const QString Name = QStringLiteral("name");
const QString AppGraphVersion = QStringLiteral("graphVersion");
const QString BaseUrl = QStringLiteral("baseUrl");
const QString HasSecret = QStringLiteral("hasSecret");
} // namespace Key

QString appGroup(const QString &appId)
{
    return Key::AppsGroup + QLatin1Char('/') + appId;
}

QString pagesOfAppGroup(const QString &appId)
{
    return Key::PagesGroup + QLatin1Char('/') + appId;
}

QString pageGroup(const models::PageRef &ref)
{
    return pagesOfAppGroup(ref.appId) + QLatin1Char('/') + ref.pageId;
}

QStringList sortedChildGroups(QSettings &settings, const QString &group)
{
    settings.beginGroup(group);
    QStringList groups = settings.childGroups();
    settings.endGroup();
    std::sort(groups.begin(), groups.end());
    return groups;
}
} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{}

Settings::Settings(const QString &iniFilePath)
    : m_settings(std::make_unique<QSettings>(iniFilePath, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QString Settings::fileName() const
{
    return m_settings->fileName();
}

bool Settings::sync()
{
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

QString Settings::graphVersion() const
{
    const QString version = m_settings->value(Key::GraphVersion).toString();
    return version.isEmpty() ? QStringLiteral(MDESK_DEFAULT_GRAPH_VERSION) : version;
}

void Settings::setGraphVersion(const QString &version)
{
    if (version.isEmpty())
        m_settings->remove(Key::GraphVersion);
    else
        m_settings->setValue(Key::GraphVersion, version);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(Key::WindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(Key::WindowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(Key::WindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(Key::WindowState, state);
}

std::optional<models::PageRef> Settings::lastPage() const
{
    return models::PageRef::parse(m_settings->value(Key::LastPage).toString());
}

void Settings::setLastPage(const models::PageRef &page)
{
    if (page.isValid())
        m_settings->setValue(Key::LastPage, page.toString());
    else
        clearLastPage();
}

void Settings::clearLastPage()
{
    m_settings->remove(Key::LastPage);
}

int Settings::eventLogCapacity() const
{
    bool ok = false;
    const int stored = m_settings->value(Key::EventLogCapacity).toInt(&ok);
    if (!ok)
        return DefaultEventLogCapacity;
    return std::clamp(stored, MinEventLogCapacity, MaxEventLogCapacity);
}

void Settings::setEventLogCapacity(int capacity)
{
    m_settings->setValue(Key::EventLogCapacity,
                         std::clamp(capacity, MinEventLogCapacity, MaxEventLogCapacity));
}

QList<AppEntry> Settings::apps() const
{
    QList<AppEntry> result;
    for (const QString &appId : sortedChildGroups(*m_settings, Key::AppsGroup)) {
        if (auto entry = app(appId))
            result.append(*entry);
    }
    return result;
}

std::optional<AppEntry> Settings::app(const QString &appId) const
{
    if (!models::PageRef::isValidId(appId))
        return std::nullopt;
    m_settings->beginGroup(appGroup(appId));
    const bool exists = !m_settings->childKeys().isEmpty();
    AppEntry entry;
    entry.id = appId;
    entry.name = m_settings->value(Key::Name).toString();
    entry.graphVersion = m_settings->value(Key::AppGraphVersion).toString();
    entry.baseUrl = QUrl(m_settings->value(Key::BaseUrl).toString(), QUrl::StrictMode);
    entry.hasSecret = m_settings->value(Key::HasSecret, false).toBool();
    m_settings->endGroup();
    if (!exists)
        return std::nullopt;
    return entry;
}

bool Settings::upsertApp(const AppEntry &entry)
{
    if (!models::PageRef::isValidId(entry.id))
        return false;
    m_settings->beginGroup(appGroup(entry.id));
    m_settings->setValue(Key::Name, entry.name);
    m_settings->setValue(Key::AppGraphVersion, entry.graphVersion);
    m_settings->setValue(Key::BaseUrl, entry.baseUrl.toString());
    m_settings->setValue(Key::HasSecret, entry.hasSecret);
    m_settings->endGroup();
    return true;
}

void Settings::removeApp(const QString &appId)
{
    if (!models::PageRef::isValidId(appId))
        return;
    m_settings->remove(appGroup(appId));
    m_settings->remove(pagesOfAppGroup(appId));
    if (const auto last = lastPage(); last && last->appId == appId)
        clearLastPage();
}

QList<PageEntry> Settings::pages() const
{
    QList<PageEntry> result;
    for (const QString &appId : sortedChildGroups(*m_settings, Key::PagesGroup))
        result.append(pages(appId));
    return result;
}

QList<PageEntry> Settings::pages(const QString &appId) const
{
    QList<PageEntry> result;
    if (!models::PageRef::isValidId(appId))
        return result;
    for (const QString &pageId : sortedChildGroups(*m_settings, pagesOfAppGroup(appId))) {
        if (auto entry = page({appId, pageId}))
            result.append(*entry);
    }
    return result;
}

std::optional<PageEntry> Settings::page(const models::PageRef &ref) const
{
    if (!ref.isValid())
        return std::nullopt;
    m_settings->beginGroup(pageGroup(ref));
    const bool exists = !m_settings->childKeys().isEmpty();
    PageEntry entry{ref.appId, ref.pageId, m_settings->value(Key::Name).toString()};
    m_settings->endGroup();
    if (!exists)
        return std::nullopt;
    return entry;
}

bool Settings::upsertPage(const PageEntry &entry)
{
    if (!entry.ref().isValid())
        return false;
    m_settings->beginGroup(pageGroup(entry.ref()));
    m_settings->setValue(Key::Name, entry.name);
    m_settings->endGroup();
    return true;
}

void Settings::removePage(const models::PageRef &ref)
{
    if (!ref.isValid())
        return;
    m_settings->remove(pageGroup(ref));
    if (lastPage() == ref)
        clearLastPage();
}

} // namespace mdesk::app
