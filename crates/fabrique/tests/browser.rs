//! Browser tests: the real server with every module and its demo data, driven by headless Chromium through
//! ChromeDriver (WebDriver, the `fantoccini` client), with automated accessibility checks by axe-core
//! (vendored in `tests/browser/axe.min.js`, MPL-2.0) and keyboard navigation.
//!
//! Skipped with a visible message when Chromium or ChromeDriver is not installed, unless
//! `FABRIQUE_REQUIRE_BROWSER=1` (set by `.ci/run`, which installs Debian's `chromium` and `chromium-driver`).
//! Every module adds its main pages to [`PUBLIC_PAGES`] (or its own test calling [`Browser::audit`]).

use fantoccini::actions::{InputSource as _, KeyAction, KeyActions};
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// Public pages every run checks: path and a text the page must show.
pub const PUBLIC_PAGES: &[(&str, &str)] = &[
    ("/", "La Fabrique numérique"),
    ("/compte/inscription", "Créer un compte"),
    ("/compte/connexion", "Se connecter"),
    ("/compte/mot-de-passe-oublie", "Mot de passe oublié"),
    ("/accessibilite", "Déclaration d'accessibilité"),
    ("/api", "API de La Fabrique"),
    ("/cette-page-n-existe-pas", "Page non trouvée"),
    ("/incubateur", "L'incubateur de la Fabrique numérique"),
    ("/incubateur/startups", "Startups d'État"),
    ("/incubateur/incubateurs", "Incubateurs du réseau"),
    ("/incubateur/appels", "Appels à projets"),
    (
        "/aides",
        "Trouver les aides pour votre territoire et votre projet",
    ),
    (
        "/aides?territoire=Montpellier+%2834172%29&targeted_audiences=commune",
        "Trouver les aides pour votre territoire et votre projet",
    ),
    ("/mines", "Cadastre minier"),
    ("/mines/carte", "Carte des titres miniers"),
    (
        "/secheresse",
        "Sécheresse : quelles restrictions d'eau chez moi ?",
    ),
    (
        "/secheresse?commune=34172&profil=particulier",
        "Sécheresse : quelles restrictions d'eau chez moi ?",
    ),
    (
        "/secheresse/carte",
        "Carte nationale des restrictions d'eau",
    ),
    (
        "/secheresse/carte?type=SOU",
        "Carte nationale des restrictions d'eau",
    ),
    (
        "/secheresse/communes/34172",
        "Restrictions d'eau à Montpellier",
    ),
    (
        "/secheresse/abonnement",
        "Être prévenu quand les restrictions d'eau changent",
    ),
];

const AXE: &str = include_str!("browser/axe.min.js");

fn find_program(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&path) {
        for name in names {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
    }
    None
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

/// A running server, ChromeDriver and a browser session.
pub struct Browser {
    /// The WebDriver client.
    pub client: Client,
    /// Base URL of the server.
    pub base: String,
    /// The application (to create accounts, read mails…).
    pub app: socle::AppState,
    driver: Child,
    _dir: tempfile::TempDir,
}

impl Browser {
    /// Starts everything, or returns `None` (with a message) when no browser is installed.
    pub async fn start() -> Option<Self> {
        let chromium = find_program(&["chromium", "chromium-browser", "google-chrome"]);
        let driver = find_program(&["chromedriver"]);
        let (Some(chromium), Some(driver)) = (chromium, driver) else {
            if std::env::var("FABRIQUE_REQUIRE_BROWSER").as_deref() == Ok("1") {
                panic!("FABRIQUE_REQUIRE_BROWSER=1 mais chromium ou chromedriver est absent");
            }
            eprintln!(
                "skipped: browser tests need chromium and chromedriver (Debian packages chromium, chromium-driver)"
            );
            return None;
        };

        let dir = tempfile::tempdir().expect("temporary folder");
        let url = socle::config::DatabaseUrl::Sqlite(format!(
            "sqlite://{}",
            dir.path().join("b.db").display()
        ));
        let config = socle::config::Config::for_tests(url, dir.path().to_path_buf());
        let app = socle::AppState::start(config, fabrique::modules())
            .await
            .expect("start");
        fabrique::cli::load_demo(&app).await.expect("demo data");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("address"));
        let router = socle::web::router(app.clone());
        tokio::spawn(async move {
            let _ = axum::serve(
                listener,
                router.into_make_service_with_connect_info::<SocketAddr>(),
            )
            .await;
        });

        let port = free_port();
        let driver = Command::new(driver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let webdriver = format!("http://127.0.0.1:{port}");
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let profile = dir.path().join("profil-chromium");
        let capabilities = json!({
            "goog:chromeOptions": {
                "binary": chromium.to_string_lossy(),
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--window-size=1280,900", format!("--user-data-dir={}", profile.display()),
                ]
            }
        });
        let Value::Object(capabilities) = capabilities else {
            unreachable!("a JSON object")
        };
        // ChromeDriver listens on plain HTTP on loopback: no TLS connector needed.
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = ClientBuilder::new(connector)
            .capabilities(capabilities)
            .connect(&webdriver)
            .await
            .expect("a Chromium session");
        Some(Self {
            client,
            base,
            app,
            driver,
            _dir: dir,
        })
    }

    /// Creates a confirmed account with these roles and signs it in through the sign-in form.
    pub async fn sign_in(
        &self,
        email: &str,
        is_admin: bool,
        grants: &[(&str, &str, Option<&str>)],
    ) {
        let password = "phrase de passe du navigateur";
        let hash = socle::auth::hash_password(password).expect("hash");
        let mut tx = self.app.db().begin().await.expect("begin");
        let id =
            socle::auth::store::create_user(&mut tx, email, "Agent de test", &hash, is_admin, true)
                .await
                .expect("account");
        for (module, role, organisation) in grants {
            let grant = socle::auth::RoleGrant {
                module: (*module).to_owned(),
                role: (*role).to_owned(),
                organisation: organisation.map(str::to_owned),
            };
            socle::auth::store::grant_role(&mut tx, id, &grant, None)
                .await
                .expect("role");
        }
        tx.commit().await.expect("commit");
        self.open("/compte/connexion").await;
        for (field, value) in [("champ-email", email), ("champ-mot_de_passe", password)] {
            self.client
                .find(Locator::Id(field))
                .await
                .expect("sign-in field")
                .send_keys(value)
                .await
                .expect("typed");
        }
        self.client
            .find(Locator::Css("main form button[type=submit]"))
            .await
            .expect("sign-in button")
            .click()
            .await
            .expect("signed in");
        // The click returns before the answer: wait for the page that follows, signed in.
        for _ in 0..100 {
            let body = match self.client.find(Locator::Css("body")).await {
                Ok(body) => body.text().await.unwrap_or_default(),
                Err(_) => String::new(),
            };
            let url = self.client.current_url().await.expect("address");
            if url.path() != "/compte/connexion" && body.contains("Se déconnecter") {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("{email} could not sign in");
    }

    /// Waits for the page that follows a click to show `expected` in its main content: the click returns before
    /// the navigation ends, and an element found on the old page would be stale.
    pub async fn wait_for_text(&self, expected: &str) {
        let mut last = String::new();
        for _ in 0..100 {
            if let Ok(main) = self.client.find(Locator::Css("main")).await
                && let Ok(text) = main.text().await
            {
                if text.contains(expected) {
                    return;
                }
                last = text;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("the page should show « {expected} », it shows: {last}");
    }

    /// Opens a page of the server.
    pub async fn open(&self, path: &str) {
        self.client
            .goto(&format!("{}{path}", self.base))
            .await
            .expect("navigation");
    }

    /// Runs axe-core on the current page and returns its serious and critical violations, described.
    pub async fn serious_violations(&self) -> Vec<String> {
        self.client
            .execute(AXE, vec![])
            .await
            .expect("axe injected");
        let result = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, { resultTypes: ['violations'] })
                    .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }))))
                    .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]));",
                vec![],
            )
            .await
            .expect("axe ran");
        result
            .as_array()
            .cloned()
            .unwrap_or_default()
            .into_iter()
            .filter(|v| matches!(v["impact"].as_str(), Some("serious" | "critical")))
            .map(|v| {
                format!(
                    "{} ({}): {} — {}",
                    v["id"], v["impact"], v["help"], v["nodes"]
                )
            })
            .collect()
    }

    /// Presses Tab through the page and returns the visible focusable controls never reached (the content of a
    /// closed `<details>` is rendered but hidden, `checkVisibility` leaves it out; Tab enters a group of radio
    /// buttons once, on its checked button, and arrows move inside it: a group counts as one control).
    pub async fn unreachable_by_keyboard(&self) -> Vec<String> {
        let count = self
            .client
            .execute(
                "const all = Array.from(document.querySelectorAll(
                     'a[href], button, summary, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex=\"-1\"])'))
                   .filter(e => !e.disabled && e.getClientRects().length > 0
                             && e.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }));
                 const groups = new Map();
                 all.forEach(e => {
                     const key = e.type === 'radio' && e.name ? 'radio:' + (e.form ? e.form.id : '') + e.name : e;
                     if (!groups.has(key)) groups.set(key, groups.size);
                     e.setAttribute('data-ordre-clavier', String(groups.get(key)));
                 });
                 document.activeElement && document.activeElement.blur();
                 window.scrollTo(0, 0);
                 return groups.size;",
                vec![],
            )
            .await
            .expect("controls listed")
            .as_u64()
            .unwrap_or(0);
        let mut reached = std::collections::BTreeSet::new();
        let body = self.client.find(Locator::Css("body")).await.expect("body");
        body.send_keys("").await.ok();
        // Tab is pressed on the keyboard input source, not sent to the focused element: WebDriver reads keys
        // sent to a file input as the path of a file to attach, which would stop the walk there.
        let tab = KeyActions::new("clavier".to_owned())
            .then(KeyAction::Down { value: '\u{E004}' })
            .then(KeyAction::Up { value: '\u{E004}' });
        for _ in 0..(count + 10) {
            self.client
                .perform_actions(tab.clone())
                .await
                .expect("Tab pressed");
            let index = self
                .client
                .execute("return document.activeElement ? document.activeElement.getAttribute('data-ordre-clavier') : null;", vec![])
                .await
                .expect("focus read");
            if let Some(index) = index.as_str().and_then(|i| i.parse::<u64>().ok()) {
                reached.insert(index);
            }
        }
        let missing: Vec<u64> = (0..count).filter(|i| !reached.contains(i)).collect();
        let mut described = Vec::new();
        for index in missing {
            let text = self
                .client
                .execute(
                    "const e = document.querySelector('[data-ordre-clavier=\"' + arguments[0] + '\"]');
                     return e ? e.outerHTML.slice(0, 160) : '';",
                    vec![json!(index.to_string())],
                )
                .await
                .expect("describe");
            described.push(text.as_str().unwrap_or_default().to_owned());
        }
        described
    }

    /// Opens a page and asserts it shows `expected`, has no serious or critical accessibility violation and
    /// every visible control is reachable with the keyboard.
    pub async fn audit(&self, path: &str, expected: &str) {
        self.open(path).await;
        let text = self
            .client
            .find(Locator::Css("body"))
            .await
            .expect("body")
            .text()
            .await
            .expect("text");
        assert!(
            text.contains(expected),
            "{path} should show « {expected} », it shows: {}",
            text.chars()
                .skip(text.chars().count().saturating_sub(900))
                .collect::<String>()
        );
        let violations = self.serious_violations().await;
        assert!(
            violations.is_empty(),
            "{path}: accessibility violations:\n{}",
            violations.join("\n")
        );
        let missing = self.unreachable_by_keyboard().await;
        assert!(
            missing.is_empty(),
            "{path}: controls unreachable with Tab:\n{}",
            missing.join("\n")
        );
    }

    /// Closes the browser and the driver.
    pub async fn stop(mut self) {
        let _ = self.client.close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn public_pages_are_accessible_and_keyboard_navigable() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    for (path, expected) in PUBLIC_PAGES {
        browser.audit(path, expected).await;
    }
    browser.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_person_signs_up_confirms_and_signs_in_in_a_real_browser() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let client = &browser.client;
    browser.open("/compte/inscription").await;
    client
        .find(Locator::Id("champ-email"))
        .await
        .unwrap()
        .send_keys("navigateur@exemple.fr")
        .await
        .unwrap();
    client
        .find(Locator::Id("champ-nom"))
        .await
        .unwrap()
        .send_keys("Dominique Navigateur")
        .await
        .unwrap();
    client
        .find(Locator::Id("champ-mot_de_passe"))
        .await
        .unwrap()
        .send_keys("une phrase de passe robuste")
        .await
        .unwrap();
    client
        .find(Locator::Id("champ-confirmation"))
        .await
        .unwrap()
        .send_keys("une phrase de passe robuste")
        .await
        .unwrap();
    client
        .find(Locator::Css("form button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser.wait_for_text("Vérifiez votre messagerie").await;

    let mail = socle::mail::latest_to(browser.app.db(), "navigateur@exemple.fr")
        .await
        .unwrap()
        .expect("mail");
    let start = mail.body_text.find("/compte/confirmer").expect("link");
    let link: String = mail.body_text[start..]
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned();
    browser.open(&link).await;
    // Redirected to the sign-in page with a success message.
    browser.audit("/compte/connexion", "Se connecter").await;
    client
        .find(Locator::Id("champ-email"))
        .await
        .unwrap()
        .send_keys("navigateur@exemple.fr")
        .await
        .unwrap();
    client
        .find(Locator::Id("champ-mot_de_passe"))
        .await
        .unwrap()
        .send_keys("une phrase de passe robuste")
        .await
        .unwrap();
    client
        .find(Locator::Css("main form button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser.audit("/compte", "Dominique Navigateur").await;
    browser.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sign_up_form_with_errors_stays_accessible() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    browser.open("/compte/inscription").await;
    browser
        .client
        .find(Locator::Css("form button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser
        .wait_for_text("Le formulaire contient des erreurs")
        .await;
    let violations = browser.serious_violations().await;
    assert!(violations.is_empty(), "{}", violations.join("\n"));
    browser.stop().await;
}

/// Follows the first link whose address starts with `prefix` on the current page and audits the page reached.
async fn audit_first_link(browser: &Browser, prefix: &str, expected: &str) {
    let href = first_link(browser, prefix).await;
    browser.audit(&href, expected).await;
}

/// The address of the first link of the main content that starts with `prefix`.
async fn first_link(browser: &Browser, prefix: &str) -> String {
    first_link_in(browser, "main", prefix).await
}

/// The address of the first link inside `container` (a CSS selector) that starts with `prefix`.
async fn first_link_in(browser: &Browser, container: &str, prefix: &str) -> String {
    let href = browser
        .client
        .execute(
            "const a = Array.from(document.querySelectorAll(arguments[0] + ' a[href]'))
                 .find(a => a.getAttribute('href').startsWith(arguments[1]));
             return a ? a.getAttribute('href') : null;",
            vec![json!(container), json!(prefix)],
        )
        .await
        .expect("links read");
    href.as_str()
        .unwrap_or_else(|| panic!("no link starting with {prefix} in {container}"))
        .to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mines_pages_are_accessible() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    browser.open("/mines").await;
    audit_first_link(&browser, "/mines/titres/", "Historique des démarches").await;
    // The back-office of an instructing administration.
    browser
        .sign_in("instructeur@exemple.fr", false, &[("mines", "super", None)])
        .await;
    browser
        .audit(
            "/mines/instruction",
            "Espace des entreprises et des administrations",
        )
        .await;
    browser.open("/mines/instruction").await;
    let demarche = first_link(&browser, "/mines/instruction/demarches/").await;
    browser.audit(&demarche, "Étapes").await;
    browser.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn incubateur_pages_are_accessible() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    browser.open("/incubateur/startups").await;
    audit_first_link(&browser, "/incubateur/startups/", "Phases").await;
    browser.open("/incubateur/appels").await;
    // Read as the public: the team's page also links to the form of a new call.
    let appel = first_link(&browser, "/incubateur/appels/").await;
    browser.audit(&appel, "Calendrier").await;
    // The incubator team's back-office of the call: instruction, jury, deliberation, data quality.
    // The demo's call is the 2018 one, run by the team of the ministries' incubator (`mtes`).
    browser
        .sign_in(
            "equipe@exemple.fr",
            false,
            &[("incubateur", "admin", Some("mtes"))],
        )
        .await;
    browser
        .audit(&format!("{appel}/candidatures"), "Candidatures")
        .await;
    browser.audit(&format!("{appel}/jury"), "Jury").await;
    browser
        .audit(&format!("{appel}/deliberation"), "Délibération")
        .await;
    browser
        .audit("/incubateur/qualite", "Qualité des données des startups")
        .await;
    browser.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn aides_pages_are_accessible() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    browser.open("/aides").await;
    let aide = first_link(&browser, "/aides/").await;
    browser.audit(&aide, "Caractéristiques").await;
    browser
        .audit(&format!("{aide}/amender"), "Suggérer une modification")
        .await;
    // The back-office of the module's administrators: review, amendments, referentials, a new aid.
    browser
        .sign_in("admin-aides@exemple.fr", false, &[("aides", "admin", None)])
        .await;
    for (path, expected) in [
        ("/aides/gestion", "Espace des porteurs d'aides"),
        ("/aides/gestion/revue", "Aides à relire"),
        ("/aides/gestion/amendements", "Amendements proposés"),
        ("/aides/gestion/referentiels", "Référentiels"),
        ("/aides/gestion/nouvelle", "Nouvelle aide"),
    ] {
        browser.audit(path, expected).await;
    }
    browser.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn secheresse_back_office_pages_are_accessible() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    // A DDT agent of Hérault, where the demo publishes orders.
    browser
        .sign_in(
            "agent34@exemple.fr",
            false,
            &[("secheresse", "agent", Some("34"))],
        )
        .await;
    for (path, expected) in [
        ("/secheresse/gestion", "Gestion des arrêtés sécheresse"),
        ("/secheresse/gestion/qualite", "Qualité des données"),
        ("/secheresse/gestion/arretes-cadre/nouveau", "arrêté cadre"),
        (
            "/secheresse/gestion/arretes-restriction/nouveau",
            "arrêté de restriction",
        ),
    ] {
        browser.audit(path, expected).await;
    }
    browser.open("/secheresse/gestion").await;
    // An order of the list, not the button that drafts a new one.
    let arrete = first_link_in(
        &browser,
        "main table",
        "/secheresse/gestion/arretes-restriction/",
    )
    .await;
    browser.audit(&arrete, "Niveaux par zone").await;
    browser
        .audit(&format!("{arrete}/apercu"), "Aperçu public de l'arrêté")
        .await;
    browser.stop().await;
}
