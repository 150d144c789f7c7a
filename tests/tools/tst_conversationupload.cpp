// A reply with an attachment in the thread view, offscreen against LocalGraph: while it
// runs a row shows the upload's progress and Cancel. A cancel before the request left
// sends nothing; a cancel after the file left reports the outcome as unknown ("Graph may
// have kept the file") and no message goes out. The reply stays in the box either way.
#include "toolstestkit.h"

#include "api/sandbox/faultinjector.h"
#include "models/broadcasts/messagedocument.h"
#include "ui/tools/threadview.h"

#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>

using namespace mdesk;
using toolstest::child;

class TstConversationUpload : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<toolstest::ToolsFixture> m_fixture;
    toolstest::ToolsFixture &fx() { return *m_fixture; }

    // A person of the first demo Page whose 24-hour window is open.
    store::Contact personInTheWindow()
    {
        const QJsonArray contacts =
            fx().harness().pageState(0, 0).value(QStringLiteral("contacts")).toArray();
        for (const QJsonValue &value : contacts) {
            const QJsonObject contact = value.toObject();
            if (!contact.value(QStringLiteral("window_open")).toBool() ||
                contact.value(QStringLiteral("unavailable")).toBool())
                continue;
            store::Contact person;
            person.psid = contact.value(QStringLiteral("psid")).toString();
            person.name = contact.value(QStringLiteral("name")).toString();
            person.conversationId = contact.value(QStringLiteral("thread_id")).toString();
            person.lastInbound =
                QDateTime::fromString(contact.value(QStringLiteral("last_inbound")).toString(),
                                      Qt::ISODate)
                    .toMSecsSinceEpoch();
            return person;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = std::make_unique<toolstest::ToolsFixture>();
        QVERIFY(fx().isReady());
    }
    void cleanup() { fx().graph().clearFaults(); }

    void replyUploadCanBeCancelled()
    {
        const store::Contact person = personInTheWindow();
        QVERIFY(!person.psid.isEmpty() && !person.conversationId.isEmpty());
        ui::ThreadView view(fx().context());
        view.resize(900, 860);
        view.show();
        view.setThread(person);
        QTRY_VERIFY_WITH_TIMEOUT(view.messagesShown() > 0, 15000);

        const QString file = fx().tempPath(QStringLiteral("receipt.png"));
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QVERIFY(out.write(QByteArray(256 * 1024, 'r')) > 0);
        }
        models::MessageDocument *document = view.document();
        document->setKind(models::MessageDocument::Kind::Attachment);
        document->setAttachment(QStringLiteral("image"), {}, {}, file);
        auto *send = child<QPushButton>(&view, "sendReply");
        QTRY_VERIFY(send->isEnabled());
        auto *row = child<QWidget>(&view, "replyProgressRow");
        auto *progress = child<QProgressBar>(&view, "replyProgress");
        auto *cancel = child<QPushButton>(&view, "replyCancel");
        auto *result = child<QLabel>(&view, "replyResult");
        QVERIFY(!row->isVisibleTo(&view));
        QVERIFY(!progress->accessibleName().isEmpty());
        auto &page = fx().page();
        const auto attachmentsBefore = page.attachments.size();
        const auto sentBefore = page.sentMessages.size();
        int uploadsServed = 0;
        connect(&fx().graph(), &sandbox::LocalGraph::callServed, this,
                [&uploadsServed](const QString &, const QString &path, int) {
                    if (path.contains(QStringLiteral("message_attachments")))
                        ++uploadsServed;
                });

        // Cancelled before the request left: nothing reaches Graph.
        send->click();
        QVERIFY(row->isVisibleTo(&view));
        QVERIFY(cancel->isEnabled());
        QVERIFY(!send->isEnabled());
        cancel->click();
        QTRY_VERIFY(!row->isVisibleTo(&view));
        QVERIFY2(result->text().contains(QStringLiteral("cancelled before the file left")) &&
                     result->text().contains(QStringLiteral("reply itself was not sent")),
                 qPrintable(result->text()));
        QCOMPARE(uploadsServed, 0);
        QCOMPARE(page.attachments.size(), attachmentsBefore);
        QCOMPARE(document->attachmentFile(), file);
        QTRY_VERIFY(send->isEnabled());

        // Cancelled after the whole file left (Graph never answers): the outcome is unknown,
        // no message is sent, the attachment stays chosen for another try.
        sandbox::FaultConfig faults;
        faults.pathContains = QStringLiteral("message_attachments");
        faults.noAnswer = 1.0;
        fx().graph().setFaults(faults);
        send->click();
        QTRY_VERIFY_WITH_TIMEOUT(progress->maximum() == 1000 && progress->value() == 1000, 15000);
        QVERIFY(toolstest::shoot(&view, QStringLiteral("conversations-upload-progress")));
        cancel->click();
        QTRY_VERIFY(!row->isVisibleTo(&view));
        QVERIFY2(result->text().startsWith(QStringLiteral("Graph may have kept the file")) &&
                     result->text().contains(QStringLiteral("reply itself was not sent")),
                 qPrintable(result->text()));
        QCOMPARE(page.sentMessages.size(), sentBefore);
        QCOMPARE(document->attachmentFile(), file);
        QCOMPARE(document->kind(), models::MessageDocument::Kind::Attachment);
        QTRY_VERIFY(send->isEnabled());
        QVERIFY(toolstest::shoot(&view, QStringLiteral("conversations-upload-unknown")));
    }
};

QTEST_MAIN(TstConversationUpload)
#include "tst_conversationupload.moc"
