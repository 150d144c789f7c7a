#include "ui/broadcasts/historypanel.h"

#include "ui/broadcasts/reportview.h"

#include "models/broadcasts/broadcastbook.h"
#include "models/broadcasts/reporttablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mdesk::ui {

namespace {

QString stateText(const QString &state)
{
    using namespace models::BroadcastState;
    if (state == Finished)
        return HistoryPanel::tr("finished");
    if (state == Running)
        return HistoryPanel::tr("running");
    if (state == Paused)
        return HistoryPanel::tr("paused");
    if (state == Interrupted)
        return HistoryPanel::tr("interrupted");
    if (state == Stopped)
        return HistoryPanel::tr("stopped");
    if (state == Cancelled)
        return HistoryPanel::tr("cancelled");
    if (state == Scheduled)
        return HistoryPanel::tr("scheduled");
    return state;
}

} // namespace

HistoryPanel::HistoryPanel(models::BroadcastBook *book, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
{
    setObjectName(QStringLiteral("historyPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(tr("No broadcast yet: the ones you send or schedule are listed here, "
                            "also after a restart."),
                         top);
    m_empty->setObjectName(QStringLiteral("historyEmpty"));
    m_empty->setWordWrap(true);
    topLayout->addWidget(m_empty);
    m_table = new QTableWidget(0, 8, top);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Broadcasts of the Page"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("State"), tr("Created"), tr("Sent"),
                                        tr("Skipped"), tr("Failed"), tr("Unknown"), tr("Waiting")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    topLayout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    auto *reloadButton = new QPushButton(tr("Re&load"), top);
    reloadButton->setObjectName(QStringLiteral("historyReload"));
    m_resume = new QPushButton(tr("Res&ume (pending people only)"), top);
    m_resume->setObjectName(QStringLiteral("historyResume"));
    m_resume->setEnabled(false);
    buttons->addWidget(reloadButton);
    buttons->addStretch();
    buttons->addWidget(m_resume);
    topLayout->addLayout(buttons);
    m_report = new ReportView(splitter);
    m_report->setObjectName(QStringLiteral("historyReport"));
    m_report->setEmptyText(tr("Select a broadcast above to see its result per person."));
    layout->addWidget(splitter);

    connect(reloadButton, &QPushButton::clicked, this, &HistoryPanel::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HistoryPanel::showSelected);
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId())
            Q_EMIT resumeRequested(id);
    });
    reload();
}

qint64 HistoryPanel::selectedId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
}

void HistoryPanel::reload()
{
    const qint64 selected = selectedId();
    const auto all = m_book->list();
    m_table->setRowCount(0);
    if (!all) {
        m_empty->setText(tr("The history could not be read: %1").arg(m_book->lastError()));
        m_empty->setVisible(true);
        return;
    }
    m_empty->setVisible(all->isEmpty());
    m_table->setRowCount(int(all->size()));
    for (int row = 0; row < all->size(); ++row) {
        const auto &broadcast = all->at(row);
        auto *name = new QTableWidgetItem(broadcast.name);
        name->setData(Qt::UserRole, broadcast.id);
        name->setData(Qt::UserRole + 1, broadcast.state);
        m_table->setItem(row, 0, name);
        QString state = stateText(broadcast.state);
        if (broadcast.scheduledFor.isValid() &&
            broadcast.state == models::BroadcastState::Scheduled)
            state = tr("scheduled for %1")
                        .arg(QLocale().toString(broadcast.scheduledFor.toLocalTime(),
                                                QLocale::ShortFormat));
        m_table->setItem(row, 1, new QTableWidgetItem(state));
        m_table->setItem(row, 2,
                         new QTableWidgetItem(QLocale().toString(broadcast.created.toLocalTime(),
                                                                 QLocale::ShortFormat)));
        const QStringList states{models::RecipientState::Sent, models::RecipientState::Skipped,
                                 models::RecipientState::Failed, models::RecipientState::Unknown,
                                 models::RecipientState::Pending};
        for (int i = 0; i < states.size(); ++i)
            m_table->setItem(row, 3 + i,
                             new QTableWidgetItem(QString::number(broadcast.count(states.at(i)))));
    }
    m_table->resizeColumnsToContents();
    if (selected)
        select(selected);
}

void HistoryPanel::select(qint64 id)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(row);
            return;
        }
    }
}

void HistoryPanel::showSelected()
{
    const qint64 id = selectedId();
    m_resume->setEnabled(false);
    if (!id)
        return;
    const auto report = m_book->report(id);
    if (!report)
        return;
    m_report->setReport(*report);
    using namespace models::BroadcastState;
    const bool resumable = report->state != Running && report->state != Cancelled &&
                           report->count(models::RecipientState::Pending) > 0;
    m_resume->setEnabled(resumable);
}

} // namespace mdesk::ui
