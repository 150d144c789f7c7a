#include "ui/widgets/reviewchangesdialog.h"

#include "api/graphclient.h"
#include "models/profile/profileapplier.h"
#include "models/profile/profilesession.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mdesk::ui {

namespace {

QString compact(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isString())
        return value.toString();
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QString pretty(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QCoreApplication::translate("mdesk::ui::ReviewChangesDialog", "(not set)");
    if (value.isString())
        return value.toString();
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

} // namespace

ReviewChangesDialog::ReviewChangesDialog(const QJsonObject &live,
                                         const models::ProfileChange &change,
                                         const api::GraphClient &client,
                                         const models::PageRef &page, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reviewChangesDialog"));
    setWindowTitle(tr("Review Changes"));
    resize(820, 680);

    auto *fields = new QTreeWidget(this);
    fields->setObjectName(QStringLiteral("reviewFields"));
    fields->setAccessibleName(tr("Changed fields"));
    fields->setHeaderLabels({tr("Field"), tr("Change"), tr("In the draft")});
    fields->setRootIsDecorated(false);
    fields->setMaximumHeight(140);
    fields->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    fields->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (auto it = change.set.begin(); it != change.set.end(); ++it) {
        auto *item = new QTreeWidgetItem(
            fields,
            {it.key(), live.contains(it.key()) ? tr("changed") : tr("added"), compact(it.value())});
        item->setData(0, Qt::UserRole, pretty(live.value(it.key())));
        item->setData(1, Qt::UserRole, pretty(it.value()));
    }
    for (const auto &field : change.reset) {
        auto *item = new QTreeWidgetItem(fields, {field, tr("cleared"), QString()});
        item->setData(0, Qt::UserRole, pretty(live.value(field)));
    }
    // The selected field, before and after, in full.
    auto *before = new QPlainTextEdit(this);
    auto *after = new QPlainTextEdit(this);
    before->setObjectName(QStringLiteral("reviewBefore"));
    after->setObjectName(QStringLiteral("reviewAfter"));
    before->setAccessibleName(tr("The field on the page"));
    after->setAccessibleName(tr("The field in the draft"));
    for (QPlainTextEdit *view : {before, after}) {
        view->setReadOnly(true);
        view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    connect(
        fields, &QTreeWidget::currentItemChanged, this, [before, after](QTreeWidgetItem *current) {
            before->setPlainText(current ? current->data(0, Qt::UserRole).toString() : QString());
            after->setPlainText(current ? current->data(1, Qt::UserRole).toString() : QString());
        });
    fields->setCurrentItem(fields->topLevelItem(0));
    auto *beforeColumn = new QVBoxLayout;
    beforeColumn->addWidget(new QLabel(tr("On the page:"), this));
    beforeColumn->addWidget(before);
    auto *afterColumn = new QVBoxLayout;
    afterColumn->addWidget(new QLabel(tr("In the draft:"), this));
    afterColumn->addWidget(after);
    auto *diff = new QHBoxLayout;
    diff->addLayout(beforeColumn);
    diff->addLayout(afterColumn);

    QStringList requests;
    api::CallOptions options;
    options.appId = page.appId;
    options.pageId = page.pageId;
    options.txId = tr("<new tx_id>");
    for (const auto &callValue : models::ProfileApplier::plannedCalls(change)) {
        const QJsonObject call = callValue.toObject();
        const auto planned = client.plan(call.value(QStringLiteral("op")).toString(),
                                         call.value(QStringLiteral("input")).toObject(), options);
        if (const auto *error = std::get_if<api::GraphError>(&planned)) {
            requests.append(tr("%1 cannot be sent: %2")
                                .arg(call.value(QStringLiteral("op")).toString(), error->message));
            continue;
        }
        const QJsonObject request = client.describeRequest(std::get<api::CallPlan>(planned));
        requests.append(QStringLiteral("%1 %2\n%3")
                            .arg(request.value(QStringLiteral("method")).toString(),
                                 request.value(QStringLiteral("url")).toString(),
                                 QString::fromUtf8(
                                     QJsonDocument(request.value(QStringLiteral("body")).toObject())
                                         .toJson(QJsonDocument::Indented))));
    }
    m_requests = requests.join(QStringLiteral("\n"));
    auto *requestView = new QPlainTextEdit(m_requests, this);
    requestView->setObjectName(QStringLiteral("reviewRequests"));
    requestView->setAccessibleName(tr("Requests that Apply will send"));
    requestView->setReadOnly(true);
    requestView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *summary = new QLabel(
        tr("Apply sends %n request(s) under one tx_id; the profile API allows about 10 calls "
           "per 10 minutes per page.",
           nullptr, int(models::ProfileApplier::plannedCalls(change).size())),
        this);
    summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("reviewApply"));
    m_apply = apply;
    m_conflicts = new QLabel(this);
    m_conflicts->setObjectName(QStringLiteral("reviewConflicts"));
    m_conflicts->setWordWrap(true);
    m_conflicts->setTextFormat(Qt::PlainText);
    m_conflicts->hide();
    QPushButton *back = buttons->addButton(tr("&Back to Editing"), QDialogButtonBox::RejectRole);
    back->setObjectName(QStringLiteral("reviewBack"));
    apply->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_conflicts);
    layout->addWidget(new QLabel(tr("Fields that change:"), this));
    layout->addWidget(fields);
    layout->addLayout(diff, 2);
    layout->addWidget(new QLabel(tr("Requests:"), this));
    layout->addWidget(requestView, 1);
    layout->addWidget(summary);
    layout->addWidget(buttons);
}

void ReviewChangesDialog::showConflicts(const QStringList &fields)
{
    m_conflicts->setText(
        tr("Changed on the page since you started editing: %1. Pick your value or the page's "
           "for each in the tab; Apply waits until you do.")
            .arg(fields.join(QStringLiteral(", "))));
    m_conflicts->setVisible(!fields.isEmpty());
    m_apply->setEnabled(fields.isEmpty());
    if (!fields.isEmpty())
        m_apply->setToolTip(tr("Pick a value for each field that changed on the page first."));
}

ReviewChangesDialog *ReviewChangesDialog::openFor(models::ProfileSession *session,
                                                  const api::GraphClient &client, QWidget *parent)
{
    auto *dialog = new ReviewChangesDialog(session->draft()->live(), session->draft()->change(),
                                           client, session->page(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->showConflicts(session->draft()->conflicts().keys());
    connect(dialog, &QDialog::accepted, session, &models::ProfileSession::apply);
    dialog->open();
    return dialog;
}

} // namespace mdesk::ui
