//! Arrêtés cadres and arrêtés de restriction: statuses by Paris civil date, repeal chains and the checks run
//! before an arrêté de restriction is published (spec §3.3–3.4).
//!
//! Dates are civil dates in Europe/Paris with inclusive bounds; an open end (`None`) never expires.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Days, NaiveDate, TimeZone};
use chrono_tz::Europe::Paris;
use thiserror::Error;

use crate::domain::nomenclature::{RessourceEap, StatutArrete};
use crate::domain::restriction::{CibleRestriction, Restriction, Usage};
use crate::domain::zone_alerte::{CleZone, CodeDepartement, CodeInsee};

/// The civil date in Paris at an instant: the day that decides which arrêtés are in force, across DST changes.
pub fn paris_date<Tz: TimeZone>(instant: &DateTime<Tz>) -> NaiveDate {
    instant.with_timezone(&Paris).date_naive()
}

/// The status of a published arrêté on a day: `a_venir` before its start, `abroge` after its end, `publie`
/// otherwise; a draft stays a draft (spec §3.4).
pub fn derive_statut(
    statut: StatutArrete,
    date_debut: Option<NaiveDate>,
    date_fin: Option<NaiveDate>,
    jour: NaiveDate,
) -> StatutArrete {
    if statut == StatutArrete::AValider {
        return statut;
    }
    match (date_debut, date_fin) {
        (Some(debut), _) if debut > jour => StatutArrete::AVenir,
        (_, Some(fin)) if fin < jour => StatutArrete::Abroge,
        (Some(_), _) => StatutArrete::Publie,
        // A published arrêté without a start date cannot pass the publication checks; keep what was stored
        // rather than invent a date.
        (None, _) => statut,
    }
}

/// Whether a published arrêté is in force on a day: start ≤ day and (end ≥ day or open). This is the spec's
/// "publie/abroge, start ≤ D, end ≥ D or null" with the status recomputed for D.
pub fn is_in_force(
    statut: StatutArrete,
    date_debut: Option<NaiveDate>,
    date_fin: Option<NaiveDate>,
    jour: NaiveDate,
) -> bool {
    statut != StatutArrete::AValider
        && date_debut.is_some_and(|debut| debut <= jour)
        && date_fin.is_none_or(|fin| fin >= jour)
}

/// A zone of an arrêté cadre, optionally extended by whole communes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZoneCadre {
    /// The zone.
    pub zone: CleZone,
    /// Communes added to the zone's perimeter by the arrêté cadre.
    pub communes_ajoutees: Vec<CodeInsee>,
}

/// An arrêté cadre: zones, triggers and measures per level for one or several departments.
#[derive(Debug, Clone, PartialEq)]
pub struct ArreteCadre {
    /// Identifier.
    pub id: i64,
    /// Number (≤ 50 characters).
    pub numero: String,
    /// First day in force.
    pub date_debut: Option<NaiveDate>,
    /// Last day in force (`None` = open).
    pub date_fin: Option<NaiveDate>,
    /// Stored status.
    pub statut: StatutArrete,
    /// Path or URL of the signed PDF.
    pub fichier: Option<String>,
    /// The pilot department of an interdepartmental arrêté.
    pub departement_pilote: CodeDepartement,
    /// Every department covered.
    pub departements: Vec<CodeDepartement>,
    /// Its zones d'alerte.
    pub zones: Vec<ZoneCadre>,
    /// Its usages with their four texts.
    pub usages: Vec<Usage>,
    /// The arrêté cadre it repeals.
    pub arrete_cadre_abroge: Option<i64>,
}

impl ArreteCadre {
    /// The status on a day.
    pub fn statut_au(&self, jour: NaiveDate) -> StatutArrete {
        derive_statut(self.statut, self.date_debut, self.date_fin, jour)
    }

    /// Whether it holds a disabled zone version, which freezes it ("gelé").
    pub fn is_gele(&self, zones_desactivees: &BTreeSet<CleZone>) -> bool {
        self.zones
            .iter()
            .any(|zone| zones_desactivees.contains(&zone.zone))
    }
}

/// The end of an arrêté de restriction and where it comes from (`dateFinSaisie`, `dateFinCalculee`,
/// `dateFinSaisieConnue`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FinArrete {
    /// The end entered by the agent (`None` = open).
    pub saisie: Option<NaiveDate>,
    /// The end computed from the repeal chain, when earlier than the entered one.
    pub calculee: Option<NaiveDate>,
    /// False for legacy arrêtés whose real end is unknown.
    pub saisie_connue: bool,
}

impl FinArrete {
    /// An end entered by the agent, with nothing computed.
    pub fn saisie(saisie: Option<NaiveDate>) -> Self {
        Self {
            saisie,
            calculee: None,
            saisie_connue: true,
        }
    }

    /// The effective end: the computed one when present, else the entered one.
    pub fn effective(&self) -> Option<NaiveDate> {
        self.calculee.or(self.saisie)
    }
}

/// An arrêté de restriction: it puts zones (or AEP groups) at a level for a period.
#[derive(Debug, Clone, PartialEq)]
pub struct ArreteRestriction {
    /// Identifier.
    pub id: i64,
    /// Number (≤ 50 characters).
    pub numero: String,
    /// Signature date.
    pub date_signature: Option<NaiveDate>,
    /// First day in force.
    pub date_debut: Option<NaiveDate>,
    /// End and its provenance.
    pub fin: FinArrete,
    /// Stored status.
    pub statut: StatutArrete,
    /// Path or URL of the signed PDF (mandatory for publication, immutable).
    pub fichier: Option<String>,
    /// True when AEP levels are set explicitly rather than derived from the natural zones.
    pub niveau_gravite_specifique_eap: bool,
    /// Which natural zones are copied as AEP when levels are not specific.
    pub ressource_eap_communique: Option<RessourceEap>,
    /// Its department.
    pub departement: CodeDepartement,
    /// The arrêtés cadres it applies.
    pub arretes_cadre: Vec<i64>,
    /// The arrêté de restriction it repeals.
    pub arrete_restriction_abroge: Option<i64>,
    /// Its restrictions, unique per zone.
    pub restrictions: Vec<Restriction>,
}

impl ArreteRestriction {
    /// The status on a day.
    pub fn statut_au(&self, jour: NaiveDate) -> StatutArrete {
        derive_statut(self.statut, self.date_debut, self.fin.effective(), jour)
    }

    /// Whether it is in force on a day.
    pub fn is_in_force(&self, jour: NaiveDate) -> bool {
        is_in_force(self.statut, self.date_debut, self.fin.effective(), jour)
    }

    /// The zones and communes it restricts, to detect overlapping arrêtés.
    fn cibles(&self) -> (BTreeSet<&CleZone>, BTreeSet<&CodeInsee>) {
        let mut zones = BTreeSet::new();
        let mut communes = BTreeSet::new();
        for restriction in &self.restrictions {
            match &restriction.cible {
                CibleRestriction::Zone { zone, .. } => {
                    zones.insert(zone);
                }
                CibleRestriction::GroupementAep {
                    communes: group, ..
                } => communes.extend(group.iter()),
            }
        }
        (zones, communes)
    }
}

/// Whether the running job is a person's change or the scheduled recomputation; legacy unknown ends behave
/// differently in each (spec §3.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModeCalcul {
    /// An agent's change: moving an unknown legacy end is refused.
    Interactif,
    /// The scheduled run: an unknown legacy end is kept as is.
    Planifie,
}

/// A broken repeal chain.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ChaineAbrogationError {
    /// The repealed arrêté is not among those given.
    #[error("l'arrêté {successeur} abroge l'arrêté {predecesseur}, introuvable")]
    PredecesseurInconnu {
        /// The repealing arrêté.
        successeur: i64,
        /// The missing repealed arrêté.
        predecesseur: i64,
    },
    /// Following the chain comes back to an arrêté already seen.
    #[error("la chaîne d'abrogation de l'arrêté {0} forme un cycle")]
    Cycle(i64),
    /// A draft cannot be repealed.
    #[error("l'arrêté {successeur} abroge l'arrêté {predecesseur}, qui est un brouillon")]
    PredecesseurBrouillon {
        /// The repealing arrêté.
        successeur: i64,
        /// The repealed draft.
        predecesseur: i64,
    },
    /// The repealed arrêté must start strictly earlier.
    #[error("l'arrêté {successeur} doit commencer après l'arrêté {predecesseur} qu'il abroge")]
    PredecesseurPosterieur {
        /// The repealing arrêté.
        successeur: i64,
        /// The repealed arrêté.
        predecesseur: i64,
    },
    /// Both must be in one department.
    #[error("l'arrêté {successeur} abroge l'arrêté {predecesseur} d'un autre département")]
    AutreDepartement {
        /// The repealing arrêté.
        successeur: i64,
        /// The repealed arrêté.
        predecesseur: i64,
    },
    /// The legacy end of the repealed arrêté is unknown and an agent's change would move it.
    #[error(
        "la date de fin de l'arrêté {0} est inconnue (arrêté ancien) : elle ne peut pas être déplacée"
    )]
    FinInconnue(i64),
}

/// Validates the repeal chains and sets the computed ends.
///
/// A repealed arrêté ends the day before its earliest successor starts, when that is earlier than its entered end (spec §3.4). Drafts repeal nothing yet.
pub fn compute_repeal_ends(
    arretes: &mut [ArreteRestriction],
    mode: ModeCalcul,
) -> Result<(), ChaineAbrogationError> {
    let position: BTreeMap<i64, usize> = arretes
        .iter()
        .enumerate()
        .map(|(index, ar)| (ar.id, index))
        .collect();
    // Earliest start of a published successor, per repealed arrêté.
    let mut earliest_successor: BTreeMap<i64, NaiveDate> = BTreeMap::new();
    for arrete in arretes.iter() {
        let Some(predecesseur) = arrete.arrete_restriction_abroge else {
            continue;
        };
        let successeur = arrete.id;
        let &index =
            position
                .get(&predecesseur)
                .ok_or(ChaineAbrogationError::PredecesseurInconnu {
                    successeur,
                    predecesseur,
                })?;
        let previous = &arretes[index];
        detect_cycle(arretes, &position, arrete.id)?;
        if previous.statut == StatutArrete::AValider {
            return Err(ChaineAbrogationError::PredecesseurBrouillon {
                successeur,
                predecesseur,
            });
        }
        if previous.departement != arrete.departement {
            return Err(ChaineAbrogationError::AutreDepartement {
                successeur,
                predecesseur,
            });
        }
        let starts_earlier = match (previous.date_debut, arrete.date_debut) {
            (Some(before), Some(after)) => before < after,
            _ => false,
        };
        if !starts_earlier {
            return Err(ChaineAbrogationError::PredecesseurPosterieur {
                successeur,
                predecesseur,
            });
        }
        if arrete.statut != StatutArrete::AValider
            && let Some(debut) = arrete.date_debut
        {
            earliest_successor
                .entry(predecesseur)
                .and_modify(|earliest| *earliest = (*earliest).min(debut))
                .or_insert(debut);
        }
    }
    for arrete in arretes.iter_mut() {
        let computed = earliest_successor
            .get(&arrete.id)
            .and_then(|debut| debut.checked_sub_days(Days::new(1)))
            .filter(|veille| arrete.fin.saisie.is_none_or(|saisie| *veille < saisie));
        if !arrete.fin.saisie_connue {
            if computed.is_some() && computed != arrete.fin.calculee {
                match mode {
                    ModeCalcul::Interactif => {
                        return Err(ChaineAbrogationError::FinInconnue(arrete.id));
                    }
                    ModeCalcul::Planifie => continue,
                }
            }
            continue;
        }
        arrete.fin.calculee = computed;
    }
    Ok(())
}

fn detect_cycle(
    arretes: &[ArreteRestriction],
    position: &BTreeMap<i64, usize>,
    start: i64,
) -> Result<(), ChaineAbrogationError> {
    let mut seen = BTreeSet::from([start]);
    let mut current = start;
    while let Some(next) = position
        .get(&current)
        .and_then(|&index| arretes[index].arrete_restriction_abroge)
    {
        if !seen.insert(next) {
            return Err(ChaineAbrogationError::Cycle(start));
        }
        current = next;
    }
    Ok(())
}

/// A reason why an arrêté de restriction cannot be published (spec §3.4, one variant per check).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ErreurPublication {
    /// Check 1: the start is missing or the end is before the start.
    #[error(
        "les dates de l'arrêté sont invalides : la date de début est obligatoire et la fin ne peut précéder le début"
    )]
    DatesInvalides,
    /// Check 2: a linked arrêté cadre is a draft, repealed or frozen.
    #[error("l'arrêté cadre {numero} est {etat} : il ne peut pas porter une publication")]
    ArreteCadreInutilisable {
        /// The arrêté cadre's number.
        numero: String,
        /// "un brouillon", "abrogé" or "gelé".
        etat: &'static str,
    },
    /// A linked arrêté cadre is not among those given.
    #[error("l'arrêté cadre {0} est introuvable")]
    ArreteCadreInconnu(i64),
    /// Check 3: the dates fall outside those of a linked arrêté cadre.
    #[error("les dates de l'arrêté sortent de la période de l'arrêté cadre {numero}")]
    HorsPeriodeCadre {
        /// The arrêté cadre's number.
        numero: String,
    },
    /// Check 3: the arrêté must start after the one it repeals.
    #[error("l'arrêté doit commencer après l'arrêté {0} qu'il abroge")]
    DebutAvantAbroge(String),
    /// Check 4: nothing is restricted.
    #[error("l'arrêté ne comporte aucune restriction")]
    SansRestriction,
    /// Check 5: another arrêté in force or to come covers the same zones or communes on overlapping dates.
    #[error(
        "l'arrêté {0} porte déjà sur les mêmes zones ou communes à des dates qui se chevauchent"
    )]
    Chevauchement(String),
    /// Check 6: the signed PDF is missing.
    #[error("le PDF signé de l'arrêté est obligatoire")]
    PdfManquant,
}

/// Runs the publication checks of an arrêté de restriction (spec §3.4).
///
/// It is checked against the arrêtés cadres it applies, the other arrêtés de restriction and the disabled
/// zones; every failure is returned, not only the first.
///
/// The overlap check compares exact date intervals. VigiEau compares with the envelope [min start, max end] of
/// the other arrêtés, which refuses an arrêté fitting in a gap (spec §8.8); that difference is deliberate.
pub fn check_publication(
    arrete: &ArreteRestriction,
    cadres: &[ArreteCadre],
    autres: &[ArreteRestriction],
    zones_desactivees: &BTreeSet<CleZone>,
    jour: NaiveDate,
) -> Result<(), Vec<ErreurPublication>> {
    let mut errors = Vec::new();
    let debut = arrete.date_debut;
    let fin = arrete.fin.effective();
    if debut.is_none() || matches!((debut, fin), (Some(debut), Some(fin)) if fin < debut) {
        errors.push(ErreurPublication::DatesInvalides);
    }
    for &cadre_id in &arrete.arretes_cadre {
        let Some(cadre) = cadres.iter().find(|cadre| cadre.id == cadre_id) else {
            errors.push(ErreurPublication::ArreteCadreInconnu(cadre_id));
            continue;
        };
        let statut = cadre.statut_au(jour);
        let etat = match statut {
            StatutArrete::AValider => Some("un brouillon"),
            StatutArrete::Abroge => Some("abrogé"),
            _ if cadre.is_gele(zones_desactivees) => Some("gelé"),
            _ => None,
        };
        if let Some(etat) = etat {
            errors.push(ErreurPublication::ArreteCadreInutilisable {
                numero: cadre.numero.clone(),
                etat,
            });
            continue;
        }
        // Date checks apply only when the arrêté cadre is to come or in force (spec §8.8).
        if matches!(statut, StatutArrete::AVenir | StatutArrete::Publie)
            && !fits_in_cadre(debut, fin, cadre)
        {
            errors.push(ErreurPublication::HorsPeriodeCadre {
                numero: cadre.numero.clone(),
            });
        }
    }
    if let Some(abroge_id) = arrete.arrete_restriction_abroge
        && let Some(abroge) = autres.iter().find(|other| other.id == abroge_id)
        && !matches!((abroge.date_debut, debut), (Some(before), Some(after)) if before < after)
    {
        errors.push(ErreurPublication::DebutAvantAbroge(abroge.numero.clone()));
    }
    if arrete.restrictions.is_empty() {
        errors.push(ErreurPublication::SansRestriction);
    }
    let (zones, communes) = arrete.cibles();
    for other in autres {
        if other.id == arrete.id || Some(other.id) == arrete.arrete_restriction_abroge {
            continue;
        }
        if !matches!(
            other.statut_au(jour),
            StatutArrete::AVenir | StatutArrete::Publie
        ) {
            continue;
        }
        let (other_zones, other_communes) = other.cibles();
        let shares_target =
            !zones.is_disjoint(&other_zones) || !communes.is_disjoint(&other_communes);
        if shares_target && intervals_overlap(debut, fin, other.date_debut, other.fin.effective()) {
            errors.push(ErreurPublication::Chevauchement(other.numero.clone()));
        }
    }
    if arrete.fichier.as_deref().is_none_or(str::is_empty) {
        errors.push(ErreurPublication::PdfManquant);
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

fn fits_in_cadre(debut: Option<NaiveDate>, fin: Option<NaiveDate>, cadre: &ArreteCadre) -> bool {
    let Some(debut) = debut else { return false };
    let starts_inside = cadre
        .date_debut
        .is_none_or(|cadre_debut| debut >= cadre_debut)
        && cadre.date_fin.is_none_or(|cadre_fin| debut <= cadre_fin);
    // An open arrêté under a dated arrêté cadre would outlive it.
    let ends_inside = match (fin, cadre.date_fin) {
        (_, None) => true,
        (Some(fin), Some(cadre_fin)) => fin <= cadre_fin,
        (None, Some(_)) => false,
    };
    starts_inside && ends_inside
}

/// Whether two inclusive date intervals overlap; `None` as a start means "unknown" and never overlaps, `None` as
/// an end means open.
fn intervals_overlap(
    debut_a: Option<NaiveDate>,
    fin_a: Option<NaiveDate>,
    debut_b: Option<NaiveDate>,
    fin_b: Option<NaiveDate>,
) -> bool {
    let (Some(debut_a), Some(debut_b)) = (debut_a, debut_b) else {
        return false;
    };
    fin_b.is_none_or(|fin_b| debut_a <= fin_b) && fin_a.is_none_or(|fin_a| debut_b <= fin_a)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::nomenclature::{NiveauGravite, TypeZone};
    use chrono::Utc;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("test date")
    }

    fn departement() -> CodeDepartement {
        CodeDepartement::parse("34").expect("valid department")
    }

    fn zone(code: &str) -> CleZone {
        CleZone {
            type_zone: TypeZone::Sup,
            code: code.to_owned(),
        }
    }

    fn arrete(id: i64, debut: &str, fin: Option<&str>) -> ArreteRestriction {
        ArreteRestriction {
            id,
            numero: format!("AR-{id}"),
            date_signature: None,
            date_debut: Some(date(debut)),
            fin: FinArrete::saisie(fin.map(date)),
            statut: StatutArrete::Publie,
            fichier: Some(format!("ar-{id}.pdf")),
            niveau_gravite_specifique_eap: true,
            ressource_eap_communique: None,
            departement: departement(),
            arretes_cadre: vec![1],
            arrete_restriction_abroge: None,
            restrictions: vec![Restriction {
                cible: CibleRestriction::Zone {
                    zone: zone("Z1"),
                    arrete_cadre_id: 1,
                },
                niveau: NiveauGravite::Alerte,
                usages: Vec::new(),
            }],
        }
    }

    fn cadre(debut: &str, fin: Option<&str>) -> ArreteCadre {
        ArreteCadre {
            id: 1,
            numero: "AC-1".to_owned(),
            date_debut: Some(date(debut)),
            date_fin: fin.map(date),
            statut: StatutArrete::Publie,
            fichier: None,
            departement_pilote: departement(),
            departements: vec![departement()],
            zones: vec![ZoneCadre {
                zone: zone("Z1"),
                communes_ajoutees: Vec::new(),
            }],
            usages: Vec::new(),
            arrete_cadre_abroge: None,
        }
    }

    #[test]
    fn paris_date_changes_at_paris_midnight_not_utc_midnight() {
        // 22:30 UTC on 1 July 2026 is 00:30 on 2 July in Paris (summer time, UTC+2).
        let summer = Utc
            .with_ymd_and_hms(2026, 7, 1, 22, 30, 0)
            .single()
            .expect("valid instant");
        assert_eq!(paris_date(&summer), date("2026-07-02"));
        // 22:30 UTC on 1 January is 23:30 in Paris (winter time, UTC+1): still the same day.
        let winter = Utc
            .with_ymd_and_hms(2026, 1, 1, 22, 30, 0)
            .single()
            .expect("valid instant");
        assert_eq!(paris_date(&winter), date("2026-01-01"));
    }

    #[test]
    fn statuses_follow_the_dates_with_inclusive_bounds() {
        let ar = arrete(1, "2026-06-05", Some("2026-10-31"));
        assert_eq!(ar.statut_au(date("2026-06-04")), StatutArrete::AVenir);
        assert_eq!(ar.statut_au(date("2026-06-05")), StatutArrete::Publie);
        assert_eq!(ar.statut_au(date("2026-10-31")), StatutArrete::Publie);
        assert_eq!(ar.statut_au(date("2026-11-01")), StatutArrete::Abroge);
        assert!(ar.is_in_force(date("2026-10-31")));
        assert!(!ar.is_in_force(date("2026-11-01")));
    }

    #[test]
    fn draft_is_never_in_force() {
        let mut ar = arrete(1, "2026-06-05", None);
        ar.statut = StatutArrete::AValider;
        assert_eq!(ar.statut_au(date("2026-07-01")), StatutArrete::AValider);
        assert!(!ar.is_in_force(date("2026-07-01")));
    }

    #[test]
    fn open_end_never_expires() {
        let ar = arrete(1, "2026-06-05", None);
        assert!(ar.is_in_force(date("2099-12-31")));
    }

    #[test]
    fn repealed_arrete_ends_the_day_before_its_successor() {
        let mut arretes = [
            arrete(1, "2026-06-01", Some("2026-09-30")),
            arrete(2, "2026-07-15", None),
        ];
        arretes[1].arrete_restriction_abroge = Some(1);
        compute_repeal_ends(&mut arretes, ModeCalcul::Interactif).expect("valid chain");
        assert_eq!(arretes[0].fin.effective(), Some(date("2026-07-14")));
        assert_eq!(
            arretes[0].fin.saisie,
            Some(date("2026-09-30")),
            "the entered end is kept"
        );
        assert!(!arretes[0].is_in_force(date("2026-07-15")));
    }

    #[test]
    fn successor_starting_after_the_entered_end_computes_nothing() {
        let mut arretes = [
            arrete(1, "2026-06-01", Some("2026-06-30")),
            arrete(2, "2026-07-15", None),
        ];
        arretes[1].arrete_restriction_abroge = Some(1);
        compute_repeal_ends(&mut arretes, ModeCalcul::Planifie).expect("valid chain");
        assert_eq!(arretes[0].fin.calculee, None);
    }

    #[test]
    fn repeal_chain_errors_are_detected() {
        let mut cycle = [arrete(1, "2026-06-01", None), arrete(2, "2026-07-01", None)];
        cycle[0].arrete_restriction_abroge = Some(2);
        cycle[1].arrete_restriction_abroge = Some(1);
        assert!(compute_repeal_ends(&mut cycle, ModeCalcul::Planifie).is_err());

        let mut later = [arrete(1, "2026-08-01", None), arrete(2, "2026-07-01", None)];
        later[1].arrete_restriction_abroge = Some(1);
        assert_eq!(
            compute_repeal_ends(&mut later, ModeCalcul::Planifie),
            Err(ChaineAbrogationError::PredecesseurPosterieur {
                successeur: 2,
                predecesseur: 1
            })
        );

        let mut other_department = [arrete(1, "2026-06-01", None), arrete(2, "2026-07-01", None)];
        other_department[1].arrete_restriction_abroge = Some(1);
        other_department[1].departement = CodeDepartement::parse("83").expect("valid department");
        assert!(matches!(
            compute_repeal_ends(&mut other_department, ModeCalcul::Planifie),
            Err(ChaineAbrogationError::AutreDepartement { .. })
        ));

        let mut draft = [arrete(1, "2026-06-01", None), arrete(2, "2026-07-01", None)];
        draft[0].statut = StatutArrete::AValider;
        draft[1].arrete_restriction_abroge = Some(1);
        assert!(matches!(
            compute_repeal_ends(&mut draft, ModeCalcul::Planifie),
            Err(ChaineAbrogationError::PredecesseurBrouillon { .. })
        ));
    }

    #[test]
    fn unknown_legacy_end_is_refused_interactively_and_kept_by_scheduled_runs() {
        let mut arretes = [
            arrete(1, "2020-06-01", Some("2020-12-31")),
            arrete(2, "2020-07-15", None),
        ];
        arretes[0].fin.saisie_connue = false;
        arretes[1].arrete_restriction_abroge = Some(1);
        let mut scheduled = arretes.clone();
        assert_eq!(
            compute_repeal_ends(&mut arretes, ModeCalcul::Interactif),
            Err(ChaineAbrogationError::FinInconnue(1))
        );
        compute_repeal_ends(&mut scheduled, ModeCalcul::Planifie).expect("kept");
        assert_eq!(scheduled[0].fin.effective(), Some(date("2020-12-31")));
    }

    #[test]
    fn publication_accepts_a_consistent_arrete() {
        let ar = arrete(2, "2026-07-01", Some("2026-09-30"));
        let cadres = [cadre("2026-04-01", Some("2026-12-31"))];
        assert_eq!(
            check_publication(&ar, &cadres, &[], &BTreeSet::new(), date("2026-06-20")),
            Ok(())
        );
    }

    #[test]
    fn publication_refuses_each_broken_rule() {
        let cadres = [cadre("2026-04-01", Some("2026-08-31"))];
        let mut ar = arrete(2, "2026-07-01", Some("2026-09-30"));
        ar.fichier = None;
        ar.restrictions.clear();
        let errors =
            check_publication(&ar, &cadres, &[], &BTreeSet::new(), date("2026-06-20")).unwrap_err();
        assert!(errors.contains(&ErreurPublication::HorsPeriodeCadre {
            numero: "AC-1".to_owned()
        }));
        assert!(errors.contains(&ErreurPublication::SansRestriction));
        assert!(errors.contains(&ErreurPublication::PdfManquant));

        let reversed = arrete(3, "2026-07-01", Some("2026-06-30"));
        let errors = check_publication(
            &reversed,
            &cadres,
            &[],
            &BTreeSet::new(),
            date("2026-06-20"),
        )
        .unwrap_err();
        assert!(errors.contains(&ErreurPublication::DatesInvalides));

        let frozen = BTreeSet::from([zone("Z1")]);
        let errors = check_publication(
            &arrete(4, "2026-07-01", Some("2026-08-01")),
            &cadres,
            &[],
            &frozen,
            date("2026-06-20"),
        )
        .unwrap_err();
        assert!(matches!(
            errors[0],
            ErreurPublication::ArreteCadreInutilisable { etat: "gelé", .. }
        ));
    }

    #[test]
    fn overlap_is_exact_so_an_arrete_fitting_a_gap_passes() {
        let cadres = [cadre("2026-01-01", None)];
        let before = arrete(10, "2026-05-01", Some("2026-05-31"));
        let after = arrete(11, "2026-08-01", Some("2026-08-31"));
        let gap = arrete(12, "2026-06-01", Some("2026-07-31"));
        let today = date("2026-05-15");
        assert_eq!(
            check_publication(
                &gap,
                &cadres,
                &[before.clone(), after.clone()],
                &BTreeSet::new(),
                today
            ),
            Ok(())
        );
        let overlapping = arrete(13, "2026-05-31", Some("2026-06-15"));
        assert_eq!(
            check_publication(
                &overlapping,
                &cadres,
                &[before, after],
                &BTreeSet::new(),
                today
            ),
            Err(vec![ErreurPublication::Chevauchement("AR-10".to_owned())])
        );
    }

    #[test]
    fn repealed_arrete_does_not_count_as_an_overlap() {
        let cadres = [cadre("2026-01-01", None)];
        let old = arrete(10, "2026-05-01", None);
        let mut new = arrete(11, "2026-06-01", None);
        new.arrete_restriction_abroge = Some(10);
        assert_eq!(
            check_publication(&new, &cadres, &[old], &BTreeSet::new(), date("2026-05-15")),
            Ok(())
        );
    }
}
