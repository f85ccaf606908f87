//! Territoires autocomplete in process: the index against a straightforward baseline (a linear scan of the
//! pre-folded names), on 10,000 random prefixes of real commune names, measured in the same run.
//!
//! `cargo bench -p socle --bench territoires` prints p50/p99 for both, then criterion's estimates.

use criterion::{Criterion, criterion_group, criterion_main};
use socle::territoires::{Dataset, Kind, Territoires};
use socle::text::fold;
use std::hint::black_box;
use std::time::Instant;

/// `SplitMix64`: a seeded generator, so every run asks the same prefixes.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

fn prefixes(dataset: &Dataset, count: usize) -> Vec<String> {
    let mut random = SplitMix(2026);
    (0..count)
        .map(|_| {
            let commune =
                &dataset.communes[(random.next() % dataset.communes.len() as u64) as usize];
            let chars: Vec<char> = commune.nom.chars().collect();
            let length =
                3 + (random.next() % (chars.len().saturating_sub(2).max(1)) as u64) as usize;
            chars[..length.min(chars.len())].iter().collect()
        })
        .collect()
}

/// The straightforward way: scan every folded name, keep the prefix matches, sort by population.
struct Baseline {
    entries: Vec<(String, u64, String)>,
}

impl Baseline {
    fn new(dataset: &Dataset) -> Self {
        let entries = dataset
            .communes
            .iter()
            .map(|c| (fold(&c.nom), c.population, c.code.clone()))
            .collect();
        Self { entries }
    }

    fn search(&self, query: &str) -> Vec<&str> {
        let query = fold(query);
        let mut found: Vec<&(String, u64, String)> = self
            .entries
            .iter()
            .filter(|e| e.0.starts_with(&query))
            .collect();
        found.sort_by_key(|e| std::cmp::Reverse(e.1));
        found.into_iter().take(20).map(|e| e.2.as_str()).collect()
    }
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn report(name: &str, mut micros: Vec<f64>) {
    micros.sort_by(|a, b| a.total_cmp(b));
    println!(
        "{name:<22} p50 {:>8.1} µs   p99 {:>8.1} µs   max {:>8.1} µs   ({} queries)",
        percentile(&micros, 0.5),
        percentile(&micros, 0.99),
        micros[micros.len() - 1],
        micros.len()
    );
}

fn bench(c: &mut Criterion) {
    let dataset = Dataset::embedded().expect("shipped dataset");
    let started = Instant::now();
    let index = Territoires::build(&dataset);
    println!(
        "index build: {:.1} ms",
        started.elapsed().as_secs_f64() * 1000.0
    );
    let baseline = Baseline::new(&dataset);
    let queries = prefixes(&dataset, 10_000);

    let mut times = Vec::with_capacity(queries.len());
    for query in &queries {
        let start = Instant::now();
        black_box(index.search(query, &[], 0, 20));
        times.push(start.elapsed().as_secs_f64() * 1e6);
    }
    report("index (all kinds)", times);
    let mut times = Vec::with_capacity(queries.len());
    for query in &queries {
        let start = Instant::now();
        black_box(index.search(query, &[Kind::Commune], 0, 20));
        times.push(start.elapsed().as_secs_f64() * 1e6);
    }
    report("index (communes)", times);
    let mut times = Vec::with_capacity(queries.len());
    for query in &queries {
        let start = Instant::now();
        black_box(baseline.search(query));
        times.push(start.elapsed().as_secs_f64() * 1e6);
    }
    report("baseline linear scan", times);

    let mut group = c.benchmark_group("territoires");
    let mut i = 0;
    group.bench_function("index", |b| {
        b.iter(|| {
            i = (i + 1) % queries.len();
            black_box(index.search(&queries[i], &[], 0, 20))
        })
    });
    group.bench_function("baseline", |b| {
        b.iter(|| {
            i = (i + 1) % queries.len();
            black_box(baseline.search(&queries[i]))
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
