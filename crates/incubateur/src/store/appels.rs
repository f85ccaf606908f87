//! Calls for projects: their row, their journal and the facts their guards need.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use socle::db::{DbResult, Query, Tx, now};

use super::{Conn, civil_parse, civil_text, corrupt, json_parse, json_text};
use crate::domain::appel::{AppelAProjets, Jalon, QuestionFaq, StatutAppel};
use crate::domain::ids::{IncubateurId, OrganisationId};
use crate::domain::journal::EntreeJournal;
use crate::domain::organisation::{DomaineMinisteriel, TypeOrganisation};
use crate::domain::perimetre::{CritereEligibilite, Perimetre};

/// A stored call.
#[derive(Debug, Clone)]
pub struct AppelStocke {
    /// Id.
    pub id: i64,
    /// Compare-and-swap counter.
    pub version: i64,
    /// The call as the domain sees it (its journal is read apart, by [`transitions`]).
    pub appel: AppelAProjets,
    /// Weights of the grid's criteria, in the grid's order.
    pub poids: Vec<f64>,
    /// The president's recorded order for pre-jury ties (submission ids).
    pub departage_choix: Vec<i64>,
    /// Seed of the pre-jury draw and of the rank bands' bootstrap.
    pub departage_graine: u64,
    /// Creation time.
    pub created_at: DateTime<Utc>,
}

impl AppelStocke {
    /// The target of the audit and journal entries (`appel:<id>`).
    pub fn cible(&self) -> String {
        format!("appel:{}", self.id)
    }
}

/// The stored shape of a call's scope.
#[derive(Debug, Serialize, Deserialize)]
struct PerimetreDoc {
    libelle: String,
    criteres: Vec<CritereDoc>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "critere", rename_all = "snake_case")]
enum CritereDoc {
    Type { kind: String, domaines: Vec<String> },
    Famille { valeur: String },
    Branche { organisation: String },
}

fn perimetre_doc(perimetre: &Perimetre) -> PerimetreDoc {
    PerimetreDoc {
        libelle: perimetre.libelle.clone(),
        criteres: perimetre
            .criteres
            .iter()
            .map(|critere| match critere {
                CritereEligibilite::Type { kind, domaines } => CritereDoc::Type {
                    kind: kind.code().to_owned(),
                    domaines: domaines.iter().map(|d| d.code().to_owned()).collect(),
                },
                CritereEligibilite::FamilleService(valeur) => CritereDoc::Famille {
                    valeur: valeur.clone(),
                },
                CritereEligibilite::SousOrganisation(id) => CritereDoc::Branche {
                    organisation: id.to_string(),
                },
            })
            .collect(),
    }
}

fn perimetre_from_doc(doc: PerimetreDoc) -> DbResult<Perimetre> {
    let mut criteres = Vec::with_capacity(doc.criteres.len());
    for critere in doc.criteres {
        criteres.push(match critere {
            CritereDoc::Type { kind, domaines } => CritereEligibilite::Type {
                kind: kind
                    .parse::<TypeOrganisation>()
                    .map_err(|error| corrupt("périmètre", error))?,
                domaines: domaines
                    .iter()
                    .map(|d| d.parse::<DomaineMinisteriel>())
                    .collect::<Result<_, _>>()
                    .map_err(|error| corrupt("périmètre", error))?,
            },
            CritereDoc::Famille { valeur } => CritereEligibilite::FamilleService(valeur),
            CritereDoc::Branche { organisation } => CritereEligibilite::SousOrganisation(
                OrganisationId::parse(&organisation)
                    .map_err(|error| corrupt("périmètre", error))?,
            ),
        });
    }
    Ok(Perimetre {
        libelle: doc.libelle,
        criteres,
    })
}

#[derive(Debug, Serialize, Deserialize)]
struct FaqDoc {
    question: String,
    reponse: String,
}

#[derive(Debug, Serialize, Deserialize)]
struct JalonDoc {
    libelle: String,
    date: NaiveDate,
}

/// A state of the call machine from its code.
pub fn statut_from_code(code: &str) -> DbResult<StatutAppel> {
    StatutAppel::ALL
        .into_iter()
        .find(|statut| statut.code() == code)
        .ok_or_else(|| corrupt("statut d'appel", code))
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    incubateur: String,
    titre: String,
    theme: String,
    perimetre: String,
    ouverture: Option<String>,
    cloture: Option<String>,
    version_formulaire: Option<i64>,
    faq: String,
    contact: Option<String>,
    signataire: Option<String>,
    jalons: String,
    conservation_mois: i64,
    poids_grille: String,
    statut: String,
    archive_le: Option<NaiveDate>,
    departage_choix: String,
    departage_graine: i64,
    version: i64,
    created_at: DateTime<Utc>,
}

const COLUMNS: &str = "id, incubateur, titre, theme, perimetre, ouverture, cloture, version_formulaire, faq, contact, \
                       signataire, jalons, conservation_mois, poids_grille, statut, archive_le, departage_choix, \
                       departage_graine, version, created_at";

impl Row {
    fn into_stocke(self) -> DbResult<AppelStocke> {
        let perimetre = perimetre_from_doc(json_parse(&self.perimetre)?)?;
        let mut appel = AppelAProjets::new(
            IncubateurId::parse(&self.incubateur).map_err(|error| corrupt("incubateur", error))?,
            self.titre,
            self.theme,
            perimetre,
        );
        appel.opens_at = self.ouverture.as_deref().map(civil_parse).transpose()?;
        appel.closes_at = self.cloture.as_deref().map(civil_parse).transpose()?;
        appel.form_version = self
            .version_formulaire
            .and_then(|version| u32::try_from(version).ok());
        appel.faq = json_parse::<Vec<FaqDoc>>(&self.faq)?
            .into_iter()
            .map(|faq| QuestionFaq {
                question: faq.question,
                reponse: faq.reponse,
            })
            .collect();
        appel.contact_mailbox = self.contact;
        appel.signatory = self.signataire;
        appel.milestones = json_parse::<Vec<JalonDoc>>(&self.jalons)?
            .into_iter()
            .map(|jalon| Jalon {
                libelle: jalon.libelle,
                date: jalon.date,
            })
            .collect();
        appel.retention_months =
            u8::try_from(self.conservation_mois).unwrap_or(crate::domain::appel::RETENTION_MAX);
        appel.statut = statut_from_code(&self.statut)?;
        appel.archive_le = self.archive_le;
        Ok(AppelStocke {
            id: self.id,
            version: self.version,
            appel,
            poids: json_parse(&self.poids_grille)?,
            departage_choix: json_parse(&self.departage_choix)?,
            departage_graine: u64::from_ne_bytes(self.departage_graine.to_ne_bytes()),
            created_at: self.created_at,
        })
    }
}

/// The seed as stored: the bits of the `u64` in a signed 64-bit column.
fn seed_column(seed: u64) -> i64 {
    i64::from_ne_bytes(seed.to_ne_bytes())
}

/// Creates a call in `brouillon`; returns its id.
pub async fn insert(
    tx: &mut Tx,
    appel: &AppelAProjets,
    poids: &[f64],
    graine: u64,
) -> DbResult<i64> {
    let at = now();
    tx.fetch_scalar(
        Query::new(
            "INSERT INTO incubateur_appels (incubateur, titre, theme, perimetre, ouverture, cloture, \
             version_formulaire, faq, contact, signataire, jalons, conservation_mois, poids_grille, statut, \
             archive_le, departage_choix, departage_graine, version, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, '[]', $16, 1, $17, $17) \
             RETURNING id",
        )
        .bind(appel.incubateur.as_str())
        .bind(&appel.title)
        .bind(&appel.theme)
        .bind(json_text(&perimetre_doc(&appel.perimetre))?)
        .bind(appel.opens_at.map(civil_text))
        .bind(appel.closes_at.map(civil_text))
        .bind(appel.form_version)
        .bind(faq_text(appel)?)
        .bind(appel.contact_mailbox.clone())
        .bind(appel.signatory.clone())
        .bind(jalons_text(appel)?)
        .bind(i64::from(appel.retention_months))
        .bind(json_text(&poids)?)
        .bind(appel.statut.code())
        .bind(appel.archive_le)
        .bind(seed_column(graine))
        .bind(at),
    )
    .await
}

fn faq_text(appel: &AppelAProjets) -> DbResult<String> {
    json_text(
        &appel
            .faq
            .iter()
            .map(|faq| FaqDoc {
                question: faq.question.clone(),
                reponse: faq.reponse.clone(),
            })
            .collect::<Vec<_>>(),
    )
}

fn jalons_text(appel: &AppelAProjets) -> DbResult<String> {
    json_text(
        &appel
            .milestones
            .iter()
            .map(|jalon| JalonDoc {
                libelle: jalon.libelle.clone(),
                date: jalon.date,
            })
            .collect::<Vec<_>>(),
    )
}

/// Rewrites the editable fields of a call if nobody changed it since `version`; returns whether it did.
pub async fn update_fields(
    tx: &mut Tx,
    id: i64,
    version: i64,
    appel: &AppelAProjets,
    poids: &[f64],
) -> DbResult<bool> {
    let changed = tx
        .execute(
            Query::new(
                "UPDATE incubateur_appels SET titre = $3, theme = $4, perimetre = $5, ouverture = $6, cloture = $7, \
                 version_formulaire = $8, faq = $9, contact = $10, signataire = $11, jalons = $12, \
                 conservation_mois = $13, poids_grille = $14, version = version + 1, updated_at = $15 \
                 WHERE id = $1 AND version = $2",
            )
            .bind(id)
            .bind(version)
            .bind(&appel.title)
            .bind(&appel.theme)
            .bind(json_text(&perimetre_doc(&appel.perimetre))?)
            .bind(appel.opens_at.map(civil_text))
            .bind(appel.closes_at.map(civil_text))
            .bind(appel.form_version)
            .bind(faq_text(appel)?)
            .bind(appel.contact_mailbox.clone())
            .bind(appel.signatory.clone())
            .bind(jalons_text(appel)?)
            .bind(i64::from(appel.retention_months))
            .bind(json_text(&poids)?)
            .bind(now()),
        )
        .await?;
    Ok(changed == 1)
}

/// Moves a call to `statut` if nobody changed it since `version`; returns whether it did.
pub async fn set_statut(
    tx: &mut Tx,
    id: i64,
    version: i64,
    statut: StatutAppel,
    archive_le: Option<NaiveDate>,
) -> DbResult<bool> {
    let changed = tx
        .execute(
            Query::new(
                "UPDATE incubateur_appels SET statut = $3, archive_le = $4, version = version + 1, updated_at = $5 \
                 WHERE id = $1 AND version = $2",
            )
            .bind(id)
            .bind(version)
            .bind(statut.code())
            .bind(archive_le)
            .bind(now()),
        )
        .await?;
    Ok(changed == 1)
}

/// Records the president's order for pre-jury ties.
pub async fn set_departage(tx: &mut Tx, id: i64, choix: &[i64]) -> DbResult<()> {
    tx.execute(
        Query::new(
            "UPDATE incubateur_appels SET departage_choix = $2, updated_at = $3 WHERE id = $1",
        )
        .bind(id)
        .bind(json_text(&choix)?)
        .bind(now()),
    )
    .await?;
    Ok(())
}

/// The call with this id.
pub async fn find(conn: &mut impl Conn, id: i64) -> DbResult<Option<AppelStocke>> {
    let row: Option<Row> = conn
        .optional(
            Query::assembled(format!(
                "SELECT {COLUMNS} FROM incubateur_appels WHERE id = $1"
            ))
            .bind(id),
        )
        .await?;
    row.map(Row::into_stocke).transpose()
}

/// Every call, newest first.
pub async fn list(conn: &mut impl Conn) -> DbResult<Vec<AppelStocke>> {
    let rows: Vec<Row> = conn
        .all(Query::assembled(format!(
            "SELECT {COLUMNS} FROM incubateur_appels ORDER BY id DESC"
        )))
        .await?;
    rows.into_iter().map(Row::into_stocke).collect()
}

/// Calls in a state (the scheduler closes the published ones whose closing time passed).
pub async fn list_in_state(
    conn: &mut impl Conn,
    statut: StatutAppel,
) -> DbResult<Vec<AppelStocke>> {
    let rows: Vec<Row> = conn
        .all(
            Query::assembled(format!(
                "SELECT {COLUMNS} FROM incubateur_appels WHERE statut = $1 ORDER BY id"
            ))
            .bind(statut.code()),
        )
        .await?;
    rows.into_iter().map(Row::into_stocke).collect()
}

/// One transition of a call or submission, as shown in their history.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Transition {
    /// Action code.
    pub action: String,
    /// State before (code).
    pub avant: String,
    /// State after (code).
    pub apres: String,
    /// Role of the actor (code).
    pub role: String,
    /// Reason, motivation or message.
    pub motif: Option<String>,
    /// When.
    pub at: DateTime<Utc>,
}

/// Appends one entry to a call's journal.
pub async fn insert_transition(
    tx: &mut Tx,
    appel_id: i64,
    entree: &EntreeJournal<StatutAppel>,
    user_id: Option<i64>,
) -> DbResult<()> {
    tx.execute(
        Query::new(
            "INSERT INTO incubateur_appel_transitions (appel_id, action, avant, apres, role, user_id, motif, at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(appel_id)
        .bind(entree.action)
        .bind(entree.avant.code())
        .bind(entree.apres.code())
        .bind(crate::acces::role_code(entree.acteur))
        .bind(user_id)
        .bind(entree.motif.clone())
        .bind(now()),
    )
    .await?;
    Ok(())
}

/// The journal of a call, oldest first.
pub async fn transitions(conn: &mut impl Conn, appel_id: i64) -> DbResult<Vec<Transition>> {
    conn.all(
        Query::new(
            "SELECT action, avant, apres, role, motif, at FROM incubateur_appel_transitions \
             WHERE appel_id = $1 ORDER BY id",
        )
        .bind(appel_id),
    )
    .await
}
