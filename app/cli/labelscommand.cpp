#include "app/cli/labelscommand.h"

#include "api/bulkjob.h"
#include "api/graphclient.h"

#include "api/paramcheck.h"
#include "models/files/boundedfilereader.h"

#include <QRegularExpression>
#include <QSet>
#include <QTextStream>

namespace mdesk::app::cli {

std::optional<QStringList> LabelsCommand::readPsids(const QString &path)
{
    // Streamed: a list is checked line by line within the PSID list's caps; a bad line is
    // named by number and nothing is sent; duplicates are dropped and counted.
    models::BoundedFileReader reader(path, models::BoundedFileReader::Kind::PsidList);
    QStringList psids;
    QSet<QString> seen;
    int duplicates = 0;
    QString badLine;
    const bool read = reader.forEachLine([&](int lineNumber, const QString &line) {
        if (!api::ParamCheck::isIdText(line)) {
            badLine = tr("Line %1 of %2 is not a PSID (a PSID is digits only): \"%3\"; nothing "
                         "was sent.")
                          .arg(lineNumber)
                          .arg(reader.shownName(), line.left(80));
            return false;
        }
        if (seen.contains(line)) {
            ++duplicates;
        } else {
            seen.insert(line);
            psids.append(line);
        }
        return true;
    });
    if (!read || !badLine.isEmpty()) {
        failUsage(read ? badLine : reader.error());
        return std::nullopt;
    }
    if (duplicates > 0)
        m_context.printError(
            tr("%n duplicate PSID(s) in the list were dropped.", nullptr, duplicates));
    return psids;
}

void LabelsCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments))
        return;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(2);
    if (positional.size() != 5 || positional.value(1) != QLatin1String("bulk") ||
        (action != QLatin1String("label") && action != QLatin1String("unlabel"))) {
        failUsage(tr("Use: labels bulk label|unlabel LABEL_ID PSID_FILE (- reads stdin)."));
        return;
    }
    const QString labelId = positional.at(3);
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    if (!idPattern.match(labelId).hasMatch()) {
        failUsage(tr("\"%1\" is not a label id.").arg(labelId));
        return;
    }
    const auto read = readPsids(positional.at(4));
    if (!read)
        return;
    const QStringList psids = *read;
    if (psids.isEmpty()) {
        failUsage(tr("The PSID file holds no PSIDs (one per line)."));
        return;
    }
    const QString opId = action == QLatin1String("label") ? QStringLiteral("label_user")
                                                          : QStringLiteral("unlabel_user");
    m_context.preparePage([this, opId, labelId, psids](int status) {
        if (status != Success)
            finish(status);
        else
            run(opId, labelId, psids);
    });
}

void LabelsCommand::run(const QString &opId, const QString &labelId, const QStringList &psids)
{
    api::GraphClient &client = m_context.client();
    api::CallOptions options;
    options.appId = m_context.page().appId;
    options.pageId = m_context.page().pageId;
    options.txId = m_context.options().txId;
    options.source = QStringLiteral("cli");
    if (!client.hasPageToken(options.appId, options.pageId)) {
        // Let the client explain the missing token exactly as `call` would.
        auto *probe = client.call(
            opId, {{QStringLiteral("label_id"), labelId}, {QStringLiteral("user"), psids.first()}},
            options);
        connect(probe, &api::GraphReply::finished, this,
                [this](const api::GraphResult &result) { finish(reportResult(result)); });
        return;
    }
    QList<api::BatchItem> items;
    items.reserve(psids.size());
    for (const auto &psid : psids) {
        api::BatchItem item;
        item.op = opId;
        item.input = {{QStringLiteral("label_id"), labelId}, {QStringLiteral("user"), psid}};
        items.append(item);
    }
    auto *job = new api::BulkJob(&client, items, options, this);
    connect(job, &api::BulkJob::progress, this, [this, opId](int done, int total) {
        m_context.err() << tr("%1: %2 of %3 done").arg(opId).arg(done).arg(total) << '\n';
        m_context.err().flush();
    });
    connect(job, &api::BulkJob::finished, this, [this, job] {
        m_context.printJson(job->report());
        const int unknown = job->count(api::BulkJob::ItemState::Unknown);
        if (unknown > 0)
            m_context.printError(tr("%1 of %2 PSIDs may have been applied (\"unknown\" in the "
                                    "report): Graph may have applied this; check before you send "
                                    "it again.")
                                     .arg(unknown)
                                     .arg(job->total()));
        if (job->failures().size() > unknown)
            m_context.printError(tr("%1 of %2 PSIDs failed; see \"failures\" in the report.")
                                     .arg(job->failures().size() - unknown)
                                     .arg(job->total()));
        if (job->stopReason())
            m_context.printError(
                tr("The job stopped early: %1")
                    .arg(m_context.client().redactor().redactText(job->stopReason()->summary())));
        finish(job->failures().isEmpty() ? Success : GraphFailure);
    });
    job->start();
}

} // namespace mdesk::app::cli

#include "moc_labelscommand.cpp"
