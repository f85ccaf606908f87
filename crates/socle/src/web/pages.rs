//! Pages of the platform itself: home, site map, the mandatory public-service pages, error pages.

use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use std::collections::BTreeMap;

use crate::app::AppState;
use crate::module::ModuleInfo;
use crate::web::error::{AppError, AppResult, ErrorReport};
use crate::web::layout::PageContext;

/// Routes of the platform pages.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home))
        .route("/plan-du-site", get(site_map))
        .route("/accessibilite", get(accessibility))
        .route("/mentions-legales", get(legal_notice))
        .route("/donnees-personnelles", get(personal_data))
}

/// Renders a template into an HTML response; a rendering failure is a 500.
pub fn render(template: &impl Template) -> AppResult<Response> {
    template
        .render()
        .map(|html| Html(html).into_response())
        .map_err(AppError::internal)
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    ctx: PageContext,
    modules: Vec<ModuleInfo>,
}

async fn home(State(app): State<AppState>, ctx: PageContext) -> AppResult<Response> {
    render(&HomePage {
        ctx,
        modules: app.module_infos().to_vec(),
    })
}

/// A page of text sections: (heading, paragraphs), plus links.
#[derive(Template)]
#[template(path = "static_page.html")]
struct StaticPage {
    ctx: PageContext,
    title: &'static str,
    sections: Vec<(&'static str, Vec<String>)>,
    links: Vec<(String, String)>,
}

async fn site_map(State(app): State<AppState>, ctx: PageContext) -> AppResult<Response> {
    let mut links = vec![("Accueil".to_owned(), "/".to_owned())];
    links.extend(
        app.module_infos()
            .iter()
            .map(|m| (m.title.to_owned(), m.href.to_owned())),
    );
    links.extend(
        [
            ("API et documentation", "/api"),
            ("Se connecter", "/compte/connexion"),
            ("Créer un compte", "/compte/inscription"),
            ("Mon compte", "/compte"),
            ("Accessibilité", "/accessibilite"),
            ("Mentions légales", "/mentions-legales"),
            ("Données personnelles et cookies", "/donnees-personnelles"),
        ]
        .map(|(title, href)| (title.to_owned(), href.to_owned())),
    );
    render(&StaticPage {
        ctx,
        title: "Plan du site",
        sections: Vec::new(),
        links,
    })
}

async fn accessibility(ctx: PageContext) -> AppResult<Response> {
    let sections = vec![
        (
            "État de conformité",
            vec![
                "Les ministères chargés de l'écologie et des territoires s'engagent à rendre leurs services numériques \
                 accessibles, conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005."
                    .to_owned(),
                "La Fabrique numérique n'a pas encore fait l'objet d'un audit complet selon le référentiel général \
                 d'amélioration de l'accessibilité (RGAA 4.1) : elle est donc déclarée non conforme en attendant cet \
                 audit. Chaque page principale est vérifiée automatiquement (axe-core, dans un navigateur réel) et \
                 parcourue au clavier à chaque modification du code."
                    .to_owned(),
            ],
        ),
        (
            "Retour d'information et contact",
            vec![
                "Si vous n'arrivez pas à accéder à un contenu ou à un service, écrivez à l'équipe de la Fabrique \
                 numérique : nous vous orienterons vers une alternative accessible ou vous transmettrons le contenu \
                 sous une autre forme."
                    .to_owned(),
            ],
        ),
        (
            "Voies de recours",
            vec![
                "Si vous constatez un défaut d'accessibilité qui vous empêche d'accéder à un contenu et que vous \
                 n'avez pas obtenu de réponse satisfaisante, vous pouvez écrire au Défenseur des droits, contacter \
                 son délégué dans votre région ou lui écrire gratuitement : Défenseur des droits, Libre réponse 71120, \
                 75342 Paris CEDEX 07."
                    .to_owned(),
            ],
        ),
    ];
    render(&StaticPage {
        ctx,
        title: "Déclaration d'accessibilité",
        sections,
        links: Vec::new(),
    })
}

async fn legal_notice(ctx: PageContext) -> AppResult<Response> {
    let sections = vec![
        (
            "Éditeur",
            vec![
                "Ministère de la Transition écologique et ministère de la Cohésion des territoires — Fabrique \
                 numérique, Tour Séquoia, 1 place Carpeaux, 92800 Puteaux."
                    .to_owned(),
            ],
        ),
        ("Directeur de la publication", vec!["Le secrétaire général des ministères.".to_owned()]),
        (
            "Code source et licences",
            vec![
                "Le code source de la plateforme est ouvert. Le système de design de l'État (DSFR) est utilisé sous \
                 licence etalab-2.0 ; les données géographiques proviennent du Code officiel géographique de \
                 l'INSEE, diffusé par Etalab (paquet @etalab/decoupage-administratif)."
                    .to_owned(),
            ],
        ),
    ];
    render(&StaticPage {
        ctx,
        title: "Mentions légales",
        sections,
        links: Vec::new(),
    })
}

async fn personal_data(ctx: PageContext) -> AppResult<Response> {
    let sections = vec![
        (
            "Données traitées",
            vec![
                "Pour créer un compte : adresse électronique, nom affiché et empreinte du mot de passe (argon2id ; le \
                 mot de passe lui-même n'est jamais conservé). Pour les services : les données que vous y déposez, \
                 selon les règles propres à chacun et leurs durées de conservation."
                    .to_owned(),
                "Chaque modification est inscrite dans un journal d'audit (auteur, action, objet), conservé pour \
                 garantir la traçabilité des décisions administratives."
                    .to_owned(),
            ],
        ),
        (
            "Cookies",
            vec![
                "Ce site n'utilise que deux cookies strictement nécessaires, exemptés de consentement : l'un garde \
                 votre session ouverte, l'autre protège les formulaires contre la falsification de requêtes. Aucun \
                 cookie de mesure d'audience ni de publicité."
                    .to_owned(),
            ],
        ),
        (
            "Vos droits",
            vec![
                "Vous pouvez accéder à vos données, les faire rectifier ou effacer, et vous opposer à leur traitement \
                 (règlement (UE) 2016/679, articles 15 à 21), en écrivant au délégué à la protection des données des \
                 ministères. Vous pouvez aussi saisir la CNIL."
                    .to_owned(),
            ],
        ),
    ];
    render(&StaticPage {
        ctx,
        title: "Données personnelles et cookies",
        sections,
        links: Vec::new(),
    })
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    ctx: PageContext,
    status: u16,
    title: &'static str,
    message: &'a str,
    advice: &'static str,
    fields: &'a BTreeMap<String, Vec<String>>,
}

/// The error page of a report (used by the error middleware).
pub fn error_page(ctx: PageContext, report: &ErrorReport) -> Response {
    let (title, advice) = match report.status {
        StatusCode::NOT_FOUND => (
            "Page non trouvée",
            "Si vous avez tapé l'adresse dans le navigateur, vérifiez qu'elle est correcte. Sinon, suivez un lien \
             ci-dessous pour continuer votre visite.",
        ),
        StatusCode::FORBIDDEN => (
            "Accès refusé",
            "Si vous pensez devoir y accéder, connectez-vous avec le bon compte ou demandez le rôle nécessaire à un \
             administrateur.",
        ),
        StatusCode::UNPROCESSABLE_ENTITY | StatusCode::BAD_REQUEST => (
            "Demande invalide",
            "Revenez à la page précédente, corrigez votre saisie et recommencez.",
        ),
        StatusCode::PAYLOAD_TOO_LARGE => (
            "Contenu trop volumineux",
            "Réduisez la taille du fichier ou du texte envoyé.",
        ),
        StatusCode::TOO_MANY_REQUESTS => (
            "Trop de demandes",
            "Patientez quelques instants avant de recommencer.",
        ),
        StatusCode::METHOD_NOT_ALLOWED => (
            "Action non permise",
            "Cette adresse ne s'utilise pas de cette manière.",
        ),
        StatusCode::CONFLICT => (
            "Conflit",
            "Rechargez la page pour voir l'état actuel, puis recommencez.",
        ),
        status if status.is_server_error() => (
            "Erreur inattendue",
            "Essayez de rafraîchir la page ou réessayez un peu plus tard. L'équipe a été prévenue.",
        ),
        _ => (
            "Demande impossible",
            "Revenez à la page précédente et recommencez.",
        ),
    };
    let page = ErrorPage {
        ctx,
        status: report.status.as_u16(),
        title,
        message: &report.message,
        advice,
        fields: &report.fields,
    };
    match page.render() {
        Ok(html) => (report.status, Html(html)).into_response(),
        Err(error) => {
            tracing::error!(%error, "rendu de la page d'erreur impossible");
            (report.status, report.message.clone()).into_response()
        }
    }
}
