#pragma once

#include <QJsonValue>
#include <QUndoCommand>

namespace mdesk::models {
class ProfileDraft;
}

namespace mdesk::ui {

// One undoable change of one profile field. Consecutive edits of the same field merge, so
// typing a greeting is one undo step, not one per key.
class SetFieldCommand : public QUndoCommand
{
public:
    SetFieldCommand(models::ProfileDraft *draft, QString field, QJsonValue value,
                    const QString &text);

    void undo() override;
    void redo() override;
    int id() const override { return 0x6d64; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    models::ProfileDraft *m_draft;
    QString m_field;
    QJsonValue m_before;
    QJsonValue m_after;
};

} // namespace mdesk::ui
