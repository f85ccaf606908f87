//! Subscriptions to level changes.
//!
//! Anyone subscribes with an e-mail, one or more places, a profile and water types; the address is confirmed
//! by a link (double opt-in); after each publication a job mails the subscribers whose level changed; every
//! mail carries a one-click unsubscribe link that deletes the row.
//!
//! What is kept is only what the service needs (spec §7): the address, the places, the profile, the types and
//! the last situation mailed. No IP address, no name; the audit journal never holds the address either.

use std::collections::BTreeMap;

use chrono::{Duration, Utc};
use serde::{Deserialize, Serialize};
use serde_json::json;
use socle::AppState;
use socle::audit::{self, Actor};
use socle::auth::{random_token, token_hash};
use socle::mail::{self, Mail};

use crate::domain::nomenclature::{NiveauGravite, Profil, TypeZone};
use crate::domain::recherche::{EchecRecherche, Lieu, RequeteZones, ZonesPubliees};
use crate::domain::zone_alerte::CodeInsee;
use crate::publication::{self, Instantane};
use crate::store::{self, StoreResult, abonnements};

/// How long a confirmation link is valid; unconfirmed subscriptions are deleted after it.
pub const VALIDITE_CONFIRMATION: Duration = Duration::days(7);
/// Most unconfirmed subscriptions an address may ask for in a day (a form must not mail-bomb someone).
pub const DEMANDES_PAR_JOUR: i64 = 3;
/// The value stored for a type without any zone in force.
pub const PAS_DE_RESTRICTION: &str = "pas_restriction";

/// A followed place: a commune or a point, with the label the person chose.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LieuSuivi {
    /// Label shown in mails.
    pub libelle: String,
    /// INSEE code, for a commune.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commune: Option<String>,
    /// Longitude, for a point.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
    /// Latitude, for a point.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
}

impl LieuSuivi {
    fn lieu(&self) -> Option<Lieu> {
        match (self.lon, self.lat, &self.commune) {
            (Some(lon), Some(lat), _) => Some(Lieu::Point { lon, lat }),
            (_, _, Some(code)) => CodeInsee::parse(code).ok().map(Lieu::Commune),
            _ => None,
        }
    }
}

/// Per place (by position) and water type, the level code or [`PAS_DE_RESTRICTION`].
pub type Situation = BTreeMap<String, BTreeMap<String, String>>;

/// The highest level of a type at a place. For a commune holding several zones of the type, the highest of
/// them: a subscriber is warned of the strictest level that may apply to them.
pub fn niveau_au_lieu(
    zones: &ZonesPubliees,
    lieu: &Lieu,
    type_zone: TypeZone,
) -> Option<NiveauGravite> {
    let requete = RequeteZones {
        lieu: lieu.clone(),
        commune: None,
        profil: None,
        type_zone: Some(type_zone),
    };
    let highest = |ids: &[i64]| {
        zones
            .zones()
            .iter()
            .filter(|zone| ids.contains(&zone.id))
            .map(|zone| zone.niveau)
            .max()
    };
    match zones.find(&requete, None) {
        Ok(reponse) => reponse.zones.iter().map(|found| found.zone.niveau).max(),
        Err(EchecRecherche::AucuneZone) => None,
        Err(
            EchecRecherche::CommuneAmbigue { zones: ids, .. }
            | EchecRecherche::DonneesIncoherentes { zones: ids, .. },
        ) => highest(&ids),
    }
}

/// The situation of places for some water types in a snapshot.
pub fn situation(instantane: &Instantane, lieux: &[LieuSuivi], types: &[TypeZone]) -> Situation {
    lieux
        .iter()
        .enumerate()
        .map(|(position, suivi)| {
            let niveaux = types
                .iter()
                .map(|type_zone| {
                    let niveau = suivi
                        .lieu()
                        .and_then(|lieu| niveau_au_lieu(&instantane.zones, &lieu, *type_zone));
                    (
                        type_zone.code().to_owned(),
                        niveau
                            .map_or(PAS_DE_RESTRICTION, NiveauGravite::code)
                            .to_owned(),
                    )
                })
                .collect();
            (position.to_string(), niveaux)
        })
        .collect()
}

fn label(code: &str) -> &str {
    NiveauGravite::parse(code).map_or("Pas de restriction", NiveauGravite::label)
}

/// The changes between two situations, as French lines; only the (place, type) pairs known before count
/// (spec §3.7: "emails only the types whose stored situation existed and changed").
pub fn changements(avant: &Situation, apres: &Situation, lieux: &[LieuSuivi]) -> Vec<String> {
    let mut lines = Vec::new();
    for (position, niveaux) in apres {
        let Some(before) = avant.get(position) else {
            continue;
        };
        let libelle = position
            .parse::<usize>()
            .ok()
            .and_then(|index| lieux.get(index))
            .map_or("votre lieu", |lieu| lieu.libelle.as_str());
        for (type_code, niveau) in niveaux {
            match before.get(type_code) {
                Some(previous) if previous != niveau => {
                    let type_label = TypeZone::parse(type_code).map_or("Eau", TypeZone::label);
                    lines.push(format!(
                        "{libelle}, {} : {} → {}",
                        type_label.to_lowercase(),
                        label(previous),
                        label(niveau)
                    ));
                }
                _ => {}
            }
        }
    }
    lines
}

/// A subscription asked for by the form.
#[derive(Debug, Clone)]
pub struct Inscription {
    /// Normalised address.
    pub email: String,
    /// Profile.
    pub profil: Profil,
    /// Water types (at least one).
    pub types: Vec<TypeZone>,
    /// Places (at least one).
    pub lieux: Vec<LieuSuivi>,
}

/// Why a subscription was refused.
#[derive(Debug, thiserror::Error)]
pub enum InscriptionError {
    /// The address asked too often today.
    #[error(
        "trop de demandes d'abonnement pour cette adresse aujourd'hui : confirmez celles déjà reçues par courriel"
    )]
    TropDeDemandes,
    /// The store failed.
    #[error(transparent)]
    Store(#[from] store::StoreError),
}

impl From<socle::db::DbError> for InscriptionError {
    fn from(error: socle::db::DbError) -> Self {
        Self::Store(error.into())
    }
}

fn base_url(app: &AppState) -> String {
    app.config().base_url.trim_end_matches('/').to_owned()
}

/// Stores an unconfirmed subscription and mails the confirmation link.
pub async fn inscrire(app: &AppState, inscription: &Inscription) -> Result<(), InscriptionError> {
    let mut db = app.db().clone();
    let since = Utc::now() - Duration::days(1);
    if abonnements::pending_since(&mut db, &inscription.email, since).await? >= DEMANDES_PAR_JOUR {
        return Err(InscriptionError::TropDeDemandes);
    }
    let mut types = inscription.types.clone();
    types.sort();
    types.dedup();
    let instantane = publication::courante(app);
    let situation = situation(&instantane, &inscription.lieux, &types);
    let jeton = random_token();
    let jeton_desabonnement = random_token();
    let types_eau = types
        .iter()
        .map(|type_zone| type_zone.code())
        .collect::<Vec<_>>()
        .join(",");
    let lieux = serde_json::to_string(&inscription.lieux)
        .map_err(|e| store::StoreError::Donnee(e.to_string()))?;
    let situation =
        serde_json::to_string(&situation).map_err(|e| store::StoreError::Donnee(e.to_string()))?;
    let mut tx = app.db().begin().await?;
    let id = abonnements::create(
        &mut tx,
        &abonnements::NouvelAbonnement {
            email: &inscription.email,
            profil: inscription.profil.code(),
            types_eau: &types_eau,
            lieux: &lieux,
            situation: &situation,
            jeton_confirmation: &token_hash(&jeton),
            jeton_desabonnement: &jeton_desabonnement,
        },
    )
    .await?;
    let base = base_url(app);
    let lieux_text = inscription
        .lieux
        .iter()
        .map(|lieu| lieu.libelle.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    mail::queue(
        &mut tx,
        app,
        &Mail {
            to: inscription.email.clone(),
            subject: "Confirmez votre abonnement aux alertes sécheresse".to_owned(),
            text: format!(
                "Bonjour,\n\nVous avez demandé à être prévenu par courriel quand les restrictions d'eau changent pour : \
                 {lieux_text}.\n\nPour confirmer cet abonnement, ouvrez ce lien dans les 7 jours :\n\
                 {base}/secheresse/abonnement/confirmer?jeton={jeton}\n\nSi vous n'êtes pas à l'origine de cette \
                 demande, ignorez ce message : sans confirmation, l'abonnement sera supprimé.\n\n\
                 Pour l'annuler dès maintenant : {base}/secheresse/abonnement/desabonner?jeton={jeton_desabonnement}\n"
            ),
            html: None,
        },
    )
    .await?;
    audit::record(
        &mut tx,
        audit::Entry {
            actor: &Actor::Anonymous,
            module: "secheresse",
            action: "creer_abonnement",
            target: &format!("abonnement:{id}"),
            summary: "Abonnement aux alertes créé, en attente de confirmation",
            details: json!({ "lieux": inscription.lieux.len(), "types": types_eau }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Confirms a subscription by the token of its mail; false when the link is unknown or too old.
pub async fn confirmer(app: &AppState, jeton: &str) -> StoreResult<bool> {
    let mut tx = app.db().begin().await?;
    let not_before = Utc::now() - VALIDITE_CONFIRMATION;
    let Some(id) = abonnements::confirm(&mut tx, &token_hash(jeton), not_before).await? else {
        // Nothing changed: end the transaction now (a dropped one is rolled back only when its connection is
        // next used).
        tx.commit().await?;
        return Ok(false);
    };
    audit::record(
        &mut tx,
        audit::Entry {
            actor: &Actor::Anonymous,
            module: "secheresse",
            action: "confirmer_abonnement",
            target: &format!("abonnement:{id}"),
            summary: "Abonnement aux alertes confirmé",
            details: json!({}),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// Deletes the subscription of an unsubscribe token; false when there is none (already deleted).
pub async fn desabonner(app: &AppState, jeton: &str) -> StoreResult<bool> {
    let mut tx = app.db().begin().await?;
    let Some(id) = abonnements::delete_by_token(&mut tx, jeton).await? else {
        tx.commit().await?;
        return Ok(false);
    };
    audit::record(
        &mut tx,
        audit::Entry {
            actor: &Actor::Anonymous,
            module: "secheresse",
            action: "supprimer_abonnement",
            target: &format!("abonnement:{id}"),
            summary: "Abonnement aux alertes supprimé par son titulaire",
            details: json!({}),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// Mails the subscribers whose level changed in the current snapshot; returns how many mails were queued.
///
/// Each subscription is updated with its mail in one transaction, so a retried job never mails twice.
pub async fn notifier(app: &AppState) -> anyhow::Result<usize> {
    let instantane = publication::courante(app);
    let base = base_url(app);
    let mut db = app.db().clone();
    let mut after = 0;
    let mut sent = 0;
    loop {
        let page = abonnements::confirmed_after(&mut db, after, 200).await?;
        let Some(last) = page.last() else {
            break;
        };
        after = last.id;
        for abonnement in page {
            let lieux: Vec<LieuSuivi> = serde_json::from_str(&abonnement.lieux)?;
            let types: Vec<TypeZone> = abonnement
                .types_eau
                .split(',')
                .filter_map(|code| TypeZone::parse(code).ok())
                .collect();
            let avant: Situation = serde_json::from_str(&abonnement.situation)?;
            let apres = situation(&instantane, &lieux, &types);
            if apres == avant {
                continue;
            }
            let lines = changements(&avant, &apres, &lieux);
            let mut tx = app.db().begin().await?;
            abonnements::set_situation(&mut tx, abonnement.id, &serde_json::to_string(&apres)?)
                .await?;
            if !lines.is_empty() {
                let lien = lieux.first().map_or_else(
                    || format!("{base}/secheresse"),
                    |lieu| lien_recherche(&base, lieu, &abonnement.profil),
                );
                mail::queue(
                    &mut tx,
                    app,
                    &Mail {
                        to: abonnement.email.clone(),
                        subject: "Sécheresse : les restrictions d'eau ont changé".to_owned(),
                        text: format!(
                            "Bonjour,\n\nLes restrictions d'usage de l'eau ont changé pour les lieux que vous suivez :\n\n\
                             {}\n\nCe qui est autorisé et interdit, avec les arrêtés : {lien}\n\nLe non-respect des \
                             mesures de restriction est puni de l'amende prévue pour les contraventions de 5e classe \
                             (1 500 €, article R216-9 du code de l'environnement).\n\nPour ne plus recevoir ces \
                             messages, en un clic : {base}/secheresse/abonnement/desabonner?jeton={}\n",
                            lines
                                .iter()
                                .map(|line| format!("- {line}"))
                                .collect::<Vec<_>>()
                                .join("\n"),
                            abonnement.jeton_desabonnement
                        ),
                        html: None,
                    },
                )
                .await?;
                audit::record(
                    &mut tx,
                    audit::Entry {
                        actor: &Actor::System("secheresse.notifier"),
                        module: "secheresse",
                        action: "notifier_abonne",
                        target: &format!("abonnement:{}", abonnement.id),
                        summary: &format!(
                            "Changement de niveau notifié ({} ligne(s))",
                            lines.len()
                        ),
                        details: json!({ "publication": instantane.publication_id }),
                    },
                )
                .await?;
                sent += 1;
            }
            tx.commit().await?;
        }
    }
    Ok(sent)
}

/// The search page of a followed place.
fn lien_recherche(base: &str, lieu: &LieuSuivi, profil: &str) -> String {
    let mut pairs: Vec<(&str, String)> = vec![("profil", profil.to_owned())];
    match (lieu.lon, lieu.lat, &lieu.commune) {
        (Some(lon), Some(lat), _) => {
            pairs.push(("lon", lon.to_string()));
            pairs.push(("lat", lat.to_string()));
        }
        (_, _, Some(commune)) => pairs.push(("commune", commune.clone())),
        _ => {}
    }
    let query = pairs
        .iter()
        .map(|(key, value)| format!("{key}={}", socle::web::percent_encode(value)))
        .collect::<Vec<_>>()
        .join("&");
    format!("{base}/secheresse?{query}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn situation_of(entries: &[(&str, &str, &str)]) -> Situation {
        let mut situation = Situation::new();
        for (position, type_zone, niveau) in entries {
            situation
                .entry((*position).to_owned())
                .or_default()
                .insert((*type_zone).to_owned(), (*niveau).to_owned());
        }
        situation
    }

    #[test]
    fn only_known_pairs_that_changed_are_reported() {
        let lieux = vec![LieuSuivi {
            libelle: "Montpellier (34172)".to_owned(),
            commune: Some("34172".to_owned()),
            lon: None,
            lat: None,
        }];
        let avant = situation_of(&[("0", "AEP", "alerte"), ("0", "SUP", "vigilance")]);
        let apres = situation_of(&[
            ("0", "AEP", "crise"),
            ("0", "SUP", "vigilance"),
            ("0", "SOU", "alerte"),
        ]);
        assert_eq!(
            changements(&avant, &apres, &lieux),
            ["Montpellier (34172), eau potable : Alerte → Crise"]
        );
        let fin = situation_of(&[("0", "AEP", PAS_DE_RESTRICTION), ("0", "SUP", "vigilance")]);
        assert_eq!(
            changements(&apres, &fin, &lieux),
            ["Montpellier (34172), eau potable : Crise → Pas de restriction"]
        );
    }
}
