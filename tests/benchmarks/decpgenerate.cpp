// Writes N synthetic DECP records in one of the layouts Vigie reads, for the import benchmarks:
//   decpgenerate --format json2019|json2022|xml|csv --records N --out FILE [--flat FLAT.csv] [--seed S]
// --flat also writes the same records as one plain CSV row each, for `sqlite3 .import` (the baseline).
// The data are deterministic for a seed: buyers and holders with valid SIRETs, French objects, CPV codes
// with and without check digit, some amendments and about 1 % of repeated records, as real files have.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <random>

namespace {

const char *const kWords[] = {"prestations",
                              "de",
                              "services",
                              "maintenance",
                              "des",
                              "locaux",
                              "accueil",
                              "téléphonique",
                              "plateforme",
                              "numérique",
                              "nettoyage",
                              "fourniture",
                              "matériel",
                              "informatique",
                              "gestion",
                              "documents",
                              "courrier",
                              "numérisation",
                              "formation",
                              "demandeurs",
                              "emploi",
                              "travaux",
                              "rénovation",
                              "bâtiment",
                              "assistance",
                              "technique",
                              "hébergement",
                              "applications",
                              "marché",
                              "subséquent",
                              "lot",
                              "transport",
                              "restauration",
                              "collective",
                              "sécurité",
                              "surveillance",
                              "conseil",
                              "études",
                              "audit",
                              "logiciel",
                              "licences",
                              "réseau",
                              "télécommunications",
                              "impression",
                              "reprographie",
                              "archivage",
                              "énergie",
                              "électricité",
                              "chauffage",
                              "espaces",
                              "verts",
                              "entretien",
                              "voirie",
                              "mobilier",
                              "scolaire",
                              "fournitures",
                              "bureau",
                              "véhicules",
                              "location",
                              "traduction"};
const char *const kCpv[] = {"79512000-6", "72000000-5", "90910000-9", "30200000-1", "79999100-4", "45000000-7",
                            "79342000-3", "80500000-9", "64200000-8", "48000000-8", "79800000-2", "50700000-2",
                            "77313000",   "90911200",   "55523100",   "79710000",   "71000000",   "34110000"};
const char *const kProcedures[]
    = {"Appel d'offres ouvert", "Procédure adaptée", "Procédure négociée avec mise en concurrence préalable",
       "Marché passé sans publicité ni mise en concurrence préalable", "Dialogue compétitif"};
const char *const kNatures[] = {"Marché", "Marché", "Marché", "Marché subséquent", "Marché de partenariat"};
const char *const kSyllables[] = {"TES", "SI",  "MA",  "JO", "REL", "VER", "DI", "COM", "NEX", "TA",  "LOR", "AR",
                                  "GO",  "BEL", "PRI", "SO", "FLU", "XO",  "DA", "NOR", "QUA", "TRI", "VA",  "MEN"};
const char *const kForms[] = {"SAS", "SA", "SARL", "SASU", "EURL", "GIE"};

// A valid SIRET: a SIREN and an establishment number that both pass the Luhn check.
QByteArray luhnComplete(QByteArray digits)
{
    for (char check = '0'; check <= '9'; ++check) {
        QByteArray candidate = digits + check;
        int sum = 0;
        bool twice = false;
        for (qsizetype i = candidate.size() - 1; i >= 0; --i) {
            int d = candidate[i] - '0';
            if (twice && (d *= 2) > 9)
                d -= 9;
            sum += d;
            twice = !twice;
        }
        if (sum % 10 == 0)
            return candidate;
    }
    return {};
}

QByteArray siret(std::mt19937_64 &rng, char first)
{
    QByteArray siren = QByteArray(1, first) + QByteArray::number(qulonglong(rng() % 10000000)).rightJustified(7, '0');
    siren = luhnComplete(siren);
    const QByteArray nic = QByteArray::number(qulonglong(rng() % 10000)).rightJustified(4, '0');
    return luhnComplete(siren + nic);
}

struct Company
{
    QByteArray siret;
    QByteArray name;
};

struct Record
{
    QByteArray id;
    QByteArray buyer;
    QByteArray object;
    QByteArray cpv;
    QByteArray procedure;
    QByteArray nature;
    QByteArray amount; // JSON number text
    QByteArray notified;
    QByteArray published;
    int duration = 0;
    QByteArray place;
    QList<const Company *> holders;
    bool modified = false;
    QByteArray modAmount;
    QByteArray modSigned;
    QByteArray modPublished;
};

QByteArray date(std::mt19937_64 &rng, int fromYear, int years)
{
    const int year = fromYear + int(rng() % years);
    const int month = 1 + int(rng() % 12);
    const int day = 1 + int(rng() % 28);
    return QByteArray::number(year) + '-' + QByteArray::number(month).rightJustified(2, '0') + '-'
        + QByteArray::number(day).rightJustified(2, '0');
}

QByteArray jsonString(const QByteArray &text)
{
    QByteArray out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

QByteArray xmlText(const QByteArray &text)
{
    QByteArray out = text;
    out.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    return out;
}

QByteArray csvField(const QByteArray &text, char separator)
{
    if (!text.contains(separator) && !text.contains('"') && !text.contains('\n'))
        return text;
    QByteArray quoted = text;
    quoted.replace("\"", "\"\"");
    return '"' + quoted + '"';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("format"), QStringLiteral("json2019, json2022, xml or csv"), QStringLiteral("format")});
    parser.addOption({QStringLiteral("records"), QStringLiteral("number of records"), QStringLiteral("n")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("output file"), QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("flat"), QStringLiteral("also write a plain CSV for sqlite3 .import"), QStringLiteral("file")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("random seed"), QStringLiteral("s"), QStringLiteral("1")});
    parser.process(app);
    const QString format = parser.value(QStringLiteral("format"));
    const qint64 count = parser.value(QStringLiteral("records")).toLongLong();
    if (count <= 0 || parser.value(QStringLiteral("out")).isEmpty()
        || !QStringList {QStringLiteral("json2019"), QStringLiteral("json2022"), QStringLiteral("xml"),
                         QStringLiteral("csv")}
                .contains(format)) {
        std::fprintf(stderr,
                     "usage: decpgenerate --format json2019|json2022|xml|csv --records N --out FILE [--flat FILE]\n");
        return 2;
    }
    std::mt19937_64 rng(parser.value(QStringLiteral("seed")).toULongLong());

    QList<QByteArray> buyers;
    for (int i = 0; i < 3000; ++i)
        buyers << siret(rng, '2');
    QList<Company> companies;
    for (int i = 0; i < 60000; ++i) {
        QByteArray name;
        const int syllables = 2 + int(rng() % 3);
        for (int s = 0; s < syllables; ++s)
            name += kSyllables[rng() % std::size(kSyllables)];
        name += ' ';
        name += kForms[rng() % std::size(kForms)];
        companies.append({siret(rng, char('3' + rng() % 6)), name});
    }

    QFile out(parser.value(QStringLiteral("out")));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(out.fileName()));
        return 1;
    }
    QFile flat(parser.value(QStringLiteral("flat")));
    const bool withFlat = !flat.fileName().isEmpty();
    if (withFlat && !flat.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(flat.fileName()));
        return 1;
    }
    QByteArray buffer;
    QByteArray flatBuffer;
    auto flush = [&](bool force) {
        if (force || buffer.size() > (1 << 20)) {
            out.write(buffer);
            buffer.clear();
        }
        if (withFlat && (force || flatBuffer.size() > (1 << 20))) {
            flat.write(flatBuffer);
            flatBuffer.clear();
        }
    };

    const bool json2019 = format == QLatin1String("json2019");
    const bool json2022 = format == QLatin1String("json2022");
    const bool xml = format == QLatin1String("xml");
    const bool csv = format == QLatin1String("csv");
    if (json2019)
        buffer += "{\"marches\": [\n";
    else if (json2022)
        buffer += "{\"marches\": {\"marche\": [\n";
    else if (xml)
        buffer += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<marches>\n";
    else
        buffer += "id;acheteur.id;objet;codeCPV;procedure;nature;montant;dateNotification;datePublicationDonnees;"
                  "dureeMois;lieuExecution.code;titulaire.id;titulaire.typeIdentifiant;titulaire.denominationSociale\n";
    if (withFlat)
        flatBuffer += "id,buyer_id,object,cpv,procedure,nature,amount,notified_on,published_on,duration_months,"
                      "territory,holder_ids,holder_names\n";

    QList<Record> recent; // for repeated records
    for (qint64 i = 0; i < count; ++i) {
        Record r;
        if (!recent.isEmpty() && rng() % 100 == 0) {
            r = recent.at(qsizetype(rng() % quint64(recent.size()))); // the same contract published twice
        } else {
            r.buyer = buyers.at(qsizetype(rng() % quint64(buyers.size())));
            r.id = QByteArray::number(2019 + rng() % 6) + "-" + QByteArray::number(i).rightJustified(8, '0');
            const int words = 4 + int(rng() % 8);
            for (int w = 0; w < words; ++w) {
                if (w)
                    r.object += ' ';
                r.object += kWords[rng() % std::size(kWords)];
            }
            r.cpv = kCpv[rng() % std::size(kCpv)];
            r.procedure = kProcedures[rng() % std::size(kProcedures)];
            r.nature = kNatures[rng() % std::size(kNatures)];
            const quint64 euros = 40000 + rng() % 4960000;
            r.amount = QByteArray::number(euros);
            if (rng() % 3 == 0)
                r.amount += '.' + QByteArray::number(rng() % 100).rightJustified(2, '0');
            r.notified = date(rng, 2019, 5);
            r.published = r.notified.left(4) + "-12-31";
            r.duration = 1 + int(rng() % 60);
            r.place = QByteArray::number(1000 + rng() % 94000).rightJustified(5, '0');
            const int holders = rng() % 100 < 85 ? 1 : (rng() % 100 < 80 ? 2 : 3);
            for (int h = 0; h < holders; ++h)
                r.holders.append(&companies.at(qsizetype(rng() % quint64(companies.size()))));
            r.modified = rng() % 10 == 0;
            if (r.modified) {
                r.modAmount = QByteArray::number(euros + rng() % 100000);
                r.modSigned = date(rng, 2020, 5);
                r.modPublished = r.modSigned;
            }
            if (recent.size() < 1000)
                recent.append(r);
            else
                recent[qsizetype(rng() % 1000)] = r;
        }

        if (json2019 || json2022) {
            if (i)
                buffer += ",\n";
            buffer += "{\"id\": " + jsonString(r.id) + ", \"acheteur\": {\"id\": " + jsonString(r.buyer) + "}, "
                + "\"nature\": " + jsonString(r.nature) + ", \"objet\": " + jsonString(r.object)
                + ", \"codeCPV\": " + jsonString(r.cpv) + ", \"procedure\": " + jsonString(r.procedure)
                + ", \"lieuExecution\": {\"code\": " + jsonString(r.place) + ", \"typeCode\": \"Code postal\"}"
                + ", \"dureeMois\": " + QByteArray::number(r.duration) + ", \"dateNotification\": "
                + jsonString(r.notified) + ", \"datePublicationDonnees\": " + jsonString(r.published)
                + ", \"montant\": " + r.amount + ", \"formePrix\": \"Forfaitaire\", \"titulaires\": [";
            for (qsizetype h = 0; h < r.holders.size(); ++h) {
                if (h)
                    buffer += ", ";
                if (json2019)
                    buffer += "{\"typeIdentifiant\": \"SIRET\", \"id\": " + jsonString(r.holders.at(h)->siret)
                        + ", \"denominationSociale\": " + jsonString(r.holders.at(h)->name) + "}";
                else
                    buffer += "{\"titulaire\": {\"typeIdentifiant\": \"SIRET\", \"id\": "
                        + jsonString(r.holders.at(h)->siret) + "}}";
            }
            buffer += "], \"modifications\": [";
            if (r.modified) {
                const QByteArray m = "\"id\": 1, \"montant\": " + r.modAmount
                    + ", \"dateNotificationModification\": " + jsonString(r.modSigned)
                    + ", \"datePublicationDonneesModification\": " + jsonString(r.modPublished);
                buffer += json2019 ? "{\"objetModification\": \"Avenant 1\", " + m + "}"
                                   : "{\"modification\": {" + m + "}}";
            }
            buffer += "]}";
        } else if (xml) {
            buffer += "<marche><id>" + xmlText(r.id) + "</id><acheteur><id>" + r.buyer + "</id></acheteur><nature>"
                + r.nature + "</nature><objet>" + xmlText(r.object) + "</objet><codeCPV>" + r.cpv
                + "</codeCPV><procedure>" + xmlText(r.procedure) + "</procedure><lieuExecution><code>" + r.place
                + "</code><typeCode>Code postal</typeCode></lieuExecution><dureeMois>" + QByteArray::number(r.duration)
                + "</dureeMois><dateNotification>" + r.notified + "</dateNotification><datePublicationDonnees>"
                + r.published + "</datePublicationDonnees><montant>" + r.amount
                + "</montant><formePrix>Forfaitaire</formePrix><titulaires>";
            for (const Company *c : std::as_const(r.holders))
                buffer += "<titulaire><typeIdentifiant>SIRET</typeIdentifiant><id>" + c->siret + "</id></titulaire>";
            buffer += "</titulaires>";
            if (r.modified)
                buffer += "<modifications><modification><id>1</id><montant>" + r.modAmount
                    + "</montant><dateNotificationModification>" + r.modSigned
                    + "</dateNotificationModification><datePublicationDonneesModification>" + r.modPublished
                    + "</datePublicationDonneesModification></modification></modifications>";
            buffer += "</marche>\n";
        } else if (csv) {
            QByteArray amount = r.amount;
            amount.replace('.', ','); // French spreadsheet
            for (const Company *c : std::as_const(r.holders)) {
                buffer += csvField(r.id, ';') + ';' + r.buyer + ';' + csvField(r.object, ';') + ';' + r.cpv + ';'
                    + csvField(r.procedure, ';') + ';' + csvField(r.nature, ';') + ';' + amount + ';' + r.notified + ';'
                    + r.published + ';' + QByteArray::number(r.duration) + ';' + r.place + ';' + c->siret + ";SIRET;"
                    + csvField(c->name, ';') + '\n';
            }
        }
        if (withFlat) {
            QByteArray ids, names;
            for (const Company *c : std::as_const(r.holders)) {
                ids += (ids.isEmpty() ? "" : "|") + c->siret;
                names += (names.isEmpty() ? "" : "|") + c->name;
            }
            flatBuffer += csvField(r.id, ',') + ',' + r.buyer + ',' + csvField(r.object, ',') + ',' + r.cpv + ','
                + csvField(r.procedure, ',') + ',' + csvField(r.nature, ',') + ',' + r.amount + ',' + r.notified + ','
                + r.published + ',' + QByteArray::number(r.duration) + ',' + r.place + ',' + ids + ','
                + csvField(names, ',') + '\n';
        }
        flush(false);
    }
    if (json2019)
        buffer += "\n]}\n";
    else if (json2022)
        buffer += "\n]}}\n";
    else if (xml)
        buffer += "</marches>\n";
    flush(true);
    return out.error() == QFile::NoError && (!withFlat || flat.error() == QFile::NoError) ? 0 : 1;
}
