// The Audience section against a real SQLite store in a temporary folder (and LocalGraph for
// the feature review), driven by objectName.
#include "sandboxharness.h"

#include "ui/guitestkit.h"
#include "ui/insights/audiencepanel.h"
#include "ui/insights/categorychart.h"
#include "ui/insights/metricchart.h"
#include "ui/insights/profilebreakdownview.h"

#include "app/translationloader.h"
#include "models/insights/insightscache.h"
#include "models/insights/storeaudiencesource.h"
#include "models/store/contactprofiles.h"
#include "models/store/contactstore.h"
#include "models/store/database.h"
#include "models/store/labelindex.h"

#include <QChartView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTranslator>

using namespace mdesk;
using namespace mdesk::ui;

namespace {
constexpr qint64 kHour = 3600 * 1000;

// Renders the panel once its charts have laid out: a chart's layout request posts the next
// one (axis sizes, then elided labels), so one pass of the event loop is not enough.
bool shoot(QWidget *panel, const QString &name)
{
    for (int pass = 0; pass < 5; ++pass)
        QCoreApplication::processEvents();
    return !guitest::saveScreenshot(panel, name).isEmpty();
}
} // namespace

class TstAudiencePanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chartsEqualTheStore();
    void missingFeatureSaysWhich();
    void emptyStoreSaysWhy();
    void profileBreakdownEqualsTheStore();

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
    QCOMPARE(panel.findChild<MetricChart *>(QStringLiteral("audienceReachableChart"))->summary(),
             QStringLiteral("2 reachable now"));
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

    // The bakery's feature review approves the profile fields; none is read yet.
    auto *profile = panel.findChild<QLabel *>(QStringLiteral("profileBreakdownLabel"));
    QTRY_VERIFY2(profile->text().contains(QStringLiteral("0 of 5 people")),
                 qPrintable(profile->text()));
    // No store for profiles here: the empty charts say so rather than ask to press the
    // disabled button.
    auto *locales = panel.findChild<CategoryChart *>(QStringLiteral("localeChart"));
    QVERIFY(locales->isEmptyState());
    QVERIFY2(locales->emptyReason().contains(QStringLiteral("local store is not available")),
             qPrintable(locales->emptyReason()));
    // The safety panel fills from the insights fetched for it.
    auto *safety = panel.findChild<CategoryChart *>(QStringLiteral("safetyChart"));
    QTRY_VERIFY_WITH_TIMEOUT(!safety->isEmptyState(), 20000);
    QCOMPARE(safety->categories().size(), 12);
    QVERIFY(shoot(&panel, QStringLiteral("audience-light")));
    panel.setPalette(guitest::darkPalette());
    QVERIFY(shoot(&panel, QStringLiteral("audience-dark")));
}

void TstAudiencePanel::profileBreakdownEqualsTheStore()
{
    store::Database database(m_dir.filePath(QStringLiteral("profiles.sqlite")));
    QVERIFY(database.open().ok);
    sandbox::LocalGraphOptions options = sandbox::LocalGraph::demoOptions();
    options.contactsPerPage = 140;
    sandboxtest::SandboxHarness harness(options);
    const QString pageId = harness.pageId(0, 0);
    QStringList psids;
    for (const QJsonValue &value : harness.pageState().value(QStringLiteral("contacts")).toArray())
        psids.append(value.toObject().value(QStringLiteral("psid")).toString());
    store::ContactStore contacts(database, pageId);
    QVERIFY(contacts.addPsids(psids, QDateTime::currentMSecsSinceEpoch()));

    models::StoreAudienceSource source(database);
    models::MemoryInsightsCache cache;
    AudiencePanel panel(&harness.client(), &cache, &source, harness.appId(0), pageId);
    panel.setProfileStore(&database);
    panel.resize(1200, 1400);
    panel.show();
    panel.reload();
    auto *read = panel.findChild<QPushButton *>(QStringLiteral("readProfilesButton"));
    QTRY_VERIFY(read->isVisible() && read->isEnabled());
    // Nobody wrote within 24 hours: the flat line says why rather than look broken.
    const QString reachable =
        panel.findChild<MetricChart *>(QStringLiteral("audienceReachableChart"))->summary();
    QVERIFY2(reachable.startsWith(QStringLiteral("Nobody was reachable")), qPrintable(reachable));
    auto *view = panel.findChild<ProfileBreakdownView *>(QStringLiteral("profileBreakdown"));
    QSignalSpy finished(view, &ProfileBreakdownView::readFinished);
    read->click();
    QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("cancelProfilesButton"))->isVisible());
    QVERIFY(finished.wait(60000));
    auto *profile = panel.findChild<QLabel *>(QStringLiteral("profileBreakdownLabel"));
    const QString summary = QStringLiteral("%1 of %1 people").arg(psids.size());
    QTRY_VERIFY2(profile->text().contains(summary), qPrintable(profile->text()));
    QVERIFY2(profile->text().contains(QStringLiteral("Read %1 profiles").arg(psids.size())),
             qPrintable(profile->text()));

    // Each chart equals the store's profiles counted by hand.
    const auto stored = store::ContactProfiles(database, pageId).read();
    QVERIFY(stored);
    QCOMPARE(stored->size(), psids.size());
    QMap<QString, int> locales, zones, genders;
    for (const store::ContactProfile &person : *stored) {
        ++locales[person.locale];
        ++zones[models::AudienceStats::timezoneKey(person.timezone.value_or(0))];
        ++genders[person.gender == QLatin1String("female") ? QStringLiteral("Female")
                                                           : QStringLiteral("Male")];
    }
    const auto chartCounts = [&](const char *name) {
        auto *chart = panel.findChild<CategoryChart *>(QLatin1String(name));
        [&] { QVERIFY(chart && !chart->isEmptyState()); }();
        QMap<QString, int> counts;
        for (int i = 0; i < chart->categories().size(); ++i)
            counts.insert(chart->categories().at(i), int(chart->values(0).at(i)));
        return counts;
    };
    QCOMPARE(chartCounts("timezoneChart"), zones);
    QCOMPARE(chartCounts("genderChart"), genders);
    // Locales: the 8 largest by name, the rest as "Other".
    const QMap<QString, int> shown = chartCounts("localeChart");
    int other = 0;
    for (auto it = locales.cbegin(); it != locales.cend(); ++it) {
        if (shown.contains(it.key()))
            QCOMPARE(shown.value(it.key()), it.value());
        else
            other += it.value();
    }
    QCOMPARE(shown.value(QStringLiteral("Other")), other);
    QVERIFY(shoot(&panel, QStringLiteral("audience-profiles-light")));
    panel.setPalette(guitest::darkPalette());
    QVERIFY(shoot(&panel, QStringLiteral("audience-profiles-dark")));
    panel.setPalette(QPalette());
    // German: the .qm files the app embeds, as a German user reads them.
    QTranslator german;
    QVERIFY(german.load(QLocale(QLocale::German), QStringLiteral("messenger-desk"),
                        QStringLiteral("_"), app::TranslationLoader::resourceDirectory()));
    QCoreApplication::installTranslator(&german);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    {
        AudiencePanel germanPanel(&harness.client(), &cache, &source, harness.appId(0), pageId);
        germanPanel.setProfileStore(&database);
        germanPanel.resize(1200, 1400);
        germanPanel.show();
        QSignalSpy updated(&germanPanel, &AudiencePanel::updated);
        germanPanel.reload();
        auto *germanRead =
            germanPanel.findChild<QPushButton *>(QStringLiteral("readProfilesButton"));
        QTRY_VERIFY(germanRead->isVisible());
        QCOMPARE(germanRead->text(), QStringLiteral("Profile &lesen"));
        const auto *labelTitle =
            germanPanel.findChild<CategoryChart *>(QStringLiteral("audienceLabelChart"))
                ->findChild<QLabel *>(QStringLiteral("chartTitle"));
        QCOMPARE(labelTitle->text(), QStringLiteral("Personen pro Label"));
        const QString status =
            germanPanel.findChild<QLabel *>(QStringLiteral("audienceStatusLabel"))->text();
        QVERIFY2(status.startsWith(
                     QStringLiteral("%1 Personen sind dieser App bekannt").arg(psids.size())),
                 qPrintable(status));
        QVERIFY(shoot(&germanPanel, QStringLiteral("audience-german")));
        // Every locale and timezone reads whole, none cut to "...".
        for (const char *name : {"localeChart", "timezoneChart"}) {
            QChart *chart = germanPanel.findChild<CategoryChart *>(QLatin1String(name))
                                ->findChild<QChartView *>()
                                ->chart();
            for (QAbstractAxis *axis : chart->axes())
                QVERIFY2(!axis->labelsTruncated(), name);
        }
    }
    QCoreApplication::removeTranslator(&german);
    QLocale::setDefault(QLocale::c());
}

void TstAudiencePanel::missingFeatureSaysWhich()
{
    store::Database database(m_dir.filePath(QStringLiteral("missing.sqlite")));
    QVERIFY(database.open().ok);
    sandboxtest::SandboxHarness harness;
    const QString pageId = harness.pageId(0, 1); // its review approves no profile field
    store::ContactStore contacts(database, pageId);
    QVERIFY(contacts.addPsids({QStringLiteral("p1")}, QDateTime::currentMSecsSinceEpoch()));
    models::StoreAudienceSource source(database);
    AudiencePanel panel(&harness.client(), nullptr, &source, harness.appId(0), pageId);
    panel.setProfileStore(&database);
    panel.reload();
    auto *profile = panel.findChild<QLabel *>(QStringLiteral("profileBreakdownLabel"));
    QTRY_VERIFY(profile->text().contains(QStringLiteral("pages_user_locale")));
    QVERIFY(profile->text().contains(QStringLiteral("pages_user_gender")));
    QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("readProfilesButton"))->isVisible());
    auto *gender = panel.findChild<CategoryChart *>(QStringLiteral("genderChart"));
    QVERIFY(gender->isEmptyState());
    QVERIFY(gender->emptyReason().contains(QStringLiteral("pages_user_gender")));
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
