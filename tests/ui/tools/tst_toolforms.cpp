// Each form of the Conversations & Tools tab offscreen against LocalGraph, driven by
// objectName, checking LocalGraph's state afterwards: unlink result, subscribed fields,
// NLP config, feature review table, attachment id kept in the store, Messenger code PNG,
// user profile by feature review, ID matching, raw call with its command lines.
#include "../../tools/toolstestkit.h"

#include "models/store/attachmentcache.h"
#include "ui/tools/attachmentsform.h"
#include "ui/tools/featurereviewform.h"
#include "ui/tools/messengercodeform.h"
#include "ui/tools/nlpform.h"
#include "ui/tools/rawcallform.h"
#include "ui/tools/unlinkaccountform.h"
#include "ui/tools/userlookupform.h"
#include "ui/tools/webhooksform.h"
#include "ui/widgets/messagebox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <algorithm>

using namespace mdesk;
using toolstest::barText;
using toolstest::child;

class TstToolForms : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<toolstest::ToolsFixture> m_fixture;
    toolstest::ToolsFixture &fx() { return *m_fixture; }

    // Clicks a form's button and waits for the call it starts to finish.
    static bool clickAndWait(ui::ToolForm *form, const QString &button)
    {
        QSignalSpy done(form, &ui::ToolForm::finished);
        auto *b = child<QPushButton>(form, button);
        if (!b || !b->isEnabled())
            return false;
        b->click();
        return done.wait(20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = std::make_unique<toolstest::ToolsFixture>();
        QVERIFY(fx().isReady());
    }
    void cleanup()
    {
        ui::MessageBox::clearAnswers();
        fx().graph().clearFaults();
    }

    void unlinkAsksThenUnlinks()
    {
        ui::UnlinkAccountForm form(fx().context());
        auto &page = fx().page();
        QString linked;
        for (const QString &psid : std::as_const(page.psids)) {
            if (page.linkedPsids.contains(psid)) {
                linked = psid;
                break;
            }
        }
        QVERIFY(!linked.isEmpty());
        auto *psid = child<QLineEdit>(&form, QStringLiteral("unlinkPsid"));
        auto *send = child<QPushButton>(&form, QStringLiteral("unlinkSend"));
        QVERIFY(!send->isEnabled()); // nothing typed
        psid->setText(QStringLiteral("12ab"));
        QVERIFY(!send->isEnabled());
        auto *problem = child<QLabel>(&form, QStringLiteral("unlinkPsidProblem"));
        QVERIFY(problem->isVisibleTo(&form) && !problem->text().isEmpty());
        psid->setText(linked);
        QVERIFY(send->isEnabled());
        QVERIFY(!problem->isVisibleTo(&form));
        // Cancelled: nothing sent.
        ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        send->click();
        QVERIFY(ui::MessageBox::lastText().contains(linked));
        QVERIFY(!form.isBusy());
        QVERIFY(page.linkedPsids.contains(linked));
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(clickAndWait(&form, QStringLiteral("unlinkSend")));
        QVERIFY(!page.linkedPsids.contains(linked));
        QVERIFY2(barText(&form).contains(QStringLiteral("unlink account success")),
                 qPrintable(barText(&form)));
    }

    void webhooksSubscribeAndUnsubscribe()
    {
        ui::WebhooksForm form(fx().context());
        QVERIFY(clickAndWait(&form, QStringLiteral("webhooksRead")));
        auto &page = fx().page();
        const QStringList before = page.subscribedFields;
        QVERIFY(!before.isEmpty());
        // The boxes follow what Graph holds for the app.
        for (const QString &field : ui::WebhooksForm::fieldNames())
            QCOMPARE(child<QCheckBox>(&form, QStringLiteral("webhookField_") + field)->isChecked(),
                     before.contains(field));
        for (const QString &field : ui::WebhooksForm::fieldNames())
            child<QCheckBox>(&form, QStringLiteral("webhookField_") + field)->setChecked(false);
        QVERIFY(!child<QPushButton>(&form, QStringLiteral("webhooksSubscribe"))->isEnabled());
        const QStringList wanted{QStringLiteral("messages"), QStringLiteral("message_reads"),
                                 QStringLiteral("messaging_referrals")};
        for (const QString &field : wanted)
            child<QCheckBox>(&form, QStringLiteral("webhookField_") + field)->setChecked(true);
        QVERIFY(clickAndWait(&form, QStringLiteral("webhooksSubscribe")));
        QCOMPARE(page.subscribedFields, wanted);
        QVERIFY(barText(&form).contains(QStringLiteral("message_reads")));

        ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        child<QPushButton>(&form, QStringLiteral("webhooksUnsubscribe"))->click();
        QCOMPARE(page.subscribedFields, wanted);
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(clickAndWait(&form, QStringLiteral("webhooksUnsubscribe")));
        QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("stops getting")));
        QVERIFY(page.subscribedFields.isEmpty());
        QCOMPARE(form.checkedFields(), wanted); // kept, ready to subscribe again
        QVERIFY(clickAndWait(&form, QStringLiteral("webhooksRead")));
        QVERIFY(child<QLabel>(&form, QStringLiteral("webhooksCurrent"))
                    ->text()
                    .contains(QStringLiteral("No app")));
        page.subscribedFields = before;
    }

    void nlpApplies()
    {
        ui::NlpForm form(fx().context());
        auto *model = child<QComboBox>(&form, QStringLiteral("nlpModel"));
        model->setCurrentIndex(model->findData(QStringLiteral("CUSTOM")));
        // CUSTOM needs its token: nothing can be sent yet.
        QVERIFY(!child<QPushButton>(&form, QStringLiteral("nlpApply"))->isEnabled());
        model->setCurrentIndex(model->findData(QStringLiteral("GERMAN")));
        child<QSpinBox>(&form, QStringLiteral("nlpNBest"))->setValue(3);
        child<QCheckBox>(&form, QStringLiteral("nlpVerbose"))->setChecked(true);
        QVERIFY(clickAndWait(&form, QStringLiteral("nlpApply")));
        const QJsonObject config = fx().page().nlpConfig;
        QCOMPARE(config.value(QStringLiteral("nlp_enabled")).toBool(), true);
        QCOMPARE(config.value(QStringLiteral("model")).toString(), QStringLiteral("GERMAN"));
        QCOMPARE(config.value(QStringLiteral("n_best")).toInt(), 3);
        QCOMPARE(config.value(QStringLiteral("verbose")).toBool(), true);
        child<QCheckBox>(&form, QStringLiteral("nlpEnabled"))->setChecked(false);
        QVERIFY(clickAndWait(&form, QStringLiteral("nlpApply")));
        QCOMPARE(fx().page().nlpConfig.value(QStringLiteral("nlp_enabled")).toBool(), false);
    }

    void featureReviewTable()
    {
        ui::FeatureReviewForm form(fx().context(1, 0));
        QSignalSpy done(&form, &ui::ToolForm::finished);
        form.show(); // reads on first show
        QVERIFY(done.wait(20000));
        auto *table = child<QTableWidget>(&form, QStringLiteral("featureReviewTable"));
        const auto &review = fx().page(1, 0).featureReview;
        QCOMPARE(table->rowCount(), int(review.size()));
        for (int row = 0; row < review.size(); ++row) {
            QCOMPARE(table->item(row, 0)->text(), review.at(row).first);
            QCOMPARE(table->item(row, 1)->text(), review.at(row).second);
        }
    }

    void attachmentsUploadAndKeepIds()
    {
        ui::AttachmentsForm form(fx().context());
        auto *upload = child<QPushButton>(&form, QStringLiteral("attachmentUpload"));
        auto *file = child<QLineEdit>(&form, QStringLiteral("attachmentFile"));
        auto *url = child<QLineEdit>(&form, QStringLiteral("attachmentUrl"));
        QVERIFY(child<QLabel>(&form, QStringLiteral("attachmentShelfState"))
                    ->text()
                    .contains(QStringLiteral("No reusable")));
        QVERIFY(!upload->isEnabled());

        // Over the 25 MB limit: refused beside the field, nothing sent.
        const QString big = fx().tempPath(QStringLiteral("big.mp4"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.resize(26 * 1024 * 1024));
        }
        const int before = int(fx().page().attachments.size());
        file->setText(big);
        QVERIFY(!upload->isEnabled());
        auto *fileProblem = child<QLabel>(&form, QStringLiteral("attachmentFileRowProblem"));
        QVERIFY2(fileProblem->isVisibleTo(&form) &&
                     fileProblem->text().contains(QStringLiteral("25 MB")),
                 qPrintable(fileProblem->text()));
        upload->click();
        QCOMPARE(int(fx().page().attachments.size()), before);

        // A small file, multipart: its id is kept in the store under the bytes' sha256.
        const QString small = fx().tempPath(QStringLiteral("cake.png"));
        const QByteArray bytes(4096, 'x');
        {
            QFile f(small);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
        }
        file->setText(small);
        QVERIFY(upload->isEnabled());
        QSignalSpy shelf(&form, &ui::AttachmentsForm::shelfChanged);
        QVERIFY(clickAndWait(&form, QStringLiteral("attachmentUpload")));
        QCOMPARE(shelf.count(), 1);
        QCOMPARE(int(fx().page().attachments.size()), before + 1);
        store::AttachmentCache cache(fx().database());
        const auto kept =
            cache.get(fx().context().page.id, store::AttachmentCache::keyForBytes(bytes));
        QVERIFY(kept);
        QVERIFY(fx().page().attachments.contains(kept->attachmentId));
        QCOMPARE(fx().page().attachments.value(kept->attachmentId).bytes, qint64(bytes.size()));
        auto *table = child<QTableWidget>(&form, QStringLiteral("attachmentTable"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), kept->attachmentId);
        QVERIFY(table->item(0, 3)->text().contains(QStringLiteral("expires in 90 days")));

        // Both a file and a URL: refused; the URL alone goes as JSON.
        url->setText(QStringLiteral("https://bluebird-bakery.example/cake.png"));
        QVERIFY(!upload->isEnabled());
        file->clear();
        QVERIFY(clickAndWait(&form, QStringLiteral("attachmentUpload")));
        QCOMPARE(table->rowCount(), 2);
        const auto byUrl = cache.get(fx().context().page.id, url->text());
        QVERIFY(byUrl && fx().page().attachments.value(byUrl->attachmentId).url == url->text());

        // An id from 100 days ago shows as expired.
        cache.put(fx().context().page.id, QStringLiteral("https://old.example/a.png"),
                  QStringLiteral("image"), QStringLiteral("999"),
                  QDateTime::currentDateTimeUtc().addDays(-100));
        form.refreshShelf();
        QCOMPARE(table->rowCount(), 3);
        QVERIFY(table->item(2, 3)->text().contains(QStringLiteral("expired 10 days ago")));
    }

    // Long work shows progress and can be cancelled; what was typed stays.
    void cancelAWaitingCall()
    {
        ui::FeatureReviewForm reads(fx().context());
        sandbox::FaultConfig faults;
        faults.noAnswer = 1.0;
        fx().graph().setFaults(faults);
        QSignalSpy done(&reads, &ui::ToolForm::finished);
        child<QPushButton>(&reads, QStringLiteral("featureReviewRead"))->click();
        QVERIFY(reads.isBusy());
        auto *progress = child<QWidget>(&reads, QStringLiteral("featureReviewFormProgress"));
        QVERIFY(progress->isVisibleTo(&reads));
        QVERIFY(!child<QPushButton>(&reads, QStringLiteral("featureReviewRead"))->isEnabled());
        child<QPushButton>(&reads, QStringLiteral("featureReviewFormCancel"))->click();
        QVERIFY(done.count() == 1 || done.wait(5000));
        QVERIFY(!reads.isBusy() && !progress->isVisibleTo(&reads));
        QVERIFY2(barText(&reads).contains(QStringLiteral("cancelled")),
                 qPrintable(barText(&reads)));

        // A write: cancelled before or after its request left (then "may have applied").
        ui::NlpForm write(fx().context());
        auto *model = child<QComboBox>(&write, QStringLiteral("nlpModel"));
        model->setCurrentIndex(model->findData(QStringLiteral("FRENCH")));
        QSignalSpy written(&write, &ui::ToolForm::finished);
        child<QPushButton>(&write, QStringLiteral("nlpApply"))->click();
        child<QPushButton>(&write, QStringLiteral("nlpFormCancel"))->click();
        QVERIFY(written.count() == 1 || written.wait(5000));
        fx().graph().clearFaults();
        QVERIFY2(barText(&write).contains(QStringLiteral("may have applied")) ||
                     barText(&write).contains(QStringLiteral("cancelled")),
                 qPrintable(barText(&write)));
        QCOMPARE(model->currentData().toString(), QStringLiteral("FRENCH"));
    }

    void messengerCodeOnAServerThatServesIt()
    {
        // graph.facebook.com removed codes; LocalGraph serves them below v4.0.
        fx().harness().useVersion(api::GraphVersion{3, 3});
        ui::MessengerCodeForm form(fx().context());
        QVERIFY(child<QLabel>(&form, QStringLiteral("codeDeprecation"))
                    ->text()
                    .contains(QStringLiteral("2019-10-29")));
        auto *ref = child<QLineEdit>(&form, QStringLiteral("codeRef"));
        ref->setText(QStringLiteral("table 12"));
        QVERIFY(!child<QPushButton>(&form, QStringLiteral("codeCreate"))->isEnabled());
        QVERIFY(child<QLabel>(&form, QStringLiteral("codeRefProblem"))->isVisibleTo(&form));
        ref->setText(QStringLiteral("table-12"));
        child<QSpinBox>(&form, QStringLiteral("codeSize"))->setValue(300);
        QSignalSpy loaded(&form, &ui::MessengerCodeForm::imageLoaded);
        QVERIFY(clickAndWait(&form, QStringLiteral("codeCreate")));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(form.image().width(), 300);
        const auto &codes = fx().page().codes;
        QVERIFY(std::any_of(codes.begin(), codes.end(), [](const auto &code) {
            return code.ref == QLatin1String("table-12") && code.imageSize == 300;
        }));
        const QString path = fx().tempPath(QStringLiteral("code.png"));
        QVERIFY(form.saveImage(path));
        QCOMPARE(QImage(path).width(), 300);
        QVERIFY(child<QPushButton>(&form, QStringLiteral("codeSave"))->isEnabled());
        fx().harness().useVersion({});

        // On today's version Graph refuses it: said in plain words, the input kept.
        ui::MessengerCodeForm today(fx().context());
        child<QLineEdit>(&today, QStringLiteral("codeRef"))->setText(QStringLiteral("t-1"));
        QVERIFY(clickAndWait(&today, QStringLiteral("codeCreate")));
        QVERIFY2(barText(&today).contains(QStringLiteral("no longer served")),
                 qPrintable(barText(&today)));
        QCOMPARE(child<QLineEdit>(&today, QStringLiteral("codeRef"))->text(),
                 QStringLiteral("t-1"));
    }

    void userLookupByFeatureReview()
    {
        ui::UserLookupForm form(fx().context(1, 0));
        QSignalSpy review(&form, &ui::UserLookupForm::reviewRead);
        form.show();
        QVERIFY(review.wait(20000));
        // Page 3 has locale and timezone approved, gender pending.
        QVERIFY2(child<QCheckBox>(&form, QStringLiteral("lookupField_locale"))->isEnabled(),
                 qPrintable(child<QLabel>(&form, QStringLiteral("lookupFieldAccess"))->text() +
                            barText(&form)));
        QVERIFY(child<QCheckBox>(&form, QStringLiteral("lookupField_timezone"))->isEnabled());
        auto *gender = child<QCheckBox>(&form, QStringLiteral("lookupField_gender"));
        QVERIFY(!gender->isEnabled());
        QVERIFY(gender->toolTip().contains(QStringLiteral("pending")));
        QVERIFY(child<QLabel>(&form, QStringLiteral("lookupFieldAccess"))
                    ->text()
                    .contains(QStringLiteral("pages_user_gender")));
        child<QCheckBox>(&form, QStringLiteral("lookupField_locale"))->setChecked(true);

        const QString psid = fx().harness().psid(1, 0);
        child<QLineEdit>(&form, QStringLiteral("lookupPsid"))->setText(psid);
        QVERIFY(clickAndWait(&form, QStringLiteral("lookupProfile")));
        const int person = fx().graph().state().object(psid).person;
        const auto &who = fx().graph().state().persons.at(person);
        const QString profile = child<QLabel>(&form, QStringLiteral("lookupProfileResult"))->text();
        QVERIFY2(profile.contains(who.firstName) && profile.contains(who.locale) &&
                     !profile.contains(QStringLiteral("gender")),
                 qPrintable(profile));

        // LocalGraph, as Graph, refuses a field whose feature is not approved.
        const api::GraphResult refused = fx().harness().call(
            QStringLiteral("fetch_user_profile"),
            {{QStringLiteral("psid"), psid}, {QStringLiteral("fields"), QStringLiteral("gender")}},
            fx().harness().on(1, 0));
        QVERIFY(!refused.isOk() && refused.error().code == 10);

        QVERIFY(clickAndWait(&form, QStringLiteral("lookupLabels")));
        const QString labels = child<QLabel>(&form, QStringLiteral("lookupLabelsResult"))->text();
        for (const auto &label : std::as_const(fx().page(1, 0).labels)) {
            QCOMPARE(labels.contains(label.name + QStringLiteral(" (")),
                     label.psids.contains(psid));
        }

        QVERIFY(clickAndWait(&form, QStringLiteral("lookupIdsForApps")));
        const QString ids = child<QLabel>(&form, QStringLiteral("lookupIdsResult"))->text();
        const QString asid = who.asidByApp.value(fx().harness().appId(1));
        QVERIFY2(!asid.isEmpty() && ids.contains(asid), qPrintable(ids));
        child<QLineEdit>(&form, QStringLiteral("lookupAsid"))->setText(asid);
        child<QLineEdit>(&form, QStringLiteral("lookupPageFilter"))
            ->setText(fx().harness().pageId(1, 0));
        QVERIFY(clickAndWait(&form, QStringLiteral("lookupIdsForPages")));
        const QString pages = child<QLabel>(&form, QStringLiteral("lookupIdsResult"))->text();
        QVERIFY2(pages.contains(psid) && pages.count(QLatin1Char('\n')) == 0, qPrintable(pages));
    }

    void idMatchingNeedsTheAppSecret()
    {
        // The same app without its secret: ID matching says why and sends nothing.
        api::GraphClient client;
        api::AppConnection app = *fx().harness().client().app(fx().harness().appId(0));
        app.appSecret.clear();
        client.setApp(app);
        ui::PageContext ctx = fx().context();
        ctx.client = &client;
        ui::UserLookupForm form(ctx);
        child<QLineEdit>(&form, QStringLiteral("lookupPsid"))->setText(fx().harness().psid(0, 0));
        QVERIFY(child<QLabel>(&form, QStringLiteral("lookupProofNote"))
                    ->text()
                    .contains(QStringLiteral("requires appsecret_proof")));
        QVERIFY(!child<QPushButton>(&form, QStringLiteral("lookupIdsForApps"))->isEnabled());
        QVERIFY(child<QPushButton>(&form, QStringLiteral("lookupProfile"))->isEnabled());
    }

    void rawCallChecksAsTheCliDoes()
    {
        ui::RawCallForm form(fx().context());
        form.setOp(QStringLiteral("fetch_custom_label"));
        auto *input = child<QPlainTextEdit>(&form, QStringLiteral("rawInput"));
        auto *send = child<QPushButton>(&form, QStringLiteral("rawSend"));
        auto *problem = child<QLabel>(&form, QStringLiteral("rawInputProblem"));
        QVERIFY(input->toPlainText().contains(QStringLiteral("label_id")));
        const QString labelId = fx().harness().labelId(0, 0);
        input->setPlainText(QStringLiteral("{\"label_id\": \"%1\", \"colour\": 1}").arg(labelId));
        QVERIFY(!send->isEnabled());
        QVERIFY2(problem->text().contains(QStringLiteral("colour")), qPrintable(problem->text()));
        input->setPlainText(QStringLiteral("{\"label_id\": \"%1\"").arg(labelId));
        QVERIFY(problem->text().contains(QStringLiteral("not JSON")));
        input->setPlainText(QStringLiteral("{\"label_id\": \"%1\"}").arg(labelId));
        QVERIFY(send->isEnabled() && !problem->isVisibleTo(&form));
        QVERIFY(clickAndWait(&form, QStringLiteral("rawSend")));
        const QString answer =
            child<QPlainTextEdit>(&form, QStringLiteral("rawAnswer"))->toPlainText();
        QVERIFY2(answer.contains(fx().page().labels.value(labelId).name), qPrintable(answer));

        // Command lines hold placeholders, never the token or the proof.
        const QString token = fx().harness().pageToken(0, 0);
        child<QPushButton>(&form, QStringLiteral("rawCopyCurl"))->click();
        QString curl = form.lastCommand();
        QVERIFY2(curl.startsWith(QStringLiteral("curl")) &&
                     curl.contains(QStringLiteral("$TOKEN")) && curl.contains(labelId) &&
                     !curl.contains(token),
                 qPrintable(curl));
        child<QPushButton>(&form, QStringLiteral("rawCopyCli"))->click();
        QCOMPARE(form.lastCommand(),
                 QStringLiteral("messenger-desk-cli --page %1/%2 call fetch_custom_label --input "
                                "'{\"label_id\":\"%3\"}'")
                     .arg(fx().harness().appId(0), fx().harness().pageId(0, 0), labelId));
        form.setOp(QStringLiteral("set_nlp_configs"));
        input->setPlainText(
            QStringLiteral("{\"nlp_enabled\": true, \"custom_token\": \"wit-secret-42\"}"));
        child<QPushButton>(&form, QStringLiteral("rawCopyCli"))->click();
        QVERIFY(!form.lastCommand().contains(QStringLiteral("wit-secret-42")));
        // What was typed for an op comes back with it.
        form.setOp(QStringLiteral("fetch_custom_label"));
        QVERIFY(input->toPlainText().contains(labelId));

        // A DELETE asks first; Cancel sends nothing.
        form.setOp(QStringLiteral("delete_custom_label"));
        input->setPlainText(QStringLiteral("{\"label_id\": \"%1\"}").arg(labelId));
        ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        send->click();
        QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("DELETE")));
        QVERIFY(!form.isBusy());
        QVERIFY(fx().page().labels.contains(labelId));
    }
};

QTEST_MAIN(TstToolForms)
#include "tst_toolforms.moc"
