// Tool forms offscreen against LocalGraph, part two: the Attachments upload shows its
// progress and can be cancelled (before its request left: nothing sent; after: "Graph may
// have kept the file"), the NLP form says Graph cannot read its settings back and starts
// from what this app last sent for the Page, and every field's problem (ToolForm's fields
// and the handover metadata alike) is one ProblemLabel that also describes the field.
#include "../../tools/toolstestkit.h"

#include "api/sandbox/faultinjector.h"
#include "models/tools/nlplastsent.h"
#include "ui/tools/attachmentsform.h"
#include "ui/tools/handoverpanel.h"
#include "ui/tools/nlpform.h"
#include "ui/tools/unlinkaccountform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>

using namespace mdesk;
using toolstest::barText;
using toolstest::child;

class TstToolFormsUploadAndNlp : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<toolstest::ToolsFixture> m_fixture;
    toolstest::ToolsFixture &fx() { return *m_fixture; }
    models::NlpLastSent lastSent()
    {
        return models::NlpLastSent(fx().context().page.appId, fx().context().page.id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = std::make_unique<toolstest::ToolsFixture>();
        QVERIFY(fx().isReady());
        lastSent().clear();
    }
    void cleanup()
    {
        fx().graph().clearFaults();
        lastSent().clear();
    }

    void attachmentUploadCanBeCancelled()
    {
        ui::AttachmentsForm form(fx().context());
        const QString path = fx().tempPath(QStringLiteral("menu.pdf"));
        {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QVERIFY(out.write(QByteArray(256 * 1024, 'm')) > 0);
        }
        child<QComboBox>(&form, "attachmentType")->setCurrentIndex(3); // file
        auto *file = child<QLineEdit>(&form, "attachmentFile");
        file->setText(path);
        auto *upload = child<QPushButton>(&form, "attachmentUpload");
        QVERIFY(upload->isEnabled());
        auto *progress = child<QProgressBar>(&form, "attachmentsFormProgress");
        auto *cancel = child<QPushButton>(&form, "attachmentsFormCancel");
        const auto before = fx().page().attachments.size();
        int uploadsServed = 0;
        connect(&fx().graph(), &sandbox::LocalGraph::callServed, this,
                [&uploadsServed](const QString &, const QString &callPath, int) {
                    if (callPath.contains(QStringLiteral("message_attachments")))
                        ++uploadsServed;
                });

        // Before the request left: nothing sent.
        QSignalSpy done(&form, &ui::ToolForm::finished);
        upload->click();
        QVERIFY(progress->isVisibleTo(&form) && cancel->isVisibleTo(&form));
        cancel->click();
        QVERIFY(done.count() == 1 || done.wait(5000));
        QVERIFY2(barText(&form).contains(QStringLiteral("cancelled before the file left")),
                 qPrintable(barText(&form)));
        QCOMPARE(uploadsServed, 0);
        QCOMPARE(fx().page().attachments.size(), before);
        QCOMPARE(file->text(), path);
        QVERIFY(!progress->isVisibleTo(&form));

        // After the whole file left, with no answer: unknown, nothing kept locally.
        sandbox::FaultConfig faults;
        faults.pathContains = QStringLiteral("message_attachments");
        faults.noAnswer = 1.0;
        fx().graph().setFaults(faults);
        done.clear();
        upload->click();
        QVERIFY(barText(&form).isEmpty()); // the last message is not about this upload
        QTRY_VERIFY_WITH_TIMEOUT(progress->maximum() == 1000 && progress->value() == 1000, 15000);
        form.resize(900, 420);
        QVERIFY(toolstest::shoot(&form, QStringLiteral("tools-attachments-uploading")));
        cancel->click();
        QVERIFY(done.count() == 1 || done.wait(5000));
        QVERIFY2(barText(&form).startsWith(QStringLiteral("Graph may have kept the file")),
                 qPrintable(barText(&form)));
        QCOMPARE(file->text(), path);
        QVERIFY(upload->isEnabled());
        QCOMPARE(child<QTableWidget>(&form, "attachmentTable")->rowCount(), 0);
    }

    // Graph has no read for NLP settings: the form says so, and starts from what this app
    // last sent for the Page (never the custom token).
    void nlpShowsWhatThisAppLastSent()
    {
        {
            ui::NlpForm form(fx().context());
            auto *note = child<QLabel>(&form, "nlpLastSent");
            QVERIFY2(note->text().contains(QStringLiteral("Graph cannot read NLP settings back")) &&
                         note->text().contains(QStringLiteral("has sent none")),
                     qPrintable(note->text()));
            auto *model = child<QComboBox>(&form, "nlpModel");
            model->setCurrentIndex(model->findData(QStringLiteral("CUSTOM")));
            child<QLineEdit>(&form, "nlpCustomToken")->setText(QStringLiteral("wit-secret-1"));
            child<QSpinBox>(&form, "nlpNBest")->setValue(4);
            child<QCheckBox>(&form, "nlpVerbose")->setChecked(true);
            QSignalSpy done(&form, &ui::ToolForm::finished);
            child<QPushButton>(&form, "nlpApply")->click();
            QVERIFY(done.wait(20000));
            QCOMPARE(done.first().at(1).toBool(), true);
            QCOMPARE(fx().page().nlpConfig.value(QStringLiteral("model")).toString(),
                     QStringLiteral("CUSTOM"));
            QVERIFY(note->text().contains(QStringLiteral("last sent for this Page")));
        }
        const auto record = lastSent().load();
        QVERIFY(record);
        QVERIFY(!record->input.contains(QStringLiteral("custom_token")));
        QVERIFY(record->customTokenSent);

        ui::NlpForm again(fx().context());
        auto *note = child<QLabel>(&again, "nlpLastSent");
        QVERIFY2(note->text().contains(QStringLiteral("Graph cannot read NLP settings back")) &&
                     note->text().contains(QStringLiteral("last sent for this Page")) &&
                     note->text().contains(QStringLiteral("type it again")),
                 qPrintable(note->text()));
        QCOMPARE(child<QComboBox>(&again, "nlpModel")->currentData().toString(),
                 QStringLiteral("CUSTOM"));
        QCOMPARE(child<QSpinBox>(&again, "nlpNBest")->value(), 4);
        QVERIFY(child<QCheckBox>(&again, "nlpVerbose")->isChecked());
        QVERIFY(child<QLineEdit>(&again, "nlpCustomToken")->text().isEmpty());
        again.resize(900, 520);
        QVERIFY(toolstest::shoot(&again, QStringLiteral("tools-nlp-lastsent")));

        // Another Page of the app: nothing sent there yet.
        ui::NlpForm other(fx().context(0, 1));
        QVERIFY(
            child<QLabel>(&other, "nlpLastSent")->text().contains(QStringLiteral("has sent none")));
    }

    // One problem label for every field: it shows the problem under the field and gives it
    // to the field as its accessible description, in a ToolForm and in the handover panel.
    void problemLabelDescribesTheField()
    {
        ui::UnlinkAccountForm form(fx().context());
        auto *psid = child<QLineEdit>(&form, "unlinkPsid");
        psid->setText(QStringLiteral("12ab"));
        auto *problem = child<QLabel>(&form, "unlinkPsidProblem");
        QVERIFY(problem->isVisibleTo(&form) && !problem->text().isEmpty());
        QCOMPARE(psid->accessibleDescription(), problem->text());
        psid->setText(fx().harness().psid(0, 0));
        QVERIFY(!problem->isVisibleTo(&form));
        QVERIFY(psid->accessibleDescription().isEmpty());
        // The tone follows a palette set later (a dark theme switched on): still readable.
        const QColor lightTone = problem->palette().color(QPalette::WindowText);
        form.setPalette(toolstest::darkPalette());
        QVERIFY(problem->palette().color(QPalette::WindowText) != lightTone);
        QVERIFY(problem->palette().color(QPalette::WindowText).lightness() >
                problem->palette().color(QPalette::Window).lightness());

        ui::HandoverPanel handover(fx().context());
        auto *metadata = child<QLineEdit>(&handover, "handoverMetadata");
        metadata->setText(QString(ui::HandoverPanel::kMetadataMax + 1, QLatin1Char('m')));
        auto *metadataProblem = child<QLabel>(&handover, "handoverMetadataProblem");
        QVERIFY(metadataProblem->isVisibleTo(&handover));
        QCOMPARE(metadata->accessibleDescription(), metadataProblem->text());
        // Both are the same widget, in the same negative tone (on the same dark palette).
        handover.setPalette(toolstest::darkPalette());
        QCOMPARE(metadataProblem->palette().color(QPalette::WindowText),
                 problem->palette().color(QPalette::WindowText));
        QCOMPARE(metadataProblem->wordWrap(), problem->wordWrap());
    }
};

QTEST_MAIN(TstToolFormsUploadAndNlp)
#include "tst_toolformsuploadandnlp.moc"
