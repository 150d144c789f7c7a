#pragma once

// What the Conversations & Tools widget tests share: screenshots, German from
// /work/tr/<name>.json style lists (MDESK_TR_JSON), light and dark palettes, children by
// objectName.
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPalette>
#include <QTest>
#include <QTranslator>
#include <QWidget>

namespace mdesk::toolstest {

inline QString screenshotDir()
{
    QString dir = qEnvironmentVariable("MDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return dir;
}

inline bool shoot(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    return widget->grab().save(screenshotDir() + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// A dark palette (as a dark desktop theme gives): the widgets must follow it.
inline QPalette darkPalette()
{
    QPalette dark;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe8, 0xe8, 0xe8);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, window);
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::ToolTipBase, base);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return dark;
}

// German from a translation list ({"context","source","de"} entries).
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

template<typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

} // namespace mdesk::toolstest

namespace mdesk::toolstest {

// Installs German from $MDESK_TR_JSON while it lives (nothing when unset).
class GermanScope
{
public:
    GermanScope()
    {
        const QString json = qEnvironmentVariable("MDESK_TR_JSON");
        m_installed = !json.isEmpty() && m_german.load(json);
        if (m_installed)
            QCoreApplication::installTranslator(&m_german);
    }
    ~GermanScope()
    {
        if (m_installed)
            QCoreApplication::removeTranslator(&m_german);
    }
    bool installed() const { return m_installed; }

private:
    JsonTranslator m_german;
    bool m_installed = false;
};

} // namespace mdesk::toolstest
