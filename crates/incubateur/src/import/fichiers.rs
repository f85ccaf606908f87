//! The only I/O of the import: reading a folder of `content/_startups/*.md`, a `.tar.gz` or `.zip` archive of it, or a
//! JSON file, and handing the texts to the pure parsers.
//!
//! Nothing is returned unless every file parsed.

use std::fs;
use std::io::Read;
use std::path::Path;

use flate2::read::GzDecoder;

use super::{
    ImportError, ImportOptions, ImportResult, Raison, parse_startups_json, parse_startups_markdown,
};
use crate::domain::startup::Startup;

fn read_error(file: &str, error: impl std::fmt::Display) -> Vec<ImportError> {
    vec![ImportError {
        fichier: file.to_owned(),
        ligne: None,
        raison: Raison::Lecture(error.to_string()),
    }]
}

/// Whether an archive or folder entry is a startup file: a `.md` directly inside a `_startups` folder, or any
/// `.md` when `anywhere` (a bare folder of startup files).
fn is_startup_file(name: &str, anywhere: bool) -> bool {
    let normalised = name.replace('\\', "/");
    let Some(stem) = normalised.strip_suffix(".md") else {
        return false;
    };
    let mut parts = stem.rsplit('/');
    let file = parts.next().unwrap_or("");
    if file.is_empty() || file.starts_with('.') {
        return false;
    }
    anywhere || parts.next() == Some("_startups")
}

/// Keeps the `_startups` entries when there are any, else every `.md` entry.
fn select(entries: Vec<(String, String)>) -> Vec<(String, String)> {
    if entries.iter().any(|(name, _)| is_startup_file(name, false)) {
        entries
            .into_iter()
            .filter(|(name, _)| is_startup_file(name, false))
            .collect()
    } else {
        entries
            .into_iter()
            .filter(|(name, _)| is_startup_file(name, true))
            .collect()
    }
}

/// Reads every `.md` file of a folder: `content/_startups/` or `_startups/` below it when present, else the folder
/// itself (not recursive).
///
/// Files are sorted by name so that results do not depend on the file system.
pub fn read_markdown_folder(folder: &Path) -> Result<Vec<(String, String)>, Vec<ImportError>> {
    let folder_name = folder.display().to_string();
    let target = [
        folder.join("content").join("_startups"),
        folder.join("_startups"),
    ]
    .into_iter()
    .find(|candidate| candidate.is_dir())
    .unwrap_or_else(|| folder.to_path_buf());
    let listing = fs::read_dir(&target).map_err(|error| read_error(&folder_name, error))?;
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for entry in listing {
        let entry = match entry {
            Ok(entry) => entry,
            Err(error) => {
                errors.extend(read_error(&folder_name, error));
                continue;
            }
        };
        let path = entry.path();
        let name = path.display().to_string();
        if !path.is_file() || !is_startup_file(&name, true) {
            continue;
        }
        match fs::read_to_string(&path) {
            Ok(text) => files.push((name, text)),
            Err(error) => errors.extend(read_error(&name, error)),
        }
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    if errors.is_empty() {
        Ok(files)
    } else {
        Err(errors)
    }
}

/// Reads the startup files of a `.tar.gz` archive (bytes already in memory).
pub fn read_markdown_tar_gz(
    archive_name: &str,
    bytes: &[u8],
) -> Result<Vec<(String, String)>, Vec<ImportError>> {
    let mut archive = tar::Archive::new(GzDecoder::new(bytes));
    let entries = archive
        .entries()
        .map_err(|error| read_error(archive_name, error))?;
    let mut files = Vec::new();
    for entry in entries {
        let mut entry = entry.map_err(|error| read_error(archive_name, error))?;
        if !entry.header().entry_type().is_file() {
            continue;
        }
        let name = entry
            .path()
            .map_err(|error| read_error(archive_name, error))?
            .display()
            .to_string();
        if !name.ends_with(".md") {
            continue;
        }
        let mut text = String::new();
        entry
            .read_to_string(&mut text)
            .map_err(|error| read_error(&format!("{archive_name}:{name}"), error))?;
        files.push((format!("{archive_name}:{name}"), text));
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(select(files))
}

/// Reads the startup files of a `.zip` archive (bytes already in memory).
pub fn read_markdown_zip(
    archive_name: &str,
    bytes: &[u8],
) -> Result<Vec<(String, String)>, Vec<ImportError>> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|error| read_error(archive_name, error))?;
    let mut files = Vec::new();
    for index in 0..archive.len() {
        let mut file = archive
            .by_index(index)
            .map_err(|error| read_error(archive_name, error))?;
        let inner = file
            .name()
            .map_err(|error| read_error(archive_name, error))?
            .into_owned();
        if !file.is_file() || !inner.ends_with(".md") {
            continue;
        }
        let name = format!("{archive_name}:{inner}");
        let mut text = String::new();
        file.read_to_string(&mut text)
            .map_err(|error| read_error(&name, error))?;
        files.push((name, text));
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(select(files))
}

/// Reads startups from `path`: a folder of `.md` files, a `.tar.gz`/`.tgz` or `.zip` archive of it, or a JSON file (the
/// v2.7 document or the front-matter fixture).
///
/// Every file is validated before anything is returned.
pub fn read_startups(path: &Path, options: &ImportOptions) -> ImportResult<Startup> {
    let name = path.display().to_string();
    if path.is_dir() {
        let files = read_markdown_folder(path)?;
        return parse_startups_markdown(
            files.iter().map(|(n, t)| (n.as_str(), t.as_str())),
            options,
        );
    }
    let lower = name.to_lowercase();
    let bytes = fs::read(path).map_err(|error| read_error(&name, error))?;
    let files = if lower.ends_with(".tar.gz") || lower.ends_with(".tgz") {
        read_markdown_tar_gz(&name, &bytes)?
    } else if lower.ends_with(".zip") {
        read_markdown_zip(&name, &bytes)?
    } else if lower.ends_with(".json") {
        let text = String::from_utf8(bytes).map_err(|error| read_error(&name, error))?;
        return parse_startups_json(&name, &text, options);
    } else if lower.ends_with(".md") {
        let text = String::from_utf8(bytes).map_err(|error| read_error(&name, error))?;
        vec![(name, text)]
    } else {
        return Err(read_error(
            &name,
            "format non reconnu (attendu : dossier, .tar.gz, .zip, .json ou .md)",
        ));
    };
    parse_startups_markdown(files.iter().map(|(n, t)| (n.as_str(), t.as_str())), options)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn startup_files_are_recognised_by_folder() {
        assert!(is_startup_file("content/_startups/data.etat.md", false));
        assert!(!is_startup_file("content/_authors/jeanne.md", false));
        assert!(is_startup_file("camino.md", true));
        assert!(!is_startup_file("content/_startups/.hidden.md", true));
        assert!(!is_startup_file("content/_startups/camino.yml", true));
    }
}
