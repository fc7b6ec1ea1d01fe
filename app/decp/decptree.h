#pragma once

#include "decprecord.h"

#include <string>
#include <string_view>
#include <vector>

namespace vigie::decp {

/// The parsed content of ONE record, as a small tree of keys and values whose storage is reused
/// from record to record (no allocation per record once warmed up). JSON and XML readers fill it;
/// extractRecord() maps it to a Record, so both layouts and both syntaxes share one mapping.
class RecordTree
{
public:
    enum class Type : quint8 { Object, Array, String, Number, Bool, Null };
    static constexpr int kNone = -1;

    void clear();
    /// Appends a node under `parent` (kNone for the root) and returns its index.
    int add(int parent, std::string_view key, Type type, std::string_view value = {});
    void setValue(int node, Type type, std::string_view value);

    int size() const { return int(m_nodes.size()); }
    qsizetype textSize() const { return qsizetype(m_text.size()); }

    Type type(int node) const { return m_nodes[size_t(node)].type; }
    std::string_view key(int node) const;
    std::string_view value(int node) const;
    int parent(int node) const { return m_nodes[size_t(node)].parent; }
    int firstChild(int node) const { return m_nodes[size_t(node)].firstChild; }
    int next(int node) const { return m_nodes[size_t(node)].next; }
    /// First child of `node` with that key, or kNone.
    int child(int node, std::string_view key) const;

private:
    struct Node
    {
        int parent;
        int firstChild;
        int lastChild;
        int next;
        quint32 keyPos;
        quint32 keyLen;
        quint32 valuePos;
        quint32 valueLen;
        Type type;
    };
    std::vector<Node> m_nodes;
    std::string m_text;
};

/// Fills `record` from the tree rooted at `root`. `kindHint` is what the enclosing list says
/// (a "contrat-concession" list holds concessions); the content may also say it is a concession.
/// `record.index` and `record.position` are left to the caller.
void extractRecord(const RecordTree &tree, int root, RecordKind kindHint, Record &record);

} // namespace vigie::decp
