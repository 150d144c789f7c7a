#include "ui/shell/pagelistdelegate.h"

#include "api/graphversions.h"
#include "models/accounts/pagelistmodel.h"
#include "ui/widgets/statuscolors.h"

#include <QApplication>
#include <QPainter>

namespace mdesk::ui {

namespace {
constexpr int BadgePadding = 6;
constexpr int Gap = 8;

bool isApp(const QModelIndex &index)
{
    return index.data(models::PageListModel::KindRole).toInt() ==
           int(models::PageListModel::Kind::App);
}
} // namespace

void PageListDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (isApp(index))
        option->font.setBold(true);
}

QString PageListDelegate::badgeText(const QModelIndex &index) const
{
    if (isApp(index)) {
        // "v23.0, until 2027-10-08"; a warning sign once it ends within 90 days or ended.
        const api::GraphVersion version = api::GraphVersion::parse(
            index.data(models::PageListModel::GraphVersionRole).toString());
        if (!version.isValid())
            return index.data(models::PageListModel::GraphVersionRole).toString();
        const bool current =
            api::GraphVersions::status(version) == api::GraphVersions::Status::Current;
        return (current ? QString() : QStringLiteral("\u26a0 ")) +
               api::GraphVersions::describe(version);
    }
    if (index.data(models::PageListModel::SandboxRole).toBool())
        return tr("Sandbox");
    return {};
}

void PageListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const QString badge = badgeText(index);
    if (badge.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QString text = opt.text;
    opt.text.clear();
    // Background, selection and focus as the style draws them, without the text.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    QFont badgeFont = opt.font;
    badgeFont.setBold(false);
    badgeFont.setPointSizeF(badgeFont.pointSizeF() * 0.85);
    const QFontMetrics badgeMetrics(badgeFont);
    const int badgeWidth = badgeMetrics.horizontalAdvance(badge) + 2 * BadgePadding;
    const int badgeHeight = badgeMetrics.height() + 2;
    const QRect badgeRect(textRect.right() - badgeWidth, textRect.center().y() - badgeHeight / 2,
                          badgeWidth, badgeHeight);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group =
        opt.state.testFlag(QStyle::State_Enabled)
            ? (opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive)
            : QPalette::Disabled;
    QPalette palette = opt.palette;
    palette.setCurrentColorGroup(group);
    const QColor textColor = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);

    painter->save();
    painter->setFont(opt.font);
    painter->setPen(textColor);
    const QRect nameRect = textRect.adjusted(0, 0, -(badgeWidth + Gap), 0);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(opt.font).elidedText(text, Qt::ElideRight, nameRect.width()));

    painter->setFont(badgeFont);
    if (isApp(index)) {
        painter->setPen(selected ? textColor : palette.color(QPalette::PlaceholderText));
        painter->drawText(badgeRect, Qt::AlignCenter, badge);
    } else {
        painter->setRenderHint(QPainter::Antialiasing);
        const auto tone = StatusColors::Tone::Information;
        painter->setPen(selected ? textColor : StatusColors::frame(tone, palette));
        painter->setBrush(selected ? Qt::NoBrush : QBrush(StatusColors::background(tone, palette)));
        painter->drawRoundedRect(QRectF(badgeRect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->setPen(textColor);
        painter->drawText(badgeRect, Qt::AlignCenter, badge);
    }
    painter->restore();
}

} // namespace mdesk::ui
