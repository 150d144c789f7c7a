#pragma once

#include "ui/widgets/statuscolors.h"

#include <QFrame>

class QAbstractButton;
class QAction;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace mdesk::ui {

// An inline message above content, in the manner of KMessageWidget: an icon for the tone,
// a sentence that wraps, optional buttons for actions, and an optional close button.
// Colours come from the palette (StatusColors); it repaints when the palette changes.
// Hidden until setText()/showMessage() is called.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    using Tone = StatusColors::Tone;

    explicit MessageBar(QWidget *parent = nullptr);

    // Sets tone and text and shows the bar.
    void showMessage(Tone tone, const QString &text);
    QString text() const;
    Tone tone() const { return m_tone; }

    // Adds a push button that triggers the action (text, enabled state and tool tip follow
    // the action). The bar does not own the action.
    QAbstractButton *addAction(QAction *action);
    void clearActions();
    void setCloseButtonVisible(bool visible);

Q_SIGNALS:
    // The user closed the bar with its close button.
    void dismissed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();

    Tone m_tone = Tone::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
    QToolButton *m_close;
};

} // namespace mdesk::ui
