#pragma once

#include <QJsonObject>
#include <QStringList>

namespace mdesk::models {

// What it takes to turn the live Messenger profile into a desired one: the fields to set
// (one set_messenger_profile POST) and the fields to reset (one reset_messenger_profile
// DELETE). Empty when they already match, so applying the same document twice sends nothing.
struct ProfileChange
{
    QJsonObject set;
    QStringList reset;
    QStringList unchanged;

    bool isEmpty() const { return set.isEmpty() && reset.isEmpty(); }
    // {"set": {...}, "reset": [...], "unchanged": [...]}
    QJsonObject toJson() const;
};

// The Messenger profile as one JSON object keyed by property, the format of
// `messenger-desk-cli profile export` and the Profile tab's import/export.
namespace ProfileDocument {

// Merges a fetch_messenger_profile answer. Live Graph puts every field in data[0]; some
// servers answer one object per field; both are accepted.
QJsonObject fromFetchAnswer(const QJsonObject &answer);

// Fields of `desired` that differ from `live` are set; fields of `live` that `desired`
// lacks are reset. Only the properties in `scope` are looked at (empty: every property of
// either side).
ProfileChange diff(const QJsonObject &live, const QJsonObject &desired,
                   const QStringList &scope = {});

} // namespace ProfileDocument

} // namespace mdesk::models
