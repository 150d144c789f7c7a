#pragma once

#include "api/fieldrules.h"
#include "api/graphversion.h"
#include "models/profile/profiledocument.h"

#include <QJsonObject>
#include <QObject>

namespace mdesk::models {

// The Messenger profile of one page as an editable draft: what the page has (live) and
// what the admin wants (draft). Every editor of the Profile and Menu tabs reads and writes
// fields here; the draft checks itself against the field rules of the page's Graph version
// and knows the one change that applies it.
//
// Contract: changed() after every edit, revert and load that alters the draft;
// liveChanged() after setLive(). Both are emitted synchronously.
class ProfileDraft : public QObject
{
    Q_OBJECT
public:
    explicit ProfileDraft(api::GraphVersion version, QObject *parent = nullptr);

    api::GraphVersion version() const { return m_version; }
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

    // Takes the page's profile as fetched. An untouched draft follows it; edits are kept.
    void setLive(const QJsonObject &live);
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
    bool canApply() const { return isDirty() && violations().isEmpty(); }

    // {"version", "live", "draft"} for DraftStore; fromJson restores the draft and live.
    QJsonObject toJson() const;
    bool restore(const QJsonObject &saved);

Q_SIGNALS:
    void changed();
    void liveChanged();

private:
    api::GraphVersion m_version;
    QJsonObject m_live;
    QJsonObject m_draft;
    bool m_hasLive = false;
    QStringList m_scope;
};

} // namespace mdesk::models
