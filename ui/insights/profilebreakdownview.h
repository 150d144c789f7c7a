#pragma once

#include "models/insights/audiencestats.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace mdesk::api {
class GraphClient;
}
namespace mdesk::store {
class Database;
}
namespace mdesk::models {
class ProfileReader;
}

namespace mdesk::ui {

class CategoryChart;

// The locale / timezone / gender part of the Audience section. It asks the Page's feature
// review (fetch_messaging_feature_review) which of the three fields Graph gives this Page
// (features pages_user_locale, pages_user_timezone, pages_user_gender); for those it draws
// the breakdown of the people whose profile the store holds, and "Read profiles" reads the
// rest (ProfileReader: batches of 50, progress, cancel). For the others a line names the
// missing feature.
//
// Widgets: "profileBreakdownLabel" (what is known, what is missing), "readProfilesButton",
// "cancelProfilesButton", "profileProgress", charts "localeChart", "timezoneChart",
// "genderChart". Contract: reviewed() once the feature review answered (or failed);
// profilesStored() when a read finished having stored at least one profile (the owner
// reloads the people then); readFinished() after every read.
class ProfileBreakdownView : public QWidget
{
    Q_OBJECT
public:
    ProfileBreakdownView(api::GraphClient *client, QString appId, QString pageId,
                         QWidget *parent = nullptr);

    // Where profiles are kept; without one, "Read profiles" stays disabled and says why.
    void setDatabase(store::Database *database) { m_database = database; }
    // Draws the breakdown of these people (from the store); asks the review the first time.
    void setPeople(const QList<models::AudienceStatsPerson> &people);
    // Fields the review approved ("locale", "timezone", "gender").
    const QStringList &allowedFields() const { return m_allowed; }
    bool isReading() const { return !m_reader.isNull(); }

public Q_SLOTS:
    void readProfiles();
    void cancelRead();

Q_SIGNALS:
    void reviewed();
    void profilesStored();
    void readFinished();

private:
    void checkReview();
    void draw();
    void drawField(CategoryChart *chart, const QString &field);
    void updateControls();

    api::GraphClient *m_client;
    store::Database *m_database = nullptr;
    QString m_appId;
    QString m_pageId;
    QList<models::AudienceStatsPerson> m_people;
    QStringList m_allowed;
    QStringList m_missing;
    QString m_reviewError;
    QString m_readMessage;
    bool m_reviewAsked = false;
    bool m_reviewKnown = false;
    QPointer<models::ProfileReader> m_reader;

    QLabel *m_text;
    QPushButton *m_read;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    CategoryChart *m_locale;
    CategoryChart *m_timezone;
    CategoryChart *m_gender;
};

} // namespace mdesk::ui
