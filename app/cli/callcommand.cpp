#include "app/cli/callcommand.h"

#include "api/fieldrules.h"
#include "api/graphclient.h"
#include "api/operationtable.h"
#include "api/requestbuilder.h"
#include "models/files/boundedfilereader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace mdesk::app::cli {

namespace {

constexpr auto kInputKind = models::BoundedFileReader::Kind::CallInput;

// "recipient.id: The field ... " or the message alone when the error is about no one field.
QString inputErrorText(const api::InputError &error)
{
    return error.field.isEmpty()
               ? error.message
               : QCoreApplication::translate("mdesk::app::cli::CallCommand", "%1: %2")
                     .arg(error.field, error.message);
}

} // namespace

void CallCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption input(QStringLiteral("input"), QString(), QStringLiteral("JSON"));
    const QCommandLineOption inputFile(QStringLiteral("input-file"), QString(),
                                       QStringLiteral("F"));
    parser.addOptions({input, inputFile});
    if (!parse(parser, arguments))
        return;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        failUsage(tr("call needs an operation id; \"ops\" lists them."));
        return;
    }
    m_opId = positional.at(1);
    if (!api::OperationTable::find(m_opId)) {
        failUsage(tr("There is no operation called \"%1\"; \"ops\" lists them.").arg(m_opId));
        return;
    }
    const bool fromStdin = positional.size() == 3 && positional.at(2) == QLatin1String("-");
    if (positional.size() > 3 || (positional.size() == 3 && !fromStdin) ||
        int(parser.isSet(input)) + int(parser.isSet(inputFile)) + int(fromStdin) > 1) {
        failUsage(tr("Give the input once: --input JSON, --input-file F or - for stdin."));
        return;
    }
    QByteArray text = "{}";
    if (parser.isSet(input)) {
        // Qt decodes argv as UTF-8 and puts U+FFFD where bytes are not: refuse it, as a
        // file with such bytes is refused, rather than send replacement characters.
        if (parser.value(input).contains(QChar::ReplacementCharacter)) {
            failUsage(tr("The --input value is not valid UTF-8; nothing was sent."));
            return;
        }
        text = parser.value(input).toUtf8();
        if (text.size() > models::BoundedFileReader::maxBytes(kInputKind)) {
            failUsage(tr("The --input value is larger than %1, the limit for a call input; "
                         "nothing was sent.")
                          .arg(models::BoundedFileReader::formatLimit(
                              models::BoundedFileReader::maxBytes(kInputKind))));
            return;
        }
    } else if (parser.isSet(inputFile) || fromStdin) {
        models::BoundedFileReader reader(fromStdin ? QStringLiteral("-") : parser.value(inputFile),
                                         kInputKind);
        const auto read = reader.readAll();
        if (!read) {
            failUsage(reader.error());
            return;
        }
        text = *read;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        failUsage(parseError.error != QJsonParseError::NoError
                      ? tr("The input is not JSON: %1 at byte %2.")
                            .arg(parseError.errorString())
                            .arg(parseError.offset)
                      : tr("The input must be a JSON object."));
        return;
    }
    m_input = document.object();
    // Unknown keys and wrong types do not depend on the page or its Graph version: refuse
    // them (exit 2) before credentials are looked up, so nothing else can fail first.
    const auto early = api::buildRequest(*api::OperationTable::find(m_opId), m_input,
                                         api::GraphVersion::defaultVersion());
    if (const auto *error = std::get_if<api::InputError>(&early)) {
        failUsage(inputErrorText(*error));
        return;
    }
    m_context.preparePage([this](int status) {
        if (status != Success)
            finish(status);
        else
            send();
    });
}

void CallCommand::send()
{
    const models::PageRef &page = m_context.page();
    api::GraphClient &client = m_context.client();
    const api::OperationSpec &op = *api::OperationTable::find(m_opId);
    const api::AppConnection *app = client.app(page.appId);
    const api::GraphVersion version = app ? app->version : api::GraphVersion::defaultVersion();

    const auto built = api::buildRequest(op, m_input, version, {page.pageId, page.appId});
    if (const auto *error = std::get_if<api::InputError>(&built)) {
        failUsage(inputErrorText(*error));
        return;
    }
    const QList<api::Violation> violations = api::FieldRules::validateInput(op, m_input, version);
    if (!violations.isEmpty()) {
        for (const auto &violation : violations)
            m_context.printError(tr("%1: %2").arg(violation.field, violation.message));
        finish(UsageError);
        return;
    }
    if (op.isDeprecatedOn(version))
        m_context.printError(tr("warning: %1").arg(op.deprecation->note));

    api::CallOptions options;
    options.appId = page.appId;
    options.pageId = page.pageId;
    options.txId = m_context.options().txId;
    options.source = QStringLiteral("cli");
    // list_pages runs on a user token (environment, or the in-process sandbox's).
    options.userToken = m_context.userToken();
    api::GraphReply *reply = client.call(m_opId, m_input, options);
    connect(reply, &api::GraphReply::finished, this,
            [this](const api::GraphResult &result) { finish(reportResult(result)); });
}

} // namespace mdesk::app::cli

#include "moc_callcommand.cpp"
