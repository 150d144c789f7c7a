#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace mdesk::app {

// --smoke-test: waits until the window is shown and exposed, prints one JSON line
// {"objectName":..., "visible":true, "window":<title>, details...} to stdout and quits with status
// 0. If that does not happen within the timeout it says so on stderr and quits with status 1.
class SmokeTestReporter : public QObject
{
    Q_OBJECT

public:
    static constexpr int TimeoutMs = 20000;

    explicit SmokeTestReporter(QWidget *window, QObject *parent = nullptr);

    // Adds a key to the printed line (e.g. "sandbox", "pages"); call before start().
    void addDetail(const QString &key, const QJsonValue &value) { m_details.insert(key, value); }
    // Call after window->show().
    void start();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reportIfExposed();
    void onTimeout();

    QPointer<QWidget> m_window;
    QTimer m_timeout;
    QJsonObject m_details;
    bool m_reported = false;
};

} // namespace mdesk::app
