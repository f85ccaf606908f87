//! Over HTTP: cold start, idle memory and latency under a fixed request rate, with a baseline in the same run.
//!
//! `cargo bench -p fabrique --bench http [-- <rate> <seconds>]` builds the release binary, starts
//! `fabrique serve` on a fresh SQLite file, measures the time to the first healthy answer and the idle
//! resident memory, then sends requests at a fixed rate (open loop: each request has a scheduled instant and
//! its latency counts from that instant, so a slow server cannot hide its queue — no coordinated omission) to:
//! `/healthz` (baseline: the stack without work), `/api/v1/territoires?q=` with random prefixes, `/`, the aid
//! search API (perimeter, text, beneficiary type), the water-restriction lookup at random points, the pages of
//! the mining titres and map layers of random viewports.
//! The load generator runs in this process, the server in its own.

use http_body_util::{BodyExt as _, Empty};
use hyper::body::Bytes;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::Mutex;

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

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

fn rss_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

struct Server {
    child: Child,
    base: String,
    _dir: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn start_server(binary: &str, demo: bool) -> (Server, Duration) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let port = free_port();
    let started = Instant::now();
    let mut command = Command::new(binary);
    command
        .arg("serve")
        .env("FABRIQUE_LISTEN", format!("127.0.0.1:{port}"))
        .env(
            "FABRIQUE_DATABASE_URL",
            format!("sqlite://{}", dir.path().join("bench.db").display()),
        )
        .env("FABRIQUE_DATA_DIR", dir.path())
        .env("FABRIQUE_API_RATE_PER_MINUTE_IP", "100000000")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    if demo {
        command.arg("--demo");
    }
    let child = command.spawn().expect("server starts");
    let base = format!("http://127.0.0.1:{port}");
    let client: Client<_, Empty<Bytes>> = Client::builder(TokioExecutor::new()).build_http();
    loop {
        if let Ok(response) = client
            .get(format!("{base}/healthz").parse().expect("uri"))
            .await
            && response.status().is_success()
        {
            break;
        }
        if started.elapsed() > Duration::from_secs(60) {
            panic!("the server did not become healthy");
        }
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    (
        Server {
            child,
            base,
            _dir: dir,
        },
        started.elapsed(),
    )
}

/// The body of a page, for the addresses it links to.
async fn get_text(base: &str, path: &str) -> String {
    let client: Client<_, Empty<Bytes>> = Client::builder(TokioExecutor::new()).build_http();
    let response = client
        .get(format!("{base}{path}").parse().expect("uri"))
        .await
        .expect("answer");
    let body = response.into_body().collect().await.expect("body");
    String::from_utf8_lossy(&body.to_bytes()).into_owned()
}

type HttpClient = Client<hyper_util::client::legacy::connect::HttpConnector, Empty<Bytes>>;

/// Sends one request and reads the whole body; true when the status is a success or one of `answers`.
async fn answered(client: &HttpClient, uri: hyper::Uri, answers: &[u16]) -> bool {
    match client.get(uri).await {
        Ok(response) => {
            let status = response.status();
            response.into_body().collect().await.is_ok()
                && (status.is_success() || answers.contains(&status.as_u16()))
        }
        Err(_) => false,
    }
}

struct Outcome {
    latencies_ms: Vec<f64>,
    errors: usize,
}

/// Sends `rate` requests per second for `seconds` to `paths` in turn; an answer counts when its status is a
/// success or one of `answers` (the documented "no zone here" 404 of a lookup is an answer, not an error).
async fn load(
    base: &str,
    paths: Vec<String>,
    answers: &'static [u16],
    rate: u32,
    seconds: u32,
) -> Outcome {
    let client: Client<_, Empty<Bytes>> = Client::builder(TokioExecutor::new())
        .pool_max_idle_per_host(256)
        .build_http();
    let total = (rate * seconds) as usize;
    let interval = Duration::from_secs_f64(1.0 / f64::from(rate));
    let results = Arc::new(Mutex::new(Vec::with_capacity(total)));
    let errors = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let start = tokio::time::Instant::now() + Duration::from_millis(50);
    let mut tasks = Vec::with_capacity(total);
    for i in 0..total {
        let scheduled = start + interval * i as u32;
        let uri: hyper::Uri = format!("{base}{}", paths[i % paths.len()])
            .parse()
            .expect("uri");
        let client = client.clone();
        let results = results.clone();
        let errors = errors.clone();
        tasks.push(tokio::spawn(async move {
            tokio::time::sleep_until(scheduled).await;
            let ok = answered(&client, uri, answers).await;
            let latency = tokio::time::Instant::now()
                .duration_since(scheduled)
                .as_secs_f64()
                * 1000.0;
            if ok {
                results.lock().await.push(latency);
            } else {
                errors.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            }
        }));
    }
    for task in tasks {
        let _ = task.await;
    }
    let latencies_ms = std::mem::take(&mut *results.lock().await);
    Outcome {
        latencies_ms,
        errors: errors.load(std::sync::atomic::Ordering::Relaxed),
    }
}

/// Closed loop at a fixed concurrency: `concurrency` clients, each sending its next request as soon as the
/// previous answer arrives, for `seconds`. This is the "fixed concurrency" of the issues' targets; the open loop
/// above shows what queueing adds at a fixed rate.
async fn closed_loop(
    base: &str,
    paths: Arc<Vec<String>>,
    answers: &'static [u16],
    concurrency: usize,
    seconds: u32,
) -> Outcome {
    let client: Client<_, Empty<Bytes>> = Client::builder(TokioExecutor::new())
        .pool_max_idle_per_host(concurrency)
        .build_http();
    let end = tokio::time::Instant::now() + Duration::from_secs(u64::from(seconds));
    let mut tasks = Vec::with_capacity(concurrency);
    for worker in 0..concurrency {
        let (client, paths, base) = (client.clone(), paths.clone(), base.to_owned());
        tasks.push(tokio::spawn(async move {
            let (mut latencies, mut errors) = (Vec::new(), 0usize);
            let mut next = worker;
            while tokio::time::Instant::now() < end {
                let uri: hyper::Uri = format!("{base}{}", paths[next % paths.len()])
                    .parse()
                    .expect("uri");
                next += concurrency;
                let sent = tokio::time::Instant::now();
                let ok = answered(&client, uri, answers).await;
                if ok {
                    latencies.push(sent.elapsed().as_secs_f64() * 1000.0);
                } else {
                    errors += 1;
                }
            }
            (latencies, errors)
        }));
    }
    let mut outcome = Outcome {
        latencies_ms: Vec::new(),
        errors: 0,
    };
    for task in tasks {
        let (latencies, errors) = task.await.expect("client task");
        outcome.latencies_ms.extend(latencies);
        outcome.errors += errors;
    }
    outcome
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn row(name: &str, rate: u32, mut outcome: Outcome) {
    outcome.latencies_ms.sort_by(|a, b| a.total_cmp(b));
    let l = &outcome.latencies_ms;
    println!(
        "| {name} | {rate}/s | {} | {} | {:.2} | {:.2} | {:.2} | {:.2} |",
        l.len(),
        outcome.errors,
        percentile(l, 0.5),
        percentile(l, 0.9),
        percentile(l, 0.99),
        l.last().copied().unwrap_or(f64::NAN)
    );
}

fn main() {
    let args: Vec<String> = std::env::args().filter(|a| !a.starts_with("--")).collect();
    let rate: u32 = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(2000);
    let seconds: u32 = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(10);
    let status = Command::new(env!("CARGO"))
        .args(["build", "--release", "--quiet", "-p", "fabrique"])
        .status()
        .expect("cargo build");
    assert!(status.success(), "release build failed");
    let target = std::env::var("CARGO_TARGET_DIR")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../../target").to_owned());
    let binary = format!("{target}/release/fabrique");

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let mut cold = Vec::new();
        for _ in 0..5 {
            let (server, elapsed) = start_server(&binary, false).await;
            cold.push(elapsed.as_secs_f64() * 1000.0);
            drop(server);
        }
        cold.sort_by(|a, b| a.total_cmp(b));
        println!(
            "cold start of `serve` on a fresh SQLite file (5 runs): median {:.0} ms, max {:.0} ms",
            cold[2], cold[4]
        );

        let (server, _) = start_server(&binary, true).await;
        tokio::time::sleep(Duration::from_secs(2)).await;
        println!(
            "idle RSS after `serve --demo`: {} MiB",
            rss_kib(server.child.id()) / 1024
        );

        let dataset = socle::territoires::Dataset::embedded().expect("dataset");
        let mut random = SplitMix(7);
        let prefixes: Vec<String> = (0..10_000)
            .map(|_| {
                let commune =
                    &dataset.communes[(random.next() % dataset.communes.len() as u64) as usize];
                let chars: Vec<char> = commune.nom.chars().collect();
                let length = (3 + (random.next() % 6) as usize).min(chars.len());
                let prefix: String = chars[..length].iter().collect();
                format!(
                    "/api/v1/territoires?q={}",
                    socle::web::percent_encode(&prefix)
                )
            })
            .collect();

        println!();
        println!("| endpoint | rate | answered | errors | p50 ms | p90 ms | p99 ms | max ms |");
        println!("|---|---|---|---|---|---|---|---|");
        // Warm-up, not reported.
        load(&server.base, vec!["/healthz".to_owned()], &[], rate, 1).await;
        row(
            "/healthz (baseline)",
            rate,
            load(
                &server.base,
                vec!["/healthz".to_owned()],
                &[],
                rate,
                seconds,
            )
            .await,
        );
        row(
            "/api/v1/territoires?q=…",
            rate,
            load(&server.base, prefixes, &[], rate, seconds).await,
        );
        row(
            "/ (home page)",
            rate,
            load(&server.base, vec!["/".to_owned()], &[], rate, seconds).await,
        );
        // Aid search as the outside check asks it: a random commune's perimeter, words, a beneficiary type.
        let words = [
            "eau",
            "rénovation énergétique",
            "voirie, mobilité",
            "biodiversité",
            "école",
        ];
        let searches: Vec<String> = (0..10_000)
            .map(|i| {
                let commune =
                    &dataset.communes[(random.next() % dataset.communes.len() as u64) as usize];
                format!(
                    "/api/v1/aides/?perimeter=insee:{}&text={}&targeted_audiences=commune",
                    commune.code,
                    socle::web::percent_encode(words[i % words.len()])
                )
            })
            .collect();
        row(
            "/api/v1/aides/?perimeter=…&text=…&targeted_audiences=commune",
            rate,
            load(&server.base, searches.clone(), &[], rate, seconds).await,
        );
        // Water restrictions at random points of the demo's published départements (Hérault and Var); outside
        // every zone the answer is the documented 404.
        let boxes = [(3.05, 43.35, 4.05, 43.85), (5.85, 43.15, 6.75, 43.65)];
        let points: Vec<String> = (0..10_000)
            .map(|i| {
                let (west, south, east, north) = boxes[i % boxes.len()];
                let unit =
                    |random: &mut SplitMix| (random.next() >> 11) as f64 / (1u64 << 53) as f64;
                let lon = west + (east - west) * unit(&mut random);
                let lat = south + (north - south) * unit(&mut random);
                format!("/api/v1/secheresse/zones?lon={lon:.5}&lat={lat:.5}&profil=particulier")
            })
            .collect();
        row(
            "/api/v1/secheresse/zones?lon=…&lat=…&profil=particulier",
            rate,
            load(&server.base, points.clone(), &[404], rate, seconds).await,
        );
        // Mining titres: the public page of every demo titre linked from the list, and map layers of random
        // viewports at the zooms of clusters and of perimeters (issue #6: both < 50 ms and < 20 ms p95).
        let liste = get_text(&server.base, "/mines").await;
        let titres: Vec<String> = liste
            .split("href=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .filter(|href| href.starts_with("/mines/titres/"))
            .map(str::to_owned)
            .collect();
        assert!(!titres.is_empty(), "the demo list links to no titre");
        // A titre page reads its whole public history (several queries, 10 kB of HTML): about 2 ms of work,
        // so two cores shared with the load generator cannot serve the API's rate. It is measured at an eighth
        // of it, still far above what a cadastre receives.
        let page_rate = (rate / 8).max(1);
        row(
            "/mines/titres/{id} (page)",
            page_rate,
            load(&server.base, titres, &[], page_rate, seconds).await,
        );
        let viewports: Vec<String> = (0..10_000)
            .map(|i| {
                let unit =
                    |random: &mut SplitMix| (random.next() >> 11) as f64 / (1u64 << 53) as f64;
                // Metropolitan France and Guyane, where the titres are.
                let (west, south, span) = if i % 2 == 0 {
                    (-4.5, 42.5, 8.0)
                } else {
                    (-54.5, 2.2, 2.5)
                };
                let zoom = if i % 4 < 2 { 6 } else { 11 };
                let size = span / f64::from(1u32 << (zoom - 5));
                let x = west + (span - size) * unit(&mut random);
                let y = south + (span - size) * unit(&mut random);
                format!(
                    "/api/v1/mines/carte?bbox={x:.4},{y:.4},{:.4},{:.4}&zoom={zoom}",
                    x + size,
                    y + size
                )
            })
            .collect();
        row(
            "/api/v1/mines/carte?bbox=…&zoom=6|11",
            rate,
            load(&server.base, viewports, &[], rate, seconds).await,
        );
        // The same searches and lookups at a fixed concurrency (closed loop), as the targets are stated.
        const CONCURRENCY: usize = 4;
        println!();
        println!(
            "Closed loop, {CONCURRENCY} clients, {seconds} s each (the rate column is the throughput reached):"
        );
        println!();
        println!("| endpoint | rate | answered | errors | p50 ms | p90 ms | p99 ms | max ms |");
        println!("|---|---|---|---|---|---|---|---|");
        for (name, paths, answers) in [
            ("/api/v1/aides/?perimeter=…&text=…&targeted_audiences=commune", searches, &[][..]),
            ("/api/v1/secheresse/zones?lon=…&lat=…&profil=particulier", points, &[404][..]),
        ] {
            let outcome =
                closed_loop(&server.base, Arc::new(paths), answers, CONCURRENCY, seconds).await;
            let throughput = outcome.latencies_ms.len() as u32 / seconds.max(1);
            row(name, throughput, outcome);
        }
        println!();
        println!(
            "RSS after the load: {} MiB",
            rss_kib(server.child.id()) / 1024
        );
    });
}
