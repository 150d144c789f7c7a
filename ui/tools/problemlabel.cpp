#include "ui/tools/problemlabel.h"

#include "ui/widgets/statuscolors.h"

#include <QLabel>
#include <QPointer>
#include <QVBoxLayout>

namespace mdesk::ui {

namespace {

// The field a problem label describes (set by below()).
constexpr const char *kFieldProperty = "mdeskProblemField";

} // namespace

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
    if (auto *field = qobject_cast<QWidget *>(label->property(kFieldProperty).value<QObject *>()))
        field->setAccessibleDescription(problem);
}

QWidget *ProblemLabel::below(QWidget *field, QLabel *problem, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(problem);
    problem->setProperty(kFieldProperty, QVariant::fromValue<QObject *>(field));
    return box;
}

QWidget *ProblemLabel::below(QLayout *field, QLabel *problem, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(field);
    layout->addWidget(problem);
    return box;
}

} // namespace mdesk::ui
