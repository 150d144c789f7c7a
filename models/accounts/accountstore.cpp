#include "models/accounts/accountstore.h"

namespace mdesk::models {

std::optional<AppAccount> AccountStore::app(const QString &appId) const
{
    for (const AppAccount &entry : apps()) {
        if (entry.id == appId)
            return entry;
    }
    return std::nullopt;
}

std::optional<PageAccount> AccountStore::page(const PageRef &ref) const
{
    const std::optional<AppAccount> owner = app(ref.appId);
    if (!owner)
        return std::nullopt;
    for (const PageAccount &entry : owner->pages) {
        if (entry.id == ref.pageId)
            return entry;
    }
    return std::nullopt;
}

QList<PageAccount> AccountStore::pages() const
{
    QList<PageAccount> all;
    for (const AppAccount &entry : apps())
        all.append(entry.pages);
    return all;
}

} // namespace mdesk::models

#include "moc_accountstore.cpp"
