#include "ui/eventlog/eventfilterbar.h"

#include "api/graphevent.h"
#include "api/operationtable.h"
#include "models/eventlog/eventfilterproxy.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>
#include <algorithm>

namespace mdesk::ui {

namespace {
// Outcome choices beyond the single outcomes: failed and erred together.
constexpr int ProblemsChoice = -2;
constexpr int AnyChoice = -1;
} // namespace

EventFilterBar::EventFilterBar(models::EventFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_txId(new QLineEdit(this))
    , m_op(new QComboBox(this))
    , m_outcome(new QComboBox(this))
    , m_page(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_clear(new QToolButton(this))
{
    setObjectName(QStringLiteral("eventFilterBar"));

    m_txId->setObjectName(QStringLiteral("filterTxId"));
    m_txId->setPlaceholderText(tr("tx_id"));
    m_txId->setAccessibleName(tr("Filter by tx_id"));
    m_txId->setClearButtonEnabled(true);
    m_txId->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 20);

    m_op->setObjectName(QStringLiteral("filterOp"));
    m_op->setAccessibleName(tr("Filter by operation"));
    m_op->addItem(tr("All operations"), QString());
    QStringList ops;
    for (const api::OperationSpec &op : api::OperationTable::all())
        ops.append(op.id);
    ops.append(QStringLiteral("batch"));
    std::sort(ops.begin(), ops.end());
    for (const QString &op : std::as_const(ops))
        m_op->addItem(op, op);
    m_op->setMaxVisibleItems(20);

    m_outcome->setObjectName(QStringLiteral("filterOutcome"));
    m_outcome->setAccessibleName(tr("Filter by outcome"));
    m_outcome->addItem(tr("All outcomes"), AnyChoice);
    m_outcome->addItem(tr("Problems (failed or erred)"), ProblemsChoice);
    for (const api::EventOutcome outcome :
         {api::EventOutcome::Started, api::EventOutcome::Succeeded, api::EventOutcome::Failed,
          api::EventOutcome::Erred, api::EventOutcome::RetryScheduled})
        m_outcome->addItem(api::outcomeName(outcome), int(outcome));

    m_page->setObjectName(QStringLiteral("filterPage"));
    m_page->setAccessibleName(tr("Filter by Page"));
    m_page->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setKnownPages({});

    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setPlaceholderText(tr("Search events (Ctrl+F)"));
    m_text->setAccessibleName(tr("Search the events"));
    m_text->setClearButtonEnabled(true);

    m_clear->setObjectName(QStringLiteral("filterClear"));
    m_clear->setText(tr("Clear Filters"));
    m_clear->setToolTip(tr("Show every event again."));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_clear->setEnabled(false);

    m_typingTimer.setSingleShot(true);
    m_typingTimer.setInterval(TypingDelayMs);
    connect(&m_typingTimer, &QTimer::timeout, this, &EventFilterBar::applyTyped);
    connect(m_txId, &QLineEdit::textChanged, &m_typingTimer, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::textChanged, &m_typingTimer, qOverload<>(&QTimer::start));
    connect(m_txId, &QLineEdit::returnPressed, this, &EventFilterBar::applyNow);
    connect(m_text, &QLineEdit::returnPressed, this, &EventFilterBar::applyNow);
    connect(m_op, &QComboBox::currentIndexChanged, this, &EventFilterBar::applyOp);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &EventFilterBar::applyOutcome);
    connect(m_page, &QComboBox::currentIndexChanged, this, &EventFilterBar::applyPage);
    connect(m_clear, &QToolButton::clicked, this, &EventFilterBar::clear);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_txId, 2);
    layout->addWidget(m_op, 2);
    layout->addWidget(m_outcome, 1);
    layout->addWidget(m_page, 1);
    layout->addWidget(m_text, 3);
    layout->addWidget(m_clear);
    setTabOrder(m_txId, m_op);
    setTabOrder(m_op, m_outcome);
    setTabOrder(m_outcome, m_page);
    setTabOrder(m_page, m_text);
    setTabOrder(m_text, m_clear);
}

void EventFilterBar::setKnownPages(const QList<models::PageAccount> &pages)
{
    const QString current = m_page->currentData().toString();
    const QSignalBlocker blocker(m_page);
    m_page->clear();
    m_page->addItem(tr("All Pages"), QString());
    for (const models::PageAccount &page : pages)
        m_page->addItem(page.sandbox ? tr("%1 (sandbox)").arg(page.displayName())
                                     : page.displayName(),
                        page.ref().toString());
    const int index = m_page->findData(current);
    m_page->setCurrentIndex(std::max(0, index));
    if (index < 0 && !current.isEmpty())
        applyPage();
}

void EventFilterBar::setTxId(const QString &txId)
{
    {
        const QSignalBlocker blocker(m_txId);
        m_txId->setText(txId);
    }
    applyNow();
}

void EventFilterBar::clear()
{
    m_typingTimer.stop();
    {
        const QSignalBlocker blockTx(m_txId);
        const QSignalBlocker blockOp(m_op);
        const QSignalBlocker blockOutcome(m_outcome);
        const QSignalBlocker blockPage(m_page);
        const QSignalBlocker blockText(m_text);
        m_txId->clear();
        m_op->setCurrentIndex(0);
        m_outcome->setCurrentIndex(0);
        m_page->setCurrentIndex(0);
        m_text->clear();
    }
    m_proxy->clearFilters();
    m_clear->setEnabled(false);
    Q_EMIT filtersChanged();
}

void EventFilterBar::applyNow()
{
    m_typingTimer.stop();
    applyTyped();
}

bool EventFilterBar::isFiltering() const
{
    return !m_txId->text().trimmed().isEmpty() || m_op->currentIndex() > 0 ||
           m_outcome->currentIndex() > 0 || m_page->currentIndex() > 0 ||
           !m_text->text().trimmed().isEmpty();
}

void EventFilterBar::applyTyped()
{
    const QString txId = m_txId->text().trimmed();
    const QString text = m_text->text().trimmed();
    if (txId != m_proxy->txId())
        m_proxy->setTxId(txId);
    if (text != m_proxy->text())
        m_proxy->setText(text);
    m_clear->setEnabled(isFiltering());
    Q_EMIT filtersChanged();
}

void EventFilterBar::applyOp()
{
    m_proxy->setOp(m_op->currentData().toString());
    m_clear->setEnabled(isFiltering());
    Q_EMIT filtersChanged();
}

void EventFilterBar::applyOutcome()
{
    const int choice = m_outcome->currentData().toInt();
    QSet<int> outcomes;
    if (choice == ProblemsChoice)
        outcomes = {int(api::EventOutcome::Failed), int(api::EventOutcome::Erred)};
    else if (choice != AnyChoice)
        outcomes = {choice};
    m_proxy->setOutcomes(outcomes);
    m_clear->setEnabled(isFiltering());
    Q_EMIT filtersChanged();
}

void EventFilterBar::applyPage()
{
    m_proxy->setPage(m_page->currentData().toString());
    m_clear->setEnabled(isFiltering());
    Q_EMIT filtersChanged();
}

} // namespace mdesk::ui
