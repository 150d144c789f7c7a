#include "ui/menu/menupreview.h"

#include <QJsonObject>
#include <QPainter>
#include <QPainterPath>

namespace mdesk::ui {

namespace {
constexpr int kRowHeight = 40;
constexpr int kMargin = 12;
constexpr int kComposerHeight = 44;
} // namespace

MenuPreview::MenuPreview(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("menuPreview"));
    setAccessibleName(tr("Menu preview"));
    setMinimumSize(240, 200);
}

void MenuPreview::setMenu(const QJsonArray &menu, const QString &locale)
{
    QJsonObject chosen;
    for (const auto &entry : menu) {
        const QJsonObject object = entry.toObject();
        const QString entryLocale = object.value(QStringLiteral("locale")).toString();
        if (entryLocale == locale || (chosen.isEmpty() && entryLocale == QLatin1String("default")))
            chosen = object;
    }
    m_locale = chosen.value(QStringLiteral("locale")).toString();
    m_items = chosen.value(QStringLiteral("call_to_actions")).toArray();
    m_composerDisabled = chosen.value(QStringLiteral("composer_input_disabled")).toBool();
    QStringList titles;
    for (const auto &item : m_items)
        titles.append(item.toObject().value(QStringLiteral("title")).toString());
    setAccessibleDescription(titles.join(QStringLiteral(", ")));
    updateGeometry();
    update();
}

QSize MenuPreview::sizeHint() const
{
    return {300, int(m_items.size()) * kRowHeight + kComposerHeight + 3 * kMargin +
                     fontMetrics().height()};
}

void MenuPreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &colors = palette();
    painter.fillRect(rect(), colors.color(QPalette::Base));

    const QRect composer(kMargin, height() - kMargin - kComposerHeight, width() - 2 * kMargin,
                         kComposerHeight);
    QPainterPath composerShape;
    composerShape.addRoundedRect(QRectF(composer), kComposerHeight / 2.0, kComposerHeight / 2.0);
    painter.fillPath(composerShape, colors.color(QPalette::AlternateBase));
    painter.setPen(colors.color(QPalette::PlaceholderText));
    const QString composerText =
        m_composerDisabled ? tr("Typing is turned off; use the menu.") : tr("Aa   ☰ Menu");
    painter.drawText(composer.adjusted(kMargin + 4, 0, -kMargin, 0),
                     Qt::AlignVCenter | Qt::AlignLeft, composerText);

    if (m_items.isEmpty()) {
        painter.drawText(
            rect().adjusted(kMargin, kMargin, -kMargin, -kComposerHeight - 2 * kMargin),
            Qt::AlignCenter | Qt::TextWordWrap, tr("This locale has no menu items."));
        return;
    }
    const int sheetHeight = int(m_items.size()) * kRowHeight;
    const QRect sheet(kMargin, composer.top() - kMargin - sheetHeight, width() - 2 * kMargin,
                      sheetHeight);
    QPainterPath sheetShape;
    sheetShape.addRoundedRect(QRectF(sheet), 12, 12);
    painter.fillPath(sheetShape, colors.color(QPalette::Window));
    painter.setPen(colors.color(QPalette::Mid));
    painter.drawPath(sheetShape);

    painter.setPen(colors.color(QPalette::WindowText));
    painter.drawText(QRect(kMargin, sheet.top() - fontMetrics().height() - 4, sheet.width(),
                           fontMetrics().height()),
                     Qt::AlignLeft, tr("Menu (%1)").arg(m_locale));
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const QJsonObject item = m_items.at(i).toObject();
        const QRect row(sheet.left() + kMargin, sheet.top() + int(i) * kRowHeight,
                        sheet.width() - 2 * kMargin, kRowHeight);
        if (i > 0) {
            painter.setPen(colors.color(QPalette::Midlight));
            painter.drawLine(row.topLeft(), row.topRight());
        }
        const QString type = item.value(QStringLiteral("type")).toString();
        const QString marker = type == QLatin1String("web_url")  ? QStringLiteral("↗")
                               : type == QLatin1String("nested") ? QStringLiteral("›")
                                                                 : QString();
        painter.setPen(colors.color(QPalette::WindowText));
        const QString title = fontMetrics().elidedText(
            item.value(QStringLiteral("title")).toString(), Qt::ElideRight, row.width() - 30);
        painter.drawText(row, Qt::AlignVCenter | Qt::AlignLeft, title);
        painter.setPen(colors.color(QPalette::Link));
        painter.drawText(row, Qt::AlignVCenter | Qt::AlignRight, marker);
    }
}

} // namespace mdesk::ui
