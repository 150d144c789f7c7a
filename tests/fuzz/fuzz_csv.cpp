// The CSV files the app writes from what Graph and people sent (the app reads no CSV):
// insights exports (InsightsCsv) and broadcast reports (BroadcastReport::toCsv). A reader
// as spreadsheets and Python's csv module read them must get back every row and every
// field as it was, and no cell may start a spreadsheet formula.
//
// Input: records separated by 0x1e, fields by 0x1f. Insights: value (JSON, else text) and
// day offset; report: psid, name, state, message_id, reason, error text, fbtrace_id.
#include "api/insightsmetrics.h"
#include "models/broadcasts/broadcastreport.h"
#include "models/insights/insightscsv.h"
#include "tests/fuzz/fuzzinput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace mdesk;
using namespace mdesk::models;

namespace {

// RFC 4180 as spreadsheets read it: a record ends at CR, LF or CRLF outside quotes.
QList<QStringList> readCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            wasQuoted = false;
        } else {
            field += c;
        }
    }
    fuzz::require(!quoted, "a quote is never closed");
    if (!field.isEmpty() || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

// A cell a spreadsheet would run as a formula (a number such as -5 is not one).
bool isFormula(const QString &cell)
{
    if (cell.isEmpty() || !QStringLiteral("=+-@").contains(cell.front()))
        return false;
    bool number = false;
    cell.toDouble(&number);
    return !number;
}

QJsonValue valueOf(const QByteArray &text)
{
    const QJsonDocument document = QJsonDocument::fromJson("[" + text + "]");
    const QJsonArray array = document.array();
    return array.size() == 1 ? array.first() : QJsonValue(QString::fromUtf8(text));
}

void checkInsights(const QList<QList<QByteArray>> &input)
{
    const QList<api::InsightsMetric> &metrics = api::InsightsMetrics::all();
    const QStringList periods = api::InsightsMetrics::periods();
    QList<InsightsRow> rows;
    for (const QList<QByteArray> &fields : input) {
        const int n = int(rows.size());
        rows.append({QDate(2026, 1, 1).addDays(fields.value(1).toInt() % 1000),
                     metrics.at(n % metrics.size()).name, periods.at(n % periods.size()),
                     valueOf(fields.value(0))});
    }
    const QList<QStringList> records = readCsv(QString::fromUtf8(InsightsCsv::write(rows)));
    fuzz::require(records.size() == rows.size() + 1, "an insights row was split or lost");
    for (int i = 0; i < rows.size(); ++i) {
        const QStringList &record = records.at(i + 1);
        fuzz::require(record.size() == 4, "an insights row has another number of fields");
        fuzz::require(record.at(1) == rows.at(i).metric, "an insights metric changed");
        fuzz::require(!isFormula(record.at(3)), "an insights cell is a formula");
        // As UTF-8 holds it (a lone surrogate from a JSON escape cannot be written).
        const QString text = QString::fromUtf8(rows.at(i).value.toString().toUtf8());
        if (rows.at(i).value.isString())
            fuzz::require(record.at(3) == text || record.at(3) == QLatin1Char('\'') + text,
                          "an insights text value changed");
    }
}

void checkReport(const QList<QList<QByteArray>> &input)
{
    BroadcastReport report;
    for (const QList<QByteArray> &fields : input) {
        ReportRow row;
        row.result.psid = QString::fromUtf8(fields.value(0));
        row.name = QString::fromUtf8(fields.value(1));
        row.result.state = QString::fromUtf8(fields.value(2));
        row.result.messageId = QString::fromUtf8(fields.value(3));
        row.result.reason = QString::fromUtf8(fields.value(4));
        row.result.error = {{QStringLiteral("text"), QString::fromUtf8(fields.value(5))},
                            {QStringLiteral("fbtrace_id"), QString::fromUtf8(fields.value(6))},
                            {QStringLiteral("code"), 100}};
        report.rows.append(row);
    }
    const QList<QStringList> records = readCsv(QString::fromUtf8(report.toCsv()));
    fuzz::require(records.size() == report.rows.size() + 1, "a report row was split or lost");
    for (int i = 0; i < report.rows.size(); ++i) {
        const QStringList &record = records.at(i + 1);
        fuzz::require(record.size() == 9, "a report row has another number of fields");
        const ReportRow &row = report.rows.at(i);
        const QStringList expected{row.result.psid, row.name, row.result.state,
                                   row.result.messageId, row.result.reason};
        for (int f = 0; f < expected.size(); ++f) {
            fuzz::require(!isFormula(record.at(f)), "a report cell is a formula");
            fuzz::require(record.at(f) == expected.at(f) ||
                              record.at(f) == QLatin1Char('\'') + expected.at(f),
                          "a report field changed");
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QList<QList<QByteArray>> input;
    for (const QByteArray &record : fuzz::bytes(data, size).split('\x1e'))
        input.append(record.split('\x1f'));
    checkInsights(input);
    checkReport(input);
    return 0;
}
