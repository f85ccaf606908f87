//! Imports and exports of the command line (`fabrique import secheresse-…`, `fabrique export secheresse-…`).
//!
//! An import reads and checks the whole file first (the pure readers of [`crate::import`] name the feature or
//! the line and the reason of a refusal), then writes everything in one transaction with its audit entry and a
//! new publication: a malformed file changes nothing.

use std::collections::BTreeSet;

use anyhow::Context as _;
use futures::future::BoxFuture;
use serde_json::json;
use socle::AppState;
use socle::audit::{self, Actor};
use socle::db::Tx;
use socle::module::{Exporter, ImportReport, ImportSource, Importer};

use crate::domain::arrete::ModeCalcul;
use crate::domain::nomenclature::TypeZone;
use crate::domain::zone_alerte::CodeDepartement;
use crate::domain::zone_alerte::{ZoneAlerte, valider_geometrie};
use crate::domain::zone_calculee::{ArreteApplique, ZoneCalculee};
use crate::import::{
    ImportError, ZoneImportee, parse_communes_geojson, parse_zones_en_vigueur_csv,
    parse_zones_geojson,
};
use crate::publication::{self, Declencheur, FICHIER_ARRETES, FICHIER_RESTRICTIONS, FICHIER_ZONES};
use crate::store::referentiel::{self, Ecriture};

/// The importers of the module.
pub fn importers() -> Vec<Importer> {
    vec![
        Importer {
            name: "secheresse-zones",
            help: "zones d'alerte GeoJSON : référentiel (Sandre, ASSEC) ou zones calculées de VigiEau",
            run: |app, source| Box::pin(async move { import_zones(&app, &read(source)?).await }),
        },
        Importer {
            name: "secheresse-zones-en-vigueur",
            help: "CSV quotidien des zones en vigueur de VigiEau (vigieau_zones_en_vigueur_AAAA-MM-JJ.csv)",
            run: |app, source| {
                Box::pin(async move { import_zones_en_vigueur(&app, &read(source)?).await })
            },
        },
        Importer {
            name: "secheresse-communes",
            help: "contours des communes (GeoJSON avec le code INSEE en propriété code, codgeo ou insee_com)",
            run: |app, source| Box::pin(async move { import_communes(&app, &read(source)?).await }),
        },
    ]
}

/// The exporters of the module: the files of the current publication.
pub fn exporters() -> Vec<Exporter> {
    fn exporter(
        name: &'static str,
        help: &'static str,
        run: fn(AppState, Box<dyn std::io::Write + Send>) -> BoxFuture<'static, anyhow::Result<()>>,
    ) -> Exporter {
        Exporter { name, help, run }
    }
    vec![
        exporter(
            "secheresse-zones",
            "zones_arretes_en_vigueur.geojson de la publication en cours",
            |app, out| Box::pin(async move { export(&app, FICHIER_ZONES, out) }),
        ),
        exporter(
            "secheresse-arretes",
            "arretes.csv de la publication en cours",
            |app, out| Box::pin(async move { export(&app, FICHIER_ARRETES, out) }),
        ),
        exporter(
            "secheresse-restrictions",
            "restrictions.csv de la publication en cours",
            |app, out| Box::pin(async move { export(&app, FICHIER_RESTRICTIONS, out) }),
        ),
    ]
}

fn export(
    app: &AppState,
    nom: &str,
    mut out: Box<dyn std::io::Write + Send>,
) -> anyhow::Result<()> {
    let instantane = publication::courante(app);
    let fichier = instantane
        .fichiers
        .get(nom)
        .with_context(|| format!("{nom} absent de la publication en cours"))?;
    out.write_all(&fichier.contenu)?;
    out.flush()?;
    Ok(())
}

fn read(source: ImportSource) -> anyhow::Result<Vec<u8>> {
    match source {
        ImportSource::Stdin(bytes) => Ok(bytes),
        ImportSource::Path(path) => {
            std::fs::read(&path).with_context(|| format!("lecture de {}", path.display()))
        }
    }
}

fn refus(error: ImportError) -> anyhow::Error {
    anyhow::anyhow!("fichier refusé, rien n'a été importé : {error}")
}

/// Checks what the database would refuse, naming the feature.
fn check_reference(index: usize, zone: &ZoneAlerte) -> Result<(), ImportError> {
    let raison = if zone.type_zone == TypeZone::Aep {
        Some("une zone de référence est SUP ou SOU : les zones AEP sont calculées".to_owned())
    } else if zone.code.is_empty() || zone.code.chars().count() > 32 {
        Some(format!(
            "code « {} » vide ou de plus de 32 caractères",
            zone.code
        ))
    } else if zone.nom.chars().count() > 200 {
        Some("nom de plus de 200 caractères".to_owned())
    } else {
        None
    };
    raison.map_or(Ok(()), |raison| Err(ImportError::Entite { index, raison }))
}

/// Imports zones: reference zones (Sandre, ASSEC) are created or updated by (type, code); computed zones
/// (VigiEau) replace the imported zones of their départements. Then republishes.
pub async fn import_zones(app: &AppState, bytes: &[u8]) -> anyhow::Result<ImportReport> {
    let zones = parse_zones_geojson(bytes).map_err(refus)?;
    let mut reference: Vec<ZoneAlerte> = Vec::new();
    let mut calculees: Vec<ZoneCalculee> = Vec::new();
    let mut repairs = Vec::new();
    for (index, importee) in zones.iter().enumerate() {
        match &importee.situation {
            None => {
                check_reference(index, &importee.zone).map_err(refus)?;
                let mut zone = importee.zone.clone();
                if let Some(geometrie) = &zone.geometrie {
                    let (valid, repaired) = valider_geometrie(geometrie)
                        .map_err(|raison| refus(ImportError::Entite { index, raison }))?;
                    if repaired {
                        repairs.push(format!("{} {}", zone.type_zone, zone.code));
                    }
                    zone.geometrie = Some(valid);
                }
                reference.push(zone);
            }
            Some(_) => {
                if importee.zone.departement.is_none() {
                    return Err(refus(ImportError::Entite {
                        index,
                        raison: "département absent".to_owned(),
                    }));
                }
                if let Some(zone) = ZoneImportee::into_zone_calculee(importee.clone()) {
                    calculees.push(zone);
                }
            }
        }
    }
    let mut report = ImportReport::default();
    let sans_geometrie = zones
        .iter()
        .filter(|zone| zone.zone.geometrie.is_none())
        .count();
    let mut tx = app.db().begin().await?;
    publication::lock(&mut tx).await?;
    for zone in &reference {
        match referentiel::upsert_zone(&mut tx, zone, "import").await? {
            Ecriture::Creee => report.created += 1,
            Ecriture::Modifiee => report.updated += 1,
            Ecriture::Inchangee => report.unchanged += 1,
        }
    }
    if !calculees.is_empty() {
        let gardees = referentiel::geometries_importees(&mut tx).await?;
        let (created, replaced) = referentiel::replace_zones_importees(
            &mut tx,
            &calculees,
            &gardees,
            "VigiEau (GeoJSON)",
        )
        .await?;
        report.created += created;
        report.updated += replaced;
    }
    let departements: BTreeSet<&str> = zones
        .iter()
        .filter_map(|zone| zone.zone.departement.as_ref().map(CodeDepartement::as_str))
        .collect();
    audit::record(
        &mut tx,
        audit::Entry {
            actor: &Actor::Cli,
            module: "secheresse",
            action: "import_zones",
            target: "zones_alerte",
            summary: &format!(
                "Import de {} zones d'alerte ({} de référence, {} calculées) des départements {}",
                zones.len(),
                reference.len(),
                calculees.len(),
                departements.iter().copied().collect::<Vec<_>>().join(", ")
            ),
            details: json!({ "zones": zones.len(), "reference": reference.len(), "calculees": calculees.len() }),
        },
    )
    .await?;
    let publiee = republier(app, tx, "import de zones d'alerte").await?;
    if !repairs.is_empty() {
        report.notes.push(format!(
            "géométrie invalide réparée (MakeValid) pour : {}",
            repairs.join(", ")
        ));
    }
    if sans_geometrie > 0 {
        report.notes.push(format!(
            "{sans_geometrie} zone(s) sans géométrie, trouvables par commune seulement"
        ));
    }
    report.notes.extend(publiee);
    Ok(report)
}

/// Republishes in the transaction of an import and commits it; returns the note that tells the operator what is
/// now in force, when the zones in force changed.
async fn republier(app: &AppState, tx: Tx, motif: &str) -> anyhow::Result<Option<String>> {
    let jour = publication::aujourdhui();
    let instantane = publication::publish_and_commit(
        app,
        tx,
        &Actor::Cli,
        motif,
        jour,
        Declencheur::Changement(ModeCalcul::Planifie),
    )
    .await?;
    Ok(instantane.map(|instantane| {
        format!(
            "publication {} : {} zone(s) en vigueur le {}",
            instantane.publication_id,
            instantane.zones.zones().len(),
            jour.format("%d/%m/%Y")
        )
    }))
}

/// Imports VigiEau's daily CSV of the zones in force: it replaces the imported zones of its départements,
/// keeping the geometry already known for an id (the CSV has none).
pub async fn import_zones_en_vigueur(app: &AppState, bytes: &[u8]) -> anyhow::Result<ImportReport> {
    let lignes = parse_zones_en_vigueur_csv(bytes).map_err(refus)?;
    let zones: Vec<ZoneCalculee> = lignes
        .into_iter()
        .map(|ligne| ZoneCalculee {
            id: ligne.id,
            zone: ZoneAlerte {
                id_sandre: None,
                code: ligne.id.to_string(),
                nom: ligne.nom,
                type_zone: ligne.type_zone,
                numero_version: None,
                departement: Some(ligne.departement),
                ressource_influencee: false,
                disabled: false,
                geometrie: None,
            },
            departement_nom: Some(ligne.departement_nom),
            niveau: ligne.niveau,
            arrete: ArreteApplique {
                numero: Some(ligne.arrete_numero),
                date_debut: Some(ligne.debut),
                date_fin: ligne.fin,
                ..ArreteApplique::default()
            },
            usages: Vec::new(),
            communes: Vec::new(),
        })
        .collect();
    let mut tx = app.db().begin().await?;
    publication::lock(&mut tx).await?;
    let gardees = referentiel::geometries_importees(&mut tx).await?;
    let (created, replaced) =
        referentiel::replace_zones_importees(&mut tx, &zones, &gardees, "VigiEau (CSV)").await?;
    audit::record(
        &mut tx,
        audit::Entry {
            actor: &Actor::Cli,
            module: "secheresse",
            action: "import_zones_en_vigueur",
            target: "zones_importees",
            summary: &format!(
                "Import de {} zones en vigueur de VigiEau (CSV)",
                zones.len()
            ),
            details: json!({ "zones": zones.len(), "geometries_gardees": replaced }),
        },
    )
    .await?;
    let publiee = republier(app, tx, "import des zones en vigueur de VigiEau").await?;
    Ok(ImportReport {
        created,
        updated: replaced,
        notes: publiee.into_iter().collect(),
        ..ImportReport::default()
    })
}

/// Imports commune perimeters and republishes (commune links and AEP groups depend on them).
pub async fn import_communes(app: &AppState, bytes: &[u8]) -> anyhow::Result<ImportReport> {
    let mut communes = parse_communes_geojson(bytes).map_err(refus)?;
    let mut report = ImportReport::default();
    let mut repairs = Vec::new();
    for (index, commune) in communes.iter_mut().enumerate() {
        let (valid, repaired) = valider_geometrie(&commune.geometrie)
            .map_err(|raison| refus(ImportError::Entite { index, raison }))?;
        if repaired {
            repairs.push(commune.code.to_string());
        }
        commune.geometrie = valid;
    }
    if !repairs.is_empty() {
        report.notes.push(format!(
            "contour invalide réparé (MakeValid) pour : {}",
            repairs.join(", ")
        ));
    }
    let mut tx = app.db().begin().await?;
    publication::lock(&mut tx).await?;
    for commune in &communes {
        match referentiel::upsert_commune(&mut tx, &commune.code, &commune.geometrie).await? {
            Ecriture::Creee => report.created += 1,
            Ecriture::Modifiee => report.updated += 1,
            Ecriture::Inchangee => report.unchanged += 1,
        }
    }
    audit::record(
        &mut tx,
        audit::Entry {
            actor: &Actor::Cli,
            module: "secheresse",
            action: "import_communes",
            target: "communes",
            summary: &format!("Import des contours de {} communes", communes.len()),
            details: json!({ "communes": communes.len() }),
        },
    )
    .await?;
    republier(app, tx, "import des contours de communes").await?;
    Ok(report)
}
