#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTest>

using mdesk::ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        MainWindow window;
        QCOMPARE(window.objectName(), QStringLiteral("MainWindow"));
        QCOMPARE(window.windowTitle(), QStringLiteral("Messenger Desk"));
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("centralPlaceholder")));
        QCOMPARE(window.centralWidget()->objectName(), QStringLiteral("centralPlaceholder"));

        const auto *text = window.findChild<QLabel *>(QStringLiteral("placeholderText"));
        QVERIFY(text);
        for (const auto tab : {"Profile", "Menu", "Labels & Broadcasts", "Audience & Insights",
                               "Conversations & Tools"})
            QVERIFY2(text->text().contains(QString::fromLatin1(tab)), tab);

        const auto *version = window.findChild<QLabel *>(QStringLiteral("graphVersionLabel"));
        QVERIFY(version);
        QCOMPARE(version->text(), QStringLiteral("Graph API " MDESK_DEFAULT_GRAPH_VERSION));
        QVERIFY(!QStringLiteral(MDESK_DEFAULT_GRAPH_VERSION).isEmpty());
        QVERIFY(window.statusBar()->isVisibleTo(&window));
    }

    void menus()
    {
        MainWindow window;
        const auto *fileMenu = window.findChild<QMenu *>(QStringLiteral("menuFile"));
        const auto *helpMenu = window.findChild<QMenu *>(QStringLiteral("menuHelp"));
        QVERIFY(fileMenu && helpMenu);
        QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
        QCOMPARE(helpMenu->title(), QStringLiteral("&Help"));
        QVERIFY(fileMenu->actions().contains(window.quitAction()));
        QVERIFY(helpMenu->actions().contains(window.aboutAction()));
        QVERIFY(!window.quitAction()->shortcut().isEmpty());
        const QList<QAction *> topLevel = window.menuBar()->actions();
        QCOMPARE(topLevel.size(), 2);
        QCOMPARE(topLevel.first()->menu(), fileMenu);
    }

    void aboutShowsVersions()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.aboutAction()->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("aboutBox"))));
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral(MDESK_VERSION)));
        QVERIFY(box->informativeText().contains(QStringLiteral(MDESK_DEFAULT_GRAPH_VERSION)));
        QVERIFY(box->testAttribute(Qt::WA_DeleteOnClose));
        QPointer<QMessageBox> guard(box);
        box->close();
        QTRY_VERIFY(guard.isNull());
    }

    void quitClosesTheWindow()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.quitAction()->trigger();
        QVERIFY(!window.isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
