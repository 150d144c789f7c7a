#include "ui/shell/overviewtab.h"

#include "api/operationtable.h"
#include "ui/shell/profilesummary.h"
#include "ui/widgets/messagebar.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "models/profile/profiledocument.h"

namespace mdesk::ui {

namespace {
// The order a page admin reads them in: what people see first, then the plumbing.
const QStringList &displayOrder()
{
    static const QStringList order{QStringLiteral("greeting"),
                                   QStringLiteral("get_started"),
                                   QStringLiteral("ice_breakers"),
                                   QStringLiteral("persistent_menu"),
                                   QStringLiteral("whitelisted_domains"),
                                   QStringLiteral("account_linking_url"),
                                   QStringLiteral("home_url"),
                                   QStringLiteral("target_audience"),
                                   QStringLiteral("payment_settings")};
    return order;
}
} // namespace

OverviewTab::OverviewTab(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_status(new QLabel(this))
    , m_showInLog(new QPushButton(tr("Show in Event Log"), this))
    , m_error(new MessageBar(this))
{
    setObjectName(QStringLiteral("overviewTab"));

    auto *heading = new QLabel(tr("Messenger setup"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *intro = new QLabel(
        tr("What this Page shows in Messenger right now, as Graph reports it. Nothing here "
           "changes the Page."),
        this);
    intro->setWordWrap(true);

    m_refresh->setObjectName(QStringLiteral("overviewRefresh"));
    m_refresh->setToolTip(tr("Read the Page's Messenger profile again (F5)."));
    connect(m_refresh, &QPushButton::clicked, this, &OverviewTab::refresh);

    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(heading, 1);
    headerRow->addWidget(m_refresh);

    m_error->setObjectName(QStringLiteral("overviewError"));
    m_error->setCloseButtonVisible(false);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setHorizontalSpacing(18);
    form->setVerticalSpacing(8);
    for (const QString &field : displayOrder()) {
        auto *value = new QLabel(this);
        value->setObjectName(QStringLiteral("overview_") + field);
        value->setWordWrap(true);
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        auto *label = new QLabel(ProfileSummary::fieldLabel(field) + QLatin1Char(':'), this);
        label->setBuddy(value);
        form->addRow(label, value);
        m_values.insert(field, value);
    }

    m_status->setObjectName(QStringLiteral("overviewStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_showInLog->setObjectName(QStringLiteral("overviewShowInLog"));
    m_showInLog->setFlat(true);
    m_showInLog->setToolTip(tr("Filter the event log by this call's tx_id."));
    m_showInLog->setEnabled(false);
    connect(m_showInLog, &QPushButton::clicked, this,
            [this] { Q_EMIT showTransactionRequested(lastTxId()); });
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_showInLog);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(10);
    layout->addLayout(headerRow);
    layout->addWidget(intro);
    layout->addWidget(m_error);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addLayout(statusRow);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    setTabOrder(m_refresh, m_showInLog);
    if (models::LivePage *live = m_context.live) {
        connect(live, &models::LivePage::stateChanged, this, &OverviewTab::onLiveStateChanged);
        connect(live, &models::LivePage::profileChanged, this, &OverviewTab::onLiveStateChanged);
    }
    onLiveStateChanged();
}

OverviewTab::~OverviewTab() = default;

QJsonObject OverviewTab::profile() const
{
    return m_context.live ? m_context.live->profile() : QJsonObject();
}

QString OverviewTab::lastTxId() const
{
    if (!m_context.live)
        return {};
    return m_context.live->isLoading() || !m_context.live->hasProfile()
               ? m_context.live->fetchTxId()
               : m_context.live->profileReading().txId;
}

QString OverviewTab::summaryOf(const QString &field) const
{
    return ProfileSummary::describe(field, profile().value(field));
}

QStringList OverviewTab::servedFields() const
{
    const api::GraphVersion version = m_context.graphVersion();
    QStringList fields;
    for (const QString &field : api::OperationTable::profileFields()) {
        const api::OperationSpec *op = api::OperationTable::find(QStringLiteral("fetch_") + field);
        if (op && !op->isRemovedOn(version))
            fields.append(field);
    }
    return fields;
}

void OverviewTab::refresh()
{
    if (m_context.live)
        m_context.live->refresh(); // joins a read in flight
}

void OverviewTab::onLiveStateChanged()
{
    const models::LivePage *live = m_context.live;
    State state = State::Idle;
    if (live && live->isLoading())
        state = State::Loading;
    else if (live && live->state() == models::LivePage::State::Failed)
        state = State::Failed;
    else if (live && live->hasProfile())
        state = State::Loaded;
    if (state == State::Failed)
        m_error->showMessage(MessageBar::Tone::Negative,
                             tr("The Messenger profile could not be read: %1")
                                 .arg(live->lastFetchResult().error().summary()));
    else if (state != State::Loading)
        m_error->hide();
    const bool changed = state != m_state;
    m_state = state;
    showStatus();
    showProfile();
    if (changed)
        Q_EMIT stateChanged(state);
}

void OverviewTab::showStatus()
{
    m_refresh->setEnabled(m_context.live && m_state != State::Loading);
    const QString txId = lastTxId();
    m_showInLog->setEnabled(!txId.isEmpty());
    const QDateTime readAt = m_context.live ? m_context.live->profileReading().readAt : QDateTime();
    const QString time = QLocale().toString(
        (readAt.isValid() ? readAt.toLocalTime() : QDateTime::currentDateTime()).time(),
        QLocale::ShortFormat);
    switch (m_state) {
    case State::Idle:
        m_status->setText(tr("Not read yet."));
        break;
    case State::Loading:
        m_status->setText(tr("Reading the Messenger profile…"));
        break;
    case State::Loaded:
        m_status->setText(tr("Read at %1 (tx_id %2).").arg(time, txId.left(8)));
        break;
    case State::Failed:
        m_status->setText(tr("Reading failed at %1 (tx_id %2).").arg(time, txId.left(8)));
        break;
    }
}

void OverviewTab::showProfile()
{
    const QStringList served = servedFields();
    const QString version = m_context.graphVersion().toString();
    // The last read stays on show while a new one runs.
    const bool have = m_context.live && m_context.live->hasProfile();
    for (auto it = m_values.begin(); it != m_values.end(); ++it) {
        QLabel *label = it.value();
        QString text;
        if (!served.contains(it.key()))
            text = tr("Not served on Graph API %1.").arg(version);
        else if (have)
            text = summaryOf(it.key());
        const bool known = have && !text.isEmpty() && served.contains(it.key());
        if (text.isEmpty())
            text = have ? tr("Not set") : tr("Unknown");
        label->setText(text);
        label->setForegroundRole(known ? QPalette::WindowText : QPalette::PlaceholderText);
    }
}

void OverviewTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_context.live)
        m_context.live->ensureLoaded();
}

} // namespace mdesk::ui
