//! The in-memory state of the module in one process: the perimeter graph and the search index over the
//! published aids, built from the database and swapped whole when data changes (ARCHITECTURE.md §4).
//!
//! - [`installer`] (from `Module::init`) seeds the referentials, builds the first state, registers the
//!   [`Moteur`] as an extension of the app and follows the change feed topic [`crate::MODULE`], so that a
//!   write made by another process is seen here within [`SUIVI`].
//! - Every write that changes what the index shows records a change in its transaction and calls
//!   [`reconstruire`] after its commit (immediate local invalidation).
//! - Rebuilds are serialised: each reads the database after the previous one ended, so the last state
//!   always includes the last committed write. A rebuild also happens when the Paris day changes (expired
//!   aids leave the index).
//!
//! The perimeter graph comes from the platform's `territoires` (COG) plus what the module stores: basin
//! memberships of communes and ad-hoc perimeters. Building it from 35,000 communes is the costly part, so
//! the graph of a given territoires dataset is built once per process and reused while the module's
//! additions do not change.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use anyhow::Context as _;
use arc_swap::ArcSwap;
use axum::body::Bytes;
use chrono::{NaiveDate, Utc};
use futures::future::BoxFuture;
use sha2::Digest as _;
use socle::AppState;
use socle::changes;
use socle::territoires::{Kind, Territoires as TerritoiresSocle};
use socle::web::error::AppError;

use crate::MODULE;
use crate::aide::{PorteurAide, PorteurId, Programme, ProgrammeId, aujourdhui_a_paris};
use crate::perimetres::territoires::{
    TerritoireCommune, TerritoireDepartement, TerritoireEpci, TerritoireRegion, Territoires, Zone,
};
use crate::perimetres::{PerimetreError, Perimetres};
use crate::search::{Catalogue, Index, ListeSynonymes, build_au};
use crate::store::{self, AdhocRow, Selection};

/// How often other processes' writes are looked for.
pub const SUIVI: Duration = Duration::from_secs(5);

/// The bulk dump of the live aids, built once per state.
#[derive(Debug, Clone)]
pub struct Dump {
    /// JSON array of aids in the API's format.
    pub json: Bytes,
    /// Strong validator of the content.
    pub etag: String,
}

/// One consistent state: graph, catalogue and index, built together.
#[derive(Debug)]
pub struct Etat {
    /// The search index (it holds the graph and the catalogue).
    pub index: Index,
    /// The perimeter graph.
    pub graphe: Arc<Perimetres>,
    /// The change-feed sequence the state was built after.
    pub seq: i64,
    signature: String,
    dump: OnceLock<Dump>,
}

impl Etat {
    /// The perimeter graph.
    pub fn perimetres(&self) -> &Perimetres {
        &self.graphe
    }

    /// The catalogue (carriers, programs, themes, synonym lists).
    pub fn catalogue(&self) -> &Catalogue {
        self.index.catalogue()
    }

    /// The bulk dump of the live aids, serialised on first use.
    pub fn dump(&self) -> &Dump {
        self.dump.get_or_init(|| {
            let aujourdhui = aujourdhui_a_paris(Utc::now());
            let aides: Vec<_> = self
                .index
                .aides()
                .filter(|aide| aide.est_en_ligne(aujourdhui))
                .map(|aide| crate::api::aide_dto(aide, &self.index, aujourdhui))
                .collect();
            let json = serde_json::to_vec(&aides).unwrap_or_else(|_| b"[]".to_vec());
            let hash = sha2::Sha256::digest(&json);
            Dump {
                etag: format!("\"{}\"", hex::encode(&hash[..16])),
                json: Bytes::from(json),
            }
        })
    }
}

/// The current state, swapped atomically; readers take a snapshot for one request.
#[derive(Debug)]
pub struct Moteur {
    courant: ArcSwap<Etat>,
    reconstruction: tokio::sync::Mutex<()>,
}

impl Moteur {
    /// The state for one request.
    pub fn etat(&self) -> Arc<Etat> {
        self.courant.load_full()
    }
}

/// The state of the module in this process.
pub fn etat(app: &AppState) -> Result<Arc<Etat>, AppError> {
    app.extension::<Moteur>()
        .map(|moteur| moteur.etat())
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("module aides non initialisé")))
}

/// Seeds the referentials, builds the first state, registers it and follows the change feed.
pub async fn installer(app: &AppState) -> anyhow::Result<()> {
    let mut tx = app.db().begin().await?;
    store::initialiser_thematiques(&mut tx).await?;
    tx.commit().await?;
    let seq = changes::latest(app.db(), MODULE).await?;
    let etat = construire(app, seq, None)
        .await
        .context("construction de l'index des aides")?;
    app.insert_extension(Arc::new(Moteur {
        courant: ArcSwap::from_pointee(etat),
        reconstruction: tokio::sync::Mutex::new(()),
    }));
    changes::follow(app.clone(), MODULE, SUIVI, suivre);
    Ok(())
}

fn suivre(app: AppState) -> BoxFuture<'static, anyhow::Result<()>> {
    Box::pin(async move { reconstruire(&app).await })
}

/// Rebuilds the state when the change feed moved or the day changed since the current one was built.
pub async fn reconstruire(app: &AppState) -> anyhow::Result<()> {
    let moteur = app
        .extension::<Moteur>()
        .ok_or_else(|| anyhow::anyhow!("module aides non initialisé"))?;
    let _tour = moteur.reconstruction.lock().await;
    let seq = changes::latest(app.db(), MODULE).await?;
    let courant = moteur.etat();
    if courant.seq == seq && courant.index.jour() == aujourdhui_a_paris(Utc::now()) {
        return Ok(());
    }
    let etat = construire(app, seq, Some(&courant)).await?;
    moteur.courant.store(Arc::new(etat));
    Ok(())
}

/// Reads what the state needs and builds it; the graph of `precedent` is reused when its inputs are the same.
async fn construire(app: &AppState, seq: i64, precedent: Option<&Etat>) -> anyhow::Result<Etat> {
    let db = app.db();
    let adhoc = store::perimetres_adhoc(db).await?;
    let bassins = store::bassins_communes(db).await?;
    let territoires = app.territoires();
    let signature = signature(&territoires, &adhoc, &bassins);
    let graphe = match precedent {
        Some(etat) if etat.signature == signature => etat.graphe.clone(),
        _ => graphe(&territoires, &adhoc, &bassins)
            .context("construction du graphe des périmètres")?,
    };
    let thematiques = store::thematiques(db)
        .await?
        .ok_or_else(|| anyhow::anyhow!("thématiques et catégories enregistrées incohérentes"))?;
    let porteurs = store::porteurs(db)
        .await?
        .into_iter()
        .filter_map(|ligne| {
            Some(PorteurAide {
                id: PorteurId(u32::try_from(ligne.id).ok()?),
                perimetre: store::resoudre_perimetre(
                    &graphe,
                    ligne.perimetre_echelle.as_deref(),
                    ligne.perimetre_code.as_deref(),
                ),
                nom: ligne.nom,
                slug: ligne.slug,
                logo: ligne.logo,
                description: ligne.description,
            })
        })
        .collect();
    let programmes = store::programmes(db)
        .await?
        .into_iter()
        .filter_map(|ligne| {
            Some(Programme {
                id: ProgrammeId(u32::try_from(ligne.id).ok()?),
                nom: ligne.nom,
                slug: ligne.slug,
            })
        })
        .collect();
    let listes_synonymes = store::listes_synonymes(db)
        .await?
        .into_iter()
        .filter_map(|ligne| {
            Some(ListeSynonymes {
                id: u32::try_from(ligne.id).ok()?,
                nom: ligne.nom,
                slug: ligne.slug,
                termes: ligne.termes,
            })
        })
        .collect();
    let jour = aujourdhui();
    let aides: Vec<_> = store::aides(db, &graphe, &Selection::Indexables(jour))
        .await?
        .into_iter()
        .map(|stockee| stockee.aide)
        .collect();
    let catalogue = Catalogue {
        porteurs,
        programmes,
        thematiques,
        listes_synonymes,
    };
    let graphe_index = graphe.clone();
    // Building the tantivy index is CPU work: keep it off the async workers.
    let index =
        tokio::task::spawn_blocking(move || build_au(&aides, graphe_index, catalogue, jour))
            .await
            .context("construction de l'index interrompue")??;
    Ok(Etat {
        index,
        graphe,
        seq,
        signature,
        dump: OnceLock::new(),
    })
}

/// What the graph depends on besides the territoires object itself.
fn signature(
    territoires: &Arc<TerritoiresSocle>,
    adhoc: &[AdhocRow],
    bassins: &[(String, String)],
) -> String {
    let mut hasher = sha2::Sha256::new();
    hasher.update((Arc::as_ptr(territoires) as usize).to_be_bytes());
    for ligne in adhoc {
        hasher.update(ligne.id.to_be_bytes());
        hasher.update([u8::from(ligne.visible), u8::from(ligne.obsolete)]);
    }
    for (code, bassin) in bassins {
        hasher.update(code.as_bytes());
        hasher.update(bassin.as_bytes());
    }
    hex::encode(hasher.finalize())
}

/// The graph of the territoires alone, built once per territoires dataset in the process.
fn graphe_de_base(territoires: &Arc<TerritoiresSocle>) -> Result<Arc<Perimetres>, PerimetreError> {
    static CACHE: Mutex<Option<(Arc<TerritoiresSocle>, Arc<Perimetres>)>> = Mutex::new(None);
    let mut cache = CACHE
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some((source, graphe)) = cache.as_ref()
        && Arc::ptr_eq(source, territoires)
    {
        return Ok(graphe.clone());
    }
    let graphe = Arc::new(Perimetres::depuis_territoires(&convertir(territoires))?);
    *cache = Some((territoires.clone(), graphe.clone()));
    Ok(graphe)
}

/// The complete graph: territoires, basins of communes, then ad-hoc perimeters in creation order.
pub fn graphe(
    territoires: &Arc<TerritoiresSocle>,
    adhoc: &[AdhocRow],
    bassins: &[(String, String)],
) -> Result<Arc<Perimetres>, PerimetreError> {
    let base = graphe_de_base(territoires)?;
    if adhoc.is_empty() && bassins.is_empty() {
        return Ok(base);
    }
    let mut graphe = Perimetres::clone(&base);
    for (code_insee, bassin) in bassins {
        if let Err(erreur) = graphe.rattacher_bassin(code_insee, bassin) {
            tracing::warn!(%erreur, code_insee, bassin, "bassin d'une commune ignoré");
        }
    }
    for ligne in adhoc {
        match graphe.ajouter_adhoc(&ligne.code, &ligne.nom, ligne.codes.lines()) {
            Ok(rapport) => {
                if !ligne.visible {
                    graphe.masquer(rapport.perimetre)?;
                }
                if ligne.obsolete {
                    graphe.marquer_obsolete(rapport.perimetre)?;
                }
            }
            Err(erreur) => {
                tracing::warn!(%erreur, code = %ligne.code, "périmètre ad hoc ignoré");
            }
        }
    }
    Ok(Arc::new(graphe))
}

/// The platform's territoires as the plain data the perimeter graph is built from. A commune's zone is its
/// département's (a COM is its own département and région).
pub fn convertir(territoires: &TerritoiresSocle) -> Territoires {
    let zone = |code: Option<&String>| code.and_then(|z| Zone::from_code(z)).unwrap_or(Zone::Metro);
    let regions: Vec<TerritoireRegion> = territoires
        .all(Kind::Region)
        .map(|r| TerritoireRegion {
            code: r.code.clone(),
            nom: r.nom.clone(),
            zone: zone(r.zone.as_ref()),
        })
        .collect();
    let departements: Vec<TerritoireDepartement> = territoires
        .all(Kind::Departement)
        .filter_map(|d| {
            Some(TerritoireDepartement {
                code: d.code.clone(),
                nom: d.nom.clone(),
                region: d.region.clone()?,
                zone: zone(d.zone.as_ref()),
            })
        })
        .collect();
    let zones: HashMap<&str, Zone> = departements
        .iter()
        .map(|d| (d.code.as_str(), d.zone))
        .collect();
    let zone_du_departement = |code: &str| zones.get(code).copied().unwrap_or(Zone::Metro);
    let communes: Vec<TerritoireCommune> = territoires
        .all(Kind::Commune)
        .filter_map(|c| {
            let departement = c.departement.clone().or_else(|| c.region.clone())?;
            let region = c.region.clone().unwrap_or_else(|| departement.clone());
            Some(TerritoireCommune {
                zone: zone_du_departement(&departement),
                code_insee: c.code.clone(),
                nom: c.nom.clone(),
                departement,
                region,
                siren: None,
                epci_siren: c.epci.clone(),
                population: Some(c.population),
                codes_postaux: c.codes_postaux.clone(),
            })
        })
        .collect();
    let epci = territoires
        .all(Kind::Epci)
        .map(|e| TerritoireEpci {
            siren: e.code.clone(),
            nom: e.nom.clone(),
            type_epci: e.nature.clone().unwrap_or_default(),
            population: Some(e.population),
            membres: territoires
                .members(e, Kind::Commune)
                .into_iter()
                .map(|c| c.code.clone())
                .collect(),
        })
        .collect();
    Territoires {
        regions,
        departements,
        epci,
        communes,
    }
}

/// "Today" for a request: the Europe/Paris civil date, computed once.
pub fn aujourdhui() -> NaiveDate {
    aujourdhui_a_paris(Utc::now())
}
