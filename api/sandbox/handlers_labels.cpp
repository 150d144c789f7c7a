// Custom labels: create, fetch, delete, list (page and user), label and unlabel users.
#include "handlers.h"

#include "listpaging.h"
#include "versionrules.h"

#include <QJsonArray>

namespace mdesk::sandbox {

namespace {

// The fields a label read may ask for on this version, or the error for the first one
// that does not exist there (v12.0 renamed `name` to `page_label_name`).
std::optional<GraphFailure> labelFields(const GraphCall &call, QStringList *fields)
{
    const QString nameField = VersionRules::labelNameField(call.version);
    *fields = call.params.list(QStringLiteral("fields"));
    if (fields->isEmpty())
        *fields = {nameField};
    for (const QString &field : std::as_const(*fields)) {
        if (field != QLatin1String("id") && field != nameField)
            return Errors::nonexistingField(field, QStringLiteral("CustomLabel"));
    }
    return std::nullopt;
}

QJsonObject renderLabel(const CustomLabel &label, const QStringList &fields)
{
    QJsonObject object{{QStringLiteral("id"), label.id}};
    for (const QString &field : fields) {
        if (field != QLatin1String("id"))
            object.insert(field, label.name);
    }
    return object;
}

// The user parameter of label/unlabel: a PSID of this page.
std::optional<GraphFailure> labelTarget(const GraphCall &call, QString *psid)
{
    *psid = call.params.string(QStringLiteral("user"));
    if (psid->isEmpty())
        return Errors::requiredParameter(QStringLiteral("user"));
    if (!call.pageUser(*psid))
        return Errors::noMatchingUser();
    return std::nullopt;
}

} // namespace

GraphAnswer Handlers::createLabel(GraphCall &call)
{
    const QString nameField = VersionRules::labelNameField(call.version);
    const QString name = call.params.string(nameField).trimmed();
    if (name.isEmpty()) {
        const QString other = nameField == QLatin1String("name") ? QStringLiteral("page_label_name")
                                                                 : QStringLiteral("name");
        if (call.params.has(other))
            return GraphAnswer::fail(Errors::invalidParameter(
                QStringLiteral("The parameter %1 is required; on %2 a custom label is named by "
                               "%1, not %3 (renamed in v12.0)")
                    .arg(nameField, call.version.toString(), other)));
        return GraphAnswer::fail(Errors::requiredParameter(nameField));
    }
    PageState &page = call.page();
    for (const QString &id : std::as_const(page.labelOrder)) {
        if (page.labels.value(id).name.compare(name, Qt::CaseInsensitive) == 0)
            return GraphAnswer::fail(Errors::invalidParameter(
                QStringLiteral("A label named \"%1\" already exists on this Page (id %2)")
                    .arg(name, id)));
    }
    CustomLabel label;
    label.id = call.state.newId();
    label.name = name;
    page.labels.insert(label.id, label);
    page.labelOrder.append(label.id);
    call.state.registerObject(label.id, {ObjectKind::Label, page.id, page.appId, -1});
    return GraphAnswer::ok(QJsonObject{{QStringLiteral("id"), label.id}});
}

GraphAnswer Handlers::fetchLabel(GraphCall &call)
{
    QStringList fields;
    if (auto failure = labelFields(call, &fields))
        return GraphAnswer::fail(*failure);
    const CustomLabel label =
        call.page().labels.value(call.pathValues.value(QStringLiteral("label_id")));
    return GraphAnswer::ok(renderLabel(label, fields));
}

GraphAnswer Handlers::deleteLabel(GraphCall &call)
{
    const QString id = call.pathValues.value(QStringLiteral("label_id"));
    PageState &page = call.page();
    page.labels.remove(id);
    page.labelOrder.removeAll(id);
    call.state.unregisterObject(id);
    return GraphAnswer::success();
}

GraphAnswer Handlers::listLabels(GraphCall &call)
{
    QStringList fields;
    if (auto failure = labelFields(call, &fields))
        return GraphAnswer::fail(*failure);
    const PageState &page = call.page();
    return ListPaging::answer(call, page.labelOrder, [&](const QString &id) {
        return renderLabel(page.labels.value(id), fields);
    });
}

GraphAnswer Handlers::listUserLabels(GraphCall &call)
{
    QStringList fields;
    if (auto failure = labelFields(call, &fields))
        return GraphAnswer::fail(*failure);
    const QString psid = call.pathValues.value(QStringLiteral("psid"));
    const PageState &page = call.page();
    QStringList ids;
    for (const QString &id : page.labelOrder) {
        if (page.labels.value(id).psids.contains(psid))
            ids.append(id);
    }
    return ListPaging::answer(
        call, ids, [&](const QString &id) { return renderLabel(page.labels.value(id), fields); });
}

GraphAnswer Handlers::labelUser(GraphCall &call)
{
    QString psid;
    if (auto failure = labelTarget(call, &psid))
        return GraphAnswer::fail(*failure);
    CustomLabel &label = call.page().labels[call.pathValues.value(QStringLiteral("label_id"))];
    if (!label.psids.contains(psid))
        label.psids.append(psid);
    return GraphAnswer::success();
}

GraphAnswer Handlers::unlabelUser(GraphCall &call)
{
    QString psid;
    if (auto failure = labelTarget(call, &psid))
        return GraphAnswer::fail(*failure);
    call.page().labels[call.pathValues.value(QStringLiteral("label_id"))].psids.removeAll(psid);
    return GraphAnswer::success();
}

} // namespace mdesk::sandbox
