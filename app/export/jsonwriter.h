#pragma once

#include <QJsonObject>
#include <QString>

class QIODevice;

namespace vigie {

/// Streams a JSON array of objects, one object per line, so that memory holds one record at a time
/// (QJsonDocument would hold the whole file).
class JsonArrayWriter
{
public:
    explicit JsonArrayWriter(QIODevice *device);

    bool writeObject(const QJsonObject &object);
    /// Closes the array; an array with no object is written as "[]".
    bool finish();

    bool isOk() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    bool write(const QByteArray &bytes);

    QIODevice *m_device;
    bool m_first = true;
    QString m_error;
};

} // namespace vigie
