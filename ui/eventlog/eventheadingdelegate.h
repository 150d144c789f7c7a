#pragma once

#include <QStyledItemDelegate>

namespace mdesk::ui {

// Draws the event log's heading rows ("Earlier runs", "This run") in bold on the window
// colour, so they read as section titles and not as events; other rows as usual.
class EventHeadingDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Styles option as a heading when index is one; true then.
    static bool styleHeading(QStyleOptionViewItem *option, const QModelIndex &index);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace mdesk::ui
