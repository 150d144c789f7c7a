#include "ui/widgets/checkindicatorstyle.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QGroupBox>
#include <QPainter>
#include <QPainterPath>
#include <QStyleFactory>
#include <QStyleOption>

namespace mdesk::ui {

namespace {

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    const qreal keep = 1.0 - amountOfB;
    return QColor::fromRgbF(float(a.redF() * keep + b.redF() * amountOfB),
                            float(a.greenF() * keep + b.greenF() * amountOfB),
                            float(a.blueF() * keep + b.blueF() * amountOfB));
}

bool needsStyle(const QWidget *widget)
{
    if (qobject_cast<const QCheckBox *>(widget) || qobject_cast<const QAbstractItemView *>(widget))
        return true;
    const auto *box = qobject_cast<const QGroupBox *>(widget);
    return box && box->isCheckable();
}

void giveStyle(QWidget *widget)
{
    if (qobject_cast<CheckIndicatorStyle *>(widget->style()))
        return;
    auto *style = new CheckIndicatorStyle;
    style->setParent(widget);
    widget->setStyle(style);
}

} // namespace

CheckIndicatorStyle::CheckIndicatorStyle()
    : QProxyStyle(QStyleFactory::create(QApplication::style()->name()))
{}

QColor CheckIndicatorStyle::frameColor(const QPalette &palette, QPalette::ColorGroup group)
{
    return mix(palette.color(group, QPalette::Base), palette.color(group, QPalette::Text), 0.5);
}

void CheckIndicatorStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                        QPainter *painter, const QWidget *widget) const
{
    if (element != PE_IndicatorCheckBox && element != PE_IndicatorItemViewItemCheck) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    const QPalette::ColorGroup group =
        option->state & State_Enabled ? QPalette::Active : QPalette::Disabled;
    const QPalette &palette = option->palette;
    const QColor base = palette.color(group, QPalette::Base);
    const QColor text = palette.color(group, QPalette::Text);
    // On whole pixels, so the 1-pixel frame is crisp rather than two half-tone lines.
    const int side = qMin(option->rect.width(), option->rect.height());
    QRect square(0, 0, side, side);
    square.moveCenter(option->rect.center());
    const QRectF box(square.left() + 0.5, square.top() + 0.5, side - 1, side - 1);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const bool keyboardFocus =
        (option->state & State_HasFocus) && (option->state & State_KeyboardFocusChange);
    painter->setPen(
        QPen(keyboardFocus ? palette.color(group, QPalette::Highlight) : frameColor(palette, group),
             1.0));
    painter->setBrush(option->state & State_Sunken ? mix(base, text, 0.2) : base);
    painter->drawRoundedRect(box, 2, 2);

    const QRectF inner = box.adjusted(side * 0.22, side * 0.22, -side * 0.22, -side * 0.22);
    if (option->state & State_NoChange) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(mix(base, text, 0.6));
        painter->drawRect(inner);
    } else if (option->state & State_On) {
        QPen mark(text, qMax(1.5, side / 7.0));
        mark.setCapStyle(Qt::RoundCap);
        mark.setJoinStyle(Qt::RoundJoin);
        painter->setPen(mark);
        QPainterPath tick;
        tick.moveTo(inner.left(), inner.center().y());
        tick.lineTo(inner.left() + inner.width() * 0.38, inner.bottom());
        tick.lineTo(inner.right(), inner.top());
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(tick);
    }
    painter->restore();
}

void CheckIndicatorStyle::applyTo(QWidget *widget)
{
    if (needsStyle(widget))
        giveStyle(widget);
    for (QWidget *child : widget->findChildren<QWidget *>()) {
        if (needsStyle(child))
            giveStyle(child);
    }
}

} // namespace mdesk::ui
