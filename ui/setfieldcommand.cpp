#include "setfieldcommand.h"

#include "models/profiledraft.h"

namespace mdesk::ui {

SetFieldCommand::SetFieldCommand(models::ProfileDraft *draft, QString field, QJsonValue value,
                                 const QString &text)
    : QUndoCommand(text)
    , m_draft(draft)
    , m_field(std::move(field))
    , m_before(draft->field(m_field))
    , m_after(std::move(value))
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
    if (next->m_draft != m_draft || next->m_field != m_field)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace mdesk::ui
