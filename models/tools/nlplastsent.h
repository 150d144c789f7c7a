#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace mdesk::models {

// What this app last sent with set_nlp_configs for a Page. Graph has no operation that
// reads NLP settings back (graph-api.md lists only set_nlp_configs), so this record is the
// only thing the NLP form can show besides defaults. Kept in the application's settings
// (QSettings, group "toolsNlpLastSent/<appId>/<pageId>"), non-secret only: the custom
// token itself is never kept, only whether one was sent.
class NlpLastSent
{
public:
    struct Record
    {
        QJsonObject input; // nlp_enabled, model?, verbose?, n_best? (never custom_token)
        bool customTokenSent = false;
        QDateTime sentAt; // UTC
    };

    NlpLastSent(QString appId, QString pageId);

    std::optional<Record> load() const;
    // Keeps input (a set_nlp_configs input Graph accepted) without its custom_token.
    bool save(const QJsonObject &input, const QDateTime &sentAt);
    void clear();

private:
    QString group() const;

    QString m_appId;
    QString m_pageId;
};

} // namespace mdesk::models
