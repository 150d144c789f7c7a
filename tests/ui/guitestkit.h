#pragma once
// Helpers the GUI tests share: a session on the sandbox, screenshots, a dark palette.

#include "api/sandbox/localgraph.h"
#include "app/desksession.h"
#include "app/settings.h"
#include "app/settingsaccountstore.h"
#include "ui/eventlog/eventlogdock.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>
#include <memory>

namespace guitest {

// Where screenshots go: $MDESK_SCREENSHOT_DIR, else "screenshots" beside the test binary.
inline QString screenshotDir()
{
    QString dir = qEnvironmentVariable("MDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return dir;
}

// Renders a widget to <screenshotDir>/<name>.png and returns the path (empty on failure).
inline QString saveScreenshot(QWidget *widget, const QString &name)
{
    const QString path = screenshotDir() + QLatin1Char('/') + name + QStringLiteral(".png");
    return widget->grab().save(path) ? path : QString();
}

// A dark palette as a dark desktop theme would hand to the app.
inline QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x21, 0x24), text(0xe8, 0xe8, 0xe8);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9c, 0xa0));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xa9, 0xf5));
    palette.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4d));
    palette.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x41));
    palette.setColor(QPalette::Mid, QColor(0x33, 0x35, 0x39));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return palette;
}

// Every demo Page of the session's sandbox, in the order of the page list.
inline QList<mdesk::models::PageRef> demoPages(const mdesk::app::DeskSession &session)
{
    QList<mdesk::models::PageRef> pages;
    for (const auto &app : session.sandbox()->apps()) {
        for (const auto &page : app.pages)
            pages.append({app.id, page.id});
    }
    return pages;
}

// The desktop app as main_gui wires it, on throwaway settings: no account is configured,
// so the session starts the sandbox with its demo Pages.
struct SandboxDesk
{
    QTemporaryDir dir;
    mdesk::app::Settings settings{dir.filePath(QStringLiteral("messenger-desk.conf"))};
    mdesk::app::DeskSession session{settings, nullptr, mdesk::app::EnvironmentOverrides{},
                                    dir.filePath(QStringLiteral("drafts")),
                                    dir.filePath(QStringLiteral("store.sqlite"))};
    std::unique_ptr<mdesk::ui::MainWindow> window;

    // Starts the session, waits until it is ready and shows the first Page.
    bool open()
    {
        window = std::make_unique<mdesk::ui::MainWindow>();
        window->attach(&session.client(), &session.accounts(), &session.drafts());
        window->eventLog()->attachJournal(session.eventJournal());
        QSignalSpy ready(&session, &mdesk::app::DeskSession::ready);
        session.start(false);
        window->setSandboxRunning(session.isSandboxRunning());
        if (!session.isReady() && !ready.wait(10000))
            return false;
        window->resize(1280, 820);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return false;
        return window->selectFirstPage();
    }
};

} // namespace guitest
