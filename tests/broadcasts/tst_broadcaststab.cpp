// The Labels & Broadcasts tab offscreen against an in-process LocalGraph with contacts,
// on a real store file, driven by objectName: sync, filter, label 500 people in bulk,
// compose each message kind, eligibility equal to the sandbox's own, a test send, a send
// with pause and resume, a fault run checked against sent_messages, and a restart that
// shows the history. Screenshots in light, dark (check boxes visible) and German (from the
// app's own translation).
#include "broadcaststabfixture.h"
#include "ui/guitestkit.h"

#include "api/sandbox/sandboxstate.h"
#include "app/translationloader.h"
#include "models/broadcasts/broadcastrunner.h"
#include "models/broadcasts/contacttablemodel.h"
#include "models/broadcasts/messagedocument.h"
#include "models/store/contactstore.h"
#include "models/store/database.h"
#include "models/store/labelindex.h"
#include "ui/broadcasts/audiencepicker.h"
#include "ui/broadcasts/broadcaststab.h"
#include "ui/broadcasts/composepanel.h"
#include "ui/broadcasts/eligibilityview.h"
#include "ui/broadcasts/historypanel.h"
#include "ui/broadcasts/labelspanel.h"
#include "ui/broadcasts/legacybroadcastpanel.h"
#include "ui/broadcasts/peoplepanel.h"
#include "ui/broadcasts/reportview.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/messagebox.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace mdesk;
using namespace broadcaststest;

class TstBroadcastsTab : public BroadcastsTabFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpFixture(); }

    void cleanup() { ui::MessageBox::clearAnswers(); }

    void peopleSyncAndFilter()
    {
        ui::BroadcastsTab tab(context(), *m_database);
        tab.resize(1280, 800);
        tab.show();
        // Nobody yet: the table says why.
        QVERIFY(child<QLabel>(&tab, "peopleCount")->text().contains(QStringLiteral("sync")));
        sync(tab);
        auto *window = child<QComboBox>(&tab, "peopleWindowFilter");
        window->setCurrentIndex(1);
        QCOMPARE(tab.people()->model()->rowCount(), int(sandboxOpen().size()));
        window->setCurrentIndex(0);
        const QString someone = tab.people()->model()->psidAt(17);
        child<QLineEdit>(&tab, "peopleFilter")->setText(someone);
        QTRY_COMPARE(tab.people()->model()->rowCount(), 1);
        child<QLineEdit>(&tab, "peopleFilter")->clear();
        QTRY_COMPARE(tab.people()->model()->rowCount(), kContacts);
        // Scrolling to the end reads only the pages it shows.
        auto *table = child<QTableView>(&tab, "peopleTable");
        const int before = tab.people()->model()->pagesRead();
        table->scrollToBottom();
        QApplication::processEvents();
        QVERIFY(tab.people()->model()->pagesRead() - before <= 3);
        table->selectRow(0);
        QCOMPARE(tab.people()->selectedPsids().size(), 1);
        shoot(&tab, QStringLiteral("broadcasts-people"));
    }

    void labelFiveHundredInBulk()
    {
        ui::BroadcastsTab tab(context(), *m_database);
        tab.resize(1280, 800);
        tab.show();
        tab.parts()->setCurrentIndex(1);
        child<QPushButton>(&tab, "reloadLabels")->click();
        auto *list = child<QListWidget>(&tab, "labelList");
        QTRY_VERIFY(list->count() > 0);
        list->setCurrentRow(0);
        const QString labelId = list->currentItem()->data(Qt::UserRole).toString();
        QStringList psids;
        for (int i = 0; i < 500; ++i)
            psids.append(tab.people()->model()->psidAt(i));
        auto *paste = child<QPlainTextEdit>(&tab, "bulkPsids");
        auto *status = child<QLabel>(&tab, "labelsStatus");
        // A line that is not a PSID stops the whole list, named, before anything is sent.
        paste->setPlainText(psids.mid(0, 2).join(QLatin1Char('\n')) +
                            QStringLiteral("\n\n12 34\n"));
        child<QPushButton>(&tab, "bulkLabel")->click();
        QVERIFY2(status->text().contains(QStringLiteral("Line 4 is not a PSID")) &&
                     status->text().contains(QStringLiteral("nothing was sent")),
                 qPrintable(status->text()));
        QVERIFY(child<QPushButton>(&tab, "bulkLabel")->isEnabled());
        QCOMPARE(child<QProgressBar>(&tab, "bulkProgress")->value(),
                 child<QProgressBar>(&tab, "bulkProgress")->minimum());
        // A PSID given twice is sent once, and the count says so.
        paste->setPlainText(psids.join(QLatin1Char('\n')) + QLatin1Char('\n') + psids.first());
        // The label may hold some of them already (demo data): unlabel all first, then label.
        child<QPushButton>(&tab, "bulkUnlabel")->click();
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(&tab, "bulkLabel")->isEnabled(), 30000);
        child<QPushButton>(&tab, "bulkLabel")->click();
        QVERIFY(!child<QPushButton>(&tab, "bulkLabel")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(&tab, "bulkLabel")->isEnabled(), 30000);
        QCOMPARE(child<QProgressBar>(&tab, "bulkProgress")->value(), 500);
        QVERIFY(child<QPlainTextEdit>(&tab, "bulkReport")->toPlainText().isEmpty());
        QVERIFY2(status->text().contains(QStringLiteral("500 of 500 labelled")) &&
                     status->text().contains(QStringLiteral("1 repeated PSID")),
                 qPrintable(status->text()));
        store::LabelIndex index(*m_database, m_harness->pageId(1, 0));
        const auto members = index.members(labelId);
        QVERIFY(members);
        for (const QString &psid : psids)
            QVERIFY(members->contains(psid));
        QVERIFY(list->currentItem()->text().contains(QStringLiteral("known member")));
        // Delete asks, naming how many known members lose the label.
        ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        child<QPushButton>(&tab, "deleteLabel")->click();
        QVERIFY(ui::MessageBox::lastText().contains(QString::number(members->size())));
        // A name already used is refused as you type.
        child<QLineEdit>(&tab, "newLabelName")->setText(tab.labels()->labels().first().second);
        QVERIFY(!child<QPushButton>(&tab, "createLabel")->isEnabled());
        QVERIFY(!child<QLabel>(&tab, "newLabelProblem")->text().isEmpty());
        shoot(&tab, QStringLiteral("broadcasts-labels"));
    }

    void composeEachKind()
    {
        ui::BroadcastsTab tab(context(), *m_database);
        tab.resize(1280, 860);
        tab.show();
        tab.parts()->setCurrentIndex(2);
        auto *document = tab.compose()->document();
        auto *kind = child<QComboBox>(&tab, "composerKind");
        auto *text = child<QPlainTextEdit>(&tab, "composerText");
        QTest::keyClicks(text, QStringLiteral("Hello"));
        QCOMPARE(child<QLabel>(&tab, "composerTextCounter")->text(), QStringLiteral("5 / 2000"));
        QVERIFY(document->isValid());
        text->setPlainText(QString(2001, QLatin1Char('x')));
        QVERIFY(child<QLabel>(&tab, "composerTextProblem")->isVisibleTo(&tab));
        QVERIFY(!child<QPushButton>(&tab, "testSend")->isEnabled());
        text->setPlainText(QStringLiteral("Spring sale: 20 % off today."));
        auto *replies = child<QTableWidget>(&tab, "composerQuickReplies");
        replies->setItem(0, 0, new QTableWidgetItem(QStringLiteral("Show me")));
        replies->setItem(1, 0, new QTableWidgetItem(QStringLiteral("A title much too long here")));
        QVERIFY(child<QLabel>(&tab, "composerQuickReplyProblem")->isVisibleTo(&tab));
        replies->item(1, 0)->setText(QStringLiteral("Later"));
        QVERIFY(document->isValid());
        QCOMPARE(document->message().value(QStringLiteral("quick_replies")).toArray().size(), 2);

        kind->setCurrentIndex(1); // attachment by URL
        child<QLineEdit>(&tab, "composerAttachmentUrl")->setText(QStringLiteral("notaurl"));
        QTest::keyClick(child<QLineEdit>(&tab, "composerAttachmentUrl"), Qt::Key_End);
        QTest::keyClicks(child<QLineEdit>(&tab, "composerAttachmentUrl"), QStringLiteral("x"));
        QVERIFY(!document->isValid());
        child<QLineEdit>(&tab, "composerAttachmentUrl")->clear();
        QTest::keyClicks(child<QLineEdit>(&tab, "composerAttachmentUrl"),
                         QStringLiteral("https://example.com/sale.png"));
        QVERIFY(document->isValid());

        kind->setCurrentIndex(2); // button template
        QVERIFY(!document->isValid());
        child<QPlainTextEdit>(&tab, "composerButtonText")->setPlainText(QStringLiteral("Pick one"));
        auto *buttons = child<QTableWidget>(&tab, "composerButtons");
        buttons->setItem(0, 0, new QTableWidgetItem(QStringLiteral("Shop | https://example.com")));
        buttons->setItem(1, 0, new QTableWidgetItem(QStringLiteral("Call | +4930123456")));
        QVERIFY(document->isValid());
        QCOMPARE(document->message()
                     .value(QStringLiteral("attachment"))
                     .toObject()
                     .value(QStringLiteral("payload"))
                     .toObject()
                     .value(QStringLiteral("buttons"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("type"))
                     .toString(),
                 QStringLiteral("phone_number"));
        QVERIFY(!tab.findChildren<QWidget *>(QStringLiteral("previewButton")).isEmpty());

        kind->setCurrentIndex(3); // generic template
        auto *cards = child<QTableWidget>(&tab, "composerCards");
        // Every column header reads whole ("Image address"); the table scrolls sideways.
        for (int column = 0; column < cards->columnCount(); ++column)
            QVERIFY2(cards->horizontalHeader()->sectionSize(column) >=
                         cards->horizontalHeader()->sectionSizeHint(column),
                     qPrintable(cards->horizontalHeaderItem(column)->text()));
        cards->setItem(0, 0, new QTableWidgetItem(QStringLiteral("Jacket")));
        cards->setItem(0, 1, new QTableWidgetItem(QStringLiteral("Warm and light")));
        cards->setItem(0, 3, new QTableWidgetItem(QStringLiteral("Buy | https://example.com/j")));
        cards->setItem(1, 0, new QTableWidgetItem(QStringLiteral("Boots")));
        cards->setItem(1, 3, new QTableWidgetItem(QStringLiteral("Buy | ftp://x")));
        QVERIFY(child<QLabel>(&tab, "composerCardProblem")->isVisibleTo(&tab));
        cards->item(1, 3)->setText(QStringLiteral("Buy | https://example.com/b"));
        QVERIFY(document->isValid());
        QCOMPARE(tab.findChildren<QWidget *>(QStringLiteral("previewCard")).size(), 2);
        shoot(&tab, QStringLiteral("broadcasts-compose-generic"));
        kind->setCurrentIndex(0);
        QCOMPARE(text->toPlainText(), QStringLiteral("Spring sale: 20 % off today."));
    }

    void eligibilityTestSendAndSendWithPauseResume()
    {
        ui::BroadcastsTab tab(context(), *m_database);
        tab.resize(1280, 860);
        tab.show();
        tab.parts()->setCurrentIndex(2);
        const QSet<QString> open = sandboxOpen();
        child<QPlainTextEdit>(&tab, "composerText")->setPlainText(QStringLiteral("Hello there"));
        child<QCheckBox>(&tab, "audienceAllOpen")->setChecked(true);
        child<QPushButton>(&tab, "checkEligibility")->click();
        const auto &eligibility = tab.findChild<ui::EligibilityView *>()->eligibility();
        QCOMPARE(eligibility.reachable.size(), open.size());
        QVERIFY(child<QLabel>(&tab, "eligibilitySummary")
                    ->text()
                    .startsWith(QStringLiteral("%1 can be reached now").arg(open.size())));
        auto *groups = child<QTreeWidget>(&tab, "eligibilityGroups");
        QCOMPARE(groups->topLevelItem(0)->childCount(),
                 std::min<int>(int(open.size()), ui::EligibilityView::kMaxNames));
        // HUMAN_AGENT is offered only for one person.
        QCOMPARE(child<QComboBox>(&tab, "composeTag")->findData(QStringLiteral("HUMAN_AGENT")), -1);

        // Test send to one PSID first.
        const QString self = *sandboxOpen(true).begin();
        child<QLineEdit>(&tab, "testPsid")->setText(self);
        child<QPushButton>(&tab, "testSend")->click();
        auto *testResult = child<ui::MessageBar>(&tab, "testSendResult");
        QTRY_VERIFY(testResult->text().startsWith(QStringLiteral("The test went to")));
        QVERIFY(testResult->isVisible());
        QCOMPARE(testResult->tone(), ui::MessageBar::Tone::Positive);
        QVERIFY2(testResult->text().contains(QStringLiteral("message id ")),
                 qPrintable(testResult->text()));
        QCOMPARE(delivered().value(self), 1);
        // A PSID the Page does not know: the error in plain words, with Graph's own.
        child<QLineEdit>(&tab, "testPsid")->setText(QStringLiteral("4242424242"));
        child<QPushButton>(&tab, "testSend")->click();
        QTRY_COMPARE(testResult->tone(), ui::MessageBar::Tone::Negative);
        QVERIFY2(testResult->text().startsWith(
                     QStringLiteral("The test did not go out to 4242424242: ")) &&
                     testResult->text().contains(QStringLiteral("Graph said: (#")),
                 qPrintable(testResult->text()));
        child<QLineEdit>(&tab, "testPsid")->setText(self);
        const int afterTest = int(page().sentMessages.size());

        // Send, pause after the first batch, resume.
        auto *compose = tab.compose();
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        bool pausedOnce = false;
        child<QPushButton>(&tab, "sendBroadcast")->click();
        QVERIFY(compose->runner());
        connect(compose->runner(), &models::BroadcastRunner::progress, this, [&] {
            if (!pausedOnce) {
                pausedOnce = true;
                child<QPushButton>(&tab, "pauseBroadcast")->click();
            }
        });
        QTRY_VERIFY(compose->runner()->isPaused());
        QTRY_VERIFY(child<QPushButton>(&tab, "resumeBroadcast")->isEnabled());
        // The batches that were out come back; then nothing new leaves.
        QTRY_COMPARE(int(page().sentMessages.size()) - afterTest,
                     compose->runner()->count(models::RecipientState::Sent));
        const int whilePaused = int(page().sentMessages.size());
        QTest::qWait(200);
        QCOMPARE(int(page().sentMessages.size()), whilePaused); // nothing leaves while paused
        QVERIFY(child<QLabel>(&tab, "sendStatus")->text().contains(QStringLiteral("Paused")));
        shoot(&tab, QStringLiteral("broadcasts-send-paused"));
        child<QPushButton>(&tab, "resumeBroadcast")->click();
        QTRY_VERIFY_WITH_TIMEOUT(compose->runner()->isFinished(), 30000);
        const int reachable = int(sandboxOpen(true).size()); // 551 ones are skipped
        QCOMPARE(int(page().sentMessages.size()) - afterTest, reachable);
        const auto &report = compose->report()->model()->report();
        QCOMPARE(report.count(models::RecipientState::Sent), reachable);
        QVERIFY(child<QLabel>(compose->report(), "reportCounts")
                    ->text()
                    .startsWith(QStringLiteral("%1 sent").arg(reachable)));
        const QString csv = m_dir.filePath(QStringLiteral("report.csv"));
        QString error;
        QVERIFY(compose->report()->exportCsv(csv, &error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(int(file.readAll().count('\n')), int(open.size()) + 1);
        shoot(&tab, QStringLiteral("broadcasts-send-done"));
    }

    void faultRunIsCheckedAgainstSentMessages()
    {
        ui::BroadcastsTab tab(context(), *m_database);
        tab.show();
        tab.parts()->setCurrentIndex(2);
        child<QPlainTextEdit>(&tab, "composerText")->setPlainText(QStringLiteral("Faults ahead"));
        child<QCheckBox>(&tab, "audienceAllOpen")->setChecked(true);
        api::RateGovernor::Config fast = m_harness->client().governor()->config();
        fast.baseBackoffMs = 10;
        fast.maxBackoffMs = 40;
        m_harness->client().governor()->setConfig(fast);
        sandbox::FaultConfig faults;
        faults.reset = 0.25;
        faults.errorRates.insert(613, 0.25);
        m_harness->graph().setFaults(faults);
        const auto before = delivered();
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        child<QPushButton>(&tab, "sendBroadcast")->click();
        QVERIFY(tab.compose()->runner());
        QTRY_VERIFY_WITH_TIMEOUT(tab.compose()->runner()->isFinished(), 60000);
        m_harness->graph().clearFaults();
        const auto after = delivered();
        const auto &report = tab.compose()->report()->model()->report();
        QVERIFY(report.count(models::RecipientState::Unknown) > 0);
        for (const auto &row : report.rows) {
            const int arrived = after.value(row.result.psid) - before.value(row.result.psid);
            QVERIFY(arrived <= 1);
            if (row.result.state == models::RecipientState::Sent)
                QCOMPARE(arrived, 1);
            else if (row.result.state == models::RecipientState::Unknown)
                QCOMPARE(arrived, 0); // a reset never reached the sandbox's logic
        }
        QCOMPARE(report.count(models::RecipientState::Sent) +
                     report.count(models::RecipientState::Unknown),
                 int(sandboxOpen(true).size())); // the store learnt the 551 ones
        auto *table = child<QTableView>(tab.compose()->report(), "reportTable");
        QVERIFY(table->model()->rowCount() > 0);
        shoot(&tab, QStringLiteral("broadcasts-fault-report"));
    }

    void restartShowsHistory()
    {
        {
            ui::BroadcastsTab first(context(), *m_database);
        }
        ui::BroadcastsTab tab(context(), *m_database);
        tab.resize(1280, 800);
        tab.show();
        tab.parts()->setCurrentIndex(3);
        auto *table = child<QTableWidget>(&tab, "historyTable");
        QCOMPARE(table->rowCount(), 2);
        auto *report = child<ui::ReportView>(&tab, "historyReport");
        // Nothing chosen yet: the report says how to get one, not that there is none.
        QCOMPARE(child<QLabel>(report, "reportCounts")->text(),
                 QStringLiteral("Select a broadcast above to see its result per person."));
        table->selectRow(1);
        QVERIFY(report->model()->rowCount() > 0);
        QCOMPARE(report->model()->report().count(models::RecipientState::Sent),
                 int(sandboxOpen(true).size()));
        shoot(&tab, QStringLiteral("broadcasts-history"));
    }

    // Dark palette: the audience's label boxes, the check boxes and the legacy group's box
    // stand out from what surrounds them (Fusion's own frame is about the Base colour).
    void darkPaletteShowsCheckBoxes()
    {
        const QPalette light = QApplication::palette();
        QApplication::setPalette(guitest::darkPalette());
        {
            ui::BroadcastsTab tab(context(), *m_database);
            tab.resize(1280, 860);
            tab.show();
            tab.parts()->setCurrentIndex(2);
            QVERIFY(QTest::qWaitForWindowExposed(&tab));
            auto *labels = child<QListWidget>(&tab, "audienceLabels");
            if (labels->count() == 0) // run alone: the store knows no label yet
                tab.compose()->audience()->setLabels(
                    {{QStringLiteral("1"), QStringLiteral("VIP"), 3}});
            QCOMPARE(labels->item(0)->checkState(), Qt::Unchecked);
            const int side = labels->style()->pixelMetric(QStyle::PM_IndicatorWidth);
            QVERIFY2(itemIndicatorPixels(labels, 0) >= 2 * side,
                     "an unchecked label's box is invisible on the dark palette");
            for (const char *name : {"audienceAllOpen", "audienceSelection"}) {
                auto *box = child<QCheckBox>(&tab, name);
                QVERIFY2(checkBoxIndicatorPixels(box) >= 2 * side, name);
            }
            QVERIFY(groupBoxIndicatorPixels(tab.legacy()) >= 2 * side);
            // Checked, the mark shows too.
            labels->item(0)->setCheckState(Qt::Checked);
            QVERIFY(itemIndicatorPixels(labels, 0) >= 3 * side);
            labels->item(0)->setCheckState(Qt::Unchecked);
            for (int i = 0; i < 4; ++i) {
                tab.parts()->setCurrentIndex(i);
                shoot(&tab, QStringLiteral("broadcasts-dark-%1").arg(i));
            }
        }
        QApplication::setPalette(light);
    }

    // German from the .qm files the app embeds: what a German user reads.
    void germanFromTheAppsTranslation()
    {
        QTranslator german;
        QVERIFY(german.load(QLocale(QLocale::German), QStringLiteral("messenger-desk"),
                            QStringLiteral("_"), app::TranslationLoader::resourceDirectory()));
        QCoreApplication::installTranslator(&german);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        {
            ui::BroadcastsTab tab(context(), *m_database);
            tab.resize(1280, 860);
            tab.show();
            QCOMPARE(tab.parts()->tabText(2), QStringLiteral("&Verfassen und senden"));
            QCOMPARE(child<QPushButton>(&tab, "syncConversations")->text(),
                     QStringLiteral("Unterhaltungen s&ynchronisieren"));
            QCOMPARE(child<QCheckBox>(&tab, "audienceAllOpen")->text(),
                     QStringLiteral("Alle, deren 24-Stunden-Fenster offen ist"));
            QCOMPARE(child<QLineEdit>(&tab, "peopleFilter")->placeholderText(),
                     QStringLiteral("Nach Name oder PSID filtern"));
            // The formal address ("Sie", "Ihre") throughout, as in the rest of the app.
            QCOMPARE(child<QLineEdit>(&tab, "testPsid")->placeholderText(),
                     QStringLiteral("Ihre eigene PSID"));
            QCOMPARE(child<QPlainTextEdit>(&tab, "composerText")->placeholderText(),
                     QStringLiteral("Schreiben Sie die Nachricht, die die Personen bekommen."));
            QCOMPARE(child<QLabel>(&tab, "eligibilitySummary")->text(),
                     QStringLiteral("Wählen Sie eine Zielgruppe und klicken Sie auf „Prüfen“, um "
                                    "zu sehen, wer jetzt erreichbar ist."));
            // The right column of Compose scrolls up and down only: nothing is cut off at its
            // right edge, however long the German texts.
            tab.parts()->setCurrentIndex(2);
            auto *column = child<QScrollArea>(&tab, "composeRightScroll");
            for (const char *name : {"scheduleBroadcast", "audiencePsidFile", "checkEligibility"}) {
                auto *widget = child<QWidget>(&tab, name);
                const int right = widget->mapTo(column->viewport(), widget->rect().topRight()).x();
                QVERIFY2(right < column->viewport()->width(), name);
            }
            for (int i = 0; i < 4; ++i) {
                tab.parts()->setCurrentIndex(i);
                shoot(&tab, QStringLiteral("broadcasts-de-%1").arg(i));
            }
        }
        QLocale::setDefault(QLocale::c());
        QCoreApplication::removeTranslator(&german);
    }
};

QTEST_MAIN(TstBroadcastsTab)
#include "tst_broadcaststab.moc"
