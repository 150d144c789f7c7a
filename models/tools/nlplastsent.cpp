#include "models/tools/nlplastsent.h"

#include <QJsonDocument>
#include <QSettings>

namespace mdesk::models {

namespace {

const QString kInputKey = QStringLiteral("input");
const QString kTokenKey = QStringLiteral("customTokenSent");
const QString kSentAtKey = QStringLiteral("sentAt");

} // namespace

NlpLastSent::NlpLastSent(QString appId, QString pageId)
    : m_appId(std::move(appId))
    , m_pageId(std::move(pageId))
{}

QString NlpLastSent::group() const
{
    return QStringLiteral("toolsNlpLastSent/%1/%2").arg(m_appId, m_pageId);
}

std::optional<NlpLastSent::Record> NlpLastSent::load() const
{
    if (m_appId.isEmpty() || m_pageId.isEmpty())
        return std::nullopt;
    QSettings settings;
    settings.beginGroup(group());
    const QJsonDocument input =
        QJsonDocument::fromJson(settings.value(kInputKey).toString().toUtf8());
    if (!input.isObject())
        return std::nullopt;
    Record record;
    record.input = input.object();
    record.customTokenSent = settings.value(kTokenKey).toBool();
    record.sentAt = QDateTime::fromString(settings.value(kSentAtKey).toString(), Qt::ISODate);
    return record;
}

bool NlpLastSent::save(const QJsonObject &input, const QDateTime &sentAt)
{
    if (m_appId.isEmpty() || m_pageId.isEmpty())
        return false;
    QJsonObject kept = input;
    const bool token = kept.contains(QStringLiteral("custom_token"));
    kept.remove(QStringLiteral("custom_token")); // a secret: never in a settings file
    QSettings settings;
    settings.beginGroup(group());
    settings.setValue(kInputKey,
                      QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact)));
    settings.setValue(kTokenKey, token);
    settings.setValue(kSentAtKey, sentAt.toUTC().toString(Qt::ISODate));
    settings.endGroup();
    settings.sync();
    return settings.status() == QSettings::NoError;
}

void NlpLastSent::clear()
{
    QSettings settings;
    settings.remove(group());
}

} // namespace mdesk::models
