//! Publication: every change of orders produces an immutable snapshot of the computed zones, swapped atomically
//! in every process (spec §7).
//!
//! A publication computes, in the transaction of the change, the zones of every département for the day
//! (the domain's [`compute_zones`]), writes the open-data files (VigiEau's shapes) and a manifest giving the
//! SHA-256 of each, stores them, records a row `topic = 'secheresse'` in the platform's change feed and
//! enqueues the mails of the subscribers. If anything fails, nothing is committed and the previous snapshot
//! stays in place. Once committed, the process installs the new [`Instantane`] in its [`Publications`]
//! (an `ArcSwap`: readers never wait and never see half a snapshot); the other processes follow the change
//! feed every few seconds ([`follow`]) and load the snapshot from the database, checking every file against
//! the manifest.
//!
//! Architecture invariant: requests read only the installed snapshot, never the arrêtés tables, so a lookup
//! never depends on a half-finished change nor on the database being reachable.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use arc_swap::ArcSwap;
use axum::body::Bytes;
use chrono::{NaiveDate, SecondsFormat, Utc};
use geo::{MultiPolygon, Simplify};
use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};
use socle::AppState;
use socle::audit::{self, Actor};
use socle::db::Tx;
use socle::territoires::Kind;

use crate::domain::arrete::{ArreteCadre, ArreteRestriction};
use crate::domain::arrete::{ModeCalcul, compute_repeal_ends, derive_statut, paris_date};
use crate::domain::calcul::{
    CalculError, Commune, DonneesDepartement, Lambert93, compute_zones, link_communes,
};
use crate::domain::nomenclature::{NiveauGravite, StatutArrete, TypeZone};
use crate::domain::recherche::ZonesPubliees;
use crate::domain::regle_gestion::{RegleGestion, regle_au};
use crate::domain::restriction::CibleRestriction;
use crate::domain::zone_alerte::{CodeDepartement, CodeInsee, ZoneAlerte};
use crate::domain::zone_calculee::ZoneCalculee;
use crate::export::{
    ExportError, Manifeste, geometrie_value, write_arretes_csv, write_restrictions_csv,
    write_zones_geojson,
};
use crate::import::parse_zones_geojson;
use crate::store::{self, StoreError};

/// Topic of the platform's change feed.
pub const TOPIC: &str = "secheresse";
/// How often every process looks for a publication made by another one.
pub const FOLLOW_EVERY: Duration = Duration::from_secs(3);
/// Lock key of publications: one at a time across processes (PostgreSQL advisory lock; SQLite has one writer).
const PUBLICATION_LOCK: i64 = 0x7365_6368_5f70_7562; // "sech_pub"

/// `zones_arretes_en_vigueur.geojson`.
pub const FICHIER_ZONES: &str = "zones_arretes_en_vigueur.geojson";
/// `arretes.csv`.
pub const FICHIER_ARRETES: &str = "arretes.csv";
/// `restrictions.csv`.
pub const FICHIER_RESTRICTIONS: &str = "restrictions.csv";
/// What the open-data GeoJSON does not carry and lookups need: commune links and the arrêté cadre's PDF.
pub const FICHIER_COMPLEMENTS: &str = "zones_complements.json";

/// Fill colour of a level on the maps (the legend names the level too: colour is never the only cue).
pub fn couleur(niveau: NiveauGravite) -> &'static str {
    match niveau {
        NiveauGravite::Vigilance => "#f2d33d",
        NiveauGravite::Alerte => "#f28c28",
        NiveauGravite::AlerteRenforcee => "#d7301f",
        NiveauGravite::Crise => "#67000d",
    }
}

/// Tolerance of the map layers' simplification, in degrees (about 100 m): maps show levels, not borders to the
/// metre; the lookups use the full geometry.
const SIMPLIFICATION_DEG: f64 = 0.001;

/// One published file.
#[derive(Debug, Clone)]
pub struct FichierPublie {
    /// Content.
    pub contenu: Bytes,
    /// SHA-256, hex (also the `ETag`).
    pub sha256: String,
}

/// The situation of a département in a snapshot: how many zones per type and level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SituationDepartement {
    /// Code.
    pub code: String,
    /// Name.
    pub nom: String,
    /// Zones per (type, level).
    pub zones: BTreeMap<(TypeZone, NiveauGravite), usize>,
}

impl SituationDepartement {
    /// The highest level of a type, if any zone of that type is restricted.
    pub fn niveau_max(&self, type_zone: TypeZone) -> Option<NiveauGravite> {
        self.zones
            .keys()
            .filter(|(kind, _)| *kind == type_zone)
            .map(|(_, niveau)| *niveau)
            .max()
    }
}

/// An immutable publication, indexed for lookups, with its files and map layers.
pub struct Instantane {
    /// The publication's UUID (empty before the first publication).
    pub publication_id: String,
    /// The day computed.
    pub jour: Option<NaiveDate>,
    /// When it was produced (RFC 3339).
    pub date: String,
    /// The zones, indexed.
    pub zones: ZonesPubliees,
    /// Files by name.
    pub fichiers: BTreeMap<String, FichierPublie>,
    /// The manifest (JSON) and its SHA-256.
    pub manifeste: FichierPublie,
    /// Simplified GeoJSON layers per type, for the maps.
    pub couches: BTreeMap<TypeZone, Bytes>,
    /// Situation per département.
    pub departements: Vec<SituationDepartement>,
    /// False when the last publication could not be loaded: lookups answer 503 rather than wrong data.
    pub disponible: bool,
}

impl std::fmt::Debug for Instantane {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Instantane")
            .field("publication_id", &self.publication_id)
            .field("jour", &self.jour)
            .field("zones", &self.zones.zones().len())
            .finish_non_exhaustive()
    }
}

fn fichier(contenu: Vec<u8>) -> FichierPublie {
    FichierPublie {
        sha256: hex::encode(Sha256::digest(&contenu)),
        contenu: Bytes::from(contenu),
    }
}

impl Instantane {
    /// The snapshot before any publication (or after a failed load, with `disponible = false`): no zone.
    pub fn vide(disponible: bool) -> Self {
        let mut instantane = Self::construire(String::new(), None, String::new(), Vec::new())
            .unwrap_or_else(|_| Self::sans_fichiers(disponible));
        instantane.disponible = disponible;
        instantane
    }

    fn sans_fichiers(disponible: bool) -> Self {
        Self {
            publication_id: String::new(),
            jour: None,
            date: String::new(),
            zones: ZonesPubliees::new(Vec::new()),
            fichiers: BTreeMap::new(),
            manifeste: fichier(b"{}".to_vec()),
            couches: BTreeMap::new(),
            departements: Vec::new(),
            disponible,
        }
    }

    /// Builds a snapshot from computed zones: writes the open-data files and the manifest, indexes the zones
    /// and prepares the map layers. `arretes_csv` is written by the caller (it needs the arrêtés).
    pub fn construire(
        publication_id: String,
        jour: Option<NaiveDate>,
        date: String,
        zones: Vec<ZoneCalculee>,
    ) -> Result<Self, ExportError> {
        let arretes = write_arretes_csv(&[], &[], &[], &BTreeMap::new())?;
        Self::avec_arretes(publication_id, jour, date, zones, arretes)
    }

    /// Like [`Instantane::construire`], with the `arretes.csv` of the publication.
    pub fn avec_arretes(
        publication_id: String,
        jour: Option<NaiveDate>,
        date: String,
        zones: Vec<ZoneCalculee>,
        arretes_csv: Vec<u8>,
    ) -> Result<Self, ExportError> {
        let mut fichiers = BTreeMap::new();
        fichiers.insert(FICHIER_ZONES.to_owned(), write_zones_geojson(&zones)?);
        fichiers.insert(FICHIER_ARRETES.to_owned(), arretes_csv);
        fichiers.insert(
            FICHIER_RESTRICTIONS.to_owned(),
            write_restrictions_csv(&zones)?,
        );
        fichiers.insert(
            FICHIER_COMPLEMENTS.to_owned(),
            serde_json::to_vec(&complements(&zones))?,
        );
        let manifeste = Manifeste::new(
            &publication_id,
            &date,
            fichiers
                .iter()
                .map(|(nom, contenu)| (nom.as_str(), contenu.as_slice())),
        )
        .to_json()?;
        Ok(Self::indexer(
            publication_id,
            jour,
            date,
            zones,
            fichiers,
            manifeste,
        ))
    }

    fn indexer(
        publication_id: String,
        jour: Option<NaiveDate>,
        date: String,
        zones: Vec<ZoneCalculee>,
        fichiers: BTreeMap<String, Vec<u8>>,
        manifeste: Vec<u8>,
    ) -> Self {
        let couches = TypeZone::ALL
            .into_iter()
            .map(|type_zone| (type_zone, Bytes::from(couche(&zones, type_zone))))
            .collect();
        let departements = situations(&zones);
        Self {
            publication_id,
            jour,
            date,
            zones: ZonesPubliees::new(zones),
            fichiers: fichiers
                .into_iter()
                .map(|(nom, contenu)| (nom, fichier(contenu)))
                .collect(),
            manifeste: fichier(manifeste),
            couches,
            departements,
            disponible: true,
        }
    }

    /// Rebuilds a stored snapshot from its files, refusing it when a file does not match the manifest.
    pub fn depuis_fichiers(
        fichiers: BTreeMap<String, Vec<u8>>,
        manifeste: &[u8],
        jour: NaiveDate,
    ) -> anyhow::Result<Self> {
        let parsed: Value = serde_json::from_slice(manifeste)?;
        let publication_id = parsed["publicationId"].as_str().unwrap_or_default();
        let date = parsed["date"].as_str().unwrap_or_default();
        let recomputed = Manifeste::new(
            publication_id,
            date,
            fichiers
                .iter()
                .map(|(nom, contenu)| (nom.as_str(), contenu.as_slice())),
        )
        .to_json()?;
        anyhow::ensure!(
            recomputed == manifeste,
            "les fichiers de la publication {publication_id} ne correspondent pas à son manifeste"
        );
        let geojson = fichiers
            .get(FICHIER_ZONES)
            .ok_or_else(|| anyhow::anyhow!("{FICHIER_ZONES} absent de la publication"))?;
        let mut zones: Vec<ZoneCalculee> = parse_zones_geojson(geojson)?
            .into_iter()
            .filter_map(crate::import::ZoneImportee::into_zone_calculee)
            .collect();
        if let Some(bytes) = fichiers.get(FICHIER_COMPLEMENTS) {
            apply_complements(&mut zones, &serde_json::from_slice(bytes)?)?;
        }
        Ok(Self::indexer(
            publication_id.to_owned(),
            Some(jour),
            date.to_owned(),
            zones,
            fichiers,
            manifeste.to_vec(),
        ))
    }
}

/// Commune links and arrêté cadre PDFs per zone id, which `zones_arretes_en_vigueur.geojson` does not carry.
fn complements(zones: &[ZoneCalculee]) -> Value {
    let mut map = Map::new();
    for zone in zones {
        if zone.communes.is_empty() && zone.arrete.chemin_fichier_arrete_cadre.is_none() {
            continue;
        }
        map.insert(
            zone.id.to_string(),
            json!({
                "communes": zone.communes.iter().map(CodeInsee::as_str).collect::<Vec<_>>(),
                "cheminFichierArreteCadre": zone.arrete.chemin_fichier_arrete_cadre,
            }),
        );
    }
    Value::Object(map)
}

fn apply_complements(zones: &mut [ZoneCalculee], complements: &Value) -> anyhow::Result<()> {
    for zone in zones {
        let Some(entry) = complements.get(zone.id.to_string()) else {
            continue;
        };
        if let Some(communes) = entry["communes"].as_array() {
            zone.communes = communes
                .iter()
                .filter_map(Value::as_str)
                .map(CodeInsee::parse)
                .collect::<Result<_, _>>()?;
        }
        zone.arrete.chemin_fichier_arrete_cadre = entry["cheminFichierArreteCadre"]
            .as_str()
            .map(str::to_owned);
    }
    Ok(())
}

/// The map layer of a type: simplified geometry, colour and labels of each zone (properties read by
/// `js/carte.js`).
fn couche(zones: &[ZoneCalculee], type_zone: TypeZone) -> Vec<u8> {
    let features: Vec<Value> = zones
        .iter()
        .filter(|zone| zone.zone.type_zone == type_zone)
        .filter_map(|zone| {
            let geometrie = zone.zone.geometrie.as_ref()?;
            let simplified: MultiPolygon<f64> = geometrie.simplify(SIMPLIFICATION_DEG);
            let arrete = zone
                .arrete
                .numero
                .as_deref()
                .map(|numero| format!(" — arrêté {numero}"))
                .unwrap_or_default();
            Some(json!({
                "type": "Feature",
                "properties": {
                    "id": zone.id,
                    "niveau": zone.niveau.code(),
                    "couleur": couleur(zone.niveau),
                    "titre": zone.zone.nom_affiche(),
                    "detail": format!("{} : {}{arrete}", type_zone.label(), zone.niveau.label()),
                },
                "geometry": geometrie_value(Some(&simplified)),
            }))
        })
        .collect();
    json!({ "type": "FeatureCollection", "features": features })
        .to_string()
        .into_bytes()
}

fn situations(zones: &[ZoneCalculee]) -> Vec<SituationDepartement> {
    let mut by_code: BTreeMap<String, SituationDepartement> = BTreeMap::new();
    for zone in zones {
        let Some(code) = zone.zone.departement.as_ref() else {
            continue;
        };
        let situation =
            by_code
                .entry(code.as_str().to_owned())
                .or_insert_with(|| SituationDepartement {
                    code: code.as_str().to_owned(),
                    nom: zone.departement_nom.clone().unwrap_or_default(),
                    zones: BTreeMap::new(),
                });
        *situation
            .zones
            .entry((zone.zone.type_zone, zone.niveau))
            .or_default() += 1;
    }
    by_code.into_values().collect()
}

/// The snapshots of this process: the current one, swapped whole.
pub struct Publications {
    courante: ArcSwap<Instantane>,
}

impl std::fmt::Debug for Publications {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Publications")
            .field("courante", &self.courante.load().publication_id)
            .finish()
    }
}

impl Publications {
    /// Starts with a snapshot.
    pub fn new(instantane: Arc<Instantane>) -> Self {
        Self {
            courante: ArcSwap::new(instantane),
        }
    }

    /// The current snapshot; readers keep it for the whole request even if a new one is installed meanwhile.
    pub fn courante(&self) -> Arc<Instantane> {
        self.courante.load_full()
    }

    /// Installs a new snapshot (atomically: every later reader sees it, earlier ones keep theirs).
    pub fn installer(&self, instantane: Arc<Instantane>) {
        self.courante.store(instantane);
    }
}

/// The snapshots of the process, registered by `Module::init`.
pub fn publications(app: &AppState) -> anyhow::Result<Arc<Publications>> {
    app.extension::<Publications>()
        .ok_or_else(|| anyhow::anyhow!("le module sécheresse n'est pas initialisé"))
}

/// The current snapshot (an empty one before initialisation).
pub fn courante(app: &AppState) -> Arc<Instantane> {
    match app.extension::<Publications>() {
        Some(publications) => publications.courante(),
        None => Arc::new(Instantane::vide(false)),
    }
}

/// Loads the latest stored publication, or `None` before the first one.
pub async fn load_latest(app: &AppState) -> anyhow::Result<Option<Instantane>> {
    let mut db = app.db().clone();
    let Some(publication) = store::publications::latest(&mut db).await? else {
        return Ok(None);
    };
    let fichiers: BTreeMap<String, Vec<u8>> =
        store::publications::fichiers(&mut db, publication.seq)
            .await?
            .into_iter()
            .collect();
    // Parsing and indexing take seconds at national scale: off the async runtime's threads.
    let instantane = tokio::task::spawn_blocking(move || {
        Instantane::depuis_fichiers(fichiers, publication.manifeste.as_bytes(), publication.jour)
    })
    .await??;
    Ok(Some(instantane))
}

/// Installs the latest stored publication when it differs from the current one; the current one stays when
/// loading fails. Called at start (by `Module::init`) and when the change feed moves.
pub async fn refresh(app: &AppState) -> anyhow::Result<()> {
    let publications = publications(app)?;
    let mut db = app.db().clone();
    let latest = store::publications::latest(&mut db).await?;
    let current = publications.courante();
    if latest
        .as_ref()
        .is_none_or(|publication| publication.id == current.publication_id)
    {
        return Ok(());
    }
    if let Some(instantane) = load_latest(app).await? {
        tracing::info!(publication = %instantane.publication_id, zones = instantane.zones.zones().len(), "publication sécheresse installée");
        publications.installer(Arc::new(instantane));
    }
    Ok(())
}

/// Follows the change feed: every [`FOLLOW_EVERY`], another process's publication is loaded and installed.
pub fn follow(app: AppState) {
    socle::changes::follow(app, TOPIC, FOLLOW_EVERY, |app| {
        Box::pin(async move { refresh(&app).await })
    });
}

/// Why a publication was refused.
#[derive(Debug, thiserror::Error)]
pub enum PublicationError {
    /// The computation of the zones failed (unknown zone, commune without perimeter, invalid geometry).
    #[error("le calcul des zones du département {departement} a échoué : {erreur}")]
    Calcul {
        /// The département.
        departement: String,
        /// Why.
        erreur: CalculError,
    },
    /// A repeal chain is broken.
    #[error("{0}")]
    Chaine(#[from] crate::domain::arrete::ChaineAbrogationError),
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Writing the files failed.
    #[error(transparent)]
    Export(#[from] ExportError),
    /// The database failed.
    #[error(transparent)]
    Db(#[from] socle::db::DbError),
    /// The computation's thread failed.
    #[error("le calcul des zones a été interrompu : {0}")]
    Tache(String),
}

impl From<PublicationError> for socle::AppError {
    fn from(error: PublicationError) -> Self {
        match error {
            PublicationError::Calcul { .. } | PublicationError::Chaine(_) => {
                socle::AppError::invalid_field("publication", error.to_string())
            }
            PublicationError::Store(error) => error.into(),
            other => socle::AppError::internal(other),
        }
    }
}

/// Whether a publication happens even when nothing changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Declencheur {
    /// A change of orders or an import: always publish.
    Changement(ModeCalcul),
    /// The scheduled recomputation: publish only when the files differ from the current publication.
    Planifie,
}

/// Takes the publication lock.
///
/// Every transaction that ends in a publication starts with it, before any other
/// lock (the audit chain's comes later), so that two processes never compute from each other's half changes.
pub async fn lock(tx: &mut Tx) -> Result<(), PublicationError> {
    tx.lock(PUBLICATION_LOCK).await?;
    Ok(())
}

/// Computes the zones of `jour` from what the transaction sees, and stores the publication.
///
/// With the publication go its files, its history, its change-feed row, its audit entry and its notification job. Returns the snapshot to install
/// once the transaction commits, or `None` when a scheduled run found nothing new.
pub async fn publish_in(
    app: &AppState,
    tx: &mut Tx,
    actor: &Actor,
    motif: &str,
    jour: NaiveDate,
    declencheur: Declencheur,
) -> Result<Option<Arc<Instantane>>, PublicationError> {
    let base_url = app.config().base_url.clone();
    let mut ensemble = store::arretes::load(tx, &base_url, true).await?;
    let mode = match declencheur {
        Declencheur::Changement(mode) => mode,
        Declencheur::Planifie => ModeCalcul::Planifie,
    };
    update_derived(tx, &mut ensemble, jour, mode).await?;
    let regles = store::referentiel::list_regles(tx).await?;
    let territoires = app.territoires();
    let nom_departement = |code: &CodeDepartement| {
        territoires
            .get(Kind::Departement, code.as_str())
            .map(|entry| entry.nom.clone())
    };
    let geres: BTreeSet<CodeDepartement> = ensemble
        .arretes
        .iter()
        .filter(|stocke| stocke.arrete.statut != StatutArrete::AValider)
        .map(|stocke| stocke.arrete.departement.clone())
        .collect();
    let importees: Vec<ZoneCalculee> = store::referentiel::list_zones_importees(tx)
        .await?
        .into_iter()
        .filter(|zone| {
            zone.zone
                .departement
                .as_ref()
                .is_some_and(|code| !geres.contains(code))
                && zone.arrete.date_debut.is_none_or(|debut| debut <= jour)
                && zone.arrete.date_fin.is_none_or(|fin| fin >= jour)
        })
        .collect();
    let next_id = store::publications::dernier_id_zone(tx)
        .await?
        .max(importees.iter().map(|zone| zone.id).max().unwrap_or(0))
        + 1;
    let zones_domain: Vec<ZoneAlerte> = ensemble
        .zones
        .iter()
        .map(|zone| zone.zone.clone())
        .collect();
    let cadres = ensemble.cadres_domain();
    let mut departements = Vec::new();
    for departement in &geres {
        let arretes: Vec<_> = ensemble
            .arretes_of(departement)
            .into_iter()
            .filter(|arrete| arrete.statut != StatutArrete::AValider)
            .collect();
        let mut autres_communes = BTreeSet::new();
        for arrete in &arretes {
            for restriction in &arrete.restrictions {
                if let CibleRestriction::GroupementAep { communes, .. } = &restriction.cible {
                    autres_communes.extend(communes.iter().cloned());
                }
            }
        }
        for cadre in &cadres {
            for zone in &cadre.zones {
                autres_communes.extend(zone.communes_ajoutees.iter().cloned());
            }
        }
        let communes = store::referentiel::load_communes(
            tx,
            &BTreeSet::from([departement.as_str().to_owned()]),
            &autres_communes,
        )
        .await?;
        departements.push(DepartementACalculer {
            departement: departement.clone(),
            nom: nom_departement(departement),
            regle: regle_au(regles.get(departement).map_or(&[][..], Vec::as_slice), jour)
                .unwrap_or(RegleGestion::NoAll),
            arretes,
            communes,
        });
    }
    // Imported zones carry no commune: they are linked when the perimeters of their département are known.
    let departements_importes: BTreeSet<String> = importees
        .iter()
        .filter_map(|zone| zone.zone.departement.as_ref())
        .map(|code| code.as_str().to_owned())
        .collect();
    let communes_importees =
        store::referentiel::load_communes(tx, &departements_importes, &BTreeSet::new()).await?;
    let importees: Vec<ZoneCalculee> = importees
        .into_iter()
        .map(|mut zone| {
            if zone.departement_nom.is_none() {
                zone.departement_nom = zone.zone.departement.as_ref().and_then(nom_departement);
            }
            zone
        })
        .collect();
    let publies: Vec<_> = ensemble
        .arretes
        .iter()
        .filter(|stocke| stocke.arrete.statut != StatutArrete::AValider)
        .map(|stocke| stocke.arrete.clone())
        .collect();
    let arretes_csv = write_arretes_csv(&publies, &cadres, &zones_domain, &regles)?;
    let publication_id = uuid::Uuid::new_v4().to_string();
    let date = Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true);
    // The computation and the snapshot take seconds of CPU at national scale: they run on the blocking pool,
    // not on a thread of the async runtime, and the départements in parallel.
    let id = publication_id.clone();
    let instantane =
        tokio::task::spawn_blocking(move || -> Result<Instantane, PublicationError> {
            let mut zones = calculer_departements(
                &departements,
                &cadres,
                &zones_domain,
                jour,
                next_id,
                parallelisme(),
            )?;
            zones.extend(lier_communes(importees, &communes_importees)?);
            zones.sort_by_key(|zone| zone.id);
            Ok(Instantane::avec_arretes(
                id,
                Some(jour),
                date,
                zones,
                arretes_csv,
            )?)
        })
        .await
        .map_err(|error| PublicationError::Tache(error.to_string()))??;
    if declencheur == Declencheur::Planifie
        && let Some(courante) = app.extension::<Publications>().map(|p| p.courante())
        && same_content(&courante, &instantane)
    {
        return Ok(None);
    }
    let fichiers: Vec<(&str, &[u8], &str)> = instantane
        .fichiers
        .iter()
        .map(|(nom, fichier)| {
            (
                nom.as_str(),
                fichier.contenu.as_ref(),
                fichier.sha256.as_str(),
            )
        })
        .collect();
    let dernier_id_zone = instantane
        .zones
        .zones()
        .iter()
        .map(|zone| zone.id)
        .max()
        .unwrap_or(0)
        .max(next_id - 1);
    store::publications::insert(
        tx,
        &store::publications::NouvellePublication {
            id: &publication_id,
            jour,
            motif,
            nb_zones: instantane.zones.zones().len(),
            dernier_id_zone,
            manifeste: &instantane.manifeste.contenu,
            sha256: &instantane.manifeste.sha256,
            fichiers,
        },
    )
    .await?;
    store::publications::write_historique(tx, jour, &historique(&instantane)).await?;
    socle::changes::record(tx, TOPIC).await?;
    socle::jobs::enqueue(
        tx,
        crate::jobs::NOTIFIER.kind,
        json!({ "publication": publication_id }),
        None,
        crate::jobs::NOTIFIER.max_attempts,
    )
    .await?;
    audit::record(
        tx,
        audit::Entry {
            actor,
            module: "secheresse",
            action: "publier",
            target: &format!("publication:{publication_id}"),
            summary: &format!(
                "Publication des zones en vigueur le {} ({} zones) : {motif}",
                jour.format("%d/%m/%Y"),
                instantane.zones.zones().len()
            ),
            details: json!({
                "publication": publication_id,
                "jour": jour.to_string(),
                "zones": instantane.zones.zones().len(),
                "manifeste_sha256": instantane.manifeste.sha256,
            }),
        },
    )
    .await?;
    Ok(Some(Arc::new(instantane)))
}

/// What the computation of one département reads, owned so that it runs on another thread.
#[derive(Debug, Clone)]
pub struct DepartementACalculer {
    /// The département.
    pub departement: CodeDepartement,
    /// Its name, for the published zones.
    pub nom: Option<String>,
    /// Its rule of gestion that day.
    pub regle: RegleGestion,
    /// Its published arrêtés de restriction.
    pub arretes: Vec<ArreteRestriction>,
    /// The perimeters of its communes and of the communes its arrêtés name.
    pub communes: Vec<Commune>,
}

/// How many threads compute départements: the cores of the machine.
pub fn parallelisme() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

/// Computes the zones of every département on `jour` with `threads` threads, numbering them from `premier_id`
/// in the order of the départements (so the result does not depend on the threads).
///
/// Synchronous and CPU-bound (seconds at national scale): publications call it on the blocking pool, and the
/// publication bench measures this very function. The threads take the next département from a shared
/// counter rather than a fixed share, because départements differ widely in size.
pub fn calculer_departements(
    departements: &[DepartementACalculer],
    cadres: &[ArreteCadre],
    zones: &[ZoneAlerte],
    jour: NaiveDate,
    premier_id: i64,
    threads: usize,
) -> Result<Vec<ZoneCalculee>, PublicationError> {
    let compute = |tache: &DepartementACalculer| {
        let donnees = DonneesDepartement {
            departement: &tache.departement,
            jour,
            regle: tache.regle,
            arretes: &tache.arretes,
            cadres,
            zones,
            communes: &tache.communes,
        };
        compute_zones(&donnees, 0).map_err(|erreur| PublicationError::Calcul {
            departement: tache.departement.as_str().to_owned(),
            erreur,
        })
    };
    let next = AtomicUsize::new(0);
    let mut results: Vec<(usize, Result<Vec<ZoneCalculee>, PublicationError>)> =
        std::thread::scope(|scope| {
            let workers: Vec<_> = (0..threads.clamp(1, departements.len().max(1)))
                .map(|_| {
                    scope.spawn(|| {
                        let mut done = Vec::new();
                        loop {
                            let index = next.fetch_add(1, Ordering::Relaxed);
                            let Some(tache) = departements.get(index) else {
                                break done;
                            };
                            done.push((index, compute(tache)));
                        }
                    })
                })
                .collect();
            // Joined here, so that a panicking computation becomes an error (nothing is published) rather
            // than a panic of the publishing request.
            workers
                .into_iter()
                .map(|worker| {
                    worker.join().map_err(|_| {
                        PublicationError::Tache("un calcul de département a paniqué".to_owned())
                    })
                })
                .collect::<Result<Vec<_>, _>>()
                .map(|done| done.into_iter().flatten().collect())
        })?;
    results.sort_by_key(|(index, _)| *index);
    let mut published = Vec::new();
    let mut next_id = premier_id;
    for (index, result) in results {
        for mut zone in result? {
            zone.id = next_id;
            next_id += 1;
            zone.departement_nom = departements[index].nom.clone();
            published.push(zone);
        }
    }
    Ok(published)
}

/// Links imported zones to the communes they cover (their files carry none).
fn lier_communes(
    importees: Vec<ZoneCalculee>,
    communes: &[Commune],
) -> Result<Vec<ZoneCalculee>, PublicationError> {
    let lambert = Lambert93::new().map_err(|erreur| PublicationError::Calcul {
        departement: String::new(),
        erreur,
    })?;
    importees
        .into_iter()
        .map(|mut zone| {
            if let Some(geometrie) = &zone.zone.geometrie {
                let departement = zone
                    .zone
                    .departement
                    .as_ref()
                    .map_or("", CodeDepartement::as_str);
                let candidates: Vec<Commune> = communes
                    .iter()
                    .filter(|commune| commune.code.as_str().starts_with(departement))
                    .cloned()
                    .collect();
                zone.communes =
                    link_communes(geometrie, &candidates, &lambert).map_err(|erreur| {
                        PublicationError::Calcul {
                            departement: departement.to_owned(),
                            erreur,
                        }
                    })?;
            }
            Ok(zone)
        })
        .collect()
}

/// Whether two snapshots publish the same zones and arrêtés (their ids and dates aside).
fn same_content(a: &Instantane, b: &Instantane) -> bool {
    [FICHIER_ZONES, FICHIER_ARRETES, FICHIER_COMPLEMENTS]
        .iter()
        .all(|nom| {
            a.fichiers.get(*nom).map(|f| &f.sha256) == b.fichiers.get(*nom).map(|f| &f.sha256)
        })
}

/// Stores the status each arrêté has on `jour` and the ends its repeal chain computes (spec §3.4).
async fn update_derived(
    tx: &mut Tx,
    ensemble: &mut store::arretes::Ensemble,
    jour: NaiveDate,
    mode: ModeCalcul,
) -> Result<(), PublicationError> {
    let departements: BTreeSet<CodeDepartement> = ensemble
        .arretes
        .iter()
        .map(|stocke| stocke.arrete.departement.clone())
        .collect();
    for departement in departements {
        let mut publies: Vec<_> = ensemble
            .arretes
            .iter()
            .filter(|stocke| {
                stocke.arrete.departement == departement
                    && stocke.arrete.statut != StatutArrete::AValider
            })
            .map(|stocke| stocke.arrete.clone())
            .collect();
        match compute_repeal_ends(&mut publies, mode) {
            Ok(()) => {}
            Err(error) if mode == ModeCalcul::Interactif => return Err(error.into()),
            Err(error) => {
                // A scheduled run keeps the stored ends rather than stop every département's publication.
                tracing::warn!(departement = departement.as_str(), %error, "chaîne d'abrogation invalide");
                continue;
            }
        }
        for arrete in publies {
            let statut = derive_statut(
                arrete.statut,
                arrete.date_debut,
                arrete.fin.effective(),
                jour,
            );
            store::arretes::set_derived(tx, arrete.id, statut, arrete.fin.calculee).await?;
            if let Some(stocke) = ensemble
                .arretes
                .iter_mut()
                .find(|stocke| stocke.arrete.id == arrete.id)
            {
                stocke.arrete.statut = statut;
                stocke.arrete.fin = arrete.fin;
            }
        }
    }
    for stocke in &mut ensemble.cadres {
        let statut = stocke.cadre.statut_au(jour);
        if statut != stocke.cadre.statut {
            store::arretes::set_cadre_derived(tx, stocke.cadre.id, statut).await?;
            stocke.cadre.statut = statut;
        }
    }
    Ok(())
}

/// The level of every (commune, type) in a snapshot: the highest among the zones linked to the commune.
fn historique(
    instantane: &Instantane,
) -> Vec<(String, &'static str, &'static str, Option<String>)> {
    let mut levels: BTreeMap<(String, TypeZone), (NiveauGravite, Option<String>)> = BTreeMap::new();
    for zone in instantane.zones.zones() {
        for commune in &zone.communes {
            let key = (commune.as_str().to_owned(), zone.zone.type_zone);
            let entry = levels
                .entry(key)
                .or_insert((zone.niveau, zone.arrete.numero.clone()));
            if zone.niveau > entry.0 {
                *entry = (zone.niveau, zone.arrete.numero.clone());
            }
        }
    }
    levels
        .into_iter()
        .map(|((commune, type_zone), (niveau, numero))| {
            (commune, type_zone.code(), niveau.code(), numero)
        })
        .collect()
}

/// The civil day in Paris now: the day every computation is made for.
pub fn aujourdhui() -> NaiveDate {
    paris_date(&Utc::now())
}

/// Publishes in a transaction of its own (imports, demo, scheduled runs, replays of a past day) and installs
/// the snapshot in this process.
pub async fn publier(
    app: &AppState,
    actor: &Actor,
    motif: &str,
    jour: NaiveDate,
    declencheur: Declencheur,
) -> Result<Option<Arc<Instantane>>, PublicationError> {
    let mut tx = app.db().begin().await?;
    lock(&mut tx).await?;
    publish_and_commit(app, tx, actor, motif, jour, declencheur).await
}

/// Publishes in the transaction of a change (which holds the [`lock`]), commits it and installs the snapshot
/// in this process: the change and the zones it puts in force are committed together.
pub async fn publish_and_commit(
    app: &AppState,
    mut tx: Tx,
    actor: &Actor,
    motif: &str,
    jour: NaiveDate,
    declencheur: Declencheur,
) -> Result<Option<Arc<Instantane>>, PublicationError> {
    let instantane = publish_in(app, &mut tx, actor, motif, jour, declencheur).await?;
    tx.commit().await?;
    if let Some(instantane) = &instantane {
        install(app, instantane.clone());
    }
    Ok(instantane)
}

/// Installs a committed snapshot in this process (the other processes follow the change feed).
pub fn install(app: &AppState, instantane: Arc<Instantane>) {
    match app.extension::<Publications>() {
        Some(publications) => publications.installer(instantane),
        None => app.insert_extension(Arc::new(Publications::new(instantane))),
    }
}

#[cfg(test)]
mod tests {
    use geo::polygon;

    use super::*;
    use crate::domain::arrete::{FinArrete, ZoneCadre};
    use crate::domain::restriction::Restriction;
    use crate::domain::zone_alerte::CleZone;

    fn jour() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 7, 2).expect("date")
    }

    fn code(departement: &str) -> CodeDepartement {
        CodeDepartement::parse(departement).expect("valid département")
    }

    /// `count` surface zones of 0.1° side in a row, for the département `departement`, placed at `row`.
    fn zones(departement: &str, row: f64, count: usize) -> Vec<ZoneAlerte> {
        (0..count)
            .map(|index| {
                let x = 3.0 + 0.1 * index as f64;
                let y = 43.0 + 0.1 * row;
                ZoneAlerte {
                    id_sandre: None,
                    code: format!("{departement}_{index}"),
                    nom: format!("Zone {index} du {departement}"),
                    type_zone: TypeZone::Sup,
                    numero_version: None,
                    departement: Some(code(departement)),
                    ressource_influencee: false,
                    disabled: false,
                    geometrie: Some(MultiPolygon(vec![polygon![
                        (x: x, y: y), (x: x + 0.1, y: y), (x: x + 0.1, y: y + 0.1), (x: x, y: y + 0.1)
                    ]])),
                }
            })
            .collect()
    }

    fn cadre(id: i64, departement: &str, zones: &[ZoneAlerte]) -> ArreteCadre {
        ArreteCadre {
            id,
            numero: format!("AC-{departement}"),
            date_debut: NaiveDate::from_ymd_opt(2026, 1, 1),
            date_fin: None,
            statut: StatutArrete::Publie,
            fichier: Some("ac.pdf".to_owned()),
            departement_pilote: code(departement),
            departements: vec![code(departement)],
            zones: zones
                .iter()
                .map(|zone| ZoneCadre {
                    zone: zone.cle(),
                    communes_ajoutees: Vec::new(),
                })
                .collect(),
            usages: Vec::new(),
            arrete_cadre_abroge: None,
        }
    }

    fn tache(id: i64, departement: &str, cibles: Vec<CleZone>) -> DepartementACalculer {
        DepartementACalculer {
            departement: code(departement),
            nom: Some(format!("Département {departement}")),
            regle: RegleGestion::NoAll,
            arretes: vec![ArreteRestriction {
                id,
                numero: format!("AR-{departement}"),
                date_signature: None,
                date_debut: NaiveDate::from_ymd_opt(2026, 6, 1),
                fin: FinArrete::saisie(None),
                statut: StatutArrete::Publie,
                fichier: Some("ar.pdf".to_owned()),
                niveau_gravite_specifique_eap: true,
                ressource_eap_communique: None,
                departement: code(departement),
                arretes_cadre: vec![id],
                arrete_restriction_abroge: None,
                restrictions: cibles
                    .into_iter()
                    .map(|zone| Restriction {
                        cible: CibleRestriction::Zone {
                            zone,
                            arrete_cadre_id: id,
                        },
                        niveau: NiveauGravite::Alerte,
                        usages: Vec::new(),
                    })
                    .collect(),
            }],
            communes: Vec::new(),
        }
    }

    /// Départements of different sizes (so that threads finish out of order), with their cadres and zones.
    fn national() -> (Vec<DepartementACalculer>, Vec<ArreteCadre>, Vec<ZoneAlerte>) {
        let mut taches = Vec::new();
        let mut cadres = Vec::new();
        let mut reference = Vec::new();
        for (position, (departement, count)) in [("34", 5), ("83", 1), ("84", 3), ("2A", 2)]
            .into_iter()
            .enumerate()
        {
            let id = i64::try_from(position).expect("small") + 1;
            let own = zones(departement, position as f64, count);
            cadres.push(cadre(id, departement, &own));
            taches.push(tache(
                id,
                departement,
                own.iter().map(ZoneAlerte::cle).collect(),
            ));
            reference.extend(own);
        }
        (taches, cadres, reference)
    }

    #[test]
    fn the_parallel_computation_numbers_zones_by_departement_whatever_the_threads() {
        let (taches, cadres, reference) = national();
        let sequential =
            calculer_departements(&taches, &cadres, &reference, jour(), 10, 1).expect("computed");
        // Every restricted zone is published once, under its département's name.
        assert_eq!(sequential.len(), reference.len());
        let codes: Vec<&str> = sequential
            .iter()
            .map(|zone| zone.zone.code.as_str())
            .collect();
        let expected: Vec<&str> = reference.iter().map(|zone| zone.code.as_str()).collect();
        assert_eq!(codes, expected, "in the order of the départements");
        let ids: Vec<i64> = sequential.iter().map(|zone| zone.id).collect();
        assert_eq!(
            ids,
            (10..10 + i64::try_from(ids.len()).expect("small")).collect::<Vec<_>>()
        );
        for zone in &sequential {
            let departement = zone.zone.departement.as_ref().expect("département");
            assert_eq!(
                zone.departement_nom.as_deref(),
                Some(format!("Département {departement}").as_str())
            );
        }
        for threads in [2, 3, 8] {
            let parallel = calculer_departements(&taches, &cadres, &reference, jour(), 10, threads)
                .expect("computed");
            assert_eq!(parallel, sequential, "{threads} threads");
        }
    }

    #[test]
    fn a_failing_departement_fails_the_whole_computation_and_names_itself() {
        let (mut taches, cadres, reference) = national();
        // The Var's arrêté names a zone the reference does not hold.
        let mut inconnue = reference[0].clone();
        inconnue.code = "83_inconnue".to_owned();
        taches[1] = tache(2, "83", vec![inconnue.cle()]);
        for threads in [1, 3] {
            let error = calculer_departements(&taches, &cadres, &reference, jour(), 1, threads)
                .expect_err("unknown zone");
            assert!(
                matches!(
                    &error,
                    PublicationError::Calcul { departement, erreur: CalculError::ZoneInconnue(_) }
                        if departement == "83"
                ),
                "{error:?}"
            );
        }
    }
}
