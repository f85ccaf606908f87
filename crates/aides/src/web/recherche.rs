//! The search page.
//!
//! For people like the anchor's users: the territory first (with the platform's
//! autocomplete), then the beneficiary and the theme, then the results with their facets, sorts, pages and
//! « pourquoi cette aide ». The form is a plain GET form (it works without JavaScript); the facets are links
//! that add or remove one value. Results end with the form that saves the search as an e-mail alert.

use askama::Template;
use axum::extract::{OriginalUri, State};
use axum::http::StatusCode;
use axum::response::Response;
use socle::AppState;
use socle::web::error::AppResult;
use socle::web::layout::PageContext;
use socle::web::pages::render;

use super::{
    avec_statut, classe_echeance, libelle_champ, paires, reference_perimetre, resoudre_territoire,
    saisie_perimetre, valeur, valeurs,
};
use crate::api::url_de_page;
use crate::etat::{self, Etat};
use crate::perimetres::Relation;
use crate::referentiels::{FrequenceAlerte, GroupePublic, Public, Tri, TypeAide};
use crate::search::{Hit, Query, parse_query};
use crate::service::erreur_recherche;

/// Results per page of the search page.
const PAR_PAGE: usize = 20;

/// One value of a facet, as a link that adds or removes it.
pub struct OptionFiltre {
    /// French label.
    pub libelle: String,
    /// Number of results with this value.
    pub nombre: usize,
    /// Whether the value is selected.
    pub coche: bool,
    /// The search with this value toggled.
    pub lien: String,
}

/// A facet.
pub struct GroupeFiltre {
    /// Heading.
    pub titre: &'static str,
    /// Values.
    pub options: Vec<OptionFiltre>,
}

/// « Pourquoi cette aide », in French.
pub struct PourquoiVue {
    /// Sentence about the perimeter.
    pub perimetre: Option<String>,
    /// The fields the text matched.
    pub champs: Vec<&'static str>,
    /// Deadline status.
    pub echeance: String,
}

/// A result, as a card.
pub struct CarteAide {
    /// Link to the aid page.
    pub lien: String,
    /// Title.
    pub titre: String,
    /// Carriers.
    pub porteurs: String,
    /// Perimeter name.
    pub perimetre: String,
    /// Aid types.
    pub types: String,
    /// Deadline status.
    pub echeance: String,
    /// Its badge class.
    pub classe_echeance: &'static str,
    /// Why it is listed.
    pub pourquoi: PourquoiVue,
}

#[derive(Template)]
#[template(path = "aides/recherche.html")]
struct RecherchePage {
    ctx: PageContext,
    territoire: String,
    texte: String,
    tri: String,
    public: String,
    theme: String,
    publics: Vec<(&'static str, &'static str, GroupePublic)>,
    thematiques: Vec<(String, String)>,
    tris: Vec<(&'static str, &'static str)>,
    frequences: Vec<(&'static str, &'static str)>,
    erreur_territoire: Option<String>,
    erreur: Option<String>,
    avertissements: Vec<String>,
    perimetre: Option<String>,
    total: usize,
    page: usize,
    pages: usize,
    precedente: Option<String>,
    suivante: Option<String>,
    resultats: Vec<CarteAide>,
    filtres: Vec<GroupeFiltre>,
    querystring: String,
}

/// The card of a search result.
pub fn carte(etat: &Etat, hit: &Hit, suffixe_lien: &str) -> CarteAide {
    let aide = &hit.aide;
    let graphe = etat.perimetres();
    let porteurs: Vec<&str> = aide
        .financers
        .iter()
        .filter_map(|p| etat.index.porteur(*p))
        .map(|p| p.nom.as_str())
        .collect();
    let perimetre = hit.pourquoi.perimetre.as_ref().map(|chemin| {
        let noms: Vec<&str> = chemin
            .etapes
            .iter()
            .filter_map(|id| graphe.get(*id))
            .map(|p| p.nom.as_str())
            .collect();
        let trajet = noms.join(" ⊂ ");
        match chemin.relation {
            Relation::Identique => {
                format!("L'aide porte exactement sur le territoire recherché ({trajet}).")
            }
            Relation::Contient => format!(
                "Le territoire recherché est couvert par le périmètre de l'aide : {trajet}."
            ),
            Relation::EstContenu => {
                format!("L'aide porte sur une partie du territoire recherché : {trajet}.")
            }
        }
    });
    CarteAide {
        lien: format!("/aides/{}{suffixe_lien}", aide.slug),
        titre: aide.name.clone(),
        porteurs: porteurs.join(", "),
        perimetre: aide
            .perimeter
            .and_then(|p| graphe.get(p))
            .map(|p| p.nom.clone())
            .unwrap_or_default(),
        types: aide
            .aid_types
            .iter()
            .map(|t| t.label())
            .collect::<Vec<_>>()
            .join(", "),
        echeance: hit.pourquoi.echeance.libelle(),
        classe_echeance: classe_echeance(hit.pourquoi.echeance),
        pourquoi: PourquoiVue {
            perimetre,
            champs: hit
                .pourquoi
                .champs
                .iter()
                .map(|c| libelle_champ(c))
                .collect(),
            echeance: hit.pourquoi.echeance.libelle(),
        },
    }
}

/// The search with `(parametre, code)` added or removed, back to page 1.
fn basculer(base: &[(String, String)], parametre: &str, code: &str) -> String {
    let present = base.iter().any(|(k, v)| k == parametre && v == code);
    let mut paires: Vec<(String, String)> = base
        .iter()
        .filter(|(k, v)| k != "page" && !(present && k == parametre && v == code))
        .cloned()
        .collect();
    if !present {
        paires.push((parametre.to_owned(), code.to_owned()));
    }
    url_de_page("/aides", &paires, 1)
}

fn filtres(resultats: &crate::search::Results, base: &[(String, String)]) -> Vec<GroupeFiltre> {
    let selection =
        |parametre: &str, code: &str| base.iter().any(|(k, v)| k == parametre && v == code);
    let mut groupes = Vec::new();
    for facette in &resultats.facettes {
        let (titre, limite) = match facette.parametre {
            "targeted_audiences" => ("Bénéficiaires", usize::MAX),
            "themes" => ("Thématiques", usize::MAX),
            "aid_types" => ("Types d'aide", usize::MAX),
            "mobilization_step" => ("Étape du projet", usize::MAX),
            "destinations" => ("Dépenses concernées", usize::MAX),
            "call_for_projects_only" => ("Appels à projets", usize::MAX),
            "backers" => ("Porteurs d'aides", 12),
            "programs" => ("Programmes", 12),
            _ => continue,
        };
        let options: Vec<OptionFiltre> = facette
            .valeurs
            .iter()
            .filter_map(|v| {
                // Aid types are filtered through the parameter of their group.
                let parametre = if facette.parametre == "aid_types" {
                    match TypeAide::from_code(&v.code)?.groupe().code() {
                        "financial_group" => "financial_aids",
                        _ => "technical_aids",
                    }
                } else {
                    facette.parametre
                };
                let coche = selection(parametre, &v.code);
                (v.nombre > 0 || coche).then(|| OptionFiltre {
                    libelle: if facette.parametre == "call_for_projects_only" {
                        "Appels à projets seulement".to_owned()
                    } else {
                        v.libelle.clone()
                    },
                    nombre: v.nombre,
                    coche,
                    lien: basculer(base, parametre, &v.code),
                })
            })
            .take(limite)
            .collect();
        if !options.is_empty() {
            groupes.push(GroupeFiltre { titre, options });
        }
    }
    groupes
}

/// `GET /aides`: the search page.
pub async fn page(
    State(app): State<AppState>,
    ctx: PageContext,
    OriginalUri(uri): OriginalUri,
) -> AppResult<Response> {
    let entree = paires(uri.query().unwrap_or_default())?;
    let etat = etat::etat(&app)?;
    let territoire = valeur(&entree, "territoire");
    let mut erreur_territoire = None;
    let mut perimetre = None;
    // The territory field becomes the stable `perimeter` parameter of the API.
    let mut base: Vec<(String, String)> = entree
        .iter()
        .filter(|(k, v)| k != "territoire" && !v.trim().is_empty())
        .cloned()
        .collect();
    if !territoire.is_empty() {
        match resoudre_territoire(&app, etat.perimetres(), &territoire) {
            Ok(Some(id)) => {
                if let Some(p) = etat.perimetres().get(id) {
                    base.retain(|(k, _)| k != "perimeter");
                    base.insert(0, ("perimeter".to_owned(), reference_perimetre(p)));
                    perimetre = Some(p);
                }
            }
            Ok(None) => {}
            Err(message) => erreur_territoire = Some(message),
        }
    } else if let Some(reference) = entree
        .iter()
        .find(|(k, _)| k == "perimeter")
        .map(|(_, v)| v.clone())
        && let Ok(id) = crate::perimetres::PerimetreRef::parse(&reference)
            .and_then(|r| etat.perimetres().resoudre(&r))
    {
        perimetre = etat.perimetres().get(id);
    }
    let publics = Public::ALL
        .iter()
        .map(|p| (p.code(), p.label(), p.groupe()))
        .collect();
    let thematiques = etat
        .catalogue()
        .thematiques
        .thematiques()
        .iter()
        .map(|t| (t.slug.clone(), t.nom.clone()))
        .collect();
    let tris = Tri::ALL.iter().map(|t| (t.code(), t.label())).collect();
    let frequences = FrequenceAlerte::ALL
        .iter()
        .map(|f| (f.code(), f.label()))
        .collect();
    let mut vue = RecherchePage {
        ctx,
        territoire: perimetre.map(saisie_perimetre).unwrap_or(territoire),
        texte: valeur(&entree, "text"),
        tri: valeur(&entree, "order_by"),
        public: valeurs(&entree, "targeted_audiences")
            .into_iter()
            .next()
            .unwrap_or_default(),
        theme: valeurs(&entree, "themes")
            .into_iter()
            .next()
            .unwrap_or_default(),
        publics,
        thematiques,
        tris,
        frequences,
        erreur_territoire,
        erreur: None,
        avertissements: Vec::new(),
        perimetre: perimetre.map(|p| format!("{} ({})", p.nom, p.echelle.label())),
        total: 0,
        page: 1,
        pages: 1,
        precedente: None,
        suivante: None,
        resultats: Vec::new(),
        filtres: Vec::new(),
        querystring: String::new(),
    };
    if vue.erreur_territoire.is_some() {
        return Ok(avec_statut(render(&vue)?, StatusCode::BAD_REQUEST));
    }
    let mut query: Query = match parse_query(&base) {
        Ok(query) => query,
        Err(erreur) => {
            vue.erreur = Some(erreur_recherche(erreur).to_string());
            return Ok(avec_statut(render(&vue)?, StatusCode::BAD_REQUEST));
        }
    };
    if !base.iter().any(|(k, _)| k == "size") {
        query.taille = PAR_PAGE;
    }
    query.aujourdhui = Some(etat::aujourdhui());
    let resultats = match etat.index.search(&query) {
        Ok(resultats) => resultats,
        Err(erreur) => {
            vue.erreur = Some(erreur_recherche(erreur).to_string());
            return Ok(avec_statut(render(&vue)?, StatusCode::BAD_REQUEST));
        }
    };
    let suffixe = perimetre
        .map(|p| {
            format!(
                "?perimeter={}",
                socle::web::percent_encode(&reference_perimetre(p))
            )
        })
        .unwrap_or_default();
    vue.resultats = resultats
        .hits
        .iter()
        .map(|hit| carte(&etat, hit, &suffixe))
        .collect();
    vue.total = resultats.total;
    vue.page = resultats.page;
    vue.pages = resultats.total.div_ceil(resultats.taille.max(1)).max(1);
    vue.precedente = (resultats.page > 1).then(|| url_de_page("/aides", &base, resultats.page - 1));
    vue.suivante =
        (resultats.page < vue.pages).then(|| url_de_page("/aides", &base, resultats.page + 1));
    vue.filtres = filtres(&resultats, &base);
    vue.avertissements = resultats.avertissements.clone();
    vue.querystring = serde_urlencoded::to_string(
        base.iter()
            .filter(|(k, _)| !matches!(k.as_str(), "page" | "size"))
            .collect::<Vec<_>>(),
    )
    .unwrap_or_default();
    render(&vue)
}
