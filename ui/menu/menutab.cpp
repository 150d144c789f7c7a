#include "ui/menu/menutab.h"

#include "api/facebooklocales.h"
#include "api/graphclient.h"
#include "models/files/boundedfilereader.h"
#include "models/jsonfile.h"
#include "models/menu/menumodel.h"
#include "models/profile/profilesession.h"
#include "ui/menu/menuitemdelegate.h"
#include "ui/menu/menuitemform.h"
#include "ui/menu/menupreview.h"
#include "ui/menu/usermenupanel.h"
#include "ui/widgets/fieldconflictview.h"
#include "ui/widgets/reviewchangesdialog.h"
#include "ui/widgets/setfieldcommand.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace mdesk::ui {

namespace {

const auto kMenu = QStringLiteral("persistent_menu");

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *pushButton = new QPushButton(text, parent);
    pushButton->setObjectName(objectName);
    return pushButton;
}

QJsonObject newItem(const QString &type, const QString &title)
{
    QJsonObject item{{QStringLiteral("type"), type}, {QStringLiteral("title"), title}};
    if (type == QLatin1String("postback"))
        item.insert(QStringLiteral("payload"),
                    title.toUpper().replace(QLatin1Char(' '), QLatin1Char('_')));
    return item;
}

} // namespace

MenuTab::MenuTab(api::GraphClient *client, models::ProfileSession *session, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_session(session)
    , m_model(new models::MenuModel(session->draft()->version(), this))
    , m_undo(new QUndoStack(this))
    , m_tree(new QTreeView(this))
    , m_form(new MenuItemForm(m_model->allowsNesting(), this))
    , m_preview(new MenuPreview(this))
    , m_userMenu(new UserMenuPanel(
          client, session->page(), [this] { return m_model->menu(); }, this))
    , m_locale(new QComboBox(this))
    , m_copyTarget(new QComboBox(this))
    , m_typingOff(new QCheckBox(tr("Turn typing off for this locale"), this))
    , m_fetch(button(tr("Fetch fr&om Page"), QStringLiteral("menuFetch"), this))
    , m_review(button(tr("Revie&w Changes…"), QStringLiteral("menuReview"), this))
    , m_apply(button(tr("Appl&y"), QStringLiteral("menuApply"), this))
    , m_revert(button(tr("&Revert"), QStringLiteral("menuRevert"), this))
    , m_addItem(button(tr("Add &Item"), QStringLiteral("menuAddItem"), this))
    , m_addSubmenu(button(tr("Add &Submenu"), QStringLiteral("menuAddSubmenu"), this))
    , m_duplicate(button(tr("D&uplicate"), QStringLiteral("menuDuplicate"), this))
    , m_delete(button(tr("&Delete"), QStringLiteral("menuDelete"), this))
    , m_fixGetStarted(
          button(tr("Add a Get Started Button"), QStringLiteral("menuFixGetStarted"), this))
    , m_getStartedWarning(new QLabel(tr("A persistent menu needs the Get Started button, and this "
                                        "page has none; Graph would refuse the menu (#100, subcode "
                                        "2018145)."),
                                     this))
    , m_getStarted(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("menuTab"));
    m_getStarted->setObjectName(QStringLiteral("menuGetStarted"));
    m_getStarted->setTextFormat(Qt::PlainText);
    m_tree->setObjectName(QStringLiteral("menuTree"));
    m_tree->setAccessibleName(tr("Menu items by locale"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setItemDelegate(new MenuItemDelegate(m_tree));
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDropIndicatorShown(true);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_tree->setMinimumWidth(220);
    m_locale->setObjectName(QStringLiteral("menuNewLocale"));
    m_locale->setEditable(true);
    m_locale->addItem(QStringLiteral("default"));
    m_locale->addItems(api::FacebookLocales::all());
    m_locale->completer()->setFilterMode(Qt::MatchContains);
    m_locale->setAccessibleName(tr("Locale to add"));
    m_copyTarget->setObjectName(QStringLiteral("menuCopyTarget"));
    m_copyTarget->setEditable(true);
    m_copyTarget->addItems(api::FacebookLocales::all());
    m_copyTarget->setCurrentText(QStringLiteral("en_US"));
    m_copyTarget->setAccessibleName(tr("Locale to copy the menu to"));
    m_typingOff->setObjectName(QStringLiteral("menuTypingOff"));
    m_status->setObjectName(QStringLiteral("menuStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_getStartedWarning->setObjectName(QStringLiteral("menuGetStartedWarning"));
    m_getStartedWarning->setWordWrap(true);

    auto *addLocale = button(tr("Add &Locale"), QStringLiteral("menuAddLocale"), this);
    auto *copyLocale = button(tr("&Copy Menu To"), QStringLiteral("menuCopyLocale"), this);
    auto *importButton = button(tr("&Import…"), QStringLiteral("menuImport"), this);
    auto *exportButton = button(tr("E&xport…"), QStringLiteral("menuExport"), this);
    auto *pasteButton = button(tr("&Paste JSON…"), QStringLiteral("menuPaste"), this);

    auto *actions = new QHBoxLayout;
    for (QPushButton *action : {m_fetch, m_review, m_apply, m_revert})
        actions->addWidget(action);
    actions->addStretch();
    for (QPushButton *action : {importButton, exportButton, pasteButton})
        actions->addWidget(action);
    auto *fix = new QHBoxLayout;
    fix->addWidget(m_getStarted);
    fix->addWidget(m_getStartedWarning, 1);
    fix->addWidget(m_fixGetStarted);

    auto *treeButtons = new QGridLayout;
    treeButtons->addWidget(m_addItem, 0, 0);
    treeButtons->addWidget(m_addSubmenu, 0, 1);
    treeButtons->addWidget(m_duplicate, 1, 0);
    treeButtons->addWidget(m_delete, 1, 1);
    treeButtons->addWidget(m_locale, 2, 0);
    treeButtons->addWidget(addLocale, 2, 1);
    treeButtons->addWidget(m_copyTarget, 3, 0);
    treeButtons->addWidget(copyLocale, 3, 1);
    auto *treeColumn = new QWidget(this);
    auto *treeLayout = new QVBoxLayout(treeColumn);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(m_tree, 1);
    treeLayout->addWidget(m_typingOff);
    treeLayout->addLayout(treeButtons);
    auto *formBox = new QGroupBox(tr("Selected Item"), this);
    (new QVBoxLayout(formBox))->addWidget(m_form);
    auto *previewBox = new QGroupBox(tr("Preview"), this);
    (new QVBoxLayout(previewBox))->addWidget(m_preview);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("menuSplitter"));
    splitter->addWidget(treeColumn);
    splitter->addWidget(formBox);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addLayout(fix);
    for (const QString &field : {kMenu, QStringLiteral("get_started")})
        layout->addWidget(new FieldConflictView(
            session->draft(), field, field == kMenu ? tr("The menu") : tr("Get started"), this));
    layout->addWidget(splitter, 1);
    layout->addWidget(m_userMenu);

    connect(m_model, &models::MenuModel::menuEdited, this, &MenuTab::pushMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MenuTab::showCurrent);
    connect(m_form, &MenuItemForm::edited, this, &MenuTab::onFormEdited);
    connect(m_form, &MenuItemForm::warningLinkActivated, this, &MenuTab::profileTabRequested);
    connect(m_typingOff, &QCheckBox::clicked, this, [this](bool off) {
        QModelIndex locale = m_tree->currentIndex();
        while (locale.parent().isValid())
            locale = locale.parent();
        m_model->setComposerInputDisabled(locale, off);
    });
    const auto parentForNew = [this] {
        QModelIndex at = m_tree->currentIndex();
        // New items go into the selected locale or submenu, else beside the selected item.
        if (at.isValid() &&
            at.data(models::MenuModel::KindRole).toString() == QLatin1String("item") &&
            at.data(models::MenuModel::ItemTypeRole).toString() != QLatin1String("nested"))
            at = at.parent();
        if (!at.isValid())
            at = m_model->index(0, 0);
        return at;
    };
    connect(m_addItem, &QPushButton::clicked, this, [this, parentForNew] {
        QModelIndex holder = parentForNew();
        if (!holder.isValid())
            holder = m_model->addLocale(QStringLiteral("default"));
        const QModelIndex added =
            m_model->insertItem(holder, -1, newItem(QStringLiteral("postback"), tr("New item")));
        if (added.isValid()) {
            m_tree->setCurrentIndex(added);
            m_form->setFocus();
        }
    });
    connect(m_addSubmenu, &QPushButton::clicked, this, [this, parentForNew] {
        const QModelIndex added =
            m_model->insertItem(parentForNew(), -1, newItem(QStringLiteral("nested"), tr("More")));
        if (added.isValid())
            m_tree->setCurrentIndex(added);
    });
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        const QModelIndex copy = m_model->duplicateNode(m_tree->currentIndex());
        if (copy.isValid())
            m_tree->setCurrentIndex(copy);
    });
    connect(m_delete, &QPushButton::clicked, this,
            [this] { m_model->removeNode(m_tree->currentIndex()); });
    connect(addLocale, &QPushButton::clicked, this, [this] {
        const QString locale = m_locale->currentText().trimmed();
        if (!api::FacebookLocales::isSupported(locale)) {
            showStatus(tr("\"%1\" is not a locale Facebook supports.").arg(locale));
            return;
        }
        m_tree->setCurrentIndex(m_model->addLocale(locale));
    });
    connect(copyLocale, &QPushButton::clicked, this, [this] {
        QModelIndex locale = m_tree->currentIndex();
        while (locale.parent().isValid())
            locale = locale.parent();
        const QString target = m_copyTarget->currentText().trimmed();
        if (!locale.isValid() || !api::FacebookLocales::isSupported(target)) {
            showStatus(tr("Select a locale's menu and a supported locale to copy it to."));
            return;
        }
        m_tree->setCurrentIndex(m_model->copyLocale(locale, target));
    });
    connect(m_fixGetStarted, &QPushButton::clicked, this, &MenuTab::addGetStarted);
    connect(m_fetch, &QPushButton::clicked, m_session, &models::ProfileSession::fetch);
    connect(m_review, &QPushButton::clicked, this, &MenuTab::review);
    connect(m_apply, &QPushButton::clicked, m_session, &models::ProfileSession::apply);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        m_session->draft()->revert();
        m_undo->clear();
        showStatus(tr("The menu was reverted to what the page has."));
    });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Menu"), QString(),
                                                          tr("JSON files (*.json)"));
        if (!path.isEmpty())
            importFrom(path);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Menu"),
                                                          QStringLiteral("persistent-menu.json"),
                                                          tr("JSON files (*.json)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(pasteButton, &QPushButton::clicked, this, &MenuTab::pasteJson);

    models::ProfileDraft *draft = m_session->draft();
    connect(draft, &models::ProfileDraft::changed, this, &MenuTab::syncFromDraft);
    connect(draft, &models::ProfileDraft::liveChanged, this, &MenuTab::syncFromDraft);
    connect(draft, &models::ProfileDraft::conflictsChanged, this, &MenuTab::refreshButtons);
    connect(draft, &models::ProfileDraft::versionChanged, m_model, &models::MenuModel::setVersion);
    connect(m_session, &models::ProfileSession::busyChanged, this, &MenuTab::refreshButtons);
    connect(
        m_session, &models::ProfileSession::fetched, this, [this](const api::GraphResult &result) {
            showStatus(
                result.isOk()
                    ? tr("Fetched the menu from the page (tx_id %1).").arg(m_session->lastTxId())
                    : tr("Fetching the menu failed: %1").arg(result.error().summary()));
        });
    connect(m_session, &models::ProfileSession::applied, this,
            [this](int accepted, const api::GraphResult &failure) {
                showStatus(failure.isOk()
                               ? tr("Applied: Graph accepted %n request(s) under tx_id %1.",
                                    nullptr, accepted)
                                     .arg(m_session->lastTxId())
                               : tr("Graph did not apply the menu; your draft is kept: %1")
                                     .arg(failure.error().summary()));
            });
    connect(m_session, &models::ProfileSession::autosaveFailed, this, &MenuTab::showStatus);
    if (m_session->restoreSavedDraft())
        showStatus(tr("Your unsaved menu from an earlier session was restored."));
    else if (!m_session->draft()->hasLive())
        showStatus(tr("Not fetched yet: Fetch from Page loads the menu this page has."));
    syncFromDraft();
}

QString MenuTab::statusText() const
{
    return m_status->text();
}

void MenuTab::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setAccessibleDescription(text);
}

void MenuTab::pushMenu(const QString &description)
{
    if (m_syncing)
        return;
    const QJsonArray menu = m_model->menu();
    m_undo->push(new SetFieldCommand(m_session->draft(), kMenu,
                                     menu.isEmpty() ? QJsonValue() : QJsonValue(menu), description,
                                     m_mergeKey));
    showCurrent();
}

void MenuTab::syncFromDraft()
{
    const QJsonArray menu = m_session->draft()->field(kMenu).toArray();
    if (menu != m_model->menu()) {
        // Undo, fetch, revert or import: rebuild the tree, keeping the selected path.
        const QString selected =
            m_tree->currentIndex().data(models::MenuModel::PathRole).toString();
        m_syncing = true;
        m_model->setMenu(menu);
        m_syncing = false;
        m_tree->expandAll();
        m_tree->setCurrentIndex(m_model->indexForPath(selected));
    }
    showCurrent();
}

void MenuTab::showCurrent()
{
    const QModelIndex current = m_tree->currentIndex();
    const bool isItem =
        current.data(models::MenuModel::KindRole).toString() == QLatin1String("item");
    const QJsonObject item =
        isItem ? current.data(models::MenuModel::ItemJsonRole).toJsonObject() : QJsonObject();
    m_form->setItem(item);
    m_form->setViolations(current.data(models::MenuModel::ViolationsRole).toStringList());
    m_form->setWarning(isItem ? domainWarning(item) : QString());
    QModelIndex locale = current;
    while (locale.parent().isValid())
        locale = locale.parent();
    const QJsonObject localeJson = locale.data(models::MenuModel::ItemJsonRole).toJsonObject();
    m_typingOff->setEnabled(locale.isValid());
    m_typingOff->setChecked(localeJson.value(QStringLiteral("composer_input_disabled")).toBool());
    m_preview->setMenu(
        m_model->menu(),
        localeJson.value(QStringLiteral("locale")).toString(QStringLiteral("default")));
    const bool needsGetStarted =
        !m_model->menu().isEmpty() &&
        !m_session->draft()->draft().contains(QStringLiteral("get_started"));
    const QString payload = m_session->draft()
                                ->field(QStringLiteral("get_started"))[QStringLiteral("payload")]
                                .toString();
    m_getStarted->setText(tr("Get started payload: %1").arg(payload));
    m_getStarted->setVisible(!payload.isEmpty());
    m_getStartedWarning->setVisible(needsGetStarted);
    m_fixGetStarted->setVisible(needsGetStarted);
    refreshButtons();
}

QString MenuTab::domainWarning(const QJsonObject &item) const
{
    if (item.value(QStringLiteral("type")).toString() != QLatin1String("web_url"))
        return {};
    const QString host = QUrl(item.value(QStringLiteral("url")).toString()).host();
    if (host.isEmpty())
        return {};
    for (const auto &domain :
         m_session->draft()->live().value(QStringLiteral("whitelisted_domains")).toArray()) {
        if (QUrl(domain.toString()).host() == host)
            return {};
    }
    return tr("%1 is not a whitelisted domain of this page, so Messenger extensions will not work "
              "there. <a href=\"profile\">Whitelist it in the Profile tab</a>.")
        .arg(host.toHtmlEscaped());
}

void MenuTab::onFormEdited(const QString &property)
{
    const QModelIndex current = m_tree->currentIndex();
    m_mergeKey = current.data(models::MenuModel::PathRole).toString() + QLatin1Char(':') + property;
    m_model->setNodeJson(current, m_form->item(), tr("Edit the item's %1").arg(property));
    m_mergeKey.clear();
}

void MenuTab::refreshButtons()
{
    const bool busy = m_session->busy();
    models::ProfileDraft *draft = m_session->draft();
    const QModelIndex current = m_tree->currentIndex();
    m_fetch->setEnabled(!busy);
    m_review->setEnabled(!busy && draft->isDirty());
    m_apply->setEnabled(!busy && draft->canApply());
    m_revert->setEnabled(!busy && draft->isDirty());
    m_addSubmenu->setVisible(m_model->allowsNesting());
    m_duplicate->setEnabled(current.data(models::MenuModel::KindRole).toString() ==
                            QLatin1String("item"));
    m_delete->setEnabled(current.isValid());
    m_apply->setToolTip(draft->canApply() || !draft->isDirty()
                            ? tr("Send the menu to the page in one call.")
                        : draft->conflicts().isEmpty()
                            ? tr("Fix the items marked in the tree first.")
                            : tr("Pick a value for each field that changed on the page first."));
}

void MenuTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_session->ensureLoaded();
}

void MenuTab::addGetStarted()
{
    m_undo->push(
        new SetFieldCommand(m_session->draft(), QStringLiteral("get_started"),
                            QJsonObject{{QStringLiteral("payload"), QStringLiteral("GET_STARTED")}},
                            tr("Add a get started button"), QString()));
    showStatus(tr("A Get Started button with the payload GET_STARTED is in the draft; it is sent "
                  "with the menu."));
}

bool MenuTab::importFrom(const QString &path)
{
    models::BoundedFileReader reader(path, models::BoundedFileReader::Kind::MenuFile);
    const auto text = reader.readAll();
    if (!text)
        showStatus(reader.error());
    return text && importJson(*text);
}

bool MenuTab::importJson(const QByteArray &text)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = text.left(parseError.offset);
        showStatus(tr("The JSON does not parse: %1 at line %2, column %3.")
                       .arg(parseError.errorString())
                       .arg(before.count('\n') + 1)
                       .arg(parseError.offset - before.lastIndexOf('\n')));
        return false;
    }
    const QJsonArray menu =
        document.isArray() ? document.array() : document.object().value(kMenu).toArray();
    if (menu.isEmpty() || !menu.first().isObject()) {
        showStatus(tr(
            "The JSON holds no persistent menu: give a list of per-locale menus, or an object with "
            "\"persistent_menu\"."));
        return false;
    }
    m_undo->push(
        new SetFieldCommand(m_session->draft(), kMenu, menu, tr("Import a menu"), QString()));
    const QList<api::Violation> violations = m_model->violations();
    QStringList lines;
    for (const auto &violation : violations)
        lines.append(tr("%1: %2").arg(violation.field, violation.message));
    showStatus(violations.isEmpty()
                   ? tr("The menu was imported; it follows every rule of %1.")
                         .arg(m_session->draft()->version().toString())
                   : tr("The menu was imported with %n problem(s), marked in the tree:\n%1",
                        nullptr, int(violations.size()))
                         .arg(lines.join(QLatin1Char('\n'))));
    return true;
}

bool MenuTab::exportTo(const QString &path)
{
    QString reason;
    if (!models::JsonFile::write(path, QJsonDocument(m_model->menu()), &reason)) {
        showStatus(tr("The menu could not be written to %1: %2.").arg(path, reason));
        return false;
    }
    showStatus(tr("Exported the menu to %1.").arg(path));
    return true;
}

void MenuTab::pasteJson()
{
    auto *dialog = new QDialog(this);
    dialog->setWindowTitle(tr("Paste Menu JSON"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *text = new QPlainTextEdit(dialog);
    text->setObjectName(QStringLiteral("menuPasteText"));
    text->setPlaceholderText(tr("[{\"locale\": \"default\", \"call_to_actions\": [...]}]"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, text] {
        // A paste that does not parse keeps the dialog open, with the text, to fix it.
        if (importJson(text->toPlainText().toUtf8()))
            dialog->accept();
    });
    dialog->resize(560, 400);
    dialog->open();
}

void MenuTab::review()
{
    ReviewChangesDialog::openFor(m_session, *m_client, this);
}

} // namespace mdesk::ui
