//! The back-office of carriers and admins.
//!
//! Aid carriers (the `porteur` role, scoped to their carrier) write, duplicate and submit their aids; admins review, publish, unpublish, merge duplicates, accept or reject amendments and manage the
//! referentials (carriers, programs, categories, synonym lists, ad-hoc perimeters, basins).
//!
//! Every edit carries the version it was read at: a stale write is refused with a clear message and the
//! person's input is shown back, so nothing typed is lost.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use socle::AppState;
use socle::auth::CurrentUser;
use socle::web::error::{AppError, AppResult};
use socle::web::forms::FieldErrors;
use socle::web::layout::{FlashKind, PageContext, set_flash};
use socle::web::pages::render;
use tower_sessions::Session;

use super::{avec_statut, paires, resoudre_territoire, saisie_perimetre, valeur, valeurs};
use crate::acces;
use crate::aide::cycle::Transition;
use crate::aide::{Aide, AideId, PorteurId, ProgrammeId, TauxSubvention};
use crate::etat::{self, Etat};
use crate::referentiels::{
    AideEuropeenne, CategorieId, Destination, EtapeMobilisation, Public, Recurrence, StatutAide,
    TypeAide,
};
use crate::service;
use crate::store::{self, AideStockee, NouveauPorteur, Selection};

fn exiger_contributeur(user: &CurrentUser) -> AppResult<()> {
    if acces::peut_contribuer(user) {
        Ok(())
    } else {
        Err(AppError::Forbidden(
            "l'espace des porteurs d'aides est réservé aux comptes ayant le rôle de porteur d'aides (demandez-le à \
             l'équipe) ou d'administrateur"
                .to_owned(),
        ))
    }
}

fn exiger_admin(user: &CurrentUser) -> AppResult<()> {
    if acces::est_admin(user) {
        Ok(())
    } else {
        Err(AppError::forbidden())
    }
}

fn erreurs_de(fields: BTreeMap<String, Vec<String>>) -> FieldErrors {
    let mut erreurs = FieldErrors::new();
    for (champ, messages) in fields {
        if let Some(message) = messages.into_iter().next() {
            erreurs.add(&champ, message);
        }
    }
    erreurs
}

// ---------------------------------------------------------------------------------------------------------
// Dashboard and queues.

/// A row of the back-office tables.
pub struct LigneAide {
    /// Id.
    pub id: u64,
    /// Title.
    pub titre: String,
    /// Slug.
    pub slug: String,
    /// Status label.
    pub statut: &'static str,
    /// Carrier owning it.
    pub organisation: String,
    /// Deadline.
    pub echeance: String,
    /// Last update.
    pub mise_a_jour: String,
    /// Version, for the one-click actions.
    pub version: i64,
    /// An imported aid with a pending update.
    pub import_en_attente: bool,
}

fn ligne(etat: &Etat, stockee: &AideStockee) -> LigneAide {
    let aide = &stockee.aide;
    LigneAide {
        id: aide.id.0,
        titre: aide.name.clone(),
        slug: aide.slug.clone(),
        statut: aide.status.label(),
        organisation: aide
            .organization
            .and_then(|o| u32::try_from(o).ok())
            .and_then(|o| etat.index.porteur(PorteurId(o)))
            .map(|p| p.nom.clone())
            .unwrap_or_default(),
        echeance: aide
            .submission_deadline
            .map(|d| d.format("%d/%m/%Y").to_string())
            .unwrap_or_default(),
        mise_a_jour: aide.date_updated.format("%d/%m/%Y").to_string(),
        version: stockee.version,
        import_en_attente: aide
            .import
            .as_ref()
            .is_some_and(|i| i.mise_a_jour_en_attente),
    }
}

#[derive(Template)]
#[template(path = "aides/gestion/tableau.html")]
struct TableauPage {
    ctx: PageContext,
    admin: bool,
    aides: Vec<LigneAide>,
    comptes: Vec<(String, i64)>,
}

/// `GET /aides/gestion`: the aids the caller may edit.
pub async fn tableau(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
) -> AppResult<Response> {
    exiger_contributeur(&user)?;
    let etat = etat::etat(&app)?;
    let stockees = match acces::porteurs(&user) {
        None => store::aides(app.db(), etat.perimetres(), &Selection::Courantes).await?,
        Some(porteurs) => {
            let mut toutes = Vec::new();
            for porteur in porteurs {
                toutes.extend(
                    store::aides(
                        app.db(),
                        etat.perimetres(),
                        &Selection::DeLOrganisation(i64::from(porteur.0)),
                    )
                    .await?,
                );
            }
            toutes
        }
    };
    let mut aides: Vec<LigneAide> = stockees.iter().map(|s| ligne(&etat, s)).collect();
    aides.sort_by_key(|a| std::cmp::Reverse(a.id));
    let admin = acces::est_admin(&user);
    let comptes = if admin {
        store::compter_par_statut(app.db())
            .await?
            .into_iter()
            .map(|(statut, n)| {
                (
                    StatutAide::from_code(&statut).map_or(statut, |s| s.label().to_owned()),
                    n,
                )
            })
            .collect()
    } else {
        Vec::new()
    };
    render(&TableauPage {
        ctx,
        admin,
        aides,
        comptes,
    })
}

#[derive(Template)]
#[template(path = "aides/gestion/revue.html")]
struct RevuePage {
    ctx: PageContext,
    aides: Vec<LigneAide>,
}

/// `GET /aides/gestion/revue`: submitted aids and imported aids with a pending update (admins).
pub async fn revue(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
) -> AppResult<Response> {
    exiger_admin(&user)?;
    let etat = etat::etat(&app)?;
    let aides = store::aides(app.db(), etat.perimetres(), &Selection::EnRevue)
        .await?
        .iter()
        .map(|s| ligne(&etat, s))
        .collect();
    render(&RevuePage { ctx, aides })
}

/// A pending amendment, as shown to admins.
pub struct AmendementVue {
    /// Id.
    pub id: i64,
    /// The aid.
    pub titre: String,
    /// Its slug.
    pub slug: String,
    /// (field label, current value, proposed value).
    pub champs: Vec<(String, String, String)>,
    /// Author.
    pub auteur: String,
    /// Comment.
    pub commentaire: String,
    /// Date.
    pub date: String,
}

#[derive(Template)]
#[template(path = "aides/gestion/amendements.html")]
struct AmendementsPage {
    ctx: PageContext,
    amendements: Vec<AmendementVue>,
}

/// `GET /aides/gestion/amendements`: the pending amendments (admins).
pub async fn amendements(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
) -> AppResult<Response> {
    exiger_admin(&user)?;
    let etat = etat::etat(&app)?;
    let mut vues = Vec::new();
    for amendement in store::amendements_en_attente(app.db()).await? {
        let Some(stockee) = store::aide(
            app.db(),
            etat.perimetres(),
            &Selection::Id(amendement.aide_id),
        )
        .await?
        else {
            continue;
        };
        let propositions: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(&amendement.champs).unwrap_or_default();
        let champs = service::CHAMPS_AMENDABLES
            .iter()
            .filter_map(|(champ, libelle)| {
                let propose = propositions.get(champ.nom())?.as_str()?.to_owned();
                Some((
                    (*libelle).to_owned(),
                    service::valeur_amendable(&stockee.aide, *champ),
                    propose,
                ))
            })
            .collect();
        vues.push(AmendementVue {
            id: amendement.id,
            titre: stockee.aide.name.clone(),
            slug: stockee.aide.slug.clone(),
            champs,
            auteur: [
                amendement.auteur_nom,
                amendement.auteur_organisation,
                amendement.auteur_email,
            ]
            .into_iter()
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
            commentaire: amendement.commentaire,
            date: amendement.created_at.format("%d/%m/%Y").to_string(),
        });
    }
    render(&AmendementsPage {
        ctx,
        amendements: vues,
    })
}

/// `POST /aides/gestion/amendements/{id}`: accept or reject (`decision=accepter|rejeter`).
pub async fn decider_amendement(
    State(app): State<AppState>,
    user: CurrentUser,
    session: Session,
    Path(id): Path<i64>,
    corps: String,
) -> AppResult<Response> {
    let champs = paires(&corps)?;
    let accepter = match valeur(&champs, "decision").as_str() {
        "accepter" => true,
        "rejeter" => false,
        autre => {
            return Err(AppError::BadRequest(format!(
                "décision « {autre} » inconnue : accepter ou rejeter"
            )));
        }
    };
    let (genre, texte) = match service::decider_amendement(&app, &user, id, accepter).await {
        Ok(()) if accepter => (
            FlashKind::Success,
            "L'amendement est accepté et appliqué à l'aide.".to_owned(),
        ),
        Ok(()) => (FlashKind::Info, "L'amendement est rejeté.".to_owned()),
        Err(AppError::Invalid { message, .. } | AppError::Conflict(message)) => {
            (FlashKind::Error, message)
        }
        Err(autre) => return Err(autre),
    };
    set_flash(&session, genre, texte).await?;
    Ok(Redirect::to("/aides/gestion/amendements").into_response())
}

// ---------------------------------------------------------------------------------------------------------
// The aid form.

/// One option of a choice field.
pub struct OptionChamp {
    /// Value sent.
    pub code: String,
    /// Label.
    pub libelle: String,
    /// Selected.
    pub coche: bool,
    /// Group heading (themes of categories), empty otherwise.
    pub groupe: String,
    /// Whether this option opens its group (the heading is shown before it).
    pub debut_groupe: bool,
}

/// One field of the aid form.
///
/// `genre`: `texte`, `long`, `url`, `email`, `date`, `nombre`, `territoire`,
/// `cases` (checkboxes), `liste` (multiple select), `choix` (select), `booleen` (one checkbox), `taux`.
pub struct Champ {
    /// Django name (also the id `champ-{nom}` the error summary links to).
    pub nom: &'static str,
    /// French label.
    pub libelle: &'static str,
    /// Hint.
    pub aide: &'static str,
    /// Kind of input.
    pub genre: &'static str,
    /// Value (text kinds).
    pub valeur: String,
    /// Second value (the upper bound of `taux`).
    pub valeur2: String,
    /// Options (choice kinds).
    pub options: Vec<OptionChamp>,
    /// Required to submit for review.
    pub requis: bool,
}

/// A section of the form.
pub struct Section {
    /// Heading.
    pub titre: &'static str,
    /// Fields.
    pub champs: Vec<Champ>,
}

/// An action button of the form page.
pub struct Action {
    /// Path segment (`soumettre`, `publier`…).
    pub chemin: &'static str,
    /// Label.
    pub libelle: &'static str,
    /// Secondary style.
    pub secondaire: bool,
}

#[derive(Template)]
#[template(path = "aides/gestion/formulaire.html")]
struct FormulairePage {
    ctx: PageContext,
    titre: String,
    action: String,
    id: Option<u64>,
    slug: String,
    statut: &'static str,
    version: i64,
    sections: Vec<Section>,
    erreurs: FieldErrors,
    conflit: Option<String>,
    actions: Vec<Action>,
    admin: bool,
    publiee: bool,
}

fn texte(
    nom: &'static str,
    libelle: &'static str,
    aide: &'static str,
    genre: &'static str,
    valeur: String,
    requis: bool,
) -> Champ {
    Champ {
        nom,
        libelle,
        aide,
        genre,
        valeur,
        valeur2: String::new(),
        options: Vec::new(),
        requis,
    }
}

/// A referential as a choice field needs it: every value, its code, its label.
type Referentiel<T> = (&'static [T], fn(T) -> &'static str, fn(T) -> &'static str);

fn choix<T: Copy + PartialEq>(
    nom: &'static str,
    libelle: &'static str,
    genre: &'static str,
    (tous, code, label): Referentiel<T>,
    choisis: &[T],
    requis: bool,
) -> Champ {
    Champ {
        nom,
        libelle,
        aide: "",
        genre,
        valeur: String::new(),
        valeur2: String::new(),
        options: tous
            .iter()
            .map(|v| OptionChamp {
                code: code(*v).to_owned(),
                libelle: label(*v).to_owned(),
                coche: choisis.contains(v),
                groupe: String::new(),
                debut_groupe: false,
            })
            .collect(),
        requis,
    }
}

fn date(d: Option<NaiveDate>) -> String {
    d.map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

fn nombre<T: ToString>(n: Option<T>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
}

fn sections(etat: &Etat, user: &CurrentUser, aide: &Aide) -> Vec<Section> {
    let graphe = etat.perimetres();
    let catalogue = etat.catalogue();
    let porteurs_permis = acces::porteurs(user);
    let organisations: Vec<OptionChamp> = catalogue
        .porteurs
        .iter()
        .filter(|p| {
            porteurs_permis
                .as_ref()
                .is_none_or(|liste| liste.contains(&p.id))
                || aide.organization == Some(u64::from(p.id.0))
        })
        .map(|p| OptionChamp {
            code: p.id.0.to_string(),
            libelle: p.nom.clone(),
            coche: aide.organization == Some(u64::from(p.id.0)),
            groupe: String::new(),
            debut_groupe: false,
        })
        .collect();
    let porteurs = |choisis: &[PorteurId]| -> Vec<OptionChamp> {
        catalogue
            .porteurs
            .iter()
            .map(|p| OptionChamp {
                code: p.id.0.to_string(),
                libelle: p.nom.clone(),
                coche: choisis.contains(&p.id),
                groupe: String::new(),
                debut_groupe: false,
            })
            .collect()
    };
    let categories: Vec<OptionChamp> = catalogue
        .thematiques
        .categories()
        .iter()
        .map(|c| OptionChamp {
            code: c.id.0.to_string(),
            libelle: c.nom.clone(),
            coche: aide.categories.contains(&c.id),
            groupe: catalogue
                .thematiques
                .thematique(c.thematique)
                .map(|t| t.nom.clone())
                .unwrap_or_default(),
            debut_groupe: false,
        })
        .collect();
    let mut categories = categories;
    let mut precedent = String::new();
    for option in &mut categories {
        option.debut_groupe = option.groupe != precedent;
        precedent.clone_from(&option.groupe);
    }
    let programmes: Vec<OptionChamp> = catalogue
        .programmes
        .iter()
        .map(|p| OptionChamp {
            code: p.id.0.to_string(),
            libelle: p.nom.clone(),
            coche: aide.programs.contains(&p.id),
            groupe: String::new(),
            debut_groupe: false,
        })
        .collect();
    let mut recurrence = choix(
        "recurrence",
        "Récurrence",
        "choix",
        (Recurrence::ALL, Recurrence::code, Recurrence::label),
        &aide.recurrence.into_iter().collect::<Vec<_>>(),
        true,
    );
    recurrence.options.insert(
        0,
        OptionChamp {
            code: String::new(),
            libelle: "— choisir —".into(),
            coche: aide.recurrence.is_none(),
            groupe: String::new(),
            debut_groupe: false,
        },
    );
    let mut europeenne = choix(
        "european_aid",
        "Aide européenne",
        "choix",
        (
            AideEuropeenne::ALL,
            AideEuropeenne::code,
            AideEuropeenne::label,
        ),
        &aide.european_aid.into_iter().collect::<Vec<_>>(),
        false,
    );
    europeenne.options.insert(
        0,
        OptionChamp {
            code: String::new(),
            libelle: "Non".into(),
            coche: aide.european_aid.is_none(),
            groupe: String::new(),
            debut_groupe: false,
        },
    );
    let mut organisation = Champ {
        nom: "organization",
        libelle: "Porteur responsable de la fiche",
        aide: "Les comptes porteurs de ce porteur pourront modifier l'aide",
        genre: "choix",
        valeur: String::new(),
        valeur2: String::new(),
        options: organisations,
        requis: true,
    };
    if porteurs_permis.is_none() {
        organisation.options.insert(
            0,
            OptionChamp {
                code: String::new(),
                libelle: "Aucun (administrateurs seulement)".into(),
                coche: aide.organization.is_none(),
                groupe: String::new(),
                debut_groupe: false,
            },
        );
    }
    vec![
        Section {
            titre: "Présentation",
            champs: vec![
                texte(
                    "name",
                    "Titre",
                    "180 caractères au plus ; commencez par un verbe à l'infinitif (« Rénover… »)",
                    "texte",
                    aide.name.clone(),
                    true,
                ),
                texte(
                    "short_title",
                    "Titre court",
                    "64 caractères au plus",
                    "texte",
                    aide.short_title.clone(),
                    false,
                ),
                texte(
                    "description",
                    "Description",
                    "",
                    "long",
                    aide.description.clone(),
                    true,
                ),
                texte(
                    "eligibility",
                    "Conditions d'éligibilité",
                    "",
                    "long",
                    aide.eligibility.clone(),
                    false,
                ),
                texte(
                    "project_examples",
                    "Exemples de projets",
                    "",
                    "long",
                    aide.project_examples.clone(),
                    false,
                ),
                texte(
                    "local_characteristics",
                    "Spécificités locales",
                    "Pour une déclinaison locale d'une aide générique",
                    "long",
                    aide.local_characteristics.clone(),
                    false,
                ),
                texte(
                    "keywords",
                    "Mots-clés",
                    "Séparés par des virgules",
                    "texte",
                    aide.keywords.join(", "),
                    false,
                ),
            ],
        },
        Section {
            titre: "Porteurs",
            champs: vec![
                organisation,
                Champ {
                    nom: "financers",
                    libelle: "Porteurs financeurs",
                    aide: "Plusieurs choix possibles",
                    genre: "liste",
                    valeur: String::new(),
                    valeur2: String::new(),
                    options: porteurs(&aide.financers),
                    requis: true,
                },
                Champ {
                    nom: "instructors",
                    libelle: "Porteurs instructeurs",
                    aide: "Plusieurs choix possibles",
                    genre: "liste",
                    valeur: String::new(),
                    valeur2: String::new(),
                    options: porteurs(&aide.instructors),
                    requis: false,
                },
                Champ {
                    nom: "programs",
                    libelle: "Programmes",
                    aide: "Plusieurs choix possibles",
                    genre: "liste",
                    valeur: String::new(),
                    valeur2: String::new(),
                    options: programmes,
                    requis: false,
                },
            ],
        },
        Section {
            titre: "Périmètre et bénéficiaires",
            champs: vec![
                texte(
                    "perimeter",
                    "Périmètre de l'aide",
                    "Un territoire (choisissez-le dans la liste), ou FRA (France), EU (Europe), FRA-MET (métropole), FRA-OM (outre-mer), un bassin (FR000001 à FR000012) ou le code d'un périmètre ad hoc",
                    "territoire",
                    aide.perimeter
                        .and_then(|p| graphe.get(p))
                        .map(saisie_perimetre)
                        .unwrap_or_default(),
                    true,
                ),
                texte(
                    "perimeter_suggestion",
                    "Suggestion de périmètre",
                    "Si le périmètre voulu n'existe pas encore, décrivez-le",
                    "texte",
                    aide.perimeter_suggestion.clone(),
                    false,
                ),
                choix(
                    "targeted_audiences",
                    "Bénéficiaires",
                    "cases",
                    (Public::ALL, Public::code, Public::label),
                    &aide.targeted_audiences,
                    true,
                ),
            ],
        },
        Section {
            titre: "Nature de l'aide",
            champs: vec![
                choix(
                    "aid_types",
                    "Types d'aide",
                    "cases",
                    (TypeAide::ALL, TypeAide::code, TypeAide::label),
                    &aide.aid_types,
                    true,
                ),
                choix(
                    "mobilization_steps",
                    "Étapes du projet",
                    "cases",
                    (
                        EtapeMobilisation::ALL,
                        EtapeMobilisation::code,
                        EtapeMobilisation::label,
                    ),
                    &aide.mobilization_steps,
                    false,
                ),
                choix(
                    "destinations",
                    "Dépenses concernées",
                    "cases",
                    (Destination::ALL, Destination::code, Destination::label),
                    &aide.destinations,
                    false,
                ),
                Champ {
                    nom: "categories",
                    libelle: "Thématiques",
                    aide: "",
                    genre: "cases",
                    valeur: String::new(),
                    valeur2: String::new(),
                    options: categories,
                    requis: false,
                },
                texte(
                    "is_call_for_project",
                    "Appel à projets ou à manifestation d'intérêt",
                    "",
                    "booleen",
                    aide.is_call_for_project.to_string(),
                    false,
                ),
                texte(
                    "is_charged",
                    "Service payant",
                    "",
                    "booleen",
                    aide.is_charged.to_string(),
                    false,
                ),
                texte(
                    "in_france_relance",
                    "Fait partie de France Relance",
                    "",
                    "booleen",
                    aide.in_france_relance.to_string(),
                    false,
                ),
                europeenne,
            ],
        },
        Section {
            titre: "Calendrier",
            champs: vec![
                recurrence,
                texte(
                    "start_date",
                    "Date d'ouverture",
                    "Format : AAAA-MM-JJ",
                    "date",
                    date(aide.start_date),
                    false,
                ),
                texte(
                    "predeposit_date",
                    "Date de pré-dépôt",
                    "Format : AAAA-MM-JJ",
                    "date",
                    date(aide.predeposit_date),
                    false,
                ),
                texte(
                    "submission_deadline",
                    "Date de clôture",
                    "Obligatoire sauf pour une aide permanente",
                    "date",
                    date(aide.submission_deadline),
                    false,
                ),
            ],
        },
        Section {
            titre: "Financement",
            champs: vec![
                Champ {
                    nom: "subvention_rate",
                    libelle: "Taux de subvention (%)",
                    aide: "Un taux fixe se saisit comme maximum seul",
                    genre: "taux",
                    valeur: nombre(aide.subvention_rate.min),
                    valeur2: nombre(aide.subvention_rate.max),
                    options: Vec::new(),
                    requis: false,
                },
                texte(
                    "subvention_comment",
                    "Précisions sur le taux",
                    "",
                    "texte",
                    aide.subvention_comment.clone(),
                    false,
                ),
                texte(
                    "loan_amount",
                    "Montant du prêt (€)",
                    "",
                    "nombre",
                    nombre(aide.loan_amount),
                    false,
                ),
                texte(
                    "recoverable_advance_amount",
                    "Montant de l'avance récupérable (€)",
                    "",
                    "nombre",
                    nombre(aide.recoverable_advance_amount),
                    false,
                ),
            ],
        },
        Section {
            titre: "Liens et contact",
            champs: vec![
                texte(
                    "origin_url",
                    "Lien vers plus d'informations",
                    "Adresse http(s)",
                    "url",
                    aide.origin_url.clone(),
                    false,
                ),
                texte(
                    "application_url",
                    "Lien vers la démarche",
                    "Adresse http(s)",
                    "url",
                    aide.application_url.clone(),
                    false,
                ),
                texte(
                    "contact",
                    "Contact",
                    "",
                    "long",
                    aide.contact.clone(),
                    false,
                ),
                texte(
                    "contact_email",
                    "Courriel de contact",
                    "",
                    "email",
                    aide.contact_email.clone(),
                    false,
                ),
                texte(
                    "contact_phone",
                    "Téléphone de contact",
                    "",
                    "texte",
                    aide.contact_phone.clone(),
                    false,
                ),
            ],
        },
        Section {
            titre: "Aide générique et déclinaisons locales",
            champs: vec![
                texte(
                    "is_generic",
                    "Aide générique (nationale) déclinée localement",
                    "",
                    "booleen",
                    aide.is_generic.to_string(),
                    false,
                ),
                texte(
                    "generic_aid",
                    "Aide générique dont celle-ci est une déclinaison locale",
                    "Numéro de l'aide générique",
                    "nombre",
                    aide.generic_aid
                        .map(|a| a.0.to_string())
                        .unwrap_or_default(),
                    false,
                ),
            ],
        },
    ]
}

/// Reads the form into `base` (an aid's current values); errors name the field.
async fn lire(
    app: &AppState,
    etat: &Etat,
    champs: &[(String, String)],
    mut aide: Aide,
) -> Result<Aide, FieldErrors> {
    let mut erreurs = FieldErrors::new();
    let catalogue = etat.catalogue();
    aide.name = valeur(champs, "name");
    aide.short_title = valeur(champs, "short_title");
    aide.description = valeur(champs, "description");
    aide.eligibility = valeur(champs, "eligibility");
    aide.project_examples = valeur(champs, "project_examples");
    aide.local_characteristics = valeur(champs, "local_characteristics");
    aide.keywords = valeurs(champs, "keywords");
    aide.perimeter_suggestion = valeur(champs, "perimeter_suggestion");
    aide.subvention_comment = valeur(champs, "subvention_comment");
    aide.origin_url = valeur(champs, "origin_url");
    aide.application_url = valeur(champs, "application_url");
    aide.contact = valeur(champs, "contact");
    aide.contact_email = valeur(champs, "contact_email");
    aide.contact_phone = valeur(champs, "contact_phone");
    for (nom, libelle) in [
        ("is_call_for_project", &mut aide.is_call_for_project),
        ("is_charged", &mut aide.is_charged),
        ("in_france_relance", &mut aide.in_france_relance),
        ("is_generic", &mut aide.is_generic),
    ] {
        *libelle = champs.iter().any(|(k, v)| k == nom && v == "true");
    }
    fn codes<T>(
        erreurs: &mut FieldErrors,
        champs: &[(String, String)],
        nom: &str,
        parse: impl Fn(&str) -> Option<T>,
    ) -> Vec<T> {
        valeurs(champs, nom)
            .iter()
            .filter_map(|v| {
                let valeur = parse(v);
                if valeur.is_none() {
                    erreurs.add(
                        nom,
                        format!("la valeur « {v} » est inconnue pour le champ « {nom} »"),
                    );
                }
                valeur
            })
            .collect()
    }
    aide.targeted_audiences = codes(
        &mut erreurs,
        champs,
        "targeted_audiences",
        Public::from_code,
    );
    aide.aid_types = codes(&mut erreurs, champs, "aid_types", TypeAide::from_code);
    aide.mobilization_steps = codes(
        &mut erreurs,
        champs,
        "mobilization_steps",
        EtapeMobilisation::from_code,
    );
    aide.destinations = codes(&mut erreurs, champs, "destinations", Destination::from_code);
    aide.recurrence = codes(&mut erreurs, champs, "recurrence", Recurrence::from_code)
        .into_iter()
        .next();
    aide.european_aid = codes(
        &mut erreurs,
        champs,
        "european_aid",
        AideEuropeenne::from_code,
    )
    .into_iter()
    .next();
    let porteur = |v: &str| {
        v.parse::<u32>()
            .ok()
            .map(PorteurId)
            .filter(|p| catalogue.porteurs.iter().any(|c| c.id == *p))
    };
    aide.financers = codes(&mut erreurs, champs, "financers", porteur);
    aide.instructors = codes(&mut erreurs, champs, "instructors", porteur);
    let programme = |v: &str| {
        v.parse::<u32>()
            .ok()
            .map(ProgrammeId)
            .filter(|p| catalogue.programmes.iter().any(|c| c.id == *p))
    };
    aide.programs = codes(&mut erreurs, champs, "programs", programme);
    let categorie = |v: &str| {
        v.parse::<u16>()
            .ok()
            .map(CategorieId)
            .filter(|c| catalogue.thematiques.categorie(*c).is_some())
    };
    aide.categories = codes(&mut erreurs, champs, "categories", categorie);
    let organisation = valeur(champs, "organization");
    aide.organization = if organisation.is_empty() {
        None
    } else {
        match organisation.parse::<u32>() {
            Ok(id) if catalogue.porteurs.iter().any(|p| p.id.0 == id) => Some(u64::from(id)),
            _ => {
                erreurs.add(
                    "organization",
                    format!("le porteur « {organisation} » est inconnu"),
                );
                None
            }
        }
    };
    match resoudre_territoire(app, etat.perimetres(), &valeur(champs, "perimeter")) {
        Ok(perimetre) => aide.perimeter = perimetre,
        Err(message) => erreurs.add("perimeter", message),
    }
    let mut lire_date = |nom: &str| -> Option<NaiveDate> {
        let texte = valeur(champs, nom);
        if texte.is_empty() {
            return None;
        }
        let date = NaiveDate::parse_from_str(&texte, "%Y-%m-%d").ok();
        if date.is_none() {
            erreurs.add(
                nom,
                format!("« {texte} » n'est pas une date au format AAAA-MM-JJ"),
            );
        }
        date
    };
    aide.start_date = lire_date("start_date");
    aide.predeposit_date = lire_date("predeposit_date");
    aide.submission_deadline = lire_date("submission_deadline");
    let mut lire_nombre = |nom: &str, erreur: &str| -> Option<u64> {
        let texte = valeur(champs, nom).replace([' ', '\u{a0}'], "");
        if texte.is_empty() {
            return None;
        }
        let n = texte.parse::<u64>().ok();
        if n.is_none() {
            erreurs.add(nom, format!("« {texte} » : {erreur}"));
        }
        n
    };
    let taux_min = lire_nombre(
        "subvention_rate_lower_bound",
        "saisissez un pourcentage entier",
    );
    let taux_max = lire_nombre(
        "subvention_rate_upper_bound",
        "saisissez un pourcentage entier",
    );
    aide.subvention_rate = TauxSubvention {
        min: taux_min.map(|t| u8::try_from(t).unwrap_or(u8::MAX)),
        max: taux_max.map(|t| u8::try_from(t).unwrap_or(u8::MAX)),
    };
    aide.loan_amount = lire_nombre("loan_amount", "saisissez un montant entier en euros");
    aide.recoverable_advance_amount = lire_nombre(
        "recoverable_advance_amount",
        "saisissez un montant entier en euros",
    );
    aide.generic_aid = match lire_nombre("generic_aid", "saisissez le numéro d'une aide") {
        None => None,
        Some(id) => {
            match service::aide(app, &Selection::Id(i64::try_from(id).unwrap_or(i64::MAX))).await {
                Ok(generique) if generique.aide.is_generic => Some(generique.aide.id),
                Ok(_) => {
                    erreurs.add(
                        "generic_aid",
                        format!("l'aide {id} n'est pas une aide générique"),
                    );
                    None
                }
                Err(_) => {
                    erreurs.add("generic_aid", format!("l'aide {id} n'existe pas"));
                    None
                }
            }
        }
    };
    erreurs.into_result().map(|()| aide)
}

fn actions(user: &CurrentUser, aide: &Aide) -> Vec<Action> {
    let admin = acces::est_admin(user);
    let mut liste = Vec::new();
    let mut ajouter = |transition: Transition, chemin, libelle, secondaire| {
        let permise = match transition {
            Transition::Submit | Transition::SoftDelete => true,
            _ => admin,
        };
        if permise && transition.cible(aide.status).is_some() {
            liste.push(Action {
                chemin,
                libelle,
                secondaire,
            });
        }
    };
    ajouter(
        Transition::Submit,
        "soumettre",
        "Soumettre à la revue",
        false,
    );
    ajouter(Transition::Publish, "publier", "Publier", false);
    ajouter(
        Transition::Unpublish,
        "depublier",
        "Dépublier (repasser en brouillon)",
        true,
    );
    ajouter(Transition::SoftDelete, "supprimer", "Supprimer", true);
    liste.push(Action {
        chemin: "dupliquer",
        libelle: "Dupliquer",
        secondaire: true,
    });
    liste
}

fn page_formulaire(
    ctx: PageContext,
    etat: &Etat,
    user: &CurrentUser,
    aide: &Aide,
    version: i64,
    erreurs: FieldErrors,
    conflit: Option<String>,
) -> AppResult<Response> {
    let nouvelle = aide.id == AideId(0);
    render(&FormulairePage {
        ctx,
        titre: if nouvelle {
            "Nouvelle aide".to_owned()
        } else {
            format!("Modifier « {} »", aide.name)
        },
        action: if nouvelle {
            "/aides/gestion/nouvelle".to_owned()
        } else {
            format!("/aides/gestion/{}", aide.id.0)
        },
        id: (!nouvelle).then_some(aide.id.0),
        slug: aide.slug.clone(),
        statut: aide.status.label(),
        version,
        sections: sections(etat, user, aide),
        erreurs,
        conflit,
        actions: if nouvelle {
            Vec::new()
        } else {
            actions(user, aide)
        },
        admin: acces::est_admin(user),
        publiee: aide.status == StatutAide::Published,
    })
}

/// `GET /aides/gestion/nouvelle`: the empty form.
pub async fn nouvelle(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
) -> AppResult<Response> {
    exiger_contributeur(&user)?;
    let etat = etat::etat(&app)?;
    let mut aide = Aide::brouillon(AideId(0), "", socle::db::now());
    aide.organization = acces::porteurs(&user)
        .and_then(|liste| liste.first().copied())
        .map(|p| u64::from(p.0));
    page_formulaire(ctx, &etat, &user, &aide, 0, FieldErrors::new(), None)
}

/// `POST /aides/gestion/nouvelle`: creates the draft.
pub async fn creer(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
    session: Session,
    corps: String,
) -> AppResult<Response> {
    exiger_contributeur(&user)?;
    let etat = etat::etat(&app)?;
    let champs = paires(&corps)?;
    let base = Aide::brouillon(AideId(0), "", socle::db::now());
    let aide = match lire(&app, &etat, &champs, base.clone()).await {
        Ok(aide) => aide,
        Err(erreurs) => {
            let mut saisie = base;
            // Show back what was typed, even the invalid parts.
            saisie.name = valeur(&champs, "name");
            saisie.description = valeur(&champs, "description");
            let page = page_formulaire(ctx, &etat, &user, &saisie, 0, erreurs, None)?;
            return Ok(avec_statut(page, StatusCode::UNPROCESSABLE_ENTITY));
        }
    };
    match service::creer_aide(&app, &user, aide.clone()).await {
        Ok((id, _)) => {
            set_flash(
                &session,
                FlashKind::Success,
                "Le brouillon est enregistré. Complétez-le puis soumettez-le à la revue.",
            )
            .await?;
            Ok(Redirect::to(&format!("/aides/gestion/{}", id.0)).into_response())
        }
        Err(AppError::Invalid { fields, .. }) => {
            let page = page_formulaire(ctx, &etat, &user, &aide, 0, erreurs_de(fields), None)?;
            Ok(avec_statut(page, StatusCode::UNPROCESSABLE_ENTITY))
        }
        Err(autre) => Err(autre),
    }
}

fn id_chemin(id: &str) -> AppResult<AideId> {
    id.parse::<u64>()
        .map(AideId)
        .map_err(|_| AppError::NotFound("cette aide n'existe pas".to_owned()))
}

/// `GET /aides/gestion/{id}`: the form of an aid the caller may edit.
pub async fn formulaire(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    exiger_contributeur(&user)?;
    let id = id_chemin(&id)?;
    let etat = etat::etat(&app)?;
    let stockee = service::aide(&app, &Selection::Id(service::id_sql(id))).await?;
    if !acces::peut_modifier(&user, &stockee.aide) {
        return Err(AppError::Forbidden(
            "seuls le porteur responsable de cette aide et les administrateurs peuvent la modifier"
                .to_owned(),
        ));
    }
    page_formulaire(
        ctx,
        &etat,
        &user,
        &stockee.aide,
        stockee.version,
        FieldErrors::new(),
        None,
    )
}

/// `POST /aides/gestion/{id}`: saves the edit (compare-and-swap on the version read).
pub async fn enregistrer(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
    session: Session,
    Path(id): Path<String>,
    corps: String,
) -> AppResult<Response> {
    exiger_contributeur(&user)?;
    let id = id_chemin(&id)?;
    let etat = etat::etat(&app)?;
    let champs = paires(&corps)?;
    let version: i64 = valeur(&champs, "version").parse().map_err(|_| {
        AppError::BadRequest("le numéro de version du formulaire manque".to_owned())
    })?;
    let stockee = service::aide(&app, &Selection::Id(service::id_sql(id))).await?;
    if !acces::peut_modifier(&user, &stockee.aide) {
        return Err(AppError::Forbidden(
            "seuls le porteur responsable de cette aide et les administrateurs peuvent la modifier"
                .to_owned(),
        ));
    }
    let modifiee = match lire(&app, &etat, &champs, stockee.aide.clone()).await {
        Ok(aide) => aide,
        Err(erreurs) => {
            let page = page_formulaire(ctx, &etat, &user, &stockee.aide, version, erreurs, None)?;
            return Ok(avec_statut(page, StatusCode::UNPROCESSABLE_ENTITY));
        }
    };
    match service::modifier_aide(&app, &user, id, version, modifiee.clone()).await {
        Ok(()) => {
            set_flash(
                &session,
                FlashKind::Success,
                "Les modifications sont enregistrées.",
            )
            .await?;
            Ok(Redirect::to(&format!("/aides/gestion/{}", id.0)).into_response())
        }
        Err(AppError::Invalid { fields, .. }) => {
            let page = page_formulaire(
                ctx,
                &etat,
                &user,
                &modifiee,
                version,
                erreurs_de(fields),
                None,
            )?;
            Ok(avec_statut(page, StatusCode::UNPROCESSABLE_ENTITY))
        }
        Err(AppError::Conflict(message)) => {
            // The person's input is shown back, with the version now stored, so nothing typed is lost.
            let page = page_formulaire(
                ctx,
                &etat,
                &user,
                &modifiee,
                version,
                FieldErrors::new(),
                Some(message),
            )?;
            Ok(avec_statut(page, StatusCode::CONFLICT))
        }
        Err(autre) => Err(autre),
    }
}

/// `POST /aides/gestion/{id}/{action}`: a move of the workflow, a duplication or a merge.
pub async fn action(
    State(app): State<AppState>,
    user: CurrentUser,
    session: Session,
    Path((id, action)): Path<(String, String)>,
    corps: String,
) -> AppResult<Response> {
    exiger_contributeur(&user)?;
    let id = id_chemin(&id)?;
    let champs = paires(&corps)?;
    let version: i64 = valeur(&champs, "version").parse().map_err(|_| {
        AppError::BadRequest("le numéro de version du formulaire manque".to_owned())
    })?;
    let retour = valeur(&champs, "retour");
    let retour = if retour.starts_with("/aides/gestion") {
        retour
    } else {
        format!("/aides/gestion/{}", id.0)
    };
    let transition = match action.as_str() {
        "soumettre" => Transition::Submit,
        "publier" => Transition::Publish,
        "depublier" => Transition::Unpublish,
        "supprimer" => Transition::SoftDelete,
        "fusionner" => {
            let cible = valeur(&champs, "merged_into");
            let selection = match cible.parse::<i64>() {
                Ok(numero) => Selection::Id(numero),
                Err(_) => Selection::Slug(cible.trim_start_matches("/aides/").to_owned()),
            };
            let conservee = service::aide(&app, &selection).await.map_err(|_| {
                AppError::invalid_field(
                    "merged_into",
                    format!("l'aide à conserver « {cible} » est introuvable"),
                )
            });
            match conservee {
                Ok(conservee) => Transition::Merge {
                    conservee: conservee.aide.id,
                },
                Err(AppError::Invalid { message, .. }) => {
                    set_flash(&session, FlashKind::Error, message).await?;
                    return Ok(Redirect::to(&retour).into_response());
                }
                Err(autre) => return Err(autre),
            }
        }
        "dupliquer" => {
            let (copie, _) = service::dupliquer_aide(&app, &user, id).await?;
            set_flash(
                &session,
                FlashKind::Success,
                "La copie est enregistrée en brouillon.",
            )
            .await?;
            return Ok(Redirect::to(&format!("/aides/gestion/{}", copie.0)).into_response());
        }
        autre => return Err(AppError::NotFound(format!("action « {autre} » inconnue"))),
    };
    let (genre, texte) = match service::transition(&app, &user, id, version, transition).await {
        Ok(_) => (
            FlashKind::Success,
            match transition {
                Transition::Submit => "L'aide est soumise à la revue.",
                Transition::Publish => "L'aide est publiée.",
                Transition::Unpublish => "L'aide est dépubliée et repasse en brouillon.",
                Transition::SoftDelete => "L'aide est supprimée.",
                Transition::Merge { .. } => {
                    "L'aide est fusionnée : son adresse mène désormais à l'aide conservée."
                }
            }
            .to_owned(),
        ),
        Err(AppError::Invalid { message, .. } | AppError::Conflict(message)) => {
            (FlashKind::Error, message)
        }
        Err(autre) => return Err(autre),
    };
    set_flash(&session, genre, texte).await?;
    let destination = if matches!(transition, Transition::SoftDelete) {
        "/aides/gestion".to_owned()
    } else {
        retour
    };
    Ok(Redirect::to(&destination).into_response())
}

// ---------------------------------------------------------------------------------------------------------
// Referentials.

#[derive(Template)]
#[template(path = "aides/gestion/referentiels.html")]
struct ReferentielsPage {
    ctx: PageContext,
    porteurs: Vec<(u32, String, String)>,
    programmes: Vec<(u32, String)>,
    thematiques: Vec<(u16, String, Vec<String>)>,
    synonymes: Vec<(u32, String, String)>,
    adhoc: Vec<(String, String, bool)>,
}

/// `GET /aides/gestion/referentiels` (admins).
pub async fn referentiels(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
) -> AppResult<Response> {
    exiger_admin(&user)?;
    let etat = etat::etat(&app)?;
    let catalogue = etat.catalogue();
    let adhoc = store::perimetres_adhoc(app.db())
        .await?
        .into_iter()
        .map(|a| (a.code, a.nom, a.visible))
        .collect();
    render(&ReferentielsPage {
        ctx,
        porteurs: catalogue
            .porteurs
            .iter()
            .map(|p| {
                (
                    p.id.0,
                    p.nom.clone(),
                    format!("/aides/porteurs/{}-{}", p.id.0, p.slug),
                )
            })
            .collect(),
        programmes: catalogue
            .programmes
            .iter()
            .map(|p| (p.id.0, p.nom.clone()))
            .collect(),
        thematiques: catalogue
            .thematiques
            .thematiques()
            .iter()
            .map(|t| {
                (
                    t.id.0,
                    t.nom.clone(),
                    catalogue
                        .thematiques
                        .categories()
                        .iter()
                        .filter(|c| c.thematique == t.id)
                        .map(|c| c.nom.clone())
                        .collect(),
                )
            })
            .collect(),
        synonymes: catalogue
            .listes_synonymes
            .iter()
            .map(|l| (l.id, l.nom.clone(), l.termes.clone()))
            .collect(),
        adhoc,
    })
}

/// `POST /aides/gestion/referentiels/{quoi}`: adds to a referential (admins); the result is a flash message.
pub async fn enregistrer_referentiel(
    State(app): State<AppState>,
    user: CurrentUser,
    session: Session,
    Path(quoi): Path<String>,
    corps: String,
) -> AppResult<Response> {
    exiger_admin(&user)?;
    let champs = paires(&corps)?;
    let nom = valeur(&champs, "nom");
    let resultat: AppResult<String> = match quoi.as_str() {
        "porteur" => {
            let etat = etat::etat(&app)?;
            let perimetre =
                match resoudre_territoire(&app, etat.perimetres(), &valeur(&champs, "perimetre")) {
                    Ok(p) => p
                        .and_then(|p| etat.perimetres().get(p))
                        .map(|p| (p.echelle, p.code.clone())),
                    Err(message) => {
                        set_flash(&session, FlashKind::Error, message).await?;
                        return Ok(Redirect::to("/aides/gestion/referentiels").into_response());
                    }
                };
            let logo = Some(valeur(&champs, "logo")).filter(|l| l.starts_with("https://"));
            service::creer_porteur(
                &app,
                &user,
                NouveauPorteur { nom: nom.clone(), description: valeur(&champs, "description"), logo, perimetre },
            )
            .await
            .map(|id| format!("Le porteur « {nom} » est créé (identifiant {id}, à donner comme organisation du rôle porteur)."))
        }
        "programme" => service::creer_programme(&app, &user, &nom, &valeur(&champs, "description"))
            .await
            .map(|_| format!("Le programme « {nom} » est créé.")),
        "categorie" => {
            let thematique = valeur(&champs, "thematique").parse::<i64>().unwrap_or(-1);
            service::creer_categorie(&app, &user, thematique, &nom)
                .await
                .map(|_| format!("La catégorie « {nom} » est ajoutée."))
        }
        "synonymes" => {
            service::enregistrer_liste_synonymes(&app, &user, &nom, &valeur(&champs, "termes"))
                .await
                .map(|_| format!("La liste de synonymes « {nom} » est enregistrée."))
        }
        "perimetre" => service::creer_perimetre_adhoc(
            &app,
            &user,
            &valeur(&champs, "code"),
            &nom,
            &valeur(&champs, "codes"),
        )
        .await
        .map(|rapport| {
            let mut texte = format!(
                "Le périmètre « {nom} » est créé : {} communes.",
                rapport.communes
            );
            if !rapport.inconnus.is_empty() {
                texte.push_str(&format!(
                    " Codes inconnus, ignorés : {}.",
                    rapport.inconnus.join(", ")
                ));
            }
            if !rapport.invalides.is_empty() {
                texte.push_str(&format!(
                    " Lignes invalides, ignorées : {}.",
                    rapport.invalides.join(", ")
                ));
            }
            texte
        }),
        "bassins" => service::importer_bassins(&app, Some(&user), &valeur(&champs, "lignes"))
            .await
            .map(|rapport| {
                let mut texte =
                    format!("{} communes rattachées à leur bassin.", rapport.enregistres);
                if !rapport.refusees.is_empty() {
                    texte.push_str(&format!(" Refusées : {}.", rapport.refusees.join(" ; ")));
                }
                texte
            }),
        autre => {
            return Err(AppError::NotFound(format!(
                "référentiel « {autre} » inconnu"
            )));
        }
    };
    let (genre, texte) = match resultat {
        Ok(texte) => (FlashKind::Success, texte),
        Err(AppError::Invalid { message, .. }) => (FlashKind::Error, message),
        Err(autre) => return Err(autre),
    };
    set_flash(&session, genre, texte).await?;
    Ok(Redirect::to("/aides/gestion/referentiels").into_response())
}
