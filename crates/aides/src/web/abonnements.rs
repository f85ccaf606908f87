//! The alert form and the one-click links of the alert and follow mails, plus the iCal feed of the aids an
//! address follows. No account is needed: the mailed tokens are the only keys.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use socle::AppState;
use socle::web::error::{AppError, AppResult};
use socle::web::layout::PageContext;
use socle::web::pages::render;

use super::{avec_statut, paires, valeur};
use crate::etat;
use crate::referentiels::{FrequenceAlerte, StatutAide};
use crate::service::{self, NouvelleAlerte};
use crate::store::{self, Selection};

#[derive(Template)]
#[template(path = "aides/message.html")]
struct MessagePage {
    ctx: PageContext,
    titre: String,
    alerte: Option<String>,
    classe: &'static str,
    paragraphes: Vec<String>,
    liens: Vec<(String, String)>,
}

fn message(
    ctx: PageContext,
    titre: &str,
    alerte: Option<String>,
    succes: bool,
    paragraphes: Vec<String>,
    liens: Vec<(String, String)>,
) -> AppResult<Response> {
    render(&MessagePage {
        ctx,
        titre: titre.to_owned(),
        alerte,
        classe: if succes {
            "fr-alert--success"
        } else {
            "fr-alert--info"
        },
        paragraphes,
        liens,
    })
}

fn retour() -> Vec<(String, String)> {
    vec![(
        "Retour à la recherche d'aides".to_owned(),
        "/aides".to_owned(),
    )]
}

/// `POST /aides/alertes`: saves a search as an alert and mails the confirmation link.
pub async fn creer_alerte(
    State(app): State<AppState>,
    ctx: PageContext,
    corps: String,
) -> AppResult<Response> {
    let champs = paires(&corps)?;
    let frequence =
        FrequenceAlerte::from_code(&valeur(&champs, "alert_frequency")).ok_or_else(|| {
            AppError::invalid_field(
                "alert_frequency",
                "choisissez une fréquence : quotidienne ou hebdomadaire",
            )
        });
    let querystring = valeur(&champs, "querystring");
    let resultat = match frequence {
        Ok(frequence) => {
            service::creer_alerte(
                &app,
                &NouvelleAlerte {
                    email: valeur(&champs, "email"),
                    title: valeur(&champs, "title"),
                    frequence,
                    querystring: querystring.clone(),
                    source: None,
                },
            )
            .await
        }
        Err(erreur) => Err(erreur),
    };
    match resultat {
        Ok(_) => message(
            ctx,
            "Vérifiez votre messagerie",
            Some("Votre alerte est enregistrée : ouvrez le lien reçu par courriel pour la confirmer.".to_owned()),
            true,
            vec!["Sans confirmation, elle sera effacée dans 7 jours.".to_owned()],
            retour(),
        ),
        Err(AppError::Invalid { message: texte, fields }) => {
            let mut paragraphes = vec![texte];
            paragraphes.extend(fields.into_values().flatten());
            let page = message(
                ctx,
                "L'alerte n'a pas pu être créée",
                None,
                false,
                paragraphes,
                vec![(
                    "Revenir à la recherche pour corriger".to_owned(),
                    format!("/aides?{querystring}"),
                )],
            )?;
            Ok(avec_statut(page, StatusCode::UNPROCESSABLE_ENTITY))
        }
        Err(autre) => Err(autre),
    }
}

/// `GET /aides/alertes/{jeton}/confirmer`: the double opt-in link.
pub async fn confirmer_alerte(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(jeton): Path<String>,
) -> AppResult<Response> {
    match service::confirmer_alerte(&app, &jeton).await? {
        Some(alerte) => message(
            ctx,
            "Alerte confirmée",
            Some(format!("Votre alerte « {} » est active.", alerte.title)),
            true,
            vec!["Vous recevrez un courriel quand de nouvelles aides correspondront à votre recherche. Chaque courriel contient un lien pour supprimer l'alerte en un clic.".to_owned()],
            vec![
                ("Voir la recherche".to_owned(), format!("/aides?{}", alerte.querystring)),
                ("Retour à la recherche d'aides".to_owned(), "/aides".to_owned()),
            ],
        ),
        None => Err(AppError::NotFound(
            "ce lien de confirmation est inconnu ou a déjà servi".to_owned(),
        )),
    }
}

/// `GET /aides/alertes/{jeton}/supprimer`: one-click unsubscribe.
pub async fn supprimer_alerte(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(jeton): Path<String>,
) -> AppResult<Response> {
    let supprimee = service::supprimer_alerte(&app, &jeton).await?;
    message(
        ctx,
        "Alerte supprimée",
        Some(match supprimee {
            Some(alerte) => format!(
                "L'alerte « {} » est supprimée : vous ne recevrez plus ses courriels.",
                alerte.title
            ),
            None => "Cette alerte n'existe plus : elle a déjà été supprimée.".to_owned(),
        }),
        true,
        vec!["Votre adresse a été effacée avec l'alerte.".to_owned()],
        retour(),
    )
}

/// `GET /aides/suivis/{jeton}/confirmer`: confirms a follow.
pub async fn confirmer_suivi(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(jeton): Path<String>,
) -> AppResult<Response> {
    let suivi = service::confirmer_suivi(&app, &jeton)
        .await?
        .ok_or_else(|| {
            AppError::NotFound("ce lien de confirmation est inconnu ou a déjà servi".to_owned())
        })?;
    message(
        ctx,
        "Suivi confirmé",
        Some("Vous recevrez un rappel 30 et 7 jours avant la clôture de cette aide.".to_owned()),
        true,
        vec!["Abonnez votre agenda au calendrier des échéances de toutes les aides que vous suivez :".to_owned()],
        vec![
            ("Calendrier des échéances (iCal)".to_owned(), format!("/aides/suivis/{}/echeances.ics", suivi.jeton)),
            ("Ne plus suivre cette aide".to_owned(), format!("/aides/suivis/{}/arreter", suivi.jeton)),
            ("Retour à la recherche d'aides".to_owned(), "/aides".to_owned()),
        ],
    )
}

/// `GET /aides/suivis/{jeton}/arreter`: stops a follow in one click.
pub async fn arreter_suivi(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(jeton): Path<String>,
) -> AppResult<Response> {
    let arrete = service::arreter_suivi(&app, &jeton).await?;
    message(
        ctx,
        "Suivi arrêté",
        Some(if arrete.is_some() {
            "Vous ne recevrez plus de rappel pour cette aide.".to_owned()
        } else {
            "Ce suivi n'existe plus : il a déjà été arrêté.".to_owned()
        }),
        true,
        Vec::new(),
        retour(),
    )
}

/// `GET /aides/suivis/{jeton}/echeances.ics`: the deadlines of every aid the address of this follow follows.
pub async fn calendrier(
    State(app): State<AppState>,
    Path(jeton): Path<String>,
) -> AppResult<Response> {
    let suivi = store::suivi(app.db(), &jeton)
        .await?
        .filter(|s| s.confirmed_at.is_some())
        .ok_or_else(|| AppError::NotFound("ce calendrier n'existe pas".to_owned()))?;
    let etat = etat::etat(&app)?;
    let mut aides = Vec::new();
    for autre in store::suivis_de(app.db(), &suivi.email).await? {
        if let Some(stockee) =
            store::aide(app.db(), etat.perimetres(), &Selection::Id(autre.aide_id)).await?
            && stockee.aide.status == StatutAide::Published
        {
            aides.push(stockee.aide);
        }
    }
    let references: Vec<_> = aides.iter().collect();
    super::fiche::ical(&app, &references)
}
