#include "ui/widgets/setfieldcommand.h"

#include "models/profile/profiledraft.h"

namespace mdesk::ui {

SetFieldCommand::SetFieldCommand(models::ProfileDraft *draft, QString field, QJsonValue value,
                                 const QString &text, QString mergeKey)
    : QUndoCommand(text)
    , m_draft(draft)
    , m_field(std::move(field))
    , m_before(draft->field(m_field))
    , m_after(std::move(value))
    , m_mergeKey(std::move(mergeKey))
{}

void SetFieldCommand::undo()
{
    m_draft->setField(m_field, m_before);
}

void SetFieldCommand::redo()
{
    m_draft->setField(m_field, m_after);
}

bool SetFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetFieldCommand *>(other);
    if (m_mergeKey.isEmpty() || next->m_draft != m_draft || next->m_field != m_field ||
        next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace mdesk::ui
