#pragma once
// What every Conversations & Tools test shares (tests/tools and tests/ui/tools): children
// by objectName, screenshots, a dark palette, the app's real German translation (the .qm
// files embedded in mdesk_app), and a LocalGraph with a real store file and contexts for
// its demo Pages.

#include "sandboxharness.h"

#include "api/sandbox/sandboxstate.h"
#include "app/translationloader.h"
#include "models/store/database.h"
#include "ui/shell/pagecontext.h"
#include "ui/tools/toolform.h"
#include "ui/widgets/messagebar.h"

#include <QApplication>
#include <QDir>
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

template<typename T> T *child(QObject *parent, const char *name)
{
    return child<T>(parent, QString::fromLatin1(name));
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
    QApplication::processEvents();
    return widget->grab().save(screenshotDir() + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// A dark palette (as a dark desktop theme gives): the widgets must follow it.
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

// The app's German translation (messenger-desk_de.qm from mdesk_app's resources) while it
// lives. installed() is false only when the .qm is missing: a test fails on it.
class GermanScope
{
public:
    GermanScope()
    {
        m_installed =
            m_german.load(QLocale(QStringLiteral("de")), QStringLiteral("messenger-desk"),
                          QStringLiteral("_"), app::TranslationLoader::resourceDirectory()) &&
            QCoreApplication::installTranslator(&m_german);
    }
    ~GermanScope()
    {
        if (m_installed)
            QCoreApplication::removeTranslator(&m_german);
    }
    GermanScope(const GermanScope &) = delete;
    GermanScope &operator=(const GermanScope &) = delete;
    bool installed() const { return m_installed; }

private:
    QTranslator m_german;
    bool m_installed = false;
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
