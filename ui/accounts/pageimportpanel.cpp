#include "ui/accounts/pageimportpanel.h"

#include "api/pager.h"
#include "models/accounts/accountstore.h"
#include "ui/accounts/secretwrites.h"
#include "ui/accounts/tokencheckview.h"
#include "ui/widgets/messagebar.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace mdesk::ui {

namespace {
constexpr int PageIdRole = Qt::UserRole + 1;
}

PageImportPanel::PageImportPanel(models::AccountStore *store, api::GraphClient *client,
                                 QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_client(client)
    , m_app(new QComboBox(this))
    , m_userToken(new QLineEdit(this))
    , m_checkButton(new QPushButton(tr("C&heck Token"), this))
    , m_findButton(new QPushButton(tr("&Find Pages"), this))
    , m_check(new TokenCheckView(this))
    , m_found(new QListWidget(this))
    , m_message(new MessageBar(this))
    , m_add(new QPushButton(tr("&Add Selected Pages"), this))
{
    setObjectName(QStringLiteral("pageImportPanel"));
    auto *heading = new QLabel(tr("Import Pages"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    heading->setFont(headingFont);
    auto *hint = new QLabel(tr("A user access token with pages_show_list lists the Pages you "
                               "manage, each with its own Page token. The user token is used "
                               "once and never stored."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_app->setObjectName(QStringLiteral("importApp"));
    m_userToken->setObjectName(QStringLiteral("importUserToken"));
    m_userToken->setEchoMode(QLineEdit::Password);
    m_userToken->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText |
                                     Qt::ImhSensitiveData);
    m_userToken->setClearButtonEnabled(true);
    m_userToken->setPlaceholderText(tr("User access token"));
    m_checkButton->setObjectName(QStringLiteral("checkUserToken"));
    m_findButton->setObjectName(QStringLiteral("findPages"));
    connect(m_checkButton, &QPushButton::clicked, this, &PageImportPanel::checkToken);
    connect(m_findButton, &QPushButton::clicked, this, &PageImportPanel::findPages);
    connect(m_userToken, &QLineEdit::returnPressed, this, &PageImportPanel::findPages);

    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_userToken, 1);
    tokenRow->addWidget(m_checkButton);
    tokenRow->addWidget(m_findButton);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Into &app:"), m_app);
    form->addRow(tr("&User token:"), tokenRow);
    form->addRow(QString(), m_check);
    qobject_cast<QLabel *>(form->labelForField(tokenRow))->setBuddy(m_userToken);

    m_found->setObjectName(QStringLiteral("foundPages"));
    m_found->setAccessibleName(tr("Pages found"));
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_add->setObjectName(QStringLiteral("addFoundPages"));
    m_add->setEnabled(false);
    connect(m_add, &QPushButton::clicked, this, &PageImportPanel::addSelected);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_add);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(hint);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_found, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
}

PageImportPanel::~PageImportPanel()
{
    if (m_pager)
        m_pager->cancel();
}

bool PageImportPanel::isBusy() const
{
    return m_pager || (m_writes && m_writes->isRunning());
}

void PageImportPanel::start(const QString &appId)
{
    m_app->clear();
    for (const models::AppAccount &app : m_store->apps()) {
        if (!app.sandbox)
            m_app->addItem(tr("%1 (%2)").arg(app.displayName(), app.id), app.id);
    }
    m_app->setCurrentIndex(std::max(0, m_app->findData(appId)));
    m_found->clear();
    m_pages.clear();
    m_check->reset();
    m_message->hide();
    m_add->setEnabled(false);
}

QString PageImportPanel::selectedAppId() const
{
    return m_app->currentData().toString();
}

void PageImportPanel::checkToken()
{
    m_check->check(m_client, selectedAppId(), m_userToken->text());
}

void PageImportPanel::findPages()
{
    if (isBusy())
        return;
    if (selectedAppId().isEmpty()) {
        m_message->showMessage(MessageBar::Tone::Negative,
                               tr("Add the app the Pages should belong to first."));
        return;
    }
    if (m_userToken->text().trimmed().isEmpty()) {
        m_message->showMessage(MessageBar::Tone::Negative,
                               tr("Type or paste a user access token first."));
        return;
    }
    m_found->clear();
    m_pages.clear();
    m_message->hide();
    api::CallOptions options;
    options.appId = selectedAppId();
    options.userToken = m_userToken->text().trimmed();
    options.source = QStringLiteral("gui");
    m_foundForApp = options.appId;
    m_pager = new api::Pager(m_client, QStringLiteral("list_pages"), {}, options, this);
    connect(m_pager, &api::Pager::finished, this, &PageImportPanel::onPagesFound);
    setBusy(true);
    m_pager->start();
}

void PageImportPanel::onPagesFound(const api::GraphResult &result)
{
    m_pager->deleteLater();
    m_pager = nullptr;
    setBusy(false);
    if (!result.isOk()) {
        m_message->showMessage(
            MessageBar::Tone::Negative,
            tr("The Pages could not be listed: %1").arg(result.error().summary()));
        return;
    }
    for (const QJsonValue &value : result.object().value(QStringLiteral("data")).toArray()) {
        const QJsonObject page = value.toObject();
        const QString id = page.value(QStringLiteral("id")).toString();
        const QString token = page.value(QStringLiteral("access_token")).toString();
        if (!models::PageRef::isValidId(id) || token.isEmpty())
            continue;
        const QString name = page.value(QStringLiteral("name")).toString();
        m_pages.insert(id, {name, token});
        const bool known = m_store->page({m_foundForApp, id}).has_value();
        auto *item = new QListWidgetItem(
            known ? tr("%1 (%2), already added; adding it again replaces its token").arg(name, id)
                  : tr("%1 (%2)").arg(name, id),
            m_found);
        item->setData(PageIdRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(known ? Qt::Unchecked : Qt::Checked);
    }
    if (m_pages.isEmpty()) {
        m_message->showMessage(MessageBar::Tone::Warning,
                               tr("Graph lists no Pages with a Page token for this user."));
        return;
    }
    m_message->showMessage(
        MessageBar::Tone::Information,
        tr("Found %n Page(s). Choose the ones to add.", nullptr, int(m_pages.size())));
    m_add->setEnabled(true);
}

void PageImportPanel::addSelected()
{
    if (isBusy())
        return;
    m_writes = new SecretWrites(m_store, this);
    auto added = std::make_shared<int>(0);
    for (int row = 0; row < m_found->count(); ++row) {
        QListWidgetItem *item = m_found->item(row);
        if (item->checkState() != Qt::Checked)
            continue;
        const QString id = item->data(PageIdRole).toString();
        const Found found = m_pages.value(id);
        const models::PageAccount page{m_foundForApp, id, found.name, false};
        m_writes->add(models::AccountStore::SecretKind::PageToken, page.appId, page.id, found.token,
                      [this, page, item, added] {
                          if (!m_store->savePage(page))
                              return;
                          ++*added;
                          m_pages.remove(page.id);
                          delete item;
                      });
    }
    connect(m_writes, &SecretWrites::done, this, [this, added](const QStringList &failures) {
        m_writes->deleteLater();
        setBusy(false);
        m_add->setEnabled(m_found->count() > 0);
        if (!failures.isEmpty())
            m_message->showMessage(MessageBar::Tone::Negative,
                                   tr("%n Page(s) added; the others were not, because their "
                                      "tokens could not be stored: %1",
                                      nullptr, *added)
                                       .arg(failures.join(QLatin1Char(' '))));
        else if (*added == 0)
            m_message->showMessage(MessageBar::Tone::Warning, tr("No Page was chosen."));
        else
            m_message->showMessage(MessageBar::Tone::Positive,
                                   tr("Added %n Page(s).", nullptr, *added));
        if (*added > 0)
            Q_EMIT pagesAdded(*added);
    });
    setBusy(true);
    m_writes->commit();
}

void PageImportPanel::setBusy(bool busy)
{
    m_findButton->setEnabled(!busy);
    m_checkButton->setEnabled(!busy);
    m_add->setEnabled(!busy && m_found->count() > 0);
    m_app->setEnabled(!busy);
}

} // namespace mdesk::ui
