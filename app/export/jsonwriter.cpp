#include "jsonwriter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>

namespace vigie {

JsonArrayWriter::JsonArrayWriter(QIODevice *device)
    : m_device(device)
{
}

bool JsonArrayWriter::write(const QByteArray &bytes)
{
    if (!isOk())
        return false;
    if (m_device->write(bytes) != bytes.size()) {
        m_error = m_device->errorString();
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("vigie::JsonArrayWriter", "the file could not be written");
        return false;
    }
    return true;
}

bool JsonArrayWriter::writeObject(const QJsonObject &object)
{
    QByteArray bytes = m_first ? QByteArrayLiteral("[\n") : QByteArrayLiteral(",\n");
    m_first = false;
    bytes += QJsonDocument(object).toJson(QJsonDocument::Compact);
    return write(bytes);
}

bool JsonArrayWriter::finish()
{
    return write(m_first ? QByteArrayLiteral("[]\n") : QByteArrayLiteral("\n]\n"));
}

} // namespace vigie
