#include "decptree.h"

#include "decpfields.h"

#include <QCoreApplication>

namespace vigie::decp {

namespace {

// lupdate files these strings under vigie::decp::Record (a free Text::tr() function would hide them from it).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(vigie::decp::Record)
};

using Type = RecordTree::Type;
constexpr int kNone = RecordTree::kNone;

class Extractor
{
public:
    Extractor(const RecordTree &tree, Record &record)
        : m_tree(tree)
        , m_record(record)
    {
    }

    void issue(FieldIssue::Kind kind, const QString &field, const QString &message)
    {
        m_record.issues.append(FieldIssue {kind, field, message});
    }

    static QString join(const QString &path, const char *key)
    {
        return path.isEmpty() ? QString::fromLatin1(key) : path + QLatin1Char('.') + QLatin1String(key);
    }

    bool isScalar(int node) const
    {
        const Type t = m_tree.type(node);
        return t == Type::String || t == Type::Number || t == Type::Bool;
    }

    // The text of a scalar child; empty when missing or null. A list or object where a value is
    // expected is reported and read as unknown.
    QString text(int parent, const char *key, const QString &path, bool freeText = false)
    {
        const int node = m_tree.child(parent, key);
        if (node == kNone || m_tree.type(node) == Type::Null)
            return {};
        if (!isScalar(node)) {
            issue(FieldIssue::Kind::ValueUnknown, join(path, key),
                  Text::tr("a value was expected, not a list or object"));
            return {};
        }
        const std::string_view v = m_tree.value(node);
        QString result = QString::fromUtf8(v.data(), qsizetype(v.size())).trimmed();
        if (freeText && looksMangled(result)) {
            issue(FieldIssue::Kind::Suspicious, join(path, key),
                  Text::tr("the text looks mangled by a wrong encoding; kept as it is"));
        }
        if (result.contains(QChar(0))) {
            // (data safety) A NUL ("\u0000") cuts text short in C tools and spreadsheets: replaced, and said so.
            result.replace(QChar(0), QChar(QChar::ReplacementCharacter));
            issue(FieldIssue::Kind::Suspicious, join(path, key),
                  Text::tr("the text holds NUL characters, replaced by U+FFFD"));
        }
        return result;
    }

    std::optional<Cents> amount(int parent, const char *key, const QString &path)
    {
        const int node = m_tree.child(parent, key);
        if (node == kNone || m_tree.type(node) == Type::Null)
            return std::nullopt;
        QString error;
        std::optional<Cents> cents;
        if (m_tree.type(node) == Type::Number) {
            const std::string_view v = m_tree.value(node);
            cents = amountFromNumber(QByteArrayView(v.data(), qsizetype(v.size())), &error);
        } else if (m_tree.type(node) == Type::String) {
            const QString t = text(parent, key, path);
            if (t.isEmpty())
                return std::nullopt;
            cents = amountFromText(t, &error);
        } else {
            error = Text::tr("a value was expected, not a list or object");
        }
        if (!cents) {
            issue(FieldIssue::Kind::ValueUnknown, join(path, key), error + Text::tr("; amount unknown"));
            return std::nullopt;
        }
        if (*cents == 0) {
            // DECP publishers write 0 when they do not give the amount; no contract is worth 0 €.
            issue(FieldIssue::Kind::Note, join(path, key), Text::tr("amount 0 read as unknown"));
            return std::nullopt;
        }
        return cents;
    }

    PartialDate date(int parent, const char *key, const QString &path)
    {
        const QString t = text(parent, key, path);
        if (t.isEmpty())
            return {};
        QString error;
        const std::optional<PartialDate> d = parseDate(t, &error);
        if (!d) {
            issue(FieldIssue::Kind::ValueUnknown, join(path, key), error + Text::tr("; date unknown"));
            return {};
        }
        return *d;
    }

    std::optional<int> duration(int parent, const char *key, const QString &path)
    {
        const QString t = text(parent, key, path);
        if (t.isEmpty())
            return std::nullopt;
        QString error;
        const std::optional<int> months = parseDuration(t, &error);
        if (!months) {
            issue(FieldIssue::Kind::ValueUnknown, join(path, key), error + Text::tr("; duration unknown"));
            return std::nullopt;
        }
        if (*months == 0) {
            issue(FieldIssue::Kind::Note, join(path, key), Text::tr("duration 0 read as unknown"));
            return std::nullopt;
        }
        return months;
    }

    // The items of a DECP list, whatever its form: [{"titulaire": {...}}] (2022+), [{...}] (2019),
    // {"titulaire": [...]} (converted XML) or <titulaires><titulaire>...</titulaire></titulaires>.
    QList<int> items(int parent, const char *listKey, std::string_view wrapper)
    {
        QList<int> result;
        const int list = m_tree.child(parent, listKey);
        if (list == kNone || m_tree.type(list) == Type::Null)
            return result;
        auto addWrapped = [&](int item) {
            if (m_tree.type(item) == Type::Array) {
                for (int c = m_tree.firstChild(item); c != kNone; c = m_tree.next(c))
                    result.append(c);
            } else {
                result.append(item);
            }
        };
        if (m_tree.type(list) == Type::Array) {
            for (int c = m_tree.firstChild(list); c != kNone; c = m_tree.next(c)) {
                const int wrapped = m_tree.type(c) == Type::Object ? m_tree.child(c, wrapper) : kNone;
                if (wrapped != kNone && m_tree.type(wrapped) != Type::Null
                    && (m_tree.type(wrapped) == Type::Object || m_tree.type(wrapped) == Type::Array))
                    addWrapped(wrapped);
                else
                    result.append(c);
            }
        } else if (m_tree.type(list) == Type::Object) {
            bool wrappedFound = false;
            for (int c = m_tree.firstChild(list); c != kNone; c = m_tree.next(c)) {
                if (m_tree.key(c) == wrapper) {
                    wrappedFound = true;
                    addWrapped(c);
                }
            }
            if (!wrappedFound && m_tree.child(list, "id") != kNone)
                result.append(list); // a single item without its wrapper
        } else if (!m_tree.value(list).empty()) {
            issue(FieldIssue::Kind::ValueUnknown, QString::fromLatin1(listKey),
                  Text::tr("a list was expected; ignored"));
        }
        return result;
    }

    Party party(int node, const QString &path)
    {
        Party p;
        if (node == kNone)
            return p;
        if (isScalar(node)) { // "acheteur": "21750001630066"
            const std::string_view v = m_tree.value(node);
            p.id = QString::fromUtf8(v.data(), qsizetype(v.size())).trimmed();
            return p;
        }
        if (m_tree.type(node) != Type::Object)
            return p;
        p.id = text(node, "id", path);
        p.idType = text(node, "typeIdentifiant", path);
        p.name = text(node, "denominationSociale", path, true);
        if (p.name.isEmpty())
            p.name = text(node, "nom", path, true);
        return p;
    }

    QList<Party> holders(int parent, const QString &path)
    {
        QList<Party> result;
        const QList<int> nodes = items(parent, "titulaires", "titulaire");
        for (int i = 0; i < nodes.size(); ++i)
            result.append(party(nodes.at(i), path + QStringLiteral("titulaires[%1]").arg(i + 1)));
        return result;
    }

    void run(int root, RecordKind hint)
    {
        Record &r = m_record;
        r.kind = hint;
        if (m_tree.type(root) != Type::Object) {
            r.kind = RecordKind::Invalid;
            return;
        }
        const QString type = text(root, "_type", {});
        if (type.contains(QLatin1String("oncession")))
            r.kind = RecordKind::Concession;
        else if (m_tree.child(root, "acheteur") == kNone
                 && (m_tree.child(root, "autoriteConcedante") != kNone
                     || m_tree.child(root, "concessionnaires") != kNone))
            r.kind = RecordKind::Concession;

        r.id = text(root, "id", {});
        if (r.kind == RecordKind::Concession) {
            r.buyer = party(m_tree.child(root, "autoriteConcedante"), QStringLiteral("autoriteConcedante"));
            r.object = text(root, "objet", {}, true);
            return; // skipped by the importer: no need to read the rest
        }
        r.buyer = party(m_tree.child(root, "acheteur"), QStringLiteral("acheteur"));
        r.object = text(root, "objet", {}, true);
        if (const QString cpv = text(root, "codeCPV", {}); !cpv.isEmpty()) {
            QString error;
            r.cpv = normalizeCpv(cpv, &error);
            if (r.cpv.isEmpty())
                issue(FieldIssue::Kind::ValueUnknown, QStringLiteral("codeCPV"),
                      error + Text::tr("; CPV code unknown"));
        }
        r.procedure = text(root, "procedure", {});
        r.nature = text(root, "nature", {});
        r.amount = amount(root, "montant", {});
        r.notifiedOn = date(root, "dateNotification", {});
        r.publishedOn = date(root, "datePublicationDonnees", {});
        r.durationMonths = duration(root, "dureeMois", {});

        const int place = m_tree.child(root, "lieuExecution");
        if (place != kNone && m_tree.type(place) == Type::Object) {
            const QString code = text(place, "code", QStringLiteral("lieuExecution"));
            const QString typeCode = text(place, "typeCode", QStringLiteral("lieuExecution"));
            const QString name = text(place, "nom", QStringLiteral("lieuExecution"), true);
            QString territory = typeCode.isEmpty() || code.isEmpty() ? code : typeCode + QLatin1Char(' ') + code;
            if (!name.isEmpty())
                territory = territory.isEmpty() ? name : territory + QStringLiteral(" (") + name + QLatin1Char(')');
            r.territory = territory;
        } else if (place != kNone && isScalar(place)) {
            r.territory = text(root, "lieuExecution", {});
        }

        r.holders = holders(root, {});

        const QList<int> modifications = items(root, "modifications", "modification");
        for (int i = 0; i < modifications.size(); ++i) {
            const int node = modifications.at(i);
            const QString path = QStringLiteral("modifications[%1]").arg(i + 1);
            if (m_tree.type(node) != Type::Object)
                continue;
            Modification m;
            m.id = text(node, "id", path);
            m.object = text(node, "objetModification", path, true);
            m.signedOn = date(node, "dateNotificationModification", path);
            if (m.signedOn.isUnknown())
                m.signedOn = date(node, "dateSignatureModification", path);
            m.publishedOn = date(node, "datePublicationDonneesModification", path);
            m.amount = amount(node, "montant", path);
            m.durationMonths = duration(node, "dureeMois", path);
            m.holders = holders(node, path + QLatin1Char('.'));
            r.modifications.append(m);
        }

        const QList<int> acts = items(root, "actesSousTraitance", "acteSousTraitance");
        for (int i = 0; i < acts.size(); ++i) {
            const int node = acts.at(i);
            const QString path = QStringLiteral("actesSousTraitance[%1]").arg(i + 1);
            if (m_tree.type(node) != Type::Object)
                continue;
            SubcontractingAct a;
            a.id = text(node, "id", path);
            a.subcontractor = party(m_tree.child(node, "sousTraitant"), join(path, "sousTraitant"));
            a.amount = amount(node, "montant", path);
            a.notifiedOn = date(node, "dateNotification", path);
            a.publishedOn = date(node, "datePublicationDonnees", path);
            a.durationMonths = duration(node, "dureeMois", path);
            r.subcontractingActs.append(a);
        }
    }

private:
    const RecordTree &m_tree;
    Record &m_record;
};

} // namespace

void RecordTree::clear()
{
    m_nodes.clear();
    m_text.clear();
}

int RecordTree::add(int parentNode, std::string_view key, Type type, std::string_view value)
{
    Node node {parentNode, kNone, kNone, kNone, quint32(m_text.size()), quint32(key.size()), 0, 0, type};
    m_text.append(key);
    node.valuePos = quint32(m_text.size());
    node.valueLen = quint32(value.size());
    m_text.append(value);
    const int index = int(m_nodes.size());
    m_nodes.push_back(node);
    if (parentNode != kNone) {
        Node &p = m_nodes[size_t(parentNode)];
        if (p.lastChild == kNone)
            p.firstChild = index;
        else
            m_nodes[size_t(p.lastChild)].next = index;
        p.lastChild = index;
    }
    return index;
}

void RecordTree::setValue(int nodeIndex, Type type, std::string_view value)
{
    Node &node = m_nodes[size_t(nodeIndex)];
    node.type = type;
    node.valuePos = quint32(m_text.size());
    node.valueLen = quint32(value.size());
    m_text.append(value);
}

std::string_view RecordTree::key(int nodeIndex) const
{
    const Node &node = m_nodes[size_t(nodeIndex)];
    return std::string_view(m_text.data() + node.keyPos, node.keyLen);
}

std::string_view RecordTree::value(int nodeIndex) const
{
    const Node &node = m_nodes[size_t(nodeIndex)];
    return std::string_view(m_text.data() + node.valuePos, node.valueLen);
}

int RecordTree::child(int nodeIndex, std::string_view childKey) const
{
    for (int c = m_nodes[size_t(nodeIndex)].firstChild; c != kNone; c = m_nodes[size_t(c)].next) {
        if (key(c) == childKey)
            return c;
    }
    return kNone;
}

void extractRecord(const RecordTree &tree, int root, RecordKind kindHint, Record &record)
{
    Extractor(tree, record).run(root, kindHint);
}

PartialDate Record::versionDate() const
{
    PartialDate latest = publishedOn;
    auto consider = [&latest](const PartialDate &d) {
        if (!d.isUnknown() && (latest.isUnknown() || d.earliest() > latest.earliest()))
            latest = d;
    };
    for (const Modification &m : modifications)
        consider(m.publishedOn);
    for (const SubcontractingAct &a : subcontractingActs)
        consider(a.publishedOn);
    return latest;
}

QList<FieldIssue> rejectionReasons(const Record &record)
{
    QList<FieldIssue> reasons;
    switch (record.kind) {
    case RecordKind::Invalid:
        reasons.append({FieldIssue::Kind::ValueUnknown, QString(),
                        Text::tr("not a record (a value where a record was expected)")});
        return reasons;
    case RecordKind::Concession:
        reasons.append(
            {FieldIssue::Kind::Note, QStringLiteral("_type"), Text::tr("concession contract: not imported")});
        return reasons;
    case RecordKind::Contract:
        break;
    }
    if (record.id.isEmpty())
        reasons.append({FieldIssue::Kind::ValueUnknown, QStringLiteral("id"), Text::tr("no contract identifier")});
    if (record.buyer.id.isEmpty())
        reasons.append(
            {FieldIssue::Kind::ValueUnknown, QStringLiteral("acheteur.id"), Text::tr("no buyer identifier")});
    return reasons;
}

} // namespace vigie::decp
