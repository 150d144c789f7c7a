// The Audience section against a real SQLite store in a temporary folder (and LocalGraph for
// the feature review), driven by objectName.
#include "sandboxharness.h"

#include "ui/guitestkit.h"
#include "ui/insights/audiencepanel.h"
#include "ui/insights/categorychart.h"
#include "ui/insights/metricchart.h"

#include "models/insights/insightscache.h"
#include "models/insights/storeaudiencesource.h"
#include "models/store/contactstore.h"
#include "models/store/database.h"
#include "models/store/labelindex.h"

#include <QLabel>
#include <QTemporaryDir>

using namespace mdesk;
using namespace mdesk::ui;

namespace {
constexpr qint64 kHour = 3600 * 1000;
}

class TstAudiencePanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chartsEqualTheStore();
    void emptyStoreSaysWhy();

private:
    QTemporaryDir m_dir;
};

void TstAudiencePanel::chartsEqualTheStore()
{
    store::Database database(m_dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY(database.open().ok);
    sandboxtest::SandboxHarness harness;
    const QString pageId = harness.pageId(0, 0);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    store::ContactStore contacts(database, pageId);
    QVERIFY(contacts.addPsids({QStringLiteral("p1"), QStringLiteral("p2")}, now - 3 * 24 * kHour));
    QVERIFY(contacts.addPsids({QStringLiteral("p3"), QStringLiteral("p4"), QStringLiteral("p5")},
                              now - 1 * kHour));
    const auto converse = [&](const QString &psid, qint64 inbound) {
        store::ConversationRecord record;
        record.psid = psid;
        record.conversationId = QStringLiteral("t_") + psid;
        record.updatedTime = inbound;
        record.lastInbound = inbound;
        return contacts.upsertConversation(record, now);
    };
    QVERIFY(converse(QStringLiteral("p1"), now - 1 * kHour));  // open, 23 h left
    QVERIFY(converse(QStringLiteral("p2"), now - 20 * kHour)); // closing, 4 h left
    QVERIFY(converse(QStringLiteral("p3"), now - 30 * kHour)); // closed
    QVERIFY(contacts.setBlocked(QStringLiteral("p4"), true));
    QVERIFY(contacts.setUnavailable(QStringLiteral("p5"), true));

    store::LabelIndex labels(database, pageId);
    QVERIFY(labels.rememberLabels({{QStringLiteral("L1"), QStringLiteral("VIP")},
                                   {QStringLiteral("L2"), QStringLiteral("Newsletter")},
                                   {QStringLiteral("L3"), QStringLiteral("Returns")}},
                                  true));
    QVERIFY(labels.label(QStringLiteral("L1"),
                         {QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p3")}, now));
    QVERIFY(labels.label(QStringLiteral("L2"), {QStringLiteral("p1")}, now));

    models::StoreAudienceSource source(database);
    models::MemoryInsightsCache cache;
    AudiencePanel panel(&harness.client(), &cache, &source, harness.appId(0), pageId);
    panel.resize(1200, 1000);
    panel.show();
    QSignalSpy updated(&panel, &AudiencePanel::updated);
    panel.reload();

    // Label sizes: one bar per label the index knows, as tall as its member count.
    auto *labelChart = panel.findChild<CategoryChart *>(QStringLiteral("audienceLabelChart"));
    QVERIFY(labelChart && !labelChart->isEmptyState());
    const auto known = labels.labels();
    QVERIFY(known);
    QCOMPARE(labelChart->categories().size(), known->size());
    for (int i = 0; i < known->size(); ++i) {
        QCOMPARE(labelChart->categories().at(i), known->at(i).name);
        QCOMPARE(labelChart->values(0).at(i), double(*labels.memberCount(known->at(i).id)));
    }
    QCOMPARE(labelChart->values(0), (QList<double>{3, 1, 0}));

    auto *windows = panel.findChild<CategoryChart *>(QStringLiteral("audienceWindowChart"));
    QCOMPARE(windows->values(0), (QList<double>{1, 1, 3}));
    auto *fresh = panel.findChild<MetricChart *>(QStringLiteral("audienceNewChart"));
    double total = 0;
    for (const QPointF &point : fresh->points(0))
        total += point.y();
    QCOMPARE(total, 5.0);
    const QString status = panel.findChild<QLabel *>(QStringLiteral("audienceStatusLabel"))->text();
    QVERIFY2(status.contains(QStringLiteral("5 people")) &&
                 status.contains(QStringLiteral("1 unavailable")) &&
                 status.contains(QStringLiteral("1 blocked")),
             qPrintable(status));

    // The demo Page's feature review approves none of the profile fields: say which.
    auto *profile = panel.findChild<QLabel *>(QStringLiteral("profileBreakdownLabel"));
    QTRY_VERIFY(profile->text().contains(QStringLiteral("pages_user_locale")));
    // The safety panel fills from the insights fetched for it.
    auto *safety = panel.findChild<CategoryChart *>(QStringLiteral("safetyChart"));
    QTRY_VERIFY_WITH_TIMEOUT(!safety->isEmptyState(), 20000);
    QCOMPARE(safety->categories().size(), 12);
    QVERIFY(!guitest::saveScreenshot(&panel, QStringLiteral("audience-light")).isEmpty());
    panel.setPalette(guitest::darkPalette());
    QVERIFY(!guitest::saveScreenshot(&panel, QStringLiteral("audience-dark")).isEmpty());
}

void TstAudiencePanel::emptyStoreSaysWhy()
{
    AudiencePanel panel(nullptr, nullptr, nullptr, QStringLiteral("1"), QStringLiteral("2"));
    panel.reload();
    auto *labelChart = panel.findChild<CategoryChart *>(QStringLiteral("audienceLabelChart"));
    QVERIFY(labelChart->isEmptyState());
    QVERIFY(labelChart->emptyReason().contains(QStringLiteral("local store")));
}

QTEST_MAIN(TstAudiencePanel)
#include "tst_audiencepanel.moc"
