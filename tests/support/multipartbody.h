#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>

namespace mdesk::testsupport {

// One part of a multipart/form-data body.
struct MultipartPart
{
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray name;                       // from Content-Disposition
    QByteArray filename;                   // from Content-Disposition, empty when none
    QByteArray body;
};

// Splits a multipart body using the boundary of its Content-Type header value; empty when
// the header holds no boundary or the body does not follow it.
QList<MultipartPart> parseMultipart(const QByteArray &contentType, const QByteArray &body);

} // namespace mdesk::testsupport
