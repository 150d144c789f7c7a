#pragma once

#include <QString>

class QLabel;
class QLayout;
class QWidget;

namespace mdesk::ui {

// The message beside a field of the tools tab (ToolForm's fields and the panels that are
// not ToolForms use this one label): wrapped, in the palette's negative tone
// (StatusColors), hidden while there is nothing to say. A label placed with below() also
// gives its problem to the field as the accessible description, so a screen reader says
// what is wrong with the field it is on.
namespace ProblemLabel {

QLabel *create(const QString &objectName, QWidget *parent);
// Sets the text and shows the label, or hides it for an empty problem; the field it sits
// under (below()) gets the same text as its accessible description.
void show(QLabel *label, const QString &problem);
// The field with its problem label right below it, as one widget for a form row (a
// hidden label then takes no room).
QWidget *below(QWidget *field, QLabel *problem, QWidget *parent);
QWidget *below(QLayout *field, QLabel *problem, QWidget *parent);

} // namespace ProblemLabel

} // namespace mdesk::ui
