#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

namespace mdesk::sandbox {

// A file part of a multipart/form-data upload ("filedata").
struct UploadedFile
{
    QString fileName;
    QByteArray contentType;
    QByteArray data;
};

// The parameters of one Graph call. Graph treats query items, form fields and JSON body
// keys alike, and parses JSON text in a string parameter where it expects an object or a
// list (persistent_menu=[...], recipient={"id":...}); these accessors do the same.
class GraphParams
{
public:
    GraphParams() = default;
    explicit GraphParams(QJsonObject values)
        : m_values(std::move(values))
    {}

    bool has(const QString &key) const;
    // The value, with JSON text in a string turned into the object or list it holds.
    QJsonValue value(const QString &key) const;
    QString string(const QString &key) const;
    QJsonObject object(const QString &key) const;
    // A list given as a JSON array, as JSON text, or as comma-separated text ("a,b").
    QStringList list(const QString &key) const;
    std::optional<qint64> integer(const QString &key) const;
    // true for true, "true" and "1".
    bool boolean(const QString &key, bool fallback = false) const;
    const QJsonObject &all() const { return m_values; }
    void insert(const QString &key, const QJsonValue &value) { m_values.insert(key, value); }
    void remove(const QString &key) { m_values.remove(key); }

    // Parses k=v&k2=v2 as HTML forms encode it ('+' is a space).
    static QJsonObject fromFormEncoded(const QByteArray &text);

private:
    QJsonObject m_values;
};

} // namespace mdesk::sandbox
