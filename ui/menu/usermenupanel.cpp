#include "ui/menu/usermenupanel.h"

#include "api/graphclient.h"

#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mdesk::ui {

UserMenuPanel::UserMenuPanel(api::GraphClient *client, models::PageRef page,
                             std::function<QJsonArray()> currentMenu, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_page(std::move(page))
    , m_currentMenu(std::move(currentMenu))
    , m_psid(new QLineEdit(this))
    , m_load(new QPushButton(tr("&Load"), this))
    , m_apply(new QPushButton(tr("Give This User the Menu"), this))
    , m_reset(new QPushButton(tr("Reset to Page Menu"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("userMenuPanel"));
    m_psid->setObjectName(QStringLiteral("userMenuPsid"));
    m_load->setObjectName(QStringLiteral("userMenuLoad"));
    m_apply->setObjectName(QStringLiteral("userMenuApply"));
    m_reset->setObjectName(QStringLiteral("userMenuReset"));
    m_status->setObjectName(QStringLiteral("userMenuStatus"));
    m_psid->setPlaceholderText(tr("PSID of one user"));
    m_psid->setAccessibleName(tr("User PSID"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Menu for one user:"), this));
    row->addWidget(m_psid, 1);
    row->addWidget(m_load);
    row->addWidget(m_apply);
    row->addWidget(m_reset);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_status);
    const auto updateButtons = [this] {
        const bool hasPsid = !m_psid->text().trimmed().isEmpty();
        for (QPushButton *button : {m_load, m_apply, m_reset})
            button->setEnabled(hasPsid);
    };
    connect(m_psid, &QLineEdit::textChanged, this, updateButtons);
    connect(m_load, &QPushButton::clicked, this, &UserMenuPanel::load);
    connect(m_apply, &QPushButton::clicked, this, &UserMenuPanel::applyCurrentMenu);
    connect(m_reset, &QPushButton::clicked, this, &UserMenuPanel::reset);
    updateButtons();
}

QString UserMenuPanel::statusText() const
{
    return m_status->text();
}

void UserMenuPanel::load()
{
    run(QStringLiteral("fetch_user_persistent_menu"), {}, QString());
}

void UserMenuPanel::applyCurrentMenu()
{
    run(QStringLiteral("set_user_persistent_menu"),
        {{QStringLiteral("persistent_menu"), m_currentMenu()}},
        tr("User %1 now sees the menu being edited."));
}

void UserMenuPanel::reset()
{
    run(QStringLiteral("reset_user_persistent_menu"), {},
        tr("User %1 sees the page's menu again."));
}

void UserMenuPanel::run(const QString &op, const QJsonObject &input, const QString &done)
{
    const QString psid = m_psid->text().trimmed();
    QJsonObject withUser = input;
    withUser.insert(QStringLiteral("psid"), psid);
    api::CallOptions options;
    options.appId = m_page.appId;
    options.pageId = m_page.pageId;
    options.source = QStringLiteral("gui");
    m_status->setText(tr("Working…"));
    api::GraphReply *reply = m_client->call(op, withUser, options);
    connect(reply, &api::GraphReply::finished, this,
            [this, psid, done](const api::GraphResult &result) {
                if (!result.isOk()) {
                    m_status->setText(tr("Graph refused it: %1").arg(result.error().summary()));
                } else if (done.isEmpty()) {
                    const QJsonArray answer =
                        result.object().value(QStringLiteral("data")).toArray();
                    const QJsonArray menu =
                        answer.isEmpty() ? QJsonArray()
                                         : answer.first()
                                               .toObject()
                                               .value(QStringLiteral("user_level_persistent_menu"))
                                               .toArray();
                    m_status->setText(
                        menu.isEmpty()
                            ? tr("User %1 has no menu of their own; they see the page's menu.")
                                  .arg(psid)
                            : tr("User %1 has their own menu: %2")
                                  .arg(psid, QString::fromUtf8(QJsonDocument(menu).toJson(
                                                 QJsonDocument::Compact))));
                } else {
                    m_status->setText(done.arg(psid));
                }
                Q_EMIT finished(result);
            });
}

} // namespace mdesk::ui
