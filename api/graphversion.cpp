#include "graphversion.h"

namespace mdesk::api {

namespace {

// One or two ASCII digits from `at`; -1 when there are none or more than two.
int smallNumber(QStringView text, qsizetype &at)
{
    int value = 0;
    int digits = 0;
    while (at < text.size() && text.at(at) >= QLatin1Char('0') && text.at(at) <= QLatin1Char('9')) {
        value = value * 10 + (text.at(at).unicode() - '0');
        ++at;
        if (++digits > 2)
            return -1;
    }
    return digits == 0 ? -1 : value;
}

} // namespace

GraphVersion GraphVersion::parse(const QString &text)
{
    // "v26.0", "26.0", "v26" or "26", with one or two digits each. Parsed by hand: a regular
    // expression cost every short CLI run a JIT compile.
    const QStringView trimmed = QStringView(text).trimmed();
    qsizetype at = trimmed.startsWith(QLatin1Char('v')) ? 1 : 0;
    const int major = smallNumber(trimmed, at);
    int minor = 0;
    if (major < 0)
        return {};
    if (at < trimmed.size()) {
        if (trimmed.at(at) != QLatin1Char('.'))
            return {};
        ++at;
        minor = smallNumber(trimmed, at);
        if (minor < 0 || at != trimmed.size())
            return {};
    }
    return major > 0 ? GraphVersion{major, minor} : GraphVersion{};
}

GraphVersion GraphVersion::defaultVersion()
{
    return parse(QStringLiteral(MDESK_DEFAULT_GRAPH_VERSION));
}

QString GraphVersion::toString() const
{
    return QLatin1Char('v') + QString::number(major) + QLatin1Char('.') + QString::number(minor);
}

} // namespace mdesk::api
