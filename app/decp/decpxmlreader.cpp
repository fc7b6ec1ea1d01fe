#include "decpxmlreader.h"

#include "decptree.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QXmlStreamReader>

#include <vector>

namespace vigie::decp {

namespace {

// lupdate files these strings under vigie::decp::XmlReader (a free Text::tr() function would hide them from it).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(vigie::decp::XmlReader)
};

constexpr qsizetype kMaxRecordText = 64 * 1024 * 1024;

} // namespace

bool XmlReader::read(QIODevice &device, const Sink &sink)
{
    m_error.clear();
    m_stopped = false;
    m_records = 0;

    QXmlStreamReader xml(&device);
    RecordTree tree;
    std::vector<int> nodes; // open elements of the current record
    std::vector<bool> hasChildren; // parallel to nodes
    QString text; // character data of the innermost open element
    RecordKind hint = RecordKind::Contract;
    qint64 recordStart = 0;

    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (nodes.empty()) {
                const bool contract = name == QLatin1String("marche");
                const bool concession
                    = name == QLatin1String("contrat-concession") || name == QLatin1String("contratConcession");
                if (!contract && !concession)
                    continue; // <marches> and anything around the records
                hint = contract ? RecordKind::Contract : RecordKind::Concession;
                recordStart = xml.characterOffset();
                tree.clear();
                nodes.push_back(tree.add(RecordTree::kNone, {}, RecordTree::Type::Object));
                hasChildren.push_back(false);
                text.clear();
                continue;
            }
            hasChildren.back() = true;
            const QByteArray key = name.toUtf8();
            nodes.push_back(tree.add(nodes.back(), std::string_view(key.constData(), size_t(key.size())),
                                     RecordTree::Type::Object));
            hasChildren.push_back(false);
            text.clear();
            if (tree.textSize() > kMaxRecordText) {
                m_error = Text::tr("line %1: record %2 is too large; the file is probably damaged")
                              .arg(xml.lineNumber())
                              .arg(m_records + 1);
                return false;
            }
        } else if (token == QXmlStreamReader::Characters && !nodes.empty()) {
            if (!hasChildren.back())
                text += xml.text();
            if (text.size() > kMaxRecordText) {
                m_error = Text::tr("line %1: record %2 is too large; the file is probably damaged")
                              .arg(xml.lineNumber())
                              .arg(m_records + 1);
                return false;
            }
        } else if (token == QXmlStreamReader::EndElement && !nodes.empty()) {
            const int node = nodes.back();
            if (!hasChildren.back() && nodes.size() > 1) {
                const QByteArray value = text.trimmed().toUtf8();
                tree.setValue(node, value.isEmpty() ? RecordTree::Type::Null : RecordTree::Type::String,
                              std::string_view(value.constData(), size_t(value.size())));
            }
            text.clear();
            nodes.pop_back();
            hasChildren.pop_back();
            if (nodes.empty()) {
                Record record;
                extractRecord(tree, 0, hint, record);
                record.index = ++m_records;
                record.position = recordStart;
                if (!sink(record)) {
                    m_stopped = true;
                    return false;
                }
            }
        }
    }
    if (xml.hasError()) {
        m_error
            = Text::tr("line %1, column %2: %3").arg(xml.lineNumber()).arg(xml.columnNumber()).arg(xml.errorString());
        return false;
    }
    return true;
}

} // namespace vigie::decp
