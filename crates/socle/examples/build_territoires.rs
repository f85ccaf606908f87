//! Regenerates `crates/socle/data/territoires.json.gz` from the npm package `@etalab/decoupage-administratif`
//! (the `.tgz` of `npm pack`). Run by `scripts/territoires.sh`; see `socle::territoires::dataset`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let [_, input, output] = args.as_slice() else {
        eprintln!("usage : build_territoires <paquet.tgz> <sortie.json.gz>");
        return ExitCode::from(2);
    };
    let result = std::fs::read(input)
        .map_err(|e| e.to_string())
        .and_then(|bytes| {
            socle::territoires::Dataset::from_npm_package(&bytes).map_err(|e| e.to_string())
        })
        .and_then(|dataset| {
            let summary = socle::territoires::summary(&dataset);
            dataset
                .to_gzip()
                .map_err(|e| e.to_string())
                .map(|bytes| (bytes, summary))
        })
        .and_then(|(bytes, summary)| {
            std::fs::write(output, bytes)
                .map(|()| summary)
                .map_err(|e| e.to_string())
        });
    match result {
        Ok(summary) => {
            println!("{output} : {summary}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("erreur : {error}");
            ExitCode::FAILURE
        }
    }
}
