#pragma once

#include "api/graphresult.h"
#include "ui/profile/copytopagesdialog.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QUndoStack;

namespace mdesk::api {
class GraphClient;
}
namespace mdesk::models {
class LivePageRegistry;
class ProfileSession;
} // namespace mdesk::models

namespace mdesk::ui {

class FieldSection;

// The Profile tab: the whole Messenger profile of one page as one visual draft. Fetch
// loads every field in one call; edits are checked as they are typed (Apply stays disabled
// while anything is invalid); Review shows the diff and the exact requests; Apply sends
// them under one tx_id; Revert drops the draft. Every edit is undoable. The draft is
// autosaved and restored with a notice after a crash or restart. A Graph error is shown in
// plain words with its code and fbtrace_id, and the draft is kept.
class ProfileTab : public QWidget
{
    Q_OBJECT
public:
    ProfileTab(api::GraphClient *client, models::ProfileSession *session,
               QWidget *parent = nullptr);

    QUndoStack *undoStack() const { return m_undo; }
    // Where Copy to Pages records what other Pages took (their LivePages).
    void setLivePages(models::LivePageRegistry *livePages);
    models::ProfileSession *session() const { return m_session; }
    void setCopyTargets(const QList<CopyToPagesDialog::Target> &targets) { m_targets = targets; }
    // The line under the buttons: what happened last, or what is wrong.
    QString statusText() const;

    // What the buttons do, callable from tests and menus without file dialogs.
    bool importFrom(const QString &path);
    bool exportTo(const QString &path);
    // Opens the review dialog (non-modal); accepting it applies.
    void review();

protected:
    // Opening the tab on a Page with nothing read reads it (shared with the other tabs).
    void showEvent(QShowEvent *event) override;

private:
    FieldSection *addSection(const QString &field, const QString &title, QWidget *editor,
                             std::function<QJsonValue()> read,
                             std::function<void(const QJsonValue &)> write);
    void onSectionEdited(FieldSection *section);
    void refreshFromDraft();
    void refreshButtons();
    void showStatus(const QString &text);
    void showFailure(const QString &what, const api::GraphResult &result);

    api::GraphClient *m_client;
    models::ProfileSession *m_session;
    QUndoStack *m_undo;
    QList<FieldSection *> m_sections;
    QList<QWidget *> m_conflictViews; // one per section, shown above it while conflicted
    QList<CopyToPagesDialog::Target> m_targets;
    QPointer<models::LivePageRegistry> m_livePages;
    QPushButton *m_fetch;
    QPushButton *m_review;
    QPushButton *m_apply;
    QPushButton *m_revert;
    QPushButton *m_import;
    QPushButton *m_export;
    QPushButton *m_copy;
    QLabel *m_status;
    QLabel *m_summary;
};

} // namespace mdesk::ui
