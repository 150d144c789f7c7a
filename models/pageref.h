#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>
#include <optional>

namespace mdesk::models {

// Names one Page of one app, written "APP_ID/PAGE_ID" on the command line (--page) and in
// settings (last page). Both parts are Graph object ids.
struct PageRef
{
    QString appId;
    QString pageId;

    // "APP_ID/PAGE_ID"; empty when the reference is not valid.
    QString toString() const;

    // Accepts exactly "APP_ID/PAGE_ID" with two valid ids; anything else gives nullopt.
    static std::optional<PageRef> parse(QStringView text);

    // An id is non-empty, at most 64 characters of [A-Za-z0-9_.-]. Graph ids are digits;
    // the wider set keeps sandbox and test ids readable while staying safe as a settings
    // group name and a keychain key part (no '/', no whitespace).
    static bool isValidId(QStringView id);

    bool isValid() const { return isValidId(appId) && isValidId(pageId); }

    friend bool operator==(const PageRef &, const PageRef &) = default;
};

size_t qHash(const PageRef &ref, size_t seed = 0) noexcept;

} // namespace mdesk::models
