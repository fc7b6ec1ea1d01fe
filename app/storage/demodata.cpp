#include "demodata.h"

#include "repository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace vigie {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vigie::DemoData)
};

// The data below is the documents' own French text. A quote made of several passages of the same
// document separates them with " […] "; each passage is verbatim (whitespace aside).
// Seed files: 000_b7860cf97902aa08.txt (leaflet), 001_d1a8f08cb2c1c60d.txt (press release).

class DemoWriter
{
public:
    explicit DemoWriter(QSqlDatabase &db)
        : m_db(db)
        , m_repository(db)
    {
    }

    bool write();
    QString error() const { return m_error; }

private:
    bool check(bool ok, const QString &what)
    {
        if (!ok && m_error.isEmpty())
            m_error = Text::tr("cannot write the demo data (%1): %2").arg(what, m_repository.lastError());
        return ok;
    }
    RowId category(const QString &code) const { return m_categories.value(code); }
    QList<RowId> categories(const QStringList &codes) const
    {
        QList<RowId> ids;
        for (const QString &code : codes)
            ids << category(code);
        return ids;
    }

    QSqlDatabase &m_db;
    Repository m_repository;
    QHash<QString, RowId> m_categories;
    QString m_error;
};

bool DemoWriter::write()
{
    for (const DataCategory &c : m_repository.dataCategories())
        m_categories.insert(c.code, c.id);

    // --- Sources -------------------------------------------------------------------------------------------
    Source leaflet;
    leaflet.title = QStringLiteral("Tract Solidaires Sud Emploi : cyberattaque chez Majorel et sous-traitance à "
                                   "Pôle emploi / France Travail");
    leaflet.publisher = QStringLiteral("Solidaires Sud Emploi");
    leaflet.kind = QStringLiteral("union");
    leaflet.fileRef = QStringLiteral("seeds/000_b7860cf97902aa08.txt");
    leaflet.notes = QStringLiteral("Tract non daté ; titre donné par Vigie. Le tract se termine par « Les "
                                   "chômeur.ses sur contrôlé.es mais pas leurs données personnelles, MERCI FRANCE "
                                   "TRAVAIL !!! ».");
    if (!check(m_repository.saveSource(leaflet), QStringLiteral("leaflet")))
        return false;

    Source release;
    release.title = QStringLiteral("Vols de données des privés d'emploi inscrits à Pôle emploi, que chacun prenne "
                                   "ses responsabilités");
    release.publisher = QStringLiteral("CGT");
    release.kind = QStringLiteral("union");
    release.publishedOn = PartialDate::fromDate(QDate(2023, 8, 24));
    release.fileRef = QStringLiteral("seeds/001_d1a8f08cb2c1c60d.txt");
    release.notes = QStringLiteral("Communiqué de presse (relations presse confédérales), Montreuil.");
    if (!check(m_repository.saveSource(release), QStringLiteral("press release")))
        return false;

    // --- Organisations (no SIREN: the documents give none) -------------------------------------------------
    Organisation poleEmploi;
    poleEmploi.name = QStringLiteral("Pôle emploi");
    poleEmploi.role = QStringLiteral("buyer");
    poleEmploi.notes = QStringLiteral("Devenu France Travail (le tract évoque « la mise en place du réseau FRANCE "
                                      "TRAVAIL »).");
    poleEmploi.citations = {
        {leaflet.id,
         {},
         QStringLiteral("Pôle emploi est un établissement public à gestion privée […] Avec la mise en place du réseau "
                        "FRANCE TRAVAIL")},
        {release.id,
         {},
         QStringLiteral("Pôle Emploi communique sur « la violation du système d'information d'un de ses prestataires")},
    };
    if (!check(m_repository.saveOrganisation(poleEmploi), QStringLiteral("Pôle emploi")))
        return false;

    Organisation majorel;
    majorel.name = QStringLiteral("Majorel");
    majorel.citations = {{leaflet.id,
                          {},
                          QStringLiteral("Le recours systématique à des prestataires privés, dont la société "
                                         "Majorel")}};
    if (!check(m_repository.saveOrganisation(majorel), QStringLiteral("Majorel")))
        return false;

    Organisation tessi;
    tessi.name = QStringLiteral("TESSI");
    tessi.citations = {{leaflet.id,
                        {},
                        QStringLiteral("Pôle emploi vient de confier pour près de 80 millions d'euros à la société "
                                       "TESSI")}};
    if (!check(m_repository.saveOrganisation(tessi), QStringLiteral("TESSI")))
        return false;

    Organisation interim;
    interim.name = QStringLiteral("Entreprise d'intérim (nom non publié)");
    interim.notes = QStringLiteral("Le communiqué de la CGT ne donne pas son nom.");
    interim.citations
        = {{release.id, {}, QStringLiteral("une entreprise d'intérim, également prestataire de Pôle Emploi")}};
    if (!check(m_repository.saveOrganisation(interim), QStringLiteral("interim agency")))
        return false;

    // --- The TESSI contract ---------------------------------------------------------------------------------
    Contract contract;
    contract.reference = QStringLiteral("Avis de marché TESSI (référence inconnue)");
    contract.buyerId = poleEmploi.id;
    contract.holders = {{tessi.id, tessi.name, {}}};
    contract.object = QStringLiteral("Assistance à l'inscription et à l'actualisation en ligne, assistance à la "
                                     "complétude de l'attestation employeur, gestion de la hotline technique "
                                     "pole-emploi.fr et d'autres traitements métiers simples");
    contract.amount = Cents(8'000'000'000);
    contract.amountKind = QStringLiteral("approximate");
    contract.territory = QStringLiteral("France (métropole et DROM)");
    contract.notes = QStringLiteral("« Avis de marché très récent » selon le tract, qui n'est pas daté : date de "
                                    "notification, code CPV et durée inconnus.");
    contract.citations = {
        {leaflet.id,
         {},
         QStringLiteral("Dans un avis de marché très récent, on découvre par exemple que Pôle emploi vient de confier "
                        "pour près de 80 millions d'euros à la société TESSI l'assistance à l'inscription et à "
                        "l'actualisation en ligne, l'assistance à la complétude de l'attestation employeur, la "
                        "gestion de la hotline technique pole-emploi.fr et d'autres traitements métiers simples sur "
                        "le territoire français (Métropole et DRoms).")},
    };
    if (!check(m_repository.saveContract(contract), QStringLiteral("TESSI contract")))
        return false;

    // --- Tasks (the documents do not say which personal data each touches: no category) -------------------
    struct TaskFact
    {
        QString title;
        QString quote;
    };
    const TaskFact contractTasks[] = {
        {QStringLiteral("Assistance à l'inscription et à l'actualisation en ligne"),
         QStringLiteral("l'assistance à l'inscription et à l'actualisation en ligne")},
        {QStringLiteral("Assistance à la complétude de l'attestation employeur"),
         QStringLiteral("l'assistance à la complétude de l'attestation employeur")},
        {QStringLiteral("Gestion de la hotline technique pole-emploi.fr"),
         QStringLiteral("la gestion de la hotline technique pole-emploi.fr")},
        {QStringLiteral("Traitements métiers simples, dont l'information de 1er niveau"),
         QStringLiteral("d'autres traitements métiers simples […] Parmi les \"traitements métiers simples\", il y a "
                        "notamment ce que Pôle emploi appelle \"l'information de 1er niveau\"")},
    };
    for (const TaskFact &fact : contractTasks) {
        Task task;
        task.subcontractorId = tessi.id;
        task.contractId = contract.id;
        task.title = fact.title;
        task.citations = {{leaflet.id, {}, fact.quote}};
        if (!check(m_repository.saveTask(task), fact.title))
            return false;
    }

    Task phone;
    phone.subcontractorId = tessi.id; // under which contract is not said
    phone.title = QStringLiteral("Accueil téléphonique au 39 49 des intermittents du spectacle");
    phone.description = QStringLiteral("Afflux massif d'appels au 39 49 lié aux règles exceptionnelles "
                                       "d'indemnisation pendant la crise sanitaire.");
    phone.channel = QStringLiteral("phone");
    phone.startedOn = PartialDate::fromYearMonth(2021, 10);
    phone.endedOn = PartialDate::fromYearMonth(2022, 2);
    phone.notes = QStringLiteral("« de fin octobre 2021 à début février 2022 »");
    phone.citations = {
        {leaflet.id,
         {},
         QStringLiteral("pour faire face à un afflux massif d'appels au 39 49 dans le cadre de règles exceptionnelles "
                        "d'indemnisation eu égard à la crise sanitaire, notre direction a délégué à la société TESSI "
                        "l'accueil téléphonique pour les intermittents du spectacle et ce, sur la période de fin "
                        "octobre 2021 à début février 2022.")},
    };
    if (!check(m_repository.saveTask(phone), phone.title))
        return false;

    // --- Incidents -------------------------------------------------------------------------------------------
    Incident majorelBreach;
    majorelBreach.title = QStringLiteral("Cyberattaque chez Majorel : données de demandeurs d'emploi");
    majorelBreach.subcontractorId = majorel.id;
    // Public by the press release of 24 August 2023 at the latest; the documents give no other date.
    majorelBreach.madePublicOn = PartialDate::fromYearMonth(2023, 8);
    majorelBreach.confidentiality = true;
    majorelBreach.description = QStringLiteral("Violation du système d'information d'un prestataire de Pôle emploi "
                                               "(Majorel selon le tract), avec risque de divulgation de données "
                                               "personnelles de demandeurs d'emploi.");
    majorelBreach.notes = QStringLiteral("Rendue publique au plus tard le 24 août 2023 (communiqué de la CGT). "
                                         "Pôle emploi a ensuite reconnu que d'autres données peuvent avoir fuité, "
                                         "mais pas de coordonnées bancaires (tract).");
    Claim official;
    official.claimant = QStringLiteral("Pôle emploi");
    official.isOfficial = true;
    official.people = 6'353'810;
    official.peopleNote = QStringLiteral("potentiellement ; demandeurs d'emploi inscrits en février 2022");
    official.sourceId = release.id;
    official.quote = QStringLiteral("les demandeurs d'emploi inscrits en février 2022 sont concernés ; soit "
                                    "potentiellement 6 353 810 personnes (source Pôle Emploi). […] Pôle Emploi indique "
                                    "que « seuls » les noms, prénoms et numéro de Sécurité sociale sont concernés.");
    official.categoryIds = categories({QStringLiteral("identity"), QStringLiteral("nir")});
    Claim expert;
    expert.claimant = QStringLiteral("Damien Bancal, expert en cybercriminalité (TF1)");
    expert.peopleNote = QStringLiteral("fuite « bien plus massive qu'annoncée »");
    expert.sourceId = leaflet.id;
    expert.quote = QStringLiteral("Selon lui, la fuite est bien plus massive qu’annoncée : \"On retrouve le code "
                                  "postal, le mail, le numéro de permis de conduire, l'expérience, la géolocalisation "
                                  "de la personne, son numéro de téléphone ou encore son adresse mail\"");
    expert.categoryIds
        = categories({QStringLiteral("postal_address"), QStringLiteral("email"), QStringLiteral("driving_licence"),
                      QStringLiteral("professional_history"), QStringLiteral("geolocation"), QStringLiteral("phone")});
    majorelBreach.claims = {official, expert};
    Consequence theft;
    theft.kind = QStringLiteral("identity_theft");
    theft.description = QStringLiteral("Risque d'usurpation d'identité (Damien Bancal, TF1).");
    theft.sourceId = leaflet.id;
    theft.quote = QStringLiteral("\"Pour 700 dollars, un malveillant pourra lancer une cyberattaque allant du vol de "
                                 "données en passant par le détournement d’informations, voire l'usurpation "
                                 "d'identité\", explique Damien Bancal.");
    Consequence takeover;
    takeover.kind = QStringLiteral("account_takeover");
    takeover.description = QStringLiteral("Risque : avec le numéro de sécurité sociale, accès au compte des victimes "
                                          "et changement des coordonnées bancaires (Roxane Suau, experte en "
                                          "cybersécurité, TF1).");
    takeover.sourceId = leaflet.id;
    takeover.quote = QStringLiteral("\"Lorsqu'ils sont en possession d'un numéro de sécurité sociale, les pirates "
                                    "peuvent, à l'aide d'outils, retrouver le mot de passe, accéder au compte des "
                                    "victimes, et changer les coordonnées bancaires pour recevoir eux-mêmes les "
                                    "virements\", souligne-t-elle.");
    majorelBreach.consequences = {theft, takeover};
    majorelBreach.citations = {
        {leaflet.id,
         {},
         QStringLiteral("La direction minimise la gravité de la cyberattaque subie par le sous-traitant MAJOREL.")},
        {release.id,
         {},
         QStringLiteral("En toute discrétion Pôle Emploi communique sur « la violation du système d'information d'un "
                        "de ses prestataires impliquant un risque de divulgation de données personnelles de "
                        "demandeurs d'emploi ».")},
    };
    if (!check(m_repository.saveIncident(majorelBreach), majorelBreach.title))
        return false;

    Incident earlier;
    earlier.title = QStringLiteral("Incident de même nature en 2021, « à moindre échelle »");
    earlier.occurredOn = PartialDate::fromYear(2021);
    earlier.confidentiality = true;
    earlier.description = QStringLiteral("Selon la CGT, la situation « s'était déjà produite, à moindre échelle, en "
                                         "2021 ». Prestataire, nombre de personnes et données concernées inconnus.");
    earlier.citations
        = {{release.id, {}, QStringLiteral("Cette situation qui s'était déjà produite, à moindre échelle, en 2021")}};
    if (!check(m_repository.saveIncident(earlier), earlier.title))
        return false;

    Incident interimBreach;
    interimBreach.title = QStringLiteral("Piratage d'une entreprise d'intérim prestataire : prélèvements frauduleux");
    interimBreach.subcontractorId = interim.id;
    interimBreach.confidentiality = true;
    interimBreach.description = QStringLiteral("Plusieurs centaines de personnes victimes de prélèvements "
                                               "frauduleux ; la CGT les accompagne dans leurs démarches judiciaires.");
    interimBreach.notes = QStringLiteral("« récemment » selon le communiqué du 24 août 2023 ; dates inconnues.");
    Consequence fraud;
    fraud.kind = QStringLiteral("fraud");
    fraud.description = QStringLiteral("Prélèvements frauduleux : « plusieurs centaines de personnes »");
    fraud.sourceId = release.id;
    fraud.quote = QStringLiteral("plusieurs centaines de personnes ont été victimes de prélèvements frauduleux");
    interimBreach.consequences = {fraud};
    interimBreach.citations = {
        {release.id,
         {},
         QStringLiteral("récemment une entreprise d'intérim, également prestataire de Pôle Emploi, s'est fait pirater "
                        "ses données et plusieurs centaines de personnes ont été victimes de prélèvements frauduleux. "
                        "Aujourd'hui, la CGT est à leurs côtés dans leurs démarches judiciaires.")},
    };
    if (!check(m_repository.saveIncident(interimBreach), interimBreach.title))
        return false;

    // --- Context figures and the demo marker ---------------------------------------------------------------
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(R"(
        INSERT INTO context_figures (label, organisation_id, amount_cents, amount_kind, period, source_id, quote)
        VALUES (:label, :organisation, :amount, 'approximate', :period, :source, :quote))"));
    query.bindValue(QStringLiteral(":label"), QStringLiteral("Coût de fonctionnement de Pôle emploi"));
    query.bindValue(QStringLiteral(":organisation"), poleEmploi.id);
    query.bindValue(QStringLiteral(":amount"), qint64(450'000'000'000));
    query.bindValue(QStringLiteral(":period"), QStringLiteral("2021"));
    query.bindValue(QStringLiteral(":source"), leaflet.id);
    query.bindValue(QStringLiteral(":quote"),
                    QStringLiteral("Pôle emploi est un établissement public à gestion privée dont le fonctionnement "
                                   "aura coûté en 2021 près de 4,5 milliards d'euros."));
    if (!query.exec()) {
        m_error = Text::tr("cannot write the demo data (context figures): %1").arg(query.lastError().text());
        return false;
    }
    if (!query.exec(QStringLiteral(R"(INSERT OR REPLACE INTO meta (key, value) VALUES ('demo', '1'))"))) {
        m_error = Text::tr("cannot write the demo data (marker): %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

} // namespace

bool populateDemoData(QSqlDatabase &db, QString *error)
{
    auto failWith = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    {
        // The demo facts go into a new database only: never mixed with a delegate's own records.
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral(R"(
                SELECT (SELECT count(*) FROM organisations) + (SELECT count(*) FROM sources)
                     + (SELECT count(*) FROM incidents))"))
            || !query.next())
            return failWith(Text::tr("cannot read the database: %1").arg(query.lastError().text()));
        if (query.value(0).toLongLong() != 0)
            return failWith(
                Text::tr("the database already holds records; the demo data goes into a new database only"));
    }
    if (!db.transaction())
        return failWith(Text::tr("cannot start a transaction: %1").arg(db.lastError().text()));
    DemoWriter writer(db);
    if (!writer.write()) {
        db.rollback();
        return failWith(writer.error());
    }
    if (!db.commit()) {
        const QString message = Text::tr("cannot save the demo data: %1").arg(db.lastError().text());
        db.rollback();
        return failWith(message);
    }
    return true;
}

} // namespace vigie
