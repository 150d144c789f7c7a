#include "tests/fuzz/fuzzinput.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <cstdlib>

namespace mdesk::fuzz {

void ensureApplication()
{
    static int argc = 1;
    static char name[] = "mdesk-fuzz";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv); // lives as long as the process
}

QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

QList<QByteArray> parts(const QByteArray &input, const QByteArray &marker)
{
    QList<QByteArray> result{QByteArray()};
    for (const QByteArray &line : input.split('\n')) {
        if (line.trimmed() == marker) {
            result.append(QByteArray());
            continue;
        }
        if (!result.last().isEmpty())
            result.last().append('\n');
        result.last().append(line);
    }
    return result;
}

QByteArray written(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
}

void require(bool holds, const char *what)
{
    if (holds)
        return;
    std::fprintf(stderr, "fuzz check failed: %s\n", what);
    std::abort();
}

} // namespace mdesk::fuzz
