#include "ui/eventlog/eventdetailview.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mdesk::ui {

namespace {
QPlainTextEdit *makeJsonView(QWidget *parent, const QString &objectName, const QString &name)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setAccessibleName(name);
    view->setTabChangesFocus(true);
    return view;
}

QString pretty(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed();
}
} // namespace

EventDetailView::EventDetailView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_request(makeJsonView(this, QStringLiteral("eventRequest"), tr("Request JSON")))
    , m_response(makeJsonView(this, QStringLiteral("eventResponse"), tr("Response JSON")))
{
    setObjectName(QStringLiteral("eventDetail"));
    m_summary->setObjectName(QStringLiteral("eventSummary"));
    // Two lines of their own (topic; tx_id and the rest), so nothing wraps out of sight.
    m_summary->setWordWrap(false);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_request, tr("Request"));
    m_tabs->addTab(m_response, tr("Response"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    setEvent(QJsonObject());
}

void EventDetailView::setEvent(const QJsonObject &event)
{
    if (event.isEmpty()) {
        m_summary->setText(tr("Select an event to see its request and response.") +
                           QLatin1Char('\n'));
        m_request->clear();
        m_response->clear();
        return;
    }
    const QJsonObject payload = event.value(QStringLiteral("data")).toObject();
    m_summary->setText(event.value(QStringLiteral("topic")).toString() + QLatin1Char('\n') +
                       tr("tx_id %1 · attempt %2 · from %3")
                           .arg(event.value(QStringLiteral("transaction_id")).toString())
                           .arg(payload.value(QStringLiteral("attempt")).toInt(1))
                           .arg(event.value(QStringLiteral("source")).toString()));
    m_request->setPlainText(pretty(payload.value(QStringLiteral("request")).toObject()));

    QJsonObject answer;
    if (payload.contains(QStringLiteral("response")))
        answer.insert(QStringLiteral("response"), payload.value(QStringLiteral("response")));
    if (payload.contains(QStringLiteral("error")))
        answer.insert(QStringLiteral("error"), payload.value(QStringLiteral("error")));
    if (answer.isEmpty())
        m_response->setPlainText(
            event.value(QStringLiteral("outcome")).toString() == QLatin1String("started")
                ? tr("No answer yet: this event was published when the call started. The "
                     "answer is in the next event with the same tx_id.")
                : tr("This event carries no answer."));
    else if (answer.size() == 1 && answer.contains(QStringLiteral("response")))
        m_response->setPlainText(pretty(answer.value(QStringLiteral("response")).toObject()));
    else
        m_response->setPlainText(pretty(answer));
}

QString EventDetailView::requestText() const
{
    return m_request->toPlainText();
}

QString EventDetailView::responseText() const
{
    return m_response->toPlainText();
}

} // namespace mdesk::ui
