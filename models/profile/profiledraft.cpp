#include "models/profile/profiledraft.h"

#include "api/operationtable.h"

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

void ProfileDraft::setLive(const QJsonObject &live)
{
    const bool untouched = !isDirty();
    m_live = live;
    m_hasLive = true;
    Q_EMIT liveChanged();
    if (untouched && m_draft != live) {
        m_draft = live;
        Q_EMIT changed();
    }
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
    Q_EMIT changed();
}

void ProfileDraft::setDraft(const QJsonObject &draft)
{
    if (m_draft == draft)
        return;
    m_draft = draft;
    Q_EMIT changed();
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
        if (inScope && !servedFields().contains(it.key()) && m_live.value(it.key()) != it.value())
            found.append({it.key(), deprecationNote(it.key())});
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
    return {{QStringLiteral("version"), m_version.toString()},
            {QStringLiteral("live"), m_live},
            {QStringLiteral("has_live"), m_hasLive},
            {QStringLiteral("draft"), m_draft}};
}

bool ProfileDraft::restore(const QJsonObject &saved)
{
    if (!saved.value(QStringLiteral("draft")).isObject())
        return false;
    m_live = saved.value(QStringLiteral("live")).toObject();
    m_hasLive = saved.value(QStringLiteral("has_live")).toBool();
    m_draft = saved.value(QStringLiteral("draft")).toObject();
    Q_EMIT liveChanged();
    Q_EMIT changed();
    return true;
}

} // namespace mdesk::models
