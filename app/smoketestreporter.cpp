#include "app/smoketestreporter.h"

#include <QCoreApplication>
#include <QEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QWidget>
#include <QWindow>
#include <cstdio>

namespace mdesk::app {

SmokeTestReporter::SmokeTestReporter(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(TimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, &SmokeTestReporter::onTimeout);
}

void SmokeTestReporter::start()
{
    m_timeout.start();
    if (QWindow *handle = m_window ? m_window->windowHandle() : nullptr)
        handle->installEventFilter(this);
    // The expose event may already have been delivered during show().
    QMetaObject::invokeMethod(this, &SmokeTestReporter::reportIfExposed, Qt::QueuedConnection);
}

bool SmokeTestReporter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Expose)
        QMetaObject::invokeMethod(this, &SmokeTestReporter::reportIfExposed, Qt::QueuedConnection);
    return QObject::eventFilter(watched, event);
}

void SmokeTestReporter::reportIfExposed()
{
    if (m_reported || !m_window || !m_window->isVisible())
        return;
    const QWindow *handle = m_window->windowHandle();
    if (!handle || !handle->isExposed())
        return;

    m_reported = true;
    m_timeout.stop();
    QJsonObject line = m_details;
    line.insert(QStringLiteral("window"), m_window->windowTitle());
    line.insert(QStringLiteral("visible"), true);
    line.insert(QStringLiteral("objectName"), m_window->objectName());
    const QByteArray json = QJsonDocument(line).toJson(QJsonDocument::Compact);
    std::fprintf(stdout, "%s\n", json.constData());
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

void SmokeTestReporter::onTimeout()
{
    std::fprintf(stderr, "smoke test: the main window was not shown and exposed within %d ms\n",
                 TimeoutMs);
    QCoreApplication::exit(1);
}

} // namespace mdesk::app

#include "moc_smoketestreporter.cpp"
