#include "oneshotbody.h"

#include <cstring>

namespace mdesk::api {

OneShotBody::OneShotBody(QByteArray data, QObject *parent)
    : OneShotBody(parent)
{
    append(data);
}

OneShotBody::OneShotBody(QObject *parent)
    : QIODevice(parent)
{
    open(QIODevice::ReadOnly);
}

void OneShotBody::append(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    m_parts.append({bytes, nullptr, bytes.size()});
    m_size += bytes.size();
}

void OneShotBody::append(QIODevice *device, qint64 size)
{
    device->setParent(this);
    m_parts.append({{}, device, size});
    m_size += size;
}

qint64 OneShotBody::bytesAvailable() const
{
    return m_size - m_position + QIODevice::bytesAvailable();
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    qint64 total = 0;
    while (total < maxSize && m_part < m_parts.size()) {
        Part &part = m_parts[m_part];
        const qint64 wanted = std::min(maxSize - total, part.size - m_partPosition);
        qint64 count = 0;
        if (part.device) {
            count = part.device->read(data + total, wanted);
            if (count < 0)
                return total > 0 ? total : -1; // the file went away: the upload fails
        } else {
            count = wanted;
            std::memcpy(data + total, part.bytes.constData() + m_partPosition, size_t(count));
        }
        if (count == 0 && wanted > 0)
            return total > 0 ? total : -1; // shorter than announced: never pad
        total += count;
        m_partPosition += count;
        m_position += count;
        if (m_partPosition >= part.size) {
            ++m_part;
            m_partPosition = 0;
        }
    }
    if (total == 0 && m_position >= m_size)
        return -1;
    return total;
}

} // namespace mdesk::api

#include "moc_oneshotbody.cpp"
