//! Calls for projects: the public list and page (calendar, scope, model form, FAQ, contact), the team's forms and
//! transitions, the instruction list of the submissions, and the funnel of a call.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use chrono::NaiveDateTime;
use serde::Deserialize;
use socle::auth::{CurrentUser, MaybeUser};
use socle::web::forms::FieldErrors;
use socle::web::layout::PageContext;
use socle::web::pages::render;
use socle::{AppError, AppResult, AppState};
use tower_sessions::Session;

use super::{Miette, date_fr, fil, heure_fr, instant_fr, lire, option_texte, succes};
use crate::acces;
use crate::domain::appel::{
    ActionAppel, AppelAProjets, Jalon, QuestionFaq, RETENTION_MAX, StatutAppel,
};
use crate::domain::candidature::StatutCandidature;
use crate::domain::formulaire::{Formulaire, TypeChamp};
use crate::domain::ids::{IncubateurId, OrganisationId};
use crate::domain::jury::grille::Grille;
use crate::domain::organisation::{DomaineMinisteriel, TypeOrganisation};
use crate::domain::perimetre::{CritereEligibilite, Perimetre};
use crate::service::{self, Acteur, paris_now};
use crate::store::appels::{self, AppelStocke};
use crate::store::{candidatures, catalogue};

/// The French label of a call action's button.
fn libelle_action(action: &ActionAppel) -> &'static str {
    match action {
        ActionAppel::Publier => "Publier l'appel",
        ActionAppel::Clore => "Clore l'appel",
        ActionAppel::OuvrirEligibilite => "Ouvrir l'examen d'éligibilité",
        ActionAppel::OuvrirPreselection => "Ouvrir la présélection",
        ActionAppel::OuvrirAuditions => "Ouvrir les auditions",
        ActionAppel::OuvrirDeliberation => "Ouvrir la délibération",
        ActionAppel::Notifier => "Notifier les décisions",
        ActionAppel::Archiver => "Archiver l'appel",
        ActionAppel::Revenir { .. } => "Revenir à une étape antérieure",
    }
}

/// The forward action from a state, if any.
fn action_suivante(statut: StatutAppel) -> Option<ActionAppel> {
    let index = StatutAppel::ALL.iter().position(|s| *s == statut)?;
    ActionAppel::FORWARD.get(index).cloned()
}

/// A call in a list.
#[derive(Debug)]
pub struct LigneAppel {
    id: i64,
    titre: String,
    incubateur: String,
    statut: String,
    brouillon: bool,
    cloture: String,
}

#[derive(Template)]
#[template(path = "incubateur/appels.html")]
struct ListePage {
    ctx: PageContext,
    fil: Vec<Miette>,
    lignes: Vec<LigneAppel>,
    equipe: bool,
}

/// `GET /incubateur/appels`: published calls (and the drafts of the incubators the caller belongs to).
pub async fn liste(
    State(app): State<AppState>,
    ctx: PageContext,
    MaybeUser(user): MaybeUser,
) -> AppResult<Response> {
    let catalogue = catalogue::current(&app).await?;
    let lignes = appels::list(&mut app.db())
        .await?
        .into_iter()
        .filter(|a| {
            a.appel.statut != StatutAppel::Brouillon
                || user
                    .as_ref()
                    .is_some_and(|u| acces::is_admin_of(u, a.appel.incubateur.as_str()))
        })
        .map(|a| LigneAppel {
            id: a.id,
            titre: a.appel.title.clone(),
            incubateur: catalogue.incubateur_title(a.appel.incubateur.as_str()),
            statut: a.appel.statut.label().to_owned(),
            brouillon: a.appel.statut == StatutAppel::Brouillon,
            cloture: a.appel.closes_at.map(heure_fr).unwrap_or_default(),
        })
        .collect();
    render(&ListePage {
        ctx,
        fil: fil(&[("Appels à projets", None)]),
        lignes,
        equipe: user
            .as_ref()
            .is_some_and(|u| u.has_role(crate::MODULE, acces::ROLE_ADMIN)),
    })
}

/// The fields of the call form, as typed.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct AppelForm {
    #[serde(default)]
    incubateur: String,
    #[serde(default)]
    titre: String,
    #[serde(default)]
    theme: String,
    #[serde(default)]
    ouverture: String,
    #[serde(default)]
    cloture: String,
    #[serde(default)]
    contact: String,
    #[serde(default)]
    signataire: String,
    #[serde(default)]
    perimetre_libelle: String,
    #[serde(default)]
    perimetre_centrale: Option<String>,
    #[serde(default)]
    perimetre_familles: String,
    #[serde(default)]
    perimetre_branches: String,
    #[serde(default)]
    faq: String,
    #[serde(default)]
    jalons: String,
    #[serde(default)]
    conservation_mois: String,
    #[serde(default)]
    poids: Vec<String>,
    #[serde(default)]
    version: i64,
}

impl AppelForm {
    /// The form of the first call's preset: central administration, DREAL, DIRM and DIR.
    fn nouveau(incubateur: String) -> Self {
        let perimetre = Perimetre::premier_appel_fabrique();
        AppelForm {
            incubateur,
            perimetre_libelle: perimetre.libelle,
            perimetre_centrale: Some("on".to_owned()),
            perimetre_familles: "DREAL, DIRM, DIR".to_owned(),
            conservation_mois: "12".to_owned(),
            poids: vec!["1".to_owned(); Grille::defaut().criteres.len()],
            ..AppelForm::default()
        }
    }

    fn depuis(stocke: &AppelStocke) -> Self {
        let appel = &stocke.appel;
        let mut familles = Vec::new();
        let mut branches = Vec::new();
        let mut centrale = false;
        for critere in &appel.perimetre.criteres {
            match critere {
                CritereEligibilite::Type { kind, .. } => {
                    centrale |= *kind == TypeOrganisation::AdministrationCentrale;
                }
                CritereEligibilite::FamilleService(famille) => familles.push(famille.clone()),
                CritereEligibilite::SousOrganisation(id) => branches.push(id.to_string()),
            }
        }
        AppelForm {
            incubateur: appel.incubateur.to_string(),
            titre: appel.title.clone(),
            theme: appel.theme.clone(),
            ouverture: appel
                .opens_at
                .map(|t| t.format("%Y-%m-%dT%H:%M").to_string())
                .unwrap_or_default(),
            cloture: appel
                .closes_at
                .map(|t| t.format("%Y-%m-%dT%H:%M").to_string())
                .unwrap_or_default(),
            contact: appel.contact_mailbox.clone().unwrap_or_default(),
            signataire: appel.signatory.clone().unwrap_or_default(),
            perimetre_libelle: appel.perimetre.libelle.clone(),
            perimetre_centrale: centrale.then(|| "on".to_owned()),
            perimetre_familles: familles.join(", "),
            perimetre_branches: branches.join(", "),
            faq: appel
                .faq
                .iter()
                .map(|q| format!("{}\n{}", q.question, q.reponse))
                .collect::<Vec<_>>()
                .join("\n\n"),
            jalons: appel
                .milestones
                .iter()
                .map(|j| format!("{} {}", j.date, j.libelle))
                .collect::<Vec<_>>()
                .join("\n"),
            conservation_mois: appel.retention_months.to_string(),
            poids: stocke
                .poids
                .iter()
                .map(|p| super::nombre_fr(*p, 1))
                .collect(),
            version: stocke.version,
        }
    }

    /// The grid's criteria with the weights typed in the form.
    fn criteres(&self) -> Vec<(String, String)> {
        Grille::defaut()
            .criteres
            .iter()
            .enumerate()
            .map(|(index, critere)| {
                (
                    critere.libelle.to_owned(),
                    self.poids.get(index).cloned().unwrap_or_default(),
                )
            })
            .collect()
    }

    /// Checks every field; returns the call and the weights, or the errors by field.
    fn valider(&self, incubateur: &str) -> Result<(AppelAProjets, Vec<f64>), FieldErrors> {
        let mut errors = FieldErrors::new();
        let titre = socle::web::forms::required(&mut errors, "titre", "Titre", &self.titre, 200);
        let theme = socle::web::forms::required(&mut errors, "theme", "Thème", &self.theme, 300);
        let incubateur = IncubateurId::parse(incubateur.trim())
            .map_err(|error| errors.add("incubateur", format!("« Incubateur » : {error}")))
            .ok();
        let date_heure = |errors: &mut FieldErrors, champ: &str, libelle: &str, valeur: &str| {
            let valeur = valeur.trim();
            if valeur.is_empty() {
                return None;
            }
            NaiveDateTime::parse_from_str(valeur, "%Y-%m-%dT%H:%M")
                .map_err(|_| {
                    errors.add(
                        champ,
                        format!(
                            "« {libelle} » : date et heure invalides (attendu AAAA-MM-JJ HH:MM)"
                        ),
                    )
                })
                .ok()
        };
        let ouverture = date_heure(&mut errors, "ouverture", "Ouverture", &self.ouverture);
        let cloture = date_heure(&mut errors, "cloture", "Clôture", &self.cloture);
        if let (Some(o), Some(c)) = (ouverture, cloture)
            && o >= c
        {
            errors.add(
                "cloture",
                "« Clôture » : la clôture doit suivre l'ouverture",
            );
        }
        let contact = option_texte(&self.contact);
        if contact
            .as_deref()
            .is_some_and(|c| socle::auth::normalize_email(c).is_err())
        {
            errors.add(
                "contact",
                "« Boîte de contact » : adresse électronique invalide",
            );
        }
        let mut criteres = Vec::new();
        if self.perimetre_centrale.is_some() {
            criteres.push(CritereEligibilite::Type {
                kind: TypeOrganisation::AdministrationCentrale,
                domaines: vec![
                    DomaineMinisteriel::Environnement,
                    DomaineMinisteriel::Territoires,
                ],
            });
        }
        for famille in self
            .perimetre_familles
            .split(',')
            .map(str::trim)
            .filter(|f| !f.is_empty())
        {
            criteres.push(CritereEligibilite::FamilleService(famille.to_uppercase()));
        }
        for branche in self
            .perimetre_branches
            .split(',')
            .map(str::trim)
            .filter(|f| !f.is_empty())
        {
            match OrganisationId::parse(branche) {
                Ok(id) => criteres.push(CritereEligibilite::SousOrganisation(id)),
                Err(error) => errors.add(
                    "perimetre_branches",
                    format!("« Branches de l'organigramme » : {error}"),
                ),
            }
        }
        let mut faq = Vec::new();
        let texte_faq = self.faq.replace("\r\n", "\n");
        for bloc in texte_faq
            .split("\n\n")
            .map(str::trim)
            .filter(|b| !b.is_empty())
        {
            let (question, reponse) = bloc.split_once('\n').unwrap_or((bloc, ""));
            if reponse.trim().is_empty() {
                errors.add(
                    "faq",
                    format!("« Questions fréquentes » : la question « {question} » n'a pas de réponse (une question par ligne, sa réponse en dessous, une ligne vide entre deux questions)"),
                );
            } else {
                faq.push(QuestionFaq {
                    question: question.trim().to_owned(),
                    reponse: reponse.trim().to_owned(),
                });
            }
        }
        let mut jalons = Vec::new();
        for ligne in self.jalons.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let (date, libelle) = ligne.split_once(' ').unwrap_or((ligne, ""));
            match crate::domain::dates::parse_civil_date(date) {
                Some(date) if !libelle.trim().is_empty() => jalons.push(Jalon {
                    libelle: libelle.trim().to_owned(),
                    date,
                }),
                _ => errors.add(
                    "jalons",
                    format!("« Calendrier » : ligne « {ligne} » illisible (attendu AAAA-MM-JJ puis l'étape)"),
                ),
            }
        }
        jalons.sort_by_key(|j| j.date);
        let conservation = self
            .conservation_mois
            .trim()
            .parse::<u8>()
            .ok()
            .filter(|m| (1..=RETENTION_MAX).contains(m));
        if conservation.is_none() {
            errors.add(
                "conservation_mois",
                format!("« Durée de conservation » : un nombre de mois entre 1 et {RETENTION_MAX}"),
            );
        }
        let grille = Grille::defaut();
        let poids: Vec<f64> = self
            .poids
            .iter()
            .map(|p| {
                p.trim()
                    .replace(',', ".")
                    .parse::<f64>()
                    .unwrap_or(f64::NAN)
            })
            .collect();
        if poids.len() != grille.criteres.len()
            || poids.iter().any(|p| !(p.is_finite() && *p > 0.0))
        {
            errors.add(
                "poids",
                "« Poids des critères » : un nombre positif par critère",
            );
        }
        let Some(incubateur) = incubateur else {
            return Err(errors);
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut appel = AppelAProjets::new(
            incubateur,
            titre,
            theme,
            Perimetre {
                libelle: option_texte(&self.perimetre_libelle)
                    .unwrap_or_else(|| "Périmètre à préciser".to_owned()),
                criteres,
            },
        );
        appel.opens_at = ouverture;
        appel.closes_at = cloture;
        appel.form_version = Some(Formulaire::modele_incubateur().version);
        appel.faq = faq;
        appel.contact_mailbox = contact;
        appel.signatory = option_texte(&self.signataire);
        appel.milestones = jalons;
        appel.retention_months = conservation.unwrap_or(crate::domain::appel::RETENTION_DEFAUT);
        Ok((appel, poids))
    }
}

#[derive(Template)]
#[template(path = "incubateur/appel_form.html")]
struct FormulairePage {
    ctx: PageContext,
    fil: Vec<Miette>,
    action: String,
    creation: bool,
    incubateurs: Vec<(String, String)>,
    form: AppelForm,
    criteres: Vec<(String, String)>,
    errors: FieldErrors,
}

impl FormulairePage {
    /// The form of a new call, for `incubateurs` (those the user may create calls for).
    fn creation(
        ctx: PageContext,
        incubateurs: Vec<(String, String)>,
        form: AppelForm,
        errors: FieldErrors,
    ) -> Self {
        FormulairePage {
            ctx,
            fil: fil(&[
                ("Appels à projets", Some("/incubateur/appels".to_owned())),
                ("Nouvel appel", None),
            ]),
            action: "/incubateur/appels".to_owned(),
            creation: true,
            incubateurs,
            criteres: form.criteres(),
            form,
            errors,
        }
    }

    /// The form of the stored call `stocke` (its incubator does not change).
    fn modification(
        ctx: PageContext,
        stocke: &AppelStocke,
        form: AppelForm,
        errors: FieldErrors,
    ) -> Self {
        let id = stocke.id;
        FormulairePage {
            ctx,
            fil: fil(&[
                ("Appels à projets", Some("/incubateur/appels".to_owned())),
                (
                    stocke.appel.title.as_str(),
                    Some(format!("/incubateur/appels/{id}")),
                ),
                ("Modifier", None),
            ]),
            action: format!("/incubateur/appels/{id}/modifier"),
            creation: false,
            incubateurs: Vec::new(),
            criteres: form.criteres(),
            form,
            errors,
        }
    }
}

/// The incubators `user` may create calls for: every known incubator for a module-wide grant, else the granted ones.
fn incubateurs_admin(
    user: &CurrentUser,
    catalogue: &catalogue::Catalogue,
) -> Vec<(String, String)> {
    match user.organisations(crate::MODULE, acces::ROLE_ADMIN) {
        None => catalogue
            .incubateur_ids()
            .into_iter()
            .map(|id| (catalogue.incubateur_title(&id), id))
            .collect(),
        Some(ids) => ids
            .into_iter()
            .map(|id| (catalogue.incubateur_title(&id), id))
            .collect(),
    }
}

/// `GET /incubateur/appels/nouveau`.
pub async fn formulaire_creation(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
) -> AppResult<Response> {
    acces::require(user.has_role(crate::MODULE, acces::ROLE_ADMIN))?;
    let catalogue = catalogue::current(&app).await?;
    let incubateurs = incubateurs_admin(&user, &catalogue);
    let form = AppelForm::nouveau(
        incubateurs
            .first()
            .map(|(_, id)| id.clone())
            .unwrap_or_default(),
    );
    render(&FormulairePage::creation(
        ctx,
        incubateurs,
        form,
        FieldErrors::new(),
    ))
}

/// `POST /incubateur/appels`: creates a draft call.
pub async fn creer(
    State(app): State<AppState>,
    ctx: PageContext,
    session: Session,
    user: CurrentUser,
    body: String,
) -> AppResult<Response> {
    let form: AppelForm = lire(&body)?;
    acces::require(acces::is_admin_of(&user, form.incubateur.trim()))?;
    match form.valider(&form.incubateur) {
        Ok((appel, poids)) => {
            let id = service::appels::creer(
                &app,
                &Acteur::Personne(&user),
                &appel,
                &poids,
                service::appels::nouvelle_graine(),
            )
            .await?;
            succes(
                &session,
                "L'appel à projets est créé en brouillon.",
                &format!("/incubateur/appels/{id}"),
            )
            .await
        }
        Err(errors) => {
            let catalogue = catalogue::current(&app).await?;
            render(&FormulairePage::creation(
                ctx,
                incubateurs_admin(&user, &catalogue),
                form,
                errors,
            ))
        }
    }
}

/// The call, visible to the caller: drafts only to the team of their incubator.
async fn appel_visible(
    app: &AppState,
    user: Option<&CurrentUser>,
    id: i64,
) -> AppResult<AppelStocke> {
    let stocke = service::appels::charger(&mut app.db(), id).await?;
    if stocke.appel.statut == StatutAppel::Brouillon
        && !user.is_some_and(|u| acces::is_admin_of(u, stocke.appel.incubateur.as_str()))
    {
        return Err(AppError::NotFound(format!(
            "l'appel à projets {id} n'existe pas ou n'est pas publié"
        )));
    }
    Ok(stocke)
}

/// `GET /incubateur/appels/{id}/modifier`.
pub async fn formulaire_modification(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let stocke = service::appels::charger(&mut app.db(), id).await?;
    acces::require(acces::is_admin_of(&user, stocke.appel.incubateur.as_str()))?;
    render(&FormulairePage::modification(
        ctx,
        &stocke,
        AppelForm::depuis(&stocke),
        FieldErrors::new(),
    ))
}

/// `POST /incubateur/appels/{id}/modifier`.
pub async fn modifier(
    State(app): State<AppState>,
    ctx: PageContext,
    session: Session,
    user: CurrentUser,
    Path(id): Path<i64>,
    body: String,
) -> AppResult<Response> {
    let mut form: AppelForm = lire(&body)?;
    let stocke = service::appels::charger(&mut app.db(), id).await?;
    acces::require(acces::is_admin_of(&user, stocke.appel.incubateur.as_str()))?;
    form.incubateur = stocke.appel.incubateur.to_string();
    match form.valider(&form.incubateur) {
        Ok((appel, poids)) => {
            service::appels::modifier(
                &app,
                &Acteur::Personne(&user),
                id,
                form.version,
                &appel,
                &poids,
            )
            .await?;
            succes(
                &session,
                "L'appel à projets est enregistré.",
                &format!("/incubateur/appels/{id}"),
            )
            .await
        }
        Err(errors) => render(&FormulairePage::modification(ctx, &stocke, form, errors)),
    }
}

/// A field of the model form as shown on the call page.
#[derive(Debug)]
pub struct ChampAffiche {
    libelle: String,
    aide: String,
    obligatoire: bool,
    nature: String,
}

/// A step of a journal, shown.
#[derive(Debug)]
pub struct EtapeAffichee {
    le: String,
    action: String,
    motif: String,
}

#[derive(Template)]
#[template(path = "incubateur/appel.html")]
struct AppelPage {
    ctx: PageContext,
    fil: Vec<Miette>,
    id: i64,
    version: i64,
    titre: String,
    theme: String,
    incubateur: String,
    statut: String,
    ouverture: String,
    cloture: String,
    ouvert: bool,
    perimetre: String,
    champs: Vec<ChampAffiche>,
    faq: Vec<(String, String)>,
    jalons: Vec<(String, String)>,
    contact: String,
    signataire: String,
    conservation: u8,
    connecte: bool,
    equipe: bool,
    jury: bool,
    president: bool,
    prejure: bool,
    suivante: Option<(String, String)>,
    retours: Vec<(String, String)>,
    historique: Vec<EtapeAffichee>,
    effectifs: Vec<(String, i64)>,
}

fn nature(kind: &TypeChamp) -> String {
    match kind {
        TypeChamp::Texte { max, .. } => format!("texte, {max} caractères au plus"),
        TypeChamp::Email => "adresse électronique".to_owned(),
        TypeChamp::Booleen => "oui ou non".to_owned(),
        TypeChamp::Consentement => "case à cocher".to_owned(),
        TypeChamp::Organisation => "organisation du référentiel".to_owned(),
        TypeChamp::PiecesJointes { max_fichiers, .. } => format!("jusqu'à {max_fichiers} fichiers"),
    }
}

/// `GET /incubateur/appels/{id}`: calendar, scope, form, FAQ, contact; the team's actions.
pub async fn page(
    State(app): State<AppState>,
    ctx: PageContext,
    MaybeUser(user): MaybeUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let stocke = appel_visible(&app, user.as_ref(), id).await?;
    let catalogue = catalogue::current(&app).await?;
    let appel = &stocke.appel;
    let incubateur = appel.incubateur.as_str();
    let equipe = user
        .as_ref()
        .is_some_and(|u| acces::is_admin_of(u, incubateur));
    let formulaire = Formulaire::modele_incubateur();
    let historique = if equipe {
        appels::transitions(&mut app.db(), id)
            .await?
            .into_iter()
            .map(|t| EtapeAffichee {
                le: instant_fr(t.at),
                action: format!(
                    "{} → {}",
                    appels::statut_from_code(&t.avant)
                        .map_or(t.avant.clone(), |s| s.label().to_owned()),
                    appels::statut_from_code(&t.apres)
                        .map_or(t.apres.clone(), |s| s.label().to_owned())
                ),
                motif: t.motif.unwrap_or_default(),
            })
            .collect()
    } else {
        Vec::new()
    };
    let effectifs = if equipe {
        candidatures::count_by_statut(&mut app.db(), id)
            .await?
            .into_iter()
            .map(|(code, n)| {
                (
                    candidatures::statut_from_code(&code).map_or(code, |s| s.label().to_owned()),
                    n,
                )
            })
            .collect()
    } else {
        Vec::new()
    };
    render(&AppelPage {
        fil: fil(&[
            ("Appels à projets", Some("/incubateur/appels".to_owned())),
            (appel.title.as_str(), None),
        ]),
        id,
        version: stocke.version,
        titre: appel.title.clone(),
        theme: appel.theme.clone(),
        incubateur: catalogue.incubateur_title(incubateur),
        statut: appel.statut.label().to_owned(),
        ouverture: appel
            .opens_at
            .map(heure_fr)
            .unwrap_or_else(|| "à fixer".to_owned()),
        cloture: appel
            .closes_at
            .map(heure_fr)
            .unwrap_or_else(|| "à fixer".to_owned()),
        ouvert: appel.accepts_submissions(paris_now()),
        perimetre: appel.perimetre.libelle.clone(),
        champs: formulaire
            .champs
            .iter()
            .map(|c| ChampAffiche {
                libelle: c.libelle.to_owned(),
                aide: c.aide.to_owned(),
                obligatoire: c.obligatoire,
                nature: nature(&c.kind),
            })
            .collect(),
        faq: appel
            .faq
            .iter()
            .map(|q| (q.question.clone(), q.reponse.clone()))
            .collect(),
        jalons: appel
            .milestones
            .iter()
            .map(|j| (date_fr(j.date), j.libelle.clone()))
            .collect(),
        contact: appel.contact_mailbox.clone().unwrap_or_default(),
        signataire: appel.signatory.clone().unwrap_or_default(),
        conservation: appel.retention_months,
        connecte: user.is_some(),
        equipe,
        jury: user
            .as_ref()
            .is_some_and(|u| acces::has_call_role(u, acces::ROLE_JURE, id)),
        president: user
            .as_ref()
            .is_some_and(|u| acces::has_call_role(u, acces::ROLE_PRESIDENT, id)),
        prejure: user
            .as_ref()
            .is_some_and(|u| acces::has_call_role(u, acces::ROLE_PRE_JURE, id)),
        suivante: action_suivante(appel.statut)
            .map(|a| (a.code().to_owned(), libelle_action(&a).to_owned())),
        retours: StatutAppel::ALL
            .iter()
            .filter(|s| **s < appel.statut)
            .map(|s| (s.code().to_owned(), s.label().to_owned()))
            .collect(),
        historique,
        effectifs,
        ctx,
    })
}

/// The form of a call transition.
#[derive(Debug, Deserialize)]
pub struct TransitionForm {
    action: String,
    #[serde(default)]
    vers: String,
    #[serde(default)]
    motif: String,
    version: Option<i64>,
}

/// `POST /incubateur/appels/{id}/transition`: one step of the call machine.
pub async fn transition(
    State(app): State<AppState>,
    session: Session,
    user: CurrentUser,
    Path(id): Path<i64>,
    body: String,
) -> AppResult<Response> {
    let form: TransitionForm = lire(&body)?;
    let action = if form.action == "revenir" {
        let vers = StatutAppel::ALL
            .into_iter()
            .find(|s| s.code() == form.vers)
            .ok_or_else(|| {
                AppError::invalid_field("vers", "choisissez l'étape vers laquelle revenir")
            })?;
        ActionAppel::Revenir {
            vers,
            motif: form.motif.trim().to_owned(),
        }
    } else {
        ActionAppel::FORWARD
            .into_iter()
            .find(|a| a.code() == form.action)
            .ok_or_else(|| AppError::BadRequest(format!("action inconnue « {} »", form.action)))?
    };
    let statut = service::appels::transition(
        &app,
        &Acteur::Personne(&user),
        id,
        &action,
        form.version,
        paris_now(),
    )
    .await?;
    succes(
        &session,
        format!("L'appel est désormais à l'étape « {statut} »."),
        &format!("/incubateur/appels/{id}"),
    )
    .await
}

/// Query of the instruction list.
#[derive(Debug, Deserialize)]
pub struct InstructionQuery {
    statut: Option<String>,
}

/// A submission in the team's list.
#[derive(Debug)]
pub struct LigneInstruction {
    id: i64,
    intitule: String,
    statut: String,
    organisation: String,
    eligible: Option<bool>,
    deposee: String,
    audition: String,
}

#[derive(Template)]
#[template(path = "incubateur/instruction.html")]
struct InstructionPage {
    ctx: PageContext,
    fil: Vec<Miette>,
    id: i64,
    titre: String,
    statuts: Vec<(String, String, i64, bool)>,
    lignes: Vec<LigneInstruction>,
}

/// `GET /incubateur/appels/{id}/candidatures`: the team's list of the submissions, with the scope check.
pub async fn instruction(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
    Path(id): Path<i64>,
    Query(query): Query<InstructionQuery>,
) -> AppResult<Response> {
    let stocke = service::appels::charger(&mut app.db(), id).await?;
    acces::require(acces::is_admin_of(&user, stocke.appel.incubateur.as_str()))?;
    let catalogue = catalogue::current(&app).await?;
    let filtre = query.statut.as_deref().filter(|s| !s.is_empty());
    let comptes = candidatures::count_by_statut(&mut app.db(), id).await?;
    let statuts = StatutCandidature::ALL
        .iter()
        .filter(|s| **s != StatutCandidature::Brouillon)
        .map(|s| {
            (
                s.code().to_owned(),
                s.label().to_owned(),
                *comptes.get(s.code()).unwrap_or(&0),
                filtre == Some(s.code()),
            )
        })
        .collect();
    let lignes = candidatures::list_by_appel(&mut app.db(), id, false)
        .await?
        .into_iter()
        .filter(|c| filtre.is_none_or(|f| c.statut().code() == f))
        .map(|c| {
            let organisation = c.organisation.clone().unwrap_or_default();
            LigneInstruction {
                eligible: catalogue.organisation(&organisation).map(|o| {
                    stocke
                        .appel
                        .perimetre
                        .is_eligible(o, &catalogue.organigramme)
                }),
                organisation: if organisation.is_empty() {
                    String::new()
                } else {
                    catalogue.organisation_name(&organisation)
                },
                id: c.id,
                intitule: c.intitule.clone(),
                statut: c.statut().label().to_owned(),
                deposee: c.deposee_at.map(instant_fr).unwrap_or_default(),
                audition: match c.audition.as_deref() {
                    Some("tenue") => "tenue".to_owned(),
                    Some("absente") => "absent(e)".to_owned(),
                    _ => String::new(),
                },
            }
        })
        .collect();
    render(&InstructionPage {
        fil: fil(&[
            ("Appels à projets", Some("/incubateur/appels".to_owned())),
            (
                stocke.appel.title.as_str(),
                Some(format!("/incubateur/appels/{id}")),
            ),
            ("Candidatures", None),
        ]),
        ctx,
        id,
        titre: stocke.appel.title.clone(),
        statuts,
        lignes,
    })
}

#[derive(Template)]
#[template(path = "incubateur/entonnoir.html")]
struct EntonnoirPage {
    ctx: PageContext,
    fil: Vec<Miette>,
    titre: String,
    etapes: Vec<(String, usize, String)>,
}

/// `GET /incubateur/appels/{id}/entonnoir`: submissions reaching each step, then the startups they became.
pub async fn entonnoir(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let stocke = service::appels::charger(&mut app.db(), id).await?;
    acces::require(acces::reads_analytics(
        &user,
        stocke.appel.incubateur.as_str(),
    ))?;
    let catalogue = catalogue::current(&app).await?;
    let etapes = service::suivi::entonnoir(&mut app.db(), &catalogue, id).await?;
    let premier = etapes.first().map_or(0, |(_, n)| *n);
    render(&EntonnoirPage {
        fil: fil(&[
            ("Appels à projets", Some("/incubateur/appels".to_owned())),
            (
                stocke.appel.title.as_str(),
                Some(format!("/incubateur/appels/{id}")),
            ),
            ("Entonnoir", None),
        ]),
        ctx,
        titre: stocke.appel.title.clone(),
        etapes: etapes
            .into_iter()
            .map(|(etape, n)| {
                let part = if premier > 0 {
                    format!(
                        "{} %",
                        super::nombre_fr(100.0 * n as f64 / premier as f64, 0)
                    )
                } else {
                    String::new()
                };
                (etape.label().to_owned(), n, part)
            })
            .collect(),
    })
}
