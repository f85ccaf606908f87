//! Envelope encryption of blobs with AES-256-GCM.
//!
//! Layout of a sealed object: `FBE1` ‖ nonce of the key wrap (12) ‖ wrapped data key (32 + 16 tag) ‖
//! nonce of the data (12) ‖ ciphertext with its tag. Nonces are random: with a fresh data key per object the
//! data nonce is used once by construction, and the wrap nonce is 96 random bits per object.

use aes_gcm::aead::{Aead as _, KeyInit as _};
use aes_gcm::{Aes256Gcm, Key, Nonce};

const MAGIC: &[u8; 4] = b"FBE1";
const NONCE_LEN: usize = 12;
const WRAPPED_LEN: usize = 32 + 16;
const HEADER_LEN: usize = MAGIC.len() + NONCE_LEN + WRAPPED_LEN + NONCE_LEN;

/// A sealed object that cannot be opened.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CryptoError {
    /// Not produced by [`seal`].
    #[error("le fichier chiffré est illisible (format inconnu)")]
    Format,
    /// Wrong key, or the object was altered.
    #[error("le fichier chiffré ne peut pas être déchiffré (clé erronée ou contenu altéré)")]
    Authentication,
}

fn cipher(key: &[u8; 32]) -> Aes256Gcm {
    Aes256Gcm::new(&Key::<Aes256Gcm>::from(*key))
}

/// Encrypts `plain` under a fresh data key wrapped by `master`.
pub fn seal(master: &[u8; 32], plain: &[u8]) -> Result<Vec<u8>, CryptoError> {
    let data_key: [u8; 32] = rand::random();
    let wrap_nonce: [u8; NONCE_LEN] = rand::random();
    let data_nonce: [u8; NONCE_LEN] = rand::random();
    let wrapped = cipher(master)
        .encrypt(&Nonce::from(wrap_nonce), data_key.as_slice())
        .map_err(|_| CryptoError::Authentication)?;
    let body = cipher(&data_key)
        .encrypt(&Nonce::from(data_nonce), plain)
        .map_err(|_| CryptoError::Authentication)?;
    let mut out = Vec::with_capacity(HEADER_LEN + body.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&wrap_nonce);
    out.extend_from_slice(&wrapped);
    out.extend_from_slice(&data_nonce);
    out.extend_from_slice(&body);
    Ok(out)
}

/// Decrypts an object sealed by [`seal`].
pub fn open(master: &[u8; 32], sealed: &[u8]) -> Result<Vec<u8>, CryptoError> {
    if sealed.len() < HEADER_LEN + 16 || &sealed[..4] != MAGIC {
        return Err(CryptoError::Format);
    }
    let (wrap_nonce, rest) = sealed[4..].split_at(NONCE_LEN);
    let (wrapped, rest) = rest.split_at(WRAPPED_LEN);
    let (data_nonce, body) = rest.split_at(NONCE_LEN);
    let nonce = |bytes: &[u8]| -> Result<Nonce<_>, CryptoError> {
        let array: [u8; NONCE_LEN] = bytes.try_into().map_err(|_| CryptoError::Format)?;
        Ok(Nonce::from(array))
    };
    let data_key: [u8; 32] = cipher(master)
        .decrypt(&nonce(wrap_nonce)?, wrapped)
        .map_err(|_| CryptoError::Authentication)?
        .try_into()
        .map_err(|_| CryptoError::Format)?;
    cipher(&data_key)
        .decrypt(&nonce(data_nonce)?, body)
        .map_err(|_| CryptoError::Authentication)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_content_opens_with_its_key_only() {
        let key = [7_u8; 32];
        let sealed = seal(&key, b"bulletin de salaire").unwrap();
        assert!(!sealed.windows(8).any(|w| w == b"bulletin"));
        assert_eq!(open(&key, &sealed).unwrap(), b"bulletin de salaire");
        assert_eq!(open(&[8_u8; 32], &sealed), Err(CryptoError::Authentication));
    }

    #[test]
    fn two_seals_of_the_same_content_differ() {
        let key = [1_u8; 32];
        assert_ne!(
            seal(&key, b"identique").unwrap(),
            seal(&key, b"identique").unwrap()
        );
    }

    #[test]
    fn an_altered_byte_is_detected() {
        let key = [3_u8; 32];
        let mut sealed = seal(&key, b"avis d'imposition").unwrap();
        let last = sealed.len() - 1;
        sealed[last] ^= 1;
        assert_eq!(open(&key, &sealed), Err(CryptoError::Authentication));
        assert_eq!(
            open(&key, b"not sealed at all, plainly"),
            Err(CryptoError::Format)
        );
    }
}
