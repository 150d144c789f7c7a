#pragma once

#include <QStyledItemDelegate>

namespace mdesk::ui {

// Colours the outcome column of the event log from the palette (StatusColors): succeeded
// green, failed and erred red, retry_scheduled amber, started muted. The text stays, so
// colour is never the only cue. Selected rows keep the style's highlighted text colour.
class EventOutcomeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace mdesk::ui
