#pragma once

#include <QJsonValue>
#include <QUndoCommand>

namespace mdesk::models {
class ProfileDraft;
}

namespace mdesk::ui {

// One undoable change of one profile field. Consecutive edits with the same merge key
// merge, so typing a greeting is one undo step, not one per key; an empty key never merges
// (structural edits such as moving a menu item stay separate steps).
class SetFieldCommand : public QUndoCommand
{
public:
    SetFieldCommand(models::ProfileDraft *draft, QString field, QJsonValue value,
                    const QString &text, QString mergeKey);

    void undo() override;
    void redo() override;
    int id() const override { return 0x6d64; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    models::ProfileDraft *m_draft;
    QString m_field;
    QJsonValue m_before;
    QJsonValue m_after;
    QString m_mergeKey;
};

} // namespace mdesk::ui
