#pragma once

#include "ui/tools/toolform.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace mdesk::ui {

// Raw call: any op of the operation table by id, for what no form covers, with a JSON input
// checked as typed by the CLI's own checks (keys the op takes, types, field rules), the
// answer as JSON, and the call as a curl or CLI command line to copy (no credential in
// either: placeholders). DELETE ops ask first. What was typed is kept per op.
class RawCallForm : public ToolForm
{
    Q_OBJECT
public:
    explicit RawCallForm(const PageContext &context, QWidget *parent = nullptr);

    void setOp(const QString &opId);
    QString op() const;
    // The input as typed; nullopt with *error set when it is not a JSON object.
    std::optional<QJsonObject> input(QString *error = nullptr) const;
    // The command last copied to the clipboard.
    QString lastCommand() const;

private:
    void opChanged();
    QList<api::Violation> problems() const;
    void send();
    void copyCurl();
    void copyCli();
    void copy(const QString &text);

    QComboBox *m_op;
    QLabel *m_info;
    QPlainTextEdit *m_input;
    QPushButton *m_send;
    QPushButton *m_copyCurl;
    QPushButton *m_copyCli;
    QLineEdit *m_command;
    QPlainTextEdit *m_answer;
    QString m_shownOp;
    QHash<QString, QString> m_typed; // op -> input text as left
};

} // namespace mdesk::ui
