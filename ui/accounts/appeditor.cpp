#include "ui/accounts/appeditor.h"

#include "api/appconnection.h"
#include "api/graphversion.h"
#include "api/graphversions.h"
#include "models/accounts/accountstore.h"
#include "ui/accounts/secretwrites.h"
#include "ui/widgets/messagebar.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mdesk::ui {

namespace {
// The calendar's versions (with their dates), then older ones whose rules differ.
QList<api::GraphVersion> knownVersions()
{
    QList<api::GraphVersion> versions;
    for (const api::GraphVersionInfo &info : api::GraphVersions::all())
        versions.append(info.version);
    for (const api::GraphVersion legacy :
         {api::GraphVersion{12, 0}, api::GraphVersion{8, 0}, api::GraphVersion{7, 0},
          api::GraphVersion{4, 0}, api::GraphVersion{3, 3}})
        versions.append(legacy);
    return versions;
}
} // namespace

AppEditor::AppEditor(models::AccountStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_heading(new QLabel(this))
    , m_id(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_version(new QComboBox(this))
    , m_versionNote(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_appToken(new QLineEdit(this))
    , m_message(new MessageBar(this))
    , m_save(new QPushButton(tr("&Save App"), this))
{
    setObjectName(QStringLiteral("appEditor"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);

    m_id->setObjectName(QStringLiteral("appId"));
    m_id->setPlaceholderText(tr("For example 581230947716201"));
    m_name->setObjectName(QStringLiteral("appName"));
    m_name->setPlaceholderText(tr("A name you recognise"));
    m_version->setObjectName(QStringLiteral("appGraphVersion"));
    m_versionNote->setObjectName(QStringLiteral("appGraphVersionNote"));
    m_versionNote->setWordWrap(true);
    m_versionNote->hide();
    connect(m_version, &QComboBox::currentTextChanged, this, &AppEditor::showVersionNote);
    m_version->setEditable(true);
    m_version->setInsertPolicy(QComboBox::NoInsert);
    m_url->setObjectName(QStringLiteral("appGraphUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://graph.facebook.com"));
    m_url->setToolTip(tr("Leave empty for Facebook. Plain http is accepted only for this "
                         "computer (a sandbox)."));
    m_secret->setObjectName(QStringLiteral("appSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_appToken->setObjectName(QStringLiteral("appToken"));
    m_appToken->setEchoMode(QLineEdit::Password);
    m_appToken->setPlaceholderText(tr("Optional; otherwise APP_ID|SECRET is used"));
    for (QLineEdit *secret : {m_secret, m_appToken}) {
        secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText |
                                    Qt::ImhSensitiveData);
        secret->setClearButtonEnabled(true);
    }

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("App &ID:"), m_id);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Graph &version:"), m_version);
    form->addRow(QString(), m_versionNote);
    form->addRow(tr("Graph &URL:"), m_url);
    form->addRow(tr("App s&ecret:"), m_secret);
    form->addRow(tr("App &token:"), m_appToken);

    auto *hint = new QLabel(tr("The app ID and secret are on developers.facebook.com under "
                               "App settings > Basic. Secrets go to the system keychain only."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_message->setObjectName(QStringLiteral("appEditorMessage"));
    m_save->setObjectName(QStringLiteral("saveApp"));
    m_save->setDefault(false);
    connect(m_save, &QPushButton::clicked, this, &AppEditor::save);
    for (QLineEdit *field : {m_id, m_name, m_url, m_secret, m_appToken})
        connect(field, &QLineEdit::returnPressed, this, &AppEditor::save);
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

bool AppEditor::isSaving() const
{
    return m_writes && m_writes->isRunning();
}

QString AppEditor::appId() const
{
    return m_id->text().trimmed();
}

void AppEditor::editNew()
{
    m_new = true;
    m_heading->setText(tr("New app"));
    m_id->setReadOnly(false);
    m_id->clear();
    m_name->clear();
    m_version->clear();
    m_version->addItem(tr("Default (%1)").arg(m_store->defaultGraphVersion()), QString());
    for (const api::GraphVersion &version : knownVersions())
        m_version->addItem(api::GraphVersions::describe(version), version.toString());
    m_version->setCurrentIndex(0);
    showVersionNote();
    m_url->clear();
    m_secret->clear();
    m_secret->setPlaceholderText(tr("Needed for appsecret_proof and the app token"));
    m_appToken->clear();
    m_message->hide();
}

void AppEditor::edit(const models::AppAccount &app)
{
    editNew();
    m_new = false;
    m_heading->setText(tr("App %1").arg(app.displayName()));
    m_id->setText(app.id);
    m_id->setReadOnly(true);
    m_name->setText(app.name);
    const int index = m_version->findData(app.graphVersion);
    if (index >= 0)
        m_version->setCurrentIndex(index);
    else
        m_version->setEditText(app.graphVersion);
    m_url->setText(app.baseUrl.toString());
    if (app.hasSecret)
        m_secret->setPlaceholderText(tr("Stored in the keychain; type to replace it"));
}

QString AppEditor::chosenVersion() const
{
    // A listed entry ("v23.0, until 2027-10-08") stands for its version; the first,
    // "Default (v26.0)", for no version of the app's own. Anything else was typed.
    const QString text = m_version->currentText().trimmed();
    const int index = m_version->findText(text);
    return index >= 0 ? m_version->itemData(index).toString() : text;
}

void AppEditor::showVersionNote()
{
    const QString chosen = chosenVersion();
    const api::GraphVersion version =
        api::GraphVersion::parse(chosen.isEmpty() ? m_store->defaultGraphVersion() : chosen);
    const QString notice = version.isValid() ? api::GraphVersions::notice(version) : QString();
    m_versionNote->setText(notice.isEmpty() ? QString() : QStringLiteral("\u26a0 ") + notice);
    m_versionNote->setVisible(!notice.isEmpty());
}

QString AppEditor::validate() const
{
    if (!models::PageRef::isValidId(appId()))
        return tr("The app ID is missing or has characters an app ID cannot have.");
    const QString version = chosenVersion();
    if (!version.isEmpty() && !api::GraphVersion::parse(version).isValid())
        return tr("\"%1\" is not a Graph version; write it like v23.0.").arg(version);
    const QString url = m_url->text().trimmed();
    if (!url.isEmpty()) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || !api::isAllowedGraphUrl(parsed))
            return tr("The Graph URL must use https; plain http is accepted only for this "
                      "computer.");
    }
    if (m_new && m_store->app(appId()))
        return tr("An app with the ID %1 exists already.").arg(appId());
    return {};
}

void AppEditor::save()
{
    if (isSaving())
        return;
    if (const QString problem = validate(); !problem.isEmpty()) {
        m_message->showMessage(MessageBar::Tone::Negative, problem);
        return;
    }
    models::AppAccount app;
    app.id = appId();
    app.name = m_name->text().trimmed();
    app.graphVersion = chosenVersion();
    app.baseUrl = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    if (!m_store->saveApp(app)) {
        m_message->showMessage(MessageBar::Tone::Negative,
                               tr("The app could not be saved in the settings file."));
        return;
    }
    m_new = false;
    m_id->setReadOnly(true);
    m_heading->setText(tr("App %1").arg(app.displayName()));

    setBusy(true);
    m_writes = new SecretWrites(m_store, this);
    connect(m_writes, &SecretWrites::done, this, &AppEditor::onSecretsDone);
    using Kind = models::AccountStore::SecretKind;
    if (!m_secret->text().isEmpty())
        m_writes->add(Kind::AppSecret, app.id, {}, m_secret->text(), [this] { m_secret->clear(); });
    if (!m_appToken->text().isEmpty())
        m_writes->add(Kind::AppToken, app.id, {}, m_appToken->text(),
                      [this] { m_appToken->clear(); });
    m_writes->commit();
}

void AppEditor::onSecretsDone(const QStringList &failures)
{
    m_writes->deleteLater();
    setBusy(false);
    if (!failures.isEmpty()) {
        m_message->showMessage(MessageBar::Tone::Negative,
                               tr("The app was saved, but a secret was not stored: %1")
                                   .arg(failures.join(QLatin1Char(' '))));
        return;
    }
    if (const auto app = m_store->app(appId()); app && app->hasSecret)
        m_secret->setPlaceholderText(tr("Stored in the keychain; type to replace it"));
    m_message->showMessage(MessageBar::Tone::Positive, tr("Saved."));
    Q_EMIT saved(appId());
}

void AppEditor::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
    m_save->setText(busy ? tr("Saving…") : tr("&Save App"));
}

} // namespace mdesk::ui
