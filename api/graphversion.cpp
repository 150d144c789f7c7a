#include "graphversion.h"

#include <QRegularExpression>

namespace mdesk::api {

GraphVersion GraphVersion::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^v?(\\d{1,2})(?:\\.(\\d{1,2}))?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    GraphVersion version{match.captured(1).toInt(), match.captured(2).toInt()};
    return version.major > 0 ? version : GraphVersion{};
}

GraphVersion GraphVersion::defaultVersion()
{
    return parse(QStringLiteral(MDESK_DEFAULT_GRAPH_VERSION));
}

QString GraphVersion::toString() const
{
    return QStringLiteral("v%1.%2").arg(major).arg(minor);
}

} // namespace mdesk::api
