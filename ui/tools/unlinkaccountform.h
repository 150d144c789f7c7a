#pragma once

#include "ui/tools/toolform.h"

class QLineEdit;
class QPushButton;

namespace mdesk::ui {

// Unlink account: ends the account linking of one person (unlink_account, a PSID), after a
// confirmation that says what happens. Graph's answer is shown in the bar.
class UnlinkAccountForm : public ToolForm
{
    Q_OBJECT
public:
    explicit UnlinkAccountForm(const PageContext &context, QWidget *parent = nullptr);

private:
    QJsonObject input() const;
    void unlink();

    QLineEdit *m_psid;
    QPushButton *m_unlink;
};

} // namespace mdesk::ui
