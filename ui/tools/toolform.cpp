#include "ui/tools/toolform.h"

#include "models/tools/graphfailuretext.h"
#include "models/tools/inputcheck.h"
#include "ui/tools/callprogressrow.h"
#include "ui/tools/problemlabel.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/messagebox.h"

#include <QAbstractSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace mdesk::ui {

namespace {

// A field nobody has typed into yet: its "required" message would only be noise.
bool isUntouched(const QWidget *field)
{
    // A row of several widgets (a path and its Choose button): its line edit decides.
    if (field && field->metaObject() == &QWidget::staticMetaObject)
        field = field->findChild<QLineEdit *>();
    if (const auto *line = qobject_cast<const QLineEdit *>(field))
        return line->text().isEmpty();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(field))
        return text->toPlainText().trimmed().isEmpty();
    return false;
}

} // namespace

ToolForm::ToolForm(const QString &name, const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(name);
    auto *outer = new QVBoxLayout(this);
    m_bar = new MessageBar(this);
    m_bar->setObjectName(name + QStringLiteral("Message"));
    m_bar->setCloseButtonVisible(true);
    outer->addWidget(m_bar);
    m_body = new QVBoxLayout;
    outer->addLayout(m_body, 1);

    m_busyRow = new CallProgressRow(name, this);
    m_busyRow->progressBar()->setAccessibleName(tr("Progress of the call"));
    m_busyRow->cancelButton()->setText(tr("Cancel"));
    m_busyRow->cancelButton()->setToolTip(tr("Stop waiting for Graph; a write that already left "
                                             "may still be applied."));
    outer->addWidget(m_busyRow);
    connect(m_busyRow, &CallProgressRow::cancelRequested, this, [this] {
        if (m_reply)
            m_reply->cancel();
    });
}

ToolForm::~ToolForm()
{
    if (m_reply)
        m_reply->disconnect(this);
}

void ToolForm::addField(QFormLayout *form, const QString &label, QWidget *field, const QString &key)
{
    QLabel *message = ProblemLabel::create(field->objectName() + QStringLiteral("Problem"), this);
    QWidget *cell = ProblemLabel::below(field, message, this);
    form->addRow(label, cell);
    if (auto *buddy = qobject_cast<QLabel *>(form->labelForField(cell)))
        buddy->setBuddy(field);
    if (field->accessibleName().isEmpty())
        field->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    m_fieldMessages.insert(key, message);
    m_fields.insert(key, field);
}

void ToolForm::addAction(QPushButton *button, Check check)
{
    m_actions.append({button, std::move(check)});
}

void ToolForm::revalidate()
{
    QHash<QString, QString> messages;
    for (const Action &action : std::as_const(m_actions)) {
        if (!action.button)
            continue;
        const QList<api::Violation> problems =
            action.check ? action.check() : QList<api::Violation>{};
        for (const api::Violation &problem : problems) {
            for (auto it = m_fieldMessages.cbegin(); it != m_fieldMessages.cend(); ++it) {
                if (!messages.contains(it.key()) &&
                    !models::InputCheck::messageFor({problem}, it.key()).isEmpty())
                    messages.insert(it.key(), problem.message);
            }
        }
        action.button->setEnabled(!isBusy() && problems.isEmpty());
        action.button->setToolTip(problems.isEmpty() ? QString() : problems.first().message);
    }
    for (auto it = m_fieldMessages.cbegin(); it != m_fieldMessages.cend(); ++it) {
        const QString text =
            isUntouched(m_fields.value(it.key())) ? QString() : messages.value(it.key());
        ProblemLabel::show(it.value(), text);
    }
}

QList<api::Violation> ToolForm::checkInput(const QString &op, const QJsonObject &input) const
{
    return models::InputCheck::check(op, input, m_context.graphVersion(),
                                     {m_context.page.id, m_context.page.appId});
}

bool ToolForm::run(const QString &op, const QJsonObject &input, const QString &busyText,
                   std::function<void(const api::GraphResult &)> onResult,
                   const api::CallOptions &options)
{
    if (isBusy() || !m_context.client)
        return false;
    const QList<api::Violation> problems = checkInput(op, input);
    if (!problems.isEmpty()) {
        revalidate();
        showProblem(problems.first().field.isEmpty()
                        ? problems.first().message
                        : tr("%1: %2").arg(problems.first().field, problems.first().message));
        return false;
    }
    api::CallOptions callOptions = options.appId.isEmpty() ? m_context.callOptions() : options;
    m_reply = m_context.client->call(op, input, callOptions);
    m_bar->hide(); // the last call's message is not about this one
    setBusy(busyText);
    connect(m_reply, &api::GraphReply::uploadProgress, this, &ToolForm::setProgress);
    connect(m_reply, &api::GraphReply::finished, this,
            [this, op, onResult](const api::GraphResult &result) {
                m_reply = nullptr;
                setBusy({});
                if (!result.isOk())
                    showError(result.error());
                else
                    m_bar->hide();
                if (onResult)
                    onResult(result);
                revalidate();
                Q_EMIT finished(op, result.isOk());
            });
    return true;
}

void ToolForm::setBusy(const QString &text)
{
    if (isBusy())
        m_busyRow->start(text);
    else
        m_busyRow->stop();
    revalidate();
}

void ToolForm::setProgress(qint64 sent, qint64 total)
{
    m_busyRow->setProgress(sent, total);
}

bool ToolForm::confirm(const QString &title, const QString &text, const QString &acceptText)
{
    return MessageBox::question(this, title, text,
                                {{QMessageBox::Yes, acceptText}, {QMessageBox::Cancel, {}}},
                                QMessageBox::Cancel) == QMessageBox::Yes;
}

void ToolForm::showResult(const QString &text)
{
    m_bar->showMessage(MessageBar::Tone::Positive, text);
}

void ToolForm::showProblem(const QString &text)
{
    m_bar->showMessage(MessageBar::Tone::Warning, text);
}

void ToolForm::showError(const api::GraphError &error)
{
    m_bar->showMessage(error.category == api::ErrorCategory::Cancelled ? MessageBar::Tone::Warning
                                                                       : MessageBar::Tone::Negative,
                       models::GraphFailureText::describe(error));
}

} // namespace mdesk::ui
