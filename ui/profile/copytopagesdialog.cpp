#include "ui/profile/copytopagesdialog.h"

#include "models/profile/profilecopyjob.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace mdesk::ui {

namespace {
constexpr int kPageRole = Qt::UserRole;
constexpr int kNameRole = Qt::UserRole + 1;
} // namespace

CopyToPagesDialog::CopyToPagesDialog(api::GraphClient *client, const QJsonObject &profile,
                                     const QList<Target> &targets, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_profile(profile)
    , m_pages(new QListWidget(this))
    , m_fields(new QListWidget(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("copyToPagesDialog"));
    setWindowTitle(tr("Copy Profile to Pages"));
    resize(640, 420);
    m_pages->setObjectName(QStringLiteral("copyPages"));
    m_fields->setObjectName(QStringLiteral("copyFields"));
    m_copy->setObjectName(QStringLiteral("copyStart"));
    m_status->setObjectName(QStringLiteral("copyStatus"));
    m_pages->setAccessibleName(tr("Pages to copy to"));
    m_fields->setAccessibleName(tr("Fields to copy"));
    m_status->setWordWrap(true);

    for (const auto &target : targets) {
        auto *item = new QListWidgetItem(target.name, m_pages);
        item->setData(kPageRole, target.page.toString());
        item->setData(kNameRole, target.name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    for (auto it = profile.begin(); it != profile.end(); ++it) {
        auto *item = new QListWidgetItem(it.key(), m_fields);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }

    auto *pagesColumn = new QVBoxLayout;
    pagesColumn->addWidget(new QLabel(tr("Pages:"), this));
    pagesColumn->addWidget(m_pages);
    auto *fieldsColumn = new QVBoxLayout;
    fieldsColumn->addWidget(new QLabel(tr("Fields:"), this));
    fieldsColumn->addWidget(m_fields);
    auto *lists = new QHBoxLayout;
    lists->addLayout(pagesColumn, 2);
    lists->addLayout(fieldsColumn, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &CopyToPagesDialog::startCopy);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Each page gets one call; all calls share one tx_id."), this));
    layout->addLayout(lists, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    m_status->setText(targets.isEmpty() ? tr("There are no other pages to copy to.") : QString());
    m_copy->setEnabled(!targets.isEmpty() && !profile.isEmpty());
}

void CopyToPagesDialog::copy(const QList<models::PageRef> &pages, const QStringList &fields)
{
    for (int row = 0; row < m_pages->count(); ++row) {
        QListWidgetItem *item = m_pages->item(row);
        const auto ref = models::PageRef::parse(item->data(kPageRole).toString());
        item->setCheckState(ref && pages.contains(*ref) ? Qt::Checked : Qt::Unchecked);
    }
    for (int row = 0; row < m_fields->count(); ++row)
        m_fields->item(row)->setCheckState(
            fields.contains(m_fields->item(row)->text()) ? Qt::Checked : Qt::Unchecked);
    startCopy();
}

void CopyToPagesDialog::startCopy()
{
    QList<models::PageRef> pages;
    for (int row = 0; row < m_pages->count(); ++row) {
        QListWidgetItem *item = m_pages->item(row);
        item->setText(item->data(kNameRole).toString());
        item->setIcon({});
        if (item->checkState() == Qt::Checked)
            pages.append(*models::PageRef::parse(item->data(kPageRole).toString()));
    }
    QJsonObject fields;
    for (int row = 0; row < m_fields->count(); ++row) {
        if (m_fields->item(row)->checkState() == Qt::Checked)
            fields.insert(m_fields->item(row)->text(),
                          m_profile.value(m_fields->item(row)->text()));
    }
    if (pages.isEmpty() || fields.isEmpty()) {
        m_status->setText(tr("Choose at least one page and one field."));
        return;
    }
    m_copy->setEnabled(false);
    m_job = new models::ProfileCopyJob(m_client, fields, pages, this);
    m_status->setText(
        tr("Copying to %n page(s) under tx_id %1…", nullptr, int(pages.size())).arg(m_job->txId()));
    connect(m_job, &models::ProfileCopyJob::pageDone, this,
            [this, fields](const models::PageRef &page, const api::GraphResult &result) {
                if (result.isOk())
                    Q_EMIT pageCopied(page, fields, m_job->txId());
                for (int row = 0; row < m_pages->count(); ++row) {
                    QListWidgetItem *item = m_pages->item(row);
                    if (item->data(kPageRole).toString() != page.toString())
                        continue;
                    const QString name = item->data(kNameRole).toString();
                    item->setIcon(style()->standardIcon(result.isOk()
                                                            ? QStyle::SP_DialogApplyButton
                                                            : QStyle::SP_MessageBoxWarning));
                    item->setText(result.isOk() ? tr("%1: copied").arg(name)
                                                : tr("%1: %2").arg(name, result.error().summary()));
                }
            });
    connect(m_job, &models::ProfileCopyJob::finished, this, [this] {
        int failed = 0;
        for (const auto &page : m_job->results())
            failed += page.result.isOk() ? 0 : 1;
        m_status->setText(failed == 0 ? tr("Copied to every page (tx_id %1).").arg(m_job->txId())
                                      : tr("%1 of %2 pages failed; see the list (tx_id %3).")
                                            .arg(failed)
                                            .arg(m_job->results().size())
                                            .arg(m_job->txId()));
        m_copy->setEnabled(true);
        Q_EMIT copied();
    });
    m_job->start();
}

QString CopyToPagesDialog::resultText(const models::PageRef &page) const
{
    for (int row = 0; row < m_pages->count(); ++row) {
        if (m_pages->item(row)->data(kPageRole).toString() == page.toString())
            return m_pages->item(row)->text();
    }
    return {};
}

QString CopyToPagesDialog::txId() const
{
    return m_job ? m_job->txId() : QString();
}

} // namespace mdesk::ui
