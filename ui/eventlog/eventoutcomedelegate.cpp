#include "ui/eventlog/eventoutcomedelegate.h"

#include "api/graphevent.h"
#include "models/eventlog/eventlogmodel.h"
#include "ui/eventlog/eventheadingdelegate.h"
#include "ui/widgets/statuscolors.h"

namespace mdesk::ui {

void EventOutcomeDelegate::initStyleOption(QStyleOptionViewItem *option,
                                           const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (EventHeadingDelegate::styleHeading(option, index))
        return;
    StatusColors::Tone tone = StatusColors::Tone::Neutral;
    switch (api::EventOutcome(index.data(models::EventLogModel::OutcomeRole).toInt())) {
    case api::EventOutcome::Started:
        tone = StatusColors::Tone::Muted;
        break;
    case api::EventOutcome::Succeeded:
        tone = StatusColors::Tone::Positive;
        break;
    case api::EventOutcome::Failed:
    case api::EventOutcome::Erred:
        tone = StatusColors::Tone::Negative;
        option->font.setBold(true);
        break;
    case api::EventOutcome::RetryScheduled:
        tone = StatusColors::Tone::Warning;
        break;
    }
    const QColor colour = StatusColors::foreground(tone, option->palette);
    option->palette.setColor(QPalette::Text, colour);
}

} // namespace mdesk::ui
