#include "models/broadcasts/reporttablemodel.h"

namespace mdesk::models {

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReportTableModel::setReport(const BroadcastReport &report)
{
    beginResetModel();
    m_report = report;
    m_rowOf.clear();
    for (int i = 0; i < m_report.rows.size(); ++i)
        m_rowOf.insert(m_report.rows.at(i).result.psid, i);
    endResetModel();
}

void ReportTableModel::apply(const QList<RecipientResult> &results)
{
    for (const auto &result : results) {
        const auto found = m_rowOf.constFind(result.psid);
        if (found != m_rowOf.constEnd()) {
            m_report.rows[*found].result = result;
            Q_EMIT dataChanged(index(*found, 0), index(*found, ColumnCount - 1));
            continue;
        }
        const int row = int(m_report.rows.size());
        beginInsertRows({}, row, row);
        m_report.rows.append({result, {}, {}});
        m_rowOf.insert(result.psid, row);
        endInsertRows();
    }
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReportTableModel::stateText(const QString &state)
{
    if (state == RecipientState::Sent)
        return tr("Sent");
    if (state == RecipientState::Skipped)
        return tr("Skipped");
    if (state == RecipientState::Failed)
        return tr("Failed");
    if (state == RecipientState::Unknown)
        return tr("Unknown");
    if (state == RecipientState::Sending)
        return tr("Sending");
    return tr("Pending");
}

QString ReportTableModel::detailText(const RecipientResult &result)
{
    if (result.state == RecipientState::Sent)
        return tr("message %1").arg(result.messageId);
    const QJsonObject &error = result.error;
    QString text = error.value(QStringLiteral("text")).toString();
    if (text.isEmpty()) {
        static const QHash<QString, const char *> reasons{
            {QStringLiteral("window_closed"), QT_TR_NOOP("The 24-hour window is closed.")},
            {QStringLiteral("unavailable"), QT_TR_NOOP("The person is unavailable.")},
            {QStringLiteral("unknown_contact"),
             QT_TR_NOOP("The app knows no conversation with this person.")},
            {QStringLiteral("cancelled"), QT_TR_NOOP("The broadcast was cancelled first.")},
            {QStringLiteral("interrupted"),
             QT_TR_NOOP("The app stopped while the request was out; it may have arrived.")}};
        const char *reason = reasons.value(result.reason);
        text = reason ? tr(reason) : result.reason;
    }
    const int code = error.value(QStringLiteral("code")).toInt();
    if (code) {
        const int subcode = error.value(QStringLiteral("error_subcode")).toInt();
        text += QLatin1Char(' ') +
                (subcode ? tr("(code %1/%2)").arg(code).arg(subcode) : tr("(code %1)").arg(code));
    }
    const QString trace = error.value(QStringLiteral("fbtrace_id")).toString();
    if (!trace.isEmpty())
        text += QLatin1Char(' ') + tr("[fbtrace_id %1]").arg(trace);
    return text;
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_report.rows.size())
        return {};
    const ReportRow &row = m_report.rows.at(index.row());
    if (role == StateRole)
        return row.result.state;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return row.name;
    case Psid:
        return row.result.psid;
    case State:
        return stateText(row.result.state);
    case Detail:
        return detailText(row.result);
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Psid:
        return tr("PSID");
    case State:
        return tr("Result");
    case Detail:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace mdesk::models

#include "moc_reporttablemodel.cpp"
