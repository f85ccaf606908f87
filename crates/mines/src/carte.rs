//! The map layer of public titres, as GeoJSON read by the platform's `js/carte.js`.
//!
//! Centroids are grouped on a grid at low zoom, perimeters drawn at high zoom (spec §2, "clusters at low zoom,
//! perimeters at high zoom").
//!
//! Grouping is done here rather than in the browser: a viewport of France at zoom 5 is a few dozen points
//! whatever the number of titres. The grid cell is 64 screen pixels at the requested zoom (a web-mercator tile is
//! 256 pixels for 360° at zoom 0), so two groups never overlap on screen.
//!
//! The layer is served from an in-memory index of the public titres ([`Carte`], ARCHITECTURE.md §4): reading
//! 20,000 rows for each viewport took about 100 ms, the index answers in about a millisecond. Every write that
//! may change it records a change of [`SUJET`] in its transaction and rebuilds the index of its process;
//! other processes follow the platform's change feed (`socle::changes::follow`). A linear scan over the
//! bounding boxes is enough at the scale of the register (10^4 titres); no spatial tree is needed.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Arc;

use arc_swap::ArcSwap;
use futures::future::BoxFuture;
use serde_json::json;
use socle::AppState;

use crate::referentiels::{DomaineId, TitreStatutId, TitreTypeId};
use crate::store::{self, TitreCarte};

/// Topic of the change feed for the map index.
pub const SUJET: &str = "mines.carte";

/// The public titres on the map, as loaded from the database.
#[derive(Debug, Default)]
pub struct IndexCarte {
    titres: Vec<TitreCarte>,
}

impl IndexCarte {
    /// An index of these titres.
    pub fn new(titres: Vec<TitreCarte>) -> Self {
        Self { titres }
    }

    /// Number of titres.
    pub fn len(&self) -> usize {
        self.titres.len()
    }

    /// Whether the map is empty.
    pub fn is_empty(&self) -> bool {
        self.titres.is_empty()
    }

    /// Titres whose bounding box meets the viewport (every titre without one).
    pub fn dans(&self, vue: Option<Vue>) -> Vec<&TitreCarte> {
        match vue {
            None => self.titres.iter().collect(),
            Some(Vue([ouest, sud, est, nord])) => self
                .titres
                .iter()
                .filter(|t| t.est >= ouest && t.ouest <= est && t.nord >= sud && t.sud <= nord)
                .collect(),
        }
    }
}

/// The map index of the process, swapped atomically when rebuilt.
#[derive(Debug, Default)]
pub struct Carte(ArcSwap<IndexCarte>);

impl Carte {
    /// The current index.
    pub fn index(&self) -> Arc<IndexCarte> {
        self.0.load_full()
    }
}

/// Rebuilds the map index of this process from the database.
pub async fn reconstruire(app: &AppState) -> anyhow::Result<()> {
    let index = Arc::new(IndexCarte::new(store::titres_carte(app.db()).await?));
    match app.extension::<Carte>() {
        Some(carte) => carte.0.store(index),
        None => app.insert_extension(Arc::new(Carte(ArcSwap::new(index)))),
    }
    Ok(())
}

/// [`reconstruire`] for the change feed.
pub fn rebuild(app: AppState) -> BoxFuture<'static, anyhow::Result<()>> {
    Box::pin(async move { reconstruire(&app).await })
}

/// Rebuilds after a committed write; a failure is logged (the write stands, the other processes and the next
/// write rebuild it).
pub async fn apres_ecriture(app: &AppState) {
    if let Err(error) = reconstruire(app).await {
        tracing::warn!(error = %format!("{error:#}"), "reconstruction de la carte des titres en échec");
    }
}

/// From this zoom on, perimeters are drawn instead of grouped centroids.
pub const ZOOM_PERIMETRES: u8 = 10;
/// Highest zoom accepted.
pub const ZOOM_MAX: u8 = 18;

/// A viewport: west, south, east, north in WGS84 degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Vue(pub [f64; 4]);

impl Vue {
    /// Parses `west,south,east,north`; the message names what is wrong.
    pub fn parse(texte: &str) -> Result<Self, String> {
        let valeurs: Vec<f64> = texte
            .split(',')
            .map(|v| v.trim().parse::<f64>())
            .collect::<Result<_, _>>()
            .map_err(|_| {
                format!("« {texte} » n'est pas de la forme ouest,sud,est,nord en degrés décimaux")
            })?;
        let [ouest, sud, est, nord] = valeurs.as_slice() else {
            return Err(format!(
                "« {texte} » doit compter quatre nombres : ouest,sud,est,nord"
            ));
        };
        let longitude = |x: f64| (-180.0..=180.0).contains(&x);
        let latitude = |y: f64| (-90.0..=90.0).contains(&y);
        if !(longitude(*ouest) && longitude(*est) && latitude(*sud) && latitude(*nord)) {
            return Err("les longitudes vont de -180 à 180, les latitudes de -90 à 90".to_owned());
        }
        if ouest > est || sud > nord {
            return Err("l'ouest doit être inférieur à l'est et le sud au nord".to_owned());
        }
        Ok(Self([*ouest, *sud, *est, *nord]))
    }
}

/// Colour of a domaine on the map (DSFR illustrative colours, contrasted on a white background).
pub fn couleur_domaine(domaine: DomaineId) -> &'static str {
    match domaine {
        DomaineId::M => "#a94645",
        DomaineId::H => "#3a3a3a",
        DomaineId::G => "#c3992a",
        DomaineId::C => "#7d4e5b",
        DomaineId::F => "#6a6156",
        DomaineId::R => "#66673d",
        DomaineId::S => "#465f9d",
        DomaineId::W => "#009099",
    }
}

fn proprietes(titre: &TitreCarte) -> serde_json::Value {
    let type_id = TitreTypeId::from_id(&titre.type_id);
    let nature = type_id.map_or("", |t| {
        crate::referentiels::TITRES_NATURES[t.nature() as usize].nom
    });
    let statut = TitreStatutId::from_id(&titre.statut_id).map_or("", TitreStatutId::nom);
    json!({
        "titre": titre.nom,
        "lien": format!("/mines/titres/{}", titre.slug),
        "detail": format!("{nature} — {statut}"),
        "couleur": type_id.map_or("#000091", |t| couleur_domaine(t.domaine())),
    })
}

/// The layer for a zoom: a GeoJSON FeatureCollection (text), with its `bbox` when it has features.
pub fn couche(titres: &[&TitreCarte], zoom: u8) -> String {
    let mut sortie = String::with_capacity(64 + titres.len() * 160);
    sortie.push_str(r#"{"type":"FeatureCollection","features":["#);
    let mut bbox: Option<[f64; 4]> = None;
    let mut etendre = |x: f64, y: f64| {
        bbox = Some(match bbox {
            None => [x, y, x, y],
            Some([o, s, e, n]) => [o.min(x), s.min(y), e.max(x), n.max(y)],
        });
    };
    let mut premier = true;
    let mut separateur = |sortie: &mut String| {
        if !premier {
            sortie.push(',');
        }
        premier = false;
    };
    if zoom >= ZOOM_PERIMETRES {
        for titre in titres {
            etendre(titre.centre_lon, titre.centre_lat);
            separateur(&mut sortie);
            let _ = write!(
                sortie,
                r#"{{"type":"Feature","geometry":{},"properties":{}}}"#,
                titre.perimetre,
                proprietes(titre)
            );
        }
    } else {
        let cellule = 90.0 / f64::from(1_u32 << zoom.min(ZOOM_MAX));
        let mut groupes: BTreeMap<(i64, i64), Vec<&TitreCarte>> = BTreeMap::new();
        for &titre in titres {
            let cle = (
                (titre.centre_lon / cellule).floor() as i64,
                (titre.centre_lat / cellule).floor() as i64,
            );
            groupes.entry(cle).or_default().push(titre);
        }
        for membres in groupes.values() {
            let n = membres.len() as f64;
            let x = socle::geo::round7(membres.iter().map(|t| t.centre_lon).sum::<f64>() / n);
            let y = socle::geo::round7(membres.iter().map(|t| t.centre_lat).sum::<f64>() / n);
            etendre(x, y);
            separateur(&mut sortie);
            let proprietes = match membres.as_slice() {
                [seul] => proprietes(seul),
                _ => json!({
                    "titre": format!("{} titres", membres.len()),
                    "detail": "Zoomez pour distinguer les titres de ce secteur.",
                    "rayon": 6.0 + 2.0 * n.log2(),
                    "nombre": membres.len(),
                }),
            };
            let _ = write!(
                sortie,
                r#"{{"type":"Feature","geometry":{{"type":"Point","coordinates":[{x},{y}]}},"properties":{proprietes}}}"#
            );
        }
    }
    sortie.push(']');
    if let Some([o, s, e, n]) = bbox {
        let _ = write!(sortie, r#","bbox":[{o},{s},{e},{n}]"#);
    }
    sortie.push('}');
    sortie
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titre(slug: &str, lon: f64, lat: f64) -> TitreCarte {
        TitreCarte {
            slug: slug.to_owned(),
            nom: slug.to_owned(),
            type_id: "arm".to_owned(),
            statut_id: "val".to_owned(),
            centre_lon: lon,
            centre_lat: lat,
            ouest: lon - 0.01,
            sud: lat - 0.01,
            est: lon + 0.01,
            nord: lat + 0.01,
            perimetre: r#"{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]]]}"#
                .to_owned(),
        }
    }

    #[test]
    fn viewports_are_checked() {
        assert!(Vue::parse("-54.6,2.1,-51.6,5.8").is_ok());
        assert!(Vue::parse("-54.6,2.1,-51.6").is_err());
        assert!(Vue::parse("a,b,c,d").is_err());
        assert!(Vue::parse("10,0,5,1").is_err());
        assert!(Vue::parse("0,-95,1,1").is_err());
    }

    #[test]
    fn nearby_centroids_are_grouped_at_low_zoom_and_split_at_high_zoom() {
        let index = IndexCarte::new(vec![
            titre("a", -53.0, 4.0),
            titre("b", -53.01, 4.01),
            titre("c", 2.0, 46.0),
        ]);
        let titres = index.dans(None);
        let bas: serde_json::Value = serde_json::from_str(&couche(&titres, 5)).expect("JSON");
        let features = bas["features"].as_array().expect("features");
        assert_eq!(features.len(), 2);
        assert!(features.iter().any(|f| f["properties"]["nombre"] == 2));
        assert_eq!(bas["bbox"].as_array().map(Vec::len), Some(4));
        let haut: serde_json::Value = serde_json::from_str(&couche(&titres, 12)).expect("JSON");
        let features = haut["features"].as_array().expect("features");
        assert_eq!(features.len(), 3);
        assert_eq!(features[0]["geometry"]["type"], "MultiPolygon");
        assert_eq!(features[0]["properties"]["lien"], "/mines/titres/a");
        let guyane = Vue::parse("-54,3,-52,5").expect("vue");
        assert_eq!(index.dans(Some(guyane)).len(), 2);
    }

    #[test]
    fn an_empty_layer_is_valid_geojson() {
        let vide: serde_json::Value = serde_json::from_str(&couche(&[], 5)).expect("JSON");
        assert_eq!(vide["features"].as_array().map(Vec::len), Some(0));
        assert!(vide.get("bbox").is_none());
    }
}
