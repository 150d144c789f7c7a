#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace mdesk::app {

// --smoke-test: waits until the window is shown and exposed, prints one JSON line
// {"objectName":..., "visible":true, "window":<title>} to stdout and quits with status 0.
// If that does not happen within the timeout it says so on stderr and quits with status 1.
class SmokeTestReporter : public QObject
{
    Q_OBJECT

public:
    static constexpr int TimeoutMs = 20000;

    explicit SmokeTestReporter(QWidget *window, QObject *parent = nullptr);

    // Call after window->show().
    void start();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reportIfExposed();
    void onTimeout();

    QPointer<QWidget> m_window;
    QTimer m_timeout;
    bool m_reported = false;
};

} // namespace mdesk::app
