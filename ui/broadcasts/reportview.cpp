#include "ui/broadcasts/reportview.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace mdesk::ui {

using models::RecipientState::Failed;
using models::RecipientState::Pending;
using models::RecipientState::Sent;
using models::RecipientState::Skipped;
using models::RecipientState::Unknown;

ReportView::ReportView(QWidget *parent)
    : QWidget(parent)
    , m_model(new models::ReportTableModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("reportCounts"));
    m_counts->setWordWrap(true);
    layout->addWidget(m_counts);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setAccessibleName(tr("Result per person"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_sendAgain = new QPushButton(tr("Send again to the failed"), this);
    m_sendAgain->setObjectName(QStringLiteral("sendAgainFailed"));
    m_sendReopened = new QPushButton(tr("Send to those whose window reopened"), this);
    m_sendReopened->setObjectName(QStringLiteral("sendReopened"));
    m_export = new QPushButton(tr("Export CSV..."), this);
    m_export->setObjectName(QStringLiteral("exportCsv"));
    buttons->addWidget(m_sendAgain);
    buttons->addWidget(m_sendReopened);
    buttons->addStretch();
    buttons->addWidget(m_export);
    layout->addLayout(buttons);

    connect(m_sendAgain, &QPushButton::clicked, this,
            [this] { Q_EMIT sendAgainRequested(m_model->report().psidsIn(Failed)); });
    connect(m_sendReopened, &QPushButton::clicked, this, [this] {
        QStringList closed;
        for (const auto &row : m_model->report().rows) {
            if (row.result.state == Skipped && row.result.reason == QLatin1String("window_closed"))
                closed.append(row.result.psid);
        }
        Q_EMIT sendReopenedRequested(closed);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export report"), m_model->report().name + QStringLiteral(".csv"),
            tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!exportCsv(path, &error))
            m_counts->setText(error);
    });
    updateCounts();
}

void ReportView::setReport(const models::BroadcastReport &report)
{
    m_model->setReport(report);
    m_table->resizeColumnsToContents();
    updateCounts();
}

void ReportView::apply(const QList<models::RecipientResult> &results)
{
    m_model->apply(results);
    updateCounts();
}

bool ReportView::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_model->report().toCsv()) < 0 ||
        !file.commit()) {
        *error = tr("The report cannot be written to %1: %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ReportView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    updateCounts();
}

void ReportView::updateCounts()
{
    const auto &report = m_model->report();
    if (report.rows.isEmpty()) {
        m_counts->setText(m_emptyText.isEmpty()
                              ? tr("No broadcast yet: the result per person shows here.")
                              : m_emptyText);
    } else {
        m_counts->setText(
            tr("%1 sent, %2 skipped, %3 failed, %4 unknown (may have arrived; "
               "never sent again by itself), %5 waiting.")
                .arg(report.count(Sent))
                .arg(report.count(Skipped))
                .arg(report.count(Failed))
                .arg(report.count(Unknown))
                .arg(report.count(Pending) + report.count(models::RecipientState::Sending)));
    }
    m_sendAgain->setEnabled(report.count(Failed) > 0);
    m_export->setEnabled(!report.rows.isEmpty());
    bool anyClosed = false;
    for (const auto &row : report.rows)
        anyClosed = anyClosed || (row.result.state == Skipped &&
                                  row.result.reason == QLatin1String("window_closed"));
    m_sendReopened->setEnabled(anyClosed);
}

} // namespace mdesk::ui
