#include "app/cli/labelscommand.h"

#include "api/bulkjob.h"
#include "api/graphclient.h"

#include <QFile>
#include <QRegularExpression>
#include <QTextStream>

namespace mdesk::app::cli {

QStringList LabelsCommand::parsePsids(const QByteArray &text)
{
    QStringList psids;
    for (const QByteArray &line : text.split('\n')) {
        const QString psid = QString::fromUtf8(line).trimmed();
        if (!psid.isEmpty() && !psid.startsWith(QLatin1Char('#')))
            psids.append(psid);
    }
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
    QByteArray text;
    if (positional.at(4) == QLatin1String("-")) {
        text = readStdin();
    } else {
        QFile file(positional.at(4));
        if (!file.open(QIODevice::ReadOnly)) {
            failUsage(tr("The PSID file %1 cannot be read: %2.")
                          .arg(file.fileName(), file.errorString()));
            return;
        }
        text = file.readAll();
    }
    const QStringList psids = parsePsids(text);
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
