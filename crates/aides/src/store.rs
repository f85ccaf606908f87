//! SQL of the aids module, through `socle::db` (one query text for SQLite and PostgreSQL), returning domain
//! types.
//!
//! Perimeters are stored as (scale, code), which survive a rebuild of the perimeter graph; they are turned into
//! graph ids with the [`Perimetres`] given by the caller. Multi-valued enumerations are comma-separated codes;
//! carriers, programs and categories are join tables. Updates of an aid are compare-and-swaps on `version`.

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, NaiveDate, Utc};
use socle::db::{Db, DbResult, Query, Tx, Value, now};

use crate::aide::{
    Aide, AideId, ChampAide, PorteurId, ProgrammeId, ProvenanceImport, TauxSubvention,
};
use crate::perimetres::{PerimetreId, Perimetres};
use crate::referentiels::{
    AideEuropeenne, CategorieId, Destination, Echelle, EtapeMobilisation, FrequenceAlerte, Licence,
    Public, Recurrence, StatutAide, Thematiques, TypeAide,
};

// ---------------------------------------------------------------------------------------------------------
// Themes and categories.

#[derive(sqlx::FromRow)]
struct ThematiqueRow {
    id: i64,
    nom: String,
}

#[derive(sqlx::FromRow)]
struct CategorieRow {
    id: i64,
    thematique_id: i64,
    nom: String,
}

/// The stored themes and categories; `None` when the rows are not dense (a manual edit of the tables).
pub async fn thematiques(db: &Db) -> DbResult<Option<Thematiques>> {
    let themes: Vec<ThematiqueRow> = db
        .fetch_all(Query::new(
            "SELECT id, nom FROM aides_thematiques ORDER BY id",
        ))
        .await?;
    let categories: Vec<CategorieRow> = db
        .fetch_all(Query::new(
            "SELECT id, thematique_id, nom FROM aides_categories ORDER BY id",
        ))
        .await?;
    let themes = themes
        .into_iter()
        .map(|t| u16::try_from(t.id).map(|id| (id, t.nom)))
        .collect::<Result<Vec<_>, _>>();
    let categories = categories
        .into_iter()
        .map(|c| {
            Ok::<_, std::num::TryFromIntError>((
                u16::try_from(c.id)?,
                u16::try_from(c.thematique_id)?,
                c.nom,
            ))
        })
        .collect::<Result<Vec<_>, _>>();
    Ok(match (themes, categories) {
        (Ok(themes), Ok(categories)) => Thematiques::avec_ids(themes, categories),
        _ => None,
    })
}

/// Seeds the themes and categories of the referential (`aides-territoires-enumerations.json`) when the
/// tables are empty; returns whether it did.
pub async fn initialiser_thematiques(tx: &mut Tx) -> DbResult<bool> {
    let existants: i64 = tx
        .fetch_scalar(Query::new("SELECT COUNT(*) FROM aides_thematiques"))
        .await?;
    if existants > 0 {
        return Ok(false);
    }
    let standard = Thematiques::standard();
    let at = now();
    for theme in standard.thematiques() {
        tx.execute(
            Query::new(
                "INSERT INTO aides_thematiques (id, nom, created_at) VALUES ($1, $2, $3) \
                 ON CONFLICT (id) DO NOTHING",
            )
            .bind(i64::from(theme.id.0))
            .bind(&theme.nom)
            .bind(at),
        )
        .await?;
    }
    for categorie in standard.categories() {
        tx.execute(
            Query::new(
                "INSERT INTO aides_categories (id, thematique_id, nom, created_at) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (id) DO NOTHING",
            )
            .bind(i64::from(categorie.id.0))
            .bind(i64::from(categorie.thematique.0))
            .bind(&categorie.nom)
            .bind(at),
        )
        .await?;
    }
    Ok(true)
}

/// Adds a category under a theme, with the next dense id; returns it.
pub async fn creer_categorie(tx: &mut Tx, thematique: i64, nom: &str) -> DbResult<i64> {
    // Ids are dense positions: writers of this table queue up.
    tx.lock(0x6169_6465_735f_6361).await?;
    let id: i64 = tx
        .fetch_scalar(Query::new(
            "SELECT COALESCE(MAX(id) + 1, 0) FROM aides_categories",
        ))
        .await?;
    tx.execute(
        Query::new(
            "INSERT INTO aides_categories (id, thematique_id, nom, created_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(thematique)
        .bind(nom)
        .bind(now()),
    )
    .await?;
    Ok(id)
}

// ---------------------------------------------------------------------------------------------------------
// Carriers, programs, synonym lists.

/// A carrier as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PorteurRow {
    /// Id (also the organisation of the `porteur` role).
    pub id: i64,
    /// Name.
    pub nom: String,
    /// Slug.
    pub slug: String,
    /// Logo URL.
    pub logo: Option<String>,
    /// Description.
    pub description: String,
    /// Scale of its perimeter.
    pub perimetre_echelle: Option<String>,
    /// Code of its perimeter.
    pub perimetre_code: Option<String>,
}

/// Every carrier, by name.
pub async fn porteurs(db: &Db) -> DbResult<Vec<PorteurRow>> {
    db.fetch_all(Query::new(
        "SELECT id, nom, slug, logo, description, perimetre_echelle, perimetre_code \
         FROM aides_porteurs ORDER BY nom, id",
    ))
    .await
}

/// The carrier named `nom`, if any.
pub async fn porteur_par_nom(tx: &mut Tx, nom: &str) -> DbResult<Option<i64>> {
    tx.fetch_optional::<(i64,)>(
        Query::new("SELECT id FROM aides_porteurs WHERE nom = $1").bind(nom),
    )
    .await
    .map(|row| row.map(|(id,)| id))
}

/// What a carrier form gives.
#[derive(Debug, Clone, Default)]
pub struct NouveauPorteur {
    /// Name.
    pub nom: String,
    /// Description.
    pub description: String,
    /// Logo URL.
    pub logo: Option<String>,
    /// Its perimeter.
    pub perimetre: Option<(Echelle, String)>,
}

/// Creates a carrier; returns its id.
pub async fn creer_porteur(tx: &mut Tx, porteur: &NouveauPorteur) -> DbResult<i64> {
    let at = now();
    tx.fetch_scalar(
        Query::new(
            "INSERT INTO aides_porteurs (nom, slug, logo, description, perimetre_echelle, perimetre_code, \
             created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
        )
        .bind(&porteur.nom)
        .bind(crate::texte::slugifier(&porteur.nom, 50))
        .bind(porteur.logo.clone())
        .bind(&porteur.description)
        .bind(porteur.perimetre.as_ref().map(|(e, _)| e.code()))
        .bind(porteur.perimetre.as_ref().map(|(_, c)| c.clone()))
        .bind(at),
    )
    .await
}

/// A program as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ProgrammeRow {
    /// Id.
    pub id: i64,
    /// Name.
    pub nom: String,
    /// Slug.
    pub slug: String,
    /// Description.
    pub description: String,
}

/// Every program, by name.
pub async fn programmes(db: &Db) -> DbResult<Vec<ProgrammeRow>> {
    db.fetch_all(Query::new(
        "SELECT id, nom, slug, description FROM aides_programmes ORDER BY nom, id",
    ))
    .await
}

/// Creates a program; returns its id.
pub async fn creer_programme(tx: &mut Tx, nom: &str, description: &str) -> DbResult<i64> {
    tx.fetch_scalar(
        Query::new(
            "INSERT INTO aides_programmes (nom, slug, description, created_at) VALUES ($1, $2, $3, $4) \
             RETURNING id",
        )
        .bind(nom)
        .bind(crate::texte::slugifier(nom, 50))
        .bind(description)
        .bind(now()),
    )
    .await
}

/// A synonym list as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ListeSynonymesRow {
    /// Id.
    pub id: i64,
    /// Name.
    pub nom: String,
    /// Slug.
    pub slug: String,
    /// Comma-separated terms.
    pub termes: String,
}

/// Every synonym list, by name.
pub async fn listes_synonymes(db: &Db) -> DbResult<Vec<ListeSynonymesRow>> {
    db.fetch_all(Query::new(
        "SELECT id, nom, slug, termes FROM aides_listes_synonymes ORDER BY nom, id",
    ))
    .await
}

/// Creates a synonym list, or replaces the terms of the list of that name; returns its id.
pub async fn enregistrer_liste_synonymes(tx: &mut Tx, nom: &str, termes: &str) -> DbResult<i64> {
    let at = now();
    tx.fetch_scalar(
        Query::new(
            "INSERT INTO aides_listes_synonymes (nom, slug, termes, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $4) \
             ON CONFLICT (nom) DO UPDATE SET termes = excluded.termes, updated_at = excluded.updated_at \
             RETURNING id",
        )
        .bind(nom)
        .bind(crate::texte::slugifier(nom, 50))
        .bind(termes)
        .bind(at),
    )
    .await
}

// ---------------------------------------------------------------------------------------------------------
// What the module adds to the perimeter graph.

/// An ad-hoc perimeter as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AdhocRow {
    /// Id.
    pub id: i64,
    /// Code (unique among ad-hoc perimeters).
    pub code: String,
    /// Name.
    pub nom: String,
    /// The uploaded codes, one a line.
    pub codes: String,
    /// Offered in autocomplete.
    pub visible: bool,
    /// Kept for old aids, not offered any more.
    pub obsolete: bool,
}

/// Every ad-hoc perimeter, in creation order (the order that gives them their graph ids).
pub async fn perimetres_adhoc(db: &Db) -> DbResult<Vec<AdhocRow>> {
    db.fetch_all(Query::new(
        "SELECT id, code, nom, codes, visible, obsolete FROM aides_perimetres_adhoc ORDER BY id",
    ))
    .await
}

/// Stores an ad-hoc perimeter; returns its id.
pub async fn creer_perimetre_adhoc(
    tx: &mut Tx,
    code: &str,
    nom: &str,
    codes: &str,
    visible: bool,
) -> DbResult<i64> {
    tx.fetch_scalar(
        Query::new(
            "INSERT INTO aides_perimetres_adhoc (code, nom, codes, visible, obsolete, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(code)
        .bind(nom)
        .bind(codes)
        .bind(visible)
        .bind(false)
        .bind(now()),
    )
    .await
}

/// Every (INSEE code, two-digit Sandre basin) row, by code.
pub async fn bassins_communes(db: &Db) -> DbResult<Vec<(String, String)>> {
    db.fetch_all(Query::new(
        "SELECT code_insee, bassin FROM aides_bassins_communes ORDER BY code_insee",
    ))
    .await
}

/// Sets the basin of a commune (insert or replace).
pub async fn enregistrer_bassin(tx: &mut Tx, code_insee: &str, bassin: &str) -> DbResult<()> {
    tx.execute(
        Query::new(
            "INSERT INTO aides_bassins_communes (code_insee, bassin, updated_at) VALUES ($1, $2, $3) \
             ON CONFLICT (code_insee) DO UPDATE SET bassin = excluded.bassin, updated_at = excluded.updated_at",
        )
        .bind(code_insee)
        .bind(bassin)
        .bind(now()),
    )
    .await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------------------
// Aids.

const COLONNES_AIDE: &str = "a.id, a.slug, a.name, a.name_initial, a.short_title, a.description, a.eligibility, \
    a.project_examples, a.local_characteristics, a.origin_url, a.application_url, a.contact, a.contact_email, \
    a.contact_phone, a.perimetre_echelle, a.perimetre_code, a.perimeter_suggestion, a.keywords, \
    a.targeted_audiences, a.aid_types, a.mobilization_steps, a.destinations, a.recurrence, a.is_call_for_project, \
    a.is_charged, a.european_aid, a.in_france_relance, a.start_date, a.predeposit_date, a.submission_deadline, \
    a.subvention_rate_lower_bound, a.subvention_rate_upper_bound, a.subvention_comment, a.loan_amount, \
    a.recoverable_advance_amount, a.is_generic, a.generic_aid_id, a.status, a.merged_into_id, a.author_id, \
    a.organisation_id, a.eligibility_test, a.ds_id, a.ds_mapping, a.has_broken_link, a.import_uniqueid, \
    a.import_data_url, a.import_data_mention, a.import_share_licence, a.import_updated, a.import_date, \
    a.import_raw, a.champs_edites, a.version, a.date_created, a.date_updated, a.date_published";

#[derive(sqlx::FromRow)]
struct AideRow {
    id: i64,
    slug: String,
    name: String,
    name_initial: String,
    short_title: String,
    description: String,
    eligibility: String,
    project_examples: String,
    local_characteristics: String,
    origin_url: String,
    application_url: String,
    contact: String,
    contact_email: String,
    contact_phone: String,
    perimetre_echelle: Option<String>,
    perimetre_code: Option<String>,
    perimeter_suggestion: String,
    keywords: String,
    targeted_audiences: String,
    aid_types: String,
    mobilization_steps: String,
    destinations: String,
    recurrence: Option<String>,
    is_call_for_project: bool,
    is_charged: bool,
    european_aid: Option<String>,
    in_france_relance: bool,
    start_date: Option<NaiveDate>,
    predeposit_date: Option<NaiveDate>,
    submission_deadline: Option<NaiveDate>,
    subvention_rate_lower_bound: Option<i64>,
    subvention_rate_upper_bound: Option<i64>,
    subvention_comment: String,
    loan_amount: Option<i64>,
    recoverable_advance_amount: Option<i64>,
    is_generic: bool,
    generic_aid_id: Option<i64>,
    status: String,
    merged_into_id: Option<i64>,
    author_id: Option<i64>,
    organisation_id: Option<i64>,
    eligibility_test: Option<i64>,
    ds_id: Option<i64>,
    ds_mapping: Option<String>,
    has_broken_link: bool,
    import_uniqueid: Option<String>,
    import_data_url: Option<String>,
    import_data_mention: Option<String>,
    import_share_licence: Option<String>,
    import_updated: bool,
    import_date: Option<DateTime<Utc>>,
    import_raw: Option<String>,
    champs_edites: String,
    version: i64,
    date_created: DateTime<Utc>,
    date_updated: DateTime<Utc>,
    date_published: Option<DateTime<Utc>>,
}

/// An aid with the version it was read at (the token of the next compare-and-swap).
#[derive(Debug, Clone)]
pub struct AideStockee {
    /// The aid.
    pub aide: Aide,
    /// Its version.
    pub version: i64,
}

/// Which aids to read. Each variant is a fixed SQL condition: no SQL is ever built from input.
#[derive(Debug, Clone)]
pub enum Selection {
    /// What the search index needs on a day: the published aids open that day, and the published local
    /// variants (an expired one still hides its generic aid). Expired aids are not read: they cannot reopen
    /// without an edit, which rebuilds the index.
    Indexables(NaiveDate),
    /// One aid by id.
    Id(i64),
    /// One aid by slug.
    Slug(String),
    /// One aid by import unique id.
    Import(String),
    /// The aids of an organisation that are not deleted nor merged (back-office).
    DeLOrganisation(i64),
    /// Every aid that is not deleted nor merged (admins' back-office).
    Courantes,
    /// Aids waiting for review: submitted ones and imported ones with a pending update.
    EnRevue,
}

impl Selection {
    fn condition(&self) -> (&'static str, Vec<Value>) {
        match self {
            Selection::Indexables(jour) => (
                "a.status = 'published' AND (a.recurrence = 'ongoing' OR a.submission_deadline IS NULL \
                 OR a.submission_deadline >= $1 OR a.generic_aid_id IS NOT NULL)",
                vec![Value::from(*jour)],
            ),
            Selection::Id(id) => ("a.id = $1", vec![Value::from(*id)]),
            Selection::Slug(slug) => ("a.slug = $1", vec![Value::from(slug.as_str())]),
            Selection::Import(uniqueid) => (
                "a.import_uniqueid = $1",
                vec![Value::from(uniqueid.as_str())],
            ),
            Selection::DeLOrganisation(organisation) => (
                "a.organisation_id = $1 AND a.status IN ('draft', 'reviewable', 'published')",
                vec![Value::from(*organisation)],
            ),
            Selection::Courantes => (
                "a.status IN ('draft', 'reviewable', 'published')",
                Vec::new(),
            ),
            Selection::EnRevue => (
                "a.status = 'reviewable' OR (a.status = 'published' AND a.import_updated = TRUE)",
                Vec::new(),
            ),
        }
    }
}

#[derive(sqlx::FromRow)]
struct LienPorteur {
    aide_id: i64,
    porteur_id: i64,
    role: String,
}

#[derive(sqlx::FromRow)]
struct Lien {
    aide_id: i64,
    cible_id: i64,
}

fn codes<T: Copy>(texte: &str, parse: fn(&str) -> Option<T>, quoi: &str, aide: i64) -> Vec<T> {
    texte
        .split(',')
        .map(str::trim)
        .filter(|code| !code.is_empty())
        .filter_map(|code| {
            let valeur = parse(code);
            if valeur.is_none() {
                tracing::warn!(
                    aide,
                    quoi,
                    code,
                    "code inconnu ignoré à la lecture d'une aide"
                );
            }
            valeur
        })
        .collect()
}

fn joindre<T: Copy>(valeurs: &[T], code: fn(T) -> &'static str) -> String {
    valeurs
        .iter()
        .map(|v| code(*v))
        .collect::<Vec<_>>()
        .join(",")
}

/// The graph id of a stored perimeter, or `None` (with a warning) when the current graph does not know it.
pub fn resoudre_perimetre(
    graphe: &Perimetres,
    echelle: Option<&str>,
    code: Option<&str>,
) -> Option<PerimetreId> {
    let (echelle, code) = (echelle?, code?);
    let trouve = Echelle::from_code(echelle).and_then(|e| graphe.trouver(e, code));
    if trouve.is_none() {
        tracing::warn!(
            echelle,
            code,
            "périmètre enregistré absent du graphe des périmètres"
        );
    }
    trouve
}

/// The stored form (scale, code) of a graph perimeter.
pub fn cle_perimetre(
    graphe: &Perimetres,
    id: Option<PerimetreId>,
) -> (Option<String>, Option<String>) {
    match id.and_then(|id| graphe.get(id)) {
        Some(p) => (Some(p.echelle.code().to_owned()), Some(p.code.clone())),
        None => (None, None),
    }
}

impl AideRow {
    fn en_aide(
        self,
        graphe: &Perimetres,
        porteurs: &mut HashMap<i64, (Vec<PorteurId>, Vec<PorteurId>)>,
        programmes: &mut HashMap<i64, Vec<ProgrammeId>>,
        categories: &mut HashMap<i64, Vec<CategorieId>>,
    ) -> AideStockee {
        let id = self.id;
        let (financers, instructors) = porteurs.remove(&id).unwrap_or_default();
        let import = self.import_uniqueid.map(|uniqueid| ProvenanceImport {
            uniqueid,
            data_url: self.import_data_url.unwrap_or_default(),
            data_mention: self.import_data_mention.unwrap_or_default(),
            licence: self
                .import_share_licence
                .as_deref()
                .and_then(Licence::from_code)
                .unwrap_or(Licence::Unknown),
            mise_a_jour_en_attente: self.import_updated,
            date_import: self.import_date.unwrap_or(self.date_created),
            donnees_brutes: self
                .import_raw
                .as_deref()
                .and_then(|brut| serde_json::from_str(brut).ok())
                .unwrap_or(serde_json::Value::Null),
            champs_edites: self
                .champs_edites
                .split(',')
                .filter_map(|nom| ChampAide::from_nom(nom.trim()))
                .collect::<BTreeSet<_>>(),
        });
        let taux = |valeur: Option<i64>| valeur.and_then(|v| u8::try_from(v).ok());
        let montant = |valeur: Option<i64>| valeur.and_then(|v| u64::try_from(v).ok());
        let identifiant = |valeur: Option<i64>| valeur.and_then(|v| u64::try_from(v).ok());
        let aide = Aide {
            id: AideId(u64::try_from(id).unwrap_or_default()),
            slug: self.slug,
            name: self.name,
            name_initial: self.name_initial,
            short_title: self.short_title,
            description: self.description,
            eligibility: self.eligibility,
            project_examples: self.project_examples,
            local_characteristics: self.local_characteristics,
            origin_url: self.origin_url,
            application_url: self.application_url,
            contact: self.contact,
            contact_email: self.contact_email,
            contact_phone: self.contact_phone,
            perimeter: resoudre_perimetre(
                graphe,
                self.perimetre_echelle.as_deref(),
                self.perimetre_code.as_deref(),
            ),
            perimeter_suggestion: self.perimeter_suggestion,
            financers,
            instructors,
            categories: categories.remove(&id).unwrap_or_default(),
            keywords: self
                .keywords
                .split(',')
                .map(str::trim)
                .filter(|k| !k.is_empty())
                .map(str::to_owned)
                .collect(),
            programs: programmes.remove(&id).unwrap_or_default(),
            targeted_audiences: codes(&self.targeted_audiences, Public::from_code, "public", id),
            aid_types: codes(&self.aid_types, TypeAide::from_code, "type", id),
            mobilization_steps: codes(
                &self.mobilization_steps,
                EtapeMobilisation::from_code,
                "étape",
                id,
            ),
            destinations: codes(
                &self.destinations,
                Destination::from_code,
                "destination",
                id,
            ),
            recurrence: self.recurrence.as_deref().and_then(Recurrence::from_code),
            is_call_for_project: self.is_call_for_project,
            is_charged: self.is_charged,
            european_aid: self
                .european_aid
                .as_deref()
                .and_then(AideEuropeenne::from_code),
            in_france_relance: self.in_france_relance,
            start_date: self.start_date,
            predeposit_date: self.predeposit_date,
            submission_deadline: self.submission_deadline,
            subvention_rate: TauxSubvention {
                min: taux(self.subvention_rate_lower_bound),
                max: taux(self.subvention_rate_upper_bound),
            },
            subvention_comment: self.subvention_comment,
            loan_amount: montant(self.loan_amount),
            recoverable_advance_amount: montant(self.recoverable_advance_amount),
            is_generic: self.is_generic,
            generic_aid: identifiant(self.generic_aid_id).map(AideId),
            status: StatutAide::from_code(&self.status).unwrap_or(StatutAide::Draft),
            merged_into: identifiant(self.merged_into_id).map(AideId),
            author: identifiant(self.author_id),
            organization: identifiant(self.organisation_id),
            eligibility_test: identifiant(self.eligibility_test),
            ds_id: identifiant(self.ds_id),
            ds_mapping: self
                .ds_mapping
                .as_deref()
                .and_then(|m| serde_json::from_str(m).ok()),
            has_broken_link: self.has_broken_link,
            import,
            amendment: None,
            date_created: self.date_created,
            date_updated: self.date_updated,
            date_published: self.date_published,
        };
        AideStockee {
            aide,
            version: self.version,
        }
    }
}

/// Reads the aids of a selection with their carriers, programs and categories (four queries whatever the
/// number of aids), in id order.
pub async fn aides(
    db: &Db,
    graphe: &Perimetres,
    selection: &Selection,
) -> DbResult<Vec<AideStockee>> {
    let (condition, valeurs) = selection.condition();
    // The SQL is assembled from fixed fragments of this file only; values are bound.
    let lignes: Vec<AideRow> = db
        .fetch_all(
            Query::assembled(format!(
                "SELECT {COLONNES_AIDE} FROM aides_aides a WHERE ({condition}) ORDER BY a.id"
            ))
            .bind_all(valeurs.clone()),
        )
        .await?;
    if lignes.is_empty() {
        return Ok(Vec::new());
    }
    let sous_requete = format!("SELECT a.id FROM aides_aides a WHERE ({condition})");
    let liens_porteurs: Vec<LienPorteur> = db
        .fetch_all(
            Query::assembled(format!(
                "SELECT aide_id, porteur_id, role FROM aides_aides_porteurs \
                 WHERE aide_id IN ({sous_requete}) ORDER BY aide_id, role, rang"
            ))
            .bind_all(valeurs.clone()),
        )
        .await?;
    let liens_programmes: Vec<Lien> = db
        .fetch_all(
            Query::assembled(format!(
                "SELECT aide_id, programme_id AS cible_id FROM aides_aides_programmes \
                 WHERE aide_id IN ({sous_requete}) ORDER BY aide_id, rang"
            ))
            .bind_all(valeurs.clone()),
        )
        .await?;
    let liens_categories: Vec<Lien> = db
        .fetch_all(
            Query::assembled(format!(
                "SELECT aide_id, categorie_id AS cible_id FROM aides_aides_categories \
                 WHERE aide_id IN ({sous_requete}) ORDER BY aide_id, rang"
            ))
            .bind_all(valeurs),
        )
        .await?;
    let mut porteurs: HashMap<i64, (Vec<PorteurId>, Vec<PorteurId>)> = HashMap::new();
    for lien in liens_porteurs {
        let Ok(porteur) = u32::try_from(lien.porteur_id) else {
            continue;
        };
        let entree = porteurs.entry(lien.aide_id).or_default();
        if lien.role == "instructor" {
            entree.1.push(PorteurId(porteur));
        } else {
            entree.0.push(PorteurId(porteur));
        }
    }
    let mut programmes: HashMap<i64, Vec<ProgrammeId>> = HashMap::new();
    for lien in liens_programmes {
        if let Ok(id) = u32::try_from(lien.cible_id) {
            programmes
                .entry(lien.aide_id)
                .or_default()
                .push(ProgrammeId(id));
        }
    }
    let mut categories: HashMap<i64, Vec<CategorieId>> = HashMap::new();
    for lien in liens_categories {
        if let Ok(id) = u16::try_from(lien.cible_id) {
            categories
                .entry(lien.aide_id)
                .or_default()
                .push(CategorieId(id));
        }
    }
    Ok(lignes
        .into_iter()
        .map(|ligne| ligne.en_aide(graphe, &mut porteurs, &mut programmes, &mut categories))
        .collect())
}

/// One aid, if it exists.
pub async fn aide(
    db: &Db,
    graphe: &Perimetres,
    selection: &Selection,
) -> DbResult<Option<AideStockee>> {
    Ok(aides(db, graphe, selection).await?.into_iter().next())
}

/// The column values of an aid, in the order of [`COLONNES_ECRITES`].
fn valeurs(aide: &Aide, graphe: &Perimetres) -> Vec<Value> {
    let (echelle, code) = cle_perimetre(graphe, aide.perimeter);
    let entier = |v: Option<u64>| Value::Int(v.and_then(|v| i64::try_from(v).ok()));
    let import = aide.import.as_ref();
    vec![
        Value::from(aide.slug.as_str()),
        Value::from(aide.name.as_str()),
        Value::from(aide.name_initial.as_str()),
        Value::from(aide.short_title.as_str()),
        Value::from(aide.description.as_str()),
        Value::from(aide.eligibility.as_str()),
        Value::from(aide.project_examples.as_str()),
        Value::from(aide.local_characteristics.as_str()),
        Value::from(aide.origin_url.as_str()),
        Value::from(aide.application_url.as_str()),
        Value::from(aide.contact.as_str()),
        Value::from(aide.contact_email.as_str()),
        Value::from(aide.contact_phone.as_str()),
        Value::Text(echelle),
        Value::Text(code),
        Value::from(aide.perimeter_suggestion.as_str()),
        Value::from(aide.keywords.join(",")),
        Value::from(joindre(&aide.targeted_audiences, Public::code)),
        Value::from(joindre(&aide.aid_types, TypeAide::code)),
        Value::from(joindre(&aide.mobilization_steps, EtapeMobilisation::code)),
        Value::from(joindre(&aide.destinations, Destination::code)),
        Value::Text(aide.recurrence.map(|r| r.code().to_owned())),
        Value::from(aide.is_call_for_project),
        Value::from(aide.is_charged),
        Value::Text(aide.european_aid.map(|e| e.code().to_owned())),
        Value::from(aide.in_france_relance),
        Value::Date(aide.start_date),
        Value::Date(aide.predeposit_date),
        Value::Date(aide.submission_deadline),
        Value::Int(aide.subvention_rate.min.map(i64::from)),
        Value::Int(aide.subvention_rate.max.map(i64::from)),
        Value::from(aide.subvention_comment.as_str()),
        entier(aide.loan_amount),
        entier(aide.recoverable_advance_amount),
        Value::from(aide.is_generic),
        entier(aide.generic_aid.map(|a| a.0)),
        Value::from(aide.status.code()),
        entier(aide.merged_into.map(|a| a.0)),
        entier(aide.author),
        entier(aide.organization),
        entier(aide.eligibility_test),
        entier(aide.ds_id),
        Value::Text(aide.ds_mapping.as_ref().map(|m| m.to_string())),
        Value::from(aide.has_broken_link),
        Value::Text(import.map(|i| i.uniqueid.clone())),
        Value::Text(import.map(|i| i.data_url.clone())),
        Value::Text(import.map(|i| i.data_mention.clone())),
        Value::Text(import.map(|i| i.licence.code().to_owned())),
        Value::from(import.is_some_and(|i| i.mise_a_jour_en_attente)),
        Value::Timestamp(import.map(|i| i.date_import)),
        Value::Text(import.map(|i| i.donnees_brutes.to_string())),
        Value::from(
            import
                .map(|i| {
                    i.champs_edites
                        .iter()
                        .map(|c| c.nom())
                        .collect::<Vec<_>>()
                        .join(",")
                })
                .unwrap_or_default(),
        ),
        Value::from(aide.date_created),
        Value::from(aide.date_updated),
        Value::Timestamp(aide.date_published),
    ]
}

const COLONNES_ECRITES: &str = "slug, name, name_initial, short_title, description, eligibility, project_examples, \
    local_characteristics, origin_url, application_url, contact, contact_email, contact_phone, perimetre_echelle, \
    perimetre_code, perimeter_suggestion, keywords, targeted_audiences, aid_types, mobilization_steps, \
    destinations, recurrence, is_call_for_project, is_charged, european_aid, in_france_relance, start_date, \
    predeposit_date, submission_deadline, subvention_rate_lower_bound, subvention_rate_upper_bound, \
    subvention_comment, loan_amount, recoverable_advance_amount, is_generic, generic_aid_id, status, \
    merged_into_id, author_id, organisation_id, eligibility_test, ds_id, ds_mapping, has_broken_link, \
    import_uniqueid, import_data_url, import_data_mention, import_share_licence, import_updated, import_date, \
    import_raw, champs_edites, date_created, date_updated, date_published";

fn placeholders(debut: usize, n: usize) -> String {
    (debut..debut + n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Inserts a new aid (its `id` is ignored) at version 1; returns the id given by the database.
pub async fn inserer_aide(tx: &mut Tx, aide: &Aide, graphe: &Perimetres) -> DbResult<i64> {
    let valeurs = valeurs(aide, graphe);
    let sql = format!(
        "INSERT INTO aides_aides ({COLONNES_ECRITES}, version) VALUES ({}, 1) RETURNING id",
        placeholders(1, valeurs.len())
    );
    let id: i64 = tx
        .fetch_scalar(Query::assembled(sql).bind_all(valeurs))
        .await?;
    ecrire_liens(tx, id, aide).await?;
    Ok(id)
}

/// Writes an aid over the stored one if it is still at `version` (compare-and-swap); returns false, changing
/// nothing, when someone else wrote it meanwhile.
pub async fn mettre_a_jour_aide(
    tx: &mut Tx,
    aide: &Aide,
    graphe: &Perimetres,
    version: i64,
) -> DbResult<bool> {
    let valeurs = valeurs(aide, graphe);
    let n = valeurs.len();
    let affectations = COLONNES_ECRITES
        .split(',')
        .map(str::trim)
        .enumerate()
        .map(|(i, colonne)| format!("{colonne} = ${}", i + 1))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!(
        "UPDATE aides_aides SET {affectations}, version = version + 1 WHERE id = ${} AND version = ${}",
        n + 1,
        n + 2
    );
    let id = i64::try_from(aide.id.0).unwrap_or(i64::MAX);
    let changees = tx
        .execute(
            Query::assembled(sql)
                .bind_all(valeurs)
                .bind(id)
                .bind(version),
        )
        .await?;
    if changees == 0 {
        return Ok(false);
    }
    ecrire_liens(tx, id, aide).await?;
    Ok(true)
}

async fn ecrire_liens(tx: &mut Tx, id: i64, aide: &Aide) -> DbResult<()> {
    for table in [
        "DELETE FROM aides_aides_porteurs WHERE aide_id = $1",
        "DELETE FROM aides_aides_programmes WHERE aide_id = $1",
        "DELETE FROM aides_aides_categories WHERE aide_id = $1",
    ] {
        tx.execute(Query::new(table).bind(id)).await?;
    }
    for (role, liste) in [
        ("financer", &aide.financers),
        ("instructor", &aide.instructors),
    ] {
        let mut vus = BTreeSet::new();
        for (rang, porteur) in liste.iter().enumerate() {
            if !vus.insert(*porteur) {
                continue;
            }
            tx.execute(
                Query::new(
                    "INSERT INTO aides_aides_porteurs (aide_id, porteur_id, role, rang) VALUES ($1, $2, $3, $4)",
                )
                .bind(id)
                .bind(porteur.0)
                .bind(role)
                .bind(rang),
            )
            .await?;
        }
    }
    let programmes: BTreeSet<_> = aide.programs.iter().copied().collect();
    for (rang, programme) in programmes.iter().enumerate() {
        tx.execute(
            Query::new(
                "INSERT INTO aides_aides_programmes (aide_id, programme_id, rang) VALUES ($1, $2, $3)",
            )
            .bind(id)
            .bind(programme.0)
            .bind(rang),
        )
        .await?;
    }
    let mut vues = BTreeSet::new();
    for (rang, categorie) in aide.categories.iter().enumerate() {
        if !vues.insert(*categorie) {
            continue;
        }
        tx.execute(
            Query::new(
                "INSERT INTO aides_aides_categories (aide_id, categorie_id, rang) VALUES ($1, $2, $3)",
            )
            .bind(id)
            .bind(i64::from(categorie.0))
            .bind(rang),
        )
        .await?;
    }
    Ok(())
}

/// Whether a slug is taken.
pub async fn slug_pris(tx: &mut Tx, slug: &str) -> DbResult<bool> {
    let n: i64 = tx
        .fetch_scalar(Query::new("SELECT COUNT(*) FROM aides_aides WHERE slug = $1").bind(slug))
        .await?;
    Ok(n > 0)
}

/// Number of aids per status, for the back-office summary.
pub async fn compter_par_statut(db: &Db) -> DbResult<Vec<(String, i64)>> {
    db.fetch_all(Query::new(
        "SELECT status, COUNT(*) FROM aides_aides GROUP BY status ORDER BY status",
    ))
    .await
}

// ---------------------------------------------------------------------------------------------------------
// Amendments.

/// An amendment as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AmendementRow {
    /// Id.
    pub id: i64,
    /// The amended aid.
    pub aide_id: i64,
    /// Proposed values, as a JSON object keyed by Django field names.
    pub champs: String,
    /// Author's comment.
    pub commentaire: String,
    /// Author's name.
    pub auteur_nom: String,
    /// Author's e-mail.
    pub auteur_email: String,
    /// Author's organisation.
    pub auteur_organisation: String,
    /// `pending`, `accepted` or `rejected`.
    pub statut: String,
    /// When it was suggested.
    pub created_at: DateTime<Utc>,
}

/// What an amendment form gives.
#[derive(Debug, Clone)]
pub struct NouvelAmendement {
    /// The amended aid.
    pub aide_id: i64,
    /// Proposed values by Django field name.
    pub champs: serde_json::Map<String, serde_json::Value>,
    /// Comment.
    pub commentaire: String,
    /// Author's name.
    pub auteur_nom: String,
    /// Author's e-mail.
    pub auteur_email: String,
    /// Author's organisation.
    pub auteur_organisation: String,
    /// Author's account, when signed in.
    pub auteur_id: Option<i64>,
}

/// Stores a pending amendment; returns its id.
pub async fn creer_amendement(tx: &mut Tx, amendement: &NouvelAmendement) -> DbResult<i64> {
    tx.fetch_scalar(
        Query::new(
            "INSERT INTO aides_amendements (aide_id, champs, commentaire, auteur_nom, auteur_email, \
             auteur_organisation, auteur_id, statut, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', $8) RETURNING id",
        )
        .bind(amendement.aide_id)
        .bind(serde_json::Value::Object(amendement.champs.clone()).to_string())
        .bind(&amendement.commentaire)
        .bind(&amendement.auteur_nom)
        .bind(&amendement.auteur_email)
        .bind(&amendement.auteur_organisation)
        .bind(amendement.auteur_id)
        .bind(now()),
    )
    .await
}

const COLONNES_AMENDEMENT: &str = "id, aide_id, champs, commentaire, auteur_nom, auteur_email, \
    auteur_organisation, statut, created_at";

/// The pending amendments, oldest first.
pub async fn amendements_en_attente(db: &Db) -> DbResult<Vec<AmendementRow>> {
    db.fetch_all(Query::assembled(format!(
        "SELECT {COLONNES_AMENDEMENT} FROM aides_amendements WHERE statut = 'pending' ORDER BY created_at, id"
    )))
    .await
}

/// One amendment.
pub async fn amendement(db: &Db, id: i64) -> DbResult<Option<AmendementRow>> {
    db.fetch_optional(
        Query::assembled(format!(
            "SELECT {COLONNES_AMENDEMENT} FROM aides_amendements WHERE id = $1"
        ))
        .bind(id),
    )
    .await
}

/// Closes a pending amendment with `statut`; false when it was no longer pending.
pub async fn decider_amendement(tx: &mut Tx, id: i64, statut: &str, par: i64) -> DbResult<bool> {
    Ok(tx
        .execute(
            Query::new(
                "UPDATE aides_amendements SET statut = $2, decided_at = $3, decided_by = $4 \
                 WHERE id = $1 AND statut = 'pending'",
            )
            .bind(id)
            .bind(statut)
            .bind(now())
            .bind(par),
        )
        .await?
        == 1)
}

// ---------------------------------------------------------------------------------------------------------
// Alerts.

/// An alert as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AlerteRow {
    /// Id.
    pub id: i64,
    /// Recipient.
    pub email: String,
    /// Saved search.
    pub querystring: String,
    /// Title.
    pub title: String,
    /// `daily` or `weekly`.
    pub alert_frequency: String,
    /// Confirmed.
    pub validated: bool,
    /// When confirmed.
    pub date_validated: Option<DateTime<Utc>>,
    /// Last mail put in the outbox.
    pub latest_alert_date: DateTime<Utc>,
    /// Deletion token (in clear).
    pub jeton_suppression: String,
    /// Portail it came from.
    pub source: Option<String>,
}

impl AlerteRow {
    /// The domain alert.
    pub fn en_alerte(&self) -> crate::alertes::Alerte {
        crate::alertes::Alerte {
            email: self.email.clone(),
            querystring: self.querystring.clone(),
            title: self.title.clone(),
            frequence: FrequenceAlerte::from_code(&self.alert_frequency)
                .unwrap_or(FrequenceAlerte::Weekly),
            validated: self.validated,
            date_validated: self.date_validated,
            latest_alert_date: self.latest_alert_date,
            token: self.jeton_suppression.clone(),
            source: self.source.clone(),
        }
    }
}

const COLONNES_ALERTE: &str = "id, email, querystring, title, alert_frequency, validated, date_validated, \
    latest_alert_date, jeton_suppression, source";

/// Stores an unconfirmed alert with the hash of its confirmation token; returns its id.
pub async fn creer_alerte(
    tx: &mut Tx,
    alerte: &crate::alertes::Alerte,
    hash_confirmation: &str,
) -> DbResult<i64> {
    tx.fetch_scalar(
        Query::new(
            "INSERT INTO aides_alertes (email, querystring, title, alert_frequency, validated, latest_alert_date, \
             jeton_confirmation, jeton_suppression, source, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
        )
        .bind(&alerte.email)
        .bind(&alerte.querystring)
        .bind(&alerte.title)
        .bind(alerte.frequence.code())
        .bind(false)
        .bind(alerte.latest_alert_date)
        .bind(hash_confirmation)
        .bind(&alerte.token)
        .bind(alerte.source.clone())
        .bind(now()),
    )
    .await
}

/// Confirms the alert of a confirmation token hash; returns it, or `None` for an unknown or used link.
pub async fn confirmer_alerte(tx: &mut Tx, hash: &str) -> DbResult<Option<AlerteRow>> {
    let Some((id,)) = tx
        .fetch_optional::<(i64,)>(
            Query::new("SELECT id FROM aides_alertes WHERE jeton_confirmation = $1").bind(hash),
        )
        .await?
    else {
        return Ok(None);
    };
    tx.execute(
        Query::new(
            "UPDATE aides_alertes SET validated = $2, date_validated = $3, jeton_confirmation = NULL \
             WHERE id = $1",
        )
        .bind(id)
        .bind(true)
        .bind(now()),
    )
    .await?;
    tx.fetch_optional(
        Query::assembled(format!(
            "SELECT {COLONNES_ALERTE} FROM aides_alertes WHERE id = $1"
        ))
        .bind(id),
    )
    .await
}

/// Deletes the alert of a deletion token; returns it, or `None` when there is none (already deleted).
pub async fn supprimer_alerte(tx: &mut Tx, jeton: &str) -> DbResult<Option<AlerteRow>> {
    let alerte: Option<AlerteRow> = tx
        .fetch_optional(
            Query::assembled(format!(
                "SELECT {COLONNES_ALERTE} FROM aides_alertes WHERE jeton_suppression = $1"
            ))
            .bind(jeton),
        )
        .await?;
    if let Some(alerte) = &alerte {
        tx.execute(Query::new("DELETE FROM aides_alertes WHERE id = $1").bind(alerte.id))
            .await?;
    }
    Ok(alerte)
}

/// The validated alerts due at some instant: daily ones last mailed at or before `avant_quotidienne`, weekly
/// ones at or before `avant_hebdomadaire`.
pub async fn alertes_dues(
    db: &Db,
    avant_quotidienne: DateTime<Utc>,
    avant_hebdomadaire: DateTime<Utc>,
) -> DbResult<Vec<AlerteRow>> {
    db.fetch_all(
        Query::assembled(format!(
            "SELECT {COLONNES_ALERTE} FROM aides_alertes WHERE validated = $1 AND \
             ((alert_frequency = 'daily' AND latest_alert_date <= $2) \
             OR (alert_frequency = 'weekly' AND latest_alert_date <= $3)) ORDER BY id"
        ))
        .bind(true)
        .bind(avant_quotidienne)
        .bind(avant_hebdomadaire),
    )
    .await
}

/// Records that the mails of these alerts are in the outbox (one statement per 500 alerts).
pub async fn marquer_alertes_envoyees(tx: &mut Tx, ids: &[i64], a: DateTime<Utc>) -> DbResult<()> {
    for lot in ids.chunks(500) {
        // Placeholders only: the values are bound.
        let sql = format!(
            "UPDATE aides_alertes SET latest_alert_date = $1 WHERE id IN ({})",
            placeholders(2, lot.len())
        );
        tx.execute(
            Query::assembled(sql)
                .bind(a)
                .bind_all(lot.iter().map(|id| Value::from(*id))),
        )
        .await?;
    }
    Ok(())
}

/// Purges the alerts and follows left unconfirmed since before `avant`; returns how many.
pub async fn purger_non_confirmes(tx: &mut Tx, avant: DateTime<Utc>) -> DbResult<u64> {
    let alertes = tx
        .execute(
            Query::new("DELETE FROM aides_alertes WHERE validated = $1 AND created_at < $2")
                .bind(false)
                .bind(avant),
        )
        .await?;
    let suivis = tx
        .execute(
            Query::new("DELETE FROM aides_suivis WHERE confirmed_at IS NULL AND created_at < $1")
                .bind(avant),
        )
        .await?;
    Ok(alertes + suivis)
}

// ---------------------------------------------------------------------------------------------------------
// Followed aids.

/// A follow as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SuiviRow {
    /// Id.
    pub id: i64,
    /// Follower's address.
    pub email: String,
    /// The followed aid.
    pub aide_id: i64,
    /// Feed and stop token (in clear).
    pub jeton: String,
    /// When confirmed.
    pub confirmed_at: Option<DateTime<Utc>>,
    /// Reminders sent, as "30,7".
    pub rappels: String,
    /// The deadline the reminders were sent for.
    pub rappels_echeance: Option<NaiveDate>,
}

const COLONNES_SUIVI: &str = "id, email, aide_id, jeton, confirmed_at, rappels, rappels_echeance";

/// Creates (or re-arms, when the address already follows the aid) an unconfirmed follow; returns its token.
pub async fn creer_suivi(
    tx: &mut Tx,
    email: &str,
    aide_id: i64,
    hash_confirmation: &str,
    jeton: &str,
) -> DbResult<String> {
    let existant: Option<SuiviRow> = tx
        .fetch_optional(
            Query::assembled(format!(
                "SELECT {COLONNES_SUIVI} FROM aides_suivis WHERE email = $1 AND aide_id = $2"
            ))
            .bind(email)
            .bind(aide_id),
        )
        .await?;
    if let Some(suivi) = existant {
        tx.execute(
            Query::new("UPDATE aides_suivis SET jeton_confirmation = $2 WHERE id = $1")
                .bind(suivi.id)
                .bind(hash_confirmation),
        )
        .await?;
        return Ok(suivi.jeton);
    }
    tx.execute(
        Query::new(
            "INSERT INTO aides_suivis (email, aide_id, jeton_confirmation, jeton, rappels, created_at) \
             VALUES ($1, $2, $3, $4, '', $5)",
        )
        .bind(email)
        .bind(aide_id)
        .bind(hash_confirmation)
        .bind(jeton)
        .bind(now()),
    )
    .await?;
    Ok(jeton.to_owned())
}

/// Confirms the follow of a confirmation token hash; returns it.
pub async fn confirmer_suivi(tx: &mut Tx, hash: &str) -> DbResult<Option<SuiviRow>> {
    let suivi: Option<SuiviRow> = tx
        .fetch_optional(
            Query::assembled(format!(
                "SELECT {COLONNES_SUIVI} FROM aides_suivis WHERE jeton_confirmation = $1"
            ))
            .bind(hash),
        )
        .await?;
    if let Some(suivi) = &suivi {
        tx.execute(
            Query::new(
                "UPDATE aides_suivis SET confirmed_at = COALESCE(confirmed_at, $2), jeton_confirmation = NULL \
                 WHERE id = $1",
            )
            .bind(suivi.id)
            .bind(now()),
        )
        .await?;
    }
    Ok(suivi)
}

/// The follow of a token.
pub async fn suivi(db: &Db, jeton: &str) -> DbResult<Option<SuiviRow>> {
    db.fetch_optional(
        Query::assembled(format!(
            "SELECT {COLONNES_SUIVI} FROM aides_suivis WHERE jeton = $1"
        ))
        .bind(jeton),
    )
    .await
}

/// The confirmed follows of an address.
pub async fn suivis_de(db: &Db, email: &str) -> DbResult<Vec<SuiviRow>> {
    db.fetch_all(
        Query::assembled(format!(
            "SELECT {COLONNES_SUIVI} FROM aides_suivis WHERE email = $1 AND confirmed_at IS NOT NULL ORDER BY id"
        ))
        .bind(email),
    )
    .await
}

/// Deletes the follow of a token; returns it.
pub async fn supprimer_suivi(tx: &mut Tx, jeton: &str) -> DbResult<Option<SuiviRow>> {
    let suivi: Option<SuiviRow> = tx
        .fetch_optional(
            Query::assembled(format!(
                "SELECT {COLONNES_SUIVI} FROM aides_suivis WHERE jeton = $1"
            ))
            .bind(jeton),
        )
        .await?;
    if let Some(suivi) = &suivi {
        tx.execute(Query::new("DELETE FROM aides_suivis WHERE id = $1").bind(suivi.id))
            .await?;
    }
    Ok(suivi)
}

/// Every confirmed follow of a published aid whose deadline lies between `de` and `a` (both included).
pub async fn suivis_a_rappeler(db: &Db, de: NaiveDate, a: NaiveDate) -> DbResult<Vec<SuiviRow>> {
    db.fetch_all(
        Query::new(
            "SELECT s.id, s.email, s.aide_id, s.jeton, s.confirmed_at, s.rappels, s.rappels_echeance \
             FROM aides_suivis s JOIN aides_aides a ON a.id = s.aide_id \
             WHERE s.confirmed_at IS NOT NULL AND a.status = 'published' \
             AND a.submission_deadline >= $1 AND a.submission_deadline <= $2 ORDER BY s.id",
        )
        .bind(de)
        .bind(a),
    )
    .await
}

/// Records the reminders sent to a follow for a deadline.
pub async fn marquer_rappel(
    tx: &mut Tx,
    id: i64,
    rappels: &str,
    echeance: NaiveDate,
) -> DbResult<()> {
    tx.execute(
        Query::new("UPDATE aides_suivis SET rappels = $2, rappels_echeance = $3 WHERE id = $1")
            .bind(id)
            .bind(rappels)
            .bind(echeance),
    )
    .await?;
    Ok(())
}
