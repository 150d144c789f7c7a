#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QPointer>

namespace mdesk::api {

// A request body that can be read exactly once. Qt's HTTP/1.1 client silently sends a
// request a second time when the connection drops after the request went out and before
// the answer came (QHttpNetworkConnectionChannel resends, even a POST). For every body of
// a call that must not happen twice (send, label, broadcast, a multipart upload)
// PlanSender uploads through this sequential, unbuffered device: Qt cannot rewind it, so
// instead of resending it fails with ContentReSendError, which the client reports.
//
// The body is a chain of parts read in order: bytes, or a device opened for reading (the
// file of a multipart upload, read as it goes, never whole into memory).
class OneShotBody : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);
    explicit OneShotBody(QObject *parent = nullptr);

    // Appends a part; a device becomes a child of the body. Before the upload only.
    void append(const QByteArray &bytes);
    void append(QIODevice *device, qint64 size);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_size; }
    bool atEnd() const override { return m_position >= m_size; }
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    struct Part
    {
        QByteArray bytes;
        QPointer<QIODevice> device; // when set, size bytes come from it
        qint64 size = 0;
    };
    QList<Part> m_parts;
    int m_part = 0;            // the part being read
    qint64 m_partPosition = 0; // bytes read of it
    qint64 m_position = 0;
    qint64 m_size = 0;
};

} // namespace mdesk::api
