#include "ui/widgets/statuscolors.h"

#include <QPalette>

namespace mdesk::ui {

namespace {
int hueOf(StatusColors::Tone tone)
{
    switch (tone) {
    case StatusColors::Tone::Positive:
        return 130;
    case StatusColors::Tone::Negative:
        return 2;
    case StatusColors::Tone::Warning:
        return 35;
    case StatusColors::Tone::Information:
    case StatusColors::Tone::Neutral:
    case StatusColors::Tone::Muted:
        break;
    }
    return -1;
}

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    const qreal keep = 1.0 - amountOfB;
    return QColor::fromRgbF(float(a.redF() * keep + b.redF() * amountOfB),
                            float(a.greenF() * keep + b.greenF() * amountOfB),
                            float(a.blueF() * keep + b.blueF() * amountOfB));
}
} // namespace

bool StatusColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor StatusColors::foreground(Tone tone, const QPalette &palette)
{
    switch (tone) {
    case Tone::Neutral:
        return palette.color(QPalette::Text);
    case Tone::Muted:
        return palette.color(QPalette::PlaceholderText);
    case Tone::Information:
        return palette.color(QPalette::Link);
    case Tone::Positive:
    case Tone::Negative:
    case Tone::Warning:
        break;
    }
    // Dark themes need light tints, light themes deep shades, for the same contrast.
    const bool dark = isDark(palette);
    const float saturation = tone == Tone::Warning ? 0.85f : 0.65f;
    const float lightness = dark ? 0.68f : (tone == Tone::Warning ? 0.34f : 0.32f);
    return QColor::fromHslF(float(hueOf(tone)) / 360.0f, saturation, lightness);
}

QColor StatusColors::background(Tone tone, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    switch (tone) {
    case Tone::Neutral:
    case Tone::Muted:
        return palette.color(QPalette::AlternateBase);
    case Tone::Information:
        return mix(base, palette.color(QPalette::Highlight), isDark(palette) ? 0.28 : 0.14);
    case Tone::Positive:
    case Tone::Negative:
    case Tone::Warning:
        break;
    }
    return mix(base, foreground(tone, palette), isDark(palette) ? 0.22 : 0.12);
}

QColor StatusColors::frame(Tone tone, const QPalette &palette)
{
    if (tone == Tone::Information)
        return mix(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.6);
    if (tone == Tone::Neutral || tone == Tone::Muted)
        return palette.color(QPalette::Mid);
    return mix(palette.color(QPalette::Base), foreground(tone, palette), 0.55);
}

} // namespace mdesk::ui
