#pragma once

#include "api/fieldrules.h"

#include <QGroupBox>
#include <QJsonValue>
#include <functional>

class QLabel;
class QVBoxLayout;

namespace mdesk::ui {

// One profile field in the Profile tab: a checkable group ("checked" = the field is set,
// unchecked = it is cleared on apply), the editor inside, the rule violations under it, and
// a deprecation note where Graph dropped the field.
//
// Contract: edited() when the user toggles the group or changes the editor; never when
// showValue() or showViolations() are called from code.
class FieldSection : public QGroupBox
{
    Q_OBJECT
public:
    using Reader = std::function<QJsonValue()>;
    using Writer = std::function<void(const QJsonValue &)>;

    FieldSection(QString field, const QString &title, QWidget *editor, Reader read, Writer write,
                 QWidget *parent = nullptr);

    const QString &field() const { return m_field; }
    // The value to put in the draft: undefined when the group is unchecked.
    QJsonValue value() const;
    void showValue(const QJsonValue &value);
    void showViolations(const QList<api::Violation> &violations);
    void setDeprecationNote(const QString &note);
    // Call from the editor's own change signal.
    void editorChanged();

Q_SIGNALS:
    void edited();

private:
    QString m_field;
    Reader m_read;
    Writer m_write;
    QLabel *m_issues;
    QLabel *m_deprecation;
    bool m_updating = false;
};

} // namespace mdesk::ui
