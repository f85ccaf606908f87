//! `fabrique import` and `fabrique export` for the aids module.
//!
//! - `fabrique import aides-ademe <fichier>`: the ADEME « Agir pour la transition » feed (spec §4), idempotent
//!   on `import_uniqueid` (`AGIR_<id>`): a new dispositif creates an aid waiting for review, a known one
//!   updates only the fields no human edited and waits for review again; the licence, data URL and raw object
//!   are stored per aid. The category mapping of the anchor is read next to the feed
//!   ([`FICHIER_CORRESPONDANCE_ADEME`]). All or nothing, with a progress bar on a terminal.
//! - `fabrique import aides-bassins <fichier>`: the Sandre basin of communes (`code_insee;bassin`).
//! - `fabrique export aides` (the bulk JSON dump of the live aids, as `/api/v1/aides/all/`) and
//!   `fabrique export aides-csv` (`;`, RFC 4180 quoting, ISO dates, `|` between values).

use anyhow::Context as _;
use futures::future::BoxFuture;
use indicatif::{ProgressBar, ProgressStyle};
use socle::AppState;
use socle::audit::{self, Actor};
use socle::changes;
use socle::db::now;
use socle::module::{Exporter, ImportReport, ImportSource, Importer};

use crate::MODULE;
use crate::aide::{AideId, PorteurId};
use crate::etat;
use crate::import::ademe::{
    ConfigurationAdeme, CorrespondanceAdeme, lire_flux, vers_aide_importee,
};
use crate::import::{ResultatImport, fusionner_import};
use crate::referentiels::{Echelle, Licence};
use crate::service;
use crate::store::{self, NouveauPorteur, Selection};

/// File name of the ADEME → Aides-territoires category mapping, read next to the feed.
///
/// It is the anchor's own table (`MTES-MCT/aides-territoires`, `src/dataproviders/data/ademe_agir_categories_mapping.csv`, ISC),
/// supplied by whoever runs the import rather than copied into the program.
pub const FICHIER_CORRESPONDANCE_ADEME: &str = "ademe-agir-categories-mapping.csv";

/// Name of the ADEME carrier the imported aids are attached to.
pub const PORTEUR_ADEME: &str = "ADEME";

/// The importers of the module.
pub fn importers() -> Vec<Importer> {
    vec![
        Importer {
            name: "aides-ademe",
            help: "Aides du flux ADEME « Agir pour la transition » (JSON), avec ademe-agir-categories-mapping.csv \
                   dans le même dossier ; ré-importer ne crée pas de doublon",
            run: |app, source| {
                Box::pin(async move {
                    let (flux, correspondance) = lire_ademe(source)?;
                    importer_ademe(&app, &flux, &correspondance, true).await
                })
            },
        },
        Importer {
            name: "aides-bassins",
            help: "Bassins hydrographiques Sandre des communes (lignes « code_insee;bassin », bassin 01 à 12)",
            run: |app, source| Box::pin(importer_bassins(app, source)),
        },
    ]
}

/// The exporters of the module.
pub fn exporters() -> Vec<Exporter> {
    vec![
        Exporter {
            name: "aides",
            help: "Toutes les aides en ligne, en JSON (format de l'API)",
            run: exporter_json,
        },
        Exporter {
            name: "aides-csv",
            help: "Toutes les aides en ligne, en CSV (séparateur ;, valeurs multiples séparées par |)",
            run: exporter_csv,
        },
    ]
}

fn lire(source: ImportSource) -> anyhow::Result<Vec<u8>> {
    match source {
        ImportSource::Stdin(octets) => Ok(octets),
        ImportSource::Path(chemin) => {
            std::fs::read(&chemin).with_context(|| format!("lecture de {}", chemin.display()))
        }
    }
}

/// The feed and the category mapping found in the same folder (standard input has no folder).
fn lire_ademe(source: ImportSource) -> anyhow::Result<(Vec<u8>, String)> {
    let ImportSource::Path(chemin) = source else {
        anyhow::bail!(
            "donnez le chemin du fichier du flux : la correspondance des catégories \
             {FICHIER_CORRESPONDANCE_ADEME} est lue dans le même dossier"
        );
    };
    let fichier = chemin
        .parent()
        .unwrap_or(std::path::Path::new(""))
        .join(FICHIER_CORRESPONDANCE_ADEME);
    let correspondance = std::fs::read_to_string(&fichier).with_context(|| {
        format!(
            "lecture de la correspondance des catégories {} (à placer à côté du flux)",
            fichier.display()
        )
    })?;
    Ok((lire(ImportSource::Path(chemin))?, correspondance))
}

async fn importer_bassins(app: AppState, source: ImportSource) -> anyhow::Result<ImportReport> {
    let texte = String::from_utf8(lire(source)?).context("le fichier n'est pas en UTF-8")?;
    let rapport = service::importer_bassins(&app, None, &texte)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(ImportReport {
        updated: rapport.enregistres as u64,
        notes: rapport.refusees,
        ..ImportReport::default()
    })
}

/// Imports an ADEME Agir feed with its category mapping (CSV text); see the module documentation.
pub async fn importer_ademe(
    app: &AppState,
    json: &[u8],
    correspondance: &str,
    progression: bool,
) -> anyhow::Result<ImportReport> {
    let texte = std::str::from_utf8(json).context("le flux n'est pas en UTF-8")?;
    let flux = lire_flux(texte)?;
    let etat = etat::etat(app).map_err(|e| anyhow::anyhow!("{e}"))?;
    let correspondance = CorrespondanceAdeme::lire(correspondance, &etat.catalogue().thematiques)?;
    let mut graphe = etat.perimetres().clone();
    let taille_initiale = graphe.len();
    let maintenant = now();
    // Read before the transaction: a pool of one connection (in-memory SQLite) cannot serve both.
    let mut existantes = std::collections::HashMap::new();
    for (dispositif, _) in &flux {
        let uniqueid = format!("AGIR_{}", dispositif.id.trim());
        let existante =
            store::aide(app.db(), &graphe, &Selection::Import(uniqueid.clone())).await?;
        existantes.insert(uniqueid, existante);
    }
    let mut tx = app.db().begin().await?;
    let porteur =
        match store::porteur_par_nom(&mut tx, PORTEUR_ADEME).await? {
            Some(id) => id,
            None => store::creer_porteur(
                &mut tx,
                &NouveauPorteur {
                    nom: PORTEUR_ADEME.to_owned(),
                    description:
                        "Agence de l'environnement et de la maîtrise de l'énergie (Agence de la \
                                  transition écologique)"
                            .to_owned(),
                    logo: None,
                    perimetre: Some((Echelle::Country, crate::perimetres::CODE_FRANCE.to_owned())),
                },
            )
            .await?,
        };
    let configuration = ConfigurationAdeme {
        porteur: PorteurId(u32::try_from(porteur)?),
        data_url: "https://agirpourlatransition.ademe.fr".to_owned(),
        mention: "Données ADEME — Agir pour la transition écologique".to_owned(),
        licence: Licence::Openlicence20,
    };
    let entrantes = flux
        .iter()
        .map(|(dispositif, brut)| {
            vers_aide_importee(
                dispositif,
                brut,
                &correspondance,
                &mut graphe,
                &configuration,
            )
        })
        .collect::<Result<Vec<_>, _>>()?;
    // Ad-hoc perimeters the mapping created (several régions) are stored, hidden, in creation order.
    for id in taille_initiale..graphe.len() {
        let id = crate::perimetres::PerimetreId(u32::try_from(id)?);
        let Some(perimetre) = graphe.get(id) else {
            continue;
        };
        let communes: Vec<String> = graphe
            .descendants(id)
            .iter()
            .filter_map(|d| graphe.get(*d))
            .filter(|p| p.echelle == Echelle::Commune)
            .map(|p| p.code.clone())
            .collect();
        store::creer_perimetre_adhoc(
            &mut tx,
            &perimetre.code,
            &perimetre.nom,
            &communes.join("\n"),
            false,
        )
        .await?;
    }
    let barre = if progression {
        ProgressBar::new(entrantes.len() as u64)
    } else {
        ProgressBar::hidden()
    };
    barre.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} aides ADEME {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let mut rapport = ImportReport::default();
    let mut vues = std::collections::HashSet::new();
    for entrante in &entrantes {
        barre.inc(1);
        if !vues.insert(entrante.uniqueid.clone()) {
            rapport.notes.push(format!(
                "{} figure deux fois dans le flux : seule la première est lue",
                entrante.uniqueid
            ));
            continue;
        }
        let existante = existantes.remove(&entrante.uniqueid).flatten();
        let (aide, action, version) = match fusionner_import(
            existante.as_ref().map(|s| &s.aide),
            entrante,
            AideId(0),
            "",
            maintenant,
        ) {
            ResultatImport::Inchangee => {
                rapport.unchanged += 1;
                continue;
            }
            ResultatImport::Creee(mut aide) => {
                aide.slug = service::slug_libre(&mut tx, &entrante.name)
                    .await
                    .map_err(|e| anyhow::anyhow!("{e}"))?;
                // The carrier's own contributors may then complete and correct the aid.
                aide.organization = Some(u64::from(configuration.porteur.0));
                (aide, "import_creation", None)
            }
            ResultatImport::MiseAJour { aide, .. } => (
                aide,
                "import_mise_a_jour",
                existante.as_ref().map(|s| s.version),
            ),
        };
        let id = match version {
            None => {
                rapport.created += 1;
                store::inserer_aide(&mut tx, &aide, &graphe).await?
            }
            Some(version) => {
                if !store::mettre_a_jour_aide(&mut tx, &aide, &graphe, version).await? {
                    anyhow::bail!(
                        "l'aide {} a été modifiée pendant l'import : relancez-le",
                        entrante.uniqueid
                    );
                }
                rapport.updated += 1;
                service::id_sql(aide.id)
            }
        };
        audit::record(
            &mut tx,
            audit::Entry {
                actor: &Actor::System("import aides-ademe"),
                module: MODULE,
                action,
                target: &format!("aide:{id}"),
                summary: &format!(
                    "Import ADEME de l'aide « {} » ({})",
                    aide.name, entrante.uniqueid
                ),
                details: serde_json::json!({ "import_uniqueid": entrante.uniqueid }),
            },
        )
        .await?;
    }
    barre.finish_and_clear();
    let change = rapport.created + rapport.updated > 0 || graphe.len() > taille_initiale;
    if change {
        changes::record(&mut tx, MODULE).await?;
    }
    tx.commit().await?;
    if change {
        etat::reconstruire(app).await?;
    }
    if rapport.created + rapport.updated > 0 {
        rapport.notes.push(
            "les aides créées ou mises à jour attendent la revue d'un administrateur (/aides/gestion/revue)"
                .to_owned(),
        );
    }
    Ok(rapport)
}

fn exporter_json(
    app: AppState,
    mut sortie: Box<dyn std::io::Write + Send>,
) -> BoxFuture<'static, anyhow::Result<()>> {
    Box::pin(async move {
        let etat = etat::etat(&app).map_err(|e| anyhow::anyhow!("{e}"))?;
        sortie.write_all(&etat.dump().json)?;
        sortie.write_all(b"\n")?;
        sortie.flush()?;
        Ok(())
    })
}

fn exporter_csv(
    app: AppState,
    sortie: Box<dyn std::io::Write + Send>,
) -> BoxFuture<'static, anyhow::Result<()>> {
    Box::pin(async move {
        let etat = etat::etat(&app).map_err(|e| anyhow::anyhow!("{e}"))?;
        let aujourdhui = etat::aujourdhui();
        let mut csv = csv::WriterBuilder::new()
            .delimiter(b';')
            .from_writer(sortie);
        csv.write_record([
            "id",
            "slug",
            "name",
            "perimeter",
            "perimeter_scale",
            "financers",
            "instructors",
            "targeted_audiences",
            "aid_types",
            "categories",
            "recurrence",
            "start_date",
            "submission_deadline",
            "subvention_rate_lower_bound",
            "subvention_rate_upper_bound",
            "origin_url",
            "application_url",
            "url",
        ])?;
        for aide in etat.index.aides().filter(|a| a.est_en_ligne(aujourdhui)) {
            let dto = crate::api::aide_dto(aide, &etat.index, aujourdhui);
            let taux = |t: Option<u8>| t.map(|t| t.to_string()).unwrap_or_default();
            csv.write_record([
                dto.id.to_string(),
                dto.slug,
                dto.name,
                dto.perimeter.unwrap_or_default(),
                dto.perimeter_scale.unwrap_or_default().to_owned(),
                dto.financers.join("|"),
                dto.instructors.join("|"),
                dto.targeted_audiences.join("|"),
                dto.aid_types.join("|"),
                dto.categories.join("|"),
                dto.recurrence.unwrap_or_default().to_owned(),
                dto.start_date.unwrap_or_default(),
                dto.submission_deadline.unwrap_or_default(),
                taux(dto.subvention_rate_lower_bound),
                taux(dto.subvention_rate_upper_bound),
                dto.origin_url,
                dto.application_url,
                format!("{}{}", app.config().base_url, dto.url),
            ])?;
        }
        csv.flush()?;
        Ok(())
    })
}
