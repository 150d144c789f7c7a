#include "ui/broadcasts/labelspanel.h"

#include "api/paramcheck.h"
#include "models/files/boundedfilereader.h"
#include "ui/widgets/messagebox.h"

#include "api/bulkjob.h"
#include "models/store/labelindex.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace mdesk::ui {

namespace {

constexpr int kLabelNameMax = 100;

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

LabelsPanel::LabelsPanel(const PageContext &context, store::Database &database, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_database(database)
{
    setObjectName(QStringLiteral("labelsPanel"));
    auto *layout = new QHBoxLayout(this);

    auto *listBox = new QGroupBox(tr("Custom labels of the Page"), this);
    auto *listLayout = new QVBoxLayout(listBox);
    m_list = new QListWidget(listBox);
    m_list->setObjectName(QStringLiteral("labelList"));
    m_list->setAccessibleName(tr("Custom labels"));
    listLayout->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    auto *reloadButton = button(tr("&Read from Graph"), QStringLiteral("reloadLabels"), listBox);
    m_more = button(tr("Load &more"), QStringLiteral("moreLabels"), listBox);
    m_delete = button(tr("&Delete..."), QStringLiteral("deleteLabel"), listBox);
    listButtons->addWidget(reloadButton);
    listButtons->addWidget(m_more);
    listButtons->addStretch();
    listButtons->addWidget(m_delete);
    listLayout->addLayout(listButtons);
    auto *createRow = new QHBoxLayout;
    m_newName = new QLineEdit(listBox);
    m_newName->setObjectName(QStringLiteral("newLabelName"));
    m_newName->setPlaceholderText(tr("new label name"));
    m_newName->setAccessibleName(tr("Name of the new label"));
    m_create = button(tr("Cr&eate"), QStringLiteral("createLabel"), listBox);
    createRow->addWidget(m_newName, 1);
    createRow->addWidget(m_create);
    listLayout->addLayout(createRow);
    m_nameProblem = new QLabel(listBox);
    m_nameProblem->setObjectName(QStringLiteral("newLabelProblem"));
    m_nameProblem->setWordWrap(true);
    listLayout->addWidget(m_nameProblem);
    layout->addWidget(listBox, 1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *selectionBox = new QGroupBox(tr("The people selected in People"), right);
    auto *selectionLayout = new QHBoxLayout(selectionBox);
    m_labelSelected = button(tr("&Label them"), QStringLiteral("labelSelected"), selectionBox);
    m_unlabelSelected =
        button(tr("&Unlabel them"), QStringLiteral("unlabelSelected"), selectionBox);
    selectionLayout->addWidget(m_labelSelected);
    selectionLayout->addWidget(m_unlabelSelected);
    selectionLayout->addStretch();
    rightLayout->addWidget(selectionBox);

    auto *bulkBox = new QGroupBox(tr("Many PSIDs at once (one a line)"), right);
    auto *bulkLayout = new QVBoxLayout(bulkBox);
    m_bulkPaste = new QPlainTextEdit(bulkBox);
    m_bulkPaste->setObjectName(QStringLiteral("bulkPsids"));
    m_bulkPaste->setAccessibleName(tr("PSIDs to label or unlabel"));
    m_bulkPaste->setTabChangesFocus(true);
    bulkLayout->addWidget(m_bulkPaste, 1);
    auto *bulkButtons = new QHBoxLayout;
    auto *fromFile = button(tr("From a &file..."), QStringLiteral("bulkFromFile"), bulkBox);
    m_bulkLabel = button(tr("Label all"), QStringLiteral("bulkLabel"), bulkBox);
    m_bulkUnlabel = button(tr("Unlabel all"), QStringLiteral("bulkUnlabel"), bulkBox);
    m_bulkCancel = button(tr("Cancel"), QStringLiteral("bulkCancel"), bulkBox);
    m_bulkCancel->setEnabled(false);
    for (QPushButton *b : {fromFile, m_bulkLabel, m_bulkUnlabel, m_bulkCancel})
        bulkButtons->addWidget(b);
    bulkLayout->addLayout(bulkButtons);
    m_bulkProgress = new QProgressBar(bulkBox);
    m_bulkProgress->setObjectName(QStringLiteral("bulkProgress"));
    m_bulkProgress->setValue(0);
    bulkLayout->addWidget(m_bulkProgress);
    m_bulkReport = new QPlainTextEdit(bulkBox);
    m_bulkReport->setObjectName(QStringLiteral("bulkReport"));
    m_bulkReport->setReadOnly(true);
    m_bulkReport->setAccessibleName(tr("Failures of the last run"));
    m_bulkReport->setPlaceholderText(tr("Failures of a run are listed here."));
    m_bulkReport->setMaximumHeight(90);
    bulkLayout->addWidget(m_bulkReport);
    rightLayout->addWidget(bulkBox, 1);

    auto *personBox = new QGroupBox(tr("A person's labels, as Graph says"), right);
    auto *personLayout = new QFormLayout(personBox);
    auto *personRow = new QHBoxLayout;
    m_personPsid = new QLineEdit(personBox);
    m_personPsid->setObjectName(QStringLiteral("personPsid"));
    m_personPsid->setAccessibleName(tr("PSID of the person"));
    auto *ask = button(tr("As&k Graph"), QStringLiteral("askPersonLabels"), personBox);
    personRow->addWidget(m_personPsid, 1);
    personRow->addWidget(ask);
    personLayout->addRow(tr("PSID:"), personRow);
    m_personLabels = new QLabel(personBox);
    m_personLabels->setObjectName(QStringLiteral("personLabels"));
    m_personLabels->setWordWrap(true);
    personLayout->addRow(m_personLabels);
    rightLayout->addWidget(personBox);
    m_status = new QLabel(right);
    m_status->setObjectName(QStringLiteral("labelsStatus"));
    m_status->setWordWrap(true);
    rightLayout->addWidget(m_status);
    layout->addWidget(right, 1);

    connect(reloadButton, &QPushButton::clicked, this, &LabelsPanel::reload);
    connect(m_more, &QPushButton::clicked, this, [this] { readPage(m_nextAfter); });
    connect(m_delete, &QPushButton::clicked, this, &LabelsPanel::deleteSelectedLabel);
    connect(m_newName, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QString problem = text.isEmpty() ? QString() : nameProblem(text);
        m_nameProblem->setText(problem);
        m_create->setEnabled(!text.trimmed().isEmpty() && problem.isEmpty());
    });
    connect(m_create, &QPushButton::clicked, this, [this] { createLabel(m_newName->text()); });
    connect(m_labelSelected, &QPushButton::clicked, this, [this] {
        runBulk(QStringLiteral("label_user"), m_selection ? m_selection() : QStringList());
    });
    connect(m_unlabelSelected, &QPushButton::clicked, this, [this] {
        runBulk(QStringLiteral("unlabel_user"), m_selection ? m_selection() : QStringList());
    });
    connect(m_bulkLabel, &QPushButton::clicked, this, [this] {
        int duplicates = 0;
        if (const auto psids = pastedPsids(duplicates))
            runBulk(QStringLiteral("label_user"), *psids, duplicates);
    });
    connect(m_bulkUnlabel, &QPushButton::clicked, this, [this] {
        int duplicates = 0;
        if (const auto psids = pastedPsids(duplicates))
            runBulk(QStringLiteral("unlabel_user"), *psids, duplicates);
    });
    connect(m_bulkCancel, &QPushButton::clicked, this, [this] {
        if (m_bulk)
            m_bulk->cancel();
    });
    connect(fromFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("PSID file"));
        if (path.isEmpty())
            return;
        models::BoundedFileReader reader(path, models::BoundedFileReader::Kind::PsidList);
        if (const auto text = reader.readLines())
            m_bulkPaste->setPlainText(*text);
        else
            m_status->setText(reader.error());
    });
    connect(ask, &QPushButton::clicked, this,
            [this] { askLabelsOf(m_personPsid->text().trimmed()); });
    m_create->setEnabled(false);
    m_more->setEnabled(false);
    refreshList();
}

void LabelsPanel::setSelectionProvider(std::function<QStringList()> provider)
{
    m_selection = std::move(provider);
}

QString LabelsPanel::nameField() const
{
    return m_context.graphVersion() >= api::GraphVersion{12, 0} ? QStringLiteral("page_label_name")
                                                                : QStringLiteral("name");
}

int LabelsPanel::knownMembers(const QString &labelId) const
{
    store::LabelIndex index(m_database, m_context.page.id);
    return index.memberCount(labelId).value_or(0);
}

QString LabelsPanel::currentLabelId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void LabelsPanel::refreshList()
{
    const QString current = currentLabelId();
    m_list->clear();
    if (m_labels.isEmpty()) {
        // Until Graph was asked, show what the index knows.
        store::LabelIndex index(m_database, m_context.page.id);
        for (const auto &label : index.labels().value_or(QList<store::KnownLabel>{}))
            m_labels.append({label.id, label.name});
    }
    for (const auto &[id, name] : m_labels) {
        auto *item = new QListWidgetItem(
            tr("%1 (%n known member(s))", "", knownMembers(id)).arg(name.isEmpty() ? id : name),
            m_list);
        item->setData(Qt::UserRole, id);
        item->setToolTip(id);
        if (id == current)
            m_list->setCurrentItem(item);
    }
    if (m_labels.isEmpty())
        m_status->setText(tr("No labels known yet: read them from Graph or create one."));
}

void LabelsPanel::reload()
{
    m_labels.clear();
    m_list->clear();
    readPage({});
}

void LabelsPanel::readPage(const QString &after)
{
    QJsonObject input{{QStringLiteral("fields"), QStringLiteral("id,") + nameField()}};
    if (!after.isEmpty())
        input.insert(QStringLiteral("after"), after);
    auto *reply = m_context.client->call(QStringLiteral("list_custom_labels"), input,
                                         m_context.callOptions());
    m_status->setText(tr("Reading the labels..."));
    connect(reply, &api::GraphReply::finished, this, [this](const api::GraphResult &result) {
        if (!result.isOk()) {
            m_status->setText(tr("The labels could not be read: %1").arg(result.error().summary()));
            return;
        }
        const QJsonObject body = result.object();
        for (const auto &value : body.value(QStringLiteral("data")).toArray()) {
            const QJsonObject label = value.toObject();
            const QString name =
                label.value(nameField()).toString(label.value(QStringLiteral("name")).toString());
            m_labels.append({label.value(QStringLiteral("id")).toString(), name});
        }
        const QJsonObject paging = body.value(QStringLiteral("paging")).toObject();
        m_nextAfter = paging.contains(QStringLiteral("next"))
                          ? paging.value(QStringLiteral("cursors"))
                                .toObject()
                                .value(QStringLiteral("after"))
                                .toString()
                          : QString();
        m_more->setEnabled(!m_nextAfter.isEmpty());
        m_status->setText(tr("%n label(s) read.", "", int(m_labels.size())));
        refreshList();
        Q_EMIT labelsChanged();
    });
}

QString LabelsPanel::nameProblem(const QString &name) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("A label needs a name.");
    if (trimmed.size() > kLabelNameMax)
        return tr("A label name can have at most %1 characters; this one has %2.")
            .arg(kLabelNameMax)
            .arg(trimmed.size());
    for (const auto &label : m_labels) {
        if (label.second.compare(trimmed, Qt::CaseInsensitive) == 0)
            return tr("The Page already has a label named %1.").arg(label.second);
    }
    return {};
}

void LabelsPanel::createLabel(const QString &name)
{
    const QString problem = nameProblem(name);
    if (!problem.isEmpty()) {
        m_nameProblem->setText(problem);
        return;
    }
    auto *reply =
        m_context.client->call(QStringLiteral("create_custom_label"),
                               {{QStringLiteral("name"), name.trimmed()}}, m_context.callOptions());
    connect(reply, &api::GraphReply::finished, this, [this, name](const api::GraphResult &result) {
        if (!result.isOk()) {
            m_status->setText(
                tr("The label could not be created: %1").arg(result.error().summary()));
            return;
        }
        m_labels.append({result.object().value(QStringLiteral("id")).toString(), name.trimmed()});
        m_newName->clear();
        m_status->setText(tr("Label %1 created.").arg(name.trimmed()));
        refreshList();
        Q_EMIT labelsChanged();
    });
}

void LabelsPanel::deleteSelectedLabel()
{
    const QString id = currentLabelId();
    if (id.isEmpty()) {
        m_status->setText(tr("Choose a label to delete."));
        return;
    }
    const int members = knownMembers(id);
    QString name = id;
    for (const auto &label : m_labels) {
        if (label.first == id && !label.second.isEmpty())
            name = label.second;
    }
    const auto answer = MessageBox::question(
        this, tr("Delete label"),
        tr("Delete the label %1? %n known member(s) lose it; Graph cannot undo this.", "", members)
            .arg(name),
        {{QMessageBox::Yes, tr("Delete")}, {QMessageBox::Cancel, {}}}, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    auto *reply =
        m_context.client->call(QStringLiteral("delete_custom_label"),
                               {{QStringLiteral("label_id"), id}}, m_context.callOptions());
    connect(reply, &api::GraphReply::finished, this,
            [this, id, name](const api::GraphResult &result) {
                if (!result.isOk()) {
                    m_status->setText(
                        tr("The label could not be deleted: %1").arg(result.error().summary()));
                    return;
                }
                m_labels.removeIf([&id](const auto &label) { return label.first == id; });
                m_status->setText(tr("Label %1 deleted.").arg(name));
                refreshList();
                Q_EMIT labelsChanged();
            });
}

std::optional<QStringList> LabelsPanel::pastedPsids(int &duplicates)
{
    duplicates = 0;
    QStringList psids;
    QSet<QString> seen;
    const QStringList lines = m_bulkPaste->toPlainText().split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (!api::ParamCheck::isIdText(line)) {
            m_status->setText(tr("Line %1 is not a PSID (a PSID is digits only): \"%2\"; "
                                 "nothing was sent.")
                                  .arg(i + 1)
                                  .arg(line.left(80)));
            return std::nullopt;
        }
        if (seen.contains(line)) {
            ++duplicates;
        } else {
            seen.insert(line);
            psids.append(line);
        }
    }
    return psids;
}

void LabelsPanel::runBulk(const QString &op, const QStringList &psids, int duplicates)
{
    const QString labelId = currentLabelId();
    if (labelId.isEmpty() || psids.isEmpty()) {
        m_status->setText(labelId.isEmpty() ? tr("Choose a label first.")
                                            : tr("There are no PSIDs to work on."));
        return;
    }
    if (m_bulk)
        return;
    QList<api::BatchItem> items;
    items.reserve(psids.size());
    for (const QString &psid : psids)
        items.append({op,
                      {{QStringLiteral("label_id"), labelId}, {QStringLiteral("user"), psid}},
                      {},
                      {},
                      false});
    m_bulk = new api::BulkJob(m_context.client, items, m_context.callOptions(), this);
    m_bulkProgress->setRange(0, int(psids.size()));
    m_bulkProgress->setValue(0);
    m_bulkReport->clear();
    m_bulkCancel->setEnabled(true);
    m_bulkLabel->setEnabled(false);
    m_bulkUnlabel->setEnabled(false);
    connect(m_bulk, &api::BulkJob::progress, m_bulkProgress, &QProgressBar::setValue);
    connect(m_bulk, &api::BulkJob::finished, this, [this, op, duplicates] {
        QStringList lines;
        for (const auto &failure : m_bulk->failures())
            lines.append(tr("%1: %2").arg(failure.input.value(QStringLiteral("user")).toString(),
                                          failure.error.summary()));
        m_bulkReport->setPlainText(lines.join(QLatin1Char('\n')));
        m_status->setText((op == QLatin1String("label_user") ? tr("%1 of %2 labelled.")
                                                             : tr("%1 of %2 unlabelled."))
                              .arg(m_bulk->succeeded())
                              .arg(m_bulk->total()) +
                          (lines.isEmpty() ? QString()
                                           : QLatin1Char(' ') + tr("%n failed; see the list.", "",
                                                                   int(lines.size()))) +
                          (duplicates == 0 ? QString()
                                           : QLatin1Char(' ') + tr("%n repeated PSID(s) left out.",
                                                                   "", duplicates)));
        m_bulkProgress->setValue(m_bulk->total());
        m_bulk->deleteLater();
        m_bulkCancel->setEnabled(false);
        m_bulkLabel->setEnabled(true);
        m_bulkUnlabel->setEnabled(true);
        refreshList();
        Q_EMIT labelsChanged();
    });
    m_bulk->start();
}

void LabelsPanel::askLabelsOf(const QString &psid)
{
    if (psid.isEmpty())
        return;
    auto *reply =
        m_context.client->call(QStringLiteral("list_custom_labels_of_user"),
                               {{QStringLiteral("psid"), psid},
                                {QStringLiteral("fields"), QStringLiteral("id,") + nameField()}},
                               m_context.callOptions());
    connect(reply, &api::GraphReply::finished, this, [this, psid](const api::GraphResult &result) {
        if (!result.isOk()) {
            m_personLabels->setText(result.error().summary());
            return;
        }
        QStringList names;
        for (const auto &value : result.object().value(QStringLiteral("data")).toArray()) {
            const QJsonObject label = value.toObject();
            names.append(
                label.value(nameField()).toString(label.value(QStringLiteral("id")).toString()));
        }
        m_personLabels->setText(
            names.isEmpty() ? tr("%1 carries no custom label.").arg(psid)
                            : tr("%1 carries: %2").arg(psid, names.join(QStringLiteral(", "))));
        refreshList();
    });
}

} // namespace mdesk::ui
