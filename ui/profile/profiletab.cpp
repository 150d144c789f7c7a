#include "ui/profile/profiletab.h"

#include "api/graphclient.h"
#include "api/operationtable.h"
#include "models/files/boundedfilereader.h"
#include "models/jsonfile.h"
#include "models/live/livepageregistry.h"
#include "models/profile/profilesession.h"
#include "ui/profile/countrypicker.h"
#include "ui/profile/fieldsection.h"
#include "ui/profile/greetingeditor.h"
#include "ui/profile/icebreakereditor.h"
#include "ui/widgets/fieldconflictview.h"
#include "ui/widgets/reviewchangesdialog.h"
#include "ui/widgets/setfieldcommand.h"
#include "ui/widgets/stringlisteditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>

namespace mdesk::ui {

namespace {

QLineEdit *lineEdit(const QString &objectName, const QString &placeholder,
                    const QString &accessible)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(accessible);
    edit->setClearButtonEnabled(true);
    return edit;
}

QStringList toStrings(const QJsonValue &value)
{
    QStringList strings;
    for (const auto &item : value.toArray())
        strings.append(item.isString() ? item.toString()
                                       : QString::number(item.toDouble(), 'f', 0));
    return strings;
}

} // namespace

ProfileTab::ProfileTab(api::GraphClient *client, models::ProfileSession *session, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_session(session)
    , m_undo(new QUndoStack(this))
    , m_fetch(new QPushButton(tr("Fetch fr&om Page"), this))
    , m_review(new QPushButton(tr("Revie&w Changes…"), this))
    , m_apply(new QPushButton(tr("Appl&y"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
    , m_import(new QPushButton(tr("&Import…"), this))
    , m_export(new QPushButton(tr("E&xport…"), this))
    , m_copy(new QPushButton(tr("&Copy to Pages…"), this))
    , m_status(new QLabel(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("profileTab"));
    m_fetch->setObjectName(QStringLiteral("profileFetch"));
    m_review->setObjectName(QStringLiteral("profileReview"));
    m_apply->setObjectName(QStringLiteral("profileApply"));
    m_revert->setObjectName(QStringLiteral("profileRevert"));
    m_import->setObjectName(QStringLiteral("profileImport"));
    m_export->setObjectName(QStringLiteral("profileExport"));
    m_copy->setObjectName(QStringLiteral("profileCopy"));
    m_status->setObjectName(QStringLiteral("profileStatus"));
    m_summary->setObjectName(QStringLiteral("profileSummary"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fetch->setToolTip(tr("Load every profile field from the page in one call."));
    m_apply->setToolTip(
        tr("Send the draft to the page in one call (two when fields are cleared)."));

    auto *content = new QWidget;
    auto *sections = new QVBoxLayout(content);

    auto *greeting = new GreetingEditor;
    FieldSection *greetingSection = addSection(
        QStringLiteral("greeting"), tr("Greeting"), greeting,
        [greeting] { return QJsonValue(greeting->value()); },
        [greeting](const QJsonValue &value) { greeting->setValue(value.toArray()); });
    connect(greeting, &GreetingEditor::edited, greetingSection, &FieldSection::editorChanged);

    auto *payload = lineEdit(QStringLiteral("getStartedPayload"), QStringLiteral("GET_STARTED"),
                             tr("Get started payload"));
    FieldSection *getStarted = addSection(
        QStringLiteral("get_started"), tr("Get Started Button"), payload,
        [payload] {
            return QJsonValue(QJsonObject{{QStringLiteral("payload"), payload->text()}});
        },
        [payload](const QJsonValue &value) {
            const QString text = value.toObject().value(QStringLiteral("payload")).toString();
            if (payload->text() != text)
                payload->setText(text);
        });
    connect(payload, &QLineEdit::textEdited, getStarted, &FieldSection::editorChanged);

    auto *iceBreakers = new IceBreakerEditor;
    FieldSection *iceSection = addSection(
        QStringLiteral("ice_breakers"), tr("Ice Breakers"), iceBreakers,
        [iceBreakers] { return iceBreakers->value(); },
        [iceBreakers](const QJsonValue &value) { iceBreakers->setValue(value); });
    connect(iceBreakers, &IceBreakerEditor::edited, iceSection, &FieldSection::editorChanged);

    auto *domains = new StringListEditor(QStringLiteral("https://www.example.com"),
                                         api::FieldRules::kMaxDomains);
    domains->setObjectName(QStringLiteral("whitelistedDomains"));
    FieldSection *domainSection = addSection(
        QStringLiteral("whitelisted_domains"), tr("Whitelisted Domains"), domains,
        [domains] { return QJsonValue(QJsonArray::fromStringList(domains->values())); },
        [domains](const QJsonValue &value) { domains->setValues(toStrings(value)); });
    connect(domains, &StringListEditor::edited, domainSection, &FieldSection::editorChanged);

    auto *linking =
        lineEdit(QStringLiteral("accountLinkingUrl"),
                 QStringLiteral("https://login.example.com/messenger"), tr("Account linking URL"));
    FieldSection *linkingSection = addSection(
        QStringLiteral("account_linking_url"), tr("Account Linking URL"), linking,
        [linking] { return QJsonValue(linking->text()); },
        [linking](const QJsonValue &value) {
            if (linking->text() != value.toString())
                linking->setText(value.toString());
        });
    connect(linking, &QLineEdit::textEdited, linkingSection, &FieldSection::editorChanged);

    auto *homeBox = new QWidget;
    auto *homeUrl = lineEdit(QStringLiteral("homeUrl"), QStringLiteral("https://app.example.com"),
                             tr("Home URL"));
    auto *inTest = new QCheckBox(tr("Only for testers (in_test)"));
    inTest->setObjectName(QStringLiteral("homeUrlInTest"));
    auto *hideShare = new QCheckBox(tr("Hide the share button"));
    hideShare->setObjectName(QStringLiteral("homeUrlHideShare"));
    auto *homeForm = new QFormLayout(homeBox);
    homeForm->setContentsMargins(0, 0, 0, 0);
    homeForm->addRow(tr("URL:"), homeUrl);
    homeForm->addRow(QString(), inTest);
    homeForm->addRow(QString(), hideShare);
    FieldSection *homeSection = addSection(
        QStringLiteral("home_url"), tr("Home URL"), homeBox,
        [homeUrl, inTest, hideShare] {
            QJsonObject home{{QStringLiteral("url"), homeUrl->text()},
                             {QStringLiteral("webview_height_ratio"), QStringLiteral("tall")},
                             {QStringLiteral("in_test"), inTest->isChecked()}};
            if (hideShare->isChecked())
                home.insert(QStringLiteral("webview_share_button"), QStringLiteral("hide"));
            return QJsonValue(home);
        },
        [homeUrl, inTest, hideShare](const QJsonValue &value) {
            const QJsonObject home = value.toObject();
            if (homeUrl->text() != home.value(QStringLiteral("url")).toString())
                homeUrl->setText(home.value(QStringLiteral("url")).toString());
            inTest->setChecked(home.value(QStringLiteral("in_test")).toBool());
            hideShare->setChecked(home.value(QStringLiteral("webview_share_button")).toString() ==
                                  QLatin1String("hide"));
        });
    connect(homeUrl, &QLineEdit::textEdited, homeSection, &FieldSection::editorChanged);
    connect(inTest, &QCheckBox::clicked, homeSection, &FieldSection::editorChanged);
    connect(hideShare, &QCheckBox::clicked, homeSection, &FieldSection::editorChanged);

    auto *audienceBox = new QWidget;
    auto *audienceType = new QComboBox;
    audienceType->setObjectName(QStringLiteral("audienceType"));
    audienceType->setAccessibleName(tr("Audience type"));
    audienceType->addItem(tr("Everyone"), QStringLiteral("all"));
    audienceType->addItem(tr("Chosen countries"), QStringLiteral("custom"));
    audienceType->addItem(tr("No one"), QStringLiteral("none"));
    auto *whitelist = new QRadioButton(tr("Only these countries"));
    whitelist->setObjectName(QStringLiteral("audienceWhitelist"));
    auto *blacklist = new QRadioButton(tr("Everyone except these countries"));
    blacklist->setObjectName(QStringLiteral("audienceBlacklist"));
    whitelist->setChecked(true);
    auto *countries = new CountryPicker;
    auto *audienceLayout = new QVBoxLayout(audienceBox);
    audienceLayout->setContentsMargins(0, 0, 0, 0);
    audienceLayout->addWidget(audienceType);
    audienceLayout->addWidget(whitelist);
    audienceLayout->addWidget(blacklist);
    audienceLayout->addWidget(countries);
    const auto updateAudience = [audienceType, whitelist, blacklist, countries] {
        const bool custom = audienceType->currentData().toString() == QLatin1String("custom");
        whitelist->setEnabled(custom);
        blacklist->setEnabled(custom);
        countries->setEnabled(custom);
    };
    FieldSection *audienceSection = addSection(
        QStringLiteral("target_audience"), tr("Target Audience"), audienceBox,
        [audienceType, whitelist, countries] {
            QJsonObject audience{
                {QStringLiteral("audience_type"), audienceType->currentData().toString()}};
            if (audience.value(QStringLiteral("audience_type")) ==
                QJsonValue(QStringLiteral("custom")))
                audience.insert(QStringLiteral("countries"),
                                QJsonObject{{whitelist->isChecked() ? QStringLiteral("whitelist")
                                                                    : QStringLiteral("blacklist"),
                                             QJsonArray::fromStringList(countries->codes())}});
            return QJsonValue(audience);
        },
        [audienceType, whitelist, blacklist, countries, updateAudience](const QJsonValue &value) {
            const QJsonObject audience = value.toObject();
            const int index =
                audienceType->findData(audience.value(QStringLiteral("audience_type")).toString());
            const QSignalBlocker blocker(audienceType);
            audienceType->setCurrentIndex(std::max(0, index));
            const QJsonObject lists = audience.value(QStringLiteral("countries")).toObject();
            const bool black = lists.contains(QStringLiteral("blacklist"));
            (black ? blacklist : whitelist)->setChecked(true);
            countries->setCodes(toStrings(
                lists.value(black ? QStringLiteral("blacklist") : QStringLiteral("whitelist"))));
            updateAudience();
        });
    connect(audienceType, &QComboBox::currentIndexChanged, audienceSection,
            [audienceSection, updateAudience] {
                updateAudience();
                audienceSection->editorChanged();
            });
    connect(whitelist, &QRadioButton::clicked, audienceSection, &FieldSection::editorChanged);
    connect(blacklist, &QRadioButton::clicked, audienceSection, &FieldSection::editorChanged);
    connect(countries, &CountryPicker::edited, audienceSection, &FieldSection::editorChanged);
    updateAudience();

    auto *paymentBox = new QWidget;
    auto *privacy =
        lineEdit(QStringLiteral("paymentPrivacyUrl"),
                 QStringLiteral("https://www.example.com/privacy"), tr("Privacy policy URL"));
    auto *publicKey = lineEdit(QStringLiteral("paymentPublicKey"), QString(), tr("Public key"));
    auto *testUsers = new StringListEditor(QStringLiteral("1234567890"), 100);
    testUsers->setObjectName(QStringLiteral("paymentTestUsers"));
    auto *paymentForm = new QFormLayout(paymentBox);
    paymentForm->setContentsMargins(0, 0, 0, 0);
    paymentForm->addRow(tr("Privacy URL:"), privacy);
    paymentForm->addRow(tr("Public key:"), publicKey);
    paymentForm->addRow(tr("Test users:"), testUsers);
    FieldSection *paymentSection = addSection(
        QStringLiteral("payment_settings"), tr("Payment Settings"), paymentBox,
        [privacy, publicKey, testUsers] {
            QJsonObject payment;
            if (!privacy->text().isEmpty())
                payment.insert(QStringLiteral("privacy_url"), privacy->text());
            if (!publicKey->text().isEmpty())
                payment.insert(QStringLiteral("public_key"), publicKey->text());
            if (!testUsers->values().isEmpty())
                payment.insert(QStringLiteral("test_users"),
                               QJsonArray::fromStringList(testUsers->values()));
            return QJsonValue(payment);
        },
        [privacy, publicKey, testUsers](const QJsonValue &value) {
            const QJsonObject payment = value.toObject();
            if (privacy->text() != payment.value(QStringLiteral("privacy_url")).toString())
                privacy->setText(payment.value(QStringLiteral("privacy_url")).toString());
            if (publicKey->text() != payment.value(QStringLiteral("public_key")).toString())
                publicKey->setText(payment.value(QStringLiteral("public_key")).toString());
            testUsers->setValues(toStrings(payment.value(QStringLiteral("test_users"))));
        });
    connect(privacy, &QLineEdit::textEdited, paymentSection, &FieldSection::editorChanged);
    connect(publicKey, &QLineEdit::textEdited, paymentSection, &FieldSection::editorChanged);
    connect(testUsers, &StringListEditor::edited, paymentSection, &FieldSection::editorChanged);

    for (qsizetype i = 0; i < m_sections.size(); ++i) {
        FieldSection *section = m_sections.at(i);
        sections->addWidget(m_conflictViews.at(i));
        sections->addWidget(section);
        section->setDeprecationNote(m_session->draft()->isDeprecated(section->field())
                                        ? m_session->draft()->deprecationNote(section->field())
                                        : QString());
    }
    sections->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("profileSections"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *actions = new QHBoxLayout;
    for (QPushButton *button : {m_fetch, m_review, m_apply, m_revert})
        actions->addWidget(button);
    actions->addStretch();
    for (QPushButton *button : {m_import, m_export, m_copy})
        actions->addWidget(button);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addWidget(m_summary);
    layout->addWidget(scroll, 1);

    connect(m_fetch, &QPushButton::clicked, m_session, &models::ProfileSession::fetch);
    connect(m_review, &QPushButton::clicked, this, &ProfileTab::review);
    connect(m_apply, &QPushButton::clicked, m_session, &models::ProfileSession::apply);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        m_session->draft()->revert();
        m_undo->clear(); // the draft now equals the page; older steps no longer apply
        showStatus(tr("The draft was reverted to what the page has."));
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Profile"), QString(),
                                                          tr("JSON files (*.json)"));
        if (!path.isEmpty())
            importFrom(path);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Profile"),
                                                          QStringLiteral("messenger-profile.json"),
                                                          tr("JSON files (*.json)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        auto *dialog =
            new CopyToPagesDialog(m_client, m_session->draft()->draft(), m_targets, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &CopyToPagesDialog::pageCopied, this,
                [this](const models::PageRef &page, const QJsonObject &fields, const QString &tx) {
                    if (models::LivePage *live = m_livePages ? m_livePages->find(page) : nullptr)
                        live->recordApplied(models::ProfileChange{fields, {}, {}}, tx);
                });
        dialog->open();
    });

    models::ProfileDraft *draft = m_session->draft();
    connect(draft, &models::ProfileDraft::changed, this, &ProfileTab::refreshFromDraft);
    connect(draft, &models::ProfileDraft::liveChanged, this, &ProfileTab::refreshFromDraft);
    connect(draft, &models::ProfileDraft::conflictsChanged, this, &ProfileTab::refreshFromDraft);
    connect(m_session, &models::ProfileSession::busyChanged, this, &ProfileTab::refreshButtons);
    connect(
        m_session, &models::ProfileSession::fetched, this, [this](const api::GraphResult &result) {
            if (result.isOk())
                showStatus(
                    tr("Fetched the profile from the page (tx_id %1).").arg(m_session->lastTxId()));
            else
                showFailure(tr("Fetching the profile failed"), result);
        });
    connect(m_session, &models::ProfileSession::applied, this,
            [this](int accepted, const api::GraphResult &failure) {
                if (failure.isOk())
                    showStatus(tr("Applied: Graph accepted %n request(s) under tx_id %1.", nullptr,
                                  accepted)
                                   .arg(m_session->lastTxId()));
                else
                    showFailure(tr("Graph did not apply the change; your draft is kept"), failure);
            });
    connect(m_session, &models::ProfileSession::autosaveFailed, this, &ProfileTab::showStatus);

    if (m_session->restoreSavedDraft())
        showStatus(tr("Your unsaved draft from an earlier session was restored. Review it, apply "
                      "it, or revert it."));
    refreshFromDraft();
}

FieldSection *ProfileTab::addSection(const QString &field, const QString &title, QWidget *editor,
                                     std::function<QJsonValue()> read,
                                     std::function<void(const QJsonValue &)> write)
{
    auto *section = new FieldSection(field, title, editor, std::move(read), std::move(write));
    // Beside the group, not in it: an unchecked group disables what it holds.
    m_conflictViews.append(new FieldConflictView(m_session->draft(), field, title, this));
    connect(section, &FieldSection::edited, this, [this, section] { onSectionEdited(section); });
    m_sections.append(section);
    return section;
}

void ProfileTab::onSectionEdited(FieldSection *section)
{
    m_undo->push(new SetFieldCommand(m_session->draft(), section->field(), section->value(),
                                     tr("Edit %1").arg(section->title()), section->field()));
}

void ProfileTab::refreshFromDraft()
{
    models::ProfileDraft *draft = m_session->draft();
    for (FieldSection *section : std::as_const(m_sections)) {
        section->showValue(draft->field(section->field()));
        section->showViolations(draft->violationsFor(section->field()));
    }
    const models::ProfileChange change = draft->change();
    m_summary->setText(
        !draft->conflicts().isEmpty()
            ? tr("%n field(s) changed on the page since you started editing; pick a value for "
                 "each before applying.",
                 nullptr, int(draft->conflicts().size()))
        : !draft->hasLive() ? tr("Not fetched yet: fetch from the page to compare.")
        : change.isEmpty()  ? tr("The draft matches the page.")
                           : tr("%n field(s) to set, %1 to clear.", nullptr, int(change.set.size()))
                                 .arg(change.reset.size()));
    refreshButtons();
}

void ProfileTab::refreshButtons()
{
    const bool busy = m_session->busy();
    const bool canApply = m_session->draft()->canApply();
    m_fetch->setEnabled(!busy);
    m_review->setEnabled(!busy && m_session->draft()->isDirty());
    m_apply->setEnabled(!busy && canApply);
    m_revert->setEnabled(!busy && m_session->draft()->isDirty());
    m_copy->setEnabled(!busy && !m_session->draft()->draft().isEmpty());
    m_apply->setToolTip(canApply || !m_session->draft()->isDirty()
                            ? tr("Send the draft to the page.")
                        : m_session->draft()->conflicts().isEmpty()
                            ? tr("Fix the fields marked below first.")
                            : tr("Pick a value for each field that changed on the page first."));
}

void ProfileTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_session->ensureLoaded();
}

void ProfileTab::setLivePages(models::LivePageRegistry *livePages)
{
    m_livePages = livePages;
}

QString ProfileTab::statusText() const
{
    return m_status->text();
}

void ProfileTab::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setAccessibleDescription(text);
}

void ProfileTab::showFailure(const QString &what, const api::GraphResult &result)
{
    const api::GraphError &error = result.error();
    QString text = tr("%1: %2").arg(
        what, error.userMessage.isEmpty() ? error.summary()
                                          : error.userMessage + QLatin1Char(' ') + error.summary());
    showStatus(text);
}

bool ProfileTab::importFrom(const QString &path)
{
    models::BoundedFileReader reader(path, models::BoundedFileReader::Kind::ProfileFile);
    const auto text = reader.readAll();
    if (!text) {
        showStatus(reader.error());
        return false;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(*text, &parseError);
    if (!document.isObject()) {
        showStatus(tr("%1 is not a profile JSON object (%2 at byte %3).")
                       .arg(path, parseError.errorString())
                       .arg(parseError.offset));
        return false;
    }
    const QJsonObject profile = document.object();
    for (auto it = profile.begin(); it != profile.end(); ++it) {
        if (!api::OperationTable::profileFields().contains(it.key())) {
            showStatus(
                tr("%1 holds \"%2\", which is not a Messenger profile field; nothing was imported.")
                    .arg(path, it.key()));
            return false;
        }
    }
    m_undo->beginMacro(tr("Import profile"));
    const QStringList fields = api::OperationTable::profileFields();
    for (const auto &field : fields)
        m_undo->push(new SetFieldCommand(m_session->draft(), field, profile.value(field),
                                         tr("Import %1").arg(field), QString()));
    m_undo->endMacro();
    showStatus(
        tr("Imported %n field(s) from %1 into the draft.", nullptr, int(profile.size())).arg(path));
    return true;
}

bool ProfileTab::exportTo(const QString &path)
{
    QString reason;
    if (!models::JsonFile::write(path, QJsonDocument(m_session->draft()->draft()), &reason)) {
        showStatus(tr("The profile could not be written to %1: %2.").arg(path, reason));
        return false;
    }
    showStatus(tr("Exported the draft to %1.").arg(path));
    return true;
}

void ProfileTab::review()
{
    ReviewChangesDialog::openFor(m_session, *m_client, this);
}

} // namespace mdesk::ui
