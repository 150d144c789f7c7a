#include "models/profile/profiledraft.h"

#include "api/operationtable.h"

#include <QSet>

namespace mdesk::models {

ProfileDraft::ProfileDraft(api::GraphVersion version, QObject *parent)
    : QObject(parent)
    , m_version(version)
{}

QStringList ProfileDraft::servedFields() const
{
    QStringList fields;
    for (const auto &field : api::OperationTable::profileFields()) {
        const auto *op = api::OperationTable::find(QStringLiteral("set_") + field);
        if (!op->isRemovedOn(m_version))
            fields.append(field);
    }
    return fields;
}

QStringList ProfileDraft::editedFields() const
{
    QStringList fields = servedFields();
    if (!m_scope.isEmpty())
        fields.removeIf([this](const QString &field) { return !m_scope.contains(field); });
    return fields;
}

bool ProfileDraft::isDeprecated(const QString &field) const
{
    const auto *op = api::OperationTable::find(QStringLiteral("set_") + field);
    return op && op->isDeprecatedOn(m_version);
}

QString ProfileDraft::deprecationNote(const QString &field) const
{
    const auto *op = api::OperationTable::find(QStringLiteral("set_") + field);
    return op && op->deprecation ? op->deprecation->note : QString();
}

void ProfileDraft::setVersion(api::GraphVersion version)
{
    if (!version.isValid() || version == m_version)
        return;
    m_version = version;
    Q_EMIT versionChanged(version);
    Q_EMIT changed(); // the rules of the new version apply
}

void ProfileDraft::setLive(const QJsonObject &live)
{
    if (m_hasLive) {
        rebase(live);
        return;
    }
    // Nothing of the page was known: an empty draft takes it whole; one typed or imported
    // before the first read keeps its edits (there is no base to compare with).
    const bool untouched = !isDirty();
    m_live = live;
    m_hasLive = true;
    Q_EMIT liveChanged();
    if (untouched && m_draft != live) {
        m_draft = live;
        Q_EMIT changed();
    }
}

void ProfileDraft::rebase(const QJsonObject &live)
{
    const QStringList liveKeys = m_live.keys();
    QSet<QString> keys(liveKeys.begin(), liveKeys.end());
    for (const QJsonObject &side : {live, m_draft})
        for (auto it = side.begin(); it != side.end(); ++it)
            keys.insert(it.key());
    QJsonObject draft = m_draft;
    bool conflictsAltered = false;
    for (const QString &field : std::as_const(keys)) {
        const QJsonValue base = m_live.value(field);
        const QJsonValue page = live.value(field);
        if (base == page)
            continue; // not changed on the page
        const QJsonValue mine = draft.value(field);
        const bool untouched = mine == base;
        if (!inScope(field) || untouched || mine == page) {
            // Follow the page (outside the scope it is only context for the rules).
            if (page.isUndefined())
                draft.remove(field);
            else
                draft.insert(field, page);
            conflictsAltered = m_conflicts.remove(field) > 0 || conflictsAltered;
            continue;
        }
        const auto existing = m_conflicts.constFind(field);
        const QJsonValue startedFrom = existing != m_conflicts.constEnd() ? existing->base : base;
        m_conflicts.insert(field, FieldConflict{field, startedFrom, mine, page});
        conflictsAltered = true;
    }
    m_live = live;
    Q_EMIT liveChanged();
    if (draft != m_draft) {
        m_draft = draft;
        Q_EMIT changed();
    }
    if (conflictsAltered)
        Q_EMIT conflictsChanged();
}

void ProfileDraft::keepMine(const QString &field)
{
    if (m_conflicts.remove(field) == 0)
        return;
    Q_EMIT changed();
    Q_EMIT conflictsChanged();
}

void ProfileDraft::takePage(const QString &field)
{
    if (m_conflicts.remove(field) == 0)
        return;
    const QJsonValue page = m_live.value(field);
    if (page.isUndefined())
        m_draft.remove(field);
    else
        m_draft.insert(field, page);
    Q_EMIT changed();
    Q_EMIT conflictsChanged();
}

void ProfileDraft::setField(const QString &name, const QJsonValue &value)
{
    const bool clear = value.isUndefined() || value.isNull();
    if (clear ? !m_draft.contains(name) : m_draft.value(name) == value)
        return;
    if (clear)
        m_draft.remove(name);
    else
        m_draft.insert(name, value);
    const auto conflict = m_conflicts.find(name);
    const bool conflicted = conflict != m_conflicts.end();
    if (conflicted) {
        if (m_draft.value(name) == conflict->page)
            m_conflicts.erase(conflict); // typed what the page has: nothing left to pick
        else
            conflict->mine = m_draft.value(name);
    }
    Q_EMIT changed();
    if (conflicted)
        Q_EMIT conflictsChanged();
}

void ProfileDraft::setDraft(const QJsonObject &draft)
{
    // A whole new draft (import, revert) is the admin's pick for every field.
    const bool hadConflicts = !m_conflicts.isEmpty();
    m_conflicts.clear();
    if (m_draft != draft) {
        m_draft = draft;
        Q_EMIT changed();
    } else if (hadConflicts) {
        Q_EMIT changed();
    }
    if (hadConflicts)
        Q_EMIT conflictsChanged();
}

void ProfileDraft::revert()
{
    setDraft(m_live);
}

ProfileChange ProfileDraft::change() const
{
    return ProfileDocument::diff(m_live, m_draft, editedFields());
}

QList<api::Violation> ProfileDraft::violations() const
{
    // Fields the draft sends are checked; the draft as a whole is the context of the
    // cross-field rules (menu needs get started, home URL domain whitelisted).
    QList<api::Violation> found =
        api::FieldRules::validateProfile(change().set, m_version, m_draft);
    for (auto it = m_draft.begin(); it != m_draft.end(); ++it) {
        const bool inScope = m_scope.isEmpty() || m_scope.contains(it.key());
        if (inScope && !servedFields().contains(it.key()) && m_live.value(it.key()) != it.value()) {
            // A retired field says when and why; one Graph never had is named as such.
            QString note = deprecationNote(it.key());
            if (note.isEmpty())
                note = tr("%1 is not a Messenger profile field that Graph API %2 serves.")
                           .arg(it.key(), m_version.toString());
            found.append({it.key(), note});
        }
    }
    return found;
}

QList<api::Violation> ProfileDraft::violationsFor(const QString &field) const
{
    QList<api::Violation> found;
    for (const auto &violation : violations()) {
        if (violation.field == field || violation.field.startsWith(field + QLatin1Char('.')) ||
            violation.field.startsWith(field + QLatin1Char('[')))
            found.append(violation);
    }
    return found;
}

QJsonObject ProfileDraft::toJson() const
{
    QJsonObject conflicts;
    for (const FieldConflict &conflict : m_conflicts) {
        QJsonObject entry;
        entry.insert(QStringLiteral("base"), conflict.base);
        entry.insert(QStringLiteral("mine"), conflict.mine);
        entry.insert(QStringLiteral("page"), conflict.page);
        conflicts.insert(conflict.field, entry);
    }
    return {{QStringLiteral("version"), m_version.toString()},
            {QStringLiteral("live"), m_live},
            {QStringLiteral("has_live"), m_hasLive},
            {QStringLiteral("draft"), m_draft},
            {QStringLiteral("conflicts"), conflicts}};
}

bool ProfileDraft::restore(const QJsonObject &saved)
{
    if (!saved.value(QStringLiteral("draft")).isObject())
        return false;
    m_live = saved.value(QStringLiteral("live")).toObject();
    m_hasLive = saved.value(QStringLiteral("has_live")).toBool();
    m_draft = saved.value(QStringLiteral("draft")).toObject();
    m_conflicts.clear();
    const QJsonObject conflicts = saved.value(QStringLiteral("conflicts")).toObject();
    for (auto it = conflicts.begin(); it != conflicts.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        m_conflicts.insert(it.key(), FieldConflict{it.key(), entry.value(QStringLiteral("base")),
                                                   entry.value(QStringLiteral("mine")),
                                                   entry.value(QStringLiteral("page"))});
    }
    Q_EMIT liveChanged();
    Q_EMIT changed();
    Q_EMIT conflictsChanged();
    return true;
}

} // namespace mdesk::models

#include "moc_profiledraft.cpp"
