//! Point lookups over zones d'alerte: the index (rstar boxes + geo interval trees + edge bands) against a naive
//! scan of every polygon, measured in the same run (issue #5, "Speed").
//!
//! Data: the real sample zones of `../shared/data/secheresse/`, replicated by translation over a grid covering
//! metropolitan France until the set reaches national scale (about 3,000 zones and more than 2 million
//! vertices; spec §6: 2–5 M vertices nationally). Points: uniform in VigiEau v1's benchmark box, lon
//! −5.1967…8.1597, lat 42.2306…50.6999, seeded. Run with
//! `cargo bench -p secheresse --bench lookup`; a summary with lookups/s, p50/p99 and the ratio is printed last.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, Throughput};
use geo::{Coord, CoordsIter, Intersects, MultiPolygon, Translate};
use secheresse::import::parse_zones_geojson;
use secheresse::spatial::{PointPosition, PolygonIndex};

const DATA_DIR: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/data/secheresse"
);
const LON_RANGE: (f64, f64) = (-5.1967, 8.1597);
const LAT_RANGE: (f64, f64) = (42.2306, 50.6999);

fn load(name: &str) -> Option<Vec<MultiPolygon<f64>>> {
    let bytes = std::fs::read(format!("{DATA_DIR}/{name}")).ok()?;
    let zones = parse_zones_geojson(&bytes).ok()?;
    Some(
        zones
            .into_iter()
            .filter_map(|zone| zone.zone.geometrie)
            .collect(),
    )
}

/// Tiles copies of a set of zones over the benchmark box: `copies` translations on a regular grid.
fn tile(zones: &[MultiPolygon<f64>], copies: usize, offset: f64) -> Vec<MultiPolygon<f64>> {
    let (mut min_x, mut min_y) = (f64::INFINITY, f64::INFINITY);
    for coord in zones.iter().flat_map(CoordsIter::coords_iter) {
        min_x = min_x.min(coord.x);
        min_y = min_y.min(coord.y);
    }
    let columns = (copies as f64).sqrt().ceil() as usize;
    let rows = copies.div_ceil(columns);
    let step_x = (LON_RANGE.1 - LON_RANGE.0) / columns as f64;
    let step_y = (LAT_RANGE.1 - LAT_RANGE.0) / rows as f64;
    let mut tiled = Vec::new();
    for copy in 0..copies {
        let (column, row) = (copy % columns, copy / columns);
        let dx = LON_RANGE.0 + step_x * (column as f64 + offset) - min_x;
        let dy = LAT_RANGE.0 + step_y * (row as f64 + offset) - min_y;
        tiled.extend(zones.iter().map(|zone| zone.translate(dx, dy)));
    }
    tiled
}

/// The national-scale synthetic set: 90 copies of the full-resolution Var zones (ESU + ESO, 10 zones,
/// 21,515 vertices) and 42 copies of the simplified Hérault/Var computed zones (50 zones with geometry).
fn national() -> Option<Vec<MultiPolygon<f64>>> {
    let mut assec = load("assec_var83_esu_zones_2018.geojson")?;
    assec.extend(load("assec_var83_eso_zones_2018.geojson")?);
    let vigieau = load("vigieau_zones_simplifiees_2026-07-02_dep34_83.geojson")?;
    let mut zones = tile(&assec, 90, 0.0);
    zones.extend(tile(&vigieau, 42, 0.35));
    Some(zones)
}

fn points(count: usize, seed: u64) -> Vec<Coord<f64>> {
    let mut state = seed;
    let mut next = move || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        ((z ^ (z >> 31)) >> 11) as f64 / (1u64 << 53) as f64
    };
    (0..count)
        .map(|_| Coord {
            x: LON_RANGE.0 + (LON_RANGE.1 - LON_RANGE.0) * next(),
            y: LAT_RANGE.0 + (LAT_RANGE.1 - LAT_RANGE.0) * next(),
        })
        .collect()
}

/// The baseline: every zone's polygon tested in turn, boundary included, with no index.
fn naive(zones: &[MultiPolygon<f64>], point: Coord<f64>, found: &mut Vec<usize>) {
    found.clear();
    found.extend(
        zones
            .iter()
            .enumerate()
            .filter(|(_, zone)| zone.intersects(&point))
            .map(|(index, _)| index),
    );
}

fn bench_set(
    criterion: &mut Criterion,
    name: &str,
    zones: &[MultiPolygon<f64>],
    naive_batch: usize,
) {
    let index = PolygonIndex::new(zones.iter().cloned().enumerate());
    let batch = points(10_000, 7);
    let mut group = criterion.benchmark_group(format!("lookup/{name}"));
    group.throughput(Throughput::Elements(batch.len() as u64));
    let mut found: Vec<(usize, PointPosition)> = Vec::new();
    group.bench_function(BenchmarkId::new("index", batch.len()), |bencher| {
        bencher.iter(|| {
            let mut hits = 0;
            for point in &batch {
                index.locate_into(*point, &mut found);
                hits += found.len();
            }
            black_box(hits)
        });
    });
    let small = &batch[..naive_batch];
    group.throughput(Throughput::Elements(small.len() as u64));
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(8));
    let mut naive_found = Vec::new();
    group.bench_function(BenchmarkId::new("naive", small.len()), |bencher| {
        bencher.iter(|| {
            let mut hits = 0;
            for point in small {
                naive(zones, *point, &mut naive_found);
                hits += naive_found.len();
            }
            black_box(hits)
        });
    });
    group.finish();
}

/// Per-lookup latencies, for p50/p99, and the rate of each method on the same points.
fn summary(name: &str, zones: &[MultiPolygon<f64>], naive_points: usize) {
    let started = Instant::now();
    let index = PolygonIndex::new(zones.iter().cloned().enumerate());
    let build = started.elapsed();
    let probe = points(100_000, 11);
    let mut found = Vec::new();
    let mut latencies: Vec<Duration> = Vec::with_capacity(probe.len());
    let mut disagreements = 0;
    let mut naive_found = Vec::new();
    let started = Instant::now();
    for point in &probe {
        let one = Instant::now();
        index.locate_into(*point, &mut found);
        latencies.push(one.elapsed());
    }
    let indexed_rate = probe.len() as f64 / started.elapsed().as_secs_f64();
    let started = Instant::now();
    for point in &probe[..naive_points] {
        naive(zones, *point, &mut naive_found);
    }
    let naive_rate = naive_points as f64 / started.elapsed().as_secs_f64();
    for point in &probe[..naive_points] {
        index.locate_into(*point, &mut found);
        naive(zones, *point, &mut naive_found);
        disagreements += usize::from(
            found
                .iter()
                .map(|(zone, _)| *zone)
                .ne(naive_found.iter().copied()),
        );
    }
    latencies.sort_unstable();
    let percentile =
        |p: f64| latencies[((latencies.len() as f64 * p) as usize).min(latencies.len() - 1)];
    let vertices: usize = zones.iter().map(CoordsIter::coords_count).sum();
    println!(
        "summary {name}: {} zones, {vertices} vertices, index built in {build:.2?}; index {indexed_rate:.0} lookups/s \
         (p50 {:.2?}, p99 {:.2?}, timer included); naive {naive_rate:.0} lookups/s; ratio {:.0}x; \
         {disagreements} disagreements on {naive_points} points",
        zones.len(),
        percentile(0.50),
        percentile(0.99),
        indexed_rate / naive_rate,
    );
}

fn main() {
    let (Some(national), Some(esu)) = (national(), load("assec_var83_esu_zones_2018.geojson"))
    else {
        println!("skipped: {DATA_DIR} absent");
        return;
    };
    let mut criterion = Criterion::default().configure_from_args();
    bench_set(&mut criterion, "assec_esu", &esu, 1_000);
    bench_set(&mut criterion, "national", &national, 50);
    criterion.final_summary();
    summary("assec_esu", &esu, 20_000);
    summary("national", &national, 300);
}
