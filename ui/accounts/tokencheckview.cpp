#include "ui/accounts/tokencheckview.h"

#include "api/graphclient.h"
#include "ui/widgets/statuscolors.h"

#include <QDateTime>
#include <QEvent>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace mdesk::ui {

TokenCheckView::TokenCheckView(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("tokenCheck"));
    m_text->setObjectName(QStringLiteral("tokenCheckText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    reset();
}

TokenCheckView::~TokenCheckView()
{
    if (m_reply)
        m_reply->cancel();
}

QString TokenCheckView::text() const
{
    return m_text->text();
}

void TokenCheckView::reset()
{
    if (m_reply)
        m_reply->cancel();
    m_scopes.clear();
    display(State::Idle, QString());
    setVisible(false);
}

void TokenCheckView::check(api::GraphClient *client, const QString &appId, const QString &token)
{
    if (m_reply)
        m_reply->cancel();
    m_scopes.clear();
    setVisible(true);
    if (token.trimmed().isEmpty()) {
        display(State::Failed, tr("Type or paste a token first."));
        Q_EMIT finished(m_state);
        return;
    }
    if (!client) {
        display(State::Failed, tr("No connection to Graph is set up."));
        Q_EMIT finished(m_state);
        return;
    }
    display(State::Checking, tr("Asking Graph about the token…"));
    api::CallOptions options;
    options.appId = appId;
    options.source = QStringLiteral("gui");
    m_reply = client->call(QStringLiteral("debug_token"),
                           {{QStringLiteral("input_token"), token.trimmed()}}, options);
    connect(m_reply, &api::GraphReply::finished, this, &TokenCheckView::onResult);
}

void TokenCheckView::onResult(const api::GraphResult &result)
{
    if (!result.isOk()) {
        display(State::Failed,
                tr("The token could not be checked: %1").arg(result.error().summary()));
        Q_EMIT finished(m_state);
        return;
    }
    const QJsonObject answer = result.object().value(QStringLiteral("data")).toObject();
    for (const QJsonValue &scope : answer.value(QStringLiteral("scopes")).toArray())
        m_scopes.append(scope.toString());
    const bool valid = answer.value(QStringLiteral("is_valid")).toBool();
    QStringList lines;
    if (valid) {
        const QString type = answer.value(QStringLiteral("type")).toString();
        const QString application = answer.value(QStringLiteral("application")).toString();
        if (type == QLatin1String("PAGE"))
            lines << tr("Valid Page token for %1.").arg(application);
        else if (type == QLatin1String("USER"))
            lines << tr("Valid user token for %1.").arg(application);
        else if (type == QLatin1String("APP"))
            lines << tr("Valid app token for %1.").arg(application);
        else
            lines << tr("Valid token for %1.").arg(application);
    } else {
        const QString reason = answer.value(QStringLiteral("error"))
                                   .toObject()
                                   .value(QStringLiteral("message"))
                                   .toString();
        lines << (reason.isEmpty() ? tr("Not valid.") : tr("Not valid: %1").arg(reason));
    }
    lines << (m_scopes.isEmpty() ? tr("Scopes: none.")
                                 : tr("Scopes: %1.").arg(m_scopes.join(QStringLiteral(", "))));
    const qint64 expires = answer.value(QStringLiteral("expires_at")).toInteger();
    if (valid)
        lines << (expires == 0 ? tr("Expires: never.")
                               : tr("Expires: %1.")
                                     .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(expires),
                                                             QLocale::LongFormat)));
    display(valid ? State::Valid : State::Invalid, lines.join(QLatin1Char('\n')));
    Q_EMIT finished(m_state);
}

void TokenCheckView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        display(m_state, m_text->text());
    QWidget::changeEvent(event);
}

void TokenCheckView::display(State state, const QString &text)
{
    m_state = state;
    m_text->setText(text);
    StatusColors::Tone tone = StatusColors::Tone::Neutral;
    if (state == State::Valid)
        tone = StatusColors::Tone::Positive;
    else if (state == State::Invalid || state == State::Failed)
        tone = StatusColors::Tone::Negative;
    else if (state == State::Checking)
        tone = StatusColors::Tone::Muted;
    QPalette palette = m_text->palette();
    palette.setColor(QPalette::WindowText, StatusColors::foreground(tone, this->palette()));
    m_text->setPalette(palette);
}

} // namespace mdesk::ui
