#include "ui/tools/personasform.h"

#include "models/tools/graphfailuretext.h"
#include "ui/tools/problemlabel.h"
#include "ui/widgets/messagebox.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace mdesk::ui {

PersonasForm::PersonasForm(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("personasForm"));
    auto *layout = new QVBoxLayout(this);

    auto *listBox = new QGroupBox(tr("Personas of the Page"), this);
    auto *listLayout = new QVBoxLayout(listBox);
    m_list = new QTreeWidget(listBox);
    m_list->setObjectName(QStringLiteral("personaList"));
    m_list->setAccessibleName(tr("Personas of the Page"));
    m_list->setHeaderLabels({tr("Name"), tr("Persona id"), tr("Picture")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 180);
    m_list->setColumnWidth(1, 160);
    listLayout->addWidget(m_list, 1);
    m_listStatus = new QLabel(listBox);
    m_listStatus->setObjectName(QStringLiteral("personaListStatus"));
    m_listStatus->setWordWrap(true);
    m_listStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    listLayout->addWidget(m_listStatus);
    auto *listActions = new QHBoxLayout;
    m_reload = new QPushButton(tr("&Reload"), listBox);
    m_reload->setObjectName(QStringLiteral("reloadPersonas"));
    m_delete = new QPushButton(tr("&Delete persona..."), listBox);
    m_delete->setObjectName(QStringLiteral("deletePersona"));
    listActions->addWidget(m_reload);
    listActions->addStretch();
    listActions->addWidget(m_delete);
    listLayout->addLayout(listActions);
    layout->addWidget(listBox, 1);

    auto *createBox = new QGroupBox(tr("New persona"), this);
    auto *form = new QFormLayout(createBox);
    m_name = new QLineEdit(createBox);
    m_name->setObjectName(QStringLiteral("personaName"));
    m_name->setPlaceholderText(tr("The name people see, e.g. Anna from Support"));
    auto *nameLabel = new QLabel(tr("&Name:"), createBox);
    nameLabel->setBuddy(m_name);
    m_nameProblem = ProblemLabel::create(QStringLiteral("personaNameProblem"), createBox);
    form->addRow(nameLabel, ProblemLabel::below(m_name, m_nameProblem, createBox));
    m_picture = new QLineEdit(createBox);
    m_picture->setObjectName(QStringLiteral("personaPicture"));
    m_picture->setPlaceholderText(tr("https://example.com/anna.png"));
    auto *pictureLabel = new QLabel(tr("&Picture URL:"), createBox);
    pictureLabel->setBuddy(m_picture);
    m_pictureProblem = ProblemLabel::create(QStringLiteral("personaPictureProblem"), createBox);
    form->addRow(pictureLabel, ProblemLabel::below(m_picture, m_pictureProblem, createBox));
    m_create = new QPushButton(tr("&Create persona"), createBox);
    m_create->setObjectName(QStringLiteral("createPersona"));
    auto *createRow = new QHBoxLayout;
    createRow->addWidget(m_create);
    createRow->addStretch();
    form->addRow(QString(), createRow);
    layout->addWidget(createBox);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("personaResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    connect(m_reload, &QPushButton::clicked, this, &PersonasForm::reload);
    connect(m_delete, &QPushButton::clicked, this, &PersonasForm::deleteSelected);
    connect(m_create, &QPushButton::clicked, this, &PersonasForm::create);
    connect(m_name, &QLineEdit::returnPressed, this, &PersonasForm::create);
    connect(m_picture, &QLineEdit::returnPressed, this, &PersonasForm::create);
    connect(m_name, &QLineEdit::textChanged, this, &PersonasForm::updateState);
    connect(m_picture, &QLineEdit::textChanged, this, &PersonasForm::updateState);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &PersonasForm::updateState);
    updateState();
}

void PersonasForm::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        reload();
    }
}

QString PersonasForm::nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("A persona needs a name.");
    if (name.size() > kNameMax)
        return tr("The name is at most %1 characters; this is %2.").arg(kNameMax).arg(name.size());
    return {};
}

QString PersonasForm::pictureProblem(const QString &text)
{
    if (text.trimmed().isEmpty())
        return tr("A persona needs a picture: its URL.");
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return tr("The picture must be a web address starting with https://.");
    if (url.scheme() != QLatin1String("https"))
        return tr("Use https://: Messenger loads the picture over a secure connection.");
    return {};
}

void PersonasForm::updateState()
{
    // An empty field says nothing until the user typed in it.
    ProblemLabel::show(m_nameProblem, m_name->isModified() || !m_name->text().isEmpty()
                                          ? nameProblem(m_name->text())
                                          : QString());
    ProblemLabel::show(m_pictureProblem, m_picture->isModified() || !m_picture->text().isEmpty()
                                             ? pictureProblem(m_picture->text())
                                             : QString());
    const bool ready = m_context.client && !m_busy;
    m_create->setEnabled(ready && nameProblem(m_name->text()).isEmpty() &&
                         pictureProblem(m_picture->text()).isEmpty());
    m_delete->setEnabled(ready && m_list->currentItem());
    m_reload->setEnabled(ready);
}

void PersonasForm::reload()
{
    if (!m_context.client)
        return;
    m_listStatus->setText(tr("Reading the personas..."));
    auto *reply = m_context.client->call(QStringLiteral("list_personas"),
                                         {{QStringLiteral("limit"), 100}}, m_context.callOptions());
    connect(reply, &api::GraphReply::finished, this, [this](const api::GraphResult &result) {
        if (!result.isOk()) {
            m_listStatus->setText(models::GraphFailureText::of(
                tr("The personas could not be read."), result.error()));
            Q_EMIT listed();
            return;
        }
        const QString current = m_list->currentItem() ? m_list->currentItem()->text(1) : QString();
        m_list->clear();
        for (const QJsonValue &value : result.object().value(QStringLiteral("data")).toArray()) {
            const QJsonObject persona = value.toObject();
            auto *item = new QTreeWidgetItem(
                m_list, {persona.value(QStringLiteral("name")).toString(),
                         persona.value(QStringLiteral("id")).toString(),
                         persona.value(QStringLiteral("profile_picture_url")).toString()});
            if (item->text(1) == current)
                m_list->setCurrentItem(item);
        }
        m_listStatus->setText(
            m_list->topLevelItemCount() == 0
                ? tr("The Page has no personas: replies go out in the Page's own name.")
                : tr("%n persona(s)", "", m_list->topLevelItemCount()));
        updateState();
        Q_EMIT listed();
    });
}

void PersonasForm::create()
{
    if (!m_create->isEnabled())
        return;
    const QString name = m_name->text().trimmed();
    m_busy = true;
    updateState();
    m_result->setText(tr("Creating the persona %1...").arg(name));
    api::CallOptions options = m_context.callOptions();
    options.retry = false; // a create is never repeated by itself
    auto *reply = m_context.client->call(
        QStringLiteral("create_persona"),
        {{QStringLiteral("name"), name},
         {QStringLiteral("profile_picture_url"), m_picture->text().trimmed()}},
        options);
    connect(reply, &api::GraphReply::finished, this, [this, name](const api::GraphResult &result) {
        m_busy = false;
        if (!result.isOk()) {
            // The fields keep what was typed.
            m_result->setText(models::GraphFailureText::of(
                tr("The persona %1 was not created.").arg(name), result.error()));
            updateState();
            return;
        }
        m_result->setText(tr("The persona %1 was created (id %2).")
                              .arg(name, result.object().value(QStringLiteral("id")).toString()));
        m_name->clear();
        m_picture->clear();
        m_name->setModified(false);
        m_picture->setModified(false);
        updateState();
        reload();
        Q_EMIT personasChanged();
    });
}

void PersonasForm::deleteSelected()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item || m_busy)
        return;
    const QString name = item->text(0);
    const QString id = item->text(1);
    const auto answer = MessageBox::question(
        this, tr("Delete persona"),
        tr("Delete the persona %1 (id %2)? Replies can no longer be sent as %1; messages already "
           "sent as %1 stay as they are. This cannot be undone.")
            .arg(name, id),
        {{QMessageBox::Yes, tr("Delete")}, {QMessageBox::Cancel, {}}}, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_busy = true;
    updateState();
    m_result->setText(tr("Deleting the persona %1...").arg(name));
    auto *reply =
        m_context.client->call(QStringLiteral("delete_persona"),
                               {{QStringLiteral("persona_id"), id}}, m_context.callOptions());
    connect(reply, &api::GraphReply::finished, this, [this, name](const api::GraphResult &result) {
        m_busy = false;
        if (!result.isOk()) {
            m_result->setText(models::GraphFailureText::of(
                tr("The persona %1 was not deleted.").arg(name), result.error()));
            updateState();
            return;
        }
        m_result->setText(tr("The persona %1 was deleted.").arg(name));
        updateState();
        reload();
        Q_EMIT personasChanged();
    });
}

} // namespace mdesk::ui
