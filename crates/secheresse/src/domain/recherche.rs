//! The `/zones` lookup (spec §3.6): which published zones apply at a point or in a commune, for a profile and a
//! water type, and why.
//!
//! Outcomes follow VigiEau's meaning: a bad request is [`RequeteInvalide`] (400), no zone is
//! [`EchecRecherche::AucuneZone`] (404), several zones of one type for a commune alone is
//! [`EchecRecherche::CommuneAmbigue`] (409), and a point strictly inside two zones of one type is a data error
//! [`EchecRecherche::DonneesIncoherentes`] (500). Where VigiEau is arbitrary, on a border shared by two zones of
//! one type, the choice here is deterministic: higher level, then larger area, then smaller code.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use geo::{Coord, GeodesicArea, MultiPolygon};
use thiserror::Error;

use crate::domain::nomenclature::{NiveauGravite, Profil, TypeZone, ValeurInconnue};
use crate::domain::restriction::{UsageApplicable, applicable_usages};
use crate::domain::zone_alerte::{CodeInsee, CodeInvalide};
use crate::domain::zone_calculee::ZoneCalculee;
use crate::spatial::{PointPosition, PolygonIndex};

/// Exclusive bounds of the accepted coordinates, as VigiEau checks them.
pub const LONGITUDE_LIMITE: f64 = 180.0;
/// Exclusive bound of the accepted latitudes (beyond ±85° Web Mercator maps end).
pub const LATITUDE_LIMITE: f64 = 85.0;

/// The raw query parameters of `/zones`, as received.
#[derive(Debug, Clone, Copy, Default)]
pub struct ParametresZones<'a> {
    /// `lon`.
    pub lon: Option<&'a str>,
    /// `lat`.
    pub lat: Option<&'a str>,
    /// `commune` (INSEE code).
    pub commune: Option<&'a str>,
    /// `profil`.
    pub profil: Option<&'a str>,
    /// `zoneType`.
    pub zone_type: Option<&'a str>,
}

/// Where to look.
#[derive(Debug, Clone, PartialEq)]
pub enum Lieu {
    /// A point in WGS84 degrees; it decides even when a commune is also given.
    Point {
        /// Longitude.
        lon: f64,
        /// Latitude.
        lat: f64,
    },
    /// A commune alone: its linked zones.
    Commune(CodeInsee),
}

/// A validated `/zones` query.
#[derive(Debug, Clone, PartialEq)]
pub struct RequeteZones {
    /// Point or commune.
    pub lieu: Lieu,
    /// The commune, which selects the municipal order (and the zones when there is no point).
    pub commune: Option<CodeInsee>,
    /// Keep only the usages of this profile.
    pub profil: Option<Profil>,
    /// Keep only the zone of this type.
    pub type_zone: Option<TypeZone>,
}

/// A refused query (400), with the reason.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum RequeteInvalide {
    /// `lon` or `lat` is not a finite number.
    #[error("le paramètre {parametre} n'est pas un nombre : « {valeur} »")]
    CoordonneeNonNumerique {
        /// `lon` or `lat`.
        parametre: &'static str,
        /// The value received.
        valeur: String,
    },
    /// `lon` or `lat` is out of range.
    #[error(
        "le paramètre {parametre} est hors limites ({valeur}) : longitude entre -180 et 180, latitude entre -85 et 85, bornes exclues"
    )]
    CoordonneeHorsLimites {
        /// `lon` or `lat`.
        parametre: &'static str,
        /// The value received.
        valeur: f64,
    },
    /// Only one of `lon` and `lat`.
    #[error("les paramètres lon et lat vont ensemble")]
    PointIncomplet,
    /// Neither a point nor a commune.
    #[error("les paramètres lon/lat ou commune sont requis")]
    LieuManquant,
    /// The commune is not an INSEE code.
    #[error("{0}")]
    Commune(CodeInvalide),
    /// Unknown profile or zone type.
    #[error("{0}")]
    Valeur(ValeurInconnue),
}

impl RequeteZones {
    /// Validates the raw parameters.
    pub fn parse(parametres: &ParametresZones<'_>) -> Result<Self, RequeteInvalide> {
        let commune = present(parametres.commune)
            .map(CodeInsee::parse)
            .transpose()
            .map_err(RequeteInvalide::Commune)?;
        let profil = present(parametres.profil)
            .map(Profil::parse)
            .transpose()
            .map_err(RequeteInvalide::Valeur)?;
        let type_zone = present(parametres.zone_type)
            .map(TypeZone::parse)
            .transpose()
            .map_err(RequeteInvalide::Valeur)?;
        let lieu = match (present(parametres.lon), present(parametres.lat)) {
            (Some(lon), Some(lat)) => Lieu::Point {
                lon: coordinate("lon", lon, LONGITUDE_LIMITE)?,
                lat: coordinate("lat", lat, LATITUDE_LIMITE)?,
            },
            (Some(_), None) | (None, Some(_)) => return Err(RequeteInvalide::PointIncomplet),
            (None, None) => Lieu::Commune(commune.clone().ok_or(RequeteInvalide::LieuManquant)?),
        };
        Ok(Self {
            lieu,
            commune,
            profil,
            type_zone,
        })
    }
}

fn present(value: Option<&str>) -> Option<&str> {
    value.map(str::trim).filter(|value| !value.is_empty())
}

fn coordinate(parametre: &'static str, text: &str, limite: f64) -> Result<f64, RequeteInvalide> {
    let value: f64 = text
        .parse()
        .ok()
        .filter(|value: &f64| value.is_finite())
        .ok_or_else(|| RequeteInvalide::CoordonneeNonNumerique {
            parametre,
            valeur: text.to_owned(),
        })?;
    if value <= -limite || value >= limite {
        return Err(RequeteInvalide::CoordonneeHorsLimites {
            parametre,
            valeur: value,
        });
    }
    Ok(value)
}

/// A lookup that has no zone list to answer.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum EchecRecherche {
    /// No zone in force at the place (404).
    #[error("Aucune zone d'alerte en vigueur pour la requête donnée")]
    AucuneZone,
    /// The commune holds several zones of one type, so an address is needed (409).
    #[error(
        "La commune comporte plusieurs zones d'alerte de même type ({type_zone}) : précisez l'adresse"
    )]
    CommuneAmbigue {
        /// The ambiguous type.
        type_zone: TypeZone,
        /// The zones' published ids.
        zones: Vec<i64>,
    },
    /// The point lies strictly inside several zones of one type: the published data are inconsistent (500).
    #[error(
        "Un problème avec les données ne permet pas de répondre : zones {type_zone} superposées {zones:?}"
    )]
    DonneesIncoherentes {
        /// The overlapping type.
        type_zone: TypeZone,
        /// The zones' published ids.
        zones: Vec<i64>,
    },
}

impl EchecRecherche {
    /// The HTTP status VigiEau gives this outcome.
    pub fn status(&self) -> u16 {
        match self {
            Self::AucuneZone => 404,
            Self::CommuneAmbigue { .. } => 409,
            Self::DonneesIncoherentes { .. } => 500,
        }
    }
}

/// Which criterion decided between zones of one type that all contain the point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Departage {
    /// The higher level won.
    Niveau,
    /// Same level: the larger zone won.
    Surface,
    /// Same level and area: the smaller code won.
    Code,
}

/// Why a zone was retained for its type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Raison {
    /// It is the only non-influenced zone of its type at the place.
    SeuleZone,
    /// Only zones on influenced resources are at the place; they are all shown.
    RessourceInfluencee,
    /// The point is on a border shared by several zones of its type; it won by this criterion.
    Frontiere(Departage),
}

/// A zone considered for a type, and how the point relates to it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Candidate {
    /// Published id.
    pub id: i64,
    /// Strictly inside or on the boundary (`None` for a lookup by commune).
    pub position: Option<PointPosition>,
    /// On an influenced resource (never counted in ambiguities).
    pub ressource_influencee: bool,
    /// Level.
    pub niveau: NiveauGravite,
    /// Geodesic area in m², used in tie-breaks.
    pub surface_m2: f64,
}

/// The explanation of the choice for one water type.
#[derive(Debug, Clone, PartialEq)]
pub struct ChoixType {
    /// The type.
    pub type_zone: TypeZone,
    /// Every zone of the type at the place.
    pub candidates: Vec<Candidate>,
    /// The zones returned, in answer order.
    pub retenues: Vec<i64>,
    /// Why.
    pub raison: Raison,
}

/// How the answer was reached: by which rule, and for each type which zones and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Explication {
    /// The place that decided.
    pub lieu: Lieu,
    /// The rule applied, in French, for people.
    pub regle: &'static str,
    /// One entry per type found.
    pub choix: Vec<ChoixType>,
}

/// A zone in the answer, with the usages to show.
#[derive(Debug, Clone, PartialEq)]
pub struct ZoneTrouvee<'a> {
    /// The published zone.
    pub zone: &'a ZoneCalculee,
    /// Its usages for the zone's type (and the profile, when asked), with the text of its level.
    pub usages: Vec<UsageApplicable<'a>>,
}

/// The answer of `/zones`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReponseZones<'a> {
    /// The zones, by type (SUP, SOU, AEP), the retained zone first.
    pub zones: Vec<ZoneTrouvee<'a>>,
    /// Why these zones.
    pub explication: Explication,
    /// The municipal order in force in the commune, when one was given; it applies to every type.
    pub arrete_municipal: Option<String>,
    /// With a municipal order, the types without a zone, for which VigiEau adds `{id: null, type,
    /// arreteMunicipalCheminFichier}`.
    pub types_sans_zone: Vec<TypeZone>,
}

/// An immutable set of published zones, indexed for lookups; built once per publication and swapped whole.
pub struct ZonesPubliees {
    zones: Vec<ZoneCalculee>,
    surfaces: Vec<f64>,
    index: PolygonIndex<usize>,
    par_commune: BTreeMap<CodeInsee, Vec<usize>>,
}

const REGLE_POINT: &str = "zones dont le périmètre contient le point, limite comprise ; sur une limite partagée par \
                           deux zones d'un même type : niveau le plus élevé, puis plus grande surface, puis plus petit code";
const REGLE_COMMUNE: &str = "zones liées à la commune (plus de 0,1 % de sa surface) ; plusieurs zones d'un même type \
                             demandent une adresse";

impl ZonesPubliees {
    /// Indexes the published zones (zones without geometry stay reachable by commune).
    pub fn new(zones: Vec<ZoneCalculee>) -> Self {
        let surfaces = zones
            .iter()
            .map(|zone| {
                zone.zone
                    .geometrie
                    .as_ref()
                    .map_or(0.0, |geometrie| geometrie.geodesic_area_unsigned())
            })
            .collect();
        let index = PolygonIndex::new(zones.iter().enumerate().map(|(position, zone)| {
            (
                position,
                zone.zone
                    .geometrie
                    .clone()
                    .unwrap_or_else(|| MultiPolygon(Vec::new())),
            )
        }));
        let mut par_commune: BTreeMap<CodeInsee, Vec<usize>> = BTreeMap::new();
        for (position, zone) in zones.iter().enumerate() {
            for commune in &zone.communes {
                par_commune
                    .entry(commune.clone())
                    .or_default()
                    .push(position);
            }
        }
        Self {
            zones,
            surfaces,
            index,
            par_commune,
        }
    }

    /// The published zones, in the order given.
    pub fn zones(&self) -> &[ZoneCalculee] {
        &self.zones
    }

    /// Answers a `/zones` query; `arrete_municipal` is the path of the municipal order in force in the query's
    /// commune, if any (the store finds it).
    pub fn find(
        &self,
        requete: &RequeteZones,
        arrete_municipal: Option<&str>,
    ) -> Result<ReponseZones<'_>, EchecRecherche> {
        let (found, regle): (Vec<(usize, Option<PointPosition>)>, _) = match &requete.lieu {
            Lieu::Point { lon, lat } => (
                self.index
                    .locate(Coord { x: *lon, y: *lat })
                    .into_iter()
                    .map(|hit| (*hit.id, Some(hit.position)))
                    .collect(),
                REGLE_POINT,
            ),
            Lieu::Commune(commune) => (
                self.par_commune
                    .get(commune)
                    .map_or_else(Vec::new, |zones| {
                        zones.iter().map(|&zone| (zone, None)).collect()
                    }),
                REGLE_COMMUNE,
            ),
        };
        let mut zones = Vec::new();
        let mut choix = Vec::new();
        for type_zone in TypeZone::ALL {
            let candidates: Vec<(usize, Option<PointPosition>)> = found
                .iter()
                .copied()
                .filter(|(zone, _)| self.zones[*zone].zone.type_zone == type_zone)
                .collect();
            if candidates.is_empty() || requete.type_zone.is_some_and(|wanted| wanted != type_zone)
            {
                continue;
            }
            let (retenues, raison) = self.choose(type_zone, &candidates, &requete.lieu)?;
            for &position in &retenues {
                let zone = &self.zones[position];
                zones.push(ZoneTrouvee {
                    zone,
                    usages: applicable_usages(&zone.usages, zone.niveau, type_zone, requete.profil),
                });
            }
            choix.push(ChoixType {
                type_zone,
                candidates: candidates
                    .iter()
                    .map(|&(zone, position)| self.candidate(zone, position))
                    .collect(),
                retenues: retenues.iter().map(|&zone| self.zones[zone].id).collect(),
                raison,
            });
        }
        if zones.is_empty() {
            return Err(EchecRecherche::AucuneZone);
        }
        let types_sans_zone = match arrete_municipal {
            Some(_) => TypeZone::ALL
                .into_iter()
                .filter(|type_zone| {
                    zones
                        .iter()
                        .all(|found| found.zone.zone.type_zone != *type_zone)
                })
                .collect(),
            None => Vec::new(),
        };
        Ok(ReponseZones {
            zones,
            explication: Explication {
                lieu: requete.lieu.clone(),
                regle,
                choix,
            },
            arrete_municipal: arrete_municipal.map(str::to_owned),
            types_sans_zone,
        })
    }

    fn candidate(&self, zone: usize, position: Option<PointPosition>) -> Candidate {
        let published = &self.zones[zone];
        Candidate {
            id: published.id,
            position,
            ressource_influencee: published.zone.ressource_influencee,
            niveau: published.niveau,
            surface_m2: self.surfaces[zone],
        }
    }

    /// Picks the zones of one type: the natural zone (deterministically on borders) and every influenced one.
    fn choose(
        &self,
        type_zone: TypeZone,
        candidates: &[(usize, Option<PointPosition>)],
        lieu: &Lieu,
    ) -> Result<(Vec<usize>, Raison), EchecRecherche> {
        let (influenced, natural): (Vec<_>, Vec<_>) = candidates
            .iter()
            .copied()
            .partition(|(zone, _)| self.zones[*zone].zone.ressource_influencee);
        let influenced: Vec<usize> = influenced.into_iter().map(|(zone, _)| zone).collect();
        let ids = |zones: &[(usize, Option<PointPosition>)]| {
            zones.iter().map(|(zone, _)| self.zones[*zone].id).collect()
        };
        let (retained, raison) = match natural.as_slice() {
            [] => return Ok((influenced, Raison::RessourceInfluencee)),
            [(only, _)] => (*only, Raison::SeuleZone),
            several => {
                if matches!(lieu, Lieu::Commune(_)) {
                    return Err(EchecRecherche::CommuneAmbigue {
                        type_zone,
                        zones: ids(several),
                    });
                }
                let strictly_inside = several
                    .iter()
                    .filter(|(_, position)| *position == Some(PointPosition::Inside))
                    .count();
                if strictly_inside >= 2 {
                    return Err(EchecRecherche::DonneesIncoherentes {
                        type_zone,
                        zones: ids(several),
                    });
                }
                let (winner, departage) = self.break_tie(several.iter().map(|(zone, _)| *zone));
                (winner, Raison::Frontiere(departage))
            }
        };
        let mut retenues = vec![retained];
        retenues.extend(influenced);
        Ok((retenues, raison))
    }

    /// The winner among zones of one type by (level desc, area desc, code asc), and the first criterion that
    /// separated it from the runner-up.
    fn break_tie(&self, zones: impl Iterator<Item = usize>) -> (usize, Departage) {
        let mut ranked: Vec<usize> = zones.collect();
        ranked.sort_by(|a, b| self.compare(*a, *b));
        let winner = ranked[0];
        let departage = match ranked.get(1) {
            Some(&second) if self.zones[winner].niveau != self.zones[second].niveau => {
                Departage::Niveau
            }
            Some(&second)
                if self.surfaces[winner].total_cmp(&self.surfaces[second]) != Ordering::Equal =>
            {
                Departage::Surface
            }
            _ => Departage::Code,
        };
        (winner, departage)
    }

    fn compare(&self, a: usize, b: usize) -> Ordering {
        let (zone_a, zone_b) = (&self.zones[a], &self.zones[b]);
        zone_b
            .niveau
            .cmp(&zone_a.niveau)
            .then_with(|| self.surfaces[b].total_cmp(&self.surfaces[a]))
            .then_with(|| zone_a.zone.code.cmp(&zone_b.zone.code))
            .then_with(|| zone_a.id.cmp(&zone_b.id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::nomenclature::Thematique;
    use crate::domain::restriction::{ConcerneEaux, ConcerneProfils, DescriptionsNiveaux, Usage};
    use crate::domain::zone_alerte::ZoneAlerte;
    use crate::domain::zone_calculee::ArreteApplique;
    use geo::polygon;

    fn rectangle(x0: f64, y0: f64, x1: f64, y1: f64) -> MultiPolygon<f64> {
        MultiPolygon(vec![
            polygon![(x: x0, y: y0), (x: x1, y: y0), (x: x1, y: y1), (x: x0, y: y1)],
        ])
    }

    fn published(
        id: i64,
        code: &str,
        type_zone: TypeZone,
        niveau: NiveauGravite,
        geometrie: MultiPolygon<f64>,
    ) -> ZoneCalculee {
        ZoneCalculee {
            id,
            zone: ZoneAlerte {
                id_sandre: None,
                code: code.to_owned(),
                nom: format!("Zone {code}"),
                type_zone,
                numero_version: None,
                departement: None,
                ressource_influencee: false,
                disabled: false,
                geometrie: Some(geometrie),
            },
            departement_nom: None,
            niveau,
            arrete: ArreteApplique::default(),
            usages: vec![Usage {
                id: Some(1),
                nom: "Arrosage des potagers".to_owned(),
                thematique: Thematique::Arroser,
                concerne: ConcerneProfils {
                    particulier: true,
                    ..ConcerneProfils::default()
                },
                eaux: ConcerneEaux::default(),
                descriptions: DescriptionsNiveaux {
                    alerte: Some("Interdit de 9 h à 19 h".to_owned()),
                    ..DescriptionsNiveaux::default()
                },
            }],
            communes: vec![CodeInsee::parse("34172").expect("valid code")],
        }
    }

    fn point(lon: f64, lat: f64) -> RequeteZones {
        RequeteZones {
            lieu: Lieu::Point { lon, lat },
            commune: None,
            profil: None,
            type_zone: None,
        }
    }

    fn sample() -> ZonesPubliees {
        ZonesPubliees::new(vec![
            published(
                1,
                "B",
                TypeZone::Sup,
                NiveauGravite::Alerte,
                rectangle(0.0, 0.0, 1.0, 1.0),
            ),
            published(
                2,
                "A",
                TypeZone::Sup,
                NiveauGravite::Alerte,
                rectangle(1.0, 0.0, 2.0, 1.0),
            ),
            published(
                3,
                "C",
                TypeZone::Sou,
                NiveauGravite::Crise,
                rectangle(0.0, 0.0, 2.0, 1.0),
            ),
            published(
                4,
                "D",
                TypeZone::Sup,
                NiveauGravite::Crise,
                rectangle(0.0, 1.0, 1.0, 2.0),
            ),
        ])
    }

    #[test]
    fn query_parameters_are_validated_with_reasons() {
        let parse = |lon, lat, commune| {
            RequeteZones::parse(&ParametresZones {
                lon,
                lat,
                commune,
                ..ParametresZones::default()
            })
        };
        assert!(matches!(
            parse(Some("abc"), Some("43"), None),
            Err(RequeteInvalide::CoordonneeNonNumerique {
                parametre: "lon",
                ..
            })
        ));
        assert!(matches!(
            parse(Some("3"), Some("85"), None),
            Err(RequeteInvalide::CoordonneeHorsLimites {
                parametre: "lat",
                ..
            })
        ));
        assert!(matches!(
            parse(Some("-180"), Some("43"), None),
            Err(RequeteInvalide::CoordonneeHorsLimites { .. })
        ));
        assert!(matches!(
            parse(Some("NaN"), Some("43"), None),
            Err(RequeteInvalide::CoordonneeNonNumerique { .. })
        ));
        assert_eq!(
            parse(Some("3"), None, None),
            Err(RequeteInvalide::PointIncomplet)
        );
        assert_eq!(parse(None, None, None), Err(RequeteInvalide::LieuManquant));
        assert!(matches!(
            parse(None, None, Some("341")),
            Err(RequeteInvalide::Commune(_))
        ));
        let with_both = parse(Some("3.88"), Some("43.61"), Some("34172")).expect("valid query");
        assert!(
            matches!(with_both.lieu, Lieu::Point { .. }),
            "the point decides"
        );
        assert!(
            RequeteZones::parse(&ParametresZones {
                commune: Some("34172"),
                profil: Some("touriste"),
                ..ParametresZones::default()
            })
            .is_err()
        );
    }

    #[test]
    fn point_gets_one_zone_per_type() {
        let zones = sample();
        let answer = zones.find(&point(0.5, 0.5), None).expect("zones found");
        let ids: Vec<i64> = answer.zones.iter().map(|zone| zone.zone.id).collect();
        assert_eq!(ids, [1, 3]);
        assert_eq!(answer.explication.choix[0].raison, Raison::SeuleZone);
        assert_eq!(
            answer.zones[0].usages[0].description,
            "Interdit de 9 h à 19 h"
        );
    }

    #[test]
    fn shared_border_is_resolved_by_level_then_area_then_code() {
        let zones = sample();
        // (0.5, 1.0) is on the border of zone 1 (alerte) and zone 4 (crise): the level decides.
        let answer = zones.find(&point(0.5, 1.0), None).expect("zones found");
        assert_eq!(answer.zones[0].zone.id, 4);
        assert_eq!(
            answer.explication.choix[0].raison,
            Raison::Frontiere(Departage::Niveau)
        );
        // (1.0, 0.5) is on the border of zones 1 and 2, same level and area: the smaller code ("A") wins.
        for _ in 0..10 {
            let answer = zones.find(&point(1.0, 0.5), None).expect("zones found");
            assert_eq!(answer.zones[0].zone.id, 2);
            assert_eq!(
                answer.explication.choix[0].raison,
                Raison::Frontiere(Departage::Code)
            );
        }
    }

    #[test]
    fn larger_zone_wins_a_border_at_equal_level() {
        let zones = ZonesPubliees::new(vec![
            published(
                1,
                "A",
                TypeZone::Sou,
                NiveauGravite::Alerte,
                rectangle(0.0, 0.0, 1.0, 1.0),
            ),
            published(
                2,
                "B",
                TypeZone::Sou,
                NiveauGravite::Alerte,
                rectangle(1.0, 0.0, 3.0, 1.0),
            ),
        ]);
        let answer = zones.find(&point(1.0, 0.5), None).expect("zones found");
        assert_eq!(answer.zones[0].zone.id, 2);
        assert_eq!(
            answer.explication.choix[0].raison,
            Raison::Frontiere(Departage::Surface)
        );
    }

    #[test]
    fn strict_overlap_of_one_type_is_a_data_error() {
        let zones = ZonesPubliees::new(vec![
            published(
                1,
                "A",
                TypeZone::Sup,
                NiveauGravite::Alerte,
                rectangle(0.0, 0.0, 2.0, 2.0),
            ),
            published(
                2,
                "B",
                TypeZone::Sup,
                NiveauGravite::Crise,
                rectangle(1.0, 1.0, 3.0, 3.0),
            ),
        ]);
        let error = zones.find(&point(1.5, 1.5), None).unwrap_err();
        assert_eq!(error.status(), 500);
    }

    #[test]
    fn influenced_zones_never_make_an_ambiguity() {
        let mut influenced = published(
            2,
            "I",
            TypeZone::Sup,
            NiveauGravite::Crise,
            rectangle(0.0, 0.0, 2.0, 2.0),
        );
        influenced.zone.ressource_influencee = true;
        let zones = ZonesPubliees::new(vec![
            published(
                1,
                "A",
                TypeZone::Sup,
                NiveauGravite::Alerte,
                rectangle(0.0, 0.0, 2.0, 2.0),
            ),
            influenced,
        ]);
        let answer = zones.find(&point(1.0, 1.0), None).expect("zones found");
        assert_eq!(
            answer
                .zones
                .iter()
                .map(|zone| zone.zone.id)
                .collect::<Vec<_>>(),
            [1, 2]
        );
    }

    #[test]
    fn commune_with_two_zones_of_one_type_needs_an_address() {
        let zones = sample();
        let requete = RequeteZones {
            lieu: Lieu::Commune(CodeInsee::parse("34172").expect("valid code")),
            commune: None,
            profil: None,
            type_zone: None,
        };
        let error = zones.find(&requete, None).unwrap_err();
        assert_eq!(error.status(), 409);
        let only_sou = RequeteZones {
            type_zone: Some(TypeZone::Sou),
            ..requete
        };
        assert_eq!(
            zones.find(&only_sou, None).expect("one SOU zone").zones[0]
                .zone
                .id,
            3
        );
    }

    #[test]
    fn nothing_found_is_a_404_and_filters_apply() {
        let zones = sample();
        assert_eq!(
            zones.find(&point(5.0, 5.0), None).unwrap_err().status(),
            404
        );
        let farmer = RequeteZones {
            profil: Some(Profil::Exploitation),
            type_zone: Some(TypeZone::Sup),
            ..point(0.5, 0.5)
        };
        let answer = zones.find(&farmer, Some("am.pdf")).expect("zones found");
        assert_eq!(answer.zones.len(), 1);
        assert!(
            answer.zones[0].usages.is_empty(),
            "the usage concerns private persons only"
        );
        assert_eq!(answer.types_sans_zone, [TypeZone::Sou, TypeZone::Aep]);
    }
}
