#include "pngimage.h"

#include <QCryptographicHash>
#include <QtEndian>
#include <array>
#include <cmath>
#include <numbers>

namespace mdesk::sandbox {

namespace {

QByteArray bigEndian(quint32 value)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray chunk(const char *type, const QByteArray &data)
{
    const QByteArray typed = QByteArray(type, 4) + data;
    return bigEndian(quint32(data.size())) + typed + bigEndian(PngImage::crc32(typed));
}

} // namespace

quint32 PngImage::crc32(const QByteArray &data)
{
    static const auto table = [] {
        std::array<quint32, 256> entries{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            entries[n] = c;
        }
        return entries;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

QByteArray PngImage::encodeIndexed(int width, int height, const QByteArray &indices,
                                   const QByteArray &paletteRgb)
{
    QByteArray header = bigEndian(quint32(width)) + bigEndian(quint32(height));
    header.append(char(8)); // bit depth
    header.append(char(3)); // colour type: indexed
    header.append(char(0)); // compression
    header.append(char(0)); // filter method
    header.append(char(0)); // no interlace
    QByteArray scanlines;
    scanlines.reserve(qsizetype(height) * (width + 1));
    for (int y = 0; y < height; ++y) {
        scanlines.append(char(0)); // filter type None
        scanlines.append(indices.constData() + qsizetype(y) * width, width);
    }
    // qCompress writes a 4-byte length, then a zlib stream: what IDAT wants.
    const QByteArray zlib = qCompress(scanlines, 9).mid(4);
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", header) + chunk("PLTE", paletteRgb) +
           chunk("IDAT", zlib) + chunk("IEND", {});
}

QByteArray PngImage::messengerCode(const QString &ref, int size)
{
    // Palette: white, Messenger blue, near black.
    const QByteArray palette("\xff\xff\xff\x00\x84\xff\x1c\x1e\x21", 9);
    const QByteArray bits =
        QCryptographicHash::hash(ref.toUtf8() + "messenger-code", QCryptographicHash::Sha512);
    constexpr int kRings = 4;
    constexpr int kSegments = 32;
    const double center = (size - 1) / 2.0;
    const double radius = size * 0.47;
    QByteArray pixels(qsizetype(size) * size, char(0));
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            const double dx = x - center;
            const double dy = y - center;
            const double r = std::sqrt(dx * dx + dy * dy) / radius;
            char colour = 0;
            if (r <= 0.46) {
                colour = 1; // the centre disc
                // A white lightning-like stripe, the code's mark.
                if (std::abs(dy + dx * 0.35) < radius * 0.06 && std::abs(dx) < radius * 0.28)
                    colour = 0;
            } else if (r >= 0.56 && r <= 1.0) {
                const int ring = std::min(kRings - 1, int((r - 0.56) / 0.44 * kRings));
                const double ringStart = 0.56 + ring * 0.11;
                if (r - ringStart < 0.075) {
                    const double angle = std::atan2(dy, dx) + std::numbers::pi;
                    const int segment = int(angle / (2 * std::numbers::pi) * kSegments) % kSegments;
                    const int bit = ring * kSegments + segment;
                    if ((quint8(bits.at(bit / 8)) >> (bit % 8)) & 1)
                        colour = 2;
                }
            }
            pixels[qsizetype(y) * size + x] = colour;
        }
    }
    return encodeIndexed(size, size, pixels, palette);
}

QByteArray PngImage::avatar(const QString &seed, int size)
{
    const QByteArray hash = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Md5);
    // Muted background from the hash, light silhouette.
    QByteArray palette;
    palette.append(char(80 + quint8(hash.at(0)) % 120));
    palette.append(char(80 + quint8(hash.at(1)) % 120));
    palette.append(char(80 + quint8(hash.at(2)) % 120));
    palette.append("\xf0\xf0\xf0", 3);
    QByteArray pixels(qsizetype(size) * size, char(0));
    const double c = (size - 1) / 2.0;
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            const double head = std::hypot(x - c, y - size * 0.38);
            const double body = std::hypot((x - c) * 0.8, y - size * 1.0);
            if (head < size * 0.19 || body < size * 0.42)
                pixels[qsizetype(y) * size + x] = 1;
        }
    }
    return encodeIndexed(size, size, pixels, palette);
}

} // namespace mdesk::sandbox
