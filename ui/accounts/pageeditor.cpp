#include "ui/accounts/pageeditor.h"

#include "models/accounts/accountstore.h"
#include "ui/accounts/secretwrites.h"
#include "ui/accounts/tokencheckview.h"
#include "ui/widgets/messagebar.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mdesk::ui {

PageEditor::PageEditor(models::AccountStore *store, api::GraphClient *client, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_client(client)
    , m_heading(new QLabel(this))
    , m_app(new QComboBox(this))
    , m_id(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_checkButton(new QPushButton(tr("C&heck Token"), this))
    , m_check(new TokenCheckView(this))
    , m_message(new MessageBar(this))
    , m_save(new QPushButton(tr("&Save Page"), this))
{
    setObjectName(QStringLiteral("pageEditor"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);

    m_app->setObjectName(QStringLiteral("pageApp"));
    m_id->setObjectName(QStringLiteral("pageId"));
    m_id->setPlaceholderText(tr("For example 104729384756101"));
    m_name->setObjectName(QStringLiteral("pageName"));
    m_name->setPlaceholderText(tr("The Page's name"));
    m_token->setObjectName(QStringLiteral("pageToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText |
                                 Qt::ImhSensitiveData);
    m_token->setClearButtonEnabled(true);
    m_checkButton->setObjectName(QStringLiteral("checkPageToken"));
    m_checkButton->setToolTip(tr("Ask Graph whether the token is valid, what it may do and "
                                 "when it expires."));
    connect(m_checkButton, &QPushButton::clicked, this, &PageEditor::checkToken);

    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_checkButton);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&App:"), m_app);
    form->addRow(tr("Page &ID:"), m_id);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Page &token:"), tokenRow);
    form->addRow(QString(), m_check);
    qobject_cast<QLabel *>(form->labelForField(tokenRow))->setBuddy(m_token);

    auto *hint = new QLabel(tr("A Page access token comes from the Graph API Explorer or from "
                               "Import Pages. It goes to the system keychain only."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_message->setObjectName(QStringLiteral("pageEditorMessage"));
    m_save->setObjectName(QStringLiteral("savePage"));
    connect(m_save, &QPushButton::clicked, this, &PageEditor::save);
    for (QLineEdit *field : {m_id, m_name, m_token})
        connect(field, &QLineEdit::returnPressed, this, &PageEditor::save);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(hint);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addLayout(buttons);
    editNew();
}

bool PageEditor::isSaving() const
{
    return m_writes && m_writes->isRunning();
}

void PageEditor::fillApps(const QString &appId)
{
    m_app->clear();
    for (const models::AppAccount &app : m_store->apps()) {
        if (!app.sandbox)
            m_app->addItem(tr("%1 (%2)").arg(app.displayName(), app.id), app.id);
    }
    m_app->setCurrentIndex(std::max(0, m_app->findData(appId)));
}

QString PageEditor::selectedAppId() const
{
    return m_app->currentData().toString();
}

void PageEditor::editNew(const QString &appId)
{
    m_new = true;
    m_heading->setText(tr("New Page"));
    fillApps(appId);
    m_app->setEnabled(true);
    m_id->setReadOnly(false);
    m_id->clear();
    m_name->clear();
    m_token->clear();
    m_token->setPlaceholderText(tr("Page access token"));
    m_check->reset();
    m_message->hide();
}

void PageEditor::edit(const models::PageAccount &page)
{
    editNew(page.appId);
    m_new = false;
    m_heading->setText(tr("Page %1").arg(page.displayName()));
    m_app->setEnabled(false);
    m_id->setText(page.id);
    m_id->setReadOnly(true);
    m_name->setText(page.name);
    m_token->setPlaceholderText(tr("Stored in the keychain; type to replace it"));
}

void PageEditor::checkToken()
{
    m_check->check(m_client, selectedAppId(), m_token->text());
}

QString PageEditor::validate() const
{
    if (selectedAppId().isEmpty())
        return tr("Add the app this Page belongs to first.");
    const QString id = m_id->text().trimmed();
    if (!models::PageRef::isValidId(id))
        return tr("The Page ID is missing or has characters a Page ID cannot have.");
    if (m_new && m_store->page({selectedAppId(), id}))
        return tr("This app already has a Page with the ID %1.").arg(id);
    if (m_new && m_token->text().trimmed().isEmpty())
        return tr("A new Page needs its Page access token.");
    return {};
}

void PageEditor::save()
{
    if (isSaving())
        return;
    if (const QString problem = validate(); !problem.isEmpty()) {
        m_message->showMessage(MessageBar::Tone::Negative, problem);
        return;
    }
    const models::PageAccount page{selectedAppId(), m_id->text().trimmed(),
                                   m_name->text().trimmed(), false};
    const QString token = m_token->text().trimmed();
    if (token.isEmpty()) {
        if (!m_store->savePage(page)) {
            m_message->showMessage(MessageBar::Tone::Negative,
                                   tr("The Page could not be saved in the settings file."));
            return;
        }
        m_message->showMessage(MessageBar::Tone::Positive, tr("Saved."));
        Q_EMIT saved(page.ref());
        return;
    }
    // The token first: a Page is only kept once its token is safely in the keychain.
    setBusy(true);
    m_writes = new SecretWrites(m_store, this);
    m_writes->add(models::AccountStore::SecretKind::PageToken, page.appId, page.id, token,
                  [this, page] {
                      if (m_store->savePage(page))
                          m_token->clear();
                  });
    connect(m_writes, &SecretWrites::done, this, [this, page](const QStringList &failures) {
        m_writes->deleteLater();
        setBusy(false);
        if (!failures.isEmpty()) {
            m_message->showMessage(MessageBar::Tone::Negative,
                                   tr("The Page was not saved because its token could not be "
                                      "stored: %1")
                                       .arg(failures.join(QLatin1Char(' '))));
            return;
        }
        if (!m_store->page(page.ref())) {
            m_message->showMessage(MessageBar::Tone::Negative,
                                   tr("The token was stored, but the Page could not be saved "
                                      "in the settings file."));
            return;
        }
        m_new = false;
        m_app->setEnabled(false);
        m_id->setReadOnly(true);
        m_heading->setText(tr("Page %1").arg(page.displayName()));
        m_token->setPlaceholderText(tr("Stored in the keychain; type to replace it"));
        m_message->showMessage(MessageBar::Tone::Positive, tr("Saved."));
        Q_EMIT saved(page.ref());
    });
    m_writes->commit();
}

void PageEditor::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
    m_save->setText(busy ? tr("Saving…") : tr("&Save Page"));
}

} // namespace mdesk::ui
