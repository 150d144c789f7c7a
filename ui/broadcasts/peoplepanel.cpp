#include "ui/broadcasts/peoplepanel.h"

#include "api/paramcheck.h"
#include "models/audience/conversationsync.h"
#include "models/broadcasts/contacttablemodel.h"
#include "models/files/boundedfilereader.h"
#include "models/store/contactstore.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace mdesk::ui {

PeoplePanel::PeoplePanel(const PageContext &context, store::Database &database, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_database(database)
    , m_model(new models::ContactTableModel(database, context.page.id, this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("peoplePanel"));
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("peopleFilter"));
    m_text->setPlaceholderText(tr("Filter by name or PSID"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Filter people"));
    filters->addWidget(m_text, 2);
    m_label = new QComboBox(this);
    m_label->setObjectName(QStringLiteral("peopleLabelFilter"));
    m_label->setAccessibleName(tr("Only people with this label"));
    m_label->addItem(tr("Any label"), QString());
    filters->addWidget(m_label, 1);
    m_window = new QComboBox(this);
    m_window->setObjectName(QStringLiteral("peopleWindowFilter"));
    m_window->setAccessibleName(tr("Window"));
    m_window->addItem(tr("Any window"), false);
    m_window->addItem(tr("Window open now"), true);
    filters->addWidget(m_window, 1);
    layout->addLayout(filters);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("peopleTable"));
    m_table->setAccessibleName(tr("People of the Page"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    // Uniform rows: the view never measures 100,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(models::ContactTableModel::Name, 180);
    m_table->setColumnWidth(models::ContactTableModel::Psid, 150);
    m_table->setColumnWidth(models::ContactTableModel::LastMessage, 140);
    m_table->setColumnWidth(models::ContactTableModel::Window, 170);
    m_table->setColumnWidth(models::ContactTableModel::Labels, 200);
    layout->addWidget(m_table, 1);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("peopleCount"));
    layout->addWidget(m_count);

    auto *actions = new QHBoxLayout;
    m_sync = new QPushButton(tr("S&ync conversations"), this);
    m_sync->setObjectName(QStringLiteral("syncConversations"));
    m_cancelSync = new QPushButton(tr("Cancel sync"), this);
    m_cancelSync->setObjectName(QStringLiteral("cancelSync"));
    m_cancelSync->setEnabled(false);
    m_syncProgress = new QProgressBar(this);
    m_syncProgress->setObjectName(QStringLiteral("syncProgress"));
    m_syncProgress->setRange(0, 0);
    m_syncProgress->setVisible(false);
    auto *importFile = new QPushButton(tr("Import PSIDs from a &file..."), this);
    importFile->setObjectName(QStringLiteral("importPsidFile"));
    auto *importPaste = new QPushButton(tr("&Paste PSIDs..."), this);
    importPaste->setObjectName(QStringLiteral("importPsidPaste"));
    actions->addWidget(m_sync);
    actions->addWidget(m_cancelSync);
    actions->addWidget(m_syncProgress, 1);
    actions->addStretch();
    actions->addWidget(importFile);
    actions->addWidget(importPaste);
    layout->addLayout(actions);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("peopleStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &PeoplePanel::applyFilter);
    connect(m_text, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_label, &QComboBox::currentIndexChanged, this, &PeoplePanel::applyFilter);
    connect(m_window, &QComboBox::currentIndexChanged, this, &PeoplePanel::applyFilter);
    connect(m_sync, &QPushButton::clicked, this, &PeoplePanel::startSync);
    connect(m_cancelSync, &QPushButton::clicked, this, [this] {
        if (m_syncJob)
            m_syncJob->cancel();
    });
    connect(importFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import PSIDs"));
        if (path.isEmpty())
            return;
        models::BoundedFileReader reader(path, models::BoundedFileReader::Kind::PsidList);
        const auto text = reader.readLines();
        if (!text) {
            m_status->setText(reader.error());
            return;
        }
        importPsids(*text);
    });
    connect(importPaste, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(this, tr("Paste PSIDs"),
                                                            tr("One PSID a line:"), QString(), &ok);
        if (ok)
            importPsids(text);
    });
    updateCount();
}

void PeoplePanel::setLabels(const QList<std::pair<QString, QString>> &labels)
{
    const QString current = m_label->currentData().toString();
    m_label->blockSignals(true);
    m_label->clear();
    m_label->addItem(tr("Any label"), QString());
    QHash<QString, QString> names;
    for (const auto &[id, name] : labels) {
        m_label->addItem(name.isEmpty() ? id : name, id);
        names.insert(id, name.isEmpty() ? id : name);
    }
    m_label->setCurrentIndex(std::max(0, m_label->findData(current)));
    m_label->blockSignals(false);
    m_model->setLabelNames(names);
}

void PeoplePanel::applyFilter()
{
    store::ContactFilter filter;
    filter.text = m_text->text().trimmed();
    filter.labelId = m_label->currentData().toString();
    filter.openOnly = m_window->currentData().toBool();
    m_model->setFilter(filter);
    updateCount();
}

void PeoplePanel::updateCount()
{
    if (!m_model->lastError().isEmpty()) {
        m_count->setText(tr("The local store could not be read: %1").arg(m_model->lastError()));
        return;
    }
    const int rows = m_model->rowCount();
    if (rows == 0 && m_model->filter().text.isEmpty() && m_model->filter().labelId.isEmpty() &&
        !m_model->filter().openOnly)
        m_count->setText(tr("The app knows nobody of this Page yet: sync the conversations or "
                            "import PSIDs."));
    else
        m_count->setText(tr("%n person(s)", "", rows));
}

QStringList PeoplePanel::selectedPsids() const
{
    QStringList out;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    out.reserve(rows.size());
    for (const QModelIndex &index : rows)
        out.append(m_model->psidAt(index.row()));
    return out;
}

void PeoplePanel::importPsids(const QString &text)
{
    QStringList psids;
    QStringList bad;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (api::ParamCheck::isIdText(line))
            psids.append(line);
        else
            bad.append(tr("line %1: \"%2\"").arg(i + 1).arg(line));
    }
    store::ContactStore contacts(m_database, m_context.page.id);
    const auto added = contacts.addPsids(psids, QDateTime::currentMSecsSinceEpoch());
    if (!added) {
        m_status->setText(tr("The PSIDs could not be stored: %1").arg(contacts.lastError()));
        return;
    }
    QString message = tr("%n PSID(s) read: %1 new, %2 already known.", "", int(psids.size()))
                          .arg(*added)
                          .arg(int(psids.size()) - *added);
    if (!bad.isEmpty())
        message += QLatin1Char(' ') + tr("Not PSIDs: %1.").arg(bad.join(QStringLiteral(", ")));
    m_status->setText(message);
    m_model->refresh();
    updateCount();
    Q_EMIT contactsChanged();
}

void PeoplePanel::startSync()
{
    if (m_syncJob)
        return;
    m_syncJob =
        new models::ConversationSync(m_context.client, m_database, m_context.callOptions(), this);
    m_sync->setEnabled(false);
    m_cancelSync->setEnabled(true);
    m_syncProgress->setVisible(true);
    m_status->setText(models::ConversationSync::startedText());
    connect(m_syncJob, &models::ConversationSync::progress, this, [this](int listed, int stored) {
        m_status->setText(models::ConversationSync::progressText(listed, stored));
    });
    connect(m_syncJob, &models::ConversationSync::finished, this,
            [this](models::ConversationSync::Outcome) {
                m_status->setText(m_syncJob->outcomeText());
                m_syncJob->deleteLater();
                m_sync->setEnabled(true);
                m_cancelSync->setEnabled(false);
                m_syncProgress->setVisible(false);
                m_model->refresh();
                updateCount();
                Q_EMIT contactsChanged();
            });
    m_syncJob->start();
}

} // namespace mdesk::ui
