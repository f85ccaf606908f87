//! `fabrique`: the command line of La Fabrique numérique (see [`fabrique::cli`]).

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
    match runtime.block_on(fabrique::cli::run()) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("erreur : {error:#}");
            ExitCode::FAILURE
        }
    }
}
