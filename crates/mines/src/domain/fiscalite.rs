//! Mining taxes of gold production in Guyane and the DGFiP matrices lines (spec §3.11, Camino's `fiscalite.ts`
//! and `matrices.ts`).
//!
//! Code minier / Code général des impôts: redevance communale and départementale des mines (CGI art. 1519 and
//! 1587) and taxe minière sur l'or de Guyane (CGI art. 1599 quinquies B) with the deduction of environmental
//! investments (CGI annexe II art. 318 C), capped at 5,000 € and 45 % of the gross tax.

use std::collections::BTreeMap;

use thiserror::Error;

use super::decimal::Decimal;
use super::etape::{CommuneId, EntrepriseId, TitreId};

/// Tariffs per kilogram of gold for a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TarifsOr {
    /// Redevance communale des mines (€/kg).
    pub redevance_communale: Decimal,
    /// Redevance départementale des mines (€/kg).
    pub redevance_departementale: Decimal,
    /// Taxe minière sur l'or de Guyane for PME (€/kg).
    pub taxe_pme: Decimal,
    /// Taxe minière sur l'or de Guyane for other companies (€/kg).
    pub taxe_autres: Decimal,
}

const fn d(mantissa: i128, scale: u32) -> Decimal {
    Decimal::new(mantissa, scale)
}

/// `auru` tariffs 2017–2023 (arrêtés annuels, CGI art. 1519 and 1599 quinquies B).
const TARIFS_AURU: [(i32, TarifsOr); 7] = [
    (
        2017,
        TarifsOr {
            redevance_communale: d(1412, 1),
            redevance_departementale: d(282, 1),
            taxe_pme: d(36295, 2),
            taxe_autres: d(7259, 1),
        },
    ),
    (
        2018,
        TarifsOr {
            redevance_communale: d(1453, 1),
            redevance_departementale: d(29, 0),
            taxe_pme: d(3583, 1),
            taxe_autres: d(7166, 1),
        },
    ),
    (
        2019,
        TarifsOr {
            redevance_communale: d(1497, 1),
            redevance_departementale: d(299, 1),
            taxe_pme: d(34523, 2),
            taxe_autres: d(69047, 2),
        },
    ),
    (
        2020,
        TarifsOr {
            redevance_communale: d(1536, 1),
            redevance_departementale: d(307, 1),
            taxe_pme: d(40035, 2),
            taxe_autres: d(80071, 2),
        },
    ),
    (
        2021,
        TarifsOr {
            redevance_communale: d(1663, 1),
            redevance_departementale: d(332, 1),
            taxe_pme: d(49806, 2),
            taxe_autres: d(99613, 2),
        },
    ),
    (
        2022,
        TarifsOr {
            redevance_communale: d(1754, 1),
            redevance_departementale: d(350, 1),
            taxe_pme: d(48897, 2),
            taxe_autres: d(97795, 2),
        },
    ),
    (
        2023,
        TarifsOr {
            redevance_communale: d(1835, 1),
            redevance_departementale: d(366, 1),
            taxe_pme: d(54988, 2),
            taxe_autres: d(109977, 2),
        },
    ),
];

/// Cap of the deduction of environmental investments (CGI annexe II art. 318 C).
const PLAFOND_DEDUCTION: Decimal = Decimal::new(5000, 0);
/// Share of the gross tax that can be deducted.
const PART_DEDUCTIBLE: Decimal = Decimal::new(45, 2);
/// Management fees of the local direct taxation.
const TAUX_FRAIS_GESTION: Decimal = Decimal::new(8, 2);

/// A tax computation that cannot be done.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum FiscaliteError {
    /// No tariff before 2017.
    #[error("aucun tarif de redevance n'est connu pour l'année {0} (premier tarif : 2017)")]
    AnneeSansTarif(i32),
    /// The taxed company cannot be determined.
    #[error(
        "le titre {0} doit avoir un seul amodiataire ou un seul titulaire pour déterminer l'entreprise imposée"
    )]
    EntrepriseIndeterminee(TitreId),
    /// The taxed company is unknown.
    #[error("l'entreprise {entreprise} du titre {titre} est inconnue")]
    EntrepriseInconnue {
        /// Titre.
        titre: TitreId,
        /// Company.
        entreprise: EntrepriseId,
    },
    /// The titre has no commune surface.
    #[error("le titre {0} n'a aucune surface communale")]
    SansSurfaceCommunale(TitreId),
}

/// Tariffs of a year; years after 2023 use 2023.
pub fn tarifs_auru(annee: i32) -> Result<TarifsOr, FiscaliteError> {
    TARIFS_AURU
        .iter()
        .rev()
        .find(|(a, _)| *a <= annee)
        .map(|(_, t)| *t)
        .ok_or(FiscaliteError::AnneeSansTarif(annee))
}

/// Size category of a company (INSEE).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CategorieEntreprise {
    /// Petite ou moyenne entreprise.
    Pme,
    /// Entreprise de taille intermédiaire.
    Eti,
    /// Grande entreprise.
    Ge,
    /// Unknown.
    Inconnue,
}

/// A titre as the tax computation needs it.
#[derive(Debug, Clone)]
pub struct TitreFiscal {
    /// Id.
    pub id: TitreId,
    /// Titulaires.
    pub titulaires: Vec<EntrepriseId>,
    /// Amodiataires.
    pub amodiataires: Vec<EntrepriseId>,
    /// Communes with the surface of the titre in each (m²).
    pub communes: Vec<(CommuneId, Decimal)>,
}

/// Inputs of the matrices of a year.
#[derive(Debug, Clone)]
pub struct EntreesFiscalite {
    /// Year of the matrices (its tariffs apply).
    pub annee: i32,
    /// Titres, in the order of the register.
    pub titres: Vec<TitreFiscal>,
    /// Gold produced per titre (kg), summed over the annual reports.
    pub production: BTreeMap<TitreId, Decimal>,
    /// Environmental investments per titre (€), summed over the quarterly reports.
    pub investissements: BTreeMap<TitreId, Decimal>,
    /// Category of each company.
    pub entreprises: BTreeMap<EntrepriseId, CategorieEntreprise>,
}

/// Service des impôts des particuliers (SIP) in charge of a commune.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sip {
    /// SIP de Cayenne.
    Cayenne,
    /// SIP de Kourou.
    Kourou,
    /// SIP de Saint-Laurent-du-Maroni.
    SaintLaurentDuMaroni,
}

impl Sip {
    /// The camelCase id used by the anchor.
    pub fn as_str(self) -> &'static str {
        match self {
            Sip::Cayenne => "cayenne",
            Sip::Kourou => "kourou",
            Sip::SaintLaurentDuMaroni => "saintLaurentDuMaroni",
        }
    }

    /// SIP of a Guyane commune (INSEE code).
    pub fn of_commune(commune: &CommuneId) -> Sip {
        match commune.as_str() {
            "97313" | "97314" | "97356" | "97302" | "97301" | "97309" | "97310" | "97308"
            | "97307" => Sip::Cayenne,
            "97304" | "97305" | "97303" | "97312" | "97358" => Sip::Kourou,
            _ => Sip::SaintLaurentDuMaroni,
        }
    }
}

/// One line of the matrices: a titre in a commune.
#[derive(Debug, Clone, PartialEq)]
pub struct LigneFiscale {
    /// Position from 1.
    pub index: usize,
    /// Titre.
    pub titre_id: TitreId,
    /// Commune of the line.
    pub commune: CommuneId,
    /// Commune where most of the titre lies (first on ties).
    pub commune_principale: CommuneId,
    /// Surface of the titre in the commune (m²).
    pub surface_communale: Decimal,
    /// Share of the titre's surface in the commune (20 decimals).
    pub surface_communale_proportionnee: Decimal,
    /// Gold attributed to the commune (kg, 3 decimals).
    pub quantite_or_extrait: Decimal,
    /// Redevance communale (€).
    pub redevance_communale: Decimal,
    /// Redevance départementale (€).
    pub redevance_departementale: Decimal,
    /// Gross gold tax (€).
    pub taxe_aurifere_brute: Decimal,
    /// Deducted investments (€).
    pub total_investissements_deduits: Decimal,
    /// Net gold tax (€).
    pub taxe_aurifere: Decimal,
    /// Management fees (€).
    pub frais_gestion: Decimal,
    /// SIP.
    pub sip: Sip,
}

fn entreprise_fiscale(titre: &TitreFiscal) -> Result<&EntrepriseId, FiscaliteError> {
    match (titre.amodiataires.as_slice(), titre.titulaires.as_slice()) {
        ([amodiataire], _) => Ok(amodiataire),
        (_, [titulaire]) => Ok(titulaire),
        _ => Err(FiscaliteError::EntrepriseIndeterminee(titre.id.clone())),
    }
}

/// Lines of the DGFiP matrices, titre by titre then commune by commune, for the titres with a production.
pub fn matrices_lines(entrees: &EntreesFiscalite) -> Result<Vec<LigneFiscale>, FiscaliteError> {
    let tarifs = tarifs_auru(entrees.annee)?;
    let mut lignes = Vec::new();
    for titre in &entrees.titres {
        let Some(production) = entrees
            .production
            .get(&titre.id)
            .copied()
            .filter(|p| p.is_positive())
        else {
            continue;
        };
        let entreprise = entreprise_fiscale(titre)?;
        let categorie = entrees
            .entreprises
            .get(entreprise)
            .copied()
            .ok_or_else(|| FiscaliteError::EntrepriseInconnue {
                titre: titre.id.clone(),
                entreprise: entreprise.clone(),
            })?;
        let tarif_taxe = if categorie == CategorieEntreprise::Pme {
            tarifs.taxe_pme
        } else {
            tarifs.taxe_autres
        };
        let total = titre
            .communes
            .iter()
            .fold(Decimal::ZERO, |acc, (_, s)| acc + *s);
        let mut principale: Option<&(CommuneId, Decimal)> = None;
        for commune in &titre.communes {
            if principale.is_none_or(|p| commune.1 > p.1) {
                principale = Some(commune);
            }
        }
        let Some((commune_principale, _)) = principale else {
            return Err(FiscaliteError::SansSurfaceCommunale(titre.id.clone()));
        };
        let investissements = entrees
            .investissements
            .get(&titre.id)
            .copied()
            .unwrap_or(Decimal::ZERO);
        let sans_surface = || FiscaliteError::SansSurfaceCommunale(titre.id.clone());
        for (commune, surface) in &titre.communes {
            // The anchor computes the proportion with decimal.js (20 significant digits) before multiplying;
            // rounding it first matters for the ties of the rounded quantities.
            let proportion = surface
                .div_significant(total, 20)
                .ok_or_else(sans_surface)?;
            let quantite = (production * proportion).round(3);
            let redevance_communale = (quantite * tarifs.redevance_communale).round(2);
            let redevance_departementale = (quantite * tarifs.redevance_departementale).round(2);
            let brute = (quantite * tarif_taxe).round(2);
            // The proportion is applied a second time to the deduction, as the DGFiP oracle requires (spec §8).
            let plafond = PLAFOND_DEDUCTION
                .min(investissements)
                .min(PART_DEDUCTIBLE * brute)
                .round(2);
            let deduction = (plafond * proportion).round(2);
            let taxe = brute - deduction;
            let frais_gestion = (TAUX_FRAIS_GESTION
                * (redevance_departementale + redevance_communale + taxe))
                .round(2);
            lignes.push(LigneFiscale {
                index: lignes.len() + 1,
                titre_id: titre.id.clone(),
                commune: commune.clone(),
                commune_principale: commune_principale.clone(),
                surface_communale: *surface,
                surface_communale_proportionnee: proportion,
                quantite_or_extrait: quantite,
                redevance_communale,
                redevance_departementale,
                taxe_aurifere_brute: brute,
                total_investissements_deduits: deduction,
                taxe_aurifere: taxe,
                frais_gestion,
                sip: Sip::of_commune(commune),
            });
        }
    }
    Ok(lignes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(s: &str) -> Decimal {
        s.parse().expect("décimal")
    }

    #[test]
    fn tariffs_exist_from_2017_and_later_years_use_2023() {
        assert!(tarifs_auru(2016).is_err());
        assert_eq!(
            tarifs_auru(2017).map(|t| t.redevance_communale),
            Ok(dec("141.2"))
        );
        assert_eq!(tarifs_auru(2030).map(|t| t.taxe_autres), Ok(dec("1099.77")));
    }

    /// Example of spec §5: 2023, q = 15.877 kg.
    #[test]
    fn reproduces_the_spec_example() {
        let titre = TitreId::from("t");
        let entreprise = EntrepriseId::from("e");
        let entrees = EntreesFiscalite {
            annee: 2023,
            titres: vec![TitreFiscal {
                id: titre.clone(),
                titulaires: vec![entreprise.clone()],
                amodiataires: vec![],
                communes: vec![(CommuneId::from("97311"), dec("998367"))],
            }],
            production: BTreeMap::from([(titre.clone(), dec("15.877"))]),
            investissements: BTreeMap::from([(titre, dec("10000"))]),
            entreprises: BTreeMap::from([(entreprise, CategorieEntreprise::Pme)]),
        };
        let lignes = matrices_lines(&entrees).expect("calcul");
        let ligne = &lignes[0];
        assert_eq!(ligne.redevance_communale.to_string(), "2913.43");
        assert_eq!(ligne.redevance_departementale.to_string(), "581.1");
        assert_eq!(ligne.taxe_aurifere_brute.to_string(), "8730.44");
        assert_eq!(ligne.total_investissements_deduits.to_string(), "3928.7");
        assert_eq!(ligne.taxe_aurifere.to_string(), "4801.74");
        assert_eq!(ligne.sip, Sip::SaintLaurentDuMaroni);
    }

    #[test]
    fn several_titulaires_without_amodiataire_is_an_error() {
        let titre = TitreFiscal {
            id: TitreId::from("t"),
            titulaires: vec![EntrepriseId::from("a"), EntrepriseId::from("b")],
            amodiataires: vec![],
            communes: vec![],
        };
        assert!(entreprise_fiscale(&titre).is_err());
        assert_eq!(Sip::of_commune(&CommuneId::from("97302")), Sip::Cayenne);
        assert_eq!(Sip::of_commune(&CommuneId::from("97304")), Sip::Kourou);
    }
}
