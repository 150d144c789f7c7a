#pragma once

#include "ui/shell/pagecontext.h"

#include <QHash>
#include <QPointer>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mdesk::ui {

// The handover protocol for one thread (graph-api.md section 2, "Handover protocol"): who
// owns the thread now (fetch_thread_owner), and pass control to an app (the Page's
// secondary receivers, the Page Inbox app 263902037430900 named as such), take control or
// request control, each with optional metadata (at most 1000 characters, checked as typed).
// After each action the owner is read again and shown before and after. Graph refuses a
// pass from an app that does not own the thread, so while another app owns it "Pass
// control" is disabled and a sentence beside it says why and what to do; it follows every
// owner read.
//
// Contract: ownerChanged(appId) after every owner read (empty when it failed);
// actionFinished(ok) once per pass/take/request, after the owner read that follows it.
class HandoverPanel : public QWidget
{
    Q_OBJECT
public:
    static inline const QString kPageInboxAppId = QStringLiteral("263902037430900");
    static constexpr int kMetadataMax = 1000;

    explicit HandoverPanel(const PageContext &context, QWidget *parent = nullptr);

    // The thread's person; empty disables the panel.
    void setThread(const QString &psid);
    QString owner() const { return m_owner; }
    // True when the last owner read named another app (Graph would refuse a pass).
    bool isOwnedByAnotherApp() const;
    // "Page Inbox", "this app (Name)", the receiver's name, or the id.
    QString appName(const QString &appId) const;
    void reloadReceivers();
    void readOwner();

Q_SIGNALS:
    void ownerChanged(const QString &appId);
    void actionFinished(bool ok);

private:
    void run(const QString &op);
    void updateState();
    QString metadataProblem() const;
    // Shows the owner before and after the action that just ran, once its owner read came.
    void finishPending();
    // The line under the buttons; hidden while empty.
    void setResult(const QString &text);

    struct Pending
    {
        QString done;   // what to say before the owners; empty for a plain success
        QString before; // the owner before the action
        bool ok = false;
    };

    PageContext m_context;
    QString m_psid;
    QString m_owner;
    QHash<QString, QString> m_receiverNames;
    bool m_busy = false;
    std::optional<Pending> m_pending; // an action waiting for the owner read after it
    QLabel *m_ownerLabel;
    QComboBox *m_target;
    QPushButton *m_reloadReceivers;
    QLineEdit *m_metadata;
    QLabel *m_metadataProblem;
    QPushButton *m_pass;
    QPushButton *m_take;
    QPushButton *m_request;
    QLabel *m_passBlocked;
    QLabel *m_result;
};

} // namespace mdesk::ui
