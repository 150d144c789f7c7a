#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace mdesk::ui {

// The row shown while a call of the tools tab runs: what is happening, its progress
// (indeterminate until an upload reports its bytes) and a Cancel button. Hidden while idle.
// The owner sets the texts (its own tr() context); the row holds none.
//
// Children are named "<name>Progress" and "<name>Cancel".
//
// Contract: cancelRequested() fires when Cancel is clicked while the row is running.
class CallProgressRow : public QWidget
{
    Q_OBJECT
public:
    CallProgressRow(const QString &name, QWidget *parent = nullptr);

    // Shows the row with text beside an indeterminate progress bar.
    void start(const QString &text);
    void setText(const QString &text);
    // Determinate progress for uploads (sent of total bytes); total 0 keeps it indeterminate.
    void setProgress(qint64 sent, qint64 total);
    void stop();
    bool isRunning() const { return m_running; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_text;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    bool m_running = false;
};

} // namespace mdesk::ui
