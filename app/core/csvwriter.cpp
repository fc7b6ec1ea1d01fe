#include "csvwriter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QLocale>

namespace vigie {

namespace {

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, QChar separator)
    : m_device(device)
    , m_separator(separator)
    , m_decimalSeparator(separator == QLatin1Char(';') ? QLatin1Char(',') : QLatin1Char('.'))
{
}

QString CsvWriter::neutralise(const QString &text)
{
    if (text.isEmpty())
        return text;
    switch (text.at(0).unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return QLatin1Char('\'') + text;
    default:
        return text;
    }
}

QString CsvWriter::formatNumber(const QVariant &number) const
{
    QString text;
    if (number.typeId() == QMetaType::Double || number.typeId() == QMetaType::Float) {
        const double d = number.toDouble();
        if (!qIsFinite(d))
            return {};
        // 'f' with the shortest round-trip precision: "80000000", "1234.56", never "8e+07".
        text = QString::number(d, 'f', QLocale::FloatingPointShortest);
        if (m_decimalSeparator != QLatin1Char('.'))
            text.replace(QLatin1Char('.'), m_decimalSeparator);
    } else {
        text = number.toString();
    }
    return text;
}

QString CsvWriter::formatCell(const QVariant &cell) const
{
    if (cell.isNull() || !cell.isValid())
        return {};
    QString text = isNumber(cell) ? formatNumber(cell) : neutralise(cell.toString());
    const bool needsQuotes = text.contains(m_separator) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (needsQuotes) {
        text.replace(QLatin1Char('"'), QLatin1String("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

bool CsvWriter::write(const QByteArray &bytes)
{
    if (!isOk())
        return false;
    if (m_device->write(bytes) != bytes.size()) {
        m_error = m_device->errorString();
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("vigie::CsvWriter", "the file could not be written");
        return false;
    }
    return true;
}

bool CsvWriter::writeRow(const QVariantList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += m_separator;
        line += formatCell(cells.at(i));
    }
    line += QLatin1String("\r\n");
    QByteArray bytes;
    if (!m_bomWritten) {
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
        m_bomWritten = true;
    }
    bytes += line.toUtf8();
    return write(bytes);
}

bool CsvWriter::writeHeader(const QStringList &names)
{
    QVariantList cells;
    cells.reserve(names.size());
    for (const QString &name : names)
        cells << name;
    return writeRow(cells);
}

} // namespace vigie
