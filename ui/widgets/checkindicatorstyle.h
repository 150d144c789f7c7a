#pragma once

#include <QPalette>
#include <QProxyStyle>

namespace mdesk::ui {

// Check indicators (check boxes, checkable group boxes, checkable items of list and tree
// views) that stay visible on any palette. Fusion, the style Qt uses on Linux desktops,
// frames an indicator with the Window colour darkened and fills it with Base: on a dark
// palette that frame is about the Base colour itself, so an unchecked box vanishes from a
// list and is a faint square beside a check box. This style draws the indicator from
// palette roles that always contrast: the frame is Text mixed into Base, the fill Base,
// the mark Text, the keyboard focus Highlight. Everything else is the application style.
class CheckIndicatorStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // Wraps the application's current style.
    CheckIndicatorStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;

    // The frame colour of an indicator on a palette (Text halfway into Base).
    static QColor frameColor(const QPalette &palette,
                             QPalette::ColorGroup group = QPalette::Active);

    // Gives the style to widget and to every check box, checkable group box and item view
    // under it that exists now (setStyle does not reach children); each gets its own
    // instance, owned by that widget. Widgets created later need their own call.
    static void applyTo(QWidget *widget);
};

} // namespace mdesk::ui
