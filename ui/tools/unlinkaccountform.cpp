#include "ui/tools/unlinkaccountform.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mdesk::ui {

UnlinkAccountForm::UnlinkAccountForm(const PageContext &context, QWidget *parent)
    : ToolForm(QStringLiteral("unlinkAccountForm"), context, parent)
{
    auto *intro = new QLabel(tr("Ends the link between a person's Messenger account and their "
                                "account on your service (account linking). They can link "
                                "again from your login page."),
                             this);
    intro->setWordWrap(true);
    body()->addWidget(intro);
    auto *form = new QFormLayout;
    m_psid = new QLineEdit(this);
    m_psid->setObjectName(QStringLiteral("unlinkPsid"));
    m_psid->setPlaceholderText(tr("Page-scoped id of the person"));
    addField(form, tr("&PSID:"), m_psid, QStringLiteral("psid"));
    body()->addLayout(form);
    m_unlink = new QPushButton(tr("&Unlink account..."), this);
    m_unlink->setObjectName(QStringLiteral("unlinkSend"));
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_unlink);
    body()->addLayout(row);
    body()->addStretch();
    addAction(m_unlink, [this] { return checkInput(QStringLiteral("unlink_account"), input()); });
    connect(m_psid, &QLineEdit::textChanged, this, &ToolForm::revalidate);
    connect(m_psid, &QLineEdit::returnPressed, this, &UnlinkAccountForm::unlink);
    connect(m_unlink, &QPushButton::clicked, this, &UnlinkAccountForm::unlink);
    revalidate();
}

QJsonObject UnlinkAccountForm::input() const
{
    return {{QStringLiteral("psid"), m_psid->text().trimmed()}};
}

void UnlinkAccountForm::unlink()
{
    if (!m_unlink->isEnabled())
        return;
    const QString psid = m_psid->text().trimmed();
    if (!confirm(tr("Unlink account"),
                 tr("Unlink the account of %1 on %2? Their Messenger account is no longer linked "
                    "to their account on your service, and your webhook gets an "
                    "account_linking \"unlinked\" event. This cannot be undone here; only the "
                    "person can link again.")
                     .arg(psid, context().page.displayName()),
                 tr("Unlink")))
        return;
    run(QStringLiteral("unlink_account"), input(), tr("Unlinking %1...").arg(psid),
        [this, psid](const api::GraphResult &result) {
            if (result.isOk())
                showResult(
                    tr("%1 is unlinked. Graph answered: %2")
                        .arg(psid, result.object().value(QStringLiteral("result")).toString()));
        });
}

} // namespace mdesk::ui
