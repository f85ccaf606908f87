//! Subscription pages: the form, the confirmation link (double opt-in) and the one-click unsubscribe link.

use std::net::IpAddr;
use std::num::NonZeroU32;

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use axum::routing::get;
use axum::{Form, Router};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use serde::Deserialize;
use socle::auth::normalize_email;
use socle::web::forms::FieldErrors;
use socle::web::layout::PageContext;
use socle::web::limits::ClientIp;
use socle::web::pages::render;
use socle::{AppError, AppResult, AppState};

use super::Champs;
use super::public::{TYPES_AFFICHES, source_label};
use crate::abonnement::{self, Inscription, InscriptionError, LieuSuivi};
use crate::domain::nomenclature::{Profil, TypeZone};
use crate::domain::recherche::{LATITUDE_LIMITE, LONGITUDE_LIMITE};

/// Routes of the subscription pages.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/secheresse/abonnement", get(formulaire).post(inscrire))
        .route("/secheresse/abonnement/confirmer", get(confirmer))
        .route("/secheresse/abonnement/desabonner", get(desabonner))
}

/// How many places a subscription follows at most.
pub const LIEUX_MAX: usize = 3;

/// Subscription requests per IP address and minute (the platform limits only the JSON API).
pub struct LimiteAbonnements(DefaultKeyedRateLimiter<IpAddr>);

impl std::fmt::Debug for LimiteAbonnements {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LimiteAbonnements")
    }
}

impl Default for LimiteAbonnements {
    fn default() -> Self {
        Self(RateLimiter::keyed(Quota::per_minute(
            NonZeroU32::new(5).unwrap_or(NonZeroU32::MIN),
        )))
    }
}

#[derive(Template)]
#[template(path = "secheresse/abonnement.html")]
struct AbonnementPage {
    ctx: PageContext,
    email: String,
    lieux: Vec<(usize, String)>,
    profil: &'static str,
    profils: Vec<(&'static str, &'static str)>,
    types: Vec<(&'static str, &'static str, bool)>,
    erreurs: FieldErrors,
}

#[derive(Template)]
#[template(path = "secheresse/message.html")]
struct MessagePage {
    ctx: PageContext,
    titre: &'static str,
    paragraphes: Vec<String>,
}

fn page(ctx: PageContext, champs: &Champs, erreurs: FieldErrors) -> AbonnementPage {
    let profil = Profil::parse(champs.get("profil")).unwrap_or(Profil::Particulier);
    let coches = champs.all("types");
    AbonnementPage {
        ctx,
        email: champs.get("email").to_owned(),
        lieux: (1..=LIEUX_MAX)
            .map(|position| (position, champs.get(&format!("lieu_{position}")).to_owned()))
            .collect(),
        profil: profil.code(),
        profils: Profil::ALL
            .into_iter()
            .map(|profil| (profil.code(), profil.label()))
            .collect(),
        types: TYPES_AFFICHES
            .into_iter()
            .map(|type_zone| {
                let checked = if coches.is_empty() {
                    type_zone == TypeZone::Aep
                } else {
                    coches.contains(&type_zone.code())
                };
                (type_zone.code(), source_label(type_zone), checked)
            })
            .collect(),
        erreurs,
    }
}

async fn formulaire(ctx: PageContext) -> AppResult<Response> {
    render(&page(ctx, &Champs::default(), FieldErrors::new()))
}

/// Reads a place: coordinates "lon, lat" or a commune.
fn lieu(app: &AppState, texte: &str) -> Result<LieuSuivi, String> {
    let numbers: Vec<f64> = texte
        .split([',', ';', ' '])
        .filter(|part| !part.is_empty())
        .map(str::parse)
        .collect::<Result<_, _>>()
        .unwrap_or_default();
    if let [lon, lat] = numbers.as_slice() {
        if !(lon.is_finite() && lat.is_finite())
            || lon.abs() >= LONGITUDE_LIMITE
            || lat.abs() >= LATITUDE_LIMITE
        {
            return Err(format!(
                "coordonnées hors limites : « {texte} » (longitude puis latitude, en degrés)"
            ));
        }
        return Ok(LieuSuivi {
            libelle: format!("point {lat:.5} N, {lon:.5} E"),
            commune: None,
            lon: Some(*lon),
            lat: Some(*lat),
        });
    }
    let (code, nom) = super::public::resoudre_commune(app, texte)?;
    Ok(LieuSuivi {
        libelle: format!("{nom} ({code})"),
        commune: Some(code),
        lon: None,
        lat: None,
    })
}

async fn inscrire(
    State(app): State<AppState>,
    ctx: PageContext,
    ClientIp(ip): ClientIp,
    Form(champs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let champs = Champs(champs);
    if let Some(limite) = app.extension::<LimiteAbonnements>()
        && limite.0.check_key(&ip).is_err()
    {
        return Err(AppError::TooManyRequests(60));
    }
    let mut erreurs = FieldErrors::new();
    let email = normalize_email(champs.get("email")).unwrap_or_else(|message| {
        erreurs.add("email", message);
        String::new()
    });
    let mut lieux = Vec::new();
    for position in 1..=LIEUX_MAX {
        let field = format!("lieu_{position}");
        let texte = champs.get(&field);
        if texte.is_empty() {
            continue;
        }
        match lieu(&app, texte) {
            Ok(found) => lieux.push(found),
            Err(message) => erreurs.add(&field, message),
        }
    }
    if lieux.is_empty() && !erreurs.has("lieu_1") {
        erreurs.add(
            "lieu_1",
            "le champ « Lieu 1 » est obligatoire : indiquez une commune ou des coordonnées",
        );
    }
    let profil = Profil::parse(champs.get("profil"));
    if profil.is_err() {
        erreurs.add("profil", "choisissez un profil");
    }
    let types: Vec<TypeZone> = champs
        .all("types")
        .into_iter()
        .filter_map(|code| TypeZone::parse(code).ok())
        .collect();
    if types.is_empty() {
        erreurs.add("types", "choisissez au moins une eau à suivre");
    }
    let (Ok(profil), true) = (profil, erreurs.is_empty()) else {
        return render(&page(ctx, &champs, erreurs));
    };
    let inscription = Inscription {
        email,
        profil,
        types,
        lieux,
    };
    match abonnement::inscrire(&app, &inscription).await {
        Ok(()) => render(&MessagePage {
            ctx,
            titre: "Vérifiez votre messagerie",
            paragraphes: vec![
                format!(
                    "Un courriel vient d'être envoyé à {} : ouvrez le lien qu'il contient dans les 7 jours pour \
                     confirmer votre abonnement.",
                    inscription.email
                ),
                "Sans confirmation, la demande est supprimée. Chaque message contiendra un lien de désabonnement en \
                 un clic."
                    .to_owned(),
            ],
        }),
        Err(error @ InscriptionError::TropDeDemandes) => {
            let mut erreurs = FieldErrors::new();
            erreurs.add("email", error.to_string());
            render(&page(ctx, &champs, erreurs))
        }
        Err(InscriptionError::Store(error)) => Err(error.into()),
    }
}

#[derive(Debug, Default, Deserialize)]
struct Jeton {
    #[serde(default)]
    jeton: String,
}

async fn confirmer(
    State(app): State<AppState>,
    ctx: PageContext,
    Query(query): Query<Jeton>,
) -> AppResult<Response> {
    let confirmed = !query.jeton.is_empty() && abonnement::confirmer(&app, &query.jeton).await?;
    let (titre, paragraphes) = if confirmed {
        (
            "Abonnement confirmé",
            vec![
                "Vous serez prévenu par courriel, dans les minutes qui suivent chaque publication, quand le niveau de \
                 restriction change pour les lieux que vous suivez."
                    .to_owned(),
            ],
        )
    } else {
        (
            "Lien de confirmation invalide",
            vec![
                "Ce lien a déjà servi, a expiré (7 jours) ou est incomplet. Vous pouvez refaire une demande d'abonnement."
                    .to_owned(),
            ],
        )
    };
    render(&MessagePage {
        ctx,
        titre,
        paragraphes,
    })
}

/// One click in a mail deletes the subscription: no form to fill, no account needed.
async fn desabonner(
    State(app): State<AppState>,
    ctx: PageContext,
    Query(query): Query<Jeton>,
) -> AppResult<Response> {
    let deleted = !query.jeton.is_empty() && abonnement::desabonner(&app, &query.jeton).await?;
    let (titre, paragraphes) = if deleted {
        (
            "Vous êtes désabonné",
            vec![
                "Votre abonnement et votre adresse électronique ont été supprimés. Vous ne recevrez plus de message."
                    .to_owned(),
            ],
        )
    } else {
        (
            "Aucun abonnement à supprimer",
            vec!["Cet abonnement n'existe pas ou a déjà été supprimé.".to_owned()],
        )
    };
    render(&MessagePage {
        ctx,
        titre,
        paragraphes,
    })
}
