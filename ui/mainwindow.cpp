#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

namespace mdesk::ui {

namespace {
constexpr int PlaceholderIconSize = 96;
constexpr int PlaceholderTextWidth = 600;

QKeySequence quitShortcut()
{
    // Some platform themes (offscreen, minimal) have no binding for QKeySequence::Quit.
    const QKeySequence standard(QKeySequence::Quit);
    return standard.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Q) : standard;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Messenger Desk"));
    setMinimumSize(640, 420);

    createActions();
    createMenus();
    createStatusBar();
    setCentralWidget(createPlaceholder());
}

void MainWindow::createActions()
{
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(quitShortcut());
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_quitAction->setStatusTip(tr("Close Messenger Desk."));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(tr("&About Messenger Desk"), this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutAction->setStatusTip(tr("Show the version of Messenger Desk and of the Graph API."));
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("menuFile"));
    fileMenu->addAction(m_quitAction);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("menuHelp"));
    helpMenu->addAction(m_aboutAction);
}

void MainWindow::createStatusBar()
{
    m_graphVersionLabel = new QLabel(
        tr("Graph API %1").arg(QStringLiteral(MDESK_DEFAULT_GRAPH_VERSION)), statusBar());
    m_graphVersionLabel->setObjectName(QStringLiteral("graphVersionLabel"));
    statusBar()->addPermanentWidget(m_graphVersionLabel);
    statusBar()->showMessage(tr("Ready."));
}

QWidget *MainWindow::createPlaceholder()
{
    auto *placeholder = new QWidget(this);
    placeholder->setObjectName(QStringLiteral("centralPlaceholder"));

    // A centred column of limited width; the labels fill it so word wrap gets the real width.
    auto *column = new QWidget(placeholder);
    column->setMaximumWidth(PlaceholderTextWidth);

    auto *icon = new QLabel(column);
    icon->setObjectName(QStringLiteral("placeholderIcon"));
    icon->setAlignment(Qt::AlignCenter);
    const QIcon appIcon = QApplication::windowIcon();
    if (!appIcon.isNull())
        icon->setPixmap(appIcon.pixmap(PlaceholderIconSize, PlaceholderIconSize));

    auto *heading = new QLabel(tr("Welcome to Messenger Desk"), column);
    heading->setObjectName(QStringLiteral("placeholderHeading"));
    heading->setAlignment(Qt::AlignCenter);
    heading->setWordWrap(true);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto *body = new QLabel(
        tr("Your apps and Pages will be listed on the left. Each Page will get the tabs "
           "Profile, Menu, Labels & Broadcasts, Audience & Insights, and Conversations & "
           "Tools, and a live event log will show every Graph API call at the bottom."),
        column);
    body->setObjectName(QStringLiteral("placeholderText"));
    body->setAlignment(Qt::AlignCenter);
    body->setWordWrap(true);

    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(icon);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(heading);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(body);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(placeholder);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
    return placeholder;
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Messenger Desk"));
    box->setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    box->setText(tr("Messenger Desk %1").arg(QStringLiteral(MDESK_VERSION)));
    box->setInformativeText(
        tr("Edit the Messenger setup of your Facebook Pages, compose broadcasts and review "
           "insights.") +
        QStringLiteral("\n\n") +
        tr("Default Graph API version: %1").arg(QStringLiteral(MDESK_DEFAULT_GRAPH_VERSION)) +
        QLatin1Char('\n') + tr("Built with Qt %1.").arg(QStringLiteral(QT_VERSION_STR)));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

} // namespace mdesk::ui
