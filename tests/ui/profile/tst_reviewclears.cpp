// Issue 18, item 6 in the GUI: the review of a draft that would clear fields of the page
// lists the clears in the failure colour of the palette, says so in a warning line, and
// asks before it applies; a review without clears applies without a question.
#include "api/graphclient.h"
#include "guitestkit.h"
#include "models/profile/profiledocument.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/reviewchangesdialog.h"
#include "ui/widgets/statuscolors.h"

#include <QJsonArray>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>

using namespace mdesk;

namespace {

QJsonObject liveProfile()
{
    return QJsonObject{
        {QStringLiteral("greeting"),
         QJsonArray{QJsonObject{{QStringLiteral("locale"), QStringLiteral("default")},
                                {QStringLiteral("text"), QStringLiteral("Hello!")}}}},
        {QStringLiteral("get_started"),
         QJsonObject{{QStringLiteral("payload"), QStringLiteral("GET_STARTED")}}},
        {QStringLiteral("ice_breakers"), QJsonArray{}}};
}

} // namespace

class TestReviewClears : public QObject
{
    Q_OBJECT

private:
    ui::ReviewChangesDialog *review(const QJsonObject &desired)
    {
        const QJsonObject live = liveProfile();
        const models::ProfileChange change = models::ProfileDocument::diff(
            live, desired,
            {QStringLiteral("greeting"), QStringLiteral("get_started"),
             QStringLiteral("ice_breakers")});
        auto *dialog = new ui::ReviewChangesDialog(live, change, m_client, m_page);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_graph.listen());
        m_graph.connectClient(m_client);
        const auto apps = m_graph.apps();
        m_page = {apps.at(0).id, apps.at(0).pages.at(0).id};
    }

    void cleanup() { ui::MessageBox::clearAnswers(); }

    void clearsAreRedAndAsked()
    {
        QPointer<ui::ReviewChangesDialog> dialog =
            review(QJsonObject{{QStringLiteral("get_started"),
                                QJsonObject{{QStringLiteral("payload"), QStringLiteral("GO")}}}});
        QCOMPARE(dialog->clears(),
                 (QStringList{QStringLiteral("greeting"), QStringLiteral("ice_breakers")}));
        auto *fields = dialog->findChild<QTreeWidget *>(QStringLiteral("reviewFields"));
        QVERIFY(fields);
        const QColor red =
            ui::StatusColors::foreground(ui::StatusColors::Tone::Negative, dialog->palette());
        int cleared = 0;
        for (int row = 0; row < fields->topLevelItemCount(); ++row) {
            QTreeWidgetItem *item = fields->topLevelItem(row);
            if (item->text(1) == QLatin1String("cleared")) {
                ++cleared;
                QCOMPARE(item->foreground(0).color(), red);
            } else {
                QVERIFY(item->foreground(0).color() != red);
            }
        }
        QCOMPARE(cleared, 2);
        auto *warning = dialog->findChild<QLabel *>(QStringLiteral("reviewClears"));
        QVERIFY(warning && warning->isVisible());
        QCOMPARE(warning->text(), QStringLiteral("Apply will clear 2 field(s) the page has: "
                                                 "greeting, ice_breakers."));
        QCOMPARE(warning->palette().color(QPalette::WindowText), red);
        guitest::saveScreenshot(dialog, QStringLiteral("review-clears-light"));

        // The palette decides the colour: readable on a dark theme too.
        dialog->setPalette(guitest::darkPalette());
        const QColor darkRed =
            ui::StatusColors::foreground(ui::StatusColors::Tone::Negative, guitest::darkPalette());
        QCOMPARE(warning->palette().color(QPalette::WindowText), darkRed);
        guitest::saveScreenshot(dialog, QStringLiteral("review-clears-dark"));

        // Apply asks first; Cancel keeps the dialog and applies nothing.
        QSignalSpy accepted(dialog.data(), &QDialog::accepted);
        const int asked = ui::MessageBox::askedCount();
        ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        dialog->findChild<QPushButton *>(QStringLiteral("reviewApply"))->click();
        QCOMPARE(ui::MessageBox::askedCount(), asked + 1);
        QVERIFY(ui::MessageBox::lastText().startsWith(
            QStringLiteral("Apply will clear 2 field(s) the page has: greeting, ice_breakers.")));
        QCOMPARE(accepted.count(), 0);
        QVERIFY(dialog->isVisible());

        // Yes ("Clear and Apply") applies.
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog->findChild<QPushButton *>(QStringLiteral("reviewApply"))->click();
        QCOMPARE(accepted.count(), 1);
        QTRY_VERIFY(dialog.isNull());
    }

    void noClearsNoQuestion()
    {
        QJsonObject desired = liveProfile();
        desired.insert(QStringLiteral("get_started"),
                       QJsonObject{{QStringLiteral("payload"), QStringLiteral("GO")}});
        QPointer<ui::ReviewChangesDialog> dialog = review(desired);
        QVERIFY(dialog->clears().isEmpty());
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("reviewClears"))->isVisible());
        QSignalSpy accepted(dialog.data(), &QDialog::accepted);
        const int asked = ui::MessageBox::askedCount();
        dialog->findChild<QPushButton *>(QStringLiteral("reviewApply"))->click();
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(ui::MessageBox::askedCount(), asked);
    }

private:
    sandbox::LocalGraph m_graph{sandbox::LocalGraph::demoOptions()};
    api::GraphClient m_client;
    models::PageRef m_page;
};

QTEST_MAIN(TestReviewClears)
#include "tst_reviewclears.moc"
