#include "contactcontrol.h"

#include "democontacts.h"
#include "localgraph.h"
#include "sandboxstate.h"

#include <QJsonArray>

namespace mdesk::sandbox {

namespace {

// Unix seconds from 1970 to 2100: anything else is a typo, not a time.
constexpr qint64 kLatestSeconds = Q_INT64_C(4102444800);

bool parseTime(const QJsonValue &value, qint64 *seconds)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (!(number >= 0 && number <= double(kLatestSeconds)))
            return false;
        *seconds = qint64(number);
        return true;
    }
    const QString text = value.toString().trimmed();
    bool isNumber = false;
    const qint64 number = text.toLongLong(&isNumber);
    if (isNumber) {
        *seconds = number;
        return number >= 0 && number <= kLatestSeconds;
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time = QDateTime(time.date(), time.time(), Qt::UTC);
    if (!time.isValid())
        return false;
    *seconds = time.toSecsSinceEpoch();
    return *seconds >= 0 && *seconds <= kLatestSeconds;
}

PageState *pageFor(SandboxState &state, const QJsonObject &input, const QString &psid,
                   QString *error)
{
    const QString pageId = input.value(QStringLiteral("page_id")).toString();
    if (!pageId.isEmpty()) {
        PageState *page = state.page(pageId);
        if (!page)
            *error = QStringLiteral("No sandbox page has the id %1.").arg(pageId);
        return page;
    }
    const ObjectRef ref = state.object(psid);
    if (ref.kind == ObjectKind::User)
        return state.page(ref.pageId);
    return state.pageOrder.isEmpty() ? nullptr : state.page(state.pageOrder.first());
}

QJsonObject applyOne(LocalGraph &graph, const QJsonObject &input, QString *error)
{
    SandboxState &state = graph.state();
    const QJsonValue psidValue = input.value(QStringLiteral("psid"));
    // A PSID given as a JSON number is exact only below 2^53.
    const double number = psidValue.toDouble();
    const QString psid = !psidValue.isDouble() ? psidValue.toString().trimmed()
                         : number >= 1 && number < 9007199254740992.0
                             ? QString::number(qint64(number))
                             : QString();
    if (psid.isEmpty()) {
        *error = QStringLiteral("psid is required: the person whose window to set.");
        return {};
    }
    qint64 lastInbound = 0;
    const QJsonValue time = input.value(QStringLiteral("last_inbound"));
    if (!time.isUndefined() && !parseTime(time, &lastInbound)) {
        *error = QStringLiteral("last_inbound must be an ISO 8601 time or Unix seconds between "
                                "1970 and 2100.");
        return {};
    }
    PageState *page = pageFor(state, input, psid, error);
    if (!page)
        return {};
    Contact *contact =
        DemoContacts::ensure(state, *page, psid, input.value(QStringLiteral("name")).toString());
    if (!contact) {
        *error = QStringLiteral("%1 is not a person on the page %2.").arg(psid, page->id);
        return {};
    }
    if (!time.isUndefined())
        page->contacts.setLastInbound(psid, lastInbound);
    if (input.contains(QStringLiteral("unavailable")))
        page->contacts.setUnavailable(psid, input.value(QStringLiteral("unavailable")).toBool());
    QJsonObject answer = graph.contactJson(*page->contacts.byPsid(psid));
    answer.insert(QStringLiteral("page_id"), page->id);
    return answer;
}

} // namespace

QJsonObject ContactControl::apply(LocalGraph &graph, const QJsonObject &input, QString *error)
{
    if (!input.contains(QStringLiteral("contacts")))
        return applyOne(graph, input, error);
    QJsonArray answers;
    const QJsonArray items = input.value(QStringLiteral("contacts")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject answer = applyOne(graph, items.at(i).toObject(), error);
        if (answer.isEmpty()) {
            *error = QStringLiteral("contacts[%1]: %2").arg(i).arg(*error);
            return {};
        }
        answers.append(answer);
    }
    return {{QStringLiteral("contacts"), answers}};
}

} // namespace mdesk::sandbox
