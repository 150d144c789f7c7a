#include "app/cli/storage/broadcastcommand.h"

#include "api/graphclient.h"
#include "api/paramcheck.h"
#include "models/broadcasts/broadcastbook.h"
#include "models/broadcasts/broadcastrunner.h"
#include "models/broadcasts/messagecheck.h"
#include "models/files/boundedfilereader.h"
#include "models/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace mdesk::app::cli {

using models::BroadcastBook;
using models::BroadcastDraft;
using models::BroadcastRunner;

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

BroadcastCommand::BroadcastCommand(CliContext &context, QObject *parent)
    : CliCommand(context, parent)
{}

BroadcastCommand::~BroadcastCommand()
{
    // The runner writes the journal through m_book from a thread of its own until it ends:
    // it goes before the book does.
    delete m_runner;
}

void BroadcastCommand::start(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    if (sub == QLatin1String("send")) {
        send(arguments);
        return;
    }
    QCommandLineParser parser;
    QCommandLineOption csv(QStringLiteral("csv"));
    parser.addOption(csv);
    if (!parse(parser, arguments))
        return;
    const QStringList positional = parser.positionalArguments();
    bool idOk = false;
    const qint64 id = positional.value(2).toLongLong(&idOk);
    if (sub == QLatin1String("list") && positional.size() == 2 && !parser.isSet(csv)) {
        m_context.preparePage([this](int status) {
            if (status != Success)
                finish(status);
            else if (openStore())
                list();
        });
    } else if ((sub == QLatin1String("resume") || sub == QLatin1String("report")) &&
               positional.size() == 3 && idOk &&
               (sub == QLatin1String("report") || !parser.isSet(csv))) {
        const bool wantCsv = parser.isSet(csv);
        m_context.preparePage([this, sub, id, wantCsv](int status) {
            if (status != Success)
                finish(status);
            else if (!openStore())
                return;
            else if (sub == QLatin1String("resume"))
                resume(id);
            else
                report(id, wantCsv);
        });
    } else {
        failUsage(tr("Use: broadcast send --message-file F (--label ID | --psids FILE | "
                     "--all-open) [--name N] [--dry-run], broadcast resume ID, broadcast list "
                     "or broadcast report ID [--csv]."));
    }
}

bool BroadcastCommand::openStore()
{
    QString error;
    store::Database *database = m_context.store(&error);
    if (!database) {
        m_context.printError(tr("The local store cannot be used: %1").arg(error));
        finish(GraphFailure);
        return false;
    }
    m_book =
        std::make_unique<BroadcastBook>(*database, m_context.page().appId, m_context.page().pageId);
    return true;
}

void BroadcastCommand::send(const QStringList &arguments)
{
    QCommandLineParser parser;
    QCommandLineOption messageFile(QStringLiteral("message-file"), {}, QStringLiteral("F"));
    QCommandLineOption label(QStringLiteral("label"), {}, QStringLiteral("ID"));
    QCommandLineOption psids(QStringLiteral("psids"), {}, QStringLiteral("FILE"));
    QCommandLineOption allOpen(QStringLiteral("all-open"));
    QCommandLineOption name(QStringLiteral("name"), {}, QStringLiteral("N"));
    QCommandLineOption dryRun(QStringLiteral("dry-run"));
    parser.addOptions({messageFile, label, psids, allOpen, name, dryRun});
    if (!parse(parser, arguments))
        return;
    if (parser.positionalArguments().size() != 2) {
        failUsage(tr("broadcast send takes no further arguments: %1")
                      .arg(parser.positionalArguments().mid(2).join(QLatin1Char(' '))));
        return;
    }
    if (!parser.isSet(messageFile)) {
        failUsage(tr("broadcast send needs --message-file F (a Send API message object)."));
        return;
    }
    const int audiences =
        int(parser.isSet(label)) + int(parser.isSet(psids)) + int(parser.isSet(allOpen));
    if (audiences != 1) {
        failUsage(tr("Choose exactly one audience: --label ID, --psids FILE or --all-open."));
        return;
    }
    models::BoundedFileReader messageReader(parser.value(messageFile),
                                            models::BoundedFileReader::Kind::MessageFile);
    const auto text = messageReader.readAll();
    if (!text) {
        failUsage(messageReader.error());
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*text, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        failUsage(tr("The message file is not a JSON object: %1 at offset %2.")
                      .arg(parseError.errorString())
                      .arg(parseError.offset));
        return;
    }
    const auto violations = models::MessageCheck::violations(document.object());
    if (!violations.isEmpty()) {
        for (const auto &violation : violations)
            m_context.printError(tr("message.%1: %2").arg(violation.field, violation.message));
        failUsage(tr("The message has %n fault(s); nothing was sent.", "", int(violations.size())));
        return;
    }
    BroadcastDraft draft;
    draft.message = document.object();
    draft.name =
        parser.isSet(name)
            ? parser.value(name)
            : tr("Broadcast of %1").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (parser.isSet(label)) {
        if (!api::ParamCheck::isIdText(parser.value(label))) {
            failUsage(tr("\"%1\" is not a label id.").arg(parser.value(label)));
            return;
        }
        draft.audience.labelIds = {parser.value(label)};
    }
    if (parser.isSet(psids)) {
        // Streamed within the PSID list's caps; a bad line is named by its number.
        models::BoundedFileReader psidReader(parser.value(psids),
                                             models::BoundedFileReader::Kind::PsidList);
        QString badLine;
        const bool read = psidReader.forEachLine([&](int lineNumber, const QString &line) {
            if (!api::ParamCheck::isIdText(line)) {
                badLine = tr("Line %1 of the PSID file is not a PSID: \"%2\".")
                              .arg(lineNumber)
                              .arg(line.left(80));
                return false;
            }
            draft.audience.psids.append(line);
            return true;
        });
        if (!read || !badLine.isEmpty()) {
            failUsage(read ? badLine : psidReader.error());
            return;
        }
        if (draft.audience.psids.isEmpty()) {
            failUsage(tr("The PSID file holds no PSIDs (one per line)."));
            return;
        }
    }
    draft.audience.allOpen = parser.isSet(allOpen);
    const bool dry = parser.isSet(dryRun);
    m_context.preparePage([this, draft, dry](int status) {
        if (status != Success) {
            finish(status);
            return;
        }
        if (!openStore())
            return;
        if (draft.audience.labelIds.isEmpty()) {
            startSend(draft, dry);
            return;
        }
        const QString labelId = draft.audience.labelIds.first();
        const auto known = m_book->knowsLabel(labelId);
        if (!known) {
            m_context.printError(m_book->lastError());
            finish(GraphFailure);
            return;
        }
        if (*known) {
            startSend(draft, dry);
            return;
        }
        // The index has never seen it: ask Graph whether the Page has such a label (a read).
        api::CallOptions options{m_context.page().appId,
                                 m_context.page().pageId,
                                 m_context.options().txId,
                                 QStringLiteral("cli"),
                                 0,
                                 {},
                                 true};
        auto *reply = m_context.client().call(QStringLiteral("fetch_custom_label"),
                                              {{QStringLiteral("label_id"), labelId}}, options);
        connect(reply, &api::GraphReply::finished, this,
                [this, draft, dry, labelId](const api::GraphResult &result) {
                    if (!result.isOk()) {
                        failUsage(tr("The Page has no label %1 (%2); nothing was sent.")
                                      .arg(labelId, result.error().summary()));
                        return;
                    }
                    startSend(draft, dry);
                });
    });
}

void BroadcastCommand::startSend(const BroadcastDraft &draft, bool dryRun)
{
    const qint64 now = nowMs();
    const auto people = m_book->resolve(draft.audience, now);
    if (!people) {
        m_context.printError(m_book->lastError());
        finish(GraphFailure);
        return;
    }
    const auto eligibility =
        models::Eligibility::of(*people, QDateTime::fromMSecsSinceEpoch(now, Qt::UTC));
    m_context.err() << eligibility.summary() << '\n';
    m_context.err().flush();
    if (eligibility.total() == 0) {
        failUsage(tr("The audience holds nobody the app knows; nothing was sent."));
        return;
    }
    if (dryRun) {
        QJsonArray reachable;
        for (const auto &person : eligibility.reachable)
            reachable.append(person.psid);
        m_context.printJson(QJsonObject{
            {QStringLiteral("dry_run"), true},
            {QStringLiteral("name"), draft.name},
            {QStringLiteral("summary"), eligibility.summary()},
            {QStringLiteral("counts"),
             QJsonObject{{QStringLiteral("reachable"), int(eligibility.reachable.size())},
                         {QStringLiteral("outside_window"), int(eligibility.outsideWindow.size())},
                         {QStringLiteral("unavailable"), int(eligibility.unavailable.size())},
                         {QStringLiteral("unknown"), int(eligibility.unknown.size())}}},
            {QStringLiteral("reachable"), reachable}});
        finish(Success);
        return;
    }
    const auto id = m_book->create(draft, eligibility, now);
    if (!id) {
        m_context.printError(m_book->lastError());
        finish(GraphFailure);
        return;
    }
    QStringList pending;
    for (const auto &person : eligibility.reachable)
        pending.append(person.psid);
    run(*id, draft, pending);
}

void BroadcastCommand::resume(qint64 id)
{
    // Rows a killed run left `sending` may have arrived: they become unknown, never re-sent.
    if (!m_book->recoverInterrupted()) {
        m_context.printError(m_book->lastError());
        finish(GraphFailure);
        return;
    }
    const auto draft = m_book->draft(id);
    const auto pending =
        draft ? m_book->psidsIn(id, models::RecipientState::Pending) : std::optional<QStringList>();
    if (!draft || !pending) {
        m_context.printError(m_book->lastError());
        finish(draft ? GraphFailure : UsageError);
        return;
    }
    run(id, *draft, *pending);
}

void BroadcastCommand::run(qint64 id, const BroadcastDraft &draft, const QStringList &psids)
{
    m_context.err() << tr("broadcast %1").arg(id) << '\n';
    m_context.err().flush();
    if (!m_book->claim(id)) {
        m_context.printError(m_book->lastError());
        finish(GraphFailure);
        return;
    }
    BroadcastRunner::Setup setup;
    setup.broadcastId = id;
    setup.message = draft.message;
    setup.messagingType = draft.messagingType;
    setup.tag = draft.tag;
    setup.personaId = draft.personaId;
    setup.psids = psids;
    setup.options = {m_context.page().appId,
                     m_context.page().pageId,
                     m_context.options().txId,
                     QStringLiteral("cli"),
                     0,
                     {},
                     false};
    m_runner = new BroadcastRunner(&m_context.client(), m_book.get(), setup, this);
    // Re-check each window at send time: a resumed or slow run must not send to a window
    // that closed since the summary.
    m_runner->setSkipCheck([this](const QString &psid) {
        return m_book->skipReason(psid, QDateTime::currentDateTimeUtc());
    });
    const qint64 bump = qEnvironmentVariableIntValue("MESSENGER_DESK_BROADCAST_CONCURRENCY");
    if (bump > 0)
        m_runner->setConcurrency(int(bump));
    connect(m_runner, &BroadcastRunner::progress, this,
            [this, id](int done, int total, qint64 msLeft) {
                const QString line =
                    msLeft < 0 ? tr("broadcast %1: %2 of %3 done").arg(id).arg(done).arg(total)
                               : tr("broadcast %1: %2 of %3 done, about %4 s left")
                                     .arg(id)
                                     .arg(done)
                                     .arg(total)
                                     .arg((msLeft + 999) / 1000);
                m_context.err() << line << '\n';
                m_context.err().flush();
            });
    connect(m_runner, &BroadcastRunner::finished, this, [this, id](const QString &) {
        m_book->release(id);
        if (!m_runner->stopReason().isEmpty())
            m_context.printError(m_runner->stopReason());
        finishWithReport(id);
    });
    m_runner->start();
}

void BroadcastCommand::finishWithReport(qint64 id)
{
    const auto report = m_book->report(id);
    if (!report) {
        m_context.printError(m_book->lastError());
        finish(GraphFailure);
        return;
    }
    m_context.printJson(report->toJson());
    const bool complete = report->state == models::BroadcastState::Finished &&
                          report->count(models::RecipientState::Failed) == 0 &&
                          report->count(models::RecipientState::Unknown) == 0 &&
                          report->count(models::RecipientState::Pending) == 0;
    finish(complete ? Success : GraphFailure);
}

void BroadcastCommand::list()
{
    const auto all = m_book->list();
    if (!all) {
        m_context.printError(m_book->lastError());
        finish(GraphFailure);
        return;
    }
    QJsonArray out;
    for (const auto &broadcast : *all)
        out.append(broadcast.summaryJson());
    m_context.printJson(out);
    finish(Success);
}

void BroadcastCommand::report(qint64 id, bool csv)
{
    const auto report = m_book->report(id);
    if (!report) {
        m_context.printError(m_book->lastError());
        finish(UsageError);
        return;
    }
    if (csv) {
        m_context.out() << QString::fromUtf8(report->toCsv());
        finish(Success);
        return;
    }
    m_context.printJson(report->toJson());
    finish(Success);
}

} // namespace mdesk::app::cli

#include "moc_broadcastcommand.cpp"
