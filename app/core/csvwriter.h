#pragma once

#include <QChar>
#include <QString>
#include <QVariantList>

class QIODevice;

namespace vigie {

/// Writes CSV that LibreOffice and Excel open as intended: UTF-8 with a byte-order mark, RFC 4180
/// quoting, CRLF line ends. Text cells starting with = + - @ tab or CR are neutralised with a leading
/// apostrophe (OWASP "CSV injection"), while numbers stay numbers: the type of each cell decides.
/// With ';' as separator (French spreadsheets) decimals use a comma, as those spreadsheets expect.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device, QChar separator = QLatin1Char(','));

    QChar separator() const { return m_separator; }
    QChar decimalSeparator() const { return m_decimalSeparator; }
    void setDecimalSeparator(QChar separator) { m_decimalSeparator = separator; }

    /// Writes one record. Null cells are empty; integers and doubles are numbers; anything else is
    /// text. The byte-order mark goes before the first record.
    bool writeRow(const QVariantList &cells);
    bool writeHeader(const QStringList &names);

    /// False once a write failed (disk full...); errorString() says why.
    bool isOk() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    /// The text of one cell as written (quoted when needed), without separator.
    QString formatCell(const QVariant &cell) const;
    /// A text cell made harmless to spreadsheets: a leading = + - @ tab or CR gets a leading apostrophe.
    static QString neutralise(const QString &text);
    /// Numbers in the form written to cells: no grouping, no exponent, '.' or the chosen decimal separator.
    QString formatNumber(const QVariant &number) const;

private:
    bool write(const QByteArray &bytes);

    QIODevice *m_device;
    QChar m_separator;
    QChar m_decimalSeparator;
    bool m_bomWritten = false;
    QString m_error;
};

} // namespace vigie
