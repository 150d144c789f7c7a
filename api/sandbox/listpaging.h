#pragma once

#include "graphcall.h"

#include <QJsonObject>
#include <QStringList>
#include <functional>

namespace mdesk::sandbox {

// Cursor paging as Graph does it on lists: `limit` (default 25), `after` / `before`
// cursors, and an answer {"data":[...],"paging":{"cursors":{"before","after"},"next",
// "previous"}} where next/previous only appear when there is more that way. Cursors are
// opaque (base64 of the item id); an unknown cursor is a (#100) error.
namespace ListPaging {

constexpr int kDefaultLimit = 25;
constexpr int kMaxLimit = 100;

QString cursorFor(const QString &id);
// One page of ids in list order, each rendered by render.
GraphAnswer answer(const GraphCall &call, const QStringList &ids,
                   const std::function<QJsonObject(const QString &id)> &render);

} // namespace ListPaging

} // namespace mdesk::sandbox
