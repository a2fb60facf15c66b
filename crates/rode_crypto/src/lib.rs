//! rode_crypto: the algorithms behind `node:crypto`, as plain functions over bytes.
//! OpenSSL is what Node uses, so digests, ciphers and KDFs behave identically; the
//! `vendored` build means nothing has to be installed on the machine.

use openssl::hash::MessageDigest;

/// Looks a digest up by Node's names ('sha256', 'SHA512', 'sha512-256', 'md5', ...).
pub fn digest_by_name(name: &str) -> Option<MessageDigest> {
    MessageDigest::from_name(&name.to_ascii_lowercase())
}

/// PBKDF2-HMAC (crypto.pbkdf2 / pbkdf2Sync). `None` when the digest is unknown.
pub fn pbkdf2(
    password: &[u8],
    salt: &[u8],
    iterations: usize,
    keylen: usize,
    digest: &str,
) -> Option<Result<Vec<u8>, String>> {
    let md = digest_by_name(digest)?;
    let mut out = vec![0u8; keylen];
    Some(
        openssl::pkcs5::pbkdf2_hmac(password, salt, iterations, md, &mut out)
            .map(|_| out)
            .map_err(|e| e.to_string()),
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn pbkdf2_matches_known_vector() {
        // RFC 6070 test vector 1 (SHA-1).
        let k = super::pbkdf2(b"password", b"salt", 1, 20, "sha1")
            .unwrap()
            .unwrap();
        let hex: String = k.iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(hex, "0c60c80f961f0e71f3a9b524af6012062fe037a6");
    }
}
