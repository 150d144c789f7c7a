#include "ui/widgets/messagebubble.h"

#include <QPainter>
#include <QPainterPath>

namespace mdesk::ui {

namespace {
constexpr int kPadding = 10;
constexpr int kRadius = 14;
constexpr int kMaxBubbleWidth = 320;
} // namespace

MessageBubble::MessageBubble(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void MessageBubble::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    setAccessibleDescription(text);
    setMinimumHeight(heightForWidth(width()));
    updateGeometry();
    update();
}

QRect MessageBubble::textRect(int width) const
{
    const int inner = std::max(40, std::min(width, kMaxBubbleWidth) - 2 * kPadding);
    return fontMetrics().boundingRect(QRect(0, 0, inner, 10000), Qt::TextWordWrap, m_text);
}

int MessageBubble::heightForWidth(int width) const
{
    return textRect(width).height() + 2 * kPadding;
}

QSize MessageBubble::sizeHint() const
{
    const QRect text = textRect(kMaxBubbleWidth);
    return {text.width() + 2 * kPadding, text.height() + 2 * kPadding};
}

QSize MessageBubble::minimumSizeHint() const
{
    return {80, fontMetrics().height() + 2 * kPadding};
}

void MessageBubble::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Layouts ignore heightForWidth here, so the wrapped text's height becomes the minimum.
    setMinimumHeight(heightForWidth(width()));
}

void MessageBubble::paintEvent(QPaintEvent *)
{
    if (m_text.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect text = textRect(width());
    const QRectF bubble(0.5, 0.5, text.width() + 2 * kPadding, text.height() + 2 * kPadding);
    QPainterPath path;
    path.addRoundedRect(bubble, kRadius, kRadius);
    painter.fillPath(path, palette().color(QPalette::AlternateBase));
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawPath(path);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(text.translated(kPadding, kPadding), Qt::TextWordWrap, m_text);
}

} // namespace mdesk::ui
