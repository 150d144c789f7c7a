#include "ui/widgets/reviewchangesdialog.h"

#include "api/graphclient.h"
#include "models/profile/profileapplier.h"
#include "models/profile/profilesession.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/statuscolors.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
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
    // Clears stand out (the hue of a failure, from the palette): a field the draft lacks
    // is emptied on the page, which a truncated import would do by mistake.
    const QColor clearColor = StatusColors::foreground(StatusColors::Tone::Negative, palette());
    for (const auto &field : change.reset) {
        auto *item = new QTreeWidgetItem(fields, {field, tr("cleared"), tr("(not set)")});
        item->setData(0, Qt::UserRole, pretty(live.value(field)));
        item->setData(1, Qt::UserRole, pretty(QJsonValue()));
        for (int column = 0; column < 3; ++column)
            item->setForeground(column, clearColor);
    }
    m_clears = change.reset;
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
    m_clearWarning = new QLabel(this);
    m_clearWarning->setObjectName(QStringLiteral("reviewClears"));
    m_clearWarning->setWordWrap(true);
    m_clearWarning->setTextFormat(Qt::PlainText);
    m_clearWarning->setVisible(!m_clears.isEmpty());
    if (!m_clears.isEmpty()) {
        m_clearWarning->setText(clearsText());
        QPalette warningPalette = m_clearWarning->palette();
        warningPalette.setColor(QPalette::WindowText, clearColor);
        m_clearWarning->setPalette(warningPalette);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &ReviewChangesDialog::confirmApply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_conflicts);
    layout->addWidget(new QLabel(tr("Fields that change:"), this));
    layout->addWidget(fields);
    layout->addLayout(diff, 2);
    layout->addWidget(new QLabel(tr("Requests:"), this));
    layout->addWidget(requestView, 1);
    layout->addWidget(m_clearWarning);
    layout->addWidget(summary);
    layout->addWidget(buttons);
}

QString ReviewChangesDialog::clearsText() const
{
    return tr("Apply will clear %n field(s) the page has: %1.", nullptr, int(m_clears.size()))
        .arg(m_clears.join(QStringLiteral(", ")));
}

void ReviewChangesDialog::confirmApply()
{
    if (!m_clears.isEmpty()) {
        const auto answer = MessageBox::question(
            this, tr("Clear Fields"),
            tr("%1 The page will no longer have them. Apply anyway?").arg(clearsText()),
            {{QMessageBox::Yes, tr("Clear and Apply")}, {QMessageBox::Cancel, {}}},
            QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    accept();
}

void ReviewChangesDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() != QEvent::PaletteChange || !m_clearWarning)
        return;
    // Follow a theme change: the clear colour is derived from the palette.
    const QColor clearColor = StatusColors::foreground(StatusColors::Tone::Negative, palette());
    QPalette warningPalette = m_clearWarning->palette();
    warningPalette.setColor(QPalette::WindowText, clearColor);
    m_clearWarning->setPalette(warningPalette);
    if (auto *fields = findChild<QTreeWidget *>(QStringLiteral("reviewFields"))) {
        for (int row = 0; row < fields->topLevelItemCount(); ++row) {
            QTreeWidgetItem *item = fields->topLevelItem(row);
            if (m_clears.contains(item->text(0)) && item->text(1) == tr("cleared"))
                for (int column = 0; column < 3; ++column)
                    item->setForeground(column, clearColor);
        }
    }
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
