#pragma once

#include "decprecord.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QIODevice;

namespace vigie::decp {

enum class Format { Unknown, Json, Xml, Csv };

/// Guesses the format from the first bytes of `device` (which is not consumed) and, failing
/// that, from the file name's extension.
Format detectFormat(QIODevice &device, const QString &fileName = {});
QString formatCode(Format format); // "json", "xml", "csv"

/// Streams the records of one DECP file, one at a time, to a sink; memory does not grow with the file.
class RecordReader
{
public:
    /// Receives each record; returns false to stop reading (cancel).
    using Sink = std::function<bool(Record &record)>;

    virtual ~RecordReader() = default;

    /// Reads `device` to its end. Returns false on a syntax error (errorString() says what and
    /// where: line, column, byte) or when the sink asked to stop (wasStopped()).
    virtual bool read(QIODevice &device, const Sink &sink) = 0;

    QString errorString() const { return m_error; }
    bool wasStopped() const { return m_stopped; }
    qint64 recordCount() const { return m_records; }

protected:
    QString m_error;
    bool m_stopped = false;
    qint64 m_records = 0;
};

/// Which CSV column holds which DECP field. Keys are the field names below; values are column
/// headers as they appear in the file (compared case-insensitively, spaces trimmed).
struct CsvMapping
{
    /// The fields a CSV column can be mapped to.
    static const QStringList &fields(); // "id", "buyerId", "buyerName", "object", "cpv", ...

    QHash<QString, QString> columns; // field -> header

    bool isEmpty() const { return columns.isEmpty(); }
    /// Maps the headers of the official DECP CSV exports and common spreadsheet names
    /// ("acheteur.id", "Acheteur SIRET", "titulaire_denominationSociale"...).
    static CsvMapping detect(const QStringList &headers);
    /// Parses "field=Header,field=Header" (command line); empty and sets error when malformed.
    static CsvMapping fromString(const QString &text, QString *error);
};

/// A reader for `format`. CSV uses `mapping`, or detects it from the header row when it is empty.
std::unique_ptr<RecordReader> createReader(Format format, const CsvMapping &mapping = {});

} // namespace vigie::decp

#include <QCryptographicHash>
#include <QIODevice>

#include <atomic>

namespace vigie::decp {

/// Reads through another device, counting the bytes and hashing them (SHA-1, the checksum data.gouv.fr
/// publishes for its files) on the way, so a file is read once for both parsing and identification.
class HashingDevice : public QIODevice
{
public:
    explicit HashingDevice(QIODevice &inner);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return QIODevice::bytesAvailable() + m_inner.bytesAvailable(); }
    bool atEnd() const override { return QIODevice::atEnd() && m_inner.atEnd(); }

    /// Bytes read so far; may be asked from another thread than the one reading.
    qint64 consumed() const { return m_consumed.load(std::memory_order_relaxed); }
    /// Hash of everything read so far (the whole file once it has been read to the end).
    QByteArray sha1Hex() const;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice &m_inner;
    QCryptographicHash m_hash {QCryptographicHash::Sha1};
    std::atomic<qint64> m_consumed {0};
};

} // namespace vigie::decp
