#include "decpcsvreader.h"

#include "decptree.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>

#include <algorithm>
#include <string>
#include <vector>

namespace vigie::decp {

namespace {

// lupdate files these strings under vigie::decp::CsvReader (a free Text::tr() function would hide them from it).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(vigie::decp::CsvReader)
};

constexpr qsizetype kMaxField = 16 * 1024 * 1024;
constexpr qsizetype kSample = 1024 * 1024;

// Windows-1252 differs from Latin-1 in 0x80-0x9F only.
const char16_t kCp1252High[32]
    = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
       0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
       0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

QString fromCp1252(const std::string &bytes)
{
    QString result(qsizetype(bytes.size()), Qt::Uninitialized);
    QChar *out = result.data();
    for (size_t i = 0; i < bytes.size(); ++i) {
        const auto b = quint8(bytes[i]);
        out[i] = b >= 0x80 && b < 0xA0 ? QChar(kCp1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return result;
}

// Valid UTF-8 throughout the sample (a multi-byte sequence cut by the sample's end is fine).
bool isUtf8(QByteArrayView sample, bool complete)
{
    qsizetype i = 0;
    const qsizetype n = sample.size();
    while (i < n) {
        const auto c = quint8(sample[i]);
        int extra = 0;
        if (c < 0x80)
            extra = 0;
        else if ((c & 0xE0) == 0xC0 && c >= 0xC2)
            extra = 1;
        else if ((c & 0xF0) == 0xE0)
            extra = 2;
        else if ((c & 0xF8) == 0xF0 && c <= 0xF4)
            extra = 3;
        else
            return false;
        if (i + extra >= n && extra > 0)
            return !complete;
        for (int k = 1; k <= extra; ++k) {
            if ((quint8(sample[i + k]) & 0xC0) != 0x80)
                return false;
        }
        i += extra + 1;
    }
    return true;
}

char detectSeparator(QByteArrayView sample)
{
    int semicolons = 0, commas = 0, tabs = 0;
    bool quoted = false;
    for (char c : sample) {
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == '\n')
            break;
        else if (c == ';')
            ++semicolons;
        else if (c == ',')
            ++commas;
        else if (c == '\t')
            ++tabs;
    }
    if (semicolons >= commas && semicolons >= tabs && semicolons > 0)
        return ';';
    if (tabs > commas)
        return '\t';
    return ',';
}

// RFC 4180 rows from a device, byte by byte over a chunked buffer (separators and quotes are ASCII,
// so this is safe for UTF-8 and Windows-1252 alike).
class Tokenizer
{
public:
    Tokenizer(QIODevice &device, char separator)
        : m_device(device)
        , m_separator(separator)
    {
    }

    QString error;

    // Next non-empty row; false at the end of the file or on error.
    bool nextRow(std::vector<std::string> &fields, qint64 *line)
    {
        for (;;) {
            fields.clear();
            if (!more())
                return false;
            *line = m_line;
            std::string field;
            bool quoted = false;
            bool inQuotes = false;
            bool rowDone = false;
            while (!rowDone) {
                int c = get();
                if (c < 0) {
                    if (inQuotes) {
                        error
                            = Text::tr("line %1: a quoted field is not closed (the file may be truncated)").arg(*line);
                        return false;
                    }
                    break;
                }
                if (inQuotes) {
                    if (c == '"') {
                        if (peek() == '"') {
                            get();
                            field += '"';
                        } else {
                            inQuotes = false;
                        }
                    } else {
                        if (c == '\n')
                            ++m_line;
                        field += char(c);
                    }
                } else if (c == '"' && field.empty() && !quoted) {
                    inQuotes = quoted = true;
                } else if (c == m_separator) {
                    fields.push_back(std::move(field));
                    field.clear();
                    quoted = false;
                } else if (c == '\n') {
                    ++m_line;
                    rowDone = true;
                } else if (c == '\r') {
                    if (peek() == '\n')
                        continue;
                    ++m_line; // old Mac line ending
                    rowDone = true;
                } else {
                    field += char(c);
                }
                if (qsizetype(field.size()) > kMaxField) {
                    error = Text::tr("line %1: a field is longer than %2 MB; the file is probably not CSV")
                                .arg(*line)
                                .arg(kMaxField / (1024 * 1024));
                    return false;
                }
            }
            fields.push_back(std::move(field));
            if (fields.size() == 1 && fields.front().empty())
                continue; // blank line
            return true;
        }
    }

private:
    bool more()
    {
        if (m_pos < m_end)
            return true;
        fill();
        return m_pos < m_end;
    }
    int get()
    {
        if (m_pos >= m_end && !(fill(), m_pos < m_end))
            return -1;
        return quint8(m_buffer[size_t(m_pos++)]);
    }
    int peek()
    {
        if (m_pos >= m_end && !(fill(), m_pos < m_end))
            return -1;
        return quint8(m_buffer[size_t(m_pos)]);
    }
    void fill()
    {
        m_buffer.resize(256 * 1024);
        const qint64 n = m_device.read(m_buffer.data(), qint64(m_buffer.size()));
        m_pos = 0;
        m_end = n > 0 ? qsizetype(n) : 0;
    }

    QIODevice &m_device;
    char m_separator;
    std::vector<char> m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    qint64 m_line = 1;
};

QString headerKey(const QString &header)
{
    const QString decomposed = header.normalized(QString::NormalizationForm_D).toLower();
    QString key;
    for (QChar c : decomposed) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            key += c;
    }
    return key;
}

struct Alias
{
    const char *field;
    std::initializer_list<const char *> keys;
};

// Header names of the official exports (etalab "decp.csv", data.economie.gouv.fr) and usual spreadsheet titles,
// as headerKey() reduces them.
const Alias kAliases[] = {
    {"id", {"id", "idmarche", "identifiant", "identifiantmarche", "numeromarche", "reference", "referencemarche"}},
    {"buyerId", {"acheteurid", "idacheteur", "acheteursiret", "siretacheteur", "acheteur"}},
    {"buyerName", {"acheteurnom", "nomacheteur", "acheteurdenomination", "acheteurname"}},
    {"object", {"objet", "objetmarche", "object"}},
    {"cpv", {"codecpv", "cpv", "cpvcode"}},
    {"procedure", {"procedure"}},
    {"nature", {"nature", "naturemarche"}},
    {"amount", {"montant", "montantht", "montantmarche", "montantinitial", "amount"}},
    {"notifiedOn", {"datenotification", "notification"}},
    {"publishedOn", {"datepublicationdonnees", "datepublication"}},
    {"durationMonths", {"dureemois", "duree", "dureeenmois"}},
    {"territory", {"lieuexecutionnom", "lieuexecution", "lieuexecutioncode", "lieu"}},
    {"holderId", {"titulaireid", "idtitulaire", "titulairesiret", "sirettitulaire", "titulaireidentifiant", "siret"}},
    {"holderIdType", {"titulairetypeidentifiant", "typeidentifianttitulaire", "typeidentifiant"}},
    {"holderName",
     {"titulairedenominationsociale", "denominationsociale", "titulairenom", "nomtitulaire", "titulaire",
      "raisonsociale"}},
};

} // namespace

const QStringList &CsvMapping::fields()
{
    static const QStringList list = [] {
        QStringList l;
        for (const Alias &alias : kAliases)
            l << QString::fromLatin1(alias.field);
        return l;
    }();
    return list;
}

CsvMapping CsvMapping::detect(const QStringList &headers)
{
    CsvMapping mapping;
    QStringList keys;
    for (const QString &header : headers)
        keys << headerKey(header);
    for (const Alias &alias : kAliases) {
        // The earlier alias wins: "lieuExecution.nom" before "lieuExecution.code".
        for (const char *candidate : alias.keys) {
            const qsizetype at = keys.indexOf(QLatin1String(candidate));
            if (at >= 0) {
                mapping.columns.insert(QString::fromLatin1(alias.field), headers.at(at));
                break;
            }
        }
    }
    return mapping;
}

CsvMapping CsvMapping::fromString(const QString &text, QString *error)
{
    CsvMapping mapping;
    const QStringList pairs = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString field = pair.left(eq).trimmed();
        if (eq <= 0 || !fields().contains(field)) {
            if (error)
                *error = Text::tr("\"%1\" is not FIELD=Header with FIELD one of %2")
                             .arg(pair, fields().join(QStringLiteral(", ")));
            return {};
        }
        mapping.columns.insert(field, pair.mid(eq + 1).trimmed());
    }
    return mapping;
}

CsvReader::CsvReader(CsvMapping mapping)
    : m_mapping(std::move(mapping))
{
}

CsvInfo CsvReader::inspect(QIODevice &device)
{
    CsvInfo info;
    QByteArray sample = device.peek(kSample);
    const bool bom = sample.startsWith("\xEF\xBB\xBF");
    if (bom)
        sample.remove(0, 3);
    info.encoding
        = bom || isUtf8(sample, sample.size() < kSample) ? QStringLiteral("UTF-8") : QStringLiteral("Windows-1252");
    info.separator = detectSeparator(sample);
    // Tokenise the sample itself, from a buffer, so the device is not consumed.
    QBuffer sampleDevice(&sample);
    sampleDevice.open(QIODevice::ReadOnly);
    Tokenizer tokenizer(sampleDevice, info.separator);
    std::vector<std::string> fields;
    qint64 line = 0;
    const bool utf8 = info.encoding == QLatin1String("UTF-8");
    auto decode = [utf8](const std::string &bytes) {
        return utf8 ? QString::fromUtf8(bytes.data(), qsizetype(bytes.size())) : fromCp1252(bytes);
    };
    if (tokenizer.nextRow(fields, &line)) {
        for (const std::string &f : fields)
            info.headers << decode(f).trimmed();
    }
    while (info.sampleRows.size() < 5 && tokenizer.nextRow(fields, &line)) {
        QStringList row;
        for (const std::string &f : fields)
            row << decode(f);
        info.sampleRows << row;
    }
    return info;
}

bool CsvReader::read(QIODevice &device, const Sink &sink)
{
    m_error.clear();
    m_stopped = false;
    m_records = 0;

    const CsvInfo info = inspect(device);
    if (device.peek(3) == QByteArrayLiteral("\xEF\xBB\xBF"))
        device.read(3);
    const bool utf8 = info.encoding == QLatin1String("UTF-8");
    if (info.headers.isEmpty()) {
        m_error = Text::tr("the file is empty");
        return false;
    }
    if (m_mapping.isEmpty())
        m_mapping = CsvMapping::detect(info.headers);

    // Column of each mapped field; -1 when absent.
    QHash<QString, int> column;
    QStringList lowered;
    for (const QString &h : info.headers)
        lowered << h.trimmed().toLower();
    for (auto it = m_mapping.columns.cbegin(); it != m_mapping.columns.cend(); ++it) {
        const qsizetype at = lowered.indexOf(it.value().trimmed().toLower());
        if (at < 0) {
            m_error = Text::tr("the column \"%1\" (for %2) is not in the header row").arg(it.value(), it.key());
            return false;
        }
        column.insert(it.key(), int(at));
    }
    if (!column.contains(QStringLiteral("id")) || !column.contains(QStringLiteral("buyerId"))) {
        m_error = Text::tr("no column for the contract id or the buyer id; the header row has: %1")
                      .arg(info.headers.join(QStringLiteral(", ")));
        return false;
    }
    const int idCol = column.value(QStringLiteral("id"));
    const int buyerCol = column.value(QStringLiteral("buyerId"));
    auto col = [&column](const char *field) { return column.value(QString::fromLatin1(field), -1); };
    const int holderIdCol = col("holderId");
    const int holderTypeCol = col("holderIdType");
    const int holderNameCol = col("holderName");

    struct Simple
    {
        const char *key;
        int column;
    };
    const Simple simple[] = {{"objet", col("object")},
                             {"codeCPV", col("cpv")},
                             {"procedure", col("procedure")},
                             {"nature", col("nature")},
                             {"montant", col("amount")},
                             {"dateNotification", col("notifiedOn")},
                             {"datePublicationDonnees", col("publishedOn")},
                             {"dureeMois", col("durationMonths")},
                             {"lieuExecution", col("territory")}};

    Tokenizer tokenizer(device, info.separator);
    std::vector<std::string> fields;
    qint64 line = 0;
    tokenizer.nextRow(fields, &line); // header

    RecordTree tree;
    int holdersNode = RecordTree::kNone;
    std::string pendingKey;
    qint64 pendingLine = 0;
    std::vector<std::string> pendingHolders;
    std::string converted;

    auto cell = [&fields](int c) -> const std::string & {
        static const std::string empty;
        return c >= 0 && size_t(c) < fields.size() ? fields[size_t(c)] : empty;
    };
    // Tree text is UTF-8; Windows-1252 cells are converted.
    auto value = [&](int c) -> std::string_view {
        const std::string &raw = cell(c);
        if (utf8)
            return raw;
        converted = fromCp1252(raw).toStdString();
        return converted;
    };
    auto addString = [&](int parent, const char *key, int c) {
        if (c < 0 || cell(c).empty())
            return;
        const std::string v(value(c));
        tree.add(parent, key, RecordTree::Type::String, v);
    };
    auto addHolder = [&] {
        if (holderIdCol < 0 && holderNameCol < 0)
            return;
        const std::string holderKey = cell(holderIdCol) + '\x1f' + cell(holderNameCol);
        if (cell(holderIdCol).empty() && cell(holderNameCol).empty())
            return;
        pendingHolders.push_back(holderKey);
        const int h = tree.add(holdersNode, {}, RecordTree::Type::Object);
        addString(h, "id", holderIdCol);
        addString(h, "typeIdentifiant", holderTypeCol);
        addString(h, "denominationSociale", holderNameCol);
    };
    auto flush = [&]() -> bool {
        if (pendingKey.empty())
            return true;
        pendingKey.clear();
        Record record;
        extractRecord(tree, 0, RecordKind::Contract, record);
        record.index = ++m_records;
        record.position = pendingLine;
        if (!sink(record)) {
            m_stopped = true;
            return false;
        }
        return true;
    };

    while (tokenizer.nextRow(fields, &line)) {
        const std::string key = cell(buyerCol) + '\x1f' + cell(idCol);
        const std::string holderKey = cell(holderIdCol) + '\x1f' + cell(holderNameCol);
        const bool sameContract = !pendingKey.empty() && key == pendingKey
            && std::find(pendingHolders.begin(), pendingHolders.end(), holderKey) == pendingHolders.end();
        if (sameContract) {
            addHolder(); // the next holder of a contract listed one holder per row
            continue;
        }
        if (!flush())
            return false;
        pendingKey = key.size() > 1 ? key : std::string("\x1f\x1f");
        pendingLine = line;
        pendingHolders.clear();
        tree.clear();
        const int root = tree.add(RecordTree::kNone, {}, RecordTree::Type::Object);
        addString(root, "id", idCol);
        const int buyer = tree.add(root, "acheteur", RecordTree::Type::Object);
        addString(buyer, "id", buyerCol);
        addString(buyer, "nom", col("buyerName"));
        for (const Simple &s : simple)
            addString(root, s.key, s.column);
        holdersNode = tree.add(root, "titulaires", RecordTree::Type::Array);
        addHolder();
    }
    if (!tokenizer.error.isEmpty()) {
        m_error = tokenizer.error;
        return false;
    }
    return flush();
}

} // namespace vigie::decp
