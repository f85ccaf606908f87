//! Arrêtés cadres and arrêtés de restriction: loading them as domain values and every write of the
//! back-office.
//!
//! Concurrency: each arrêté has a `version`. A change of an arrêté or of one of its children (zones, usages,
//! restrictions, PDF) first compares-and-swaps the version read by the agent's page ([`bump`]); when another
//! agent changed it meanwhile, nothing is written and the caller gets [`StoreError::Conflit`] (409).

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use socle::db::{Query, Tx, now};

use super::referentiel::{ZoneReference, list_zones};
use super::{Conn, StoreError, StoreResult, document_url, lu};
use crate::domain::arrete::{ArreteCadre, ArreteRestriction, FinArrete, ZoneCadre};
use crate::domain::nomenclature::{NiveauGravite, RessourceEap, StatutArrete, Thematique};
use crate::domain::restriction::{
    CibleRestriction, ConcerneEaux, ConcerneProfils, DescriptionsNiveaux, Restriction, Usage,
};
use crate::domain::zone_alerte::{CleZone, CodeDepartement, CodeInsee};

/// An arrêté cadre as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct CadreStocke {
    /// The domain value (its `fichier` is the public URL of the PDF).
    pub cadre: ArreteCadre,
    /// Version for compare-and-swap.
    pub version: i64,
    /// The PDF in the blob store.
    pub fichier_id: Option<i64>,
    /// Row ids of its zones, in the order of `cadre.zones`.
    pub zone_ids: Vec<i64>,
}

/// A restriction as stored, beside its domain value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestrictionStockee {
    /// Row id.
    pub id: i64,
    /// The reference zone, for a zone restriction.
    pub zone_id: Option<i64>,
    /// The arrêté cadre of the zone.
    pub arrete_cadre_id: Option<i64>,
}

/// An arrêté de restriction as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct ArreteStocke {
    /// The domain value; its restrictions carry the usages of their arrêté cadre.
    pub arrete: ArreteRestriction,
    /// Version for compare-and-swap.
    pub version: i64,
    /// The PDF in the blob store.
    pub fichier_id: Option<i64>,
    /// Row ids of its restrictions, in the order of `arrete.restrictions`.
    pub restrictions: Vec<RestrictionStockee>,
}

/// Every arrêté and reference zone, as the publication and the back-office read them.
#[derive(Debug, Clone, Default)]
pub struct Ensemble {
    /// Reference zones.
    pub zones: Vec<ZoneReference>,
    /// Arrêtés cadres.
    pub cadres: Vec<CadreStocke>,
    /// Arrêtés de restriction.
    pub arretes: Vec<ArreteStocke>,
}

impl Ensemble {
    /// An arrêté cadre by id.
    pub fn cadre(&self, id: i64) -> Option<&CadreStocke> {
        self.cadres.iter().find(|cadre| cadre.cadre.id == id)
    }

    /// An arrêté de restriction by id.
    pub fn arrete(&self, id: i64) -> Option<&ArreteStocke> {
        self.arretes.iter().find(|arrete| arrete.arrete.id == id)
    }

    /// A reference zone by row id.
    pub fn zone(&self, id: i64) -> Option<&ZoneReference> {
        self.zones.iter().find(|zone| zone.id == id)
    }

    /// The arrêtés de restriction of a département.
    pub fn arretes_of(&self, departement: &CodeDepartement) -> Vec<ArreteRestriction> {
        self.arretes
            .iter()
            .filter(|stocke| stocke.arrete.departement == *departement)
            .map(|stocke| stocke.arrete.clone())
            .collect()
    }

    /// The arrêtés cadres as domain values.
    pub fn cadres_domain(&self) -> Vec<ArreteCadre> {
        self.cadres
            .iter()
            .map(|stocke| stocke.cadre.clone())
            .collect()
    }

    /// The identities of disabled reference zones (they freeze the arrêtés cadres that use them).
    pub fn zones_desactivees(&self) -> BTreeSet<CleZone> {
        self.zones
            .iter()
            .filter(|zone| zone.zone.disabled)
            .map(|zone| zone.zone.cle())
            .collect()
    }
}

#[derive(sqlx::FromRow)]
struct CadreRow {
    id: i64,
    numero: String,
    departement_pilote: String,
    date_debut: Option<NaiveDate>,
    date_fin: Option<NaiveDate>,
    statut: String,
    fichier_id: Option<i64>,
    arrete_cadre_abroge: Option<i64>,
    version: i64,
}

#[derive(sqlx::FromRow)]
struct UsageRow {
    id: i64,
    arrete_cadre_id: i64,
    nom: String,
    thematique: String,
    concerne_particulier: bool,
    concerne_entreprise: bool,
    concerne_collectivite: bool,
    concerne_exploitation: bool,
    concerne_esu: bool,
    concerne_eso: bool,
    concerne_aep: bool,
    description_vigilance: Option<String>,
    description_alerte: Option<String>,
    description_alerte_renforcee: Option<String>,
    description_crise: Option<String>,
}

#[derive(sqlx::FromRow)]
struct ArreteRow {
    id: i64,
    numero: String,
    departement: String,
    date_signature: Option<NaiveDate>,
    date_debut: Option<NaiveDate>,
    date_fin_saisie: Option<NaiveDate>,
    date_fin_calculee: Option<NaiveDate>,
    date_fin_saisie_connue: bool,
    statut: String,
    fichier_id: Option<i64>,
    niveau_gravite_specifique_aep: bool,
    ressource_aep_communique: Option<String>,
    arrete_restriction_abroge: Option<i64>,
    version: i64,
}

#[derive(sqlx::FromRow)]
struct RestrictionRow {
    id: i64,
    arrete_restriction_id: i64,
    zone_id: Option<i64>,
    arrete_cadre_id: Option<i64>,
    nom_groupement_aep: Option<String>,
    communes: String,
    niveau: String,
}

fn read_communes(text: &str) -> StoreResult<Vec<CodeInsee>> {
    let codes: Vec<String> = lu(serde_json::from_str(text))?;
    codes
        .iter()
        .map(|code| lu(CodeInsee::parse(code)))
        .collect()
}

fn communes_text(communes: &[CodeInsee]) -> String {
    serde_json::Value::from(
        communes
            .iter()
            .map(|code| code.as_str().to_owned())
            .collect::<Vec<_>>(),
    )
    .to_string()
}

impl UsageRow {
    fn into_domain(self) -> StoreResult<Usage> {
        Ok(Usage {
            id: Some(self.id),
            nom: self.nom,
            thematique: lu(Thematique::parse(&self.thematique))?,
            concerne: ConcerneProfils {
                particulier: self.concerne_particulier,
                entreprise: self.concerne_entreprise,
                collectivite: self.concerne_collectivite,
                exploitation: self.concerne_exploitation,
            },
            eaux: ConcerneEaux {
                esu: self.concerne_esu,
                eso: self.concerne_eso,
                aep: self.concerne_aep,
            },
            descriptions: DescriptionsNiveaux {
                vigilance: self.description_vigilance,
                alerte: self.description_alerte,
                alerte_renforcee: self.description_alerte_renforcee,
                crise: self.description_crise,
            },
        })
    }
}

/// Loads every reference zone (with geometry when asked) and every arrêté.
pub async fn load(
    conn: &mut impl Conn,
    base_url: &str,
    avec_geometrie: bool,
) -> StoreResult<Ensemble> {
    let zones = list_zones(conn, avec_geometrie).await?;
    let zones_by_id: BTreeMap<i64, &ZoneReference> =
        zones.iter().map(|zone| (zone.id, zone)).collect();
    let cadre_rows: Vec<CadreRow> = conn
        .fetch_all(Query::new(
            "SELECT id, numero, departement_pilote, date_debut, date_fin, statut, fichier_id, arrete_cadre_abroge, \
             version FROM secheresse_arretes_cadre ORDER BY id",
        ))
        .await?;
    let departements: Vec<(i64, String)> = conn
        .fetch_all(Query::new(
            "SELECT arrete_cadre_id, departement FROM secheresse_arretes_cadre_departements \
             ORDER BY arrete_cadre_id, departement",
        ))
        .await?;
    let cadre_zones: Vec<(i64, i64, String)> = conn
        .fetch_all(Query::new(
            "SELECT arrete_cadre_id, zone_id, communes_ajoutees FROM secheresse_arretes_cadre_zones \
             ORDER BY arrete_cadre_id, zone_id",
        ))
        .await?;
    let usage_rows: Vec<UsageRow> = conn
        .fetch_all(Query::new(
            "SELECT id, arrete_cadre_id, nom, thematique, concerne_particulier, concerne_entreprise, \
             concerne_collectivite, concerne_exploitation, concerne_esu, concerne_eso, concerne_aep, \
             description_vigilance, description_alerte, description_alerte_renforcee, description_crise \
             FROM secheresse_usages ORDER BY arrete_cadre_id, id",
        ))
        .await?;
    let mut cadres = Vec::new();
    let mut usages_by_cadre: BTreeMap<i64, Vec<Usage>> = BTreeMap::new();
    for row in usage_rows {
        let cadre_id = row.arrete_cadre_id;
        usages_by_cadre
            .entry(cadre_id)
            .or_default()
            .push(row.into_domain()?);
    }
    for row in cadre_rows {
        let mut zone_ids = Vec::new();
        let mut zones_cadre = Vec::new();
        for (_, zone_id, communes) in cadre_zones.iter().filter(|(cadre, _, _)| *cadre == row.id) {
            let Some(zone) = zones_by_id.get(zone_id) else {
                return Err(StoreError::Donnee(format!(
                    "zone {zone_id} de l'arrêté cadre {} introuvable",
                    row.id
                )));
            };
            zone_ids.push(*zone_id);
            zones_cadre.push(ZoneCadre {
                zone: zone.zone.cle(),
                communes_ajoutees: read_communes(communes)?,
            });
        }
        let cadre = ArreteCadre {
            id: row.id,
            numero: row.numero,
            date_debut: row.date_debut,
            date_fin: row.date_fin,
            statut: lu(StatutArrete::parse(&row.statut))?,
            fichier: row.fichier_id.map(|blob| document_url(base_url, blob)),
            departement_pilote: lu(CodeDepartement::parse(&row.departement_pilote))?,
            departements: departements
                .iter()
                .filter(|(cadre, _)| *cadre == row.id)
                .map(|(_, code)| lu(CodeDepartement::parse(code)))
                .collect::<StoreResult<_>>()?,
            zones: zones_cadre,
            usages: usages_by_cadre.remove(&row.id).unwrap_or_default(),
            arrete_cadre_abroge: row.arrete_cadre_abroge,
        };
        cadres.push(CadreStocke {
            cadre,
            version: row.version,
            fichier_id: row.fichier_id,
            zone_ids,
        });
    }
    let arrete_rows: Vec<ArreteRow> = conn
        .fetch_all(Query::new(
            "SELECT id, numero, departement, date_signature, date_debut, date_fin_saisie, date_fin_calculee, \
             date_fin_saisie_connue, statut, fichier_id, niveau_gravite_specifique_aep, ressource_aep_communique, \
             arrete_restriction_abroge, version FROM secheresse_arretes_restriction ORDER BY id",
        ))
        .await?;
    let liens: Vec<(i64, i64)> = conn
        .fetch_all(Query::new(
            "SELECT arrete_restriction_id, arrete_cadre_id FROM secheresse_arretes_restriction_cadres \
             ORDER BY arrete_restriction_id, arrete_cadre_id",
        ))
        .await?;
    let restriction_rows: Vec<RestrictionRow> = conn
        .fetch_all(Query::new(
            "SELECT id, arrete_restriction_id, zone_id, arrete_cadre_id, nom_groupement_aep, communes, niveau \
             FROM secheresse_restrictions ORDER BY arrete_restriction_id, id",
        ))
        .await?;
    let usages_of = |cadre_ids: &[i64]| -> Vec<Usage> {
        let mut seen = BTreeSet::new();
        cadres
            .iter()
            .filter(|cadre| cadre_ids.contains(&cadre.cadre.id))
            .flat_map(|cadre| cadre.cadre.usages.iter())
            .filter(|usage| seen.insert((usage.nom.clone(), usage.thematique)))
            .cloned()
            .collect()
    };
    let mut arretes = Vec::new();
    for row in arrete_rows {
        let arretes_cadre: Vec<i64> = liens
            .iter()
            .filter(|(arrete, _)| *arrete == row.id)
            .map(|(_, cadre)| *cadre)
            .collect();
        let mut restrictions = Vec::new();
        let mut stockees = Vec::new();
        for restriction in restriction_rows
            .iter()
            .filter(|restriction| restriction.arrete_restriction_id == row.id)
        {
            let niveau = lu(NiveauGravite::parse(&restriction.niveau))?;
            let (cible, usages) = match (
                restriction.zone_id,
                restriction.arrete_cadre_id,
                &restriction.nom_groupement_aep,
            ) {
                (Some(zone_id), Some(cadre_id), _) => {
                    let zone = zones_by_id.get(&zone_id).ok_or_else(|| {
                        StoreError::Donnee(format!("zone {zone_id} de la restriction introuvable"))
                    })?;
                    (
                        CibleRestriction::Zone {
                            zone: zone.zone.cle(),
                            arrete_cadre_id: cadre_id,
                        },
                        usages_of(&[cadre_id]),
                    )
                }
                (_, _, Some(nom)) => (
                    CibleRestriction::GroupementAep {
                        nom: nom.clone(),
                        communes: read_communes(&restriction.communes)?,
                    },
                    usages_of(&arretes_cadre),
                ),
                _ => {
                    return Err(StoreError::Donnee(format!(
                        "restriction {} sans zone ni groupement",
                        restriction.id
                    )));
                }
            };
            restrictions.push(Restriction {
                cible,
                niveau,
                usages,
            });
            stockees.push(RestrictionStockee {
                id: restriction.id,
                zone_id: restriction.zone_id,
                arrete_cadre_id: restriction.arrete_cadre_id,
            });
        }
        arretes.push(ArreteStocke {
            arrete: ArreteRestriction {
                id: row.id,
                numero: row.numero,
                date_signature: row.date_signature,
                date_debut: row.date_debut,
                fin: FinArrete {
                    saisie: row.date_fin_saisie,
                    calculee: row.date_fin_calculee,
                    saisie_connue: row.date_fin_saisie_connue,
                },
                statut: lu(StatutArrete::parse(&row.statut))?,
                fichier: row.fichier_id.map(|blob| document_url(base_url, blob)),
                niveau_gravite_specifique_eap: row.niveau_gravite_specifique_aep,
                ressource_eap_communique: row
                    .ressource_aep_communique
                    .as_deref()
                    .map(|code| lu(RessourceEap::parse(code)))
                    .transpose()?,
                departement: lu(CodeDepartement::parse(&row.departement))?,
                arretes_cadre,
                arrete_restriction_abroge: row.arrete_restriction_abroge,
                restrictions,
            },
            version: row.version,
            fichier_id: row.fichier_id,
            restrictions: stockees,
        });
    }
    Ok(Ensemble {
        zones,
        cadres,
        arretes,
    })
}

/// Which arrêté a version belongs to.
#[derive(Debug, Clone, Copy)]
pub enum Table {
    /// `secheresse_arretes_cadre`.
    Cadre,
    /// `secheresse_arretes_restriction`.
    Restriction,
}

impl Table {
    fn name(self) -> &'static str {
        match self {
            Self::Cadre => "secheresse_arretes_cadre",
            Self::Restriction => "secheresse_arretes_restriction",
        }
    }
}

/// Compare-and-swap of an arrêté's version: increments it when it still is `version`, else
/// [`StoreError::Conflit`]. Every change of an arrêté or of its children starts here.
pub async fn bump(tx: &mut Tx, table: Table, id: i64, version: i64) -> StoreResult<()> {
    let changed = tx
        .execute(
            Query::assembled(format!(
                "UPDATE {} SET version = version + 1, updated_at = $3 WHERE id = $1 AND version = $2",
                table.name()
            ))
            .bind(id)
            .bind(version)
            .bind(now()),
        )
        .await?;
    if changed == 1 {
        Ok(())
    } else {
        Err(StoreError::Conflit)
    }
}

/// The fields of an arrêté cadre the agent enters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CadreSaisi {
    /// Number.
    pub numero: String,
    /// Pilot département.
    pub departement_pilote: CodeDepartement,
    /// Every département covered (the pilot included).
    pub departements: Vec<CodeDepartement>,
    /// First day.
    pub date_debut: Option<NaiveDate>,
    /// Last day (`None` = open).
    pub date_fin: Option<NaiveDate>,
    /// Its reference zones (row ids).
    pub zone_ids: Vec<i64>,
    /// The arrêté cadre it repeals.
    pub arrete_cadre_abroge: Option<i64>,
}

async fn write_cadre_children(tx: &mut Tx, id: i64, saisi: &CadreSaisi) -> StoreResult<()> {
    tx.execute(
        Query::new("DELETE FROM secheresse_arretes_cadre_departements WHERE arrete_cadre_id = $1")
            .bind(id),
    )
    .await?;
    let mut departements: BTreeSet<&str> = saisi
        .departements
        .iter()
        .map(CodeDepartement::as_str)
        .collect();
    departements.insert(saisi.departement_pilote.as_str());
    for departement in departements {
        tx.execute(
            Query::new(
                "INSERT INTO secheresse_arretes_cadre_departements (arrete_cadre_id, departement) VALUES ($1, $2)",
            )
            .bind(id)
            .bind(departement),
        )
        .await?;
    }
    // Zones no longer listed go; kept zones keep the communes added to them.
    let kept: Vec<i64> = tx
        .fetch_scalars(
            Query::new(
                "SELECT zone_id FROM secheresse_arretes_cadre_zones WHERE arrete_cadre_id = $1",
            )
            .bind(id),
        )
        .await?;
    for zone_id in kept.iter().filter(|zone| !saisi.zone_ids.contains(zone)) {
        tx.execute(
            Query::new(
                "DELETE FROM secheresse_arretes_cadre_zones WHERE arrete_cadre_id = $1 AND zone_id = $2",
            )
            .bind(id)
            .bind(*zone_id),
        )
        .await?;
    }
    for zone_id in saisi.zone_ids.iter().filter(|zone| !kept.contains(zone)) {
        tx.execute(
            Query::new(
                "INSERT INTO secheresse_arretes_cadre_zones (arrete_cadre_id, zone_id, communes_ajoutees) \
                 VALUES ($1, $2, '[]')",
            )
            .bind(id)
            .bind(*zone_id),
        )
        .await?;
    }
    Ok(())
}

/// Creates a draft arrêté cadre; returns its id.
pub async fn create_cadre(
    tx: &mut Tx,
    saisi: &CadreSaisi,
    user_id: Option<i64>,
) -> StoreResult<i64> {
    let at = now();
    let id: i64 = tx
        .fetch_scalar(
            Query::new(
                "INSERT INTO secheresse_arretes_cadre (numero, departement_pilote, date_debut, date_fin, statut, \
                 arrete_cadre_abroge, version, created_by, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, 'a_valider', $5, 1, $6, $7, $7) RETURNING id",
            )
            .bind(&saisi.numero)
            .bind(saisi.departement_pilote.as_str())
            .bind(saisi.date_debut)
            .bind(saisi.date_fin)
            .bind(saisi.arrete_cadre_abroge)
            .bind(user_id)
            .bind(at),
        )
        .await?;
    write_cadre_children(tx, id, saisi).await?;
    Ok(id)
}

/// Changes a draft arrêté cadre (compare-and-swap on its version).
pub async fn update_cadre(
    tx: &mut Tx,
    id: i64,
    version: i64,
    saisi: &CadreSaisi,
) -> StoreResult<()> {
    bump(tx, Table::Cadre, id, version).await?;
    tx.execute(
        Query::new(
            "UPDATE secheresse_arretes_cadre SET numero = $2, departement_pilote = $3, date_debut = $4, \
             date_fin = $5, arrete_cadre_abroge = $6 WHERE id = $1",
        )
        .bind(id)
        .bind(&saisi.numero)
        .bind(saisi.departement_pilote.as_str())
        .bind(saisi.date_debut)
        .bind(saisi.date_fin)
        .bind(saisi.arrete_cadre_abroge),
    )
    .await?;
    write_cadre_children(tx, id, saisi).await
}

/// Adds a usage to a draft arrêté cadre.
pub async fn add_usage(tx: &mut Tx, cadre_id: i64, version: i64, usage: &Usage) -> StoreResult<()> {
    bump(tx, Table::Cadre, cadre_id, version).await?;
    tx.execute(
        Query::new(
            "INSERT INTO secheresse_usages (arrete_cadre_id, nom, thematique, concerne_particulier, \
             concerne_entreprise, concerne_collectivite, concerne_exploitation, concerne_esu, concerne_eso, \
             concerne_aep, description_vigilance, description_alerte, description_alerte_renforcee, description_crise) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
        )
        .bind(cadre_id)
        .bind(&usage.nom)
        .bind(usage.thematique.nom())
        .bind(usage.concerne.particulier)
        .bind(usage.concerne.entreprise)
        .bind(usage.concerne.collectivite)
        .bind(usage.concerne.exploitation)
        .bind(usage.eaux.esu)
        .bind(usage.eaux.eso)
        .bind(usage.eaux.aep)
        .bind(usage.descriptions.vigilance.clone())
        .bind(usage.descriptions.alerte.clone())
        .bind(usage.descriptions.alerte_renforcee.clone())
        .bind(usage.descriptions.crise.clone()),
    )
    .await?;
    Ok(())
}

/// Removes a usage of a draft arrêté cadre.
pub async fn delete_usage(
    tx: &mut Tx,
    cadre_id: i64,
    version: i64,
    usage_id: i64,
) -> StoreResult<()> {
    bump(tx, Table::Cadre, cadre_id, version).await?;
    tx.execute(
        Query::new("DELETE FROM secheresse_usages WHERE id = $1 AND arrete_cadre_id = $2")
            .bind(usage_id)
            .bind(cadre_id),
    )
    .await?;
    Ok(())
}

/// Attaches the signed PDF of an arrêté.
pub async fn set_fichier(
    tx: &mut Tx,
    table: Table,
    id: i64,
    version: i64,
    blob_id: i64,
) -> StoreResult<()> {
    bump(tx, table, id, version).await?;
    tx.execute(
        Query::assembled(format!(
            "UPDATE {} SET fichier_id = $2 WHERE id = $1",
            table.name()
        ))
        .bind(id)
        .bind(blob_id),
    )
    .await?;
    Ok(())
}

/// Sets the status of an arrêté and the end its agent decided (publication, repeal), with compare-and-swap.
///
/// The end is the `date_fin` of an arrêté cadre, the `date_fin_saisie` of an arrêté de restriction (its
/// computed end is the publication's, see [`set_derived`]).
pub async fn set_statut(
    tx: &mut Tx,
    table: Table,
    id: i64,
    version: i64,
    statut: StatutArrete,
    date_fin: Option<NaiveDate>,
) -> StoreResult<()> {
    bump(tx, table, id, version).await?;
    let colonne = match table {
        Table::Cadre => "date_fin",
        Table::Restriction => "date_fin_saisie",
    };
    tx.execute(
        Query::assembled(format!(
            "UPDATE {} SET statut = $2, {colonne} = $3 WHERE id = $1",
            table.name()
        ))
        .bind(id)
        .bind(statut.code())
        .bind(date_fin),
    )
    .await?;
    Ok(())
}

/// The fields of an arrêté de restriction the agent enters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArreteSaisi {
    /// Number.
    pub numero: String,
    /// Département.
    pub departement: CodeDepartement,
    /// Signature date.
    pub date_signature: Option<NaiveDate>,
    /// First day.
    pub date_debut: Option<NaiveDate>,
    /// Last day entered (`None` = open).
    pub date_fin: Option<NaiveDate>,
    /// The arrêtés cadres it applies.
    pub cadres: Vec<i64>,
    /// AEP levels set explicitly (else derived from the natural zones).
    pub niveau_gravite_specifique_aep: bool,
    /// Which natural zones are copied as AEP when not specific.
    pub ressource_aep_communique: Option<RessourceEap>,
    /// The arrêté de restriction it repeals.
    pub arrete_restriction_abroge: Option<i64>,
}

async fn write_arrete_cadres(tx: &mut Tx, id: i64, cadres: &[i64]) -> StoreResult<()> {
    tx.execute(
        Query::new(
            "DELETE FROM secheresse_arretes_restriction_cadres WHERE arrete_restriction_id = $1",
        )
        .bind(id),
    )
    .await?;
    let unique: BTreeSet<i64> = cadres.iter().copied().collect();
    for cadre in &unique {
        tx.execute(
            Query::new(
                "INSERT INTO secheresse_arretes_restriction_cadres (arrete_restriction_id, arrete_cadre_id) \
                 VALUES ($1, $2)",
            )
            .bind(id)
            .bind(*cadre),
        )
        .await?;
    }
    // Zone restrictions of an arrêté cadre no longer applied go with it.
    let restrictions: Vec<(i64, Option<i64>)> = tx
        .fetch_all(
            Query::new(
                "SELECT id, arrete_cadre_id FROM secheresse_restrictions WHERE arrete_restriction_id = $1",
            )
            .bind(id),
        )
        .await?;
    for (restriction, cadre) in restrictions {
        if cadre.is_some_and(|cadre| !unique.contains(&cadre)) {
            tx.execute(
                Query::new("DELETE FROM secheresse_restrictions WHERE id = $1").bind(restriction),
            )
            .await?;
        }
    }
    Ok(())
}

/// Creates a draft arrêté de restriction; returns its id.
pub async fn create_arrete(
    tx: &mut Tx,
    saisi: &ArreteSaisi,
    user_id: Option<i64>,
) -> StoreResult<i64> {
    let at = now();
    let id: i64 = tx
        .fetch_scalar(
            Query::new(
                "INSERT INTO secheresse_arretes_restriction (numero, departement, date_signature, date_debut, \
                 date_fin_saisie, date_fin_calculee, date_fin_saisie_connue, statut, niveau_gravite_specifique_aep, \
                 ressource_aep_communique, arrete_restriction_abroge, version, created_by, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, NULL, TRUE, 'a_valider', $6, $7, $8, 1, $9, $10, $10) RETURNING id",
            )
            .bind(&saisi.numero)
            .bind(saisi.departement.as_str())
            .bind(saisi.date_signature)
            .bind(saisi.date_debut)
            .bind(saisi.date_fin)
            .bind(saisi.niveau_gravite_specifique_aep)
            .bind(saisi.ressource_aep_communique.map(RessourceEap::code))
            .bind(saisi.arrete_restriction_abroge)
            .bind(user_id)
            .bind(at),
        )
        .await?;
    write_arrete_cadres(tx, id, &saisi.cadres).await?;
    Ok(id)
}

/// Changes a draft arrêté de restriction (compare-and-swap on its version).
pub async fn update_arrete(
    tx: &mut Tx,
    id: i64,
    version: i64,
    saisi: &ArreteSaisi,
) -> StoreResult<()> {
    bump(tx, Table::Restriction, id, version).await?;
    tx.execute(
        Query::new(
            "UPDATE secheresse_arretes_restriction SET numero = $2, departement = $3, date_signature = $4, \
             date_debut = $5, date_fin_saisie = $6, niveau_gravite_specifique_aep = $7, \
             ressource_aep_communique = $8, arrete_restriction_abroge = $9 WHERE id = $1",
        )
        .bind(id)
        .bind(&saisi.numero)
        .bind(saisi.departement.as_str())
        .bind(saisi.date_signature)
        .bind(saisi.date_debut)
        .bind(saisi.date_fin)
        .bind(saisi.niveau_gravite_specifique_aep)
        .bind(saisi.ressource_aep_communique.map(RessourceEap::code))
        .bind(saisi.arrete_restriction_abroge),
    )
    .await?;
    write_arrete_cadres(tx, id, &saisi.cadres).await
}

/// A level for a zone of one of the arrêté's arrêtés cadres; `None` removes the zone from the arrêté.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NiveauZone {
    /// Reference zone (row id).
    pub zone_id: i64,
    /// Its arrêté cadre.
    pub arrete_cadre_id: i64,
    /// The level, or none.
    pub niveau: Option<NiveauGravite>,
}

/// Replaces the zone restrictions of a draft arrêté de restriction.
pub async fn set_niveaux(
    tx: &mut Tx,
    arrete_id: i64,
    version: i64,
    niveaux: &[NiveauZone],
) -> StoreResult<()> {
    bump(tx, Table::Restriction, arrete_id, version).await?;
    tx.execute(
        Query::new(
            "DELETE FROM secheresse_restrictions WHERE arrete_restriction_id = $1 AND zone_id IS NOT NULL",
        )
        .bind(arrete_id),
    )
    .await?;
    for niveau in niveaux {
        let Some(level) = niveau.niveau else {
            continue;
        };
        tx.execute(
            Query::new(
                "INSERT INTO secheresse_restrictions (arrete_restriction_id, zone_id, arrete_cadre_id, communes, niveau) \
                 VALUES ($1, $2, $3, '[]', $4)",
            )
            .bind(arrete_id)
            .bind(niveau.zone_id)
            .bind(niveau.arrete_cadre_id)
            .bind(level.code()),
        )
        .await?;
    }
    Ok(())
}

/// Adds an AEP group of communes at a level to a draft arrêté de restriction.
pub async fn add_groupement_aep(
    tx: &mut Tx,
    arrete_id: i64,
    version: i64,
    nom: &str,
    communes: &[CodeInsee],
    niveau: NiveauGravite,
) -> StoreResult<()> {
    bump(tx, Table::Restriction, arrete_id, version).await?;
    tx.execute(
        Query::new(
            "INSERT INTO secheresse_restrictions (arrete_restriction_id, nom_groupement_aep, communes, niveau) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(arrete_id)
        .bind(nom)
        .bind(communes_text(communes))
        .bind(niveau.code()),
    )
    .await?;
    Ok(())
}

/// Removes a restriction of a draft arrêté de restriction.
pub async fn delete_restriction(
    tx: &mut Tx,
    arrete_id: i64,
    version: i64,
    restriction_id: i64,
) -> StoreResult<()> {
    bump(tx, Table::Restriction, arrete_id, version).await?;
    tx.execute(
        Query::new(
            "DELETE FROM secheresse_restrictions WHERE id = $1 AND arrete_restriction_id = $2",
        )
        .bind(restriction_id)
        .bind(arrete_id),
    )
    .await?;
    Ok(())
}

/// Stores what the repeal chains and the day decide for an arrêté (computed end, derived status).
///
/// Run by the publication for every arrêté of a département, without version check: it is the system's computation,
/// not an agent's edit, so it does not bump the version either.
pub async fn set_derived(
    tx: &mut Tx,
    id: i64,
    statut: StatutArrete,
    date_fin_calculee: Option<NaiveDate>,
) -> StoreResult<bool> {
    let changed = tx
        .execute(
            Query::new(
                "UPDATE secheresse_arretes_restriction SET statut = $2, date_fin_calculee = $3 \
                 WHERE id = $1 AND (statut <> $2 OR date_fin_calculee IS DISTINCT FROM $3)",
            )
            .bind(id)
            .bind(statut.code())
            .bind(date_fin_calculee),
        )
        .await?;
    Ok(changed > 0)
}

/// Stores the status of an arrêté cadre as the day decides it (scheduled recomputation).
pub async fn set_cadre_derived(tx: &mut Tx, id: i64, statut: StatutArrete) -> StoreResult<bool> {
    let changed = tx
        .execute(
            Query::new(
                "UPDATE secheresse_arretes_cadre SET statut = $2 WHERE id = $1 AND statut <> $2",
            )
            .bind(id)
            .bind(statut.code()),
        )
        .await?;
    Ok(changed > 0)
}

/// Whether a blob is the PDF of an arrêté, and of which département(s) and status: the document route
/// serves published orders to everyone and drafts to their agents only.
pub async fn document_owner(
    conn: &mut impl Conn,
    blob_id: i64,
) -> StoreResult<Option<(Vec<String>, bool)>> {
    let arrete: Option<(String, String)> = conn
        .fetch_optional(
            Query::new(
                "SELECT departement, statut FROM secheresse_arretes_restriction WHERE fichier_id = $1",
            )
            .bind(blob_id),
        )
        .await?;
    if let Some((departement, statut)) = arrete {
        return Ok(Some((vec![departement], statut != "a_valider")));
    }
    let cadre: Option<(i64, String)> = conn
        .fetch_optional(
            Query::new("SELECT id, statut FROM secheresse_arretes_cadre WHERE fichier_id = $1")
                .bind(blob_id),
        )
        .await?;
    let Some((cadre_id, statut)) = cadre else {
        return Ok(None);
    };
    let departements: Vec<(String,)> = conn
        .fetch_all(
            Query::new(
                "SELECT departement FROM secheresse_arretes_cadre_departements WHERE arrete_cadre_id = $1",
            )
            .bind(cadre_id),
        )
        .await?;
    Ok(Some((
        departements.into_iter().map(|(code,)| code).collect(),
        statut != "a_valider",
    )))
}

/// The current version of an arrêté.
pub async fn version(conn: &mut impl Conn, table: Table, id: i64) -> StoreResult<i64> {
    let row: Option<(i64,)> = conn
        .fetch_optional(
            Query::assembled(format!(
                "SELECT version FROM {} WHERE id = $1",
                table.name()
            ))
            .bind(id),
        )
        .await?;
    row.map(|(version,)| version)
        .ok_or_else(|| StoreError::Db(socle::db::DbError::NotFound))
}
