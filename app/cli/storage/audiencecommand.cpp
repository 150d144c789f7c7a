#include "app/cli/storage/audiencecommand.h"

#include "api/graphclient.h"
#include "api/paramcheck.h"
#include "models/audience/conversationsync.h"
#include "models/audience/threadscan.h"
#include "models/files/boundedfilereader.h"
#include "models/store/contactstore.h"
#include "models/store/database.h"
#include "models/store/psidimport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cstdio>

namespace mdesk::app::cli {

namespace {

// Bad lines named one by one on stderr; the rest are counted.
constexpr int kBadLinesShown = 100;

QJsonValue isoTime(const std::optional<qint64> &ms)
{
    return ms ? QJsonValue(models::ThreadScan::formatTime(*ms)) : QJsonValue();
}

QJsonObject contactJson(const store::Contact &contact, qint64 nowMs)
{
    return {{QStringLiteral("psid"), contact.psid},
            {QStringLiteral("name"), contact.name.isEmpty() ? QJsonValue() : contact.name},
            {QStringLiteral("first_seen"), isoTime(contact.firstSeen)},
            {QStringLiteral("last_inbound"), isoTime(contact.lastInbound)},
            {QStringLiteral("window_open"), contact.windowOpen(nowMs)},
            {QStringLiteral("labels"), QJsonArray::fromStringList(contact.labels)},
            {QStringLiteral("unavailable"), contact.unavailable}};
}

} // namespace

void AudienceCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption label(QStringLiteral("label"), QString(), QStringLiteral("ID"));
    const QCommandLineOption open(QStringLiteral("open"));
    const QCommandLineOption skipBad(QStringLiteral("skip-bad"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), QString(), QStringLiteral("N"));
    parser.addOptions({label, open, skipBad, pageSize});
    if (!parse(parser, arguments))
        return;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    const bool listing = action == QLatin1String("list");
    const bool importing = action == QLatin1String("import");
    const bool syncing = action == QLatin1String("sync");
    if ((!listing && !importing && !syncing) || positional.size() != (importing ? 3 : 2)) {
        failUsage(tr("Use: audience sync | audience list [--label ID] [--open] | "
                     "audience import FILE [--skip-bad]."));
        return;
    }
    if ((parser.isSet(label) || parser.isSet(open)) && !listing) {
        failUsage(tr("--label and --open belong to \"audience list\"."));
        return;
    }
    if (parser.isSet(skipBad) && !importing) {
        failUsage(tr("--skip-bad belongs to \"audience import\"."));
        return;
    }
    bool ok = true;
    const int threads = parser.isSet(pageSize) ? parser.value(pageSize).toInt(&ok) : 100;
    if (!syncing && parser.isSet(pageSize)) {
        failUsage(tr("--page-size belongs to \"audience sync\"."));
        return;
    }
    if (!ok || threads < 1 || threads > 100) {
        failUsage(tr("--page-size expects a number from 1 to 100, not \"%1\".")
                      .arg(parser.value(pageSize)));
        return;
    }
    const QString labelId = parser.value(label);
    if (parser.isSet(label) && !api::ParamCheck::isIdText(labelId)) {
        failUsage(tr("\"%1\" is not a label id.").arg(labelId));
        return;
    }
    const QString fileName = positional.value(2);
    const bool skip = parser.isSet(skipBad);
    const bool openOnly = parser.isSet(open);
    m_context.preparePage([=, this](int status) {
        if (status != Success)
            finish(status);
        else if (syncing)
            sync(threads);
        else if (listing)
            list(labelId, openOnly);
        else
            importFile(fileName, skip);
    });
}

store::Database *AudienceCommand::openStore()
{
    // CliContext::store() puts the reason on stderr when the store cannot be opened.
    return m_context.store();
}

void AudienceCommand::sync(int pageSize)
{
    store::Database *database = openStore();
    if (!database) {
        finish(GraphFailure);
        return;
    }
    api::CallOptions options;
    options.appId = m_context.page().appId;
    options.pageId = m_context.page().pageId;
    options.txId = m_context.options().txId;
    options.source = QStringLiteral("cli");
    auto *sync = new models::ConversationSync(&m_context.client(), *database, options, this);
    sync->setPageSize(pageSize);
    connect(sync, &models::ConversationSync::progress, this, [this](int listed, int stored) {
        m_context.err()
            << tr("audience sync: %1 threads read, %2 new or changed").arg(listed).arg(stored)
            << '\n';
        m_context.err().flush();
    });
    connect(sync, &models::ConversationSync::finished, this,
            [this, sync, database](models::ConversationSync::Outcome outcome) {
                const auto &summary = sync->summary();
                if (outcome != models::ConversationSync::Outcome::Finished) {
                    const int status =
                        sync->graphError()
                            ? reportResult(api::GraphResult::failure(*sync->graphError()))
                            : GraphFailure;
                    m_context.printError(
                        tr("%1 What was read is kept; the next \"audience sync\" resumes.")
                            .arg(sync->errorMessage()));
                    finish(status);
                    return;
                }
                store::ContactStore contacts(*database, m_context.page().pageId);
                store::ContactFilter open;
                open.openOnly = true;
                open.nowMs = QDateTime::currentMSecsSinceEpoch();
                m_context.printJson(QJsonObject{
                    {QStringLiteral("page_id"), m_context.page().pageId},
                    {QStringLiteral("resumed"), summary.resumed},
                    {QStringLiteral("threads_listed"), summary.threadsListed},
                    {QStringLiteral("threads_stored"), summary.threadsStored},
                    {QStringLiteral("list_requests"), summary.listRequests},
                    {QStringLiteral("message_requests"), summary.messageRequests},
                    {QStringLiteral("contacts"), contacts.count({}).value_or(-1)},
                    {QStringLiteral("window_open"), contacts.count(open).value_or(-1)}});
                finish(Success);
            });
    sync->start();
}

void AudienceCommand::list(const QString &labelId, bool openOnly)
{
    store::Database *database = openStore();
    if (!database) {
        finish(GraphFailure);
        return;
    }
    store::ContactStore contacts(*database, m_context.page().pageId);
    store::ContactFilter filter;
    filter.labelId = labelId;
    filter.openOnly = openOnly;
    filter.nowMs = QDateTime::currentMSecsSinceEpoch();
    // Streamed one object a line: a Page with 100,000 contacts never sits in memory twice.
    QTextStream &out = m_context.out();
    bool first = true;
    const bool ok = contacts.forEach(filter, [&](const store::Contact &contact) {
        out << (first ? "[\n  " : ",\n  ")
            << QString::fromUtf8(QJsonDocument(contactJson(contact, filter.nowMs))
                                     .toJson(QJsonDocument::Compact));
        first = false;
        return true;
    });
    if (!ok) {
        if (!first)
            out << "\n]\n";
        m_context.printError(tr("The contacts cannot be read: %1").arg(contacts.lastError()));
        finish(GraphFailure);
        return;
    }
    out << (first ? "[]\n" : "\n]\n");
    finish(Success);
}

void AudienceCommand::importFile(const QString &fileName, bool skipBad)
{
    models::BoundedFileReader reader(fileName, models::BoundedFileReader::Kind::PsidList);
    store::Database *database = openStore();
    if (!database) {
        finish(GraphFailure);
        return;
    }
    store::PsidImport collected(*database, m_context.page().pageId);
    if (!collected.begin()) {
        m_context.printError(tr("The import cannot start: %1").arg(collected.lastError()));
        finish(GraphFailure);
        return;
    }
    const QString shownName = reader.shownName();
    int psids = 0;
    int duplicates = 0;
    int badLines = 0;
    bool storeFailed = false;
    // Streamed within the PSID list's caps (line length, PSID count, bytes).
    const bool read = reader.forEachLine([&](int lineNumber, const QString &line) {
        if (!api::ParamCheck::isIdText(line)) {
            if (++badLines <= kBadLinesShown)
                m_context.err() << tr("%1:%2: \"%3\" is not a PSID (a PSID is digits only).")
                                       .arg(shownName)
                                       .arg(lineNumber)
                                       .arg(line.left(80))
                                << '\n';
            return true;
        }
        ++psids;
        const auto added = collected.add(line);
        if (!added) {
            storeFailed = true;
            return false;
        }
        duplicates += *added ? 0 : 1;
        return true;
    });
    if (storeFailed) {
        m_context.printError(tr("The import failed: %1").arg(collected.lastError()));
        finish(GraphFailure);
        return;
    }
    if (!read) {
        failUsage(reader.error());
        return;
    }
    const int lineNumber = reader.lineCount();
    if (badLines > kBadLinesShown)
        m_context.err() << tr("%n more bad lines are not shown.", nullptr,
                              badLines - kBadLinesShown)
                        << '\n';
    const bool refused = badLines > 0 && !skipBad;
    int added = 0;
    if (!refused) {
        const auto committed = collected.commit(QDateTime::currentMSecsSinceEpoch());
        if (!committed) {
            m_context.printError(tr("The import failed: %1").arg(collected.lastError()));
            finish(GraphFailure);
            return;
        }
        added = *committed;
    }
    m_context.printJson(
        QJsonObject{{QStringLiteral("page_id"), m_context.page().pageId},
                    {QStringLiteral("imported"), !refused},
                    {QStringLiteral("lines"), lineNumber},
                    {QStringLiteral("psids"), psids},
                    {QStringLiteral("duplicates"), duplicates},
                    {QStringLiteral("bad_lines"), badLines},
                    {QStringLiteral("added"), added},
                    {QStringLiteral("known"), refused ? 0 : collected.distinct() - added}});
    if (refused) {
        m_context.printError(tr("%1 has %n bad lines; nothing was imported. Fix them, or "
                                "pass --skip-bad to import the good lines.",
                                nullptr, badLines)
                                 .arg(shownName));
        finish(UsageError);
        return;
    }
    finish(Success);
}

} // namespace mdesk::app::cli

#include "moc_audiencecommand.cpp"
