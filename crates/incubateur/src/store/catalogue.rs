//! Organisations, incubators and startups: their rows, and the immutable in-memory catalogue built from them.
//!
//! Volumes are small (662 startups, 143 organisations, 23 incubators today, ≤ 1,000 startups planned: spec §6), and
//! the public pages, the statistics and the v2.7 document read them all; so every process keeps one [`Catalogue`]
//! behind an `ArcSwap` and swaps it when the platform's change feed (`socle::changes`) moves for
//! [`TOPIC_CATALOGUE`]. The freshness check is one indexed read of the feed's highest sequence per request rather than
//! a poll every few seconds: a page never shows data older than the last committed change, in any process, at the
//! price of one small query; the database stays the system of record.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

use arc_swap::ArcSwap;
use socle::AppState;
use socle::db::{Db, DbResult, Query, Tx, Value, now};

use super::{TOPIC_CATALOGUE, json_text, record_change};
use crate::domain::ids::OrganisationId;
use crate::domain::incubateur::Incubateur;
use crate::domain::organisation::{Organigramme, Organisation};
use crate::domain::startup::Startup;
use crate::export::{incubateur_record, organisation_record, startup_record};
use crate::import::{self, ImportOptions};

/// Everything the public side reads, built once per change.
#[derive(Debug, Default)]
pub struct Catalogue {
    /// Sequence of the change feed this catalogue was built from.
    pub seq: i64,
    /// Startups, sorted by id.
    pub startups: Vec<Startup>,
    /// Incubators, sorted by id.
    pub incubateurs: Vec<Incubateur>,
    /// Organisations, sorted by id.
    pub organisations: Vec<Organisation>,
    /// The org chart of the organisations (empty when their `parent` links are inconsistent).
    pub organigramme: Organigramme,
    by_id: HashMap<String, usize>,
    redirects: HashMap<String, String>,
    incubateurs_by_id: HashMap<String, usize>,
    organisations_by_id: HashMap<String, usize>,
}

impl Catalogue {
    /// Builds the indexes of the catalogue.
    pub fn new(
        seq: i64,
        mut startups: Vec<Startup>,
        mut incubateurs: Vec<Incubateur>,
        mut organisations: Vec<Organisation>,
    ) -> Self {
        startups.sort_by(|a, b| a.id.cmp(&b.id));
        incubateurs.sort_by(|a, b| a.id.cmp(&b.id));
        organisations.sort_by(|a, b| a.id.cmp(&b.id));
        let by_id = startups
            .iter()
            .enumerate()
            .map(|(index, startup)| (startup.id.to_string(), index))
            .collect();
        // `redirect_from` holds old page paths (`/startups/locatio`, `/startups/locatio.html`): the last segment
        // without `.html` is the old id.
        let mut redirects = HashMap::new();
        for startup in &startups {
            for path in startup.redirect_from.iter().flatten() {
                let old = path.rsplit('/').next().unwrap_or(path);
                let old = old.strip_suffix(".html").unwrap_or(old);
                if !old.is_empty() {
                    redirects.insert(old.to_owned(), startup.id.to_string());
                }
            }
        }
        let incubateurs_by_id = incubateurs
            .iter()
            .enumerate()
            .map(|(index, incubateur)| (incubateur.id.to_string(), index))
            .collect();
        let organisations_by_id = organisations
            .iter()
            .enumerate()
            .map(|(index, organisation)| (organisation.id.to_string(), index))
            .collect();
        let organigramme = Organigramme::build(&organisations).unwrap_or_else(|error| {
            tracing::error!(%error, "organigramme incohérent : détection des conflits limitée aux identités");
            Organigramme::default()
        });
        Catalogue {
            seq,
            startups,
            incubateurs,
            organisations,
            organigramme,
            by_id,
            redirects,
            incubateurs_by_id,
            organisations_by_id,
        }
    }

    /// The startup with this id.
    pub fn startup(&self, id: &str) -> Option<&Startup> {
        self.by_id
            .get(id)
            .and_then(|index| self.startups.get(*index))
    }

    /// The current id of a startup known under an old id (`redirect_from`).
    pub fn redirect(&self, old_id: &str) -> Option<&str> {
        self.redirects.get(old_id).map(String::as_str)
    }

    /// The incubator with this id.
    pub fn incubateur(&self, id: &str) -> Option<&Incubateur> {
        self.incubateurs_by_id
            .get(id)
            .and_then(|index| self.incubateurs.get(*index))
    }

    /// The organisation with this id.
    pub fn organisation(&self, id: &str) -> Option<&Organisation> {
        self.organisations_by_id
            .get(id)
            .and_then(|index| self.organisations.get(*index))
    }

    /// Ids of the known organisations (to resolve sponsors).
    pub fn organisation_ids(&self) -> HashSet<OrganisationId> {
        self.organisations.iter().map(|o| o.id.clone()).collect()
    }

    /// Every incubator id in use: the referential's plus the ones startups name, sorted.
    pub fn incubateur_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = self
            .incubateurs
            .iter()
            .map(|i| i.id.to_string())
            .chain(self.startups.iter().map(|s| s.incubator.to_string()))
            .collect();
        ids.sort();
        ids.dedup();
        ids
    }

    /// The title of an incubator, or its id when the referential does not know it.
    pub fn incubateur_title(&self, id: &str) -> String {
        self.incubateur(id).map_or_else(
            || id.to_owned(),
            |incubateur| incubateur.title.trim().to_owned(),
        )
    }

    /// The name of an organisation (acronym first when it has one), or its id.
    pub fn organisation_name(&self, id: &str) -> String {
        match self.organisation(id) {
            Some(organisation) => match organisation.acronym.as_deref() {
                Some(acronym) if !acronym.trim().is_empty() && acronym != organisation.name => {
                    format!("{} ({acronym})", organisation.name)
                }
                _ => organisation.name.clone(),
            },
            None => id.to_owned(),
        }
    }
}

/// The swappable catalogue registered in the application state.
#[derive(Debug)]
pub struct CatalogueCache(ArcSwap<Catalogue>);

/// Builds the catalogue at start and registers it (called by `Module::init`).
pub async fn install(app: &AppState) -> DbResult<()> {
    let catalogue = load(app.db()).await?;
    app.insert_extension(Arc::new(CatalogueCache(ArcSwap::from_pointee(catalogue))));
    Ok(())
}

/// The highest sequence of the catalogue's topic in the change feed.
async fn latest_seq(db: &Db) -> DbResult<i64> {
    socle::changes::latest(db, TOPIC_CATALOGUE).await
}

/// The current catalogue, rebuilt first when another request or process changed the data.
pub async fn current(app: &AppState) -> DbResult<Arc<Catalogue>> {
    let seq = latest_seq(app.db()).await?;
    let Some(cache) = app.extension::<CatalogueCache>() else {
        // `init` did not run (a tool building the state by hand): build without caching.
        return Ok(Arc::new(load(app.db()).await?));
    };
    let held = cache.0.load_full();
    if held.seq >= seq {
        return Ok(held);
    }
    let fresh = Arc::new(load(app.db()).await?);
    cache.0.store(fresh.clone());
    Ok(fresh)
}

#[derive(sqlx::FromRow)]
struct DocumentRow {
    document: String,
}

#[derive(sqlx::FromRow)]
struct StartupRow {
    id: String,
    document: String,
    corps: Option<String>,
}

/// Wraps stored records in the list shape the open-format parsers read.
fn list_text(key: &str, documents: &[&str]) -> String {
    format!("{{\"{key}\":[{}]}}", documents.join(","))
}

/// Parses stored records, skipping (and logging) any that no longer parse, so that one bad row never hides the
/// whole catalogue.
fn parse_records<T>(
    what: &str,
    documents: &[&str],
    parse: impl Fn(&str) -> import::ImportResult<T>,
) -> Vec<T> {
    match parse(&list_text(what, documents)) {
        Ok(lot) => lot.items,
        Err(_) => documents
            .iter()
            .filter_map(|document| match parse(&list_text(what, &[document])) {
                Ok(lot) => lot.items.into_iter().next(),
                Err(errors) => {
                    tracing::error!(%what, erreur = %errors.first().map(ToString::to_string).unwrap_or_default(), "enregistrement illisible ignoré");
                    None
                }
            })
            .collect(),
    }
}

/// Reads the whole catalogue from the database.
pub async fn load(db: &Db) -> DbResult<Catalogue> {
    let seq = latest_seq(db).await?;
    let options = ImportOptions::default();
    let rows: Vec<StartupRow> = db
        .fetch_all(Query::new(
            "SELECT id, document, corps FROM incubateur_startups ORDER BY id",
        ))
        .await?;
    let documents: Vec<&str> = rows.iter().map(|row| row.document.as_str()).collect();
    let mut startups = parse_records("startups", &documents, |text| {
        import::parse_startups_fixture_json("base", text, &options)
    });
    let bodies: HashMap<&str, &Option<String>> = rows
        .iter()
        .map(|row| (row.id.as_str(), &row.corps))
        .collect();
    for startup in &mut startups {
        startup.body = bodies
            .get(startup.id.as_str())
            .and_then(|body| (*body).clone());
    }
    let rows: Vec<DocumentRow> = db
        .fetch_all(Query::new(
            "SELECT document FROM incubateur_incubateurs ORDER BY id",
        ))
        .await?;
    let documents: Vec<&str> = rows.iter().map(|row| row.document.as_str()).collect();
    let incubateurs = parse_records("incubators", &documents, |text| {
        import::parse_incubateurs_json("base", text)
    });
    let rows: Vec<DocumentRow> = db
        .fetch_all(Query::new(
            "SELECT document FROM incubateur_organisations ORDER BY id",
        ))
        .await?;
    let documents: Vec<&str> = rows.iter().map(|row| row.document.as_str()).collect();
    let organisations = parse_records("organisations", &documents, |text| {
        import::parse_organisations_json("base", text)
    });
    Ok(Catalogue::new(seq, startups, incubateurs, organisations))
}

/// What an upsert did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Bilan {
    /// New records.
    pub created: u64,
    /// Changed records.
    pub updated: u64,
    /// Records already stored as they are.
    pub unchanged: u64,
}

impl Bilan {
    /// Whether anything changed.
    pub fn changed(&self) -> bool {
        self.created + self.updated > 0
    }
}

/// Existing documents of a table, by id.
async fn existing(
    tx: &mut Tx,
    sql: &'static str,
) -> DbResult<HashMap<String, (String, Option<String>)>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        id: String,
        document: String,
        corps: Option<String>,
    }
    let rows: Vec<Row> = tx.fetch_all(Query::new(sql)).await?;
    Ok(rows
        .into_iter()
        .map(|row| (row.id, (row.document, row.corps)))
        .collect())
}

/// Inserts or updates startups, and records the change in the feed when anything moved.
///
/// An import is idempotent: a record stored as it is stays untouched. Startups absent from `startups` are kept: the
/// network's repository does not know the startups La Fabrique onboards itself.
pub async fn upsert_startups(tx: &mut Tx, startups: &[Startup]) -> DbResult<Bilan> {
    let stored = existing(tx, "SELECT id, document, corps FROM incubateur_startups").await?;
    let mut bilan = Bilan::default();
    let at = now();
    for startup in startups {
        let document = json_text(&startup_record(startup))?;
        match stored.get(startup.id.as_str()) {
            Some((old, corps)) if *old == document && *corps == startup.body => {
                bilan.unchanged += 1
            }
            Some(_) => {
                tx.execute(
                    Query::new(
                        "UPDATE incubateur_startups SET titre = $2, incubateur = $3, document = $4, corps = $5, \
                         version = version + 1, updated_at = $6 WHERE id = $1",
                    )
                    .bind(startup.id.as_str())
                    .bind(&startup.title)
                    .bind(startup.incubator.as_str())
                    .bind(document)
                    .bind(startup.body.clone())
                    .bind(at),
                )
                .await?;
                bilan.updated += 1;
            }
            None => {
                insert_startup_row(tx, startup, document).await?;
                bilan.created += 1;
            }
        }
    }
    if bilan.changed() {
        record_change(tx).await?;
    }
    Ok(bilan)
}

async fn insert_startup_row(tx: &mut Tx, startup: &Startup, document: String) -> DbResult<()> {
    let at = now();
    tx.execute(
        Query::new(
            "INSERT INTO incubateur_startups (id, titre, incubateur, document, corps, version, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, 1, $6, $6)",
        )
        .bind(startup.id.as_str())
        .bind(&startup.title)
        .bind(startup.incubator.as_str())
        .bind(document)
        .bind(startup.body.clone())
        .bind(at),
    )
    .await?;
    Ok(())
}

/// Creates one startup (onboarding of a laureate); a taken id is a constraint error naming `incubateur_startups`.
pub async fn insert_startup(tx: &mut Tx, startup: &Startup) -> DbResult<()> {
    insert_startup_row(tx, startup, json_text(&startup_record(startup))?).await?;
    record_change(tx).await
}

/// A stored startup with its compare-and-swap version.
pub async fn find_startup(tx: &mut Tx, id: &str) -> DbResult<Option<(Startup, i64)>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        document: String,
        corps: Option<String>,
        version: i64,
    }
    let row: Option<Row> = tx
        .fetch_optional(
            Query::new("SELECT document, corps, version FROM incubateur_startups WHERE id = $1")
                .bind(id),
        )
        .await?;
    let Some(row) = row else { return Ok(None) };
    let options = ImportOptions::default();
    let mut startups = parse_records("startups", &[row.document.as_str()], |text| {
        import::parse_startups_fixture_json("base", text, &options)
    });
    Ok(startups.pop().map(|mut startup| {
        startup.body = row.corps;
        (startup, row.version)
    }))
}

/// Writes a changed startup if nobody changed it since `version` was read; returns whether it did.
pub async fn update_startup(tx: &mut Tx, startup: &Startup, version: i64) -> DbResult<bool> {
    let changed = tx
        .execute(
            Query::new(
                "UPDATE incubateur_startups SET titre = $2, incubateur = $3, document = $4, corps = $5, \
                 version = version + 1, updated_at = $6 WHERE id = $1 AND version = $7",
            )
            .bind(startup.id.as_str())
            .bind(&startup.title)
            .bind(startup.incubator.as_str())
            .bind(json_text(&startup_record(startup))?)
            .bind(startup.body.clone())
            .bind(now())
            .bind(version),
        )
        .await?;
    if changed == 1 {
        record_change(tx).await?;
    }
    Ok(changed == 1)
}

/// SQL of a reference table whose rows are an id, some columns and the record's JSON document.
struct TableReferentiel {
    /// Reads every id with its document (and a `NULL` body).
    select: &'static str,
    /// `$1` the id, then the columns, then the document and the update time.
    update: &'static str,
    /// The same parameters as `update`.
    insert: &'static str,
}

/// Inserts or updates reference records, and records the change in the feed when anything moved: a record whose
/// document is stored as it is stays untouched.
async fn upsert_referentiel<T: Sync>(
    tx: &mut Tx,
    table: &TableReferentiel,
    records: &[T],
    id: impl Fn(&T) -> &str,
    document: impl Fn(&T) -> DbResult<String>,
    colonnes: impl Fn(&T) -> Vec<Value>,
) -> DbResult<Bilan> {
    let stored = existing(tx, table.select).await?;
    let mut bilan = Bilan::default();
    for record in records {
        let document = document(record)?;
        let known = stored.get(id(record));
        if known.is_some_and(|(old, _)| *old == document) {
            bilan.unchanged += 1;
            continue;
        }
        let sql = if known.is_some() {
            bilan.updated += 1;
            table.update
        } else {
            bilan.created += 1;
            table.insert
        };
        tx.execute(
            Query::new(sql)
                .bind(id(record))
                .bind_all(colonnes(record))
                .bind(document)
                .bind(now()),
        )
        .await?;
    }
    if bilan.changed() {
        record_change(tx).await?;
    }
    Ok(bilan)
}

/// Inserts or updates organisations.
pub async fn upsert_organisations(tx: &mut Tx, organisations: &[Organisation]) -> DbResult<Bilan> {
    let table = TableReferentiel {
        select: "SELECT id, document, NULL AS corps FROM incubateur_organisations",
        update: "UPDATE incubateur_organisations SET nom = $2, sigle = $3, type = $4, domaine_ministeriel = $5, \
                 parent = $6, document = $7, updated_at = $8 WHERE id = $1",
        insert: "INSERT INTO incubateur_organisations (id, nom, sigle, type, domaine_ministeriel, parent, document, \
                 updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    };
    upsert_referentiel(
        tx,
        &table,
        organisations,
        |o| o.id.as_str(),
        |o| json_text(&organisation_record(o)),
        |o| {
            vec![
                (&o.name).into(),
                o.acronym.clone().into(),
                o.kind.code().into(),
                o.domaine_ministeriel.code().into(),
                o.parent.as_ref().map(ToString::to_string).into(),
            ]
        },
    )
    .await
}

/// Inserts or updates incubators.
pub async fn upsert_incubateurs(tx: &mut Tx, incubateurs: &[Incubateur]) -> DbResult<Bilan> {
    let table = TableReferentiel {
        select: "SELECT id, document, NULL AS corps FROM incubateur_incubateurs",
        update: "UPDATE incubateur_incubateurs SET titre = $2, document = $3, updated_at = $4 WHERE id = $1",
        insert: "INSERT INTO incubateur_incubateurs (id, titre, document, updated_at) VALUES ($1, $2, $3, $4)",
    };
    upsert_referentiel(
        tx,
        &table,
        incubateurs,
        |i| i.id.as_str(),
        |i| json_text(&incubateur_record(i)),
        |i| vec![(&i.title).into()],
    )
    .await
}

/// Number of startups by incubator id (for the incubators list).
pub fn count_by_incubator(catalogue: &Catalogue) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for startup in &catalogue.startups {
        *counts.entry(startup.incubator.to_string()).or_insert(0) += 1;
    }
    counts
}

/// Filters of the startups list (page and API).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filtres {
    /// Incubator id (`incubator` or one of `incubators`).
    pub incubateur: Option<String>,
    /// Current phase code (site rule).
    pub phase: Option<String>,
    /// Theme, as written.
    pub thematique: Option<String>,
    /// User type, as written.
    pub usertype: Option<String>,
    /// Words searched in the title and the mission (case and accents ignored).
    pub q: Option<String>,
}

impl Filtres {
    fn garde(&self, startup: &Startup, sauf: Option<Facette>) -> bool {
        let incubateur = sauf == Some(Facette::Incubateur)
            || self.incubateur.as_deref().is_none_or(|wanted| {
                startup
                    .incubator_ids()
                    .iter()
                    .any(|id| id.as_str() == wanted)
            });
        let phase = sauf == Some(Facette::Phase)
            || self
                .phase
                .as_deref()
                .is_none_or(|wanted| startup.current_phase().is_some_and(|p| p.code() == wanted));
        let thematique = sauf == Some(Facette::Thematique)
            || self.thematique.as_deref().is_none_or(|wanted| {
                startup
                    .thematiques
                    .iter()
                    .flatten()
                    .any(|t| t.as_str() == wanted)
            });
        let usertype = sauf == Some(Facette::Usertype)
            || self.usertype.as_deref().is_none_or(|wanted| {
                startup
                    .usertypes
                    .iter()
                    .flatten()
                    .any(|u| u.as_str() == wanted)
            });
        let texte = self.q.as_deref().map(socle::text::fold).is_none_or(|q| {
            let cible = socle::text::fold(&format!(
                "{} {} {}",
                startup.id, startup.title, startup.mission
            ));
            q.split_whitespace().all(|mot| cible.contains(mot))
        });
        incubateur && phase && thematique && usertype && texte
    }
}

/// A facet of the startups list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facette {
    /// Incubator.
    Incubateur,
    /// Current phase.
    Phase,
    /// Theme.
    Thematique,
    /// User type.
    Usertype,
}

/// The startups matching every filter, in id order.
pub fn filtrer<'c>(catalogue: &'c Catalogue, filtres: &Filtres) -> Vec<&'c Startup> {
    catalogue
        .startups
        .iter()
        .filter(|startup| filtres.garde(startup, None))
        .collect()
}

/// Counts of one facet's values among the startups matching the other filters (so that each count says how many
/// startups choosing that value would give), sorted by value.
pub fn compter(catalogue: &Catalogue, filtres: &Filtres, facette: Facette) -> Vec<(String, usize)> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for startup in catalogue
        .startups
        .iter()
        .filter(|startup| filtres.garde(startup, Some(facette)))
    {
        let values: Vec<String> = match facette {
            Facette::Incubateur => startup
                .incubator_ids()
                .iter()
                .map(|id| id.to_string())
                .collect(),
            Facette::Phase => startup
                .current_phase()
                .map(|p| p.code().to_owned())
                .into_iter()
                .collect(),
            Facette::Thematique => startup
                .thematiques
                .iter()
                .flatten()
                .map(|t| t.as_str().to_owned())
                .collect(),
            Facette::Usertype => startup
                .usertypes
                .iter()
                .flatten()
                .map(|u| u.as_str().to_owned())
                .collect(),
        };
        let mut values = values;
        values.sort();
        values.dedup();
        for value in values {
            *counts.entry(value).or_insert(0) += 1;
        }
    }
    counts.into_iter().collect()
}
