//! Open-data downloads of titres with the anchor's field names (Camino's `titresTableFormat` and
//! `titreGeojsonPropertiesFormat`): GeoJSON (7 decimals), CSV and XLSX.
//!
//! Only public titres are exported (the store's export query applies the public visibility), whoever asks: these
//! files are open data. Fields the cadastre does not hold yet (`forets`, `facades_maritimes`, the contenu of the
//! last démarche) keep their column, empty, so that reusers of the anchor's files can switch unchanged.
//!
//! XLSX rather than ODS: `rust_xlsxwriter` is maintained and pure Rust; no ODS writer of the same standing
//! exists. A cell holds at most 32,767 characters: a longer perimeter is replaced by a note pointing to the
//! GeoJSON download.

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;

use serde_json::{Value, json};
use socle::territoires::{Kind, Territoires};

use crate::domain::administrations;
use crate::referentiels::{TITRES_NATURES, administration, substance_legale};
use crate::store::{Entreprise, TitreLigne};

/// A cell of the table.
#[derive(Debug, Clone, PartialEq)]
pub enum Cellule {
    /// Text.
    Texte(String),
    /// Number.
    Nombre(f64),
    /// Nothing.
    Vide,
}

impl Cellule {
    fn texte(self) -> String {
        match self {
            Cellule::Texte(t) => t,
            Cellule::Nombre(n) => n.to_string(),
            Cellule::Vide => String::new(),
        }
    }
}

/// What the formatting needs besides the titres.
pub struct Contexte<'a> {
    /// Companies by code.
    pub entreprises: &'a HashMap<String, Entreprise>,
    /// Territories (names of communes, départements, régions).
    pub territoires: &'a Territoires,
}

fn nom_territoire(territoires: &Territoires, kind: Kind, code: &str) -> String {
    territoires
        .get(kind, code)
        .map_or_else(|| code.to_owned(), |e| e.nom.clone())
}

fn noms_substances(titre: &TitreLigne) -> Vec<String> {
    titre
        .substances
        .iter()
        .map(|id| substance_legale(id).map_or_else(|| id.clone(), |s| s.nom.to_owned()))
        .collect()
}

fn noms_administrations(titre: &TitreLigne) -> Vec<String> {
    administrations::gestionnaires(titre.type_id)
        .into_iter()
        .map(str::to_owned)
        .chain(titre.administrations_locales.iter().cloned())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .filter_map(|id| administration(&id).map(|a| a.nom.to_owned()))
        .collect()
}

fn entreprises<'a>(contexte: &'a Contexte<'_>, codes: &[String]) -> Vec<Option<&'a Entreprise>> {
    codes.iter().map(|c| contexte.entreprises.get(c)).collect()
}

/// Type of titre as the anchor exports it: the nature's name ("autorisation de recherches").
pub fn nom_nature(titre: &TitreLigne) -> &'static str {
    TITRES_NATURES[titre.type_id.nature() as usize].nom
}

/// Domaine name.
pub fn nom_domaine(titre: &TitreLigne) -> &'static str {
    crate::referentiels::DOMAINES[titre.domaine() as usize].nom
}

/// Columns and cells of one titre, in the anchor's order.
pub fn ligne(
    titre: &TitreLigne,
    perimetre: Option<&str>,
    contexte: &Contexte<'_>,
) -> Vec<(String, Cellule)> {
    let separateur = ";";
    let texte = |s: String| Cellule::Texte(s);
    let date = |d: Option<crate::domain::date::CaminoDate>| {
        d.map_or(Cellule::Vide, |d| Cellule::Texte(d.to_string()))
    };
    let titulaires = entreprises(contexte, &titre.titulaires);
    let amodiataires = entreprises(contexte, &titre.amodiataires);
    let noms = |liste: &[Option<&Entreprise>]| {
        liste
            .iter()
            .map(|e| e.map_or("", |e| e.nom.as_str()))
            .collect::<Vec<_>>()
            .join(separateur)
    };
    let adresses = |liste: &[Option<&Entreprise>]| {
        liste
            .iter()
            .map(|e| {
                e.map_or(String::new(), |e| {
                    format!("{} {} {}", e.adresse, e.code_postal, e.commune)
                })
            })
            .collect::<Vec<_>>()
            .join(separateur)
    };
    let legal = |liste: &[Option<&Entreprise>]| {
        liste
            .iter()
            .map(|e| e.map_or("", |e| e.legal()))
            .collect::<Vec<_>>()
            .join(separateur)
    };
    let categories = |liste: &[Option<&Entreprise>]| {
        liste
            .iter()
            .map(|e| e.and_then(|e| e.categorie.as_deref()).unwrap_or_default())
            .collect::<Vec<_>>()
            .join(separateur)
    };
    let communes = titre
        .communes
        .iter()
        .map(|c| {
            let nom = nom_territoire(contexte.territoires, Kind::Commune, &c.id);
            match c.surface {
                Some(surface) => format!("{nom} ({surface})"),
                None => nom,
            }
        })
        .collect::<Vec<_>>()
        .join(separateur);
    let mut champs = vec![
        ("id".to_owned(), texte(titre.slug.clone())),
        ("nom".to_owned(), texte(titre.nom.clone())),
        ("type".to_owned(), texte(nom_nature(titre).to_owned())),
        ("domaine".to_owned(), texte(nom_domaine(titre).to_owned())),
        ("date_debut".to_owned(), date(titre.date_debut)),
        ("date_fin".to_owned(), date(titre.date_fin)),
        ("date_demande".to_owned(), date(titre.date_demande)),
        ("statut".to_owned(), texte(titre.statut.nom().to_owned())),
        (
            "substances".to_owned(),
            texte(noms_substances(titre).join(separateur)),
        ),
        (
            "surface renseignee km2".to_owned(),
            titre.surface.map_or(Cellule::Vide, Cellule::Nombre),
        ),
        (
            "communes (surface calculee km2)".to_owned(),
            texte(communes),
        ),
        ("forets".to_owned(), Cellule::Vide),
        ("facades_maritimes".to_owned(), Cellule::Vide),
        (
            "departements".to_owned(),
            texte(
                titre
                    .departements
                    .iter()
                    .map(|d| nom_territoire(contexte.territoires, Kind::Departement, d))
                    .collect::<Vec<_>>()
                    .join(separateur),
            ),
        ),
        (
            "regions".to_owned(),
            texte(
                titre
                    .regions
                    .iter()
                    .map(|r| nom_territoire(contexte.territoires, Kind::Region, r))
                    .collect::<Vec<_>>()
                    .join(separateur),
            ),
        ),
        (
            "administrations_noms".to_owned(),
            texte(noms_administrations(titre).join(separateur)),
        ),
        ("titulaires_noms".to_owned(), texte(noms(&titulaires))),
        (
            "titulaires_adresses".to_owned(),
            texte(adresses(&titulaires)),
        ),
        ("titulaires_legal".to_owned(), texte(legal(&titulaires))),
        (
            "titulaires_categorie".to_owned(),
            texte(categories(&titulaires)),
        ),
        ("amodiataires_noms".to_owned(), texte(noms(&amodiataires))),
        (
            "amodiataires_adresses".to_owned(),
            texte(adresses(&amodiataires)),
        ),
        ("amodiataires_legal".to_owned(), texte(legal(&amodiataires))),
        (
            "amodiataires_categorie".to_owned(),
            texte(categories(&amodiataires)),
        ),
        (
            "geojson".to_owned(),
            perimetre.map_or(Cellule::Vide, |p| {
                texte(format!(
                    r#"{{"type":"Feature","geometry":{p},"properties":{{}}}}"#
                ))
            }),
        ),
    ];
    for reference in &titre.references {
        champs.push((
            format!("reference_{}", reference.type_nom()),
            texte(reference.nom.clone()),
        ));
    }
    champs
}

/// The header: the fixed columns, then every `reference_…` column met, in order of appearance.
fn entetes(lignes: &[Vec<(String, Cellule)>]) -> Vec<String> {
    let mut entetes: Vec<String> = Vec::new();
    for ligne in lignes {
        for (nom, _) in ligne {
            if !entetes.contains(nom) {
                entetes.push(nom.clone());
            }
        }
    }
    entetes
}

fn table(
    titres: &[(TitreLigne, Option<String>)],
    contexte: &Contexte<'_>,
) -> (Vec<String>, Vec<Vec<Cellule>>) {
    let lignes: Vec<Vec<(String, Cellule)>> = titres
        .iter()
        .map(|(titre, perimetre)| ligne(titre, perimetre.as_deref(), contexte))
        .collect();
    let entetes = entetes(&lignes);
    let cellules = lignes
        .into_iter()
        .map(|ligne| {
            let mut par_nom: HashMap<String, Cellule> = ligne.into_iter().collect();
            entetes
                .iter()
                .map(|nom| par_nom.remove(nom).unwrap_or(Cellule::Vide))
                .collect()
        })
        .collect();
    (entetes, cellules)
}

/// The formats of the titres download: the public pages and the platform's exporters write the same bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormatExport {
    /// GeoJSON, perimeters included.
    Geojson,
    /// CSV.
    Csv,
    /// XLSX.
    Xlsx,
}

impl FormatExport {
    /// The file of `titres` in this format.
    pub fn ecrire(
        self,
        titres: &[(TitreLigne, Option<String>)],
        contexte: &Contexte<'_>,
    ) -> anyhow::Result<Vec<u8>> {
        Ok(match self {
            FormatExport::Geojson => geojson(titres, contexte).into_bytes(),
            FormatExport::Csv => csv(titres, contexte)?,
            FormatExport::Xlsx => xlsx(titres, contexte)?,
        })
    }

    /// Media type of the file.
    pub fn content_type(self) -> &'static str {
        match self {
            FormatExport::Geojson => "application/geo+json",
            FormatExport::Csv => "text/csv; charset=utf-8",
            FormatExport::Xlsx => {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
        }
    }

    /// Name of the downloaded file.
    pub fn nom_fichier(self) -> &'static str {
        match self {
            FormatExport::Geojson => "titres.geojson",
            FormatExport::Csv => "titres.csv",
            FormatExport::Xlsx => "titres.xlsx",
        }
    }
}

/// CSV: UTF-8, comma, LF, header row.
pub fn csv(
    titres: &[(TitreLigne, Option<String>)],
    contexte: &Contexte<'_>,
) -> Result<Vec<u8>, csv::Error> {
    let (entetes, lignes) = table(titres, contexte);
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    writer.write_record(&entetes)?;
    for ligne in lignes {
        writer.write_record(ligne.into_iter().map(Cellule::texte))?;
    }
    writer
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))
}

/// Longest text of a spreadsheet cell.
const CELLULE_MAX: usize = 32_767;

/// XLSX workbook with one sheet `titres`.
pub fn xlsx(
    titres: &[(TitreLigne, Option<String>)],
    contexte: &Contexte<'_>,
) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format, Workbook};
    let (entetes, lignes) = table(titres, contexte);
    let mut workbook = Workbook::new();
    let feuille = workbook.add_worksheet();
    feuille.set_name("titres")?;
    let gras = Format::new().set_bold();
    for (colonne, entete) in entetes.iter().enumerate() {
        feuille.write_string_with_format(
            0,
            u16::try_from(colonne).unwrap_or(u16::MAX),
            entete,
            &gras,
        )?;
    }
    for (rang, ligne) in lignes.into_iter().enumerate() {
        let rang = u32::try_from(rang + 1).unwrap_or(u32::MAX);
        for (colonne, cellule) in ligne.into_iter().enumerate() {
            let colonne = u16::try_from(colonne).unwrap_or(u16::MAX);
            match cellule {
                Cellule::Nombre(n) => {
                    feuille.write_number(rang, colonne, n)?;
                }
                Cellule::Texte(t) if t.chars().count() > CELLULE_MAX => {
                    feuille.write_string(
                        rang,
                        colonne,
                        "périmètre trop détaillé pour un tableur : voir le téléchargement GeoJSON",
                    )?;
                }
                Cellule::Texte(t) => {
                    feuille.write_string(rang, colonne, &t)?;
                }
                Cellule::Vide => {}
            }
        }
    }
    workbook.save_to_buffer()
}

/// GeoJSON FeatureCollection of the titres that have a perimeter, properties as the anchor's flux.
pub fn geojson(titres: &[(TitreLigne, Option<String>)], contexte: &Contexte<'_>) -> String {
    let mut sortie = String::from(r#"{"type":"FeatureCollection","features":["#);
    let mut premier = true;
    for (titre, perimetre) in titres {
        let Some(perimetre) = perimetre else {
            continue;
        };
        if !premier {
            sortie.push(',');
        }
        premier = false;
        let _ = write!(
            sortie,
            r#"{{"type":"Feature","geometry":{perimetre},"properties":{}}}"#,
            proprietes(titre, contexte)
        );
    }
    sortie.push_str("]}");
    sortie
}

fn proprietes(titre: &TitreLigne, contexte: &Contexte<'_>) -> Value {
    let titulaires = entreprises(contexte, &titre.titulaires);
    let amodiataires = entreprises(contexte, &titre.amodiataires);
    let noms = |liste: &[Option<&Entreprise>]| -> Vec<String> {
        liste
            .iter()
            .map(|e| e.map_or(String::new(), |e| e.nom.clone()))
            .collect()
    };
    let legal = |liste: &[Option<&Entreprise>]| -> Vec<String> {
        liste
            .iter()
            .map(|e| e.map_or(String::new(), |e| e.legal().to_owned()))
            .collect()
    };
    let communes: Vec<String> = titre
        .communes
        .iter()
        .map(|c| nom_territoire(contexte.territoires, Kind::Commune, &c.id))
        .collect();
    json!({
        "id": titre.slug,
        "nom": titre.nom,
        "type": nom_nature(titre),
        "domaine": nom_domaine(titre),
        "date_debut": titre.date_debut.map(|d| d.to_string()),
        "date_fin": titre.date_fin.map(|d| d.to_string()),
        "date_demande": titre.date_demande.map(|d| d.to_string()),
        "statut": titre.statut.nom(),
        "substances": noms_substances(titre),
        "surface_totale": titre.surface,
        "communes": communes,
        "surface_par_communes": titre.communes.iter().zip(&communes).map(|(c, nom)| json!({"nom": nom, "surface": c.surface})).collect::<Vec<_>>(),
        "forets": Vec::<String>::new(),
        "facades_maritimes": Vec::<String>::new(),
        "departements": titre.departements.iter().map(|d| nom_territoire(contexte.territoires, Kind::Departement, d)).collect::<Vec<_>>(),
        "regions": titre.regions.iter().map(|r| nom_territoire(contexte.territoires, Kind::Region, r)).collect::<Vec<_>>(),
        "administrations_noms": noms_administrations(titre),
        "titulaires_noms": noms(&titulaires),
        "titulaires_legal": legal(&titulaires),
        "amodiataires_noms": noms(&amodiataires),
        "amodiataires_legal": legal(&amodiataires),
        "references": titre.references.iter().map(|r| format!("{}: {}", r.type_nom(), r.nom)).collect::<Vec<_>>(),
    })
}
