#include "models/store/broadcastjournal.h"
#include "models/store/database.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mdesk::store;

namespace {

RecipientResult result(const QString &psid, RecipientState state, const QString &messageId = {},
                       const QString &reason = {}, const QJsonObject &error = {})
{
    RecipientResult r;
    r.psid = psid;
    r.state = state;
    r.messageId = messageId;
    r.reason = reason;
    r.error = error;
    return r;
}

QList<BroadcastRecipient> recipients(int pending, int skipped = 0)
{
    QList<BroadcastRecipient> list;
    for (int i = 0; i < pending; ++i) {
        BroadcastRecipient r;
        r.psid = QStringLiteral("p%1").arg(i, 3, 10, QLatin1Char('0'));
        r.name = QStringLiteral("Person %1").arg(i);
        list << r;
    }
    for (int i = 0; i < skipped; ++i) {
        BroadcastRecipient r;
        r.psid = QStringLiteral("s%1").arg(i);
        r.state = RecipientState::Skipped;
        r.reason = QStringLiteral("window closed");
        list << r;
    }
    return list;
}

BroadcastRecord sample()
{
    BroadcastRecord b;
    b.appId = QStringLiteral("app1");
    b.pageId = QStringLiteral("page1");
    b.name = QStringLiteral("Spring sale");
    b.message = {{QStringLiteral("text"), QStringLiteral("Hello")}};
    b.audience = {{QStringLiteral("label"), QStringLiteral("42")}};
    b.messagingType = QStringLiteral("MESSAGE_TAG");
    b.tag = QStringLiteral("ACCOUNT_UPDATE");
    return b;
}

} // namespace

class TestBroadcastJournal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void createStoresBroadcastAndRecipients();
    void sendingNeedsAClaimAndOnlyMarksPending();
    void resultsMoveOnlySendingRows();
    void rateLimitRefusalGoesBackToPending();
    void skippedTakesPendingAndSendingRowsOnly();
    void reopeningTurnsSendingIntoUnknown();
    void recoveryLeavesAClaimedBroadcastAlone();
    void killedChildLeavesNoneOrAll_data();
    void killedChildLeavesNoneOrAll();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    QString path() const { return m_dir->filePath(QStringLiteral("store.sqlite")); }
};

void TestBroadcastJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>(path());
    QVERIFY(m_database->open().ok);
}

void TestBroadcastJournal::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TestBroadcastJournal::createStoresBroadcastAndRecipients()
{
    BroadcastJournal journal(*m_database);
    const qint64 id = journal.create(sample(), recipients(5, 2));
    QVERIFY(id > 0);
    const auto stored = journal.broadcast(id);
    QVERIFY(stored);
    QCOMPARE(stored->name, QStringLiteral("Spring sale"));
    QCOMPARE(stored->state, QStringLiteral("created"));
    QCOMPARE(stored->message.value(QStringLiteral("text")).toString(), QStringLiteral("Hello"));
    QCOMPARE(stored->tag, QStringLiteral("ACCOUNT_UPDATE"));
    QVERIFY(stored->created.isValid());
    QVERIFY(!stored->started.isValid());
    const auto counts = journal.counts(id);
    QCOMPARE(counts.value(RecipientState::Pending), 5);
    QCOMPARE(counts.value(RecipientState::Skipped), 2);
    const auto skipped = journal.recipients(id, RecipientState::Skipped);
    QCOMPARE(skipped.size(), 2);
    QCOMPARE(skipped.first().reason, QStringLiteral("window closed"));
    QCOMPARE(journal.list().size(), 1);
    QCOMPARE(journal.list(QStringLiteral("other-page")).size(), 0);
    QVERIFY(journal.markStarted(id));
    QCOMPARE(journal.broadcast(id)->state, QStringLiteral("running"));
    QVERIFY(journal.broadcast(id)->started.isValid());
}

void TestBroadcastJournal::sendingNeedsAClaimAndOnlyMarksPending()
{
    BroadcastJournal journal(*m_database);
    const qint64 id = journal.create(sample(), recipients(3, 1));
    const QStringList batch{QStringLiteral("p000"), QStringLiteral("p001"), QStringLiteral("s0")};
    QVERIFY(journal.markSending(id, batch).isEmpty()); // no claim, nothing marked
    QCOMPARE(journal.counts(id).value(RecipientState::Sending), 0);
    QVERIFY(journal.claim(id));
    // The skipped one is not pending: it is never marked.
    QCOMPARE(journal.markSending(id, batch),
             (QStringList{QStringLiteral("p000"), QStringLiteral("p001")}));
    // Marking again marks nothing: a row is sent at most once.
    QVERIFY(journal.markSending(id, batch).isEmpty());
    QCOMPARE(journal.counts(id).value(RecipientState::Sending), 2);
    // Committed: a second connection (as another process would) sees them.
    Database other(path());
    QVERIFY(other.open().ok);
    QSqlQuery query(other.connection());
    QVERIFY(query.exec(
        QStringLiteral("SELECT count(*) FROM broadcast_recipients WHERE state = 'sending'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 2);
}

void TestBroadcastJournal::resultsMoveOnlySendingRows()
{
    BroadcastJournal journal(*m_database);
    const qint64 id = journal.create(sample(), recipients(4));
    QVERIFY(journal.claim(id));
    journal.markSending(id,
                        {QStringLiteral("p000"), QStringLiteral("p001"), QStringLiteral("p002")});
    const RecipientResult sent =
        result(QStringLiteral("p000"), RecipientState::Sent, QStringLiteral("m_1"));
    const RecipientResult failed = result(QStringLiteral("p001"), RecipientState::Failed, {},
                                          QStringLiteral("551"), {{QStringLiteral("code"), 551}});
    const RecipientResult unknown =
        result(QStringLiteral("p002"), RecipientState::Unknown, {}, QStringLiteral("timeout"));
    QVERIFY(journal.recordResults(id, {sent, failed, unknown}));
    // p003 was never marked sending: a result for it is refused.
    QVERIFY(!journal.recordResults(
        id, {result(QStringLiteral("p003"), RecipientState::Sent, QStringLiteral("m_x"))}));
    const auto counts = journal.counts(id);
    QCOMPARE(counts.value(RecipientState::Sent), 1);
    QCOMPARE(counts.value(RecipientState::Failed), 1);
    QCOMPARE(counts.value(RecipientState::Unknown), 1);
    QCOMPARE(counts.value(RecipientState::Pending), 1);
    const auto rows = journal.recipients(id);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0).messageId, QStringLiteral("m_1"));
    QCOMPARE(rows.at(1).error.value(QStringLiteral("code")).toInt(), 551);
    QCOMPARE(rows.at(1).reason, QStringLiteral("551"));
    QCOMPARE(rows.at(2).state, RecipientState::Unknown);
    QCOMPARE(rows.at(3).state, RecipientState::Pending);
    QVERIFY(journal.markFinished(id));
    QCOMPARE(journal.broadcast(id)->state, QStringLiteral("finished"));
}

void TestBroadcastJournal::rateLimitRefusalGoesBackToPending()
{
    BroadcastJournal journal(*m_database);
    const qint64 id = journal.create(sample(), recipients(1));
    QVERIFY(journal.claim(id));
    QCOMPARE(journal.markSending(id, {QStringLiteral("p000")}).size(), 1);
    QVERIFY(journal.recordResults(id, {result(QStringLiteral("p000"), RecipientState::Pending, {},
                                              QStringLiteral("rate limited (613)"))}));
    QCOMPARE(journal.counts(id).value(RecipientState::Pending), 1);
    QCOMPARE(journal.markSending(id, {QStringLiteral("p000")}).size(), 1);
}

void TestBroadcastJournal::skippedTakesPendingAndSendingRowsOnly()
{
    BroadcastJournal journal(*m_database);
    const qint64 id = journal.create(sample(), recipients(3));
    QVERIFY(journal.claim(id));
    QCOMPARE(journal.markSending(id, {QStringLiteral("p001"), QStringLiteral("p002")}).size(), 2);
    QVERIFY(journal.recordResults(
        id, {result(QStringLiteral("p002"), RecipientState::Sent, QStringLiteral("m_2"))}));
    // p000 pending (cancelled), p001 sending (Graph said 551), p002 already sent.
    const auto skipped = journal.recordSkipped(
        id,
        {result(QStringLiteral("p000"), RecipientState::Skipped, {}, QStringLiteral("cancelled")),
         result(QStringLiteral("p001"), RecipientState::Skipped, {}, QStringLiteral("unavailable"),
                {{QStringLiteral("code"), 551}}),
         result(QStringLiteral("p002"), RecipientState::Skipped, {}, QStringLiteral("cancelled"))});
    QCOMPARE(skipped.value_or(-1), 2);
    const auto rows = journal.recipients(id);
    QCOMPARE(rows.at(0).state, RecipientState::Skipped);
    QCOMPARE(rows.at(0).reason, QStringLiteral("cancelled"));
    QCOMPARE(rows.at(1).state, RecipientState::Skipped);
    QCOMPARE(rows.at(1).error.value(QStringLiteral("code")).toInt(), 551);
    QCOMPARE(rows.at(2).state, RecipientState::Sent);
    QCOMPARE(rows.at(2).messageId, QStringLiteral("m_2"));
}

void TestBroadcastJournal::reopeningTurnsSendingIntoUnknown()
{
    qint64 id = 0;
    {
        BroadcastJournal journal(*m_database);
        id = journal.create(sample(), recipients(3));
        QVERIFY(journal.claim(id));
        QVERIFY(journal.markStarted(id));
        QCOMPARE(journal.markSending(id, {QStringLiteral("p000"), QStringLiteral("p001")}).size(),
                 2);
        // The process ends here without results (its claim goes with it).
    }
    Database reopened(path());
    QVERIFY(reopened.open().ok);
    BroadcastJournal journal(reopened);
    const auto recovery = journal.recoverInterrupted();
    QCOMPARE(recovery.broadcasts, 1);
    QCOMPARE(recovery.recipients, 2);
    const auto counts = journal.counts(id);
    QCOMPARE(counts.value(RecipientState::Unknown), 2);
    QCOMPARE(counts.value(RecipientState::Pending), 1);
    QCOMPARE(counts.value(RecipientState::Sending), 0);
    QCOMPARE(journal.broadcast(id)->state, QStringLiteral("interrupted"));
    // Unknown is never sent again by itself.
    QVERIFY(journal.claim(id));
    QCOMPARE(journal.markSending(id, {QStringLiteral("p000"), QStringLiteral("p002")}),
             QStringList{QStringLiteral("p002")});
    QCOMPARE(journal.recoverInterrupted().recipients, 0); // its own claim: left alone
}

void TestBroadcastJournal::recoveryLeavesAClaimedBroadcastAlone()
{
    BroadcastJournal sender(*m_database);
    const qint64 id = sender.create(sample(), recipients(2));
    QVERIFY(sender.claim(id));
    QCOMPARE(sender.markSending(id, {QStringLiteral("p000")}).size(), 1);
    // Another process (a CLI run) opens the journal while the GUI sends.
    Database other(path());
    QVERIFY(other.open().ok);
    BroadcastJournal cli(other);
    QVERIFY(!cli.claim(id));
    QCOMPARE(cli.recoverInterrupted().recipients, 0);
    QCOMPARE(cli.counts(id).value(RecipientState::Sending), 1);
    sender.release(id);
    QCOMPARE(cli.recoverInterrupted().recipients, 1);
}

void TestBroadcastJournal::killedChildLeavesNoneOrAll_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("expectedRows");
    QTest::newRow("killed mid-transaction") << QStringLiteral("midway") << 0;
    QTest::newRow("killed after commit") << QStringLiteral("committed") << 10000;
}

void TestBroadcastJournal::killedChildLeavesNoneOrAll()
{
    QFETCH(QString, mode);
    QFETCH(int, expectedRows);
    m_database.reset(); // the child makes the file
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QStringLiteral(MDESK_STORE_CRASH_HELPER_BINARY), {mode, path()});
    QVERIFY(child.waitForStarted());
    QByteArray output;
    while (!output.contains(mode.toUtf8()) && child.state() == QProcess::Running)
        if (child.waitForReadyRead(30000))
            output += child.readAllStandardOutput();
        else
            break;
    QVERIFY2(output.contains(mode.toUtf8()), output.constData());
    QCOMPARE(child.state(), QProcess::Running);
    child.kill(); // SIGKILL
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    Database database(path());
    const auto result = database.open();
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.movedTo.isEmpty());
    QString details;
    QVERIFY2(database.integrityCheck(&details), qPrintable(details));
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM broadcast_recipients")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), expectedRows);
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM broadcasts")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1); // the broadcast committed before stays
}

QTEST_GUILESS_MAIN(TestBroadcastJournal)
#include "tst_broadcastjournal.moc"
