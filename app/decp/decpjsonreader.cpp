#include "decpjsonreader.h"

#include "decptree.h"

#include <QCoreApplication>
#include <QIODevice>

#include <cstring>
#include <rapidjson/reader.h>
#include <string>
#include <vector>

namespace vigie::decp {

namespace {

// lupdate files these strings under vigie::decp::JsonReader (a free Text::tr() function would hide them from it).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(vigie::decp::JsonReader)
};

// A RapidJSON input stream over a QIODevice, read in fixed chunks (modelled on FileReadStream),
// that also keeps track of lines for error messages.
class DeviceStream
{
public:
    using Ch = char;

    explicit DeviceStream(QIODevice &device)
        : m_device(device)
        , m_buffer(kChunk + 1)
    {
        fill();
        if (m_readCount >= 3 && std::memcmp(m_buffer.data(), "\xEF\xBB\xBF", 3) == 0)
            m_current += 3; // UTF-8 byte-order mark
    }

    Ch Peek() const { return *m_current; }
    Ch Take()
    {
        const Ch c = *m_current;
        advance();
        return c;
    }
    size_t Tell() const { return size_t(m_count + (m_current - m_buffer.data())); }

    // In-situ parsing is not used; RapidJSON's concept still asks for these.
    Ch *PutBegin()
    {
        RAPIDJSON_ASSERT(false);
        return nullptr;
    }
    void Put(Ch) { RAPIDJSON_ASSERT(false); }
    void Flush() { RAPIDJSON_ASSERT(false); }
    size_t PutEnd(Ch *)
    {
        RAPIDJSON_ASSERT(false);
        return 0;
    }

    bool ioError() const { return m_ioError; }
    QString ioErrorString() const { return m_device.errorString(); }

    // 1-based line and column (in bytes) of the current position.
    void position(qint64 *line, qint64 *column) const
    {
        const char *begin = m_buffer.data();
        qint64 lines = m_lines;
        qint64 lineStart = m_lineStart;
        for (const char *p = begin; p < m_current; ++p) {
            if (*p == '\n') {
                ++lines;
                lineStart = m_count + (p - begin) + 1;
            }
        }
        *line = lines + 1;
        *column = qint64(Tell()) - lineStart + 1;
    }

private:
    static constexpr qsizetype kChunk = 256 * 1024;

    void advance()
    {
        if (m_current < m_last) {
            ++m_current;
        } else if (!m_eof) {
            const char *begin = m_buffer.data();
            for (const char *p = begin; p < begin + m_readCount; ++p) {
                if (*p == '\n') {
                    ++m_lines;
                    m_lineStart = m_count + (p - begin) + 1;
                }
            }
            m_count += m_readCount;
            fill();
        }
    }

    void fill()
    {
        // QIODevice::read may return less than asked before the end (pipes); read until full.
        qsizetype total = 0;
        while (total < kChunk) {
            const qint64 n = m_device.read(m_buffer.data() + total, kChunk - total);
            if (n < 0) {
                m_ioError = true;
                break;
            }
            if (n == 0 && (m_device.atEnd() || !m_device.waitForReadyRead(30000)))
                break;
            total += qsizetype(n);
        }
        m_readCount = total;
        m_current = m_buffer.data();
        m_last = m_buffer.data() + m_readCount - 1;
        if (m_readCount < kChunk) {
            m_buffer[size_t(m_readCount)] = '\0';
            ++m_last;
            m_eof = true;
        }
    }

    QIODevice &m_device;
    std::vector<char> m_buffer;
    char *m_current = nullptr;
    char *m_last = nullptr;
    qsizetype m_readCount = 0;
    qint64 m_count = 0; // bytes before the buffer
    qint64 m_lines = 0; // newlines before the buffer
    qint64 m_lineStart = 0; // offset of the first byte of the current line, if before the buffer
    bool m_eof = false;
    bool m_ioError = false;
};

bool isConcessionListKey(std::string_view key)
{
    return key == "contrat-concession" || key == "contrats-concession" || key == "concessions" || key == "concession"
        || key == "contratsConcession";
}

class Handler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Handler>
{
public:
    Handler(DeviceStream &stream, const RecordReader::Sink &sink, qint64 &records)
        : m_stream(stream)
        , m_sink(sink)
        , m_records(records)
    {
    }

    bool stopped = false;
    QString limitError;

    bool Null() { return scalar(RecordTree::Type::Null, {}); }
    bool Bool(bool b) { return scalar(RecordTree::Type::Bool, b ? "true" : "false"); }
    bool RawNumber(const char *s, rapidjson::SizeType n, bool) { return scalar(RecordTree::Type::Number, {s, n}); }
    bool String(const char *s, rapidjson::SizeType n, bool) { return scalar(RecordTree::Type::String, {s, n}); }
    bool Key(const char *s, rapidjson::SizeType n, bool)
    {
        m_key.assign(s, n);
        return true;
    }
    bool StartObject() { return start(RecordTree::Type::Object); }
    bool EndObject(rapidjson::SizeType) { return end(); }
    bool StartArray() { return start(RecordTree::Type::Array); }
    bool EndArray(rapidjson::SizeType) { return end(); }

private:
    // What a container outside the records is to us.
    enum class Role { Root, Marches, ContractList, ConcessionList, Ignored };

    std::string_view childKey() const
    {
        // Inside an array, children have no key.
        if (!m_nodes.empty())
            return m_tree.type(m_nodes.back()) == RecordTree::Type::Array ? std::string_view() : m_key;
        return m_key;
    }

    bool checkLimits()
    {
        if (m_tree.textSize() > JsonReader::kMaxRecordText || m_tree.size() > 4'000'000) {
            limitError = Text::tr("record %1 is too large (over %2 MB of text); the file is probably damaged")
                             .arg(m_records + 1)
                             .arg(JsonReader::kMaxRecordText / (1024 * 1024));
            return false;
        }
        return true;
    }

    bool start(RecordTree::Type type)
    {
        if (!m_nodes.empty()) {
            m_nodes.push_back(m_tree.add(m_nodes.back(), childKey(), type));
            return checkLimits();
        }
        if (m_frames.empty()) {
            m_frames.push_back(type == RecordTree::Type::Array ? Role::ContractList : Role::Root);
            return true;
        }
        const Role parent = m_frames.back();
        switch (parent) {
        case Role::ContractList:
        case Role::ConcessionList:
            if (type == RecordTree::Type::Object)
                return startRecord(parent == Role::ConcessionList ? RecordKind::Concession : RecordKind::Contract);
            m_frames.push_back(Role::Ignored);
            return emitInvalid();
        case Role::Root:
            if (m_key == "marches") {
                m_frames.push_back(type == RecordTree::Type::Array ? Role::ContractList : Role::Marches);
                return true;
            }
            [[fallthrough]]; // a root holding "marche" directly is read like "marches"
        case Role::Marches:
            if (m_key == "marche") {
                if (type == RecordTree::Type::Object)
                    return startRecord(RecordKind::Contract); // a list of one, flattened
                m_frames.push_back(Role::ContractList);
                return true;
            }
            if (isConcessionListKey(m_key)) {
                if (type == RecordTree::Type::Object)
                    return startRecord(RecordKind::Concession);
                m_frames.push_back(Role::ConcessionList);
                return true;
            }
            m_frames.push_back(Role::Ignored);
            return true;
        case Role::Ignored:
            m_frames.push_back(Role::Ignored);
            return true;
        }
        return true;
    }

    bool startRecord(RecordKind hint)
    {
        m_hint = hint;
        m_recordStart = qint64(m_stream.Tell()); // the iterative parser calls StartObject before taking the brace
        m_tree.clear();
        m_nodes.push_back(m_tree.add(RecordTree::kNone, {}, RecordTree::Type::Object));
        return true;
    }

    bool end()
    {
        if (!m_nodes.empty()) {
            m_nodes.pop_back();
            if (m_nodes.empty())
                return finishRecord();
            return true;
        }
        if (!m_frames.empty())
            m_frames.pop_back();
        return true;
    }

    bool scalar(RecordTree::Type type, std::string_view value)
    {
        if (!m_nodes.empty()) {
            m_tree.add(m_nodes.back(), childKey(), type, value);
            return checkLimits();
        }
        if (!m_frames.empty() && (m_frames.back() == Role::ContractList || m_frames.back() == Role::ConcessionList))
            return emitInvalid();
        return true;
    }

    bool emitInvalid()
    {
        Record record;
        record.kind = RecordKind::Invalid;
        record.index = ++m_records;
        record.position = qint64(m_stream.Tell());
        return deliver(record);
    }

    bool finishRecord()
    {
        Record record;
        extractRecord(m_tree, 0, m_hint, record);
        record.index = ++m_records;
        record.position = m_recordStart;
        return deliver(record);
    }

    bool deliver(Record &record)
    {
        if (!m_sink(record)) {
            stopped = true;
            return false;
        }
        return true;
    }

    DeviceStream &m_stream;
    const RecordReader::Sink &m_sink;
    qint64 &m_records;
    std::vector<Role> m_frames;
    std::vector<int> m_nodes; // open containers of the current record
    RecordTree m_tree;
    RecordKind m_hint = RecordKind::Contract;
    qint64 m_recordStart = 0;
    std::string m_key;
};

QString describe(rapidjson::ParseErrorCode code)
{
    using namespace rapidjson;
    switch (code) {
    case kParseErrorDocumentEmpty:
        return Text::tr("the file is empty");
    case kParseErrorDocumentRootNotSingular:
        return Text::tr("unexpected text after the end of the JSON document");
    case kParseErrorValueInvalid:
        return Text::tr("invalid value (the file may be truncated or not JSON)");
    case kParseErrorObjectMissName:
        return Text::tr("a member name is missing in an object");
    case kParseErrorObjectMissColon:
        return Text::tr("a colon is missing after a member name");
    case kParseErrorObjectMissCommaOrCurlyBracket:
        return Text::tr("a comma or '}' is missing after an object member (the file may be truncated)");
    case kParseErrorArrayMissCommaOrSquareBracket:
        return Text::tr("a comma or ']' is missing after an array element (the file may be truncated)");
    case kParseErrorStringUnicodeEscapeInvalidHex:
    case kParseErrorStringUnicodeSurrogateInvalid:
    case kParseErrorStringEscapeInvalid:
        return Text::tr("invalid escape sequence in a string");
    case kParseErrorStringMissQuotationMark:
        return Text::tr("a string is not closed (the file may be truncated)");
    case kParseErrorStringInvalidEncoding:
        return Text::tr("invalid encoding in a string");
    case kParseErrorNumberTooBig:
    case kParseErrorNumberMissFraction:
    case kParseErrorNumberMissExponent:
        return Text::tr("invalid number");
    default:
        return Text::tr("invalid JSON");
    }
}

} // namespace

bool JsonReader::read(QIODevice &device, const Sink &sink)
{
    m_error.clear();
    m_stopped = false;
    m_records = 0;
    DeviceStream stream(device);
    Handler handler(stream, sink, m_records);
    rapidjson::Reader reader;
    constexpr unsigned flags = rapidjson::kParseIterativeFlag | rapidjson::kParseNumbersAsStringsFlag
        | rapidjson::kParseTrailingCommasFlag | rapidjson::kParseCommentsFlag;
    const rapidjson::ParseResult result = reader.Parse<flags>(stream, handler);
    if (stream.ioError()) {
        m_error = Text::tr("read error: %1").arg(stream.ioErrorString());
        return false;
    }
    if (!result.IsError())
        return true;
    if (handler.stopped) {
        m_stopped = true;
        return false;
    }
    qint64 line = 0;
    qint64 column = 0;
    stream.position(&line, &column);
    const QString what = handler.limitError.isEmpty() ? describe(result.Code()) : handler.limitError;
    m_error = Text::tr("line %1, column %2 (byte %3): %4").arg(line).arg(column).arg(qint64(result.Offset())).arg(what);
    return false;
}

} // namespace vigie::decp
