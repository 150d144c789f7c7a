#include "ui/eventlog/eventlogdock.h"

#include "api/eventhub.h"
#include "models/eventlog/curlcommand.h"
#include "models/eventlog/eventfilterproxy.h"
#include "models/eventlog/eventjsonlines.h"
#include "models/eventlog/eventlogmodel.h"
#include "models/store/eventjournal.h"
#include "ui/eventlog/eventdetailview.h"
#include "ui/eventlog/eventfilterbar.h"
#include "ui/eventlog/eventheadingdelegate.h"
#include "ui/eventlog/eventoutcomedelegate.h"
#include "ui/widgets/messagebox.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace mdesk::ui {

using models::EventLogModel;

EventLogDock::EventLogDock(QWidget *parent)
    : QDockWidget(tr("Event Log"), parent)
    , m_model(new EventLogModel(this))
    , m_proxy(new models::EventFilterProxy(this))
    , m_filters(new EventFilterBar(m_proxy, nullptr))
    , m_view(new QTableView(nullptr))
    , m_detail(new EventDetailView(nullptr))
    , m_count(new QLabel(nullptr))
{
    setObjectName(QStringLiteral("eventLogDock"));
    m_proxy->setSourceModel(m_model);

    m_view->setObjectName(QStringLiteral("eventLogView"));
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Events"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setCornerButtonEnabled(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows, whatever arrives.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->setItemDelegate(new EventHeadingDelegate(m_view));
    m_view->setItemDelegateForColumn(EventLogModel::OutcomeColumn,
                                     new EventOutcomeDelegate(m_view));
    setColumnWidths();

    createActions();
    connect(m_view, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (const QModelIndex index = m_view->indexAt(pos); index.isValid())
            m_view->setCurrentIndex(index);
        QMenu menu(this);
        menu.addAction(m_filterTxIdAction);
        menu.addSeparator();
        menu.addAction(m_copyJsonAction);
        menu.addAction(m_copyCurlAction);
        menu.addSeparator();
        menu.addAction(m_clearFiltersAction);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EventLogDock::onCurrentRowChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow->isChecked())
            m_view->scrollToBottom();
        updateCount();
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &EventLogDock::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &EventLogDock::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &EventLogDock::updateCount);
    // A heading's text runs over the columns after Operation.
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &EventLogDock::updateHeadingSpans);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &EventLogDock::updateHeadingSpans);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &EventLogDock::updateHeadingSpans);
    connect(m_filters, &EventFilterBar::filtersChanged, this, [this] {
        if (m_journal && (m_proxy->txId() != m_earlierTxId || m_proxy->text() != m_earlierText))
            reloadEarlier();
        updateCount();
        onCurrentRowChanged();
    });

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("eventLogSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({700, 420});

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(createToolRow());
    layout->addWidget(splitter, 1);
    setWidget(content);

    updateCount();
}

void EventLogDock::setColumnWidths()
{
    const QFontMetrics metrics = m_view->fontMetrics();
    constexpr int pad = 18;
    const auto width = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + pad;
    };
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->resizeSection(EventLogModel::TimeColumn, width(QStringLiteral("00:00:00.000")));
    header->resizeSection(EventLogModel::TxIdColumn, width(QStringLiteral("0000000000")));
    header->resizeSection(EventLogModel::OpColumn,
                          width(QStringLiteral("fetch_messenger_profile")));
    header->resizeSection(EventLogModel::PageColumn, width(QStringLiteral("Bluebird Bakery")));
    header->resizeSection(EventLogModel::StatusColumn, width(QStringLiteral("HTTP")));
    header->resizeSection(EventLogModel::DurationColumn, width(QStringLiteral("0,000 ms")));
    header->setMinimumSectionSize(width(QStringLiteral("00")));
}

void EventLogDock::createActions()
{
    m_exportAction = new QAction(tr("Export Event &Log…"), this);
    m_exportAction->setObjectName(QStringLiteral("actionExportEventLog"));
    m_exportAction->setToolTip(tr("Save the events the filter shows as JSON lines."));
    connect(m_exportAction, &QAction::triggered, this, &EventLogDock::exportWithDialog);

    m_copyJsonAction = new QAction(tr("Copy as &JSON"), this);
    m_copyJsonAction->setObjectName(QStringLiteral("actionCopyEventJson"));
    m_copyJsonAction->setShortcut(QKeySequence::Copy);
    m_copyJsonAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyJsonAction, &QAction::triggered, this, &EventLogDock::copyJson);

    m_copyCurlAction = new QAction(tr("Copy as &curl"), this);
    m_copyCurlAction->setObjectName(QStringLiteral("actionCopyEventCurl"));
    m_copyCurlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyCurlAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyCurlAction->setToolTip(tr("Copy a curl command for this request; the token is "
                                    "written as $TOKEN."));
    connect(m_copyCurlAction, &QAction::triggered, this, &EventLogDock::copyCurl);

    m_filterTxIdAction = new QAction(tr("&Filter by This tx_id"), this);
    m_filterTxIdAction->setObjectName(QStringLiteral("actionFilterTxId"));
    m_filterTxIdAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_filterTxIdAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_filterTxIdAction, &QAction::triggered, this, &EventLogDock::filterByCurrentTxId);

    m_clearFiltersAction = new QAction(tr("Clear F&ilters"), this);
    m_clearFiltersAction->setObjectName(QStringLiteral("actionClearEventFilters"));
    connect(m_clearFiltersAction, &QAction::triggered, this, &EventLogDock::clearFilters);

    m_clearLogAction = new QAction(tr("C&lear Log"), this);
    m_clearLogAction->setObjectName(QStringLiteral("actionClearEventLog"));
    connect(m_clearLogAction, &QAction::triggered, this, &EventLogDock::clearLog);

    m_capacityAction = new QAction(tr("Log &Size…"), this);
    m_capacityAction->setObjectName(QStringLiteral("actionEventLogCapacity"));
    connect(m_capacityAction, &QAction::triggered, this, &EventLogDock::askCapacity);

    for (QAction *action : {m_copyJsonAction, m_copyCurlAction, m_filterTxIdAction})
        m_view->addAction(action);
}

QWidget *EventLogDock::createToolRow()
{
    auto *row = new QWidget(this);
    m_follow = new QToolButton(row);
    m_follow->setObjectName(QStringLiteral("eventLogFollow"));
    m_follow->setText(tr("Follow"));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep the newest event in view."));

    auto *exportButton = new QToolButton(row);
    exportButton->setObjectName(QStringLiteral("eventLogExport"));
    exportButton->setText(tr("Export…"));
    exportButton->setToolTip(m_exportAction->toolTip());
    connect(exportButton, &QToolButton::clicked, m_exportAction, &QAction::trigger);

    auto *more = new QToolButton(row);
    more->setObjectName(QStringLiteral("eventLogMore"));
    more->setText(QStringLiteral("⋯"));
    more->setAccessibleName(tr("More event log actions"));
    more->setToolTip(tr("More event log actions"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(more);
    menu->addAction(m_clearLogAction);
    menu->addAction(m_capacityAction);
    more->setMenu(menu);

    m_count->setParent(row);
    m_count->setObjectName(QStringLiteral("eventLogCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_filters->setParent(row);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_filters, 1);
    layout->addSpacing(6);
    layout->addWidget(m_count);
    layout->addWidget(m_follow);
    layout->addWidget(exportButton);
    layout->addWidget(more);
    return row;
}

void EventLogDock::attach(api::EventHub *hub)
{
    disconnect(m_hubConnection);
    if (hub)
        m_hubConnection = connect(hub, &api::EventHub::published, m_model, &EventLogModel::append);
}

void EventLogDock::attachJournal(store::EventJournal *journal)
{
    m_journal = journal;
    reloadEarlier();
}

void EventLogDock::reloadEarlier()
{
    m_earlierTxId = m_proxy->txId();
    m_earlierText = m_proxy->text();
    if (!m_journal) {
        m_model->setEarlierEvents({});
        updateCount();
        return;
    }
    QList<store::StoredEvent> stored;
    if (!m_earlierTxId.isEmpty())
        stored = m_journal->findByTxId(m_earlierTxId, EarlierLimit);
    else if (!m_earlierText.isEmpty())
        stored = m_journal->search(m_earlierText, EarlierLimit);
    else
        stored = m_journal->earlierRuns(EarlierLimit);
    QList<api::GraphEvent> events;
    events.reserve(stored.size());
    for (const store::StoredEvent &event : std::as_const(stored))
        if (event.runId != m_journal->runId()) // this run's are in the live section
            events.append(event.event);
    m_model->setEarlierEvents(events);
    updateCount();
}

int EventLogDock::capacity() const
{
    return m_model->capacity();
}

void EventLogDock::setCapacity(int capacity)
{
    m_model->setCapacity(capacity);
    updateCount();
}

void EventLogDock::setKnownPages(const QList<models::PageAccount> &pages)
{
    QHash<QString, QString> names;
    for (const models::PageAccount &page : pages)
        names.insert(page.ref().toString(), page.displayName());
    m_model->setPageNames(names);
    m_filters->setKnownPages(pages);
}

bool EventLogDock::selectRow(int row)
{
    const QModelIndex index = m_proxy->index(row, 0);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->selectRow(row);
    return true;
}

QJsonObject EventLogDock::currentEvent() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return {};
    return index.siblingAtColumn(0).data(EventLogModel::EventJsonRole).toJsonObject();
}

QString EventLogDock::currentEventJson() const
{
    const QJsonObject event = currentEvent();
    if (event.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Indented));
}

QString EventLogDock::currentCurl() const
{
    return models::CurlCommand::fromEvent(currentEvent());
}

bool EventLogDock::exportJsonLines(const QString &path, QString *error)
{
    m_filters->applyNow();
    m_model->flush();
    qint64 lines = 0;
    if (!models::EventJsonLines::writeFile(*m_proxy, path, error, &lines))
        return false;
    Q_EMIT statusMessage(
        tr("Exported %n event(s) to %1.", nullptr, int(lines)).arg(QDir::toNativeSeparators(path)));
    return true;
}

void EventLogDock::exportWithDialog()
{
    const QString suggested = QDir::home().filePath(
        QStringLiteral("messenger-desk-events-%1.jsonl")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Event Log"), suggested,
                                                      tr("JSON Lines (*.jsonl);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportJsonLines(path, &error))
        MessageBox::warning(this, tr("Export Event Log"), error);
}

void EventLogDock::copyJson()
{
    const QString json = currentEventJson();
    if (json.isEmpty())
        return;
    QApplication::clipboard()->setText(json);
    Q_EMIT statusMessage(tr("Copied the event as JSON."));
}

void EventLogDock::copyCurl()
{
    const QString curl = currentCurl();
    if (curl.isEmpty())
        return;
    QApplication::clipboard()->setText(curl);
    Q_EMIT statusMessage(tr("Copied a curl command; set TOKEN before running it."));
}

void EventLogDock::filterByCurrentTxId()
{
    const QModelIndex index = m_view->currentIndex();
    if (index.isValid())
        filterByTxId(index.data(EventLogModel::TxIdRole).toString());
}

void EventLogDock::filterByTxId(const QString &txId)
{
    m_model->flush();
    m_filters->setTxId(txId);
    if (!isVisible())
        show();
    raise();
}

void EventLogDock::clearFilters()
{
    m_filters->clear();
}

void EventLogDock::clearLog()
{
    m_model->clear();
    m_detail->setEvent({});
    updateCount();
}

void EventLogDock::focusSearch()
{
    if (!isVisible())
        show();
    m_filters->textField()->setFocus(Qt::ShortcutFocusReason);
    m_filters->textField()->selectAll();
}

void EventLogDock::onCurrentRowChanged()
{
    const QJsonObject event = currentEvent();
    m_detail->setEvent(event);
    const bool has = !event.isEmpty();
    m_copyJsonAction->setEnabled(has);
    m_copyCurlAction->setEnabled(has);
    m_filterTxIdAction->setEnabled(has);
}

void EventLogDock::updateHeadingSpans()
{
    m_view->clearSpans();
    const int headings[] = {0, m_model->earlierRowCount() - 1};
    if (m_model->earlierRowCount() == 0)
        return;
    for (const int sourceRow : headings) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
        if (index.isValid())
            m_view->setSpan(index.row(), EventLogModel::OpColumn, 1,
                            EventLogModel::ColumnCount - EventLogModel::OpColumn);
    }
}

void EventLogDock::updateCount()
{
    const QLocale locale;
    const int headings = m_model->headingRowCount(); // the proxy keeps headings
    const int shown = m_proxy->rowCount() - headings;
    const int total = m_model->rowCount() - headings;
    m_count->setText(shown == total
                         ? tr("%Ln event(s)", nullptr, total)
                         : tr("%1 of %Ln event(s)", nullptr, total).arg(locale.toString(shown)));
    m_exportAction->setEnabled(shown > 0);
}

void EventLogDock::askCapacity()
{
    bool ok = false;
    const int capacity = QInputDialog::getInt(
        this, tr("Event Log Size"), tr("Number of events to keep (the oldest go first):"),
        m_model->capacity(), MinCapacity, MaxCapacity, MinCapacity, &ok);
    if (!ok || capacity == m_model->capacity())
        return;
    setCapacity(capacity);
    Q_EMIT capacityChanged(capacity);
}

} // namespace mdesk::ui
