//! Deterministic demo data for three départements (Hérault, Var, Vaucluse).
//!
//! Generated zones d'alerte and commune perimeters, an arrêté cadre each with the guide's usages (instruction of 27 July 2021, guide of
//! May 2023), arrêtés de restriction in force relative to today (one ends within 15 days, so reminders show)
//! and a draft, all created through the back-office functions so that they are audited and published as an
//! agent's would be.
//!
//! The shapes are generated (a grid over each département's box): the demo shows the service, the tests use
//! the real samples of `../shared/data/secheresse/`.

use chrono::{Days, NaiveDate};
use geo::{MultiPolygon, polygon};
use socle::AppState;
use socle::audit::Actor;
use socle::territoires::Kind;

use crate::domain::nomenclature::{NiveauGravite, RessourceEap, Thematique, TypeZone};
use crate::domain::regle_gestion::RegleGestion;
use crate::domain::restriction::{ConcerneEaux, ConcerneProfils, DescriptionsNiveaux, Usage};
use crate::domain::zone_alerte::{CodeDepartement, CodeInsee, ZoneAlerte};
use crate::gestion;
use crate::publication;
use crate::store::arretes::{self, ArreteSaisi, CadreSaisi, NiveauZone, Table};
use crate::store::referentiel;

/// Columns and rows of the generated grid of communes in each département.
const COLONNES: usize = 6;
const LIGNES: usize = 4;

struct Departement {
    code: &'static str,
    /// West, south, east, north.
    boite: (f64, f64, f64, f64),
    /// Surface-water zones, each over two columns of the grid.
    sup: [&'static str; 3],
    /// Groundwater zones, each over two rows.
    sou: [&'static str; 2],
}

const DEPARTEMENTS: [Departement; 3] = [
    Departement {
        code: "34",
        boite: (3.05, 43.35, 4.05, 43.85),
        sup: ["Orb et affluents", "Hérault moyen", "Lez et Mosson"],
        sou: ["Nappe astienne", "Karsts nord-montpelliérains"],
    },
    Departement {
        code: "83",
        boite: (5.85, 43.15, 6.75, 43.65),
        sup: ["Argens amont", "Caramy et Issole", "Gapeau"],
        sou: ["Plaine de l'Argens", "Massif des Maures"],
    },
    Departement {
        code: "84",
        boite: (4.85, 43.75, 5.65, 44.25),
        sup: ["Ouvèze", "Sorgues", "Calavon-Coulon"],
        sou: ["Miocène du Comtat", "Alluvions du Rhône"],
    },
];

fn rectangle(x0: f64, y0: f64, x1: f64, y1: f64) -> MultiPolygon<f64> {
    MultiPolygon(vec![
        polygon![(x: x0, y: y0), (x: x1, y: y0), (x: x1, y: y1), (x: x0, y: y1), (x: x0, y: y0)],
    ])
}

fn cellule(departement: &Departement, colonne: usize, ligne: usize) -> (f64, f64, f64, f64) {
    let (ouest, sud, est, nord) = departement.boite;
    let largeur = (est - ouest) / COLONNES as f64;
    let hauteur = (nord - sud) / LIGNES as f64;
    (
        ouest + largeur * colonne as f64,
        sud + hauteur * ligne as f64,
        ouest + largeur * (colonne + 1) as f64,
        sud + hauteur * (ligne + 1) as f64,
    )
}

/// A small valid PDF with one line of text, standing for the signed order.
fn pdf(titre: &str) -> Vec<u8> {
    let texte: String = titre
        .chars()
        .map(|c| {
            if c.is_ascii() && c != '(' && c != ')' && c != '\\' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let stream = format!("BT /F1 14 Tf 60 760 Td ({texte}) Tj ET");
    let objets = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"
            .to_owned(),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_owned(),
        format!("<< /Length {} >>\nstream\n{stream}\nendstream", stream.len()),
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (numero, objet) in objets.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{objet}\nendobj\n", numero + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objets.len() + 1).as_bytes(),
    );
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objets.len() + 1
        )
        .as_bytes(),
    );
    out
}

fn usage(nom: &str, thematique: Thematique, concerne: ConcerneProfils, textes: [&str; 4]) -> Usage {
    let [vigilance, alerte, alerte_renforcee, crise] = textes.map(|texte| Some(texte.to_owned()));
    Usage {
        id: None,
        nom: nom.to_owned(),
        thematique,
        concerne,
        eaux: ConcerneEaux::default(),
        descriptions: DescriptionsNiveaux {
            vigilance,
            alerte,
            alerte_renforcee,
            crise,
        },
    }
}

/// The guide's minimum measures (instruction of 27 July 2021, guide of May 2023, spec §3.1) and common ones.
fn usages() -> Vec<Usage> {
    let public = ConcerneProfils {
        particulier: true,
        entreprise: true,
        collectivite: true,
        exploitation: false,
    };
    let particuliers = ConcerneProfils {
        particulier: true,
        ..ConcerneProfils::default()
    };
    let agriculteurs = ConcerneProfils {
        exploitation: true,
        ..ConcerneProfils::default()
    };
    let pros = ConcerneProfils {
        entreprise: true,
        collectivite: true,
        ..ConcerneProfils::default()
    };
    vec![
        usage(
            "Arrosage des pelouses, massifs fleuris et espaces verts",
            Thematique::Arroser,
            public,
            [
                "Arrosage déconseillé entre 11 h et 18 h.",
                "Interdit de 11 h à 18 h.",
                "Interdit.",
                "Interdit.",
            ],
        ),
        usage(
            "Arrosage des potagers",
            Thematique::Arroser,
            particuliers,
            [
                "Arroser de préférence le soir pour limiter l'évaporation.",
                "Interdit de 9 h à 19 h.",
                "Interdit de 9 h à 20 h.",
                "Autorisé uniquement de 20 h à 8 h.",
            ],
        ),
        usage(
            "Lavage des véhicules hors des stations professionnelles",
            Thematique::Nettoyer,
            particuliers,
            [
                "Limiter au strict nécessaire.",
                "Interdit.",
                "Interdit.",
                "Interdit.",
            ],
        ),
        usage(
            "Remplissage et vidange des piscines privées",
            Thematique::RemplirVidanger,
            particuliers,
            [
                "Remplissage à limiter.",
                "Interdit, sauf pour un premier remplissage si le chantier a débuté avant l'arrêté.",
                "Interdit.",
                "Interdit.",
            ],
        ),
        usage(
            "Irrigation des cultures par aspersion",
            Thematique::Irriguer,
            agriculteurs,
            [
                "Économiser l'eau, privilégier l'irrigation de nuit.",
                "Interdit de 11 h à 18 h.",
                "Interdit de 9 h à 20 h, et réduction de 50 % des prélèvements.",
                "Interdit, sauf pour les cultures dérogatoires listées en annexe de l'arrêté.",
            ],
        ),
        usage(
            "Arrosage des golfs",
            Thematique::Arroser,
            pros,
            [
                "Réduire l'arrosage au strict nécessaire.",
                "Interdit de 8 h à 20 h, sauf greens et départs.",
                "Arrosage des greens et départs uniquement, de 20 h à 8 h.",
                "Arrosage des greens uniquement, dans la limite de 350 m³ par semaine pour 9 trous.",
            ],
        ),
        usage(
            "Nettoyage des voiries, terrasses et façades",
            Thematique::Nettoyer,
            pros,
            [
                "Limiter au strict nécessaire.",
                "Interdit, sauf impératif sanitaire ou de sécurité.",
                "Interdit, sauf impératif sanitaire ou de sécurité.",
                "Interdit, sauf impératif sanitaire ou de sécurité.",
            ],
        ),
    ]
}

/// An arrêté de restriction of the demo: département position, number, first day and last day relative to
/// today, the levels of the five zones, and whether it is published.
type Plan = (
    usize,
    &'static str,
    i64,
    Option<i64>,
    [NiveauGravite; 5],
    bool,
);

/// Loads the demo (called on an empty database).
pub async fn load(app: &AppState) -> anyhow::Result<()> {
    let actor = Actor::System("demo");
    let aujourdhui = publication::aujourdhui();
    let jour = |offset: i64| -> NaiveDate {
        if offset >= 0 {
            aujourdhui.checked_add_days(Days::new(offset.unsigned_abs()))
        } else {
            aujourdhui.checked_sub_days(Days::new(offset.unsigned_abs()))
        }
        .unwrap_or(aujourdhui)
    };
    let territoires = app.territoires();
    // Reference zones and commune perimeters on a grid over each département.
    let mut communes_par_departement = Vec::new();
    let mut tx = app.db().begin().await?;
    for departement in &DEPARTEMENTS {
        let code = CodeDepartement::parse(departement.code)?;
        let mut communes: Vec<_> = territoires
            .all(Kind::Commune)
            .filter(|entry| entry.departement.as_deref() == Some(departement.code))
            .collect();
        communes.sort_by(|a, b| b.population.cmp(&a.population).then(a.code.cmp(&b.code)));
        let mut codes = Vec::new();
        for (position, commune) in communes.iter().take(COLONNES * LIGNES).enumerate() {
            let (x0, y0, x1, y1) = cellule(departement, position % COLONNES, position / COLONNES);
            let insee = CodeInsee::parse(&commune.code)?;
            referentiel::upsert_commune(&mut tx, &insee, &rectangle(x0, y0, x1, y1)).await?;
            codes.push(insee);
        }
        communes_par_departement.push(codes);
        let (ouest, sud, est, nord) = departement.boite;
        for (index, nom) in departement.sup.iter().enumerate() {
            let (x0, _, _, _) = cellule(departement, index * 2, 0);
            let (_, _, x1, _) = cellule(departement, index * 2 + 1, 0);
            let zone = ZoneAlerte {
                id_sandre: None,
                code: format!("DEMO_{}_SUP_{}", departement.code, index + 1),
                nom: (*nom).to_owned(),
                type_zone: TypeZone::Sup,
                numero_version: Some(1),
                departement: Some(code.clone()),
                ressource_influencee: false,
                disabled: false,
                geometrie: Some(rectangle(x0, sud, x1, nord)),
            };
            referentiel::upsert_zone(&mut tx, &zone, "demo").await?;
        }
        for (index, nom) in departement.sou.iter().enumerate() {
            let (_, y0, _, _) = cellule(departement, 0, index * 2);
            let (_, _, _, y1) = cellule(departement, 0, index * 2 + 1);
            let zone = ZoneAlerte {
                id_sandre: None,
                code: format!("DEMO_{}_SOU_{}", departement.code, index + 1),
                nom: (*nom).to_owned(),
                type_zone: TypeZone::Sou,
                numero_version: Some(1),
                departement: Some(code.clone()),
                ressource_influencee: false,
                disabled: false,
                geometrie: Some(rectangle(ouest, y0, est, y1)),
            };
            referentiel::upsert_zone(&mut tx, &zone, "demo").await?;
        }
    }
    referentiel::set_regle(
        &mut tx,
        &CodeDepartement::parse("34")?,
        RegleGestion::YesDistinct,
        jour(-200),
    )
    .await?;
    tx.commit().await?;

    let mut db = app.db().clone();
    let zones = referentiel::list_zones(&mut db, false).await?;
    let mut cadres = Vec::new();
    for departement in &DEPARTEMENTS {
        let code = CodeDepartement::parse(departement.code)?;
        let numero = format!("AC-{}-2026-01", departement.code);
        let zone_ids: Vec<i64> = zones
            .iter()
            .filter(|zone| zone.zone.departement.as_ref() == Some(&code))
            .map(|zone| zone.id)
            .collect();
        let id = gestion::creer_cadre(
            app,
            &actor,
            &CadreSaisi {
                numero: numero.clone(),
                departement_pilote: code.clone(),
                departements: vec![code.clone()],
                date_debut: Some(jour(-180)),
                date_fin: Some(jour(400)),
                zone_ids,
                arrete_cadre_abroge: None,
            },
        )
        .await?;
        for usage in usages() {
            let version = arretes::version(&mut db, Table::Cadre, id).await?;
            gestion::ajouter_usage(app, &actor, id, version, &usage).await?;
        }
        let version = arretes::version(&mut db, Table::Cadre, id).await?;
        gestion::joindre_pdf(
            app,
            &actor,
            Table::Cadre,
            id,
            version,
            &format!("{numero}.pdf"),
            &pdf(&format!("Arrete cadre secheresse {numero}")),
        )
        .await?;
        let version = arretes::version(&mut db, Table::Cadre, id).await?;
        gestion::publier_cadre(app, &actor, id, version).await?;
        cadres.push((code, id));
    }

    // Hérault: a strong episode, ending within 15 days (the reminders show), AEP following the worst resource.
    // Var: vigilance and alerte with an AEP group of the coastal communes. Vaucluse: a draft in preparation.
    let plans: [Plan; 3] = [
        (
            0,
            "DDTM34-2026-0612",
            -20,
            Some(10),
            [
                NiveauGravite::Crise,
                NiveauGravite::AlerteRenforcee,
                NiveauGravite::Alerte,
                NiveauGravite::Alerte,
                NiveauGravite::Vigilance,
            ],
            true,
        ),
        (
            1,
            "DDTM83-SEBIO-2026-134",
            -5,
            Some(60),
            [
                NiveauGravite::Vigilance,
                NiveauGravite::Alerte,
                NiveauGravite::Alerte,
                NiveauGravite::Vigilance,
                NiveauGravite::Vigilance,
            ],
            true,
        ),
        (
            2,
            "DDT84-2026-0701",
            3,
            None,
            [
                NiveauGravite::Alerte,
                NiveauGravite::Vigilance,
                NiveauGravite::Vigilance,
                NiveauGravite::Vigilance,
                NiveauGravite::Vigilance,
            ],
            false,
        ),
    ];
    for (position, numero, debut, fin, niveaux, publier) in plans {
        let (code, cadre_id) = &cadres[position];
        let groupe = position == 1;
        let id = gestion::creer_arrete(
            app,
            &actor,
            &ArreteSaisi {
                numero: numero.to_owned(),
                departement: code.clone(),
                date_signature: Some(jour(debut - 1)),
                date_debut: Some(jour(debut)),
                date_fin: fin.map(jour),
                cadres: vec![*cadre_id],
                niveau_gravite_specifique_aep: groupe,
                ressource_aep_communique: (!groupe).then_some(RessourceEap::Max),
                arrete_restriction_abroge: None,
            },
        )
        .await?;
        let zone_ids: Vec<i64> = zones
            .iter()
            .filter(|zone| zone.zone.departement.as_ref() == Some(code))
            .map(|zone| zone.id)
            .collect();
        let niveaux_zones: Vec<NiveauZone> = zone_ids
            .iter()
            .zip(niveaux)
            .map(|(zone_id, niveau)| NiveauZone {
                zone_id: *zone_id,
                arrete_cadre_id: *cadre_id,
                niveau: Some(niveau),
            })
            .collect();
        let version = arretes::version(&mut db, Table::Restriction, id).await?;
        gestion::fixer_niveaux(app, &actor, id, version, &niveaux_zones).await?;
        if groupe {
            let littoral: Vec<CodeInsee> = communes_par_departement[position]
                .iter()
                .take(COLONNES)
                .cloned()
                .collect();
            let version = arretes::version(&mut db, Table::Restriction, id).await?;
            gestion::ajouter_groupement(
                app,
                &actor,
                id,
                version,
                "Syndicat intercommunal des eaux du littoral",
                &littoral,
                NiveauGravite::Alerte,
            )
            .await?;
        }
        let version = arretes::version(&mut db, Table::Restriction, id).await?;
        gestion::joindre_pdf(
            app,
            &actor,
            Table::Restriction,
            id,
            version,
            &format!("{numero}.pdf"),
            &pdf(&format!(
                "Arrete de restriction des usages de l'eau {numero}"
            )),
        )
        .await?;
        if publier {
            let version = arretes::version(&mut db, Table::Restriction, id).await?;
            gestion::publier_arrete(app, &actor, id, version).await?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_pdf_is_recognised_as_a_pdf() {
        let bytes = pdf("Arrete n° 1 (test)");
        assert_eq!(socle::files::sniff(&bytes), "application/pdf");
        assert!(bytes.ends_with(b"%%EOF\n"));
    }

    #[test]
    fn grid_cells_tile_the_departement_box() {
        let departement = &DEPARTEMENTS[0];
        let (x0, y0, _, _) = cellule(departement, 0, 0);
        let (_, _, x1, y1) = cellule(departement, COLONNES - 1, LIGNES - 1);
        assert_eq!((x0, y0), (departement.boite.0, departement.boite.1));
        assert!(
            (x1 - departement.boite.2).abs() < 1e-12 && (y1 - departement.boite.3).abs() < 1e-12
        );
    }
}
