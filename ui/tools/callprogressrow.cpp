#include "ui/tools/callprogressrow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace mdesk::ui {

CallProgressRow::CallProgressRow(const QString &name, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(name + QStringLiteral("ProgressRow"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(name + QStringLiteral("Progress"));
    m_progress->setRange(0, 0);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(name + QStringLiteral("Cancel"));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_cancel);
    setVisible(false);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_running)
            Q_EMIT cancelRequested();
    });
}

void CallProgressRow::start(const QString &text)
{
    m_running = true;
    m_text->setText(text);
    m_progress->setRange(0, 0);
    m_cancel->setEnabled(true);
    setVisible(true);
}

void CallProgressRow::setText(const QString &text)
{
    m_text->setText(text);
}

void CallProgressRow::setProgress(qint64 sent, qint64 total)
{
    if (total <= 0)
        return;
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(qBound<qint64>(0, sent, total) * 1000 / total));
}

void CallProgressRow::stop()
{
    m_running = false;
    m_text->clear();
    m_progress->setRange(0, 0);
    setVisible(false);
}

} // namespace mdesk::ui
