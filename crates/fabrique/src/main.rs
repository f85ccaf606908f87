//! `fabrique`: the command line of La Fabrique numérique.
//!
//! This crate is the composition root: the only one that knows every module (see [`modules`]). Everything
//! else lives in `socle` (the platform) and the module crates.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("erreur : démarrage impossible : {error}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(cli::run()) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("erreur : {error:#}");
            ExitCode::FAILURE
        }
    }
}
