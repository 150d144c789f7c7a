#include "app/cli/profilecommand.h"

#include "api/fieldrules.h"
#include "api/graphclient.h"
#include "api/operationtable.h"
#include "models/files/boundedfilereader.h"
#include "models/jsonfile.h"
#include "models/profile/profileapplier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace mdesk::app::cli {

void ProfileCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"));
    const QCommandLineOption prune(QStringLiteral("prune"));
    parser.addOptions({dryRun, prune});
    if (!parse(parser, arguments))
        return;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    m_file = positional.value(2);
    m_dryRun = parser.isSet(dryRun);
    m_prune = parser.isSet(prune);
    if (action == QLatin1String("export") && positional.size() <= 3) {
        m_action = Action::Export;
    } else if ((action == QLatin1String("diff") || action == QLatin1String("apply")) &&
               positional.size() == 3) {
        m_action = action == QLatin1String("diff") ? Action::Diff : Action::Apply;
    } else {
        failUsage(tr("Use: profile export [FILE] | profile diff FILE | profile apply FILE "
                     "[--dry-run] [--prune]."));
        return;
    }
    if ((m_dryRun || m_prune) && m_action != Action::Apply) {
        failUsage(tr("--dry-run and --prune go with profile apply."));
        return;
    }
    if (m_action != Action::Export) {
        models::BoundedFileReader reader(m_file, models::BoundedFileReader::Kind::ProfileFile);
        const auto text = reader.readAll();
        if (!text) {
            failUsage(reader.error());
            return;
        }
        if (m_action == Action::Apply && text->trimmed().isEmpty()) {
            failUsage(tr("The profile file %1 is empty; applying it would clear every field "
                         "of the page. Nothing was sent.")
                          .arg(m_file));
            return;
        }
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(*text, &parseError);
        if (!document.isObject()) {
            failUsage(tr("The profile file %1 is not a JSON object (%2 at byte %3).")
                          .arg(m_file, parseError.errorString())
                          .arg(parseError.offset));
            return;
        }
        m_desired = document.object();
        // An empty file would clear every field of the page: never a profile to apply.
        if (m_action == Action::Apply && m_desired.isEmpty()) {
            failUsage(tr("The profile file %1 is empty; applying it would clear every field "
                         "of the page. Nothing was sent.")
                          .arg(m_file));
            return;
        }
        const QStringList known = api::OperationTable::profileFields();
        for (auto it = m_desired.begin(); it != m_desired.end(); ++it) {
            if (!known.contains(it.key())) {
                failUsage(tr("%1: \"%2\" is not a Messenger profile field; the fields are %3.")
                              .arg(m_file, it.key(), known.join(QStringLiteral(", "))));
                return;
            }
        }
    }
    m_context.preparePage([this](int status) {
        if (status != Success) {
            finish(status);
            return;
        }
        // Deprecated fields and broken field rules are refused before anything is sent,
        // not even the fetch of the live profile (exit status 2 means nothing was sent).
        if (m_action == Action::Apply) {
            const QStringList served = servedFields();
            for (auto it = m_desired.begin(); it != m_desired.end(); ++it) {
                if (!served.contains(it.key())) {
                    const auto *op = api::OperationTable::find(QStringLiteral("set_") + it.key());
                    failUsage(tr("%1 cannot be applied on this page's Graph version: %2")
                                  .arg(it.key(), op->deprecation->note));
                    return;
                }
            }
            // apply makes the page's profile equal to the file (fields the file lacks are
            // reset), so the whole file is the profile to check, with no live context: a
            // menu needs get_started in the file, a home URL its domain in the file's list.
            const auto *app = m_context.client().app(m_context.page().appId);
            const QList<api::Violation> violations = api::FieldRules::validateProfile(
                m_desired, app ? app->version : api::GraphVersion::defaultVersion());
            if (!violations.isEmpty()) {
                for (const auto &violation : violations)
                    m_context.printError(tr("%1: %2").arg(violation.field, violation.message));
                finish(UsageError);
                return;
            }
        }
        fetchLive();
    });
}

QStringList ProfileCommand::servedFields() const
{
    const auto *app = m_context.client().app(m_context.page().appId);
    const api::GraphVersion version = app ? app->version : api::GraphVersion::defaultVersion();
    QStringList fields;
    for (const auto &field : api::OperationTable::profileFields()) {
        const auto *op = api::OperationTable::find(QStringLiteral("fetch_") + field);
        if (!op->isRemovedOn(version))
            fields.append(field);
    }
    return fields;
}

api::CallOptions ProfileCommand::callOptions() const
{
    api::CallOptions options;
    options.appId = m_context.page().appId;
    options.pageId = m_context.page().pageId;
    options.txId = m_txId;
    options.source = QStringLiteral("cli");
    return options;
}

void ProfileCommand::fetchLive()
{
    // One tx_id groups the fetch and the writes in the event log.
    m_txId = m_context.options().txId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                : m_context.options().txId;
    const QJsonObject input{{QStringLiteral("fields"), QJsonArray::fromStringList(servedFields())}};
    auto *reply =
        m_context.client().call(QStringLiteral("fetch_messenger_profile"), input, callOptions());
    connect(reply, &api::GraphReply::finished, this, [this](const api::GraphResult &result) {
        if (!result.isOk()) {
            finish(reportResult(result));
            return;
        }
        onLive(models::ProfileDocument::fromFetchAnswer(result.object()));
    });
}

void ProfileCommand::onLive(const QJsonObject &live)
{
    if (m_action == Action::Export) {
        if (m_file.isEmpty() || m_file == QLatin1String("-")) {
            m_context.out() << QString::fromUtf8(
                QJsonDocument(live).toJson(QJsonDocument::Indented));
        } else {
            QString reason;
            if (!models::JsonFile::write(m_file, QJsonDocument(live), &reason)) {
                m_context.printError(
                    tr("The profile could not be written to %1: %2.").arg(m_file, reason));
                finish(UsageError);
                return;
            }
            m_context.printError(tr("Wrote %1 profile fields to %2.").arg(live.size()).arg(m_file));
        }
        finish(Success);
        return;
    }
    const models::ProfileChange change =
        models::ProfileDocument::diff(live, m_desired, servedFields());
    if (m_action == Action::Diff) {
        m_context.printJson(change.toJson());
        finish(Success);
        return;
    }
    apply(change); // the file was checked against the field rules before the fetch
}

void ProfileCommand::apply(const models::ProfileChange &change)
{
    QJsonObject summary = change.toJson();
    summary.insert(QStringLiteral("dry_run"), m_dryRun);
    summary.insert(QStringLiteral("prune"), m_prune);
    if (!change.reset.isEmpty() && !m_prune && !m_dryRun) {
        // The file lacks fields the page has: clearing them is what a truncated or empty
        // export would do by mistake, so it takes --prune.
        m_context.printError(tr("%1 would clear %n field(s) the page has: %2. Nothing was sent; "
                                "pass --prune to clear them.",
                                nullptr, int(change.reset.size()))
                                 .arg(m_file, change.reset.join(QStringLiteral(", "))));
        finish(UsageError);
        return;
    }
    if (!change.reset.isEmpty() && !m_prune)
        m_context.printError(tr("%1 would clear %n field(s) the page has: %2; apply needs "
                                "--prune for that.",
                                nullptr, int(change.reset.size()))
                                 .arg(m_file, change.reset.join(QStringLiteral(", "))));
    if (m_dryRun || change.isEmpty()) {
        summary.insert(QStringLiteral("requests"), models::ProfileApplier::plannedCalls(change));
        summary.insert(QStringLiteral("requests_sent"), 0);
        m_context.printJson(summary);
        finish(Success);
        return;
    }
    auto *applier = new models::ProfileApplier(&m_context.client(), callOptions(), this);
    connect(applier, &models::ProfileApplier::finished, this,
            [this, summary](int accepted, const api::GraphResult &failure) {
                if (!failure.isOk()) {
                    finish(reportResult(failure));
                    return;
                }
                QJsonObject done = summary;
                done.insert(QStringLiteral("requests_sent"), accepted);
                m_context.printJson(done);
                finish(Success);
            });
    applier->start(change);
}

} // namespace mdesk::app::cli

#include "moc_profilecommand.cpp"
