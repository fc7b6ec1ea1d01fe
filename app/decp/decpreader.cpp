#include "decpreader.h"

#include "decpcsvreader.h"
#include "decpjsonreader.h"
#include "decpxmlreader.h"

#include <QFileInfo>
#include <QIODevice>

namespace vigie::decp {

Format detectFormat(QIODevice &device, const QString &fileName)
{
    QByteArray head = device.peek(4096);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    for (char c : std::as_const(head)) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (c == '{' || c == '[')
            return Format::Json;
        if (c == '<')
            return Format::Xml;
        break;
    }
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return Format::Json;
    if (suffix == QLatin1String("xml"))
        return Format::Xml;
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt"))
        return Format::Csv;
    // Text that is neither JSON nor XML and holds separators on its first line is taken for CSV.
    const qsizetype eol = head.indexOf('\n');
    const QByteArray firstLine = head.left(eol < 0 ? head.size() : eol);
    if (firstLine.contains(';') || firstLine.contains(',') || firstLine.contains('\t'))
        return Format::Csv;
    return Format::Unknown;
}

QString formatCode(Format format)
{
    switch (format) {
    case Format::Json:
        return QStringLiteral("json");
    case Format::Xml:
        return QStringLiteral("xml");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Unknown:
        break;
    }
    return {};
}

std::unique_ptr<RecordReader> createReader(Format format, const CsvMapping &mapping)
{
    switch (format) {
    case Format::Json:
        return std::make_unique<JsonReader>();
    case Format::Xml:
        return std::make_unique<XmlReader>();
    case Format::Csv:
        return std::make_unique<CsvReader>(mapping);
    case Format::Unknown:
        break;
    }
    return nullptr;
}

HashingDevice::HashingDevice(QIODevice &inner)
    : m_inner(inner)
{
    open(QIODevice::ReadOnly);
}

QByteArray HashingDevice::sha1Hex() const
{
    return m_hash.resultView().toByteArray().toHex();
}

qint64 HashingDevice::readData(char *data, qint64 maxSize)
{
    const qint64 n = m_inner.read(data, maxSize);
    if (n > 0) {
        m_hash.addData(QByteArrayView(data, n));
        m_consumed.fetch_add(n, std::memory_order_relaxed);
    }
    if (n < 0)
        setErrorString(m_inner.errorString());
    return n;
}

} // namespace vigie::decp
