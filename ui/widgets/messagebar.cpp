#include "ui/widgets/messagebar.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace mdesk::ui {

namespace {
constexpr int IconSize = 20;
constexpr qreal Radius = 5.0;
} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttons(new QHBoxLayout)
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_icon->setFixedSize(IconSize, IconSize);
    m_icon->setAccessibleName(QString());
    m_text->setObjectName(QStringLiteral("messageBarText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_close->setObjectName(QStringLiteral("messageBarClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
    m_close->setAccessibleName(tr("Dismiss message"));
    m_close->setToolTip(tr("Dismiss this message."));
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1, Qt::AlignVCenter);
    m_buttons->setSpacing(6);
    layout->addLayout(m_buttons);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    updateIcon();
    hide();
}

void MessageBar::showMessage(Tone tone, const QString &text)
{
    m_tone = tone;
    m_text->setText(text);
    setAccessibleDescription(text);
    updateIcon();
    update();
    show();
}

QString MessageBar::text() const
{
    return m_text->text();
}

QAbstractButton *MessageBar::addAction(QAction *action)
{
    auto *button = new QPushButton(action->text(), this);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    button->setToolTip(action->toolTip());
    button->setEnabled(action->isEnabled());
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, button, [button, action] {
        button->setText(action->text());
        button->setEnabled(action->isEnabled());
    });
    m_buttons->addWidget(button, 0, Qt::AlignVCenter);
    return button;
}

void MessageBar::clearActions()
{
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void MessageBar::setCloseButtonVisible(bool visible)
{
    m_close->setVisible(visible);
}

void MessageBar::updateIcon()
{
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    if (m_tone == Tone::Negative)
        pixmap = QStyle::SP_MessageBoxCritical;
    else if (m_tone == Tone::Warning)
        pixmap = QStyle::SP_MessageBoxWarning;
    else if (m_tone == Tone::Positive)
        pixmap = QStyle::SP_DialogApplyButton;
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(IconSize, IconSize));
}

void MessageBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(StatusColors::frame(m_tone, palette()), 1.0));
    painter.setBrush(StatusColors::background(m_tone, palette()));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), Radius, Radius);
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateIcon();
    QFrame::changeEvent(event);
}

} // namespace mdesk::ui
