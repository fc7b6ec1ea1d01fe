#pragma once

#include "decpreader.h"

#include <QList>
#include <QStringList>

namespace vigie::decp {

/// What the first lines of a CSV file say about it, for the column-mapping step.
struct CsvInfo
{
    QString encoding; // "UTF-8" or "Windows-1252"
    char separator = ','; // ';', ',' or '\t'
    QStringList headers;
    QList<QStringList> sampleRows; // up to 5 rows after the header
};

/// CSV exported from a spreadsheet: ';' or ',' (or tab) separator, RFC 4180 quoting, decimal comma,
/// UTF-8 (with or without BOM) or Windows-1252, one contract per row; consecutive rows with the same
/// buyer and contract id are one contract with several holders (the official CSV exports do that).
class CsvReader : public RecordReader
{
public:
    explicit CsvReader(CsvMapping mapping = {});

    bool read(QIODevice &device, const Sink &sink) override;
    /// The mapping used by the last read() (detected from the headers when none was given).
    CsvMapping mapping() const { return m_mapping; }

    /// Looks at the start of `device` without consuming it.
    static CsvInfo inspect(QIODevice &device);

private:
    CsvMapping m_mapping;
};

} // namespace vigie::decp
