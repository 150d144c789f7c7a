#pragma once

#include "contactbook.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <random>
#include <utility>

namespace mdesk::sandbox {

// One person who talked to the sandbox's pages. Graph never exposes a person: each page
// sees a page-scoped id (PSID) and each app an app-scoped id (ASID); ID matching maps
// between them.
struct Person
{
    QString firstName;
    QString lastName;
    QString gender; // "male" | "female"
    QString locale; // ll_CC
    int timezone = 0;
    QHash<QString, QString> psidByPage; // page id -> PSID
    QHash<QString, QString> asidByApp;  // app id -> ASID

    QString fullName() const { return firstName + QLatin1Char(' ') + lastName; }
};

struct CustomLabel
{
    QString id;
    QString name;
    QStringList psids; // in the order they were labelled
};

struct Broadcast
{
    QString id;
    QString creativeId;
    QString labelId; // custom_label_id, empty: every subscriber
    QString notificationType;
    QString messagingType;
    QString tag;
    QDateTime createdAt;
    QDateTime scheduledAt; // invalid: sent right away
    bool cancelled = false;
    int recipients = 0;

    // SCHEDULED, IN_PROGRESS, FINISHED or CANCELED as Graph reports them.
    QString status(const QDateTime &now) const;
};

struct Attachment
{
    QString id;
    QString type;
    QString url;      // remote URL, or empty for an uploaded file
    QString fileName; // uploaded file
    qint64 bytes = 0;
    bool reusable = false;
};

struct MessengerCode
{
    QString id;
    QString ref;
    int imageSize = 1000;
};

// A message the Send API accepted (sender actions are not messages and are not kept).
struct SentMessage
{
    QString id;          // message_id
    QString recipientId; // the PSID, or the id Graph answered for another recipient form
    QString messagingType;
    QString tag;
    QString personaId;
    QDateTime at;
};

// A persona the page speaks as (POST /me/personas).
struct Persona
{
    QString id;
    QString name;
    QString profilePictureUrl;
};

// Everything Graph keeps for one Page. Values are what the Messenger Platform stores.
struct PageState
{
    QString id;
    QString name;
    QString category;
    QString appId; // the app whose page token this is (the primary receiver)
    QString token;
    QJsonObject profile;                  // Messenger profile properties that are set
    QHash<QString, QJsonArray> userMenus; // PSID -> user-level persistent menu
    QStringList labelOrder;
    QHash<QString, CustomLabel> labels;
    QHash<QString, QJsonArray> creatives; // message_creative_id -> messages
    QStringList broadcastOrder;
    QHash<QString, Broadcast> broadcasts;
    QHash<QString, int> reachEstimations;   // id -> estimated reach
    QHash<QString, QString> threadOwners;   // PSID -> app id; absent: primary receiver
    QHash<QString, QString> threadRequests; // PSID -> app id that asked for control
    QList<std::pair<QString, QString>> secondaryReceivers; // app id, name
    QStringList subscribedFields;                          // webhook fields; empty: not subscribed
    QJsonObject nlpConfig;
    QList<std::pair<QString, QString>> featureReview; // feature, status
    QStringList psids;                                // the page's users, in order
    QSet<QString> linkedPsids;                        // account linking done
    QHash<QString, Attachment> attachments;
    QHash<QString, MessengerCode> codes;
    ContactBook contacts;            // people with a conversation, see DemoData
    QList<SentMessage> sentMessages; // the latest kSentMessagesKept, oldest first
    int messagesSent = 0;
    int senderActions = 0;
    QStringList personaOrder;
    QHash<QString, Persona> personas;
    bool restricted = false; // the Send API answers 10/1893063 (POST /__sandbox/options)

    static constexpr int kSentMessagesKept = 100000;
};

struct AppState
{
    QString id;
    QString name;
    QString secret;
    QString appToken;  // an issued app token; "{id}|{secret}" is accepted too
    QString userToken; // the admin's user token (list_pages)
    QString userId;
    QString userName;
    bool requireProof = false; // "Require App Secret" in the app's settings
    QStringList pageIds;
};

enum class TokenType { Page, App, User };

// Who a token belongs to.
struct TokenGrant
{
    TokenType type = TokenType::Page;
    QString appId;
    QString pageId; // page tokens
    QString userId; // user and page tokens
    QDateTime issuedAt;
    bool invalidated = false;
};

enum class ObjectKind {
    None,
    App,
    Page,
    User,    // PSID, scoped to a page
    AppUser, // ASID, scoped to an app
    Label,
    Broadcast,
    Creative,
    ReachEstimation,
    Attachment,
    MessengerCode,
    Person, // the admin user of an app (user token)
    Conversation,
    Persona // a persona of a page
};

struct ObjectRef
{
    ObjectKind kind = ObjectKind::None;
    QString pageId; // owning page, for page-scoped objects
    QString appId;  // owning app, for ASIDs and pages
    int person = -1;
};

// The whole world of one LocalGraph: apps, pages, people, and what the pages keep. Owned
// by LocalGraph; handlers read and change it on the server's thread only.
class SandboxState
{
public:
    QList<AppState> apps;
    QStringList pageOrder;
    QHash<QString, PageState> pages;
    QList<Person> persons;
    QHash<QString, TokenGrant> tokens;

    AppState *app(const QString &id);
    const AppState *app(const QString &id) const;
    PageState *page(const QString &id);
    const PageState *page(const QString &id) const;

    void registerObject(const QString &id, const ObjectRef &ref) { m_objects.insert(id, ref); }
    void unregisterObject(const QString &id) { m_objects.remove(id); }
    ObjectRef object(const QString &id) const { return m_objects.value(id); }

    // A new Graph-looking numeric id, unique in this state.
    QString newId();
    // A Send API message id ("m_..."), random like Graph's.
    QString newMessageId();
    // 11 characters like Graph's fbtrace_id.
    QString newTraceId();
    std::mt19937 &random() { return m_random; }
    void seed(quint32 seed);

    // The sandbox's clock: real time plus an offset that tests and the control endpoint
    // can advance, so schedules and rate windows can be tried without waiting.
    QDateTime now() const;
    // Moves the clock by seconds; false (and nothing moved) when the clock would end up
    // more than kMaxClockOffsetSeconds away from real time.
    bool advanceClock(qint64 seconds);
    static constexpr qint64 kMaxClockOffsetSeconds = qint64(100) * 366 * 24 * 3600;

    // The person behind a PSID of a page, or nullptr.
    const Person *personForPsid(const QString &psid) const;
    const Person *personForAsid(const QString &asid) const;

    // Removes everything (DemoData fills it again).
    void clear();

private:
    QHash<QString, ObjectRef> m_objects;
    quint64 m_nextId = 0;
    qint64 m_clockOffsetSeconds = 0;
    std::mt19937 m_random;
};

} // namespace mdesk::sandbox
