#include "ui/tools/problemlabel.h"

#include "ui/widgets/statuscolors.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QPointer>
#include <QVBoxLayout>

namespace mdesk::ui {

namespace {

// The field a problem label describes (set by below()).
constexpr const char *kFieldProperty = "mdeskProblemField";

// The negative tone for the palette around the label (its parent's, else the
// application's).
void applyTone(QLabel *label)
{
    const QPalette around =
        label->parentWidget() ? label->parentWidget()->palette() : QApplication::palette();
    const QColor tone = StatusColors::foreground(StatusColors::Tone::Negative, around);
    if (label->palette().color(QPalette::WindowText) == tone)
        return;
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, tone);
    label->setPalette(palette);
}

// Keeps the tone readable when the palette changes later (a dark desktop theme switched on
// while the window is open): the colour is set on the label, so it would not follow.
class ToneKeeper : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ParentChange)
            applyTone(static_cast<QLabel *>(watched));
        return false;
    }
};

} // namespace

QLabel *ProblemLabel::create(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    applyTone(label);
    label->installEventFilter(new ToneKeeper(label));
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
