#include "ui/tools/problemlabel.h"

#include "ui/widgets/statuscolors.h"

#include <QLabel>

namespace mdesk::ui {

QLabel *ProblemLabel::create(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText,
                     StatusColors::foreground(StatusColors::Tone::Negative, palette));
    label->setPalette(palette);
    label->setVisible(false);
    return label;
}

void ProblemLabel::show(QLabel *label, const QString &problem)
{
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
}

} // namespace mdesk::ui
