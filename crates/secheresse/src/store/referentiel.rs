//! Reference data: zones d'alerte, commune perimeters, rules of gestion and the computed zones imported from
//! VigiEau.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use geo::MultiPolygon;
use serde::{Deserialize, Serialize};
use socle::db::{Query, Tx, now};

use super::{Conn, StoreResult, lu};
use crate::domain::calcul::Commune;
use crate::domain::nomenclature::{NiveauGravite, Thematique, TypeZone};
use crate::domain::regle_gestion::{RegleGestion, RegleGestionDatee};
use crate::domain::restriction::{ConcerneEaux, ConcerneProfils, DescriptionsNiveaux, Usage};
use crate::domain::zone_alerte::{CodeDepartement, CodeInsee, ZoneAlerte};
use crate::domain::zone_calculee::{ArreteApplique, ZoneCalculee};
use crate::export::geometrie_value;
use crate::import::parse_geometrie;

/// A zone d'alerte of the reference with its row id (forms and arrêtés cadres refer to it).
#[derive(Debug, Clone, PartialEq)]
pub struct ZoneReference {
    /// Row id.
    pub id: i64,
    /// The zone.
    pub zone: ZoneAlerte,
}

#[derive(sqlx::FromRow)]
struct ZoneRow {
    id: i64,
    type_zone: String,
    code: String,
    nom: String,
    id_sandre: Option<i64>,
    numero_version: Option<i64>,
    departement: Option<String>,
    ressource_influencee: bool,
    disabled: bool,
    geometrie: Option<String>,
}

/// Writes a geometry as stored (GeoJSON `MultiPolygon`).
pub fn geometrie_text(geometrie: &MultiPolygon<f64>) -> String {
    geometrie_value(Some(geometrie)).to_string()
}

fn read_geometrie(text: Option<&str>) -> StoreResult<Option<MultiPolygon<f64>>> {
    match text {
        None => Ok(None),
        Some(text) => lu(parse_geometrie(text)),
    }
}

fn read_departement(code: Option<&str>) -> StoreResult<Option<CodeDepartement>> {
    code.filter(|code| !code.is_empty())
        .map(|code| lu(CodeDepartement::parse(code)))
        .transpose()
}

impl ZoneRow {
    fn into_domain(self) -> StoreResult<ZoneReference> {
        Ok(ZoneReference {
            id: self.id,
            zone: ZoneAlerte {
                id_sandre: self.id_sandre,
                code: self.code,
                nom: self.nom,
                type_zone: lu(TypeZone::parse(&self.type_zone))?,
                numero_version: self
                    .numero_version
                    .and_then(|version| u32::try_from(version).ok()),
                departement: read_departement(self.departement.as_deref())?,
                ressource_influencee: self.ressource_influencee,
                disabled: self.disabled,
                geometrie: read_geometrie(self.geometrie.as_deref())?,
            },
        })
    }
}

/// Every reference zone, sorted by département, type and code; geometry only when asked (it is heavy).
pub async fn list_zones(
    conn: &mut impl Conn,
    avec_geometrie: bool,
) -> StoreResult<Vec<ZoneReference>> {
    let query = if avec_geometrie {
        Query::new(
            "SELECT id, type_zone, code, nom, id_sandre, numero_version, departement, ressource_influencee, \
             disabled, geometrie FROM secheresse_zones_alerte ORDER BY departement, type_zone, code",
        )
    } else {
        Query::new(
            "SELECT id, type_zone, code, nom, id_sandre, numero_version, departement, ressource_influencee, \
             disabled, CAST(NULL AS TEXT) AS geometrie FROM secheresse_zones_alerte \
             ORDER BY departement, type_zone, code",
        )
    };
    conn.fetch_all::<ZoneRow>(query)
        .await?
        .into_iter()
        .map(ZoneRow::into_domain)
        .collect()
}

/// What an upsert did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ecriture {
    /// A new row.
    Creee,
    /// An existing row changed.
    Modifiee,
    /// Nothing to change.
    Inchangee,
}

/// Creates or updates a reference zone identified by (type, code).
pub async fn upsert_zone(tx: &mut Tx, zone: &ZoneAlerte, source: &str) -> StoreResult<Ecriture> {
    let existing: Option<ZoneRow> = tx
        .fetch_optional(
            Query::new(
                "SELECT id, type_zone, code, nom, id_sandre, numero_version, departement, ressource_influencee, \
                 disabled, geometrie FROM secheresse_zones_alerte WHERE type_zone = $1 AND code = $2",
            )
            .bind(zone.type_zone.code())
            .bind(&zone.code),
        )
        .await?;
    let geometrie = zone.geometrie.as_ref().map(geometrie_text);
    let departement = zone
        .departement
        .as_ref()
        .map(|code| code.as_str().to_owned());
    let version = zone.numero_version.map(i64::from);
    match existing {
        Some(row) => {
            let same = row.nom == zone.nom
                && row.id_sandre == zone.id_sandre
                && row.numero_version == version
                && row.departement == departement
                && row.ressource_influencee == zone.ressource_influencee
                && row.disabled == zone.disabled
                && row.geometrie == geometrie;
            if same {
                return Ok(Ecriture::Inchangee);
            }
            tx.execute(
                Query::new(
                    "UPDATE secheresse_zones_alerte SET nom = $2, id_sandre = $3, numero_version = $4, \
                     departement = $5, ressource_influencee = $6, disabled = $7, geometrie = $8, source = $9, \
                     updated_at = $10 WHERE id = $1",
                )
                .bind(row.id)
                .bind(&zone.nom)
                .bind(zone.id_sandre)
                .bind(version)
                .bind(departement)
                .bind(zone.ressource_influencee)
                .bind(zone.disabled)
                .bind(geometrie)
                .bind(source)
                .bind(now()),
            )
            .await?;
            Ok(Ecriture::Modifiee)
        }
        None => {
            let at = now();
            tx.execute(
                Query::new(
                    "INSERT INTO secheresse_zones_alerte (type_zone, code, nom, id_sandre, numero_version, \
                     departement, ressource_influencee, disabled, geometrie, source, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)",
                )
                .bind(zone.type_zone.code())
                .bind(&zone.code)
                .bind(&zone.nom)
                .bind(zone.id_sandre)
                .bind(version)
                .bind(departement)
                .bind(zone.ressource_influencee)
                .bind(zone.disabled)
                .bind(geometrie)
                .bind(source)
                .bind(at),
            )
            .await?;
            Ok(Ecriture::Creee)
        }
    }
}

/// Creates or replaces the perimeter of a commune.
pub async fn upsert_commune(
    tx: &mut Tx,
    code: &CodeInsee,
    geometrie: &MultiPolygon<f64>,
) -> StoreResult<Ecriture> {
    let text = geometrie_text(geometrie);
    let existing: Option<(String,)> = tx
        .fetch_optional(
            Query::new("SELECT geometrie FROM secheresse_communes WHERE code_insee = $1")
                .bind(code.as_str()),
        )
        .await?;
    let ecriture = match existing {
        Some((stored,)) if stored == text => return Ok(Ecriture::Inchangee),
        Some(_) => Ecriture::Modifiee,
        None => Ecriture::Creee,
    };
    tx.execute(
        Query::new(
            "INSERT INTO secheresse_communes (code_insee, geometrie, updated_at) VALUES ($1, $2, $3) \
             ON CONFLICT (code_insee) DO UPDATE SET geometrie = excluded.geometrie, updated_at = excluded.updated_at",
        )
        .bind(code.as_str())
        .bind(text)
        .bind(now()),
    )
    .await?;
    Ok(ecriture)
}

/// The perimeters of the communes of some départements (by the prefix of their INSEE code) and of some
/// further communes.
pub async fn load_communes(
    conn: &mut impl Conn,
    departements: &BTreeSet<String>,
    autres: &BTreeSet<CodeInsee>,
) -> StoreResult<Vec<Commune>> {
    let mut rows: BTreeMap<String, String> = BTreeMap::new();
    for departement in departements {
        // INSEE codes start with the département code (two characters, three overseas).
        let found: Vec<(String, String)> = conn
            .fetch_all(
                Query::new(
                    "SELECT code_insee, geometrie FROM secheresse_communes WHERE code_insee LIKE $1",
                )
                // Département codes are letters and digits: no LIKE wildcard can slip in.
                .bind(format!("{departement}%")),
            )
            .await?;
        rows.extend(found);
    }
    for code in autres {
        if rows.contains_key(code.as_str()) {
            continue;
        }
        let found: Option<(String, String)> = conn
            .fetch_optional(
                Query::new(
                    "SELECT code_insee, geometrie FROM secheresse_communes WHERE code_insee = $1",
                )
                .bind(code.as_str()),
            )
            .await?;
        rows.extend(found);
    }
    let mut communes = Vec::new();
    for (code, text) in rows {
        if let Some(geometrie) = read_geometrie(Some(&text))? {
            communes.push(Commune {
                code: lu(CodeInsee::parse(&code))?,
                geometrie,
            });
        }
    }
    Ok(communes)
}

/// The INSEE codes that have a perimeter, among those given.
pub async fn communes_with_contour(
    conn: &mut impl Conn,
    codes: &[CodeInsee],
) -> StoreResult<BTreeSet<CodeInsee>> {
    let mut known = BTreeSet::new();
    for code in codes {
        let found: Option<(String,)> = conn
            .fetch_optional(
                Query::new("SELECT code_insee FROM secheresse_communes WHERE code_insee = $1")
                    .bind(code.as_str()),
            )
            .await?;
        if found.is_some() {
            known.insert(code.clone());
        }
    }
    Ok(known)
}

#[derive(sqlx::FromRow)]
struct RegleRow {
    departement: String,
    regle: String,
    date_debut: NaiveDate,
    date_fin: Option<NaiveDate>,
    disabled: bool,
}

/// The rules of gestion of every département.
pub async fn list_regles(
    conn: &mut impl Conn,
) -> StoreResult<BTreeMap<CodeDepartement, Vec<RegleGestionDatee>>> {
    let rows: Vec<RegleRow> = conn
        .fetch_all(Query::new(
            "SELECT departement, regle, date_debut, date_fin, disabled FROM secheresse_regles_gestion ORDER BY id",
        ))
        .await?;
    let mut regles: BTreeMap<CodeDepartement, Vec<RegleGestionDatee>> = BTreeMap::new();
    for row in rows {
        regles
            .entry(lu(CodeDepartement::parse(&row.departement))?)
            .or_default()
            .push(RegleGestionDatee {
                regle: lu(RegleGestion::parse(&row.regle))?,
                date_debut: row.date_debut,
                date_fin: row.date_fin,
                disabled: row.disabled,
            });
    }
    Ok(regles)
}

/// Sets the rule of a département from a day on: the open rule in force that day ends the day before.
pub async fn set_regle(
    tx: &mut Tx,
    departement: &CodeDepartement,
    regle: RegleGestion,
    date_debut: NaiveDate,
) -> StoreResult<()> {
    let veille = date_debut.pred_opt().unwrap_or(date_debut);
    tx.execute(
        Query::new(
            "UPDATE secheresse_regles_gestion SET date_fin = $2 \
             WHERE departement = $1 AND date_fin IS NULL AND date_debut <= $2 AND disabled = FALSE",
        )
        .bind(departement.as_str())
        .bind(veille),
    )
    .await?;
    // A rule starting the same day or later is replaced by the new one.
    tx.execute(
        Query::new(
            "UPDATE secheresse_regles_gestion SET disabled = TRUE WHERE departement = $1 AND date_debut >= $2",
        )
        .bind(departement.as_str())
        .bind(date_debut),
    )
    .await?;
    tx.execute(
        Query::new(
            "INSERT INTO secheresse_regles_gestion (departement, regle, date_debut, date_fin, disabled, created_at) \
             VALUES ($1, $2, $3, NULL, FALSE, $4)",
        )
        .bind(departement.as_str())
        .bind(regle.code())
        .bind(date_debut)
        .bind(now()),
    )
    .await?;
    Ok(())
}

/// A usage of an imported computed zone, as stored (the text of the zone's level only).
#[derive(Debug, Serialize, Deserialize)]
struct UsageImporte {
    id: Option<i64>,
    nom: String,
    thematique: String,
    particulier: bool,
    entreprise: bool,
    collectivite: bool,
    exploitation: bool,
    esu: bool,
    eso: bool,
    aep: bool,
    description: Option<String>,
}

#[derive(sqlx::FromRow)]
struct ImporteeRow {
    id: i64,
    departement: String,
    departement_nom: Option<String>,
    type_zone: String,
    code: String,
    nom: String,
    id_sandre: Option<i64>,
    ressource_influencee: bool,
    niveau: String,
    arrete_id: Option<i64>,
    arrete_numero: Option<String>,
    arrete_date_debut: Option<NaiveDate>,
    arrete_date_fin: Option<NaiveDate>,
    arrete_date_signature: Option<NaiveDate>,
    arrete_fichier: Option<String>,
    usages: String,
    geometrie: Option<String>,
}

impl ImporteeRow {
    fn into_domain(self) -> StoreResult<ZoneCalculee> {
        let niveau = lu(NiveauGravite::parse(&self.niveau))?;
        let usages: Vec<UsageImporte> = lu(serde_json::from_str(&self.usages))?;
        let usages = usages
            .into_iter()
            .map(|usage| {
                let mut descriptions = DescriptionsNiveaux::default();
                let slot = match niveau {
                    NiveauGravite::Vigilance => &mut descriptions.vigilance,
                    NiveauGravite::Alerte => &mut descriptions.alerte,
                    NiveauGravite::AlerteRenforcee => &mut descriptions.alerte_renforcee,
                    NiveauGravite::Crise => &mut descriptions.crise,
                };
                *slot = usage.description;
                Ok(Usage {
                    id: usage.id,
                    nom: usage.nom,
                    thematique: lu(Thematique::parse(&usage.thematique))?,
                    concerne: ConcerneProfils {
                        particulier: usage.particulier,
                        entreprise: usage.entreprise,
                        collectivite: usage.collectivite,
                        exploitation: usage.exploitation,
                    },
                    eaux: ConcerneEaux {
                        esu: usage.esu,
                        eso: usage.eso,
                        aep: usage.aep,
                    },
                    descriptions,
                })
            })
            .collect::<StoreResult<Vec<Usage>>>()?;
        Ok(ZoneCalculee {
            id: self.id,
            zone: ZoneAlerte {
                id_sandre: self.id_sandre,
                code: self.code,
                nom: self.nom,
                type_zone: lu(TypeZone::parse(&self.type_zone))?,
                numero_version: None,
                departement: read_departement(Some(&self.departement))?,
                ressource_influencee: self.ressource_influencee,
                disabled: false,
                geometrie: read_geometrie(self.geometrie.as_deref())?,
            },
            departement_nom: self.departement_nom,
            niveau,
            arrete: ArreteApplique {
                id: self.arrete_id,
                numero: self.arrete_numero,
                date_debut: self.arrete_date_debut,
                date_fin: self.arrete_date_fin,
                date_signature: self.arrete_date_signature,
                chemin_fichier: self.arrete_fichier,
                chemin_fichier_arrete_cadre: None,
            },
            usages,
            communes: Vec::new(),
        })
    }
}

const IMPORTEE_COLUMNS: &str = "id, departement, departement_nom, type_zone, code, nom, id_sandre, ressource_influencee, \
     niveau, arrete_id, arrete_numero, arrete_date_debut, arrete_date_fin, arrete_date_signature, arrete_fichier, \
     usages, geometrie";

/// Every imported computed zone, by id.
pub async fn list_zones_importees(conn: &mut impl Conn) -> StoreResult<Vec<ZoneCalculee>> {
    conn.fetch_all::<ImporteeRow>(Query::assembled(format!(
        "SELECT {IMPORTEE_COLUMNS} FROM secheresse_zones_importees ORDER BY id"
    )))
    .await?
    .into_iter()
    .map(ImporteeRow::into_domain)
    .collect()
}

/// The geometry already stored for imported zones, by id (a CSV import carries none and keeps it).
pub async fn geometries_importees(
    conn: &mut impl Conn,
) -> StoreResult<BTreeMap<i64, Option<String>>> {
    let rows: Vec<(i64, Option<String>)> = conn
        .fetch_all(Query::new(
            "SELECT id, geometrie FROM secheresse_zones_importees",
        ))
        .await?;
    Ok(rows.into_iter().collect())
}

/// Replaces the imported zones of the départements the file covers; returns (created, replaced) counts. Every
/// zone must have a département (the importer refuses those without).
pub async fn replace_zones_importees(
    tx: &mut Tx,
    zones: &[ZoneCalculee],
    geometries_gardees: &BTreeMap<i64, Option<String>>,
    source: &str,
) -> StoreResult<(u64, u64)> {
    let departements: BTreeSet<&str> = zones
        .iter()
        .filter_map(|zone| zone.zone.departement.as_ref().map(CodeDepartement::as_str))
        .collect();
    for departement in &departements {
        tx.execute(
            Query::new("DELETE FROM secheresse_zones_importees WHERE departement = $1")
                .bind(*departement),
        )
        .await?;
    }
    let at = now();
    let mut replaced = 0;
    for zone in zones {
        let Some(departement) = zone.zone.departement.as_ref() else {
            continue;
        };
        let geometrie = match &zone.zone.geometrie {
            Some(geometrie) => Some(geometrie_text(geometrie)),
            None => geometries_gardees.get(&zone.id).cloned().flatten(),
        };
        if geometries_gardees.contains_key(&zone.id) {
            replaced += 1;
        }
        let usages: Vec<UsageImporte> = zone
            .usages
            .iter()
            .map(|usage| UsageImporte {
                id: usage.id,
                nom: usage.nom.clone(),
                thematique: usage.thematique.nom().to_owned(),
                particulier: usage.concerne.particulier,
                entreprise: usage.concerne.entreprise,
                collectivite: usage.concerne.collectivite,
                exploitation: usage.concerne.exploitation,
                esu: usage.eaux.esu,
                eso: usage.eaux.eso,
                aep: usage.eaux.aep,
                description: usage.descriptions.pour(zone.niveau).map(str::to_owned),
            })
            .collect();
        let usages = lu(serde_json::to_string(&usages))?;
        tx.execute(
            Query::assembled(format!(
                "INSERT INTO secheresse_zones_importees ({IMPORTEE_COLUMNS}, source, imported_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)"
            ))
            .bind(zone.id)
            .bind(departement.as_str())
            .bind(zone.departement_nom.clone())
            .bind(zone.zone.type_zone.code())
            .bind(&zone.zone.code)
            .bind(&zone.zone.nom)
            .bind(zone.zone.id_sandre)
            .bind(zone.zone.ressource_influencee)
            .bind(zone.niveau.code())
            .bind(zone.arrete.id)
            .bind(zone.arrete.numero.clone())
            .bind(zone.arrete.date_debut)
            .bind(zone.arrete.date_fin)
            .bind(zone.arrete.date_signature)
            .bind(zone.arrete.chemin_fichier.clone())
            .bind(usages)
            .bind(geometrie)
            .bind(source)
            .bind(at),
        )
        .await?;
    }
    let created = u64::try_from(zones.len()).unwrap_or(u64::MAX) - replaced;
    Ok((created, replaced))
}
