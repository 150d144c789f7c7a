// The label index through every kind of label call the app makes: single calls, bulk jobs
// (Graph batches), delete label, a user's label list and the Page's label list, against
// LocalGraph, with LabelCallRecorder on the client's EventHub and a real SQLite file.
// Only calls Graph answered with success may change the index.
#include "api/batchrequest.h"
#include "api/bulkjob.h"
#include "api/sandbox/sandboxstate.h"
#include "models/audience/labelcallrecorder.h"
#include "models/store/database.h"
#include "models/store/labelindex.h"
#include "sandboxharness.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace mdesk;
using namespace mdesk::sandboxtest;

class TestLabelIndex : public QObject
{
    Q_OBJECT

private:
    QString pageId() const { return m_harness->pageId(0, 0); }
    store::LabelIndex index() { return store::LabelIndex(*m_database, pageId()); }
    // Graph's own members of a label (LocalGraph's state), sorted.
    QStringList graphMembers(const QString &labelId)
    {
        QStringList psids = m_harness->graph().state().page(pageId())->labels.value(labelId).psids;
        psids.sort();
        return psids;
    }

    QString createLabel(const QString &name)
    {
        const auto result = m_harness->call(QStringLiteral("create_custom_label"),
                                            {{QStringLiteral("name"), name}});
        return result.isOk() ? result.body().toObject().value(QStringLiteral("id")).toString()
                             : QString();
    }

    api::GraphResult labelCall(const QString &op, const QString &labelId, const QString &psid)
    {
        return m_harness->call(
            op, {{QStringLiteral("label_id"), labelId}, {QStringLiteral("user"), psid}});
    }

    // Runs a bulk job to its end; the number of failed items.
    int runBulk(const QString &op, const QString &labelId, const QStringList &psids)
    {
        QList<api::BatchItem> items;
        for (const QString &psid : psids)
            items.append({op,
                          {{QStringLiteral("label_id"), labelId}, {QStringLiteral("user"), psid}},
                          {},
                          {},
                          false});
        api::BulkJob job(&m_harness->client(), items, m_harness->on());
        QSignalSpy finished(&job, &api::BulkJob::finished);
        job.start();
        if (!finished.wait(30000))
            return -1;
        return int(job.failures().size());
    }

    QStringList psids(int count) const
    {
        QStringList result;
        for (int i = 0; i < count; ++i)
            result.append(m_harness->psid(0, 0, i));
        return result;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxHarness> m_harness;
    std::unique_ptr<store::Database> m_database;
    std::unique_ptr<models::LabelCallRecorder> m_recorder;
    std::unique_ptr<QSignalSpy> m_failures;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_recorder.reset();
        m_database.reset();
        const QString path = m_dir.filePath(QStringLiteral("store.sqlite"));
        QFile::remove(path);
        m_database = std::make_unique<store::Database>(path);
        const store::OpenResult opened = m_database->open();
        QVERIFY2(opened.ok, qPrintable(opened.error));
        m_harness = std::make_unique<SandboxHarness>();
        m_recorder = std::make_unique<models::LabelCallRecorder>(
            m_harness->client().events(), [this](QString *) { return m_database.get(); });
        m_failures =
            std::make_unique<QSignalSpy>(m_recorder.get(), &models::LabelCallRecorder::failed);
    }

    void cleanup() { QCOMPARE(m_failures->count(), 0); }

    void singleLabelAndUnlabel()
    {
        const QString labelId = createLabel(QStringLiteral("VIP"));
        QVERIFY(!labelId.isEmpty());
        const auto labels = index().labels();
        QVERIFY(labels);
        QCOMPARE(labels->size(), 1);
        QCOMPARE(labels->first().id, labelId);
        QCOMPARE(labels->first().name, QStringLiteral("VIP"));

        const QStringList people = psids(2);
        QVERIFY(labelCall(QStringLiteral("label_user"), labelId, people.at(0)).isOk());
        QVERIFY(labelCall(QStringLiteral("label_user"), labelId, people.at(1)).isOk());
        // Graph refuses a PSID it does not know: the index does not learn it.
        QVERIFY(!labelCall(QStringLiteral("label_user"), labelId, QStringLiteral("999")).isOk());
        QCOMPARE(index().members(labelId), std::optional<QStringList>(graphMembers(labelId)));
        QCOMPARE(index().members(labelId)->size(), 2);

        QVERIFY(labelCall(QStringLiteral("unlabel_user"), labelId, people.at(0)).isOk());
        QCOMPARE(index().members(labelId), std::optional<QStringList>(QStringList{people.at(1)}));
        QCOMPARE(index().labelsOf(people.at(0)), std::optional<QStringList>(QStringList()));
    }

    void bulkCountsOnlyTheItemsGraphDid()
    {
        const QString labelId = createLabel(QStringLiteral("Bulk"));
        QStringList people = psids(120);
        QStringList withBogus = people;
        for (int i = 0; i < 5; ++i)
            withBogus.insert(i * 20, QStringLiteral("99900%1").arg(i)); // unknown PSIDs
        QCOMPARE(runBulk(QStringLiteral("label_user"), labelId, withBogus), 5);
        people.sort();
        QCOMPARE(index().members(labelId), std::optional<QStringList>(people));
        QCOMPARE(graphMembers(labelId), people);

        QCOMPARE(runBulk(QStringLiteral("unlabel_user"), labelId, people.mid(0, 70)), 0);
        QCOMPARE(index().memberCount(labelId), std::optional<int>(50));
        QCOMPARE(index().members(labelId), std::optional<QStringList>(graphMembers(labelId)));
    }

    void deleteLabelDropsItsMembersOnly()
    {
        const QString doomed = createLabel(QStringLiteral("Doomed"));
        const QString kept = createLabel(QStringLiteral("Kept"));
        const QStringList people = psids(3);
        QCOMPARE(runBulk(QStringLiteral("label_user"), doomed, people), 0);
        QVERIFY(labelCall(QStringLiteral("label_user"), kept, people.at(0)).isOk());
        QVERIFY(m_harness
                    ->call(QStringLiteral("delete_custom_label"),
                           {{QStringLiteral("label_id"), doomed}})
                    .isOk());
        QCOMPARE(index().memberCount(doomed), std::optional<int>(0));
        QCOMPARE(index().members(kept), std::optional<QStringList>(QStringList{people.at(0)}));
        QCOMPARE(index().labels()->size(), 1);
        QCOMPARE(index().labels()->first().id, kept);
        // Deleting it again fails on Graph: nothing changes.
        QVERIFY(!m_harness
                     ->call(QStringLiteral("delete_custom_label"),
                            {{QStringLiteral("label_id"), kept + QStringLiteral("0")}})
                     .isOk());
        QCOMPARE(index().members(kept), std::optional<QStringList>(QStringList{people.at(0)}));
    }

    void deleteInABatchDropsTheLabel()
    {
        const QString labelId = createLabel(QStringLiteral("Batch doomed"));
        QVERIFY(labelCall(QStringLiteral("label_user"), labelId, psids(1).at(0)).isOk());
        QList<api::BatchItem> items{{QStringLiteral("delete_custom_label"),
                                     {{QStringLiteral("label_id"), labelId}},
                                     {},
                                     {},
                                     false}};
        api::BulkJob job(&m_harness->client(), items, m_harness->on());
        QSignalSpy finished(&job, &api::BulkJob::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(job.succeeded(), 1);
        QCOMPARE(index().memberCount(labelId), std::optional<int>(0));
        QVERIFY(index().labels()->isEmpty());
    }

    void aUsersLabelListReplacesWhatTheIndexThought()
    {
        const QString first = createLabel(QStringLiteral("First"));
        const QString second = createLabel(QStringLiteral("Second"));
        const QString psid = psids(1).at(0);
        QVERIFY(labelCall(QStringLiteral("label_user"), first, psid).isOk());
        // Someone else changed the labels in Meta's own tools, behind the app's back.
        auto &labels = m_harness->graph().state().page(pageId())->labels;
        labels[first].psids.removeAll(psid);
        labels[second].psids.append(psid);
        QCOMPARE(index().labelsOf(psid), std::optional<QStringList>(QStringList{first}));
        const auto read = m_harness->call(QStringLiteral("list_custom_labels_of_user"),
                                          {{QStringLiteral("psid"), psid}});
        QVERIFY2(read.isOk(), describe(read).constData());
        QStringList onGraph; // the demo data gives this person a label of its own too
        for (const QJsonValue &label :
             read.body().toObject().value(QStringLiteral("data")).toArray())
            onGraph.append(label.toObject().value(QStringLiteral("id")).toString());
        onGraph.sort();
        QVERIFY(onGraph.contains(second));
        QVERIFY(!onGraph.contains(first));
        QCOMPARE(index().labelsOf(psid), std::optional<QStringList>(onGraph));
    }

    void aWholeLabelListForgetsLabelsDeletedElsewhere()
    {
        const QString gone = createLabel(QStringLiteral("Gone"));
        QVERIFY(labelCall(QStringLiteral("label_user"), gone, psids(1).at(0)).isOk());
        auto *page = m_harness->graph().state().page(pageId());
        page->labels.remove(gone);
        page->labelOrder.removeAll(gone);
        const auto listed =
            m_harness->call(QStringLiteral("list_custom_labels"), {{QStringLiteral("limit"), 100}});
        QVERIFY2(listed.isOk(), describe(listed).constData());
        const auto known = index().labels();
        QVERIFY(known);
        QCOMPARE(known->size(), page->labelOrder.size()); // the demo labels, named
        for (const auto &label : *known) {
            QVERIFY(label.id != gone);
            QCOMPARE(label.name, page->labels.value(label.id).name);
        }
        QCOMPARE(index().memberCount(gone), std::optional<int>(0));
    }

    void aStoreThatCannotBeOpenedIsReported()
    {
        models::LabelCallRecorder broken(m_harness->client().events(), [](QString *error) {
            *error = QStringLiteral("no store");
            return static_cast<store::Database *>(nullptr);
        });
        QSignalSpy failed(&broken, &models::LabelCallRecorder::failed);
        QVERIFY(!createLabel(QStringLiteral("Unrecorded")).isEmpty());
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("no store")));
    }
};

QTEST_GUILESS_MAIN(TestLabelIndex)
#include "tst_labelindex.moc"
