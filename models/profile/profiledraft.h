#pragma once

#include "api/fieldrules.h"
#include "api/graphversion.h"
#include "models/profile/profiledocument.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>

namespace mdesk::models {

// A field the admin had edited whose value on the page changed since: the draft keeps
// `mine` until the admin picks (keepMine or takePage). undefined = not set.
struct FieldConflict
{
    QString field;
    QJsonValue base; // what the page had when the admin started editing
    QJsonValue mine; // what the admin typed
    QJsonValue page; // what the page has now
};

// The Messenger profile of one page as an editable draft: what the page has (live) and
// what the admin wants (draft). Every editor of the Profile and Menu tabs reads and writes
// fields here; the draft checks itself against the field rules of the page's Graph version
// and knows the one change that applies it.
//
// Contract: changed() after every edit, revert and load that alters the draft;
// liveChanged() after setLive(); conflictsChanged() when the set of conflicts or one of
// their values changes; versionChanged() then changed() after setVersion(). All are
// emitted synchronously, in the order liveChanged, changed, conflictsChanged.
//
// Live changes (setLive after the first): a field the draft had not touched (its value
// equals what the page had) takes the page's new value; a touched field whose page value
// changed becomes a FieldConflict, keeping what the admin typed. canApply() is false
// while any conflict is unpicked, so nothing typed is lost and nothing stale is sent.
class ProfileDraft : public QObject
{
    Q_OBJECT
public:
    explicit ProfileDraft(api::GraphVersion version, QObject *parent = nullptr);

    api::GraphVersion version() const { return m_version; }
    // Another Graph version for the page (the app moved): the rules check against it.
    void setVersion(api::GraphVersion version);
    // Properties this version still serves (home_url is gone from v7.0).
    QStringList servedFields() const;
    // The properties this draft edits and applies (empty: every served one). The others are
    // still fetched, as context for cross-field rules, but never sent.
    void setScope(const QStringList &fields) { m_scope = fields; }
    QStringList editedFields() const;
    // Whether a property is deprecated on this version, and the note that says why and since.
    bool isDeprecated(const QString &field) const;
    QString deprecationNote(const QString &field) const;

    const QJsonObject &live() const { return m_live; }
    const QJsonObject &draft() const { return m_draft; }
    bool hasLive() const { return m_hasLive; }
    QJsonValue field(const QString &name) const { return m_draft.value(name); }

    // Takes the page's profile as read or applied. The first time, an empty draft takes
    // it whole; later, untouched fields follow it and touched ones that changed on the
    // page become conflicts (see the class comment).
    void setLive(const QJsonObject &live);

    const QMap<QString, FieldConflict> &conflicts() const { return m_conflicts; }
    bool hasConflict(const QString &field) const { return m_conflicts.contains(field); }
    // The admin's pick: keep what they typed (it will replace the page's value on apply),
    // or take the page's value into the draft. Both end the conflict.
    void keepMine(const QString &field);
    void takePage(const QString &field);
    // undefined or null clears the field (it will be reset on apply).
    void setField(const QString &name, const QJsonValue &value);
    // Replaces the whole draft (import, restore after a crash).
    void setDraft(const QJsonObject &draft);
    void revert();

    bool isDirty() const { return !change().isEmpty(); }
    ProfileChange change() const;
    // Broken rules of the fields that would be sent, with cross-field rules checked against
    // the profile as it would be after applying.
    QList<api::Violation> violations() const;
    QList<api::Violation> violationsFor(const QString &field) const;
    bool canApply() const { return isDirty() && m_conflicts.isEmpty() && violations().isEmpty(); }

    // {"version", "live", "draft", "conflicts"} for DraftStore; restore() reads it back.
    QJsonObject toJson() const;
    bool restore(const QJsonObject &saved);

Q_SIGNALS:
    void changed();
    void liveChanged();
    void conflictsChanged();
    void versionChanged(mdesk::api::GraphVersion version);

private:
    bool inScope(const QString &field) const
    {
        return m_scope.isEmpty() || m_scope.contains(field);
    }
    void rebase(const QJsonObject &live);

    api::GraphVersion m_version;
    QJsonObject m_live;
    QJsonObject m_draft;
    bool m_hasLive = false;
    QStringList m_scope;
    QMap<QString, FieldConflict> m_conflicts;
};

} // namespace mdesk::models
