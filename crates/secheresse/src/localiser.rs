//! The audit tool behind `fabrique secheresse localiser <zones.geojson> <points.csv>`.
//!
//! For each point (`id,lon,lat`), it prints one CSV line `id,type,zone_id` per zone containing it, nothing for a point in no zone.
//!
//! The boundary counts as inside (spec §3.6), so a point on a border shared by two zones gets two lines: this
//! tool reports the geometry as it is, it does not choose. `zone_id` is the file's own identifier of the
//! feature (`id`, else `Id`), in the file's order, so the output is the same at every run.

use std::io::{self, Write};

use geo::{Coord, MultiPolygon};
use thiserror::Error;

use crate::domain::nomenclature::TypeZone;
use crate::import::{ImportError, ZoneImportee, line_at, parse_zones_geojson};
use crate::spatial::PolygonIndex;

/// Why the tool stopped.
#[derive(Debug, Error)]
pub enum LocaliserError {
    /// The zones file was refused.
    #[error("fichier des zones refusé : {0}")]
    Zones(ImportError),
    /// The points file was refused.
    #[error("fichier des points refusé : {0}")]
    Points(ImportError),
    /// Reading the points or writing the answer failed.
    #[error("erreur d'entrée-sortie : {0}")]
    Io(#[from] io::Error),
}

/// The zones of one file, indexed for repeated point lookups.
pub struct Localisateur {
    zones: Vec<(String, TypeZone)>,
    index: PolygonIndex<usize>,
}

impl Localisateur {
    /// Reads and indexes a zones file in any supported format (zones without geometry are kept but never match).
    pub fn from_geojson(bytes: &[u8]) -> Result<Self, LocaliserError> {
        let zones = parse_zones_geojson(bytes).map_err(LocaliserError::Zones)?;
        Ok(Self::from_zones(zones))
    }

    /// Indexes zones already read.
    pub fn from_zones(zones: Vec<ZoneImportee>) -> Self {
        let mut labels = Vec::with_capacity(zones.len());
        let mut geometries = Vec::with_capacity(zones.len());
        for (position, zone) in zones.into_iter().enumerate() {
            labels.push((zone.identifiant, zone.zone.type_zone));
            geometries.push((
                position,
                zone.zone
                    .geometrie
                    .unwrap_or_else(|| MultiPolygon(Vec::new())),
            ));
        }
        Self {
            zones: labels,
            index: PolygonIndex::new(geometries),
        }
    }

    /// The `(zone_id, type)` of every zone containing the point, in file order.
    pub fn zones_at(&self, lon: f64, lat: f64) -> Vec<(&str, TypeZone)> {
        self.index
            .locate(Coord { x: lon, y: lat })
            .into_iter()
            .filter_map(|hit| {
                self.zones
                    .get(*hit.id)
                    .map(|(id, type_zone)| (id.as_str(), *type_zone))
            })
            .collect()
    }

    /// Reads points (`id,lon,lat` with a header) and writes `id,type,zone_id` lines, header first. A bad point
    /// line stops the run with its line number and reason.
    pub fn write_csv(&self, points: &[u8], output: impl Write) -> Result<(), LocaliserError> {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .trim(csv::Trim::All)
            .from_reader(points);
        let mut output = io::BufWriter::new(output);
        writeln!(output, "id,type,zone_id")?;
        let mut found = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|error| {
                LocaliserError::Points(ImportError::Ligne {
                    ligne: line_at(points, error.position()),
                    raison: error.to_string(),
                })
            })?;
            let refuse = |raison: String| {
                LocaliserError::Points(ImportError::Ligne {
                    ligne: line_at(points, record.position()),
                    raison,
                })
            };
            let (Some(id), Some(lon), Some(lat)) = (record.get(0), record.get(1), record.get(2))
            else {
                return Err(refuse("trois colonnes attendues : id,lon,lat".to_owned()));
            };
            let coordinate = |value: &str, name: &str| {
                value
                    .parse::<f64>()
                    .ok()
                    .filter(|number| number.is_finite())
                    .ok_or_else(|| refuse(format!("{name} n'est pas un nombre : « {value} »")))
            };
            let point = Coord {
                x: coordinate(lon, "lon")?,
                y: coordinate(lat, "lat")?,
            };
            self.index.locate_into(point, &mut found);
            for (position, _) in &found {
                if let Some((zone_id, type_zone)) = self.zones.get(*position) {
                    writeln!(
                        output,
                        "{},{},{}",
                        csv_field(id),
                        type_zone.code(),
                        csv_field(zone_id)
                    )?;
                }
            }
        }
        output.flush()?;
        Ok(())
    }
}

/// Quotes a field when CSV requires it (RFC 4180).
fn csv_field(value: &str) -> std::borrow::Cow<'_, str> {
    if value.contains([',', '"', '\n', '\r']) {
        std::borrow::Cow::Owned(format!("\"{}\"", value.replace('"', "\"\"")))
    } else {
        std::borrow::Cow::Borrowed(value)
    }
}

/// Runs the audit on whole texts: the zones GeoJSON and the points CSV, giving the output CSV.
pub fn localiser(zones_geojson: &str, points_csv: &str) -> Result<String, LocaliserError> {
    let localisateur = Localisateur::from_geojson(zones_geojson.as_bytes())?;
    let mut output = Vec::new();
    localisateur.write_csv(points_csv.as_bytes(), &mut output)?;
    // Every byte written comes from UTF-8 strings.
    String::from_utf8(output)
        .map_err(|error| LocaliserError::Io(io::Error::new(io::ErrorKind::InvalidData, error)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ZONES: &str = r#"{"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"Id":"A","Libel_ZA_ESU":"Ouest"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[0,1],[1,1],[1,0],[0,0]]]}},
        {"type":"Feature","properties":{"Id":"B","Libel_ZA_ESU":"Est"},"geometry":{"type":"Polygon","coordinates":[[[1,0],[1,1],[2,1],[2,0],[1,0]]]}},
        {"type":"Feature","properties":{"Id":"C","Libel_ZA_ESO":"Nappe"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[0,1],[2,1],[2,0],[0,0]]]}},
        {"type":"Feature","properties":{"Id":"D","Libel_ZA_ESO":"Vide"},"geometry":{"type":"Polygon","coordinates":[]}}]}"#;

    #[test]
    fn one_line_per_zone_and_nothing_outside() {
        let output =
            localiser(ZONES, "id,lon,lat\n1,0.5,0.5\n2,5,5\n3,1.5,0.5\n").expect("valid input");
        assert_eq!(
            output,
            "id,type,zone_id\n1,SUP,A\n1,SOU,C\n3,SUP,B\n3,SOU,C\n"
        );
    }

    #[test]
    fn shared_border_lists_both_zones_in_file_order() {
        let output = localiser(ZONES, "id,lon,lat\n7,1,0.5\n").expect("valid input");
        assert_eq!(output, "id,type,zone_id\n7,SUP,A\n7,SUP,B\n7,SOU,C\n");
    }

    #[test]
    fn bad_point_line_is_refused_with_its_number() {
        let error = localiser(ZONES, "id,lon,lat\n1,0.5,0.5\n2,abc,1\n").unwrap_err();
        assert!(error.to_string().contains("ligne 3"), "{error}");
    }
}
