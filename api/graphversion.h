#pragma once

#include <QString>
#include <compare>

namespace mdesk::api {

// A Graph API version such as "v23.0". Versions compare numerically, so v8.0 < v12.0.
struct GraphVersion
{
    int major = 0;
    int minor = 0;

    // Parses "v23.0", "23.0" or "v7"; returns an invalid version (major 0) otherwise.
    static GraphVersion parse(const QString &text);
    static GraphVersion defaultVersion();

    bool isValid() const { return major > 0; }
    QString toString() const; // "v23.0"

    friend auto operator<=>(const GraphVersion &, const GraphVersion &) = default;
};

} // namespace mdesk::api
