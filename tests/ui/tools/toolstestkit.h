#pragma once
// What the Conversations & Tools tests share: a LocalGraph with a real store file, a
// PageContext for a demo Page, Graph faults to switch on, screenshots and German from a
// translation list (/work/tr/<name>.json style, MDESK_TR_JSON).

#include "sandboxharness.h"

#include "api/sandbox/sandboxstate.h"
#include "models/store/database.h"
#include "ui/shell/pagecontext.h"
#include "ui/tools/toolform.h"
#include "ui/widgets/messagebar.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPalette>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <memory>

namespace toolstest {

using namespace mdesk;

template<typename T> T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

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
    return widget->grab().save(screenshotDir() + QLatin1Char('/') + name + QStringLiteral(".png"));
}

inline QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x21, 0x24), text(0xe8, 0xe8, 0xe8);
    for (const auto role : {QPalette::Window, QPalette::Button})
        palette.setColor(role, window);
    for (const auto role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText})
        palette.setColor(role, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9c, 0xa0));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4d));
    palette.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x41));
    palette.setColor(QPalette::Mid, QColor(0x33, 0x35, 0x39));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    for (const auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return palette;
}

// German from a translation list, so screenshots show strings before the .ts merge.
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

// A LocalGraph, a store file and contexts for its demo Pages.
class ToolsFixture
{
public:
    ToolsFixture()
    {
        m_harness = std::make_unique<sandboxtest::SandboxHarness>();
        m_harness->client().setDefaultTimeout(15000);
        m_database = std::make_unique<store::Database>(m_dir.filePath(QStringLiteral("t.sqlite")));
        m_open = m_database->open().ok;
    }
    bool isReady() const { return m_dir.isValid() && m_open; }
    sandboxtest::SandboxHarness &harness() { return *m_harness; }
    sandbox::LocalGraph &graph() { return m_harness->graph(); }
    store::Database &database() { return *m_database; }
    QString tempPath(const QString &name) const { return m_dir.filePath(name); }

    ui::PageContext context(int app = 0, int page = 0)
    {
        ui::PageContext ctx;
        ctx.client = &m_harness->client();
        ctx.app.id = m_harness->appId(app);
        ctx.page.appId = m_harness->appId(app);
        ctx.page.id = m_harness->pageId(app, page);
        ctx.page.name = QStringLiteral("Demo Page");
        ctx.database = m_database.get();
        return ctx;
    }
    sandbox::PageState &page(int app = 0, int page = 0)
    {
        return *graph().state().page(m_harness->pageId(app, page));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandboxtest::SandboxHarness> m_harness;
    std::unique_ptr<store::Database> m_database;
    bool m_open = false;
};

// The bar of a form, shown with its text.
inline QString barText(ui::ToolForm *form)
{
    return form->messageBar()->isVisibleTo(form) ? form->messageBar()->text() : QString();
}

} // namespace toolstest
