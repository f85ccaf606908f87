//! Sub-commands of `fabrique`.

use anyhow::{Context as _, bail};
use clap::{Args, Parser, Subcommand};
use socle::AppState;
use socle::audit::{self, Actor};
use socle::auth::{self, RoleGrant, store};
use socle::config::Config;
use socle::db::{Db, Query};
use socle::module::{ImportSource, Module};
use std::io::Read as _;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

/// The modules of this build, in menu order. Adding a module is one line here.
pub fn modules() -> Vec<Arc<dyn Module>> {
    vec![
        Arc::new(incubateur::Incubateur),
        Arc::new(aides::Aides),
        Arc::new(mines::Mines),
        Arc::new(secheresse::Secheresse),
    ]
}

/// La Fabrique numérique : l'incubateur des ministères chargés de l'écologie et des territoires, et ses services.
///
/// La configuration se lit dans les variables d'environnement FABRIQUE_… (voir `fabrique config`).
#[derive(Debug, Parser)]
#[command(name = "fabrique", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Lance le serveur HTTP (crée et migre la base si besoin).
    Serve {
        /// Charge les données de démonstration de chaque module si la base est vide.
        #[arg(long)]
        demo: bool,
    },
    /// Applique les migrations en attente, puis s'arrête.
    Migrate,
    /// Charge les données de démonstration de chaque module (base vide seulement).
    Demo,
    /// Importe un fichier (ou `-` pour l'entrée standard) : `fabrique import <quoi> <fichier>`.
    Import {
        /// Ce qui est importé (`territoires`, ou un import d'un module ; `fabrique import --help` les liste).
        what: String,
        /// Fichier, dossier ou `-`.
        source: String,
    },
    /// Exporte des données sur la sortie standard : `fabrique export <quoi>`.
    Export {
        /// Ce qui est exporté (`territoires`, ou un export d'un module).
        what: String,
    },
    /// Gère les comptes.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Journal d'audit.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Affiche la configuration lue et la liste des variables.
    Config,
    /// Outils du module sécheresse.
    Secheresse {
        #[command(subcommand)]
        command: SecheresseCommand,
    },
    /// Outils du module mines (cadastre minier).
    Mines {
        #[command(subcommand)]
        command: MinesCommand,
    },
}

#[derive(Debug, Subcommand)]
enum SecheresseCommand {
    /// Outil d'audit : pour chaque point d'un CSV `id,lon,lat`, écrit `id,type,zone_id` pour chaque zone d'alerte
    /// qui le contient (rien pour un point hors zone). Les zones sont lues dans l'un ou l'autre format publié.
    Localiser {
        /// Zones d'alerte (GeoJSON ASSEC/Sandre ou VigiEau).
        zones: PathBuf,
        /// Points à situer (CSV id,lon,lat).
        points: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
enum MinesCommand {
    /// Rejoue un fichier de cas de démarches (format machines-cas de Camino) et affiche une ligne JSON par cas ;
    /// code de sortie 1 si un cas n'est pas reproduit.
    Rejouer {
        /// arm-oct, arm-ren-pro, axm-oct, axm-pro, prm-oct ou procedure-simplifiee.
        machine: String,
        /// Fichier .cas.json.
        fichier: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
enum UserCommand {
    /// Crée un compte confirmé. Le mot de passe est lu sur l'entrée standard (ou la variable `FABRIQUE_USER_PASSWORD`).
    Create(CreateUser),
    /// Accorde un rôle : `fabrique user grant <email> <module> <rôle> [--organisation <code>]`.
    Grant(RoleArgs),
    /// Retire un rôle.
    Revoke(RoleArgs),
}

#[derive(Debug, Args)]
struct CreateUser {
    /// Adresse électronique.
    #[arg(long)]
    email: String,
    /// Nom affiché.
    #[arg(long, default_value = "Administrateur")]
    name: String,
    /// Administrateur de la plateforme.
    #[arg(long)]
    admin: bool,
}

#[derive(Debug, Args)]
struct RoleArgs {
    /// Adresse électronique du compte.
    email: String,
    /// Module (`aides`, `secheresse`…).
    module: String,
    /// Rôle dans le module.
    role: String,
    /// Organisation (département, porteur…) pour un rôle qui s'y limite.
    #[arg(long)]
    organisation: Option<String>,
}

#[derive(Debug, Subcommand)]
enum AuditCommand {
    /// Recalcule la chaîne de hachage du journal ; code de sortie 1 si une entrée a été altérée.
    Verify,
}

/// Parses the command line and runs it.
pub async fn run() -> anyhow::Result<ExitCode> {
    let cli = Cli::parse();
    // Offline tools need no configuration nor database.
    match &cli.command {
        Command::Mines { command } => return mines_command(command),
        Command::Secheresse { command } => return secheresse_command(command),
        _ => {}
    }
    let config = Config::from_env()?;
    socle::obs::init_logs(config.log_format);
    match cli.command {
        Command::Config => {
            println!("{config:#?}\n\nVariables :");
            for (name, default, meaning) in socle::config::VARIABLES {
                println!("  {name:<36} {meaning} (défaut : {default})");
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Migrate => {
            let db = Db::connect(&config.database_url, 1).await?;
            socle::app::all_migrations(&modules())
                .run(&db)
                .await
                .context("échec des migrations")?;
            println!("migrations appliquées");
            Ok(ExitCode::SUCCESS)
        }
        Command::Serve { demo } => serve(config, demo).await,
        Command::Mines { command } => mines_command(&command),
        Command::Secheresse { command } => secheresse_command(&command),
        Command::Demo => {
            let app = AppState::start(config, modules()).await?;
            if !load_demo(&app).await? {
                println!("la base contient déjà des données : démonstration non chargée");
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Import { what, source } => import(config, &what, &source).await,
        Command::Export { what } => export(config, &what).await,
        Command::User { command } => user(config, command).await,
        Command::Audit {
            command: AuditCommand::Verify,
        } => {
            let db = Db::connect(&config.database_url, 1).await?;
            let verification = audit::verify(&db).await?;
            match verification.first_break {
                None => {
                    println!(
                        "journal intègre : {} entrées vérifiées",
                        verification.checked
                    );
                    Ok(ExitCode::SUCCESS)
                }
                Some(broken) => {
                    println!(
                        "journal altéré à l'entrée {} : {} ({} entrées vérifiées avant)",
                        broken.id, broken.reason, verification.checked
                    );
                    Ok(ExitCode::FAILURE)
                }
            }
        }
    }
}

async fn serve(config: Config, demo: bool) -> anyhow::Result<ExitCode> {
    let started = std::time::Instant::now();
    let listen = config.listen;
    let app = AppState::start(config, modules()).await?;
    if demo {
        load_demo(&app).await?;
    }
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .with_context(|| format!("écoute sur {listen} impossible"))?;
    tracing::info!(adresse = %listen, demarrage_ms = started.elapsed().as_millis() as u64, "La Fabrique est prête");
    socle::server::run(app, listener).await?;
    Ok(ExitCode::SUCCESS)
}

/// Loads the demo of every module when the database holds no change yet; returns whether it did.
pub async fn load_demo(app: &AppState) -> anyhow::Result<bool> {
    let changes: i64 = app
        .db()
        .fetch_scalar(Query::new("SELECT COUNT(*) FROM audit_log"))
        .await?;
    if changes > 0 {
        return Ok(false);
    }
    for module in app.modules() {
        module
            .demo(app)
            .await
            .with_context(|| format!("démonstration du module {}", module.info().id))?;
        tracing::info!(
            module = module.info().id,
            "données de démonstration chargées"
        );
    }
    // The journal says the data is a demonstration; it also marks the database as no longer empty.
    let mut tx = app.db().begin().await?;
    audit::record(
        &mut tx,
        audit::Entry {
            actor: &Actor::Cli,
            module: "socle",
            action: "load_demo",
            target: "demo",
            summary: "Chargement des données de démonstration",
            details: serde_json::json!({ "modules": app.module_infos().iter().map(|m| m.id).collect::<Vec<_>>() }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

async fn import(config: Config, what: &str, source: &str) -> anyhow::Result<ExitCode> {
    let source = if source == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes)?;
        ImportSource::Stdin(bytes)
    } else {
        let path = PathBuf::from(source);
        if !path.exists() {
            bail!("{source} n'existe pas");
        }
        ImportSource::Path(path)
    };
    let app = AppState::start(config, modules()).await?;
    if what == "territoires" {
        let bytes = match source {
            ImportSource::Stdin(bytes) => bytes,
            ImportSource::Path(path) => {
                std::fs::read(&path).with_context(|| format!("lecture de {}", path.display()))?
            }
        };
        let dataset = socle::territoires::parse_any(&bytes)?;
        let summary = socle::territoires::import(&app, &dataset, &Actor::Cli).await?;
        println!("territoires importés — {summary}");
        return Ok(ExitCode::SUCCESS);
    }
    let importer = app
        .modules()
        .iter()
        .flat_map(|m| m.importers())
        .find(|i| i.name == what);
    let Some(importer) = importer else {
        let names: Vec<String> = std::iter::once("territoires".to_owned())
            .chain(
                app.modules()
                    .iter()
                    .flat_map(|m| m.importers())
                    .map(|i| format!("{} ({})", i.name, i.help)),
            )
            .collect();
        bail!(
            "import inconnu « {what} » ; imports possibles : {}",
            names.join(", ")
        );
    };
    let report = (importer.run)(app.clone(), source).await?;
    println!(
        "{what} : {} créé(s), {} mis à jour, {} inchangé(s)",
        report.created, report.updated, report.unchanged
    );
    for note in report.notes {
        println!("  {note}");
    }
    Ok(ExitCode::SUCCESS)
}

async fn export(config: Config, what: &str) -> anyhow::Result<ExitCode> {
    let app = AppState::start(config, modules()).await?;
    if what == "territoires" {
        let dataset = socle::territoires::current_dataset(app.db()).await?;
        serde_json::to_writer(std::io::stdout().lock(), &dataset)?;
        return Ok(ExitCode::SUCCESS);
    }
    let exporter = app
        .modules()
        .iter()
        .flat_map(|m| m.exporters())
        .find(|e| e.name == what);
    let Some(exporter) = exporter else {
        let names: Vec<String> = std::iter::once("territoires".to_owned())
            .chain(
                app.modules()
                    .iter()
                    .flat_map(|m| m.exporters())
                    .map(|e| format!("{} ({})", e.name, e.help)),
            )
            .collect();
        bail!(
            "export inconnu « {what} » ; exports possibles : {}",
            names.join(", ")
        );
    };
    (exporter.run)(app.clone(), Box::new(std::io::stdout())).await?;
    Ok(ExitCode::SUCCESS)
}

async fn user(config: Config, command: UserCommand) -> anyhow::Result<ExitCode> {
    let app = AppState::start(config, modules()).await?;
    match command {
        UserCommand::Create(args) => {
            let email = auth::normalize_email(&args.email).map_err(anyhow::Error::msg)?;
            let password = match std::env::var("FABRIQUE_USER_PASSWORD") {
                Ok(password) if !password.is_empty() => password,
                _ => {
                    eprintln!("mot de passe (entrée standard, une ligne) :");
                    let mut line = String::new();
                    std::io::stdin().read_line(&mut line)?;
                    line.trim_end_matches(['\n', '\r']).to_owned()
                }
            };
            auth::check_new_password(&password, &email).map_err(anyhow::Error::msg)?;
            let hash = auth::hash_password(&password)?;
            let mut tx = app.db().begin().await?;
            let id = match store::create_user(&mut tx, &email, &args.name, &hash, args.admin, true)
                .await
            {
                Ok(id) => id,
                Err(error) if store::is_email_taken(&error) => {
                    bail!("un compte existe déjà pour {email}")
                }
                Err(error) => return Err(error.into()),
            };
            audit::record(
                &mut tx,
                audit::Entry {
                    actor: &Actor::Cli,
                    module: "socle",
                    action: "create_user",
                    target: &format!("user:{id}"),
                    summary: &format!(
                        "Création du compte {email}{}",
                        if args.admin { " (administrateur)" } else { "" }
                    ),
                    details: serde_json::json!({ "admin": args.admin }),
                },
            )
            .await?;
            tx.commit().await?;
            println!(
                "compte {id} créé pour {email}{}",
                if args.admin { " (administrateur)" } else { "" }
            );
        }
        UserCommand::Grant(args) => change_role(&app, args, true).await?,
        UserCommand::Revoke(args) => change_role(&app, args, false).await?,
    }
    Ok(ExitCode::SUCCESS)
}

async fn change_role(app: &AppState, args: RoleArgs, grant: bool) -> anyhow::Result<()> {
    let email = args.email.trim().to_lowercase();
    let user = store::find_by_email(app.db(), &email)
        .await?
        .with_context(|| format!("aucun compte pour {email}"))?;
    let definition = app
        .modules()
        .iter()
        .flat_map(|m| m.roles().iter())
        .find(|def| def.module == args.module && def.role == args.role);
    let Some(definition) = definition else {
        let known: Vec<String> = app
            .modules()
            .iter()
            .flat_map(|m| m.roles().iter())
            .map(|d| format!("{} {}", d.module, d.role))
            .collect();
        bail!(
            "rôle inconnu « {} {} » ; rôles possibles : {}",
            args.module,
            args.role,
            known.join(", ")
        );
    };
    if definition.scoped && args.organisation.is_none() && grant {
        bail!(
            "le rôle {} s'accorde pour une organisation : ajoutez --organisation <code>",
            definition.role
        );
    }
    let role = RoleGrant {
        module: args.module.clone(),
        role: args.role.clone(),
        organisation: args.organisation.clone(),
    };
    let mut tx = app.db().begin().await?;
    if grant {
        store::grant_role(&mut tx, user.id, &role, None).await?;
    } else {
        store::revoke_role(&mut tx, user.id, &role).await?;
    }
    audit::record(
        &mut tx,
        audit::Entry {
            actor: &Actor::Cli,
            module: "socle",
            action: if grant { "grant_role" } else { "revoke_role" },
            target: &format!("user:{}", user.id),
            summary: &format!("{} du rôle {} {} à {email}", if grant { "Attribution" } else { "Retrait" }, args.module, args.role),
            details: serde_json::json!({ "module": args.module, "role": args.role, "organisation": args.organisation }),
        },
    )
    .await?;
    tx.commit().await?;
    println!(
        "{} : {} {} {}",
        email,
        if grant { "reçoit" } else { "perd" },
        args.module,
        args.role
    );
    Ok(())
}

fn mines_command(command: &MinesCommand) -> anyhow::Result<ExitCode> {
    match command {
        MinesCommand::Rejouer { machine, fichier } => {
            let json = std::fs::read_to_string(fichier)
                .with_context(|| format!("lecture de {}", fichier.display()))?;
            let lignes = mines::rejeu::rejouer(machine, &json)?;
            let mut out = std::io::stdout().lock();
            for ligne in &lignes {
                use std::io::Write as _;
                writeln!(out, "{}", ligne.to_json_line())?;
            }
            Ok(if mines::rejeu::tous_ok(&lignes) {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
    }
}

fn secheresse_command(command: &SecheresseCommand) -> anyhow::Result<ExitCode> {
    match command {
        SecheresseCommand::Localiser { zones, points } => {
            let zones = std::fs::read_to_string(zones)
                .with_context(|| format!("lecture de {}", zones.display()))?;
            let points = std::fs::read_to_string(points)
                .with_context(|| format!("lecture de {}", points.display()))?;
            let csv = secheresse::localiser::localiser(&zones, &points)?;
            use std::io::Write as _;
            std::io::stdout().lock().write_all(csv.as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
    }
}
