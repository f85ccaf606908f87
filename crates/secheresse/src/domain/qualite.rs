//! The data-quality checks of the DDT dashboard (spec §2 "Beyond"): overlaps of zones of one type, gaps in the
//! coverage, slivers, zones without geometry, and arrêtés about to expire.
//!
//! These are the defects that made VigiEau answer 500 (overlaps), 404 (gaps) or show noise (slivers); here
//! they are shown to the agents before the public meets them. Areas are planar areas in Lambert-93, like the
//! thresholds of the computation.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use geo::{BooleanOps, BoundingRect, Intersects, MultiPolygon, Polygon};

use crate::domain::arrete::ArreteRestriction;
use crate::domain::calcul::{CalculError, Lambert93, SLIVER_MAX_AREA_M2};
use crate::domain::nomenclature::{StatutArrete, TypeZone};
use crate::domain::zone_alerte::ZoneAlerte;
use crate::domain::zone_calculee::ZoneCalculee;

/// Arrêtés ending within this many days are listed.
pub const ECHEANCE_PROCHE_JOURS: i64 = 15;

/// A defect found.
#[derive(Debug, Clone, PartialEq)]
pub enum Anomalie {
    /// Two published zones of one type, neither on an influenced resource, overlap.
    Chevauchement {
        /// Type of both zones.
        type_zone: TypeZone,
        /// First zone's name.
        zone_a: String,
        /// Second zone's name.
        zone_b: String,
        /// Area of the overlap, m².
        surface_m2: f64,
    },
    /// A hole in the union of the published zones of one type: places there get no answer (404).
    Lacune {
        /// Type.
        type_zone: TypeZone,
        /// Area of the hole, m².
        surface_m2: f64,
    },
    /// Parts of a zone of at most [`SLIVER_MAX_AREA_M2`].
    Eclats {
        /// The zone's name.
        zone: String,
        /// How many parts.
        parts: usize,
    },
    /// A reference zone without geometry: it can never be found by a point.
    SansGeometrie {
        /// The zone's name.
        zone: String,
    },
    /// A published arrêté de restriction ends soon.
    EcheanceProche {
        /// Its number.
        numero: String,
        /// Its last day.
        fin: NaiveDate,
        /// Days left.
        jours: i64,
    },
}

impl Anomalie {
    /// A French sentence for the dashboard.
    pub fn description(&self) -> String {
        match self {
            Self::Chevauchement {
                type_zone,
                zone_a,
                zone_b,
                surface_m2,
            } => format!(
                "Les zones « {zone_a} » et « {zone_b} » ({}) se chevauchent sur {} : un point de ce secteur \
                 recevrait une erreur.",
                type_zone.label().to_lowercase(),
                surface(*surface_m2)
            ),
            Self::Lacune {
                type_zone,
                surface_m2,
            } => format!(
                "Un trou de {} dans la couverture {} : aucune zone n'y répond.",
                surface(*surface_m2),
                type_zone.label().to_lowercase()
            ),
            Self::Eclats { zone, parts } => format!(
                "La zone « {zone} » compte {parts} fragment(s) de 100 m² au plus, écartés au calcul."
            ),
            Self::SansGeometrie { zone } => format!(
                "La zone « {zone} » n'a pas de contour : elle ne peut être trouvée que par commune."
            ),
            Self::EcheanceProche { numero, fin, jours } => format!(
                "L'arrêté {numero} prend fin le {} (dans {jours} jour(s)).",
                fin.format("%d/%m/%Y")
            ),
        }
    }

    /// The kind, for grouping.
    pub fn nature(&self) -> &'static str {
        match self {
            Self::Chevauchement { .. } => "Chevauchement",
            Self::Lacune { .. } => "Lacune",
            Self::Eclats { .. } => "Éclats",
            Self::SansGeometrie { .. } => "Sans contour",
            Self::EcheanceProche { .. } => "Fin prochaine",
        }
    }
}

fn surface(m2: f64) -> String {
    if m2 >= 1_000_000.0 {
        format!("{:.1} km²", m2 / 1_000_000.0)
    } else {
        format!("{m2:.0} m²")
    }
}

/// Overlaps and gaps among the published zones of one département.
///
/// Pairs of same-type, non-influenced zones whose
/// intersection exceeds [`SLIVER_MAX_AREA_M2`], and holes of the union of each type above that threshold.
pub fn check_zones(
    zones: &[ZoneCalculee],
    lambert: &Lambert93,
) -> Result<Vec<Anomalie>, CalculError> {
    let mut anomalies = Vec::new();
    let mut by_type: BTreeMap<TypeZone, Vec<&ZoneCalculee>> = BTreeMap::new();
    for zone in zones
        .iter()
        .filter(|zone| !zone.zone.ressource_influencee && zone.zone.geometrie.is_some())
    {
        by_type.entry(zone.zone.type_zone).or_default().push(zone);
    }
    for (type_zone, zones) in by_type {
        let mut union = MultiPolygon(Vec::new());
        for (position, a) in zones.iter().enumerate() {
            let Some(geometrie_a) = &a.zone.geometrie else {
                continue;
            };
            union = union.union(geometrie_a);
            for b in &zones[position + 1..] {
                let Some(geometrie_b) = &b.zone.geometrie else {
                    continue;
                };
                let meet = match (geometrie_a.bounding_rect(), geometrie_b.bounding_rect()) {
                    (Some(box_a), Some(box_b)) => box_a.intersects(&box_b),
                    _ => false,
                };
                if !meet {
                    continue;
                }
                let overlap = lambert.area_m2(&geometrie_a.intersection(geometrie_b))?;
                if overlap > SLIVER_MAX_AREA_M2 {
                    anomalies.push(Anomalie::Chevauchement {
                        type_zone,
                        zone_a: a.zone.nom_affiche().into_owned(),
                        zone_b: b.zone.nom_affiche().into_owned(),
                        surface_m2: overlap,
                    });
                }
            }
        }
        for polygon in &union.0 {
            for hole in polygon.interiors() {
                let area =
                    lambert.area_m2(&MultiPolygon(vec![Polygon::new(hole.clone(), Vec::new())]))?;
                if area > SLIVER_MAX_AREA_M2 {
                    anomalies.push(Anomalie::Lacune {
                        type_zone,
                        surface_m2: area,
                    });
                }
            }
        }
    }
    Ok(anomalies)
}

/// Slivers and missing geometry among reference zones.
pub fn check_reference(
    zones: &[ZoneAlerte],
    lambert: &Lambert93,
) -> Result<Vec<Anomalie>, CalculError> {
    let mut anomalies = Vec::new();
    for zone in zones {
        let Some(geometrie) = &zone.geometrie else {
            anomalies.push(Anomalie::SansGeometrie {
                zone: zone.nom_affiche().into_owned(),
            });
            continue;
        };
        let mut parts = 0;
        for polygon in &geometrie.0 {
            if lambert.area_m2(&MultiPolygon(vec![polygon.clone()]))? <= SLIVER_MAX_AREA_M2 {
                parts += 1;
            }
        }
        if parts > 0 {
            anomalies.push(Anomalie::Eclats {
                zone: zone.nom_affiche().into_owned(),
                parts,
            });
        }
    }
    Ok(anomalies)
}

/// Published arrêtés de restriction ending within [`ECHEANCE_PROCHE_JOURS`] days of `jour`.
pub fn check_echeances(arretes: &[ArreteRestriction], jour: NaiveDate) -> Vec<Anomalie> {
    arretes
        .iter()
        .filter(|arrete| {
            matches!(
                arrete.statut_au(jour),
                StatutArrete::Publie | StatutArrete::AVenir
            )
        })
        .filter_map(|arrete| {
            let fin = arrete.fin.effective()?;
            let jours = (fin - jour).num_days();
            (0..=ECHEANCE_PROCHE_JOURS)
                .contains(&jours)
                .then(|| Anomalie::EcheanceProche {
                    numero: arrete.numero.clone(),
                    fin,
                    jours,
                })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::nomenclature::NiveauGravite;
    use crate::domain::zone_calculee::ArreteApplique;
    use geo::polygon;

    fn rectangle(x0: f64, y0: f64, x1: f64, y1: f64) -> MultiPolygon<f64> {
        MultiPolygon(vec![
            polygon![(x: x0, y: y0), (x: x1, y: y0), (x: x1, y: y1), (x: x0, y: y1)],
        ])
    }

    fn zone(id: i64, type_zone: TypeZone, geometrie: MultiPolygon<f64>) -> ZoneCalculee {
        ZoneCalculee {
            id,
            zone: ZoneAlerte {
                id_sandre: None,
                code: format!("Z{id}"),
                nom: format!("Zone {id}"),
                type_zone,
                numero_version: None,
                departement: None,
                ressource_influencee: false,
                disabled: false,
                geometrie: Some(geometrie),
            },
            departement_nom: None,
            niveau: NiveauGravite::Alerte,
            arrete: ArreteApplique::default(),
            usages: Vec::new(),
            communes: Vec::new(),
        }
    }

    #[test]
    fn overlapping_zones_of_one_type_are_reported_but_not_of_two_types() {
        let lambert = Lambert93::new().expect("projection");
        let zones = [
            zone(1, TypeZone::Sup, rectangle(3.0, 43.5, 3.02, 43.52)),
            zone(2, TypeZone::Sup, rectangle(3.01, 43.5, 3.03, 43.52)),
            zone(3, TypeZone::Sou, rectangle(3.0, 43.5, 3.03, 43.52)),
        ];
        let anomalies = check_zones(&zones, &lambert).expect("checked");
        assert_eq!(anomalies.len(), 1, "{anomalies:?}");
        assert!(matches!(
            &anomalies[0],
            Anomalie::Chevauchement { type_zone: TypeZone::Sup, surface_m2, .. } if *surface_m2 > 1_000_000.0
        ));
    }

    #[test]
    fn a_hole_in_the_coverage_is_a_gap() {
        let lambert = Lambert93::new().expect("projection");
        // A ring of four zones around an uncovered square.
        let zones = [
            zone(1, TypeZone::Aep, rectangle(3.0, 43.5, 3.03, 43.51)),
            zone(2, TypeZone::Aep, rectangle(3.0, 43.52, 3.03, 43.53)),
            zone(3, TypeZone::Aep, rectangle(3.0, 43.51, 3.01, 43.52)),
            zone(4, TypeZone::Aep, rectangle(3.02, 43.51, 3.03, 43.52)),
        ];
        let anomalies = check_zones(&zones, &lambert).expect("checked");
        assert!(
            anomalies.iter().any(|anomalie| matches!(
                anomalie,
                Anomalie::Lacune {
                    type_zone: TypeZone::Aep,
                    ..
                }
            )),
            "{anomalies:?}"
        );
    }

    #[test]
    fn tiny_parts_are_slivers_and_missing_geometry_is_reported() {
        let lambert = Lambert93::new().expect("projection");
        let mut with_sliver = zone(1, TypeZone::Sup, rectangle(3.0, 43.5, 3.02, 43.52)).zone;
        // About 5 m × 5 m.
        let sliver = rectangle(3.1, 43.5, 3.1 + 5.0 / 80_800.0, 43.5 + 5.0 / 111_100.0);
        with_sliver
            .geometrie
            .as_mut()
            .expect("geometry")
            .0
            .extend(sliver.0);
        let mut without = zone(2, TypeZone::Sou, rectangle(0.0, 0.0, 1.0, 1.0)).zone;
        without.geometrie = None;
        let anomalies = check_reference(&[with_sliver, without], &lambert).expect("checked");
        assert!(matches!(anomalies[0], Anomalie::Eclats { parts: 1, .. }));
        assert!(matches!(anomalies[1], Anomalie::SansGeometrie { .. }));
    }
}
