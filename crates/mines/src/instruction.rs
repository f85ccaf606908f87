//! The writes of the mining cadastre: add an étape (with its documents), create and file a demande, add a
//! document, recompute every titre. Web pages and the API call these same functions.
//!
//! Each write is one transaction: bump the titre's version (compare-and-swap, and a lock serialising the writes
//! of one titre), reload the titre, check the permission with the domain's rules, re-validate the whole démarche
//! with the procedure ([`crate::domain::instruction`]), write, recompute every derived value of the titre, record
//! the audit entry, commit. A refused étape changes nothing and comes back with its reason and the allowed étapes.

use serde_json::json;
use socle::AppState;
use socle::audit::{self, Actor, Entry};
use socle::auth::CurrentUser;
use socle::files::{self, FileError};

use crate::domain::acteur::Acteur;
use crate::domain::date::CaminoDate;
use crate::domain::etape::{Confidentialite, EntrepriseId};
use crate::domain::instruction::{RefusEtape, valider_ajout, valider_demarche};
use crate::domain::permissions::AccesEtape;
use crate::referentiels::{DemarcheTypeId, EtapeStatutId, EtapeTypeId, TitreTypeId};
use crate::store::{
    self, CommuneSurface, Conn, NouveauTitre, NouvelleEtape, StoreError, TitreComplet,
};

/// Module id in the audit journal.
pub const MODULE: &str = "mines";

/// Why a write is refused.
#[derive(Debug, thiserror::Error)]
pub enum InstructionError {
    /// The titre, démarche or étape does not exist, or the user may not read it.
    #[error("{0} introuvable")]
    Introuvable(&'static str),
    /// The user reads it but may not do this.
    #[error("{0}")]
    Interdit(String),
    /// The titre changed since the form was displayed.
    #[error("le titre a été modifié entre-temps : rechargez la page et recommencez")]
    Conflit,
    /// A field is invalid.
    #[error("le champ « {champ} » est invalide : {message}")]
    Invalide {
        /// Field name.
        champ: &'static str,
        /// French message.
        message: String,
    },
    /// The procedure refuses the étape (or the démarche does not validate).
    #[error("{0}")]
    Refus(#[from] RefusEtape),
    /// A document was refused.
    #[error("document refusé : {0}")]
    Fichier(#[from] FileError),
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<socle::db::DbError> for InstructionError {
    fn from(error: socle::db::DbError) -> Self {
        Self::Store(StoreError::Db(error))
    }
}

impl From<InstructionError> for socle::AppError {
    fn from(error: InstructionError) -> Self {
        use socle::AppError;
        match error {
            InstructionError::Introuvable(quoi) => {
                AppError::NotFound(format!("{quoi} introuvable"))
            }
            InstructionError::Interdit(message) => AppError::Forbidden(message),
            InstructionError::Conflit => AppError::Conflict(InstructionError::Conflit.to_string()),
            InstructionError::Invalide { champ, message } => {
                AppError::invalid_field(champ, message)
            }
            InstructionError::Refus(refus) => AppError::invalid_field("etape", refus.to_string()),
            InstructionError::Fichier(FileError::Db(error)) => error.into(),
            InstructionError::Fichier(FileError::Store(error)) => AppError::internal(error),
            InstructionError::Fichier(fichier) => {
                AppError::invalid_field("document", fichier.to_string())
            }
            InstructionError::Store(store) => store.into(),
        }
    }
}

/// Today in Paris: the date "as at" which statuts are computed and étapes filed.
pub fn aujourdhui() -> CaminoDate {
    chrono::Utc::now()
        .with_timezone(&chrono_tz::Europe::Paris)
        .date_naive()
        .into()
}

/// A document to attach to an étape.
#[derive(Debug, Clone)]
pub struct NouveauDocument {
    /// Content (PDF).
    pub octets: Vec<u8>,
    /// File name given by the uploader.
    pub nom_fichier: String,
    /// Document type id.
    pub type_id: String,
    /// Description.
    pub description: String,
    /// Who may read it.
    pub confidentialite: Confidentialite,
}

fn check_document(document: &NouveauDocument) -> Result<(), InstructionError> {
    if crate::referentiels::document_type(&document.type_id).is_none() {
        return Err(InstructionError::Invalide {
            champ: "document_type",
            message: format!("type de document inconnu « {} »", document.type_id),
        });
    }
    Ok(())
}

async fn store_documents(
    app: &AppState,
    tx: &mut socle::db::Tx,
    etape_id: i64,
    documents: &[NouveauDocument],
    user: &CurrentUser,
) -> Result<Vec<i64>, InstructionError> {
    let mut ids = Vec::with_capacity(documents.len());
    for document in documents {
        check_document(document)?;
        let blob = app
            .files()
            .put(
                tx,
                &document.octets,
                &document.nom_fichier,
                &files::PDF,
                Some(user.id),
            )
            .await?;
        ids.push(
            store::insert_document(
                tx,
                etape_id,
                blob.id,
                &document.type_id,
                &document.description,
                document.confidentialite,
                Some(user.id),
            )
            .await?,
        );
    }
    Ok(ids)
}

/// Opens the write transaction of a titre: version check, lock, reload.
async fn begin(
    app: &AppState,
    titre_id: i64,
    version: Option<i64>,
) -> Result<(socle::db::Tx, TitreComplet), InstructionError> {
    let mut tx = app.db().begin().await?;
    if !store::bump_version(&mut tx, titre_id, version).await? {
        return Err(InstructionError::Conflit);
    }
    let complet = store::load_titre(&mut Conn::Tx(&mut tx), titre_id)
        .await?
        .ok_or(InstructionError::Introuvable("titre"))?;
    Ok((tx, complet))
}

/// Recomputes the titre, records the audit entry and commits.
async fn finish(
    app: &AppState,
    mut tx: socle::db::Tx,
    complet: &TitreComplet,
    actor: &Actor,
    action: &str,
    summary: String,
    details: serde_json::Value,
) -> Result<(), InstructionError> {
    let recalcul =
        store::recompute(&mut tx, complet.titre.id, aujourdhui(), &app.territoires()).await?;
    let summary = if recalcul.avant == recalcul.apres {
        summary
    } else {
        format!(
            "{summary} Statut du titre : {} → {}.",
            recalcul.avant.nom(),
            recalcul.apres.nom()
        )
    };
    let mut details = details;
    details["titre_statut"] =
        json!({"avant": recalcul.avant.as_str(), "apres": recalcul.apres.as_str()});
    audit::record(
        &mut tx,
        Entry {
            actor,
            module: MODULE,
            action,
            target: &format!("titre:{}", complet.titre.slug),
            summary: &summary,
            details,
        },
    )
    .await?;
    socle::changes::record(&mut tx, crate::carte::SUJET).await?;
    tx.commit().await?;
    crate::carte::apres_ecriture(app).await;
    Ok(())
}

/// Adds an étape (and its documents) to a démarche, after re-validating the démarche with it.
pub async fn ajouter_etape(
    app: &AppState,
    user: &CurrentUser,
    acteur: &Acteur,
    demarche_id: i64,
    version: Option<i64>,
    etape: NouvelleEtape,
    documents: Vec<NouveauDocument>,
) -> Result<i64, InstructionError> {
    let titre_id = store::titre_of_demarche(app.db(), demarche_id)
        .await?
        .ok_or(InstructionError::Introuvable("démarche"))?;
    let (mut tx, complet) = begin(app, titre_id, version).await?;
    let acces = complet.titre.acces();
    if !acteur.lit_titre(&acces.acces()) {
        return Err(InstructionError::Introuvable("démarche"));
    }
    let acces_etape = AccesEtape {
        type_id: etape.type_id,
        is_brouillon: etape.is_brouillon,
    };
    if !acteur.edite_etape(&acces.acces(), &acces_etape) {
        return Err(InstructionError::Interdit(
            "vous ne pouvez pas ajouter d'étape à cette démarche : il faut être éditeur ou administrateur d'une \
             administration gestionnaire ou locale du titre"
                .to_owned(),
        ));
    }
    let titre = complet.domain();
    let demarche = titre
        .demarches
        .iter()
        .find(|d| d.id.0 == demarche_id.to_string())
        .ok_or(InstructionError::Introuvable("démarche"))?;
    for document in &documents {
        check_document(document)?;
    }
    let statut = valider_ajout(titre.type_id, demarche, &etape.domain("nouvelle"))?;
    let etape_id = store::insert_etape(&mut tx, demarche_id, &etape, Some(user.id)).await?;
    let documents = store_documents(app, &mut tx, etape_id, &documents, user).await?;
    let slug = complet
        .demarche(demarche_id)
        .map(|d| d.demarche.slug.clone())
        .unwrap_or_default();
    let summary = format!(
        "Étape « {} » ({}) du {} ajoutée à la démarche {slug} : statut de la démarche « {} ».",
        etape.type_id.nom(),
        etape.statut_id.nom(),
        etape.date,
        statut.statut.definition().nom
    );
    finish(
        app,
        tx,
        &complet,
        &user.actor(),
        "ajouter_etape",
        summary,
        json!({
            "demarche": demarche_id,
            "etape": etape_id,
            "type": etape.type_id.as_str(),
            "statut": etape.statut_id.as_str(),
            "date": etape.date.to_string(),
            "brouillon": etape.is_brouillon,
            "documents": documents,
        }),
    )
    .await?;
    Ok(etape_id)
}

/// Adds a document to an existing étape.
pub async fn ajouter_document(
    app: &AppState,
    user: &CurrentUser,
    acteur: &Acteur,
    etape_id: i64,
    version: Option<i64>,
    document: NouveauDocument,
) -> Result<i64, InstructionError> {
    let (titre_id, demarche_id) = store::titre_of_etape(app.db(), etape_id)
        .await?
        .ok_or(InstructionError::Introuvable("étape"))?;
    let (mut tx, complet) = begin(app, titre_id, version).await?;
    let acces = complet.titre.acces();
    let etape = complet
        .demarche(demarche_id)
        .and_then(|d| d.etapes.iter().find(|e| e.etape.id == etape_id))
        .ok_or(InstructionError::Introuvable("étape"))?;
    if !acteur.lit_titre(&acces.acces()) {
        return Err(InstructionError::Introuvable("étape"));
    }
    if !acteur.edite_etape(&acces.acces(), &etape.etape.acces()) {
        return Err(InstructionError::Interdit(
            "vous ne pouvez pas ajouter de document à cette étape".to_owned(),
        ));
    }
    let ids = store_documents(
        app,
        &mut tx,
        etape_id,
        std::slice::from_ref(&document),
        user,
    )
    .await?;
    let summary = format!(
        "Document « {} » ({}) ajouté à l'étape « {} » du {}.",
        document.nom_fichier,
        store::confidentialite_nom(document.confidentialite),
        etape.etape.etape.type_id.nom(),
        etape.etape.etape.date
    );
    finish(
        app,
        tx,
        &complet,
        &user.actor(),
        "ajouter_document",
        summary,
        json!({"etape": etape_id, "documents": ids, "type": document.type_id}),
    )
    .await?;
    Ok(ids.first().copied().unwrap_or_default())
}

/// A demande (ARM or AXM octroi) drafted by a company.
#[derive(Debug, Clone)]
pub struct NouvelleDemande {
    /// ARM or AXM.
    pub type_id: TitreTypeId,
    /// Name of the future titre.
    pub nom: String,
    /// Demanding company (code).
    pub entreprise: String,
    /// Substances légales.
    pub substances: Vec<String>,
    /// Perimeter.
    pub perimetre: Option<crate::perimetre::Perimetre>,
    /// Communes crossed, with their areas.
    pub communes: Vec<CommuneSurface>,
    /// ARM: prospection with mechanised means.
    pub mecanise: bool,
    /// ARM: number of watercourse crossings.
    pub franchissements: u32,
    /// AXM: date of the environmental authority's decision (exemption).
    pub date_dae: Option<CaminoDate>,
    /// AXM: landowner's agreement (favourable or with reservations) and its date.
    pub accord_proprietaire: Option<(EtapeStatutId, CaminoDate)>,
}

/// Legal duration of an ARM (4 months) or an AXM (4 years), locked for companies.
pub fn duree_legale(type_id: TitreTypeId) -> u32 {
    if type_id == TitreTypeId::Arm { 4 } else { 48 }
}

/// Creates a titre, its octroi démarche and the draft demande of a company.
pub async fn creer_demande(
    app: &AppState,
    user: &CurrentUser,
    acteur: &Acteur,
    demande: NouvelleDemande,
) -> Result<(i64, i64), InstructionError> {
    if !matches!(demande.type_id, TitreTypeId::Arm | TitreTypeId::Axm) {
        return Err(InstructionError::Invalide {
            champ: "type",
            message: "seules les demandes d'ARM et d'AXM se font en ligne".to_owned(),
        });
    }
    if !acteur.cree_demande(demande.type_id, &EntrepriseId(demande.entreprise.clone())) {
        return Err(InstructionError::Interdit(
            "vous ne pouvez déposer une demande que pour une entreprise dont vous êtes membre"
                .to_owned(),
        ));
    }
    if store::find_entreprise(app.db(), &demande.entreprise)
        .await?
        .is_none()
    {
        return Err(InstructionError::Invalide {
            champ: "entreprise",
            message: format!("entreprise inconnue « {} »", demande.entreprise),
        });
    }
    let aujourdhui = aujourdhui();
    let mut tx = app.db().begin().await?;
    let (titre_id, slug) = store::insert_titre(
        &mut tx,
        &NouveauTitre {
            nom: demande.nom.clone(),
            type_id: demande.type_id,
            references: Vec::new(),
        },
        aujourdhui.annee(),
    )
    .await?;
    let demarche_id = store::insert_demarche(&mut tx, titre_id, DemarcheTypeId::Oct, "").await?;
    let mut mfr = NouvelleEtape::simple(EtapeTypeId::Mfr, EtapeStatutId::Fai, aujourdhui);
    mfr.is_brouillon = true;
    mfr.duree = Some(duree_legale(demande.type_id));
    mfr.titulaires = Some(vec![demande.entreprise.clone()]);
    mfr.substances = Some(demande.substances.clone());
    mfr.perimetre = demande.perimetre.clone();
    mfr.communes = Some(demande.communes.clone());
    // ARM and AXM are authorisations of Guyane.
    mfr.pays_id = Some("GF".to_owned());
    if demande.type_id == TitreTypeId::Arm {
        mfr.contenu = json!({"arm": {"mecanise": demande.mecanise, "franchissements": demande.franchissements}});
    }
    store::insert_etape(&mut tx, demarche_id, &mfr, Some(user.id)).await?;
    if demande.type_id == TitreTypeId::Axm {
        if let Some(date) = demande.date_dae {
            let mut dae = NouvelleEtape::simple(EtapeTypeId::Dae, EtapeStatutId::Exe, date);
            dae.is_brouillon = true;
            store::insert_etape(&mut tx, demarche_id, &dae, Some(user.id)).await?;
        }
        if let Some((statut, date)) = demande.accord_proprietaire {
            let mut asl = NouvelleEtape::simple(EtapeTypeId::Asl, statut, date);
            asl.is_brouillon = true;
            store::insert_etape(&mut tx, demarche_id, &asl, Some(user.id)).await?;
        }
    }
    let recalcul = store::recompute(&mut tx, titre_id, aujourdhui, &app.territoires()).await?;
    audit::record(
        &mut tx,
        Entry {
            actor: &user.actor(),
            module: MODULE,
            action: "creer_demande",
            target: &format!("titre:{slug}"),
            summary: &format!(
                "Brouillon de demande d'{} « {} » créé pour l'entreprise {}.",
                if demande.type_id == TitreTypeId::Arm {
                    "ARM"
                } else {
                    "AXM"
                },
                demande.nom,
                demande.entreprise
            ),
            details: json!({
                "titre": titre_id,
                "demarche": demarche_id,
                "type": demande.type_id.as_str(),
                "entreprise": demande.entreprise,
                "titre_statut": recalcul.apres.as_str(),
            }),
        },
    )
    .await?;
    socle::changes::record(&mut tx, crate::carte::SUJET).await?;
    tx.commit().await?;
    crate::carte::apres_ecriture(app).await;
    Ok((titre_id, demarche_id))
}

/// Files the draft demande of a démarche: its draft étapes become filed (the demande dated today) and the dépôt
/// is recorded, if the procedure accepts it.
pub async fn deposer_demande(
    app: &AppState,
    user: &CurrentUser,
    acteur: &Acteur,
    demarche_id: i64,
    version: Option<i64>,
) -> Result<(), InstructionError> {
    let titre_id = store::titre_of_demarche(app.db(), demarche_id)
        .await?
        .ok_or(InstructionError::Introuvable("démarche"))?;
    let (mut tx, complet) = begin(app, titre_id, version).await?;
    let acces = complet.titre.acces();
    if !acteur.lit_titre(&acces.acces()) {
        return Err(InstructionError::Introuvable("démarche"));
    }
    let demarche = complet
        .demarche(demarche_id)
        .ok_or(InstructionError::Introuvable("démarche"))?;
    let brouillons: Vec<&store::EtapeComplete> = demarche
        .etapes
        .iter()
        .filter(|e| e.etape.etape.is_brouillon)
        .collect();
    let Some(demande) = brouillons
        .iter()
        .find(|e| e.etape.etape.type_id == EtapeTypeId::Mfr)
    else {
        return Err(InstructionError::Invalide {
            champ: "demarche",
            message: "cette démarche n'a pas de demande en brouillon à déposer".to_owned(),
        });
    };
    if !acteur.edite_etape(&acces.acces(), &demande.etape.acces()) {
        return Err(InstructionError::Interdit(
            "seule l'entreprise demandeuse ou une administration gestionnaire peut déposer cette demande".to_owned(),
        ));
    }
    let mfr = &demande.etape.etape;
    if mfr.perimetre.is_none() {
        return Err(InstructionError::Invalide {
            champ: "perimetre",
            message: "la demande doit avoir un périmètre avant d'être déposée".to_owned(),
        });
    }
    if mfr.substances.as_ref().is_none_or(Vec::is_empty) {
        return Err(InstructionError::Invalide {
            champ: "substances",
            message: "la demande doit indiquer au moins une substance".to_owned(),
        });
    }
    let aujourdhui = aujourdhui();
    let mut titre = complet.domain();
    let Some(domaine) = titre
        .demarches
        .iter_mut()
        .find(|d| d.id.0 == demarche_id.to_string())
    else {
        return Err(InstructionError::Introuvable("démarche"));
    };
    for etape in &mut domaine.etapes {
        if etape.is_brouillon {
            etape.is_brouillon = false;
            if etape.type_id == EtapeTypeId::Mfr {
                etape.date = aujourdhui;
            }
        }
    }
    let mdp = NouvelleEtape::simple(EtapeTypeId::Mdp, EtapeStatutId::Fai, aujourdhui);
    domaine.etapes.push(mdp.domain("depot"));
    let statut = valider_demarche(titre.type_id, domaine)?;
    for etape in &brouillons {
        let date = if etape.etape.etape.type_id == EtapeTypeId::Mfr {
            aujourdhui
        } else {
            etape.etape.etape.date
        };
        store::file_draft(&mut tx, etape.etape.id, date).await?;
    }
    let depot_id = store::insert_etape(&mut tx, demarche_id, &mdp, Some(user.id)).await?;
    let summary = format!(
        "Demande {} déposée le {aujourdhui} : statut de la démarche « {} ».",
        demarche.demarche.slug,
        statut.statut.definition().nom
    );
    finish(
        app,
        tx,
        &complet,
        &user.actor(),
        "deposer_demande",
        summary,
        json!({"demarche": demarche_id, "depot": depot_id}),
    )
    .await
}

/// Recomputes every titre "as at" `date` (the nightly job); each changed titre gets its audit entry.
pub async fn recalculer_tout(app: &AppState, date: CaminoDate) -> anyhow::Result<usize> {
    let territoires = app.territoires();
    let mut modifies = 0;
    for (titre_id, slug) in store::titre_ids(app.db()).await? {
        let mut tx = app.db().begin().await?;
        let recalcul = store::recompute(&mut tx, titre_id, date, &territoires).await?;
        if recalcul.modifie {
            modifies += 1;
            audit::record(
                &mut tx,
                Entry {
                    actor: &Actor::System("mines.recalcul"),
                    module: MODULE,
                    action: "recalculer",
                    target: &format!("titre:{slug}"),
                    summary: &format!(
                        "Recalcul au {date} : statut du titre {} → {}.",
                        recalcul.avant.nom(),
                        recalcul.apres.nom()
                    ),
                    details: json!({
                        "date": date.to_string(),
                        "avant": recalcul.avant.as_str(),
                        "apres": recalcul.apres.as_str(),
                    }),
                },
            )
            .await?;
            socle::changes::record(&mut tx, crate::carte::SUJET).await?;
        }
        tx.commit().await?;
    }
    if modifies > 0 {
        crate::carte::apres_ecriture(app).await;
    }
    Ok(modifies)
}
