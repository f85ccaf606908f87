//! VigiEau's daily attribute table of the computed zones in force (`vigieau_zones_en_vigueur_*.csv`).
//!
//! RFC 4180: quoted fields may hold commas and bare line feeds (two rows of the 2026-07-02 file do), so records
//! are read by a CSV parser, never by splitting lines.

use chrono::NaiveDate;

use crate::domain::nomenclature::{NiveauGravite, TypeZone};
use crate::domain::texte::decode_utf8_or_latin1;
use crate::domain::zone_alerte::CodeDepartement;
use crate::import::ImportError;

/// One computed zone in force, as the attribute table gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZoneEnVigueur {
    /// The computed zone's identifier (changes daily upstream).
    pub id: i64,
    /// The name, verbatim (`l''Escaut` residues included).
    pub nom: String,
    /// The department.
    pub departement: CodeDepartement,
    /// The department's name.
    pub departement_nom: String,
    /// SUP, SOU or AEP.
    pub type_zone: TypeZone,
    /// The level.
    pub niveau: NiveauGravite,
    /// First day of the arrêté.
    pub debut: NaiveDate,
    /// Last day of the arrêté (`None` = open).
    pub fin: Option<NaiveDate>,
    /// The arrêté's number.
    pub arrete_numero: String,
    /// The day of the snapshot.
    pub date_maj: NaiveDate,
}

const COLUMNS: [&str; 12] = [
    "id",
    "nom",
    "departement_code",
    "departement_nom",
    "type_zone",
    "niveau",
    "niveau_label",
    "severity",
    "debut",
    "fin",
    "arrete_numero",
    "date_maj",
];

/// Reads the attribute table; the whole file is refused at the first bad record, with its line and the reason.
pub fn parse_zones_en_vigueur_csv(bytes: &[u8]) -> Result<Vec<ZoneEnVigueur>, ImportError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = decode_utf8_or_latin1(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|error| ImportError::Ligne {
            ligne: 1,
            raison: error.to_string(),
        })?
        .clone();
    let mut positions = [0usize; COLUMNS.len()];
    for (slot, column) in positions.iter_mut().zip(COLUMNS) {
        *slot = headers
            .iter()
            .position(|header| header.trim() == column)
            .ok_or_else(|| ImportError::Ligne {
                ligne: 1,
                raison: format!("colonne « {column} » absente"),
            })?;
    }
    let mut zones = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|error| ImportError::Ligne {
            ligne: line_at(text.as_bytes(), error.position()),
            raison: error.to_string(),
        })?;
        let field = |column: usize| record.get(positions[column]).unwrap_or("");
        let zone = read_record(&field).map_err(|raison| ImportError::Ligne {
            ligne: line_at(text.as_bytes(), record.position()),
            raison,
        })?;
        zones.push(zone);
    }
    Ok(zones)
}

/// The file line (from 1) where a record starts, counted from its byte offset. On CRLF files the csv crate
/// reports a record as starting on the line feed that ends the previous one (and its own line counter is then
/// one short), so a leading line feed is skipped.
pub(crate) fn line_at(text: &[u8], position: Option<&csv::Position>) -> u64 {
    position.map_or(0, |position| {
        let mut start = usize::try_from(position.byte())
            .unwrap_or(usize::MAX)
            .min(text.len());
        if text.get(start) == Some(&b'\n') {
            start += 1;
        }
        let newlines = text[..start].iter().filter(|byte| **byte == b'\n').count();
        u64::try_from(newlines)
            .unwrap_or(u64::MAX)
            .saturating_add(1)
    })
}

fn read_record<'r>(field: &dyn Fn(usize) -> &'r str) -> Result<ZoneEnVigueur, String> {
    let id = field(0)
        .trim()
        .parse()
        .map_err(|_| format!("id invalide : « {} »", field(0)))?;
    let niveau = NiveauGravite::parse(field(5).trim()).map_err(|error| error.to_string())?;
    if field(6) != niveau.label() {
        return Err(format!(
            "libellé « {} » ne correspond pas au niveau {}",
            field(6),
            niveau.code()
        ));
    }
    if field(7).trim() != niveau.severity().to_string() {
        return Err(format!(
            "severity « {} » ne correspond pas au niveau {}",
            field(7),
            niveau.code()
        ));
    }
    let iso = |value: &str, column: &str| {
        NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d")
            .map_err(|_| format!("{column} n'est pas une date AAAA-MM-JJ : « {value} »"))
    };
    Ok(ZoneEnVigueur {
        id,
        nom: field(1).to_owned(),
        departement: CodeDepartement::parse(field(2)).map_err(|error| error.to_string())?,
        departement_nom: field(3).to_owned(),
        type_zone: TypeZone::parse(field(4)).map_err(|error| error.to_string())?,
        niveau,
        debut: iso(field(8), "debut")?,
        fin: if field(9).trim().is_empty() {
            None
        } else {
            Some(iso(field(9), "fin")?)
        },
        arrete_numero: field(10).to_owned(),
        date_maj: parse_date_francaise(field(11))
            .ok_or_else(|| format!("date_maj illisible : « {} »", field(11)))?,
    })
}

/// Reads a French short date such as "2 juil. 2026" (the abbreviations of `date_maj`, spec §8.5).
pub fn parse_date_francaise(text: &str) -> Option<NaiveDate> {
    const MOIS: [&[&str]; 12] = [
        &["janv", "janvier"],
        &["févr", "fevr", "février", "fevrier"],
        &["mars"],
        &["avr", "avril"],
        &["mai"],
        &["juin"],
        &["juil", "juillet"],
        &["août", "aout"],
        &["sept", "septembre"],
        &["oct", "octobre"],
        &["nov", "novembre"],
        &["déc", "dec", "décembre", "decembre"],
    ];
    let mut parts = text.split_whitespace();
    let day: u32 = parts.next()?.trim_start_matches('0').parse().ok()?;
    let month_word = parts.next()?.trim_end_matches('.').to_lowercase();
    let year: i32 = parts.next()?.parse().ok()?;
    if parts.next().is_some() {
        return None;
    }
    let month = MOIS
        .iter()
        .position(|names| names.contains(&month_word.as_str()))?;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()? + 1, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "id,nom,departement_code,departement_nom,type_zone,niveau,niveau_label,severity,debut,fin,arrete_numero,date_maj\r\n";

    #[test]
    fn french_short_dates_are_read() {
        assert_eq!(
            parse_date_francaise("2 juil. 2026"),
            NaiveDate::from_ymd_opt(2026, 7, 2)
        );
        assert_eq!(
            parse_date_francaise("15 févr. 2025"),
            NaiveDate::from_ymd_opt(2025, 2, 15)
        );
        assert_eq!(
            parse_date_francaise("1 août 2024"),
            NaiveDate::from_ymd_opt(2024, 8, 1)
        );
        assert_eq!(parse_date_francaise("31 févr. 2025"), None);
        assert_eq!(parse_date_francaise("2 jul. 2026"), None);
    }

    #[test]
    fn quoted_line_feed_and_commas_stay_in_one_record() {
        let file = format!(
            "{HEADER}1,\"Nappe, secteur\nnord\",01,Ain,SOU,alerte,Alerte,2,2026-05-01,,AR-1,2 juil. 2026\r\n2,B,2A,Corse-du-Sud,SUP,crise,Crise,4,2026-05-01,2026-12-31,AR-2,2 juil. 2026\r\n"
        );
        let zones = parse_zones_en_vigueur_csv(file.as_bytes()).expect("valid file");
        assert_eq!(zones.len(), 2);
        assert_eq!(zones[0].nom, "Nappe, secteur\nnord");
        assert_eq!(zones[0].fin, None);
        assert_eq!(zones[1].departement.as_str(), "2A");
    }

    #[test]
    fn bad_record_is_refused_with_its_line() {
        let file = format!(
            "{HEADER}1,A,01,Ain,SOU,alerte,Alerte,2,2026-05-01,,AR-1,2 juil. 2026\r\n2,B,01,Ain,SOU,alerte,Crise,2,2026-05-01,,AR-1,2 juil. 2026\r\n"
        );
        let error = parse_zones_en_vigueur_csv(file.as_bytes()).unwrap_err();
        assert!(
            matches!(error, ImportError::Ligne { ligne: 3, .. }),
            "{error}"
        );
    }

    #[test]
    fn missing_column_is_reported_on_the_header_line() {
        let error = parse_zones_en_vigueur_csv(b"id,nom\r\n1,A\r\n").unwrap_err();
        assert!(error.to_string().contains("departement_code"));
    }
}
