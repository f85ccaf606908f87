//! Accounts, sessions, roles and API tokens.
//!
//! - Passwords are hashed with argon2id (default parameters of the argon2 crate, OWASP's minimum).
//! - Confirmation and reset tokens, API tokens and session ids are random 256-bit values of which only the
//!   SHA-256 is stored: a copy of the database opens nothing.
//! - Roles are scoped to a module and optionally to an organisation; the platform administrator is a flag.
//! - Sign-in is throttled per account and per IP from the `login_attempts` table, so the limit holds across
//!   every process.

pub mod middleware;
pub mod session_store;
pub mod store;
pub mod web;

use serde::{Deserialize, Serialize};

pub use middleware::{AdminUser, CurrentUser, MaybeUser};

/// A role a module grants.
#[derive(Debug, Clone, Copy)]
pub struct RoleDef {
    /// Module id.
    pub module: &'static str,
    /// Role id (`instructeur`, `jure`…).
    pub role: &'static str,
    /// French label.
    pub label: &'static str,
    /// Whether the role is given for one organisation (a département, a carrier…) rather than the module.
    pub scoped: bool,
}

/// One role held by a user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleGrant {
    /// Module id.
    pub module: String,
    /// Role id.
    pub role: String,
    /// Organisation the role is limited to; `None` for the whole module.
    pub organisation: Option<String>,
}

/// Smallest accepted password length (ANSSI and CNIL recommend at least 12 characters without other rules).
pub const MIN_PASSWORD_LEN: usize = 12;

/// Hashes a password with argon2id and a random salt, as a PHC string.
pub fn hash_password(password: &str) -> anyhow::Result<String> {
    use argon2::password_hash::PasswordHasher as _;
    argon2::Argon2::default()
        .hash_password(password.as_bytes())
        .map(|hash| hash.to_string())
        .map_err(|error| anyhow::anyhow!("hachage du mot de passe impossible : {error}"))
}

/// Checks a password against a PHC string; false on any mismatch or malformed hash.
pub fn verify_password(password: &str, phc: &str) -> bool {
    use argon2::password_hash::PasswordVerifier as _;
    match argon2::password_hash::phc::PasswordHash::new(phc) {
        Ok(parsed) => argon2::Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    }
}

/// Checks a new password; the message is French and fit for the form.
pub fn check_new_password(password: &str, email: &str) -> Result<(), String> {
    if password.chars().count() < MIN_PASSWORD_LEN {
        return Err(format!(
            "le mot de passe doit compter au moins {MIN_PASSWORD_LEN} caractères"
        ));
    }
    if password.chars().count() > 256 {
        return Err("le mot de passe ne doit pas dépasser 256 caractères".to_owned());
    }
    let local = email.split('@').next().unwrap_or_default().to_lowercase();
    if !local.is_empty() && password.to_lowercase().contains(&local) {
        return Err("le mot de passe ne doit pas contenir votre adresse électronique".to_owned());
    }
    Ok(())
}

/// Normalises and checks an e-mail address (trimmed, lower-cased, one `@`, a dot in the domain).
pub fn normalize_email(email: &str) -> Result<String, String> {
    let email = email.trim().to_lowercase();
    let valid = email.len() <= 254
        && email.split('@').count() == 2
        && email.split('@').all(|part| !part.is_empty())
        && email
            .rsplit('@')
            .next()
            .is_some_and(|domain| domain.contains('.') && !domain.ends_with('.'))
        && !email
            .chars()
            .any(|c| c.is_whitespace() || c == '<' || c == '>' || c == ',');
    if valid {
        Ok(email)
    } else {
        Err("saisissez une adresse électronique valide, par exemple nom@exemple.fr".to_owned())
    }
}

/// A random token for a URL or a header (43 characters of base64url, 256 bits).
pub fn random_token() -> String {
    use base64::Engine as _;
    let bytes: [u8; 32] = rand::random();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// SHA-256 of a token, in hex: what the database keeps.
pub fn token_hash(token: &str) -> String {
    use sha2::Digest as _;
    hex::encode(sha2::Sha256::digest(token.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_verifies_against_its_own_hash_only() {
        let hash = hash_password("correct horse battery staple").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery staple", &hash));
        assert!(!verify_password("correct horse battery stapler", &hash));
        assert!(!verify_password("anything", "not a phc string"));
    }

    #[test]
    fn two_hashes_of_one_password_differ_by_their_salt() {
        assert_ne!(
            hash_password("mot de passe long").unwrap(),
            hash_password("mot de passe long").unwrap()
        );
    }

    #[test]
    fn short_passwords_and_passwords_containing_the_email_are_refused() {
        assert!(check_new_password("court", "agent@exemple.fr").is_err());
        assert!(check_new_password("agent-2026-secret", "agent@exemple.fr").is_err());
        assert!(check_new_password("une phrase de passe solide", "agent@exemple.fr").is_ok());
    }

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(
            normalize_email("  Agent@Exemple.FR ").unwrap(),
            "agent@exemple.fr"
        );
        for bad in [
            "",
            "agent",
            "agent@",
            "@exemple.fr",
            "a@b",
            "a b@exemple.fr",
            "a@b@c.fr",
        ] {
            assert!(normalize_email(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn tokens_are_random_and_only_their_hash_is_kept() {
        let (a, b) = (random_token(), random_token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert_eq!(token_hash(&a).len(), 64);
        assert_ne!(token_hash(&a), a);
    }
}
