#pragma once
// German (or another language) from a translation list in the /work/tr/<name>.json style
// ($MDESK_TR_JSON), so screenshots show new strings before the lead merges them into the
// .ts files.

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTranslator>

namespace guitest {

class JsonTranslator : public QTranslator
{
public:
    bool load(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).array()) {
            const QJsonObject entry = value.toObject();
            const QJsonValue de = entry.value(QStringLiteral("de"));
            m_texts.insert(entry.value(QStringLiteral("context")).toString() + QLatin1Char('\n') +
                               entry.value(QStringLiteral("source")).toString(),
                           de.isArray() ? de.toArray().last().toString() : de.toString());
        }
        return !m_texts.isEmpty();
    }
    bool isEmpty() const override { return m_texts.isEmpty(); }
    QString translate(const char *context, const char *source, const char *, int n) const override
    {
        QString text = m_texts.value(QString::fromUtf8(context) + QLatin1Char('\n') +
                                     QString::fromUtf8(source));
        if (!text.isEmpty() && n >= 0)
            text.replace(QStringLiteral("%n"), QString::number(n));
        return text;
    }

private:
    QHash<QString, QString> m_texts;
};

} // namespace guitest
