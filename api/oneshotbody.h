#pragma once

#include <QByteArray>
#include <QIODevice>

namespace mdesk::api {

// A request body that can be read exactly once. Qt's HTTP/1.1 client silently sends a
// request a second time when the connection drops after the request went out and before
// the answer came (QHttpNetworkConnectionChannel resends, even a POST). For writes that
// must not happen twice (send, label, broadcast) GraphClient uploads the body through this
// sequential, unbuffered device: Qt cannot rewind it, so instead of resending it fails
// with ContentReSendError, which the client reports as a reset.
class OneShotBody : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }
    bool atEnd() const override { return m_position >= m_data.size(); }
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace mdesk::api
