#include "models/pageref.h"

#include <QHashFunctions>

namespace mdesk::models {

namespace {
constexpr qsizetype MaxIdLength = 64;

bool isIdChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
           u == u'_' || u == u'.' || u == u'-';
}
} // namespace

QString PageRef::toString() const
{
    if (!isValid())
        return {};
    return appId + QLatin1Char('/') + pageId;
}

std::optional<PageRef> PageRef::parse(QStringView text)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return std::nullopt;
    PageRef ref{text.left(slash).toString(), text.mid(slash + 1).toString()};
    if (!ref.isValid())
        return std::nullopt;
    return ref;
}

bool PageRef::isValidId(QStringView id)
{
    if (id.isEmpty() || id.size() > MaxIdLength)
        return false;
    for (QChar c : id) {
        if (!isIdChar(c))
            return false;
    }
    // "." and ".." are valid characters but would read like paths in keys and logs.
    return id != QLatin1String(".") && id != QLatin1String("..");
}

size_t qHash(const PageRef &ref, size_t seed) noexcept
{
    return qHashMulti(seed, ref.appId, ref.pageId);
}

} // namespace mdesk::models
