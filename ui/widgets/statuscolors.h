#pragma once

#include <QColor>

class QPalette;

namespace mdesk::ui {

// Colours for states (success, failure, warning) derived from a palette, so they read on
// light and dark themes alike: the hue says what happened, the lightness follows the
// palette's base colour. Widgets ask again on every paint, so a palette change applies.
class StatusColors
{
public:
    enum class Tone { Neutral, Positive, Negative, Warning, Information, Muted };

    // Text colour for a tone on the palette's Base.
    static QColor foreground(Tone tone, const QPalette &palette);
    // A soft background for a bar of that tone, with foreground() readable on it.
    static QColor background(Tone tone, const QPalette &palette);
    // A frame around such a background.
    static QColor frame(Tone tone, const QPalette &palette);
    // True when the palette's Base is dark (a dark theme).
    static bool isDark(const QPalette &palette);
};

} // namespace mdesk::ui
