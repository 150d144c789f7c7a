#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace mdesk::ui {

// The message beside a field of a tool form: wrapped, in the palette's negative tone
// (StatusColors), hidden while there is nothing to say.
namespace ProblemLabel {

QLabel *create(const QString &objectName, QWidget *parent);
// Sets the text and shows the label, or hides it for an empty problem.
void show(QLabel *label, const QString &problem);

} // namespace ProblemLabel

} // namespace mdesk::ui
