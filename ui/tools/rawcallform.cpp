#include "ui/tools/rawcallform.h"

#include "api/paramcheck.h"

#include "api/operationtable.h"
#include "models/tools/callcommandlines.h"

#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mdesk::ui {

namespace {

// An input with the op's required keys, empty, to fill in.
QString templateFor(const api::OperationSpec &op)
{
    QJsonObject input;
    for (const api::ParamSpec &param : op.params) {
        if (param.required && (param.fallback.isNull() || param.fallback.isUndefined()))
            input.insert(param.name, QString());
    }
    return QString::fromUtf8(QJsonDocument(input).toJson(QJsonDocument::Indented));
}

} // namespace

RawCallForm::RawCallForm(const PageContext &context, QWidget *parent)
    : ToolForm(QStringLiteral("rawCallForm"), context, parent)
{
    auto *form = new QFormLayout;
    m_op = new QComboBox(this);
    m_op->setObjectName(QStringLiteral("rawOp"));
    m_op->setEditable(true);
    m_op->setInsertPolicy(QComboBox::NoInsert);
    for (const api::OperationSpec &spec : api::OperationTable::all())
        m_op->addItem(spec.id, spec.id);
    m_op->completer()->setFilterMode(Qt::MatchContains);
    m_op->completer()->setCompletionMode(QCompleter::PopupCompletion);
    addField(form, tr("&Operation:"), m_op, QStringLiteral("op"));
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("rawOpInfo"));
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_info);
    m_input = new QPlainTextEdit(this);
    m_input->setObjectName(QStringLiteral("rawInput"));
    m_input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_input->setTabChangesFocus(true);
    m_input->setMinimumHeight(100);
    addField(form, tr("&Input (JSON):"), m_input, QStringLiteral("input"));
    body()->addLayout(form);

    auto *row = new QHBoxLayout;
    m_copyCurl = new QPushButton(tr("Copy as c&url"), this);
    m_copyCurl->setObjectName(QStringLiteral("rawCopyCurl"));
    m_copyCli = new QPushButton(tr("Copy as C&LI command"), this);
    m_copyCli->setObjectName(QStringLiteral("rawCopyCli"));
    m_send = new QPushButton(tr("&Send"), this);
    m_send->setObjectName(QStringLiteral("rawSend"));
    row->addWidget(m_copyCurl);
    row->addWidget(m_copyCli);
    row->addStretch();
    row->addWidget(m_send);
    body()->addLayout(row);
    m_command = new QLineEdit(this);
    m_command->setObjectName(QStringLiteral("rawCommand"));
    m_command->setReadOnly(true);
    m_command->setAccessibleName(tr("Command last copied"));
    m_command->setPlaceholderText(tr("The command you copy shows here too; the token is a "
                                     "placeholder, never the real one."));
    body()->addWidget(m_command);
    m_answer = new QPlainTextEdit(this);
    m_answer->setObjectName(QStringLiteral("rawAnswer"));
    m_answer->setReadOnly(true);
    m_answer->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_answer->setAccessibleName(tr("Graph's answer"));
    m_answer->setPlaceholderText(tr("Graph's answer shows here."));
    body()->addWidget(m_answer, 1);

    const auto check = [this] { return problems(); };
    addAction(m_send, check);
    addAction(m_copyCurl, check);
    addAction(m_copyCli, check);
    connect(m_op, &QComboBox::currentTextChanged, this, &RawCallForm::opChanged);
    connect(m_input, &QPlainTextEdit::textChanged, this, &ToolForm::revalidate);
    connect(m_send, &QPushButton::clicked, this, &RawCallForm::send);
    connect(m_copyCurl, &QPushButton::clicked, this, &RawCallForm::copyCurl);
    connect(m_copyCli, &QPushButton::clicked, this, &RawCallForm::copyCli);
    setOp(QStringLiteral("fetch_page"));
}

void RawCallForm::setOp(const QString &opId)
{
    m_op->setCurrentText(opId);
    opChanged();
}

QString RawCallForm::op() const
{
    return m_op->currentText().trimmed();
}

QString RawCallForm::lastCommand() const
{
    return m_command->text();
}

void RawCallForm::opChanged()
{
    const QString id = op();
    if (id == m_shownOp)
        return;
    const api::OperationSpec *spec = api::OperationTable::find(id);
    if (!spec) {
        m_info->setText(tr("No operation has this id; pick one from the list."));
        revalidate();
        return;
    }
    if (!m_shownOp.isEmpty())
        m_typed.insert(m_shownOp, m_input->toPlainText());
    m_shownOp = id;
    QStringList keys;
    for (const api::ParamSpec &param : spec->params)
        keys.append(
            param.required
                ? tr("%1 (%2, required)").arg(param.name, api::ParamCheck::typeName(param.type))
                : tr("%1 (%2)").arg(param.name, api::ParamCheck::typeName(param.type)));
    QString info = tr("%1 %2, group %3. Keys: %4.")
                       .arg(QString::fromLatin1(spec->method), spec->path, spec->group,
                            keys.isEmpty() ? tr("none") : keys.join(QStringLiteral(", ")));
    if (spec->deprecation)
        info += QLatin1Char(' ') +
                tr("Deprecated since %1: %2")
                    .arg(spec->deprecation->since.toString(Qt::ISODate), spec->deprecation->note);
    m_info->setText(info);
    {
        const QSignalBlocker blocker(m_input);
        m_input->setPlainText(m_typed.value(id, templateFor(*spec)));
    }
    revalidate();
}

std::optional<QJsonObject> RawCallForm::input(QString *error) const
{
    const QByteArray text = m_input->toPlainText().trimmed().toUtf8();
    if (text.isEmpty())
        return QJsonObject{};
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                         ? tr("The input is not JSON: %1 at character %2.")
                               .arg(parseError.errorString())
                               .arg(parseError.offset)
                         : tr("The input must be a JSON object.");
        return std::nullopt;
    }
    return document.object();
}

QList<api::Violation> RawCallForm::problems() const
{
    if (!api::OperationTable::find(op()))
        return {{QStringLiteral("op"), tr("No operation has this id; pick one from the list.")}};
    QString error;
    const auto parsed = input(&error);
    if (!parsed)
        return {{QStringLiteral("input"), error}};
    QList<api::Violation> out;
    for (const api::Violation &problem : checkInput(op(), *parsed))
        out.append({QStringLiteral("input"),
                    problem.field.isEmpty() ? problem.message
                                            : tr("%1: %2").arg(problem.field, problem.message)});
    return out;
}

void RawCallForm::send()
{
    const auto parsed = input();
    const api::OperationSpec *spec = api::OperationTable::find(op());
    if (!parsed || !spec)
        return;
    if (spec->method == "DELETE" &&
        !confirm(tr("Send a DELETE"),
                 tr("%1 deletes on %2: DELETE %3. Graph does not ask again and there is no "
                    "undo.")
                     .arg(spec->id, context().page.displayName(), spec->path),
                 tr("Send")))
        return;
    const QString id = spec->id;
    run(id, *parsed, tr("Calling %1...").arg(id), [this](const api::GraphResult &result) {
        const QJsonValue json = result.toJson();
        m_answer->setPlainText(QString::fromUtf8(
            json.isArray() ? QJsonDocument(json.toArray()).toJson(QJsonDocument::Indented)
                           : QJsonDocument(json.toObject()).toJson(QJsonDocument::Indented)));
        if (result.isOk())
            showResult(tr("Graph answered %1.").arg(result.httpStatus()));
    });
}

void RawCallForm::copyCurl()
{
    const auto parsed = input();
    if (!parsed || !context().client)
        return;
    QString error;
    const QString command = models::CallCommandLines::curl(*context().client, op(), *parsed,
                                                           context().callOptions(), &error);
    if (command.isEmpty()) {
        showProblem(error);
        return;
    }
    copy(command);
}

void RawCallForm::copyCli()
{
    const auto parsed = input();
    if (!parsed || !context().client)
        return;
    copy(models::CallCommandLines::cli(context().client->redactor(), op(), *parsed,
                                       context().page.appId, context().page.id));
}

void RawCallForm::copy(const QString &text)
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(text);
    m_command->setText(text);
    m_command->setCursorPosition(0);
    showResult(tr("Copied to the clipboard."));
}

} // namespace mdesk::ui
