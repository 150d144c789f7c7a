#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace mdesk::ui {

// One-line, human summaries of Messenger profile fields for the page overview:
// "“Hi {{user_first_name}}! …” and 1 more locale", "3 items", ...
class ProfileSummary
{
    Q_DECLARE_TR_FUNCTIONS(mdesk::ui::ProfileSummary)

public:
    // The label for a profile field ("greeting" -> "Greeting").
    static QString fieldLabel(const QString &field);
    // A summary of a field's value; empty when the value is unset or empty.
    static QString describe(const QString &field, const QJsonValue &value);

private:
    static QString quoted(const QString &text);
};

} // namespace mdesk::ui
