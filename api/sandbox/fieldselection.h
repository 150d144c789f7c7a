#pragma once

#include "graphanswer.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

namespace mdesk::sandbox {

struct GraphCall;

// One field of a Graph field expansion: `messages.limit(5){from,created_time}` is the
// field "messages" with the modifier limit=5 and two children.
struct FieldSpec
{
    QString name;
    QHash<QString, QString> modifiers;
    QList<FieldSpec> children;
};

// Graph's `fields=` syntax (graph-api.md section 7): comma-separated fields, each with
// optional `.modifier(value)` parts and a nested `{...}` selection.
namespace FieldSelection {

// The fields of text; nullopt and *error set when the text is not valid field syntax.
std::optional<QList<FieldSpec>> parse(const QString &text, QString *error);
// The field named name, or nullptr.
const FieldSpec *find(const QList<FieldSpec> &fields, const QString &name);
// The first field (top level only) whose name is not in known, or empty when all are.
QString firstUnknown(const QList<FieldSpec> &fields, const QStringList &known);
// The call's `fields` parameter (text or a JSON list), its top-level names checked against
// known; nullopt and *failure set (100, as Graph answers) when it cannot be used.
std::optional<QList<FieldSpec>> forCall(const GraphCall &call, const QStringList &known,
                                        const QString &nodeType, GraphFailure *failure);
// value reduced to the selected children: objects keep the named keys (with their own
// selections applied), lists and {"data": ...} wrappers apply the selection to each item.
// No children: value unchanged.
QJsonValue apply(const QJsonValue &value, const QList<FieldSpec> &children);

} // namespace FieldSelection

} // namespace mdesk::sandbox
