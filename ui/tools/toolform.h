#pragma once

#include "api/fieldrules.h"
#include "api/graphresult.h"
#include "ui/shell/pagecontext.h"

#include <QHash>
#include <QPointer>
#include <QWidget>
#include <functional>

class QFormLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace mdesk::api {
class GraphReply;
}

namespace mdesk::ui {

class CallProgressRow;
class MessageBar;

// What every form of the Conversations & Tools tab shares, so each form holds only its own
// fields: a message bar for Graph's errors in plain words (code and fbtrace_id) and for
// results, a busy row with progress and Cancel, the message beside each field, and send
// buttons that are enabled only while their input passes its checks and nothing runs.
//
// Children are named after the form's objectName: "<name>Message" (the bar),
// "<name>Progress", "<name>Cancel"; a field's message is "<field objectName>Problem".
//
// Contract: run() sends nothing while the button's check finds a problem or a call runs;
// on an error the fields keep what was typed. finished(op, ok) fires after each run()'s
// handler, also after a cancel (ok false).
class ToolForm : public QWidget
{
    Q_OBJECT
public:
    ToolForm(const QString &name, const PageContext &context, QWidget *parent = nullptr);
    ~ToolForm() override;

    const PageContext &context() const { return m_context; }
    MessageBar *messageBar() const { return m_bar; }
    bool isBusy() const { return !m_reply.isNull(); }
    // Runs every check again: field messages and button states. Forms call it on every edit.
    void revalidate();

Q_SIGNALS:
    void finished(const QString &op, bool ok);

protected:
    using Check = std::function<QList<api::Violation>()>;

    // The area between the message bar and the busy row.
    QVBoxLayout *body() const { return m_body; }
    // A form row: the field, and under it its message (a ProblemLabel, hidden while empty).
    // key is the dotted input field whose problems go there.
    void addField(QFormLayout *form, const QString &label, QWidget *field, const QString &key);
    // A button that runs something: enabled while check() finds nothing and no call runs;
    // its tool tip says what is missing otherwise.
    void addAction(QPushButton *button, Check check);

    // Sends op with input when check() (if given) finds nothing; busyText shows beside the
    // progress. onResult runs with the result (ok or error); errors are shown in the bar
    // before it runs. Returns false when nothing was sent.
    bool run(const QString &op, const QJsonObject &input, const QString &busyText,
             std::function<void(const api::GraphResult &)> onResult,
             const api::CallOptions &options = {});
    // Determinate progress for uploads (sent of total bytes); indeterminate before.
    void setProgress(qint64 sent, qint64 total);
    // Asks before a destructive action; text says what will happen. True: go ahead.
    bool confirm(const QString &title, const QString &text, const QString &acceptText);
    void showResult(const QString &text);
    void showProblem(const QString &text);
    void showError(const api::GraphError &error);
    // Problems of op's input by the CLI's checks, on this page's Graph version.
    QList<api::Violation> checkInput(const QString &op, const QJsonObject &input) const;

private:
    struct Action
    {
        QPointer<QPushButton> button;
        Check check;
    };
    void setBusy(const QString &text);

    PageContext m_context;
    MessageBar *m_bar;
    QVBoxLayout *m_body;
    CallProgressRow *m_busyRow;
    QList<Action> m_actions;
    QHash<QString, QLabel *> m_fieldMessages; // input key -> label
    QHash<QString, QWidget *> m_fields;       // input key -> field
    QPointer<api::GraphReply> m_reply;
};

} // namespace mdesk::ui
