#pragma once

#include "api/grapherror.h"

#include <QString>

namespace mdesk::models {

// A Graph error in plain words for the Conversations & Tools forms: what happened for the
// user (missing permission, a value Graph refused, no answer in time, ...), then Graph's own
// message with its code, subcode and fbtrace_id (GraphError::summary()), so support can
// trace the call. Every form shows errors through this.
namespace GraphFailureText {

// "what" names the action: "The persona could not be created." The result is
// "<what> <plain cause> <summary>".
QString of(const QString &what, const api::GraphError &error);
// "<plain cause> <summary>", for a place that already says what failed.
QString describe(const api::GraphError &error);
// The plain cause alone: "The app or Page lacks a permission for this."
QString cause(const api::GraphError &error);
// An upload_attachment that gave no id: cancelled before the file left ("nothing was
// sent"), of unknown outcome ("Graph may have kept the file; ..."), else "The file was not
// uploaded." with describe().
QString uploadFailure(const api::GraphError &error);

} // namespace GraphFailureText

} // namespace mdesk::models
