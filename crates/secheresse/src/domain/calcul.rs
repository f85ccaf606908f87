//! Computing the published zones of a department on a day (spec §3.5).
//!
//! The steps: the zones of the arrêtés in force, the drinking-water (AEP) zones derived from them, the harmonisation by commune that the rule of gestion asks
//! for, cleanup and commune links.
//!
//! Thresholds are named constants, each with its comparison written out in its doc, because the sources
//! disagree (spec §8.6). Where VigiEau picks arbitrarily (equal levels), the choice here is deterministic:
//! higher level, then larger area, then smaller code. Areas are planar areas in Lambert-93 (EPSG:2154), as the
//! spec's 100 m² sliver threshold is defined there; overlays use `geo`'s boolean operations (no GEOS).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use geo::{Area, BooleanOps, BoundingRect, Intersects, MapCoords, MultiPolygon};
use proj4rs::Proj;
use thiserror::Error;

use crate::domain::arrete::{ArreteCadre, ArreteRestriction};
use crate::domain::nomenclature::{NiveauGravite, TypeZone};
use crate::domain::regle_gestion::RegleGestion;
use crate::domain::restriction::{CibleRestriction, Usage};
use crate::domain::zone_alerte::{CleZone, CodeDepartement, CodeInsee, ZoneAlerte};
use crate::domain::zone_calculee::{ArreteApplique, ZoneCalculee};

/// A zone counts in a commune when it covers at least 5 % of it (`share >= HARMONISATION_MIN_SHARE`).
pub const HARMONISATION_MIN_SHARE: f64 = 0.05;
/// Polygon parts of at most 100 m² in Lambert-93 are slivers and are dropped (`area <= SLIVER_MAX_AREA_M2`).
pub const SLIVER_MAX_AREA_M2: f64 = 100.0;
/// A zone is linked to a commune when it covers more than 0.1 % of it (`share > COMMUNE_LINK_MIN_SHARE`).
pub const COMMUNE_LINK_MIN_SHARE: f64 = 0.001;

/// A commune with its perimeter (WGS84), from the platform's territories.
#[derive(Debug, Clone, PartialEq)]
pub struct Commune {
    /// INSEE code.
    pub code: CodeInsee,
    /// Perimeter.
    pub geometrie: MultiPolygon<f64>,
}

/// Everything the computation of one department reads.
#[derive(Debug, Clone, Copy)]
pub struct DonneesDepartement<'a> {
    /// The department.
    pub departement: &'a CodeDepartement,
    /// The day computed.
    pub jour: NaiveDate,
    /// The rule of gestion in force that day.
    pub regle: RegleGestion,
    /// The department's arrêtés de restriction (those not in force that day are ignored).
    pub arretes: &'a [ArreteRestriction],
    /// The arrêtés cadres they apply.
    pub cadres: &'a [ArreteCadre],
    /// The reference zones with their geometry.
    pub zones: &'a [ZoneAlerte],
    /// The department's communes with their geometry.
    pub communes: &'a [Commune],
}

/// Why a computation failed; nothing is published then, and the previous publication stays (spec §7).
#[derive(Debug, Clone, PartialEq, Error)]
pub enum CalculError {
    /// A restriction names a zone absent from the reference.
    #[error("la zone {0} de l'arrêté n'existe pas dans le référentiel")]
    ZoneInconnue(CleZone),
    /// An AEP group or an arrêté cadre names a commune without geometry.
    #[error("la commune {0} n'a pas de contour")]
    CommuneInconnue(CodeInsee),
    /// The Lambert-93 projection failed.
    #[error("projection en Lambert-93 impossible : {0}")]
    Projection(String),
}

/// Lambert-93 planar areas of WGS84 geometries.
pub struct Lambert93 {
    wgs84: Proj,
    lambert93: Proj,
}

impl Lambert93 {
    /// Prepares the projection (EPSG:2154, RGF93 on GRS80, which equals WGS84 at this precision).
    pub fn new() -> Result<Self, CalculError> {
        let projection = |text: &str| {
            Proj::from_proj_string(text).map_err(|error| CalculError::Projection(error.to_string()))
        };
        Ok(Self {
            wgs84: projection("+proj=longlat +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +no_defs")?,
            lambert93: projection(
                "+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 \
                 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
            )?,
        })
    }

    /// The geometry projected to Lambert-93 metres.
    pub fn project(&self, geometrie: &MultiPolygon<f64>) -> Result<MultiPolygon<f64>, CalculError> {
        geometrie.try_map_coords(|coord| {
            let mut point = (coord.x.to_radians(), coord.y.to_radians());
            proj4rs::transform::transform(&self.wgs84, &self.lambert93, &mut point)
                .map_err(|error| CalculError::Projection(error.to_string()))?;
            Ok(geo::Coord {
                x: point.0,
                y: point.1,
            })
        })
    }

    /// The planar area in m².
    pub fn area_m2(&self, geometrie: &MultiPolygon<f64>) -> Result<f64, CalculError> {
        Ok(self.project(geometrie)?.unsigned_area())
    }
}

/// A zone being computed.
#[derive(Debug, Clone)]
struct Travail {
    code: String,
    nom: String,
    type_zone: TypeZone,
    niveau: NiveauGravite,
    ressource_influencee: bool,
    id_sandre: Option<i64>,
    arrete: usize,
    cadre: Option<i64>,
    usages: Vec<Usage>,
    geometrie: MultiPolygon<f64>,
}

/// Computes the published zones of a department on a day, in a deterministic order (type, code, level) with
/// ids from `premier_id` upwards.
pub fn compute_zones(
    donnees: &DonneesDepartement<'_>,
    premier_id: i64,
) -> Result<Vec<ZoneCalculee>, CalculError> {
    let lambert = Lambert93::new()?;
    let communes: BTreeMap<&CodeInsee, &Commune> = donnees
        .communes
        .iter()
        .map(|commune| (&commune.code, commune))
        .collect();
    let mut zones = zones_in_force(donnees, &communes)?;
    if donnees.regle.derives_aep() {
        let derived = derive_aep(donnees, &zones, &lambert)?;
        zones.extend(derived);
    }
    let absorbed = absorb_communes(
        &mut zones,
        donnees.regle.types_absorbing_communes(),
        donnees.communes,
        &lambert,
    )?;
    share_one_level(
        &mut zones,
        donnees.regle.types_sharing_one_level(),
        &absorbed,
        donnees.communes,
        &lambert,
    )?;
    let zones = merge_same_name_type_level(zones);
    let mut published = Vec::new();
    for zone in zones {
        let geometrie = clean(&zone.geometrie, &lambert)?;
        if geometrie.0.is_empty() {
            continue;
        }
        let linked = link_communes(&geometrie, donnees.communes, &lambert)?;
        published.push((zone, geometrie, linked));
    }
    published.sort_by(|(a, _, _), (b, _, _)| {
        (a.type_zone, &a.code, &a.nom, a.niveau).cmp(&(b.type_zone, &b.code, &b.nom, b.niveau))
    });
    Ok(published
        .into_iter()
        .zip(premier_id..)
        .map(|((zone, geometrie, communes), id)| {
            let arrete = &donnees.arretes[zone.arrete];
            let cadre = zone
                .cadre
                .and_then(|cadre_id| donnees.cadres.iter().find(|cadre| cadre.id == cadre_id));
            ZoneCalculee {
                id,
                zone: ZoneAlerte {
                    id_sandre: zone.id_sandre,
                    code: zone.code,
                    nom: zone.nom,
                    type_zone: zone.type_zone,
                    numero_version: None,
                    departement: Some(donnees.departement.clone()),
                    ressource_influencee: zone.ressource_influencee,
                    disabled: false,
                    geometrie: Some(geometrie),
                },
                departement_nom: None,
                niveau: zone.niveau,
                arrete: ArreteApplique {
                    id: Some(arrete.id),
                    numero: Some(arrete.numero.clone()),
                    date_debut: arrete.date_debut,
                    date_fin: arrete.fin.effective(),
                    date_signature: arrete.date_signature,
                    chemin_fichier: arrete.fichier.clone(),
                    chemin_fichier_arrete_cadre: cadre.and_then(|cadre| cadre.fichier.clone()),
                },
                usages: zone.usages,
                communes,
            }
        })
        .collect())
}

/// Step 1: each restriction of an arrêté in force gives a zone (∪ the communes its arrêté cadre adds), and each
/// AEP group the union of its communes.
fn zones_in_force(
    donnees: &DonneesDepartement<'_>,
    communes: &BTreeMap<&CodeInsee, &Commune>,
) -> Result<Vec<Travail>, CalculError> {
    let union_of = |codes: &[CodeInsee]| -> Result<MultiPolygon<f64>, CalculError> {
        let mut union = MultiPolygon(Vec::new());
        for code in codes {
            let commune = communes
                .get(code)
                .ok_or_else(|| CalculError::CommuneInconnue(code.clone()))?;
            union = union.union(&commune.geometrie);
        }
        Ok(union)
    };
    let mut zones = Vec::new();
    for (index, arrete) in donnees.arretes.iter().enumerate() {
        if !arrete.is_in_force(donnees.jour) {
            continue;
        }
        for restriction in &arrete.restrictions {
            let zone = match &restriction.cible {
                CibleRestriction::Zone {
                    zone: cle,
                    arrete_cadre_id,
                } => {
                    let reference = donnees
                        .zones
                        .iter()
                        .find(|zone| zone.cle() == *cle)
                        .ok_or_else(|| CalculError::ZoneInconnue(cle.clone()))?;
                    let added: Vec<CodeInsee> = donnees
                        .cadres
                        .iter()
                        .filter(|cadre| cadre.id == *arrete_cadre_id)
                        .flat_map(|cadre| cadre.zones.iter().filter(|zone| zone.zone == *cle))
                        .flat_map(|zone| zone.communes_ajoutees.iter().cloned())
                        .collect();
                    let own = reference
                        .geometrie
                        .clone()
                        .unwrap_or_else(|| MultiPolygon(Vec::new()));
                    Travail {
                        code: reference.code.clone(),
                        nom: reference.nom.clone(),
                        type_zone: reference.type_zone,
                        niveau: restriction.niveau,
                        ressource_influencee: reference.ressource_influencee,
                        id_sandre: reference.id_sandre,
                        arrete: index,
                        cadre: Some(*arrete_cadre_id),
                        usages: restriction.usages.clone(),
                        geometrie: if added.is_empty() {
                            own
                        } else {
                            own.union(&union_of(&added)?)
                        },
                    }
                }
                CibleRestriction::GroupementAep {
                    nom,
                    communes: group,
                } => Travail {
                    code: String::new(),
                    nom: nom.clone(),
                    type_zone: TypeZone::Aep,
                    niveau: restriction.niveau,
                    ressource_influencee: false,
                    id_sandre: None,
                    arrete: index,
                    cadre: None,
                    usages: restriction.usages.clone(),
                    geometrie: union_of(group)?,
                },
            };
            zones.push(zone);
        }
    }
    Ok(zones)
}

/// Step 2: arrêtés without specific AEP levels copy their natural zones as AEP, as `ressourceEapCommunique`
/// says. Where copies overlap, the higher level wins; at equal level a natural zone beats an influenced one,
/// then the larger zone, then the smaller code (VigiEau picks arbitrarily there).
fn derive_aep(
    donnees: &DonneesDepartement<'_>,
    zones: &[Travail],
    lambert: &Lambert93,
) -> Result<Vec<Travail>, CalculError> {
    let mut derived = Vec::new();
    for (index, arrete) in donnees.arretes.iter().enumerate() {
        let Some(ressource) = arrete.ressource_eap_communique else {
            continue;
        };
        if arrete.niveau_gravite_specifique_eap || !arrete.is_in_force(donnees.jour) {
            continue;
        }
        let mut sources: Vec<(&Travail, f64)> = Vec::new();
        for zone in zones
            .iter()
            .filter(|zone| zone.arrete == index && ressource.copies(zone.type_zone))
        {
            sources.push((zone, lambert.area_m2(&zone.geometrie)?));
        }
        sources.sort_by(|(a, area_a), (b, area_b)| {
            b.niveau
                .cmp(&a.niveau)
                .then(a.ressource_influencee.cmp(&b.ressource_influencee))
                .then(area_b.total_cmp(area_a))
                .then_with(|| a.code.cmp(&b.code))
        });
        let mut taken = MultiPolygon(Vec::new());
        for (source, _) in sources {
            let remaining = source.geometrie.difference(&taken);
            taken = taken.union(&source.geometrie);
            if remaining.0.is_empty() {
                continue;
            }
            derived.push(Travail {
                type_zone: TypeZone::Aep,
                geometrie: remaining,
                ..source.clone()
            });
        }
    }
    Ok(derived)
}

/// Step 3a, per commune and type: the zone covering at least 5 % of the commune absorbs it (highest level,
/// then largest part, then smallest code when several do), and the other zones of that type lose it. When
/// natural and influenced zones both reach 5 %, the influenced ones are left out. Returns, per commune, the
/// absorbing zone of each type.
fn absorb_communes(
    zones: &mut [Travail],
    types: &[TypeZone],
    communes: &[Commune],
    lambert: &Lambert93,
) -> Result<BTreeMap<usize, BTreeMap<TypeZone, usize>>, CalculError> {
    let mut absorbed: BTreeMap<usize, BTreeMap<TypeZone, usize>> = BTreeMap::new();
    if types.is_empty() {
        return Ok(absorbed);
    }
    for (commune_index, commune) in communes.iter().enumerate() {
        let commune_area = lambert.area_m2(&commune.geometrie)?;
        if commune_area <= 0.0 {
            continue;
        }
        for &type_zone in types {
            let mut eligible: Vec<(usize, f64)> = Vec::new();
            for (zone_index, zone) in zones.iter().enumerate() {
                if zone.type_zone != type_zone
                    || !bounding_boxes_meet(&zone.geometrie, &commune.geometrie)
                {
                    continue;
                }
                let part = lambert.area_m2(&zone.geometrie.intersection(&commune.geometrie))?;
                if part / commune_area >= HARMONISATION_MIN_SHARE {
                    eligible.push((zone_index, part));
                }
            }
            if eligible
                .iter()
                .any(|(zone, _)| !zones[*zone].ressource_influencee)
            {
                eligible.retain(|(zone, _)| !zones[*zone].ressource_influencee);
            }
            let Some(&(winner, _)) = eligible.iter().min_by(|(a, part_a), (b, part_b)| {
                zones[*b]
                    .niveau
                    .cmp(&zones[*a].niveau)
                    .then(part_b.total_cmp(part_a))
                    .then_with(|| zones[*a].code.cmp(&zones[*b].code))
                    .then(a.cmp(b))
            }) else {
                continue;
            };
            let influenced = zones[winner].ressource_influencee;
            for (zone_index, zone) in zones.iter_mut().enumerate() {
                if zone.type_zone != type_zone || zone.ressource_influencee != influenced {
                    continue;
                }
                if zone_index == winner {
                    zone.geometrie = zone.geometrie.union(&commune.geometrie);
                } else if bounding_boxes_meet(&zone.geometrie, &commune.geometrie) {
                    zone.geometrie = zone.geometrie.difference(&commune.geometrie);
                }
            }
            absorbed
                .entry(commune_index)
                .or_default()
                .insert(type_zone, winner);
        }
    }
    Ok(absorbed)
}

/// Step 3b (`yes_all`, `yes_except_aep`): in each commune the sharing types take the worst level M of their
/// absorbing zones. A zone below M has its commune part duplicated at M and cut from itself; a type without a
/// zone there copies the largest zone at M.
fn share_one_level(
    zones: &mut Vec<Travail>,
    types: &[TypeZone],
    absorbed: &BTreeMap<usize, BTreeMap<TypeZone, usize>>,
    communes: &[Commune],
    lambert: &Lambert93,
) -> Result<(), CalculError> {
    if types.is_empty() {
        return Ok(());
    }
    for (&commune_index, winners) in absorbed {
        let commune = &communes[commune_index];
        let sharing: Vec<(TypeZone, usize)> = winners
            .iter()
            .filter(|(type_zone, _)| types.contains(type_zone))
            .map(|(t, z)| (*t, *z))
            .collect();
        let Some(worst) = sharing.iter().map(|(_, zone)| zones[*zone].niveau).max() else {
            continue;
        };
        let mut at_worst: Vec<(usize, f64)> = Vec::new();
        for (_, zone) in sharing
            .iter()
            .filter(|(_, zone)| zones[*zone].niveau == worst)
        {
            at_worst.push((*zone, lambert.area_m2(&zones[*zone].geometrie)?));
        }
        let largest = at_worst
            .iter()
            .min_by(|(a, area_a), (b, area_b)| {
                area_b
                    .total_cmp(area_a)
                    .then_with(|| zones[*a].code.cmp(&zones[*b].code))
            })
            .map(|(zone, _)| *zone);
        for &(_, zone_index) in &sharing {
            if zones[zone_index].niveau < worst {
                let duplicate = Travail {
                    niveau: worst,
                    geometrie: commune.geometrie.clone(),
                    ..zones[zone_index].clone()
                };
                zones[zone_index].geometrie =
                    zones[zone_index].geometrie.difference(&commune.geometrie);
                zones.push(duplicate);
            }
        }
        if let Some(largest) = largest {
            for &missing in types
                .iter()
                .filter(|type_zone| !winners.contains_key(type_zone))
            {
                let copy = Travail {
                    type_zone: missing,
                    geometrie: commune.geometrie.clone(),
                    ..zones[largest].clone()
                };
                zones.push(copy);
            }
        }
    }
    Ok(())
}

/// Merges zones with the same (name, type, level), keeping the first one's arrêté and usages.
fn merge_same_name_type_level(zones: Vec<Travail>) -> Vec<Travail> {
    let mut merged: Vec<Travail> = Vec::new();
    for zone in zones {
        match merged.iter_mut().find(|kept| {
            kept.nom == zone.nom
                && kept.type_zone == zone.type_zone
                && kept.niveau == zone.niveau
                && kept.code == zone.code
        }) {
            Some(kept) => kept.geometrie = kept.geometrie.union(&zone.geometrie),
            None => merged.push(zone),
        }
    }
    merged
}

/// Step 4: drop the parts of at most [`SLIVER_MAX_AREA_M2`].
///
/// Precondition: the reference zones and commune perimeters given to the computation are valid — the importers
/// repair invalid ones once, when they enter the database (`MakeValid`, reported to the operator). The
/// computation then only combines valid geometries with `geo`'s boolean operations, whose results are valid by
/// construction, and dropping whole parts of a valid multipolygon keeps it valid: nothing is left to repair.
/// Checking validity here (`Validation::is_valid` compares edges pairwise) took 0.5 s for the ten
/// full-resolution Var zones, most of a département's computation; repairing every zone instead (an overlay or
/// a triangulation) would snap each zone's vertices on its own and open hairline gaps on shared borders.
fn clean(
    geometrie: &MultiPolygon<f64>,
    lambert: &Lambert93,
) -> Result<MultiPolygon<f64>, CalculError> {
    let mut kept = Vec::new();
    for polygon in &geometrie.0 {
        let part = MultiPolygon(vec![polygon.clone()]);
        if lambert.area_m2(&part)? > SLIVER_MAX_AREA_M2 {
            kept.extend(part.0);
        }
    }
    Ok(MultiPolygon(kept))
}

/// Step 5: the communes the zone covers by more than [`COMMUNE_LINK_MIN_SHARE`] of their area. Also used for
/// zones imported already computed, whose files carry no commune.
pub fn link_communes(
    geometrie: &MultiPolygon<f64>,
    communes: &[Commune],
    lambert: &Lambert93,
) -> Result<Vec<CodeInsee>, CalculError> {
    let mut linked = Vec::new();
    for commune in communes {
        if !bounding_boxes_meet(geometrie, &commune.geometrie) {
            continue;
        }
        let commune_area = lambert.area_m2(&commune.geometrie)?;
        let part = lambert.area_m2(&geometrie.intersection(&commune.geometrie))?;
        if commune_area > 0.0 && part / commune_area > COMMUNE_LINK_MIN_SHARE {
            linked.push(commune.code.clone());
        }
    }
    linked.sort();
    Ok(linked)
}

fn bounding_boxes_meet(a: &MultiPolygon<f64>, b: &MultiPolygon<f64>) -> bool {
    match (a.bounding_rect(), b.bounding_rect()) {
        (Some(a), Some(b)) => a.intersects(&b),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::arrete::{FinArrete, ZoneCadre};
    use crate::domain::nomenclature::{RessourceEap, StatutArrete};
    use crate::domain::restriction::Restriction;
    use geo::{Contains, Coord, polygon};

    /// Degrees per metre near 43.5° N, enough to size test shapes in metres.
    const DEG_PER_M_LON: f64 = 1.0 / 80_800.0;
    const DEG_PER_M_LAT: f64 = 1.0 / 111_100.0;

    fn rectangle(x0: f64, y0: f64, x1: f64, y1: f64) -> MultiPolygon<f64> {
        MultiPolygon(vec![
            polygon![(x: x0, y: y0), (x: x1, y: y0), (x: x1, y: y1), (x: x0, y: y1)],
        ])
    }

    /// A commune of 0.01° × 0.01° at (3 + col·0.01, 43.5 + row·0.01).
    fn commune(code: &str, col: f64, row: f64) -> Commune {
        let (x, y) = (3.0 + col * 0.01, 43.5 + row * 0.01);
        Commune {
            code: CodeInsee::parse(code).expect("valid code"),
            geometrie: rectangle(x, y, x + 0.01, y + 0.01),
        }
    }

    fn zone(code: &str, type_zone: TypeZone, geometrie: MultiPolygon<f64>) -> ZoneAlerte {
        ZoneAlerte {
            id_sandre: None,
            code: code.to_owned(),
            nom: format!("Zone {code}"),
            type_zone,
            numero_version: None,
            departement: None,
            ressource_influencee: false,
            disabled: false,
            geometrie: Some(geometrie),
        }
    }

    fn arrete(
        restrictions: Vec<(&ZoneAlerte, NiveauGravite)>,
        ressource: Option<RessourceEap>,
    ) -> ArreteRestriction {
        ArreteRestriction {
            id: 1,
            numero: "AR-1".to_owned(),
            date_signature: None,
            date_debut: NaiveDate::from_ymd_opt(2026, 6, 1),
            fin: FinArrete::saisie(None),
            statut: StatutArrete::Publie,
            fichier: Some("ar.pdf".to_owned()),
            niveau_gravite_specifique_eap: ressource.is_none(),
            ressource_eap_communique: ressource,
            departement: departement(),
            arretes_cadre: vec![1],
            arrete_restriction_abroge: None,
            restrictions: restrictions
                .into_iter()
                .map(|(zone, niveau)| Restriction {
                    cible: CibleRestriction::Zone {
                        zone: zone.cle(),
                        arrete_cadre_id: 1,
                    },
                    niveau,
                    usages: Vec::new(),
                })
                .collect(),
        }
    }

    fn cadre(zones: &[&ZoneAlerte]) -> ArreteCadre {
        ArreteCadre {
            id: 1,
            numero: "AC-1".to_owned(),
            date_debut: NaiveDate::from_ymd_opt(2026, 1, 1),
            date_fin: None,
            statut: StatutArrete::Publie,
            fichier: Some("ac.pdf".to_owned()),
            departement_pilote: departement(),
            departements: vec![departement()],
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

    fn departement() -> CodeDepartement {
        CodeDepartement::parse("34").expect("valid department")
    }

    fn run(
        regle: RegleGestion,
        arretes: &[ArreteRestriction],
        cadres: &[ArreteCadre],
        zones: &[ZoneAlerte],
        communes: &[Commune],
    ) -> Vec<ZoneCalculee> {
        let departement = departement();
        let donnees = DonneesDepartement {
            departement: &departement,
            jour: NaiveDate::from_ymd_opt(2026, 7, 2).expect("date"),
            regle,
            arretes,
            cadres,
            zones,
            communes,
        };
        compute_zones(&donnees, 1).expect("computed")
    }

    fn geometry_of<'a>(
        zones: &'a [ZoneCalculee],
        code: &str,
        type_zone: TypeZone,
        niveau: NiveauGravite,
    ) -> Option<&'a MultiPolygon<f64>> {
        zones
            .iter()
            .find(|zone| {
                zone.zone.code == code && zone.zone.type_zone == type_zone && zone.niveau == niveau
            })
            .and_then(|zone| zone.zone.geometrie.as_ref())
    }

    fn centre(commune: &Commune) -> Coord<f64> {
        let rect = commune.geometrie.bounding_rect().expect("non-empty");
        rect.center()
    }

    #[test]
    fn a_zone_covering_at_least_five_percent_absorbs_the_commune() {
        let communes = [commune("34001", 0.0, 0.0)];
        // 6 % of the commune's width: above the threshold; 4 %: below.
        for (share, absorbs) in [(0.06, true), (0.04, false)] {
            let sup = zone(
                "S",
                TypeZone::Sup,
                rectangle(2.99, 43.5, 3.0 + 0.01 * share, 43.51),
            );
            let zones = [sup.clone()];
            let result = run(
                RegleGestion::YesDistinct,
                &[arrete(vec![(&sup, NiveauGravite::Alerte)], None)],
                &[cadre(&[&sup])],
                &zones,
                &communes,
            );
            let geometry =
                geometry_of(&result, "S", TypeZone::Sup, NiveauGravite::Alerte).expect("zone kept");
            assert_eq!(
                geometry.contains(&centre(&communes[0])),
                absorbs,
                "share {share}"
            );
        }
    }

    #[test]
    fn the_higher_level_takes_the_commune_and_the_other_zone_loses_it() {
        let communes = [commune("34001", 0.0, 0.0)];
        let west = zone("W", TypeZone::Sup, rectangle(2.99, 43.5, 3.007, 43.51));
        let east = zone("E", TypeZone::Sup, rectangle(3.007, 43.5, 3.02, 43.51));
        let zones = [west.clone(), east.clone()];
        let ar = arrete(
            vec![
                (&west, NiveauGravite::Alerte),
                (&east, NiveauGravite::Crise),
            ],
            None,
        );
        let result = run(
            RegleGestion::YesDistinct,
            &[ar],
            &[cadre(&[&west, &east])],
            &zones,
            &communes,
        );
        let east_geometry =
            geometry_of(&result, "E", TypeZone::Sup, NiveauGravite::Crise).expect("east kept");
        assert!(east_geometry.contains(&centre(&communes[0])));
        let west_geometry = geometry_of(&result, "W", TypeZone::Sup, NiveauGravite::Alerte)
            .expect("west keeps its outside part");
        assert!(!west_geometry.intersects(&Coord {
            x: 3.005,
            y: 43.505
        }));
        assert_eq!(
            result
                .iter()
                .filter(|zone| zone.communes.contains(&communes[0].code))
                .count(),
            1
        );
    }

    #[test]
    fn derived_aep_zones_do_not_overlap_and_the_higher_level_wins() {
        let sup = zone("S", TypeZone::Sup, rectangle(3.0, 43.5, 3.02, 43.52));
        let sou = zone("O", TypeZone::Sou, rectangle(3.01, 43.5, 3.03, 43.52));
        let zones = [sup.clone(), sou.clone()];
        let ar = arrete(
            vec![(&sup, NiveauGravite::Alerte), (&sou, NiveauGravite::Crise)],
            Some(RessourceEap::Max),
        );
        let result = run(
            RegleGestion::No,
            &[ar],
            &[cadre(&[&sup, &sou])],
            &zones,
            &[],
        );
        let aep: Vec<&ZoneCalculee> = result
            .iter()
            .filter(|zone| zone.zone.type_zone == TypeZone::Aep)
            .collect();
        assert_eq!(aep.len(), 2);
        let overlap_point = Coord { x: 3.015, y: 43.51 };
        let holders: Vec<NiveauGravite> = aep
            .iter()
            .filter(|zone| {
                zone.zone
                    .geometrie
                    .as_ref()
                    .is_some_and(|geometry| geometry.contains(&overlap_point))
            })
            .map(|zone| zone.niveau)
            .collect();
        assert_eq!(holders, [NiveauGravite::Crise]);
        // Under yes_all nothing is derived.
        let ar = arrete(
            vec![(&sup, NiveauGravite::Alerte), (&sou, NiveauGravite::Crise)],
            Some(RessourceEap::Max),
        );
        let result = run(
            RegleGestion::YesAll,
            &[ar],
            &[cadre(&[&sup, &sou])],
            &zones,
            &[],
        );
        assert!(
            result
                .iter()
                .all(|zone| zone.zone.type_zone != TypeZone::Aep)
        );
    }

    #[test]
    fn yes_all_gives_every_type_the_worst_level_of_the_commune() {
        let communes = [commune("34001", 0.0, 0.0)];
        let sup = zone("S", TypeZone::Sup, rectangle(2.99, 43.49, 3.02, 43.52));
        let sou = zone("O", TypeZone::Sou, rectangle(3.0, 43.5, 3.01, 43.51));
        let zones = [sup.clone(), sou.clone()];
        let ar = arrete(
            vec![
                (&sup, NiveauGravite::Vigilance),
                (&sou, NiveauGravite::Crise),
            ],
            None,
        );
        let result = run(
            RegleGestion::YesAll,
            &[ar],
            &[cadre(&[&sup, &sou])],
            &zones,
            &communes,
        );
        let inside = centre(&communes[0]);
        let levels_at = |type_zone: TypeZone| -> Vec<NiveauGravite> {
            result
                .iter()
                .filter(|zone| zone.zone.type_zone == type_zone)
                .filter(|zone| {
                    zone.zone
                        .geometrie
                        .as_ref()
                        .is_some_and(|geometry| geometry.contains(&inside))
                })
                .map(|zone| zone.niveau)
                .collect()
        };
        assert_eq!(levels_at(TypeZone::Sup), [NiveauGravite::Crise]);
        assert_eq!(levels_at(TypeZone::Sou), [NiveauGravite::Crise]);
        assert_eq!(
            levels_at(TypeZone::Aep),
            [NiveauGravite::Crise],
            "the missing type copies the zone at the worst level"
        );
        // Outside the commune the surface zone keeps its own level.
        let outside = Coord {
            x: 3.015,
            y: 43.515,
        };
        assert!(
            geometry_of(&result, "S", TypeZone::Sup, NiveauGravite::Vigilance)
                .is_some_and(|geometry| geometry.contains(&outside))
        );
    }

    #[test]
    fn slivers_of_at_most_100_square_metres_are_dropped() {
        let lambert = Lambert93::new().expect("projection");
        let square = |side_m: f64, x: f64| {
            rectangle(
                x,
                43.5,
                x + side_m * DEG_PER_M_LON,
                43.5 + side_m * DEG_PER_M_LAT,
            )
        };
        let big = rectangle(3.1, 43.5, 3.11, 43.51);
        for (side, kept) in [(9.5, false), (10.5, true)] {
            let area = lambert.area_m2(&square(side, 3.0)).expect("area");
            assert!(
                (area - side * side).abs() < side * side * 0.01,
                "test shape is {area} m²"
            );
            let geometry = MultiPolygon([big.0.clone(), square(side, 3.0).0].concat());
            let cleaned = clean(&geometry, &lambert).expect("valid");
            assert_eq!(cleaned.0.len(), if kept { 2 } else { 1 }, "{side} m side");
        }
    }

    #[test]
    fn communes_are_linked_above_a_tenth_of_a_percent() {
        let lambert = Lambert93::new().expect("projection");
        let communes = [commune("34001", 0.0, 0.0)];
        // Strips of 0.2 % and 0.05 % of the commune.
        for (share, linked) in [(0.002, true), (0.0005, false)] {
            let strip = rectangle(3.0, 43.5, 3.0 + 0.01 * share, 43.51);
            let result = link_communes(&strip, &communes, &lambert).expect("linked");
            assert_eq!(result.len(), usize::from(linked), "share {share}");
        }
    }

    #[test]
    fn arretes_not_in_force_give_no_zone() {
        let sup = zone("S", TypeZone::Sup, rectangle(3.0, 43.5, 3.01, 43.51));
        let mut ar = arrete(vec![(&sup, NiveauGravite::Crise)], None);
        ar.fin = FinArrete::saisie(NaiveDate::from_ymd_opt(2026, 7, 1));
        assert!(
            run(
                RegleGestion::No,
                &[ar],
                &[cadre(&[&sup])],
                std::slice::from_ref(&sup),
                &[]
            )
            .is_empty()
        );
    }
}
