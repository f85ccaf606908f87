//! SQL of the mining cadastre, returning domain types (one query text for SQLite and PostgreSQL).
//!
//! What people enter (titres, démarches, étapes, documents, entreprises) and what the engine derives (statuts,
//! visibility, phases, current properties, search keys) are stored side by side. [`recompute`] reloads a whole
//! titre, runs [`crate::domain::recalcul::recompute_titre`] and writes every derived column in the caller's
//! transaction: each write of [`crate::instruction`] ends with it, and the nightly job runs it on every titre.
//!
//! Lists are filtered in SQL through the derived search keys (`mines_titres_cles`); the visibility filter there
//! is the SQL form of [`crate::domain::acteur::Acteur::lit_titre`] (a test checks they agree on every titre).

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Value as Json, json};
use socle::db::{Db, DbError, Query, Record, Tx, Value, now};
use socle::territoires::{Kind, Territoires};

use crate::domain::acteur::Acteur;
use crate::domain::administrations;
use crate::domain::date::CaminoDate;
use crate::domain::etape::{
    CommuneId, Confidentialite, Contenu, ContenuValeur, Demarche, DemarcheId, Document,
    EntrepriseId, Etape, EtapeId, Heritage, PaysId, Titre, TitreId,
};
use crate::domain::permissions::AccesTitre;
use crate::domain::recalcul::{TitreCalcule, recompute_titre};
use crate::domain::statut::SourceStatut;
use crate::perimetre::Perimetre;
use crate::referentiels::{
    DemarcheStatutId, DemarcheTypeId, DomaineId, EtapeStatutId, EtapeTypeId, ReferenceTypeId,
    TitreNatureId, TitreStatutId, TitreTypeId, administration,
};
use socle::geo::{
    centre_and_bbox, multipolygon_from_geojson, multipolygon_to_geojson,
    multipolygon_to_geojson_exact,
};

/// An error of the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database failed or refused the write.
    #[error(transparent)]
    Db(#[from] DbError),
    /// A stored value cannot be read back (a bug or a hand edit of the database).
    #[error("donnée enregistrée illisible : {0}")]
    Donnee(String),
}

impl From<StoreError> for socle::AppError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::Db(error) => error.into(),
            other => socle::AppError::internal(other),
        }
    }
}

/// Result of the store.
pub type StoreResult<T> = Result<T, StoreError>;

fn donnee(quoi: &str, valeur: &str) -> StoreError {
    StoreError::Donnee(format!("{quoi} « {valeur} »"))
}

/// A connection for reads that must also work inside a write transaction.
pub enum Conn<'a> {
    /// The pool.
    Db(&'a Db),
    /// A transaction.
    Tx(&'a mut Tx),
}

impl Conn<'_> {
    async fn fetch_all<T: Record>(&mut self, query: Query) -> StoreResult<Vec<T>> {
        Ok(match self {
            Conn::Db(db) => db.fetch_all(query).await?,
            Conn::Tx(tx) => tx.fetch_all(query).await?,
        })
    }

    async fn fetch_optional<T: Record>(&mut self, query: Query) -> StoreResult<Option<T>> {
        Ok(match self {
            Conn::Db(db) => db.fetch_optional(query).await?,
            Conn::Tx(tx) => tx.fetch_optional(query).await?,
        })
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Conversions between columns and domain values.

fn date_value(date: Option<CaminoDate>) -> Value {
    Value::Date(date.map(CaminoDate::naive))
}

fn json_list(texte: &str) -> StoreResult<Vec<String>> {
    serde_json::from_str(texte).map_err(|_| donnee("liste JSON", texte))
}

fn json_list_opt(texte: Option<&str>) -> StoreResult<Option<Vec<String>>> {
    texte.map(json_list).transpose()
}

fn list_json<S: AsRef<str>>(liste: &[S]) -> String {
    Json::Array(
        liste
            .iter()
            .map(|s| Json::String(s.as_ref().to_owned()))
            .collect(),
    )
    .to_string()
}

/// A commune crossed by a perimeter, with the area of the perimeter inside it when known (km²).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CommuneSurface {
    /// INSEE code.
    pub id: String,
    /// Area in km².
    #[serde(default)]
    pub surface: Option<f64>,
}

fn communes_from_json(texte: &str) -> StoreResult<Vec<CommuneSurface>> {
    serde_json::from_str(texte).map_err(|_| donnee("communes", texte))
}

/// A reference of the titre in another system (BRGM, DEAL, ONF…).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reference {
    /// Reference type id (`brg`, `dea`, `onf`…).
    #[serde(rename = "type")]
    pub type_id: String,
    /// The reference.
    pub nom: String,
}

impl Reference {
    /// French name of the reference type.
    pub fn type_nom(&self) -> &'static str {
        ReferenceTypeId::from_id(&self.type_id).map_or("autre", |t| {
            crate::referentiels::REFERENCES_TYPES[t as usize].nom
        })
    }
}

/// The contenu of an étape as JSON.
pub fn contenu_to_json(contenu: &Contenu) -> Json {
    let mut sections = serde_json::Map::new();
    for (section, elements) in &contenu.0 {
        let mut valeurs = serde_json::Map::new();
        for (element, valeur) in elements {
            let valeur = match valeur {
                ContenuValeur::Booleen(b) => json!(b),
                ContenuValeur::Nombre(n) => json!(n),
                ContenuValeur::Texte(t) => json!(t),
                ContenuValeur::Liste(l) => json!(l),
            };
            valeurs.insert(element.clone(), valeur);
        }
        sections.insert(section.clone(), Json::Object(valeurs));
    }
    Json::Object(sections)
}

#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize)]
struct HeritageJson {
    #[serde(default)]
    titulaires: bool,
    #[serde(default)]
    amodiataires: bool,
    #[serde(default)]
    date_debut: bool,
    #[serde(default)]
    date_fin: bool,
    #[serde(default)]
    duree: bool,
    #[serde(default)]
    substances: bool,
    #[serde(default)]
    perimetre: bool,
}

impl From<Heritage> for HeritageJson {
    fn from(h: Heritage) -> Self {
        Self {
            titulaires: h.titulaires,
            amodiataires: h.amodiataires,
            date_debut: h.date_debut,
            date_fin: h.date_fin,
            duree: h.duree,
            substances: h.substances,
            perimetre: h.perimetre,
        }
    }
}

impl From<HeritageJson> for Heritage {
    fn from(h: HeritageJson) -> Self {
        Self {
            titulaires: h.titulaires,
            amodiataires: h.amodiataires,
            date_debut: h.date_debut,
            date_fin: h.date_fin,
            duree: h.duree,
            substances: h.substances,
            perimetre: h.perimetre,
        }
    }
}

/// Confidentiality of a document as stored.
pub fn confidentialite_id(confidentialite: Confidentialite) -> &'static str {
    match confidentialite {
        Confidentialite::Public => "public",
        Confidentialite::TitulairesEtAdministrations => "titulaires",
        Confidentialite::Administrations => "administrations",
    }
}

/// Parses a stored (or submitted) confidentiality.
pub fn confidentialite_from_id(id: &str) -> Option<Confidentialite> {
    match id {
        "public" => Some(Confidentialite::Public),
        "titulaires" => Some(Confidentialite::TitulairesEtAdministrations),
        "administrations" => Some(Confidentialite::Administrations),
        _ => None,
    }
}

/// French label of a confidentiality level.
pub fn confidentialite_nom(confidentialite: Confidentialite) -> &'static str {
    match confidentialite {
        Confidentialite::Public => "public",
        Confidentialite::TitulairesEtAdministrations => "titulaires et administrations",
        Confidentialite::Administrations => "administrations seulement",
    }
}

/// Stable 64-bit FNV-1a hash (fingerprints of derived values, cache-busting of scripts).
pub const fn fnv1a(octets: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < octets.len() {
        hash ^= octets[i] as u64;
        hash = hash.wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    hash
}

/// Folds a name for search and sorting (accents, case, punctuation).
pub fn plier(nom: &str) -> String {
    socle::text::fold(nom)
}

/// Slug of a name: folded, words joined by dashes.
pub fn slugifier(nom: &str) -> String {
    plier(nom).replace(' ', "-")
}

// ---------------------------------------------------------------------------------------------------------------
// Rows.

/// Columns of a titre read by lists and pages (the perimeter is read apart: it is heavy).
const TITRE_COLONNES: &str = "t.id, t.slug, t.nom, t.type_id, t.references_json, t.version, t.statut_id, \
     t.statut_explication, t.public_lecture, t.date_debut, t.date_fin, t.date_demande, t.surface, t.titulaires, \
     t.amodiataires, t.demandeurs, t.substances, t.communes, t.departements, t.regions, t.administrations_locales, \
     t.centre_lon, t.centre_lat, t.calcule_au";

#[derive(Debug, Clone, sqlx::FromRow)]
struct TitreRow {
    id: i64,
    slug: String,
    nom: String,
    type_id: String,
    references_json: String,
    version: i64,
    statut_id: String,
    statut_explication: String,
    public_lecture: bool,
    date_debut: Option<NaiveDate>,
    date_fin: Option<NaiveDate>,
    date_demande: Option<NaiveDate>,
    surface: Option<f64>,
    titulaires: String,
    amodiataires: String,
    demandeurs: String,
    substances: String,
    communes: String,
    departements: String,
    regions: String,
    administrations_locales: String,
    centre_lon: Option<f64>,
    centre_lat: Option<f64>,
    calcule_au: Option<NaiveDate>,
}

/// A titre with its derived values.
#[derive(Debug, Clone, PartialEq)]
pub struct TitreLigne {
    /// Database id.
    pub id: i64,
    /// Public identifier in URLs and exports.
    pub slug: String,
    /// Name.
    pub nom: String,
    /// Type.
    pub type_id: TitreTypeId,
    /// External references.
    pub references: Vec<Reference>,
    /// Version (compare-and-swap of writes).
    pub version: i64,
    /// Statut at [`TitreLigne::calcule_au`].
    pub statut: TitreStatutId,
    /// Why that statut.
    pub statut_explication: String,
    /// Public reading.
    pub public_lecture: bool,
    /// Start of validity.
    pub date_debut: Option<CaminoDate>,
    /// End of validity.
    pub date_fin: Option<CaminoDate>,
    /// Date of the first demande.
    pub date_demande: Option<CaminoDate>,
    /// Surface in km².
    pub surface: Option<f64>,
    /// Titulaires (entreprise codes).
    pub titulaires: Vec<String>,
    /// Amodiataires (entreprise codes).
    pub amodiataires: Vec<String>,
    /// Companies named on draft demandes (they read their own drafts).
    pub demandeurs: Vec<String>,
    /// Substances légales.
    pub substances: Vec<String>,
    /// Communes of the perimeter.
    pub communes: Vec<CommuneSurface>,
    /// Départements (INSEE codes).
    pub departements: Vec<String>,
    /// Régions (INSEE codes).
    pub regions: Vec<String>,
    /// Local administrations.
    pub administrations_locales: Vec<String>,
    /// Centroid of the perimeter (longitude, latitude).
    pub centre: Option<(f64, f64)>,
    /// Date of the last recomputation.
    pub calcule_au: Option<CaminoDate>,
}

impl TryFrom<TitreRow> for TitreLigne {
    type Error = StoreError;

    fn try_from(row: TitreRow) -> StoreResult<Self> {
        let type_id = TitreTypeId::from_id(&row.type_id)
            .ok_or_else(|| donnee("type de titre", &row.type_id))?;
        let statut = TitreStatutId::from_id(&row.statut_id)
            .ok_or_else(|| donnee("statut de titre", &row.statut_id))?;
        Ok(Self {
            id: row.id,
            slug: row.slug,
            nom: row.nom,
            type_id,
            references: serde_json::from_str(&row.references_json)
                .map_err(|_| donnee("références", &row.references_json))?,
            version: row.version,
            statut,
            statut_explication: row.statut_explication,
            public_lecture: row.public_lecture,
            date_debut: row.date_debut.map(CaminoDate::from),
            date_fin: row.date_fin.map(CaminoDate::from),
            date_demande: row.date_demande.map(CaminoDate::from),
            surface: row.surface,
            titulaires: json_list(&row.titulaires)?,
            amodiataires: json_list(&row.amodiataires)?,
            demandeurs: json_list(&row.demandeurs)?,
            substances: json_list(&row.substances)?,
            communes: communes_from_json(&row.communes)?,
            departements: json_list(&row.departements)?,
            regions: json_list(&row.regions)?,
            administrations_locales: json_list(&row.administrations_locales)?,
            centre: row.centre_lon.zip(row.centre_lat),
            calcule_au: row.calcule_au.map(CaminoDate::from),
        })
    }
}

/// What the permissions need about a titre, owned.
#[derive(Debug, Clone)]
pub struct TitreAcces {
    type_id: TitreTypeId,
    public_lecture: bool,
    entreprises: Vec<EntrepriseId>,
    amodiataires: Vec<EntrepriseId>,
    gestionnaires: Vec<&'static str>,
    associees: Vec<&'static str>,
    locales: Vec<&'static str>,
}

impl TitreAcces {
    /// The borrowed form the domain permissions take.
    pub fn acces(&self) -> AccesTitre<'_> {
        AccesTitre {
            type_id: self.type_id,
            public_lecture: self.public_lecture,
            titulaires: &self.entreprises,
            amodiataires: &self.amodiataires,
            administrations_gestionnaires: &self.gestionnaires,
            administrations_associees: &self.associees,
            administrations_locales: &self.locales,
        }
    }
}

impl TitreLigne {
    /// Domaine of the titre.
    pub fn domaine(&self) -> DomaineId {
        self.type_id.domaine()
    }

    /// What the permissions need. The companies of the titre are its titulaires and the demandeurs of its drafts.
    pub fn acces(&self) -> TitreAcces {
        let entreprises = self
            .titulaires
            .iter()
            .chain(&self.demandeurs)
            .map(|code| EntrepriseId(code.clone()))
            .collect();
        TitreAcces {
            type_id: self.type_id,
            public_lecture: self.public_lecture,
            entreprises,
            amodiataires: self
                .amodiataires
                .iter()
                .map(|code| EntrepriseId(code.clone()))
                .collect(),
            gestionnaires: administrations::gestionnaires(self.type_id),
            associees: administrations::associees(self.type_id),
            locales: self
                .administrations_locales
                .iter()
                .filter_map(|id| administration(id).map(|a| a.id))
                .collect(),
        }
    }
}

#[derive(Debug, Clone, sqlx::FromRow)]
struct DemarcheRow {
    id: i64,
    titre_id: i64,
    slug: String,
    type_id: String,
    ordre: i64,
    description: String,
    statut_id: String,
    public_lecture: bool,
    entreprises_lecture: bool,
    date_debut: Option<NaiveDate>,
    date_fin: Option<NaiveDate>,
    explication: String,
    source: String,
    erreur: Option<String>,
    bloquants: String,
}

/// One sentence of the explanation of a démarche statut, tied to the étape it is about when there is one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LigneExplication {
    /// Étape id, when the sentence is about one étape.
    pub etape: Option<i64>,
    /// French sentence.
    pub texte: String,
}

/// A démarche with its derived values.
#[derive(Debug, Clone, PartialEq)]
pub struct DemarcheLigne {
    /// Database id.
    pub id: i64,
    /// Titre id.
    pub titre_id: i64,
    /// Public identifier.
    pub slug: String,
    /// Type.
    pub type_id: DemarcheTypeId,
    /// Order among the démarches of the titre.
    pub ordre: i64,
    /// Free description.
    pub description: String,
    /// Statut.
    pub statut: DemarcheStatutId,
    /// Public reading.
    pub public_lecture: bool,
    /// Reading by the companies of the titre.
    pub entreprises_lecture: bool,
    /// Start of its validity phase.
    pub date_debut: Option<CaminoDate>,
    /// End of its validity phase.
    pub date_fin: Option<CaminoDate>,
    /// Explanation of the statut.
    pub explication: Vec<LigneExplication>,
    /// Rule or machine that produced the statut.
    pub source: String,
    /// Refusal of an étape by the procedure, if any.
    pub erreur: Option<String>,
    /// Administrations the démarche waits for.
    pub bloquants: Vec<String>,
}

impl TryFrom<DemarcheRow> for DemarcheLigne {
    type Error = StoreError;

    fn try_from(row: DemarcheRow) -> StoreResult<Self> {
        Ok(Self {
            id: row.id,
            titre_id: row.titre_id,
            slug: row.slug,
            type_id: DemarcheTypeId::from_id(&row.type_id)
                .ok_or_else(|| donnee("type de démarche", &row.type_id))?,
            ordre: row.ordre,
            description: row.description,
            statut: DemarcheStatutId::from_id(&row.statut_id)
                .ok_or_else(|| donnee("statut de démarche", &row.statut_id))?,
            public_lecture: row.public_lecture,
            entreprises_lecture: row.entreprises_lecture,
            date_debut: row.date_debut.map(CaminoDate::from),
            date_fin: row.date_fin.map(CaminoDate::from),
            explication: serde_json::from_str(&row.explication)
                .map_err(|_| donnee("explication", &row.explication))?,
            source: row.source,
            erreur: row.erreur,
            bloquants: json_list(&row.bloquants)?,
        })
    }
}

impl DemarcheLigne {
    /// What the permissions need.
    pub fn acces(&self) -> crate::domain::permissions::AccesDemarche {
        crate::domain::permissions::AccesDemarche {
            type_id: self.type_id,
            public_lecture: self.public_lecture,
            entreprises_lecture: self.entreprises_lecture,
        }
    }
}

const ETAPE_COLONNES: &str = "e.id, e.demarche_id, e.type_id, e.statut_id, e.date, e.is_brouillon, e.date_debut, \
     e.date_fin, e.duree, e.surface, e.pays_id, e.titulaires, e.amodiataires, e.substances, e.communes, \
     e.perimetre, e.geo_systeme_id, e.points, e.contenu, e.heritage, e.ordre";

#[derive(Debug, Clone, sqlx::FromRow)]
struct EtapeRow {
    id: i64,
    demarche_id: i64,
    type_id: String,
    statut_id: String,
    date: NaiveDate,
    is_brouillon: bool,
    date_debut: Option<NaiveDate>,
    date_fin: Option<NaiveDate>,
    duree: Option<i64>,
    surface: Option<f64>,
    pays_id: Option<String>,
    titulaires: Option<String>,
    amodiataires: Option<String>,
    substances: Option<String>,
    communes: Option<String>,
    perimetre: Option<String>,
    geo_systeme_id: Option<String>,
    points: Option<String>,
    contenu: String,
    heritage: String,
    ordre: i64,
}

/// A named point of a perimeter as filed (opposable coordinates) and in WGS84.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PointStocke {
    /// Name.
    pub nom: String,
    /// Description.
    #[serde(default)]
    pub description: Option<String>,
    /// X (or longitude) in the source system.
    pub x: f64,
    /// Y (or latitude) in the source system.
    pub y: f64,
    /// WGS84 longitude.
    pub lon: f64,
    /// WGS84 latitude.
    pub lat: f64,
}

/// An étape as stored, with its domain form.
#[derive(Debug, Clone)]
pub struct EtapeLigne {
    /// Database id.
    pub id: i64,
    /// Démarche id.
    pub demarche_id: i64,
    /// Position in procedure order (derived).
    pub ordre: i64,
    /// Communes with their areas.
    pub communes: Option<Vec<CommuneSurface>>,
    /// Source system of the perimeter (EPSG code).
    pub geo_systeme_id: Option<String>,
    /// Named points of the perimeter.
    pub points: Vec<PointStocke>,
    /// The domain étape (documents included).
    pub etape: Etape,
}

impl EtapeLigne {
    fn from_row(row: EtapeRow) -> StoreResult<Self> {
        let type_id = EtapeTypeId::from_id(&row.type_id)
            .ok_or_else(|| donnee("type d'étape", &row.type_id))?;
        let statut_id = EtapeStatutId::from_id(&row.statut_id)
            .ok_or_else(|| donnee("statut d'étape", &row.statut_id))?;
        let date = CaminoDate::from(row.date);
        let communes = row
            .communes
            .as_deref()
            .map(communes_from_json)
            .transpose()?;
        let perimetre = row
            .perimetre
            .as_deref()
            .map(|texte| {
                multipolygon_from_geojson(texte)
                    .map(Arc::new)
                    .map_err(|e| donnee("périmètre", &e))
            })
            .transpose()?;
        let contenu: Json =
            serde_json::from_str(&row.contenu).map_err(|_| donnee("contenu", &row.contenu))?;
        let heritage: HeritageJson =
            serde_json::from_str(&row.heritage).map_err(|_| donnee("héritage", &row.heritage))?;
        let points: Vec<PointStocke> = match row.points.as_deref() {
            Some(texte) => serde_json::from_str(texte).map_err(|_| donnee("points", texte))?,
            None => Vec::new(),
        };
        let etape = Etape {
            id: EtapeId(row.id.to_string()),
            type_id,
            statut_id,
            date,
            is_brouillon: row.is_brouillon,
            date_debut: row.date_debut.map(CaminoDate::from),
            date_fin: row.date_fin.map(CaminoDate::from),
            duree: row.duree.and_then(|d| u32::try_from(d).ok()),
            surface: row.surface,
            pays_id: row.pays_id.map(PaysId),
            titulaires: json_list_opt(row.titulaires.as_deref())?
                .map(|v| v.into_iter().map(EntrepriseId).collect()),
            amodiataires: json_list_opt(row.amodiataires.as_deref())?
                .map(|v| v.into_iter().map(EntrepriseId).collect()),
            substances: json_list_opt(row.substances.as_deref())?,
            perimetre,
            communes: communes
                .as_ref()
                .map(|c| c.iter().map(|c| CommuneId(c.id.clone())).collect()),
            contenu: crate::rejeu::contenu_from_json(&contenu),
            heritage: heritage.into(),
            documents: Vec::new(),
        };
        Ok(Self {
            id: row.id,
            demarche_id: row.demarche_id,
            ordre: row.ordre,
            communes,
            geo_systeme_id: row.geo_systeme_id,
            points,
            etape,
        })
    }

    /// What the permissions need.
    pub fn acces(&self) -> crate::domain::permissions::AccesEtape {
        crate::domain::permissions::AccesEtape {
            type_id: self.etape.type_id,
            is_brouillon: self.etape.is_brouillon,
        }
    }
}

#[derive(Debug, Clone, sqlx::FromRow)]
struct DocumentRow {
    id: i64,
    etape_id: i64,
    blob_id: i64,
    type_id: String,
    description: String,
    confidentialite: String,
    created_at: DateTime<Utc>,
    original_name: String,
    size_bytes: i64,
}

/// A document of an étape.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentLigne {
    /// Id.
    pub id: i64,
    /// Étape id.
    pub etape_id: i64,
    /// Blob id.
    pub blob_id: i64,
    /// Document type id.
    pub type_id: String,
    /// Description.
    pub description: String,
    /// Who may read it.
    pub confidentialite: Confidentialite,
    /// Upload time.
    pub created_at: DateTime<Utc>,
    /// File name given at upload.
    pub nom_fichier: String,
    /// Size in bytes.
    pub taille: i64,
}

impl DocumentLigne {
    fn from_row(row: DocumentRow) -> StoreResult<Self> {
        Ok(Self {
            id: row.id,
            etape_id: row.etape_id,
            blob_id: row.blob_id,
            confidentialite: confidentialite_from_id(&row.confidentialite)
                .ok_or_else(|| donnee("confidentialité", &row.confidentialite))?,
            type_id: row.type_id,
            description: row.description,
            created_at: row.created_at,
            nom_fichier: row.original_name,
            taille: row.size_bytes,
        })
    }

    /// French name of the document type.
    pub fn type_nom(&self) -> &'static str {
        crate::referentiels::document_type(&self.type_id).map_or("document", |t| t.nom)
    }
}

/// A company.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct Entreprise {
    /// Database id.
    pub id: i64,
    /// Identifier used by roles and titres (`fr-<SIREN>`).
    pub code: String,
    /// Name.
    pub nom: String,
    /// SIREN (French companies).
    pub siren: Option<String>,
    /// Foreign legal identifier.
    pub legal_etranger: Option<String>,
    /// PME, ETI or GE.
    pub categorie: Option<String>,
    /// Address.
    pub adresse: String,
    /// Postcode.
    pub code_postal: String,
    /// Town.
    pub commune: String,
}

impl Entreprise {
    /// The legal identifier exported by the anchor (`legal_etranger`, else the SIREN).
    pub fn legal(&self) -> &str {
        self.legal_etranger
            .as_deref()
            .or(self.siren.as_deref())
            .unwrap_or_default()
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Reading titres.

/// Looks a titre up by slug, or by numeric id.
pub async fn find_titre(db: &Db, slug_ou_id: &str) -> StoreResult<Option<TitreLigne>> {
    let id = slug_ou_id.parse::<i64>().unwrap_or(-1);
    let row: Option<TitreRow> = db
        .fetch_optional(
            Query::assembled(format!(
                "SELECT {TITRE_COLONNES} FROM mines_titres t WHERE t.slug = $1 OR t.id = $2"
            ))
            .bind(slug_ou_id)
            .bind(id),
        )
        .await?;
    row.map(TitreLigne::try_from).transpose()
}

async fn titre_by_id(conn: &mut Conn<'_>, id: i64) -> StoreResult<Option<TitreLigne>> {
    let row: Option<TitreRow> = conn
        .fetch_optional(
            Query::assembled(format!(
                "SELECT {TITRE_COLONNES} FROM mines_titres t WHERE t.id = $1"
            ))
            .bind(id),
        )
        .await?;
    row.map(TitreLigne::try_from).transpose()
}

/// The current perimeter of a titre (GeoJSON geometry, 7 decimals).
pub async fn titre_perimetre(db: &Db, titre_id: i64) -> StoreResult<Option<String>> {
    let row: Option<(Option<String>,)> = db
        .fetch_optional(
            Query::new("SELECT perimetre FROM mines_titres WHERE id = $1").bind(titre_id),
        )
        .await?;
    Ok(row.and_then(|(p,)| p))
}

/// A titre with its démarches, étapes and documents, in the order of the titre.
#[derive(Debug, Clone)]
pub struct TitreComplet {
    /// The titre.
    pub titre: TitreLigne,
    /// Its démarches, each with its étapes (procedure order, drafts last) and their documents.
    pub demarches: Vec<DemarcheComplete>,
}

/// A démarche with its étapes.
#[derive(Debug, Clone)]
pub struct DemarcheComplete {
    /// The démarche.
    pub demarche: DemarcheLigne,
    /// Its étapes.
    pub etapes: Vec<EtapeComplete>,
}

/// An étape with its documents.
#[derive(Debug, Clone)]
pub struct EtapeComplete {
    /// The étape.
    pub etape: EtapeLigne,
    /// Its documents.
    pub documents: Vec<DocumentLigne>,
}

impl TitreComplet {
    /// The domain form, for the engine.
    pub fn domain(&self) -> Titre {
        Titre {
            id: TitreId(self.titre.slug.clone()),
            nom: self.titre.nom.clone(),
            type_id: self.titre.type_id,
            demarches: self
                .demarches
                .iter()
                .map(|d| Demarche {
                    id: DemarcheId(d.demarche.id.to_string()),
                    type_id: d.demarche.type_id,
                    ordre: u32::try_from(d.demarche.ordre).unwrap_or(u32::MAX),
                    etapes: d.etapes.iter().map(EtapeComplete::domain).collect(),
                })
                .collect(),
        }
    }

    /// A démarche by id.
    pub fn demarche(&self, id: i64) -> Option<&DemarcheComplete> {
        self.demarches.iter().find(|d| d.demarche.id == id)
    }
}

impl EtapeComplete {
    /// The domain étape with its documents.
    pub fn domain(&self) -> Etape {
        let mut etape = self.etape.etape.clone();
        etape.documents = self
            .documents
            .iter()
            .map(|d| Document {
                id: d.id.to_string(),
                type_id: d.type_id.clone(),
                confidentialite: d.confidentialite,
            })
            .collect();
        etape
    }
}

/// Loads a whole titre.
pub async fn load_titre(conn: &mut Conn<'_>, titre_id: i64) -> StoreResult<Option<TitreComplet>> {
    let Some(titre) = titre_by_id(conn, titre_id).await? else {
        return Ok(None);
    };
    let demarches: Vec<DemarcheRow> = conn
        .fetch_all(
            Query::new(
                "SELECT id, titre_id, slug, type_id, ordre, description, statut_id, public_lecture, \
                 entreprises_lecture, date_debut, date_fin, explication, source, erreur, bloquants \
                 FROM mines_demarches WHERE titre_id = $1 ORDER BY ordre, id",
            )
            .bind(titre_id),
        )
        .await?;
    let etapes: Vec<EtapeRow> = conn
        .fetch_all(
            Query::assembled(format!(
                "SELECT {ETAPE_COLONNES} FROM mines_etapes e JOIN mines_demarches d ON d.id = e.demarche_id \
                 WHERE d.titre_id = $1 ORDER BY e.is_brouillon, e.ordre, e.date, e.id"
            ))
            .bind(titre_id),
        )
        .await?;
    let documents: Vec<DocumentRow> = conn
        .fetch_all(
            Query::new(
                "SELECT doc.id, doc.etape_id, doc.blob_id, doc.type_id, doc.description, doc.confidentialite, \
                 doc.created_at, b.original_name, b.size_bytes FROM mines_documents doc \
                 JOIN blobs b ON b.id = doc.blob_id JOIN mines_etapes e ON e.id = doc.etape_id \
                 JOIN mines_demarches d ON d.id = e.demarche_id WHERE d.titre_id = $1 ORDER BY doc.id",
            )
            .bind(titre_id),
        )
        .await?;
    let mut documents_par_etape: HashMap<i64, Vec<DocumentLigne>> = HashMap::new();
    for row in documents {
        let document = DocumentLigne::from_row(row)?;
        documents_par_etape
            .entry(document.etape_id)
            .or_default()
            .push(document);
    }
    let mut etapes_par_demarche: HashMap<i64, Vec<EtapeComplete>> = HashMap::new();
    for row in etapes {
        let etape = EtapeLigne::from_row(row)?;
        let documents = documents_par_etape.remove(&etape.id).unwrap_or_default();
        etapes_par_demarche
            .entry(etape.demarche_id)
            .or_default()
            .push(EtapeComplete { etape, documents });
    }
    let demarches = demarches
        .into_iter()
        .map(|row| {
            let demarche = DemarcheLigne::try_from(row)?;
            let etapes = etapes_par_demarche.remove(&demarche.id).unwrap_or_default();
            Ok(DemarcheComplete { demarche, etapes })
        })
        .collect::<StoreResult<Vec<_>>>()?;
    Ok(Some(TitreComplet { titre, demarches }))
}

/// The titre id of a démarche.
pub async fn titre_of_demarche(db: &Db, demarche_id: i64) -> StoreResult<Option<i64>> {
    let row: Option<(i64,)> = db
        .fetch_optional(
            Query::new("SELECT titre_id FROM mines_demarches WHERE id = $1").bind(demarche_id),
        )
        .await?;
    Ok(row.map(|(id,)| id))
}

/// The titre and démarche ids of an étape.
pub async fn titre_of_etape(db: &Db, etape_id: i64) -> StoreResult<Option<(i64, i64)>> {
    Ok(db
        .fetch_optional(
            Query::new(
                "SELECT d.titre_id, d.id FROM mines_etapes e JOIN mines_demarches d ON d.id = e.demarche_id \
                 WHERE e.id = $1",
            )
            .bind(etape_id),
        )
        .await?)
}

/// The titre, démarche and étape ids of a document.
pub async fn titre_of_document(db: &Db, document_id: i64) -> StoreResult<Option<(i64, i64, i64)>> {
    Ok(db
        .fetch_optional(
            Query::new(
                "SELECT d.titre_id, d.id, e.id FROM mines_documents doc JOIN mines_etapes e ON e.id = doc.etape_id \
                 JOIN mines_demarches d ON d.id = e.demarche_id WHERE doc.id = $1",
            )
            .bind(document_id),
        )
        .await?)
}

// ---------------------------------------------------------------------------------------------------------------
// Lists with filters and visibility.

/// A territory filter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FiltreTerritoire {
    /// Kind (commune, département or région).
    pub kind: Kind,
    /// INSEE code.
    pub code: String,
}

/// Filters of the titre list, the exports and the API.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filtres {
    /// Domaines.
    pub domaines: Vec<DomaineId>,
    /// Natures ("type" of titre in the anchor: autorisation de recherches, concession…).
    pub natures: Vec<TitreNatureId>,
    /// Statuts.
    pub statuts: Vec<TitreStatutId>,
    /// Substances légales.
    pub substances: Vec<String>,
    /// Entreprise codes (titulaires or amodiataires).
    pub entreprises: Vec<String>,
    /// Territory.
    pub territoire: Option<FiltreTerritoire>,
    /// Words of the name.
    pub nom: Option<String>,
}

/// Who reads: the SQL form of [`Acteur::lit_titre`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Visibilite {
    /// Reads every titre.
    pub tout: bool,
    /// Administrations of the user (they read the titres they manage, follow or are local to).
    pub administrations: Vec<String>,
    /// Companies of the user (they read their titres and drafts).
    pub entreprises: Vec<String>,
}

impl Visibilite {
    /// The public.
    pub fn publique() -> Self {
        Self::default()
    }

    /// What an actor reads.
    pub fn of(acteur: &Acteur) -> Self {
        Self {
            tout: acteur.is_super(),
            administrations: acteur
                .administrations()
                .into_iter()
                .map(|(id, _)| id.to_owned())
                .collect(),
            entreprises: acteur
                .entreprises()
                .into_iter()
                .map(|e| e.0.clone())
                .collect(),
        }
    }
}

/// A SQL text assembled from fixed fragments of this file, its values bound as `$N`.
struct Requete {
    sql: String,
    args: Vec<Value>,
}

impl Requete {
    fn new(sql: &str) -> Self {
        Self {
            sql: sql.to_owned(),
            args: Vec::new(),
        }
    }

    fn arg(&mut self, value: impl Into<Value>) -> String {
        self.args.push(value.into());
        format!("${}", self.args.len())
    }

    fn args_in<T: Into<Value> + Clone>(&mut self, values: &[T]) -> String {
        values
            .iter()
            .map(|v| self.arg(v.clone()))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn push(&mut self, fragment: &str) {
        self.sql.push_str(fragment);
    }

    fn query(self) -> Query {
        Query::assembled(self.sql).bind_all(self.args)
    }
}

fn cle_condition(requete: &mut Requete, cle: &'static str, valeurs: &[String]) -> String {
    let cle = requete.arg(cle);
    let valeurs = requete.args_in(valeurs);
    format!(
        "EXISTS (SELECT 1 FROM mines_titres_cles c WHERE c.titre_id = t.id AND c.cle = {cle} AND c.valeur IN ({valeurs}))"
    )
}

/// Escapes `%`, `_` and `\` for a LIKE pattern with `ESCAPE '\'`.
fn like_escape(texte: &str) -> String {
    texte
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

fn where_clause(requete: &mut Requete, filtres: &Filtres, visibilite: &Visibilite) {
    let mut conditions: Vec<String> = Vec::new();
    if !visibilite.tout {
        let mut lecture = vec!["t.public_lecture".to_owned()];
        if !visibilite.administrations.is_empty() {
            lecture.push(cle_condition(
                requete,
                "administration",
                &visibilite.administrations,
            ));
        }
        if !visibilite.entreprises.is_empty() {
            lecture.push(cle_condition(
                requete,
                "entreprise",
                &visibilite.entreprises,
            ));
        }
        conditions.push(format!("({})", lecture.join(" OR ")));
    }
    if !filtres.domaines.is_empty() || !filtres.natures.is_empty() {
        let types: Vec<String> = TitreTypeId::ALL
            .into_iter()
            .filter(|t| filtres.domaines.is_empty() || filtres.domaines.contains(&t.domaine()))
            .filter(|t| filtres.natures.is_empty() || filtres.natures.contains(&t.nature()))
            .map(|t| t.as_str().to_owned())
            .collect();
        if types.is_empty() {
            conditions.push("1 = 0".to_owned());
        } else {
            let liste = requete.args_in(&types);
            conditions.push(format!("t.type_id IN ({liste})"));
        }
    }
    if !filtres.statuts.is_empty() {
        let statuts: Vec<String> = filtres
            .statuts
            .iter()
            .map(|s| s.as_str().to_owned())
            .collect();
        let liste = requete.args_in(&statuts);
        conditions.push(format!("t.statut_id IN ({liste})"));
    }
    if !filtres.substances.is_empty() {
        conditions.push(cle_condition(requete, "substance", &filtres.substances));
    }
    if !filtres.entreprises.is_empty() {
        conditions.push(cle_condition(requete, "entreprise", &filtres.entreprises));
    }
    if let Some(territoire) = &filtres.territoire {
        let cle = match territoire.kind {
            Kind::Commune => "commune",
            Kind::Departement => "departement",
            Kind::Region | Kind::Epci => "region",
        };
        conditions.push(cle_condition(
            requete,
            cle,
            std::slice::from_ref(&territoire.code),
        ));
    }
    if let Some(nom) = filtres.nom.as_deref().map(plier).filter(|n| !n.is_empty()) {
        for mot in nom.split(' ') {
            let motif = requete.arg(format!("%{}%", like_escape(mot)));
            conditions.push(format!("t.nom_plie LIKE {motif} ESCAPE '\\'"));
        }
    }
    if !conditions.is_empty() {
        requete.push(" WHERE ");
        requete.push(&conditions.join(" AND "));
    }
}

/// A page of titres matching the filters that the reader may read, sorted by name.
pub async fn list_titres(
    db: &Db,
    filtres: &Filtres,
    visibilite: &Visibilite,
    offset: usize,
    limit: usize,
) -> StoreResult<(usize, Vec<TitreLigne>)> {
    let mut compte = Requete::new("SELECT COUNT(*) FROM mines_titres t");
    where_clause(&mut compte, filtres, visibilite);
    let count: i64 = db.fetch_scalar(compte.query()).await?;
    let mut page = Requete::new(&format!("SELECT {TITRE_COLONNES} FROM mines_titres t"));
    where_clause(&mut page, filtres, visibilite);
    let limit = page.arg(limit);
    let offset = page.arg(offset);
    page.push(&format!(
        " ORDER BY t.nom_plie, t.id LIMIT {limit} OFFSET {offset}"
    ));
    let rows: Vec<TitreRow> = db.fetch_all(page.query()).await?;
    let titres = rows
        .into_iter()
        .map(TitreLigne::try_from)
        .collect::<StoreResult<Vec<_>>>()?;
    Ok((usize::try_from(count).unwrap_or(0), titres))
}

/// Every public titre matching the filters, with its perimeter (GeoJSON text), for the open-data exports.
pub async fn export_titres(
    db: &Db,
    filtres: &Filtres,
) -> StoreResult<Vec<(TitreLigne, Option<String>)>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        titre: TitreRow,
        perimetre: Option<String>,
    }
    let mut requete = Requete::new(&format!(
        "SELECT {TITRE_COLONNES}, t.perimetre FROM mines_titres t"
    ));
    where_clause(&mut requete, filtres, &Visibilite::publique());
    requete.push(" ORDER BY t.nom_plie, t.id");
    let rows: Vec<Row> = db.fetch_all(requete.query()).await?;
    rows.into_iter()
        .map(|row| Ok((TitreLigne::try_from(row.titre)?, row.perimetre)))
        .collect()
}

/// A public titre on the map.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct TitreCarte {
    /// Slug.
    pub slug: String,
    /// Name.
    pub nom: String,
    /// Type id.
    pub type_id: String,
    /// Statut id.
    pub statut_id: String,
    /// Centroid longitude.
    pub centre_lon: f64,
    /// Centroid latitude.
    pub centre_lat: f64,
    /// West of the bounding box.
    pub ouest: f64,
    /// South of the bounding box.
    pub sud: f64,
    /// East of the bounding box.
    pub est: f64,
    /// North of the bounding box.
    pub nord: f64,
    /// Perimeter (GeoJSON geometry, 7 decimals).
    pub perimetre: String,
}

/// Every public titre with a perimeter, for the in-memory map index.
pub async fn titres_carte(db: &Db) -> StoreResult<Vec<TitreCarte>> {
    Ok(db
        .fetch_all(Query::new(
            "SELECT slug, nom, type_id, statut_id, centre_lon, centre_lat, ouest, sud, est, nord, perimetre \
             FROM mines_titres WHERE public_lecture AND centre_lon IS NOT NULL AND centre_lat IS NOT NULL \
             AND ouest IS NOT NULL AND sud IS NOT NULL AND est IS NOT NULL AND nord IS NOT NULL \
             AND perimetre IS NOT NULL ORDER BY id",
        ))
        .await?)
}

// ---------------------------------------------------------------------------------------------------------------
// Démarches for the instruction and the API.

/// A démarche with its titre, for lists.
#[derive(Debug, Clone)]
pub struct DemarcheAvecTitre {
    /// The démarche.
    pub demarche: DemarcheLigne,
    /// Its titre.
    pub titre: TitreLigne,
}

/// Démarches of the titres the reader may read, filtered by titre and statut, oldest titre name first.
pub async fn list_demarches(
    db: &Db,
    visibilite: &Visibilite,
    titre_id: Option<i64>,
    statuts: &[DemarcheStatutId],
    offset: usize,
    limit: usize,
) -> StoreResult<(usize, Vec<DemarcheAvecTitre>)> {
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        titre: TitreRow,
        d_id: i64,
    }
    let construire = |select: &str| {
        let mut requete = Requete::new(select);
        where_clause(&mut requete, &Filtres::default(), visibilite);
        let mut conditions = Vec::new();
        if let Some(id) = titre_id {
            let id = requete.arg(id);
            conditions.push(format!("d.titre_id = {id}"));
        }
        if !statuts.is_empty() {
            let liste: Vec<String> = statuts.iter().map(|s| s.as_str().to_owned()).collect();
            let liste = requete.args_in(&liste);
            conditions.push(format!("d.statut_id IN ({liste})"));
        }
        if !conditions.is_empty() {
            let lien = if requete.sql.contains(" WHERE ") {
                " AND "
            } else {
                " WHERE "
            };
            requete.push(lien);
            requete.push(&conditions.join(" AND "));
        }
        requete
    };
    let compte = construire(
        "SELECT COUNT(*) FROM mines_demarches d JOIN mines_titres t ON t.id = d.titre_id",
    );
    let count: i64 = db.fetch_scalar(compte.query()).await?;
    let mut page = construire(&format!(
        "SELECT {TITRE_COLONNES}, d.id AS d_id FROM mines_demarches d JOIN mines_titres t ON t.id = d.titre_id"
    ));
    let limit = page.arg(limit);
    let offset = page.arg(offset);
    page.push(&format!(
        " ORDER BY t.nom_plie, t.id, d.ordre, d.id LIMIT {limit} OFFSET {offset}"
    ));
    let rows: Vec<Row> = db.fetch_all(page.query()).await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.d_id).collect();
    let mut demarches = demarches_by_ids(db, &ids).await?;
    let mut resultat = Vec::with_capacity(rows.len());
    for row in rows {
        let titre = TitreLigne::try_from(row.titre)?;
        if let Some(demarche) = demarches.remove(&row.d_id) {
            resultat.push(DemarcheAvecTitre { demarche, titre });
        }
    }
    Ok((usize::try_from(count).unwrap_or(0), resultat))
}

async fn demarches_by_ids(db: &Db, ids: &[i64]) -> StoreResult<HashMap<i64, DemarcheLigne>> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let mut requete = Requete::new(
        "SELECT id, titre_id, slug, type_id, ordre, description, statut_id, public_lecture, entreprises_lecture, \
         date_debut, date_fin, explication, source, erreur, bloquants FROM mines_demarches WHERE id IN (",
    );
    let liste = requete.args_in(ids);
    requete.push(&liste);
    requete.push(")");
    let rows: Vec<DemarcheRow> = db.fetch_all(requete.query()).await?;
    rows.into_iter()
        .map(|row| DemarcheLigne::try_from(row).map(|d| (d.id, d)))
        .collect()
}

// ---------------------------------------------------------------------------------------------------------------
// Entreprises.

const ENTREPRISE_COLONNES: &str =
    "id, code, nom, siren, legal_etranger, categorie, adresse, code_postal, commune";

/// Every company, by name.
pub async fn all_entreprises(db: &Db) -> StoreResult<Vec<Entreprise>> {
    Ok(db
        .fetch_all(Query::assembled(format!(
            "SELECT {ENTREPRISE_COLONNES} FROM mines_entreprises ORDER BY nom, id"
        )))
        .await?)
}

/// Companies by code.
pub async fn entreprises_by_code(db: &Db) -> StoreResult<HashMap<String, Entreprise>> {
    Ok(all_entreprises(db)
        .await?
        .into_iter()
        .map(|e| (e.code.clone(), e))
        .collect())
}

/// A page of companies whose name or SIREN contains `q`.
pub async fn list_entreprises(
    db: &Db,
    q: Option<&str>,
    offset: usize,
    limit: usize,
) -> StoreResult<(usize, Vec<Entreprise>)> {
    let motif = q
        .map(str::trim)
        .filter(|q| !q.is_empty())
        .map(|q| format!("%{}%", like_escape(&q.to_lowercase())));
    let count: i64 = db
        .fetch_scalar(
            Query::new(
                "SELECT COUNT(*) FROM mines_entreprises WHERE ($1 IS NULL OR LOWER(nom) LIKE $1 ESCAPE '\\' \
                 OR siren LIKE $1 ESCAPE '\\')",
            )
            .bind(motif.clone()),
        )
        .await?;
    let rows = db
        .fetch_all(
            Query::assembled(format!(
                "SELECT {ENTREPRISE_COLONNES} FROM mines_entreprises WHERE ($1 IS NULL OR LOWER(nom) LIKE $1 \
                 ESCAPE '\\' OR siren LIKE $1 ESCAPE '\\') ORDER BY nom, id LIMIT $2 OFFSET $3"
            ))
            .bind(motif)
            .bind(limit)
            .bind(offset),
        )
        .await?;
    Ok((usize::try_from(count).unwrap_or(0), rows))
}

/// A company by code.
pub async fn find_entreprise(db: &Db, code: &str) -> StoreResult<Option<Entreprise>> {
    Ok(db
        .fetch_optional(
            Query::assembled(format!(
                "SELECT {ENTREPRISE_COLONNES} FROM mines_entreprises WHERE code = $1"
            ))
            .bind(code),
        )
        .await?)
}

/// A company to create or update.
#[derive(Debug, Clone, PartialEq)]
pub struct NouvelleEntreprise {
    /// Name.
    pub nom: String,
    /// SIREN (9 digits).
    pub siren: String,
    /// PME, ETI or GE.
    pub categorie: Option<String>,
    /// Address.
    pub adresse: String,
    /// Postcode.
    pub code_postal: String,
    /// Town.
    pub commune: String,
}

impl NouvelleEntreprise {
    /// The code of a French company.
    pub fn code(&self) -> String {
        format!("fr-{}", self.siren)
    }
}

/// Checks a SIREN: nine digits with a valid Luhn key (La Poste's SIREN 356000000 is the one exception).
pub fn siren_valide(siren: &str) -> bool {
    if siren.len() != 9 || !siren.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    if siren == "356000000" {
        return true;
    }
    let somme: u32 = siren
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let chiffre = u32::from(b - b'0');
            if i % 2 == 1 {
                let double = chiffre * 2;
                if double > 9 { double - 9 } else { double }
            } else {
                chiffre
            }
        })
        .sum();
    somme.is_multiple_of(10)
}

/// Creates a company or updates it by SIREN; returns its code.
pub async fn upsert_entreprise(
    tx: &mut Tx,
    entreprise: &NouvelleEntreprise,
) -> StoreResult<String> {
    let code = entreprise.code();
    let at = now();
    let updated = tx
        .execute(
            Query::new(
                "UPDATE mines_entreprises SET nom = $1, categorie = $2, adresse = $3, code_postal = $4, commune = $5, \
                 updated_at = $6 WHERE code = $7",
            )
            .bind(&entreprise.nom)
            .bind(entreprise.categorie.clone())
            .bind(&entreprise.adresse)
            .bind(&entreprise.code_postal)
            .bind(&entreprise.commune)
            .bind(at)
            .bind(&code),
        )
        .await?;
    if updated == 0 {
        tx.execute(
            Query::new(
                "INSERT INTO mines_entreprises (code, nom, siren, categorie, adresse, code_postal, commune, \
                 created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)",
            )
            .bind(&code)
            .bind(&entreprise.nom)
            .bind(&entreprise.siren)
            .bind(entreprise.categorie.clone())
            .bind(&entreprise.adresse)
            .bind(&entreprise.code_postal)
            .bind(&entreprise.commune)
            .bind(at),
        )
        .await?;
    }
    Ok(code)
}

// ---------------------------------------------------------------------------------------------------------------
// Writes.

/// A titre to create.
#[derive(Debug, Clone, PartialEq)]
pub struct NouveauTitre {
    /// Name.
    pub nom: String,
    /// Type.
    pub type_id: TitreTypeId,
    /// External references.
    pub references: Vec<Reference>,
}

/// Creates a titre; its slug is `{domaine}-{nature}-{name}-{year}` (made unique with a number).
pub async fn insert_titre(
    tx: &mut Tx,
    titre: &NouveauTitre,
    annee: i32,
) -> StoreResult<(i64, String)> {
    let base = format!(
        "{}-{}-{}-{annee}",
        titre.type_id.domaine().as_str(),
        titre.type_id.nature().as_str(),
        slugifier(&titre.nom)
    );
    let existants: Vec<String> = tx
        .fetch_scalars(
            Query::new("SELECT slug FROM mines_titres WHERE slug = $1 OR slug LIKE $2 ESCAPE '\\'")
                .bind(&base)
                .bind(format!("{}-%", like_escape(&base))),
        )
        .await?;
    let slug = (1..)
        .map(|n| {
            if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            }
        })
        .find(|candidat| !existants.contains(candidat))
        .unwrap_or(base);
    let at = now();
    let references =
        serde_json::to_string(&titre.references).map_err(|e| StoreError::Donnee(e.to_string()))?;
    let id = tx
        .fetch_scalar(
            Query::new(
                "INSERT INTO mines_titres (slug, nom, nom_plie, type_id, references_json, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
            )
            .bind(&slug)
            .bind(&titre.nom)
            .bind(plier(&titre.nom))
            .bind(titre.type_id.as_str())
            .bind(references)
            .bind(at),
        )
        .await?;
    Ok((id, slug))
}

/// Creates a démarche at the end of the titre; returns its id.
pub async fn insert_demarche(
    tx: &mut Tx,
    titre_id: i64,
    type_id: DemarcheTypeId,
    description: &str,
) -> StoreResult<i64> {
    let (slug_titre, ordre): (String, i64) = tx
        .fetch_one(
            Query::new(
                "SELECT t.slug, COALESCE((SELECT MAX(ordre) FROM mines_demarches WHERE titre_id = t.id), 0) \
                 FROM mines_titres t WHERE t.id = $1",
            )
            .bind(titre_id),
        )
        .await?;
    let meme_type: i64 = tx
        .fetch_scalar(
            Query::new("SELECT COUNT(*) FROM mines_demarches WHERE titre_id = $1 AND type_id = $2")
                .bind(titre_id)
                .bind(type_id.as_str()),
        )
        .await?;
    let slug = format!("{slug_titre}-{}{:02}", type_id.as_str(), meme_type + 1);
    let at = now();
    Ok(tx
        .fetch_scalar(
            Query::new(
                "INSERT INTO mines_demarches (titre_id, slug, type_id, ordre, description, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
            )
            .bind(titre_id)
            .bind(slug)
            .bind(type_id.as_str())
            .bind(ordre + 1)
            .bind(description)
            .bind(at),
        )
        .await?)
}

/// An étape to record.
#[derive(Debug, Clone)]
pub struct NouvelleEtape {
    /// Type.
    pub type_id: EtapeTypeId,
    /// Statut.
    pub statut_id: EtapeStatutId,
    /// Date.
    pub date: CaminoDate,
    /// Draft.
    pub is_brouillon: bool,
    /// Start of validity.
    pub date_debut: Option<CaminoDate>,
    /// End of validity.
    pub date_fin: Option<CaminoDate>,
    /// Duration in months.
    pub duree: Option<u32>,
    /// Titulaires (entreprise codes).
    pub titulaires: Option<Vec<String>>,
    /// Amodiataires.
    pub amodiataires: Option<Vec<String>>,
    /// Substances.
    pub substances: Option<Vec<String>>,
    /// Perimeter.
    pub perimetre: Option<Perimetre>,
    /// Communes crossed by the perimeter, with their areas when known.
    pub communes: Option<Vec<CommuneSurface>>,
    /// Pays of the perimeter (`FR`, `GF`…).
    pub pays_id: Option<String>,
    /// Free-form content (JSON object of sections).
    pub contenu: Json,
    /// Inherited properties.
    pub heritage: Heritage,
}

impl NouvelleEtape {
    /// An étape with only its type, statut and date.
    pub fn simple(type_id: EtapeTypeId, statut_id: EtapeStatutId, date: CaminoDate) -> Self {
        Self {
            type_id,
            statut_id,
            date,
            is_brouillon: false,
            date_debut: None,
            date_fin: None,
            duree: None,
            titulaires: None,
            amodiataires: None,
            substances: None,
            perimetre: None,
            communes: None,
            pays_id: None,
            contenu: json!({}),
            heritage: Heritage::default(),
        }
    }

    /// The domain form, before it is stored (for validation).
    pub fn domain(&self, id: &str) -> Etape {
        let mut etape = Etape::new(self.type_id, self.statut_id, self.date);
        etape.id = EtapeId(id.to_owned());
        etape.is_brouillon = self.is_brouillon;
        etape.date_debut = self.date_debut;
        etape.date_fin = self.date_fin;
        etape.duree = self.duree;
        etape.surface = self.perimetre.as_ref().map(|p| p.surface_km2);
        etape.pays_id = self.pays_id.clone().map(PaysId);
        etape.titulaires = self
            .titulaires
            .as_ref()
            .map(|v| v.iter().map(|c| EntrepriseId(c.clone())).collect());
        etape.amodiataires = self
            .amodiataires
            .as_ref()
            .map(|v| v.iter().map(|c| EntrepriseId(c.clone())).collect());
        etape.substances.clone_from(&self.substances);
        etape.perimetre = self.perimetre.as_ref().map(|p| Arc::new(p.wgs84.clone()));
        etape.communes = self
            .communes
            .as_ref()
            .map(|v| v.iter().map(|c| CommuneId(c.id.clone())).collect());
        etape.contenu = crate::rejeu::contenu_from_json(&self.contenu);
        etape.heritage = self.heritage;
        etape
    }
}

/// Records an étape; returns its id.
pub async fn insert_etape(
    tx: &mut Tx,
    demarche_id: i64,
    etape: &NouvelleEtape,
    created_by: Option<i64>,
) -> StoreResult<i64> {
    let at = now();
    let perimetre = etape
        .perimetre
        .as_ref()
        .map(|p| multipolygon_to_geojson(&p.wgs84).to_string());
    let origine = etape
        .perimetre
        .as_ref()
        .map(|p| multipolygon_to_geojson_exact(&p.origine).to_string());
    let points = etape.perimetre.as_ref().map(|p| {
        let points: Vec<PointStocke> = p
            .points
            .iter()
            .map(|point| PointStocke {
                nom: point.nom.clone(),
                description: point.description.clone(),
                x: point.origine.0,
                y: point.origine.1,
                lon: socle::geo::round7(point.wgs84.0),
                lat: socle::geo::round7(point.wgs84.1),
            })
            .collect();
        serde_json::to_string(&points).unwrap_or_else(|_| "[]".to_owned())
    });
    let communes = etape
        .communes
        .as_ref()
        .map(|c| serde_json::to_string(c).unwrap_or_else(|_| "[]".to_owned()));
    let heritage = serde_json::to_string(&HeritageJson::from(etape.heritage))
        .unwrap_or_else(|_| "{}".to_owned());
    Ok(tx
        .fetch_scalar(
            Query::new(
                "INSERT INTO mines_etapes (demarche_id, type_id, statut_id, date, is_brouillon, date_debut, date_fin, \
                 duree, surface, pays_id, titulaires, amodiataires, substances, communes, perimetre, \
                 perimetre_origine, geo_systeme_id, points, contenu, heritage, created_by, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, \
                 $21, $22, $22) RETURNING id",
            )
            .bind(demarche_id)
            .bind(etape.type_id.as_str())
            .bind(etape.statut_id.as_str())
            .bind(date_value(Some(etape.date)))
            .bind(etape.is_brouillon)
            .bind(date_value(etape.date_debut))
            .bind(date_value(etape.date_fin))
            .bind(etape.duree.map(i64::from))
            .bind(etape.perimetre.as_ref().map(|p| p.surface_km2))
            .bind(etape.pays_id.clone())
            .bind(etape.titulaires.as_deref().map(list_json))
            .bind(etape.amodiataires.as_deref().map(list_json))
            .bind(etape.substances.as_deref().map(list_json))
            .bind(communes)
            .bind(perimetre)
            .bind(origine)
            .bind(etape.perimetre.as_ref().map(|p| p.systeme.as_str().to_owned()))
            .bind(points)
            .bind(etape.contenu.to_string())
            .bind(heritage)
            .bind(created_by)
            .bind(at),
        )
        .await?)
}

/// Turns a draft étape into a filed one at `date` (dépôt of a demande).
pub async fn file_draft(tx: &mut Tx, etape_id: i64, date: CaminoDate) -> StoreResult<()> {
    tx.execute(
        Query::new(
            "UPDATE mines_etapes SET is_brouillon = $1, date = $2, updated_at = $3 WHERE id = $4",
        )
        .bind(false)
        .bind(date_value(Some(date)))
        .bind(now())
        .bind(etape_id),
    )
    .await?;
    Ok(())
}

/// Records a document of an étape; the blob is already stored in the transaction.
pub async fn insert_document(
    tx: &mut Tx,
    etape_id: i64,
    blob_id: i64,
    type_id: &str,
    description: &str,
    confidentialite: Confidentialite,
    created_by: Option<i64>,
) -> StoreResult<i64> {
    Ok(tx
        .fetch_scalar(
            Query::new(
                "INSERT INTO mines_documents (etape_id, blob_id, type_id, description, confidentialite, created_by, \
                 created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
            )
            .bind(etape_id)
            .bind(blob_id)
            .bind(type_id)
            .bind(description)
            .bind(confidentialite_id(confidentialite))
            .bind(created_by)
            .bind(now()),
        )
        .await?)
}

/// A document and the blob behind it.
pub async fn find_document(db: &Db, document_id: i64) -> StoreResult<Option<DocumentLigne>> {
    let row: Option<DocumentRow> = db
        .fetch_optional(
            Query::new(
                "SELECT doc.id, doc.etape_id, doc.blob_id, doc.type_id, doc.description, doc.confidentialite, \
                 doc.created_at, b.original_name, b.size_bytes FROM mines_documents doc \
                 JOIN blobs b ON b.id = doc.blob_id WHERE doc.id = $1",
            )
            .bind(document_id),
        )
        .await?;
    row.map(DocumentLigne::from_row).transpose()
}

/// Bumps the version of a titre, refusing when it is not the expected one (someone wrote meanwhile); takes the
/// titre's lock so that writes on one titre are serialised.
pub async fn bump_version(tx: &mut Tx, titre_id: i64, attendue: Option<i64>) -> StoreResult<bool> {
    // Lock key: a constant prefix ("mines") and the titre id, far from the audit chain's key.
    tx.lock(0x6d69_6e65_0000_0000 | (titre_id & 0xffff_ffff))
        .await?;
    let changed = tx
        .execute(
            Query::new(
                "UPDATE mines_titres SET version = version + 1, updated_at = $1 \
                 WHERE id = $2 AND ($3 IS NULL OR version = $3)",
            )
            .bind(now())
            .bind(titre_id)
            .bind(attendue),
        )
        .await?;
    Ok(changed == 1)
}

// ---------------------------------------------------------------------------------------------------------------
// Recomputation of the derived values.

/// The derived values of a titre, as written.
#[derive(Debug, Clone, Serialize)]
struct Derive {
    statut_id: &'static str,
    statut_explication: &'static str,
    public_lecture: bool,
    date_debut: Option<String>,
    date_fin: Option<String>,
    date_demande: Option<String>,
    surface: Option<f64>,
    titulaires: Vec<String>,
    amodiataires: Vec<String>,
    demandeurs: Vec<String>,
    substances: Vec<String>,
    communes: Vec<CommuneSurface>,
    departements: Vec<String>,
    regions: Vec<String>,
    administrations_locales: Vec<&'static str>,
    perimetre: Option<String>,
    centre: Option<(f64, f64)>,
    bbox: Option<[f64; 4]>,
    cles: BTreeSet<(&'static str, String)>,
    demarches: Vec<DemarcheDerivee>,
    ordres: Vec<(i64, i64)>,
}

#[derive(Debug, Clone, Serialize)]
struct DemarcheDerivee {
    id: i64,
    statut_id: &'static str,
    public_lecture: bool,
    entreprises_lecture: bool,
    date_debut: Option<String>,
    date_fin: Option<String>,
    explication: Vec<LigneExplication>,
    source: String,
    erreur: Option<String>,
    bloquants: Vec<&'static str>,
}

fn source_nom(source: SourceStatut) -> String {
    match source {
        SourceStatut::SansEtape => "sans étape".to_owned(),
        SourceStatut::Travaux => "règles des travaux".to_owned(),
        SourceStatut::Machine(machine) => format!("procédure « {} »", machine.nom()),
        SourceStatut::Demande => "règles historiques des demandes".to_owned(),
        SourceStatut::Unilaterale => "règles historiques des démarches unilatérales".to_owned(),
        SourceStatut::AucuneRegle => "aucune règle".to_owned(),
    }
}

fn derive(complet: &TitreComplet, calcule: &TitreCalcule, territoires: &Territoires) -> Derive {
    let titre = &complet.titre;
    let date_s = |d: Option<CaminoDate>| d.map(|d| d.to_string());
    // Titre dates (anchor's export): start of the first phase, end of the last phase, first demande.
    let mut phases: Vec<_> = calcule.demarches.iter().filter_map(|d| d.phase).collect();
    phases.sort_by_key(|p| p.date_debut);
    let date_debut = phases.first().map(|p| p.date_debut);
    let date_fin = phases.last().and_then(|p| p.date_fin);
    let date_demande = calcule
        .demarches
        .iter()
        .filter(|d| d.type_id.is_octroi())
        .filter_map(|d| {
            d.etapes
                .iter()
                .find(|e| e.type_id == EtapeTypeId::Mdp)
                .or_else(|| d.etapes.iter().find(|e| e.type_id == EtapeTypeId::Mfr))
                .map(|e| e.date)
        })
        .min();
    let proprietes = &calcule.proprietes;
    let ids = |v: &Option<(Vec<EntrepriseId>, EtapeId)>| -> Vec<String> {
        v.as_ref()
            .map(|(l, _)| l.iter().map(|e| e.0.clone()).collect())
            .unwrap_or_default()
    };
    let titulaires = ids(&proprietes.titulaires);
    let amodiataires = ids(&proprietes.amodiataires);
    let demandeurs: Vec<String> = complet
        .demarches
        .iter()
        .flat_map(|d| &d.etapes)
        .filter(|e| e.etape.etape.is_brouillon)
        .flat_map(|e| e.etape.etape.titulaires.clone().unwrap_or_default())
        .map(|e| e.0)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let substances = proprietes
        .substances
        .as_ref()
        .map(|(s, _)| s.clone())
        .unwrap_or_default();
    // Communes with their areas come from the étape carrying the perimeter.
    let etape_perimetre = proprietes.perimetre.as_ref().map(|(_, id)| id.0.clone());
    let communes: Vec<CommuneSurface> = etape_perimetre
        .as_ref()
        .and_then(|id| {
            complet
                .demarches
                .iter()
                .flat_map(|d| &d.etapes)
                .find(|e| e.etape.id.to_string() == *id)
        })
        .and_then(|e| e.etape.communes.clone())
        .unwrap_or_default();
    let mut departements = BTreeSet::new();
    let mut regions = BTreeSet::new();
    for commune in &communes {
        if let Some(entry) = territoires.get(Kind::Commune, &commune.id) {
            departements.extend(entry.departement.clone());
            regions.extend(entry.region.clone());
        }
    }
    let departements: Vec<String> = departements.into_iter().collect();
    let regions: Vec<String> = regions.into_iter().collect();
    let locales = administrations::locales(&departements, &regions);
    let (perimetre, centre, bbox) = match &proprietes.perimetre {
        Some((geometrie, _)) => {
            let geojson = multipolygon_to_geojson(geometrie).to_string();
            match centre_and_bbox(geometrie) {
                Some((centre, bbox)) => (Some(geojson), Some(centre), Some(bbox)),
                None => (Some(geojson), None, None),
            }
        }
        None => (None, None, None),
    };
    let mut cles: BTreeSet<(&'static str, String)> = BTreeSet::new();
    for code in titulaires.iter().chain(&amodiataires).chain(&demandeurs) {
        cles.insert(("entreprise", code.clone()));
    }
    for substance in &substances {
        cles.insert(("substance", substance.clone()));
    }
    for commune in &communes {
        cles.insert(("commune", commune.id.clone()));
    }
    for departement in &departements {
        cles.insert(("departement", departement.clone()));
    }
    for region in &regions {
        cles.insert(("region", region.clone()));
    }
    for id in administrations::gestionnaires(titre.type_id)
        .into_iter()
        .chain(administrations::associees(titre.type_id))
        .chain(locales.iter().copied())
    {
        cles.insert(("administration", id.to_owned()));
    }
    let mut demarches = Vec::new();
    let mut ordres = Vec::new();
    for (calculee, stockee) in calcule.demarches.iter().zip(&complet.demarches) {
        let etape_ids: Vec<Option<i64>> = calculee
            .etapes
            .iter()
            .map(|e| e.id.0.parse::<i64>().ok())
            .collect();
        for (position, id) in etape_ids.iter().enumerate() {
            if let Some(id) = id {
                ordres.push((*id, i64::try_from(position).unwrap_or(0) + 1));
            }
        }
        let (explication, source, erreur, bloquants) = match &calculee.resultat {
            Ok(statut) => {
                let lignes = &statut.explication.etapes;
                // A machine explains one transition per étape after its first sentence: tie each to its étape,
                // so that readers see the sentences of the étapes they may read only.
                let par_etape = matches!(statut.explication.source, SourceStatut::Machine(_))
                    && lignes.len() == etape_ids.len() + 1;
                let explication = lignes
                    .iter()
                    .enumerate()
                    .map(|(i, texte)| LigneExplication {
                        etape: if par_etape && i > 0 {
                            etape_ids[i - 1]
                        } else {
                            None
                        },
                        texte: texte.clone(),
                    })
                    .collect();
                (
                    explication,
                    source_nom(statut.explication.source),
                    None,
                    statut.bloquants.clone(),
                )
            }
            Err(erreur) => (
                vec![LigneExplication {
                    etape: None,
                    texte: "Une étape est refusée par la procédure : le statut reste indéterminé."
                        .to_owned(),
                }],
                "refus".to_owned(),
                Some(erreur.to_string()),
                Vec::new(),
            ),
        };
        demarches.push(DemarcheDerivee {
            id: stockee.demarche.id,
            statut_id: calculee.statut().as_str(),
            public_lecture: calculee.public(),
            entreprises_lecture: calculee.entreprises_lecture(),
            date_debut: calculee.phase.map(|p| p.date_debut.to_string()),
            date_fin: calculee
                .phase
                .and_then(|p| p.date_fin)
                .map(|d| d.to_string()),
            explication,
            source,
            erreur,
            bloquants,
        });
    }
    Derive {
        statut_id: calcule.statut.as_str(),
        statut_explication: calcule.statut_explication,
        public_lecture: calcule.public,
        date_debut: date_s(date_debut),
        date_fin: date_s(date_fin),
        date_demande: date_s(date_demande),
        surface: proprietes.surface,
        titulaires,
        amodiataires,
        demandeurs,
        substances,
        communes,
        departements,
        regions,
        administrations_locales: locales,
        perimetre,
        centre,
        bbox,
        cles,
        demarches,
        ordres,
    }
}

fn parse_date_opt(date: &Option<String>) -> Value {
    date_value(date.as_deref().and_then(|d| CaminoDate::parse(d).ok()))
}

/// Writes the derived values when their fingerprint changed; returns whether anything was written.
async fn write_derive(
    tx: &mut Tx,
    titre_id: i64,
    derive: &Derive,
    date: CaminoDate,
    force: bool,
) -> StoreResult<bool> {
    let empreinte_json =
        serde_json::to_string(derive).map_err(|e| StoreError::Donnee(e.to_string()))?;
    let empreinte = i64::from_ne_bytes(fnv1a(empreinte_json.as_bytes()).to_ne_bytes());
    if !force {
        let (ancienne, calcule_au): (i64, Option<NaiveDate>) = tx
            .fetch_one(
                Query::new("SELECT calcul_empreinte, calcule_au FROM mines_titres WHERE id = $1")
                    .bind(titre_id),
            )
            .await?;
        if ancienne == empreinte && calcule_au.is_some() {
            tx.execute(
                Query::new("UPDATE mines_titres SET calcule_au = $1 WHERE id = $2")
                    .bind(date_value(Some(date)))
                    .bind(titre_id),
            )
            .await?;
            return Ok(false);
        }
    }
    let at = now();
    let centre = derive.centre;
    let bbox = derive.bbox;
    tx.execute(
        Query::new(
            "UPDATE mines_titres SET statut_id = $1, statut_explication = $2, public_lecture = $3, date_debut = $4, \
             date_fin = $5, date_demande = $6, surface = $7, titulaires = $8, amodiataires = $9, demandeurs = $10, \
             substances = $11, communes = $12, departements = $13, regions = $14, administrations_locales = $15, \
             perimetre = $16, centre_lon = $17, centre_lat = $18, ouest = $19, sud = $20, est = $21, nord = $22, \
             calcule_au = $23, calcul_empreinte = $24, recalcule_at = $25 WHERE id = $26",
        )
        .bind(derive.statut_id)
        .bind(derive.statut_explication)
        .bind(derive.public_lecture)
        .bind(parse_date_opt(&derive.date_debut))
        .bind(parse_date_opt(&derive.date_fin))
        .bind(parse_date_opt(&derive.date_demande))
        .bind(derive.surface)
        .bind(list_json(&derive.titulaires))
        .bind(list_json(&derive.amodiataires))
        .bind(list_json(&derive.demandeurs))
        .bind(list_json(&derive.substances))
        .bind(serde_json::to_string(&derive.communes).unwrap_or_else(|_| "[]".to_owned()))
        .bind(list_json(&derive.departements))
        .bind(list_json(&derive.regions))
        .bind(list_json(&derive.administrations_locales))
        .bind(derive.perimetre.clone())
        .bind(centre.map(|c| c.0))
        .bind(centre.map(|c| c.1))
        .bind(bbox.map(|b| b[0]))
        .bind(bbox.map(|b| b[1]))
        .bind(bbox.map(|b| b[2]))
        .bind(bbox.map(|b| b[3]))
        .bind(date_value(Some(date)))
        .bind(empreinte)
        .bind(at)
        .bind(titre_id),
    )
    .await?;
    tx.execute(Query::new("DELETE FROM mines_titres_cles WHERE titre_id = $1").bind(titre_id))
        .await?;
    for (cle, valeur) in &derive.cles {
        tx.execute(
            Query::new("INSERT INTO mines_titres_cles (titre_id, cle, valeur) VALUES ($1, $2, $3)")
                .bind(titre_id)
                .bind(*cle)
                .bind(valeur),
        )
        .await?;
    }
    for demarche in &derive.demarches {
        let explication = serde_json::to_string(&demarche.explication)
            .map_err(|e| StoreError::Donnee(e.to_string()))?;
        tx.execute(
            Query::new(
                "UPDATE mines_demarches SET statut_id = $1, public_lecture = $2, entreprises_lecture = $3, \
                 date_debut = $4, date_fin = $5, explication = $6, source = $7, erreur = $8, bloquants = $9, \
                 updated_at = $10 WHERE id = $11",
            )
            .bind(demarche.statut_id)
            .bind(demarche.public_lecture)
            .bind(demarche.entreprises_lecture)
            .bind(parse_date_opt(&demarche.date_debut))
            .bind(parse_date_opt(&demarche.date_fin))
            .bind(explication)
            .bind(&demarche.source)
            .bind(demarche.erreur.clone())
            .bind(list_json(&demarche.bloquants))
            .bind(at)
            .bind(demarche.id),
        )
        .await?;
    }
    for (etape_id, ordre) in &derive.ordres {
        tx.execute(
            Query::new("UPDATE mines_etapes SET ordre = $1 WHERE id = $2")
                .bind(*ordre)
                .bind(*etape_id),
        )
        .await?;
    }
    Ok(true)
}

/// What a recomputation changed, for the audit entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recalcul {
    /// Statut before.
    pub avant: TitreStatutId,
    /// Statut after.
    pub apres: TitreStatutId,
    /// Whether any derived value changed.
    pub modifie: bool,
}

/// Recomputes a whole titre "as at" `date` inside the caller's transaction and writes its derived values.
pub async fn recompute(
    tx: &mut Tx,
    titre_id: i64,
    date: CaminoDate,
    territoires: &Territoires,
) -> StoreResult<Recalcul> {
    let complet = load_titre(&mut Conn::Tx(tx), titre_id)
        .await?
        .ok_or(StoreError::Db(DbError::NotFound))?;
    let calcule = recompute_titre(&complet.domain(), date);
    let derive = derive(&complet, &calcule, territoires);
    let modifie = write_derive(tx, titre_id, &derive, date, false).await?;
    Ok(Recalcul {
        avant: complet.titre.statut,
        apres: calcule.statut,
        modifie,
    })
}

/// Id and slug of every titre.
pub async fn titre_ids(db: &Db) -> StoreResult<Vec<(i64, String)>> {
    Ok(db
        .fetch_all(Query::new("SELECT id, slug FROM mines_titres ORDER BY id"))
        .await?)
}

/// Substances of public titres, for the filter of the list.
pub async fn substances_utilisees(db: &Db) -> StoreResult<Vec<String>> {
    Ok(db
        .fetch_scalars(Query::new(
            "SELECT DISTINCT c.valeur FROM mines_titres_cles c JOIN mines_titres t ON t.id = c.titre_id \
             WHERE c.cle = 'substance' AND t.public_lecture ORDER BY c.valeur",
        ))
        .await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sirens_are_checked_with_their_luhn_key() {
        assert!(siren_valide("552100554"));
        assert!(siren_valide("356000000"));
        assert!(!siren_valide("552100555"));
        assert!(!siren_valide("55210055"));
        assert!(!siren_valide("55210055a"));
    }

    #[test]
    fn slugs_fold_accents_and_punctuation() {
        assert_eq!(slugifier("Crique Tumuc-Humac"), "crique-tumuc-humac");
        assert_eq!(slugifier("Saint-Élie  (Œuvre)"), "saint-elie-oeuvre");
    }

    #[test]
    fn like_patterns_escape_wildcards() {
        assert_eq!(like_escape("50%_a\\b"), "50\\%\\_a\\\\b");
    }

    #[test]
    fn fnv_is_stable() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_ne!(fnv1a(b"a"), fnv1a(b"b"));
    }

    #[test]
    fn contenu_round_trips_through_json() {
        let mut contenu = Contenu::default();
        contenu.set("arm", "mecanise", ContenuValeur::Booleen(true));
        contenu.set("arm", "franchissements", ContenuValeur::Nombre(2.0));
        let json = contenu_to_json(&contenu);
        assert_eq!(crate::rejeu::contenu_from_json(&json), contenu);
    }
}
