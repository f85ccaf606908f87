//! The page of an aid (every field, deadline status, perimeter path, history; follow it, iCal, suggest an
//! amendment) and the page of a carrier (its live aids).

use askama::Template;
use axum::extract::{Path, Query as Requete, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use socle::AppState;
use socle::auth::MaybeUser;
use socle::web::error::{AppError, AppResult};
use socle::web::forms::FieldErrors;
use socle::web::layout::PageContext;
use socle::web::pages::render;

use super::{avec_statut, classe_echeance, paires, valeur};
use crate::acces;
use crate::aide::{Aide, ChampAide, PorteurId};
use crate::alertes::calendrier_ical;
use crate::etat::{self, Etat};
use crate::perimetres::{PerimetreRef, Relation};
use crate::referentiels::StatutAide;
use crate::search::{Query, Results};
use crate::service::{self, AuteurAmendement, CHAMPS_AMENDABLES, valeur_amendable};
use crate::store::Selection;

/// One (label, value) line of the aid page.
pub struct Ligne {
    /// Label.
    pub libelle: &'static str,
    /// Value.
    pub valeur: String,
}

/// A link to a carrier.
pub struct LienPorteur {
    /// Link.
    pub lien: String,
    /// Name.
    pub nom: String,
}

#[derive(Template)]
#[template(path = "aides/fiche.html")]
struct FichePage {
    ctx: PageContext,
    titre: String,
    slug: String,
    statut: Option<&'static str>,
    echeance: String,
    classe_echeance: &'static str,
    perimetre: String,
    chemin: Vec<String>,
    chemin_relation: Option<&'static str>,
    financeurs: Vec<LienPorteur>,
    instructeurs: Vec<LienPorteur>,
    description: String,
    eligibilite: String,
    exemples: String,
    caracteristiques_locales: String,
    lignes: Vec<Ligne>,
    origin_url: String,
    application_url: String,
    contact: Vec<String>,
    mention: Option<String>,
    historique: Vec<(String, String)>,
    modifiable: Option<String>,
    email: String,
    erreurs: FieldErrors,
    suivi_demande: bool,
    a_echeance: bool,
}

fn liens_porteurs(etat: &Etat, ids: &[PorteurId]) -> Vec<LienPorteur> {
    ids.iter()
        .filter_map(|id| etat.index.porteur(*id))
        .map(|p| LienPorteur {
            lien: format!("/aides/porteurs/{}-{}", p.id.0, p.slug),
            nom: p.nom.clone(),
        })
        .collect()
}

fn texte_liste(valeurs: Vec<&str>) -> String {
    valeurs.join(", ")
}

fn lignes(etat: &Etat, aide: &Aide) -> Vec<Ligne> {
    let mut lignes = Vec::new();
    let mut ajouter = |libelle: &'static str, valeur: String| {
        if !valeur.trim().is_empty() {
            lignes.push(Ligne { libelle, valeur });
        }
    };
    ajouter(
        "Bénéficiaires",
        texte_liste(aide.targeted_audiences.iter().map(|p| p.label()).collect()),
    );
    ajouter(
        "Types d'aide",
        texte_liste(aide.aid_types.iter().map(|t| t.label()).collect()),
    );
    ajouter(
        "Thématiques",
        aide.categories
            .iter()
            .filter_map(|c| etat.catalogue().thematiques.libelle_django(*c))
            .map(|l| l.replace('|', " › "))
            .collect::<Vec<_>>()
            .join(", "),
    );
    ajouter(
        "Programmes",
        aide.programs
            .iter()
            .filter_map(|p| etat.index.programme(*p))
            .map(|p| p.nom.clone())
            .collect::<Vec<_>>()
            .join(", "),
    );
    ajouter(
        "Étapes du projet",
        texte_liste(aide.mobilization_steps.iter().map(|e| e.label()).collect()),
    );
    ajouter(
        "Dépenses concernées",
        texte_liste(aide.destinations.iter().map(|d| d.label()).collect()),
    );
    ajouter(
        "Récurrence",
        aide.recurrence
            .map(|r| r.label().to_owned())
            .unwrap_or_default(),
    );
    let date = |d: Option<chrono::NaiveDate>| {
        d.map(|d| d.format("%d/%m/%Y").to_string())
            .unwrap_or_default()
    };
    ajouter("Date d'ouverture", date(aide.start_date));
    ajouter("Date de pré-dépôt", date(aide.predeposit_date));
    ajouter("Date de clôture", date(aide.submission_deadline));
    let taux = match (aide.subvention_rate.min, aide.subvention_rate.max) {
        (Some(min), Some(max)) => format!("de {min} % à {max} %"),
        (None, Some(max)) => format!("jusqu'à {max} %"),
        (Some(min), None) => format!("à partir de {min} %"),
        (None, None) => String::new(),
    };
    ajouter("Taux de subvention", taux);
    ajouter("Précisions sur le taux", aide.subvention_comment.clone());
    ajouter(
        "Montant du prêt",
        aide.loan_amount
            .map(|m| format!("{m} €"))
            .unwrap_or_default(),
    );
    ajouter(
        "Avance récupérable",
        aide.recoverable_advance_amount
            .map(|m| format!("{m} €"))
            .unwrap_or_default(),
    );
    ajouter(
        "Appel à projets",
        if aide.is_call_for_project {
            "Oui".to_owned()
        } else {
            String::new()
        },
    );
    ajouter(
        "Aide européenne",
        aide.european_aid
            .map(|e| e.label().to_owned())
            .unwrap_or_default(),
    );
    ajouter(
        "Service payant",
        if aide.is_charged {
            "Oui".to_owned()
        } else {
            String::new()
        },
    );
    ajouter(
        "France Relance",
        if aide.in_france_relance {
            "Oui".to_owned()
        } else {
            String::new()
        },
    );
    lignes
}

/// Query of the aid page: the perimeter the search was made on, to explain the match.
#[derive(Debug, serde::Deserialize)]
pub struct DepuisRecherche {
    perimeter: Option<String>,
}

/// The state of the follow form shown on the aid page.
#[derive(Default)]
struct FormulaireSuivi {
    email: String,
    erreurs: FieldErrors,
    demande: bool,
}

async fn fiche(
    app: &AppState,
    ctx: PageContext,
    user: Option<&socle::auth::CurrentUser>,
    slug: &str,
    recherche: Option<&str>,
    suivi: FormulaireSuivi,
) -> AppResult<Response> {
    let etat = etat::etat(app)?;
    let stockee = service::aide(app, &Selection::Slug(slug.to_owned())).await?;
    let aide = stockee.aide;
    let modifiable = user.is_some_and(|u| acces::peut_modifier(u, &aide));
    match aide.status {
        StatutAide::Published => {}
        StatutAide::Merged => {
            if let Some(gardee) = aide.merged_into
                && let Ok(gardee) =
                    service::aide(app, &Selection::Id(service::id_sql(gardee))).await
            {
                return Ok(
                    Redirect::permanent(&format!("/aides/{}", gardee.aide.slug)).into_response()
                );
            }
            return Err(AppError::NotFound(
                "cette aide a été fusionnée avec une autre".to_owned(),
            ));
        }
        StatutAide::Draft | StatutAide::Reviewable if modifiable => {}
        _ => {
            return Err(AppError::NotFound(
                "cette aide n'existe pas ou n'est pas publiée".to_owned(),
            ));
        }
    }
    let aujourdhui = etat::aujourdhui();
    let graphe = etat.perimetres();
    let echeance = aide.echeance(aujourdhui);
    let recherche = recherche
        .and_then(|r| PerimetreRef::parse(r).ok())
        .and_then(|r| graphe.resoudre(&r).ok());
    let (chemin, relation) = match (aide.perimeter, recherche) {
        (Some(p), Some(r)) => match graphe.chemin(p, r) {
            Some(chemin) => (
                chemin.etapes,
                Some(match chemin.relation {
                    Relation::Identique => "Ce périmètre est exactement le territoire recherché.",
                    Relation::Contient => {
                        "Le territoire recherché est couvert par le périmètre de l'aide :"
                    }
                    Relation::EstContenu => "L'aide porte sur une partie du territoire recherché :",
                }),
            ),
            None => (Vec::new(), None),
        },
        (Some(p), None) => {
            let mut etapes = vec![p];
            let mut ancetres = graphe.ancetres(p).to_vec();
            ancetres.sort_by_key(|id| graphe.get(*id).map(|a| a.echelle.poids()));
            etapes.extend(ancetres);
            (etapes, None)
        }
        _ => (Vec::new(), None),
    };
    let historique = socle::audit::history(app.db(), crate::MODULE, &format!("aide:{}", aide.id.0))
        .await?
        .into_iter()
        .rev()
        .take(20)
        .map(|r| (r.at.format("%d/%m/%Y").to_string(), r.summary))
        .collect();
    let contact = [&aide.contact, &aide.contact_email, &aide.contact_phone]
        .into_iter()
        .filter(|c| !c.trim().is_empty())
        .cloned()
        .collect();
    let vue = FichePage {
        ctx,
        titre: aide.name.clone(),
        slug: aide.slug.clone(),
        statut: (aide.status != StatutAide::Published).then(|| aide.status.label()),
        echeance: echeance.libelle(),
        classe_echeance: classe_echeance(echeance),
        perimetre: aide
            .perimeter
            .and_then(|p| graphe.get(p))
            .map(|p| format!("{} ({})", p.nom, p.echelle.label()))
            .unwrap_or_else(|| "Non renseigné".to_owned()),
        chemin: chemin
            .iter()
            .filter_map(|id| graphe.get(*id))
            .map(|p| p.nom.clone())
            .collect(),
        chemin_relation: relation,
        financeurs: liens_porteurs(&etat, &aide.financers),
        instructeurs: liens_porteurs(&etat, &aide.instructors),
        description: aide.description.clone(),
        eligibilite: aide.eligibility.clone(),
        exemples: aide.project_examples.clone(),
        caracteristiques_locales: aide.local_characteristics.clone(),
        lignes: lignes(&etat, &aide),
        origin_url: aide.origin_url.clone(),
        application_url: aide.application_url.clone(),
        contact,
        mention: aide
            .import
            .as_ref()
            .map(|i| format!("{} — licence : {}", i.data_mention, i.licence.label())),
        historique,
        modifiable: modifiable.then(|| format!("/aides/gestion/{}", aide.id.0)),
        email: suivi.email,
        erreurs: suivi.erreurs,
        suivi_demande: suivi.demande,
        a_echeance: aide.submission_deadline.is_some(),
    };
    render(&vue)
}

/// `GET /aides/{slug}`: the page of an aid.
pub async fn page(
    State(app): State<AppState>,
    ctx: PageContext,
    MaybeUser(user): MaybeUser,
    Path(slug): Path<String>,
    Requete(depuis): Requete<DepuisRecherche>,
) -> AppResult<Response> {
    fiche(
        &app,
        ctx,
        user.as_ref(),
        &slug,
        depuis.perimeter.as_deref(),
        FormulaireSuivi::default(),
    )
    .await
}

/// `POST /aides/{slug}/suivre`: follow an aid by e-mail (double opt-in).
pub async fn suivre(
    State(app): State<AppState>,
    ctx: PageContext,
    MaybeUser(user): MaybeUser,
    Path(slug): Path<String>,
    corps: String,
) -> AppResult<Response> {
    let champs = paires(&corps)?;
    let email = valeur(&champs, "email");
    match service::suivre_aide(&app, &slug, &email).await {
        Ok(()) => {
            let suivi = FormulaireSuivi {
                demande: true,
                ..FormulaireSuivi::default()
            };
            fiche(&app, ctx, user.as_ref(), &slug, None, suivi).await
        }
        Err(AppError::Invalid { fields, .. }) => {
            let mut erreurs = FieldErrors::new();
            for (champ, messages) in fields {
                if let Some(message) = messages.first() {
                    erreurs.add(&champ, message.clone());
                }
            }
            let suivi = FormulaireSuivi {
                email,
                erreurs,
                demande: false,
            };
            let page = fiche(&app, ctx, user.as_ref(), &slug, None, suivi).await?;
            Ok(avec_statut(page, StatusCode::UNPROCESSABLE_ENTITY))
        }
        Err(autre) => Err(autre),
    }
}

/// `GET /aides/{slug}/calendrier.ics`: the deadline of one aid as an iCal event.
pub async fn calendrier(
    State(app): State<AppState>,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let aide = service::aide(&app, &Selection::Slug(slug)).await?.aide;
    if aide.status != StatutAide::Published {
        return Err(AppError::NotFound(
            "cette aide n'existe pas ou n'est pas publiée".to_owned(),
        ));
    }
    ical(&app, &[&aide])
}

/// An iCal response.
pub fn ical(app: &AppState, aides: &[&Aide]) -> AppResult<Response> {
    let base = &app.config().base_url;
    let domaine = base
        .split("://")
        .nth(1)
        .unwrap_or(base)
        .split(['/', ':'])
        .next()
        .unwrap_or("localhost");
    let texte = calendrier_ical(aides, base, domaine, socle::db::now());
    Ok((
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/calendar; charset=utf-8"),
        )],
        texte,
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "aides/porteur.html")]
struct PorteurPage {
    ctx: PageContext,
    nom: String,
    description: String,
    perimetre: Option<String>,
    total: usize,
    aides: Vec<super::recherche::CarteAide>,
}

/// `GET /aides/porteurs/{id-slug}`: a carrier and its live aids.
pub async fn porteur(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(designation): Path<String>,
) -> AppResult<Response> {
    let introuvable = || AppError::NotFound("ce porteur d'aides n'existe pas".to_owned());
    let id: u32 = designation
        .split('-')
        .next()
        .and_then(|id| id.parse().ok())
        .ok_or_else(introuvable)?;
    let etat = etat::etat(&app)?;
    let porteur = etat.index.porteur(PorteurId(id)).ok_or_else(introuvable)?;
    let query = Query {
        porteurs: vec![porteur.id],
        taille: crate::search::TAILLE_MAX,
        aujourdhui: Some(etat::aujourdhui()),
        sans_facettes: true,
        ..Query::default()
    };
    let resultats: Results = etat
        .index
        .search(&query)
        .map_err(service::erreur_recherche)?;
    render(&PorteurPage {
        ctx,
        nom: porteur.nom.clone(),
        description: porteur.description.clone(),
        perimetre: porteur
            .perimetre
            .and_then(|p| etat.perimetres().get(p))
            .map(|p| p.nom.clone()),
        total: resultats.total,
        aides: resultats
            .hits
            .iter()
            .map(|hit| super::recherche::carte(&etat, hit, ""))
            .collect(),
    })
}

/// One field of the amendment form.
pub struct ChampAmendement {
    /// Django name.
    pub nom: &'static str,
    /// French label.
    pub libelle: &'static str,
    /// Value shown.
    pub valeur: String,
    /// Multi-line.
    pub long: bool,
    /// A date.
    pub date: bool,
}

#[derive(Template)]
#[template(path = "aides/amender.html")]
struct AmendementPage {
    ctx: PageContext,
    titre: String,
    slug: String,
    champs: Vec<ChampAmendement>,
    auteur: AuteurAmendement,
    erreurs: FieldErrors,
    envoye: bool,
}

fn champs_amendement(aide: &Aide, saisis: Option<&[(String, String)]>) -> Vec<ChampAmendement> {
    CHAMPS_AMENDABLES
        .iter()
        .map(|(champ, libelle)| ChampAmendement {
            nom: champ.nom(),
            libelle,
            valeur: match saisis {
                Some(paires) => valeur(paires, champ.nom()),
                None => valeur_amendable(aide, *champ),
            },
            long: matches!(
                champ,
                ChampAide::Description
                    | ChampAide::Eligibility
                    | ChampAide::ProjectExamples
                    | ChampAide::Contact
            ),
            date: *champ == ChampAide::SubmissionDeadline,
        })
        .collect()
}

async fn aide_publiee(app: &AppState, slug: &str) -> AppResult<Aide> {
    let aide = service::aide(app, &Selection::Slug(slug.to_owned()))
        .await?
        .aide;
    if aide.status != StatutAide::Published {
        return Err(AppError::NotFound(
            "cette aide n'existe pas ou n'est pas publiée".to_owned(),
        ));
    }
    Ok(aide)
}

/// `GET /aides/{slug}/amender`: the amendment form (anyone, even without an account).
pub async fn amender(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let aide = aide_publiee(&app, &slug).await?;
    render(&AmendementPage {
        ctx,
        titre: aide.name.clone(),
        slug,
        champs: champs_amendement(&aide, None),
        auteur: AuteurAmendement::default(),
        erreurs: FieldErrors::new(),
        envoye: false,
    })
}

/// `POST /aides/{slug}/amender`: keeps the suggestion as a pending diff for review.
pub async fn proposer(
    State(app): State<AppState>,
    ctx: PageContext,
    MaybeUser(user): MaybeUser,
    Path(slug): Path<String>,
    corps: String,
) -> AppResult<Response> {
    let aide = aide_publiee(&app, &slug).await?;
    let saisis = paires(&corps)?;
    // A field absent from the form is not a proposal to empty it.
    let propositions: Vec<(ChampAide, String)> = CHAMPS_AMENDABLES
        .iter()
        .filter(|(champ, _)| saisis.iter().any(|(cle, _)| cle == champ.nom()))
        .map(|(champ, _)| (*champ, valeur(&saisis, champ.nom())))
        .collect();
    let auteur = AuteurAmendement {
        nom: valeur(&saisis, "auteur_nom"),
        email: valeur(&saisis, "auteur_email"),
        organisation: valeur(&saisis, "auteur_organisation"),
        commentaire: valeur(&saisis, "commentaire"),
    };
    match service::proposer_amendement(&app, user.as_ref(), &slug, &propositions, &auteur).await {
        Ok(_) => render(&AmendementPage {
            ctx,
            titre: aide.name.clone(),
            slug,
            champs: champs_amendement(&aide, None),
            auteur: AuteurAmendement::default(),
            erreurs: FieldErrors::new(),
            envoye: true,
        }),
        Err(AppError::Invalid { fields, .. }) => {
            let mut erreurs = FieldErrors::new();
            for (champ, messages) in fields {
                if let Some(message) = messages.first() {
                    erreurs.add(&champ, message.clone());
                }
            }
            let page = render(&AmendementPage {
                ctx,
                titre: aide.name.clone(),
                slug,
                champs: champs_amendement(&aide, Some(&saisis)),
                auteur,
                erreurs,
                envoye: false,
            })?;
            Ok(avec_statut(page, StatusCode::UNPROCESSABLE_ENTITY))
        }
        Err(autre) => Err(autre),
    }
}
