#pragma once

#include <QByteArray>
#include <QString>

namespace mdesk::sandbox {

// Small PNG writer (zlib through qCompress, CRC-32 by hand) so the sandbox needs no
// Qt Gui, and the two images LocalGraph serves: Messenger codes and profile pictures.
namespace PngImage {

// 8-bit indexed colour: one palette index per pixel, palette as RGB triples.
QByteArray encodeIndexed(int width, int height, const QByteArray &indices,
                         const QByteArray &paletteRgb);
// A round Messenger code of size x size pixels whose rings encode ref (deterministic).
QByteArray messengerCode(const QString &ref, int size);
// A size x size profile picture: a silhouette on a colour derived from seed.
QByteArray avatar(const QString &seed, int size = 64);
// CRC-32 as PNG chunks use it.
quint32 crc32(const QByteArray &data);

} // namespace PngImage

} // namespace mdesk::sandbox
