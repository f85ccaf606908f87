//! `fabrique import incubateur …` and `fabrique export incubateur-…`: the open formats of beta.gouv.fr in and out.
//!
//! Imports are all or nothing: every file is parsed and checked first, and the first error leaves the database as
//! it was, with every bad file reported by name, line and reason. Exports write to the given writer record by record
//! (constant memory whatever the number of startups) and carry no personal contact data.

use std::io::Write;
use std::path::Path;

use anyhow::Context as _;
use socle::AppState;
use socle::audit::Actor;
use socle::module::{Exporter, ImportReport, ImportSource, Importer};

use crate::api::v27::{IncubateurV27, LiensV27, StartupV27};
use crate::domain::startup::Startup;
use crate::export::{export_startup_markdown, startup_file_name};
use crate::import::{self, ImportError, ImportOptions, ImportResult, Lot, fichiers};
use crate::service::{Acteur, journaliser};
use crate::store::catalogue::{self, Bilan};

/// The importers of the module.
pub fn importers() -> Vec<Importer> {
    vec![
        Importer {
            name: "incubateur",
            help: "startups de beta.gouv.fr : dossier de content/_startups/*.md, archive .tar.gz/.zip, ou startups.json (v2.7 ou front-matter)",
            run: |app, source| Box::pin(importer_startups(app, source)),
        },
        Importer {
            name: "incubateur-organisations",
            help: "organisations de beta.gouv.fr (organisations.json)",
            run: |app, source| Box::pin(importer_organisations(app, source)),
        },
        Importer {
            name: "incubateur-incubateurs",
            help: "incubateurs de beta.gouv.fr (incubators.json)",
            run: |app, source| Box::pin(importer_incubateurs(app, source)),
        },
    ]
}

/// The exporters of the module.
pub fn exporters() -> Vec<Exporter> {
    vec![
        Exporter {
            name: "incubateur-frontmatter",
            help: "archive .tar.gz de content/_startups/*.md (front-matter beta.gouv.fr, sans contact)",
            run: |app, writer| Box::pin(exporter_frontmatter(app, writer)),
        },
        Exporter {
            name: "incubateur-v27",
            help: "document startups.json de l'API v2.7 de beta.gouv.fr (sans contact)",
            run: |app, writer| Box::pin(exporter_v27(app, writer)),
        },
    ]
}

/// The refusal of a whole import: every error, one per line.
fn refus_import(errors: &[ImportError]) -> anyhow::Error {
    let mut message = format!(
        "import refusé, rien n'a été importé : {} erreur(s)",
        errors.len()
    );
    for error in errors {
        message.push_str("\n  - ");
        message.push_str(&error.to_string());
    }
    anyhow::anyhow!(message)
}

/// Reads startups from a path (folder, archive, JSON or Markdown file) or from standard input (JSON, `.tar.gz` or
/// `.zip`, recognised by their first bytes).
pub fn lire_startups(source: &ImportSource, options: &ImportOptions) -> ImportResult<Startup> {
    match source {
        ImportSource::Path(path) => fichiers::read_startups(path, options),
        ImportSource::Stdin(bytes) => {
            let files = if bytes.starts_with(&[0x1f, 0x8b]) {
                fichiers::read_markdown_tar_gz("entrée standard", bytes)?
            } else if bytes.starts_with(b"PK") {
                fichiers::read_markdown_zip("entrée standard", bytes)?
            } else {
                let text = std::str::from_utf8(bytes).map_err(|error| {
                    vec![ImportError {
                        fichier: "entrée standard".to_owned(),
                        ligne: None,
                        raison: import::Raison::Lecture(error.to_string()),
                    }]
                })?;
                return import::parse_startups_json("entrée standard", text, options);
            };
            import::parse_startups_markdown(
                files.iter().map(|(n, t)| (n.as_str(), t.as_str())),
                options,
            )
        }
    }
}

fn texte(source: &ImportSource) -> anyhow::Result<(String, String)> {
    match source {
        ImportSource::Path(path) => Ok((
            path.display().to_string(),
            std::fs::read_to_string(path)
                .with_context(|| format!("lecture de {}", path.display()))?,
        )),
        ImportSource::Stdin(bytes) => Ok((
            "entrée standard".to_owned(),
            String::from_utf8(bytes.clone())
                .context("l'entrée standard n'est pas du texte UTF-8")?,
        )),
    }
}

fn rapport<T>(bilan: Bilan, lot: &Lot<T>) -> ImportReport {
    ImportReport {
        created: bilan.created,
        updated: bilan.updated,
        unchanged: bilan.unchanged,
        notes: lot.avertissements.iter().map(ToString::to_string).collect(),
    }
}

/// `fabrique import incubateur <path>`: the startups, all or nothing.
pub async fn importer_startups(
    app: AppState,
    source: ImportSource,
) -> anyhow::Result<ImportReport> {
    let lot = lire_startups(&source, &ImportOptions::default())
        .map_err(|errors| refus_import(&errors))?;
    let mut tx = app.db().begin().await?;
    let bilan = catalogue::upsert_startups(&mut tx, &lot.items).await?;
    journaliser(
        &mut tx,
        &Acteur::Systeme("import"),
        "importer_startups",
        "startups",
        &format!(
            "Import des startups : {} créée(s), {} mise(s) à jour, {} inchangée(s)",
            bilan.created, bilan.updated, bilan.unchanged
        ),
        serde_json::json!({ "avertissements": lot.avertissements.len() }),
    )
    .await?;
    tx.commit().await?;
    Ok(rapport(bilan, &lot))
}

/// `fabrique import incubateur-organisations <organisations.json>`.
pub async fn importer_organisations(
    app: AppState,
    source: ImportSource,
) -> anyhow::Result<ImportReport> {
    let (name, text) = texte(&source)?;
    let lot =
        import::parse_organisations_json(&name, &text).map_err(|errors| refus_import(&errors))?;
    // The org chart must hold together (no cycle, no unknown parent) before anything is written.
    crate::domain::organisation::Organigramme::build(&lot.items)
        .map_err(|error| anyhow::anyhow!("import refusé, rien n'a été importé : {error}"))?;
    let mut tx = app.db().begin().await?;
    let bilan = catalogue::upsert_organisations(&mut tx, &lot.items).await?;
    journaliser(
        &mut tx,
        &Acteur::Systeme("import"),
        "importer_organisations",
        "organisations",
        &format!(
            "Import des organisations : {} créée(s), {} mise(s) à jour, {} inchangée(s)",
            bilan.created, bilan.updated, bilan.unchanged
        ),
        serde_json::json!({}),
    )
    .await?;
    tx.commit().await?;
    Ok(rapport(bilan, &lot))
}

/// `fabrique import incubateur-incubateurs <incubators.json>`.
pub async fn importer_incubateurs(
    app: AppState,
    source: ImportSource,
) -> anyhow::Result<ImportReport> {
    let (name, text) = texte(&source)?;
    let lot =
        import::parse_incubateurs_json(&name, &text).map_err(|errors| refus_import(&errors))?;
    let mut tx = app.db().begin().await?;
    let bilan = catalogue::upsert_incubateurs(&mut tx, &lot.items).await?;
    journaliser(
        &mut tx,
        &Acteur::Systeme("import"),
        "importer_incubateurs",
        "incubateurs",
        &format!(
            "Import des incubateurs : {} créé(s), {} mis à jour, {} inchangé(s)",
            bilan.created, bilan.updated, bilan.unchanged
        ),
        serde_json::json!({}),
    )
    .await?;
    tx.commit().await?;
    Ok(rapport(bilan, &lot))
}

/// The startup as published: without its contacts (spec §7, no personal data in open exports).
pub fn sans_contact(startup: &Startup) -> Startup {
    let mut publie = startup.clone();
    publie.contact = None;
    publie.contact_dinum = None;
    publie.contact_incubator = None;
    publie
}

/// Writes the front-matter archive (`content/_startups/<id>.md`, gzipped tar) of `startups` to `writer`, one entry
/// at a time.
pub fn ecrire_archive(startups: &[Startup], writer: impl Write) -> std::io::Result<()> {
    let encoder = flate2::write::GzEncoder::new(writer, flate2::Compression::default());
    let mut archive = tar::Builder::new(encoder);
    for startup in startups {
        let text = export_startup_markdown(&sans_contact(startup));
        let mut header = tar::Header::new_gnu();
        header.set_size(text.len() as u64);
        header.set_mode(0o644);
        header.set_mtime(0);
        header.set_cksum();
        archive.append_data(
            &mut header,
            Path::new("content/_startups").join(startup_file_name(startup)),
            text.as_bytes(),
        )?;
    }
    archive.into_inner()?.finish()?.flush()
}

/// Writes the v2.7 `startups.json` document to `writer`, one startup at a time; the bytes equal the serialisation of
/// [`crate::api::v27::DocumentV27`].
pub fn ecrire_v27(
    startups: &[Startup],
    incubateurs: &[crate::domain::incubateur::Incubateur],
    site_url: &str,
    mut writer: impl Write,
) -> std::io::Result<()> {
    let links = LiensV27 {
        self_link: format!("{site_url}/startups"),
    };
    writer.write_all(b"{\"links\":")?;
    serde_json::to_writer(&mut writer, &links)?;
    writer.write_all(b",\"data\":[")?;
    for (index, startup) in startups.iter().enumerate() {
        if index > 0 {
            writer.write_all(b",")?;
        }
        serde_json::to_writer(&mut writer, &StartupV27::from_startup(startup))?;
    }
    writer.write_all(b"],\"included\":[")?;
    for (index, incubateur) in incubateurs.iter().enumerate() {
        if index > 0 {
            writer.write_all(b",")?;
        }
        serde_json::to_writer(&mut writer, &IncubateurV27::from_incubateur(incubateur))?;
    }
    writer.write_all(b"]}")?;
    writer.flush()
}

async fn exporter_frontmatter(app: AppState, writer: Box<dyn Write + Send>) -> anyhow::Result<()> {
    let catalogue = catalogue::current(&app).await?;
    ecrire_archive(&catalogue.startups, writer).context("écriture de l'archive")?;
    trace_export(&app, "incubateur-frontmatter", catalogue.startups.len()).await
}

async fn exporter_v27(app: AppState, writer: Box<dyn Write + Send>) -> anyhow::Result<()> {
    let catalogue = catalogue::current(&app).await?;
    ecrire_v27(
        &catalogue.startups,
        &catalogue.incubateurs,
        &app.config().base_url,
        writer,
    )
    .context("écriture du document v2.7")?;
    trace_export(&app, "incubateur-v27", catalogue.startups.len()).await
}

/// Exports are audited (spec §7: the log covers exports).
async fn trace_export(app: &AppState, name: &'static str, count: usize) -> anyhow::Result<()> {
    let mut tx = app.db().begin().await?;
    socle::audit::record(
        &mut tx,
        socle::audit::Entry {
            actor: &Actor::System("export"),
            module: crate::MODULE,
            action: "exporter",
            target: name,
            summary: &format!("Export {name} : {count} startup(s)"),
            details: serde_json::json!({}),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
