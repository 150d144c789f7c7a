#pragma once

#include <QMainWindow>

class QAction;
class QLabel;

namespace mdesk::ui {

// The application window. It stays thin: it owns the menus, the status bar and the
// central area, and hands real work to the widgets that will live there (page list,
// page workspace with its tabs, event log dock). Children carry object names so tests
// can find them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    QAction *quitAction() const { return m_quitAction; }
    QAction *aboutAction() const { return m_aboutAction; }

public Q_SLOTS:
    // Opens the About box without blocking (no nested event loop); it deletes itself on close.
    void showAbout();

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    QWidget *createPlaceholder();

    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QLabel *m_graphVersionLabel = nullptr;
};

} // namespace mdesk::ui
