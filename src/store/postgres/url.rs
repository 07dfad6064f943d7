//! PostgreSQL URLs as stint shows and uses them: the password hidden in every form a URL can
//! carry it, and a stray `@` in a password made to mean what the user meant.

/// The URL without its password, for messages and token-file keys. The password may sit in the
/// user-info (`user:pw@host`, percent-encoded or not, possibly with unencoded `@`s, so the
/// user-info ends at the last `@` before the query) or in a `password=` parameter. The driver's
/// own reading (user-info up to the first `@` anywhere) is hidden too, so whatever the driver
/// takes for the password never shows.
pub fn redact(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else { return url.to_owned() };
    let bytes = rest.as_bytes();
    // What to leave out of the shown text: `Drop` for the user-info's `:password`, `Star` for
    // a parameter's value.
    let mut mask = vec![Mask::Keep; bytes.len()];
    let query = rest.find('?').unwrap_or(rest.len());
    let userinfo_end = rest[..query].rfind('@').or_else(|| rest.find('@'));
    if let Some(end) = userinfo_end
        && let Some(colon) = rest[..end].find(':')
    {
        mask[colon..end].fill(Mask::Drop);
    }
    // Every `?key=` or `&key=` anywhere: a `?` or `&` inside a password must not hide one.
    for (i, _) in rest.match_indices(['?', '&']) {
        let Some(eq) = rest[i + 1..].find('=').map(|e| i + 1 + e) else { continue };
        let key = &rest[i + 1..eq];
        if key.contains(['&', '?']) || !percent_decode(key).eq_ignore_ascii_case("password") {
            continue;
        }
        let value_end = rest[eq + 1..].find('&').map_or(rest.len(), |e| eq + 1 + e);
        for m in &mut mask[eq + 1..value_end] {
            if *m == Mask::Keep {
                *m = Mask::Star;
            }
        }
    }
    let mut shown = format!("{scheme}://");
    let mut i = 0;
    while i < bytes.len() {
        let run = mask[i];
        let start = i;
        while i < bytes.len() && mask[i] == run {
            i += 1;
        }
        match run {
            Mask::Keep => shown.push_str(&String::from_utf8_lossy(&bytes[start..i])),
            Mask::Star => shown.push_str("***"),
            Mask::Drop => {}
        }
    }
    shown
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mask {
    Keep,
    Drop,
    Star,
}

/// The URL as the driver should read it: `@`s inside the user-info (before the last `@` of the
/// authority) percent-encoded, since the driver ends the user-info at the first `@` and would
/// take the rest of the password for the host.
pub fn normalise(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else { return url.to_owned() };
    let authority = &rest[..rest.find(['/', '?']).unwrap_or(rest.len())];
    match authority.rfind('@') {
        Some(end) if authority[..end].contains('@') => {
            format!("{scheme}://{}{}", authority[..end].replace('@', "%40"), &rest[end..])
        }
        _ => url.to_owned(),
    }
}

/// `%XX` sequences decoded, as the driver decodes parameter names; anything malformed is kept.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn hides(url: &str, secret: &str, shown: &str) {
        let redacted = redact(url);
        assert_eq!(redacted, shown, "{url}");
        for piece in [secret, &secret[..secret.len() / 2], &secret[secret.len() / 2..]] {
            assert!(!redacted.contains(piece), "{url} shows {piece:?}: {redacted}");
        }
    }

    #[test]
    fn the_user_info_password_is_hidden_in_every_form() {
        hides("postgres://admin:S3cretPW@db.example/stint", "S3cretPW", "postgres://admin@db.example/stint");
        hides(
            "postgresql://admin:S3c%40ret@db.example:5432/x",
            "S3c%40ret",
            "postgresql://admin@db.example:5432/x",
        );
        hides("postgres://admin:pa@ss@word@db.example/x", "pa@ss@word", "postgres://admin@db.example/x");
        hides("postgres://admin:pQ/wZ9@db.example/x", "pQ/wZ9", "postgres://admin@db.example/x");
        hides("postgres://admin:pQ?wZ9@db.example/x", "pQ?wZ9", "postgres://admin@db.example/x");
        hides(
            "postgres://admin:Pw0rd@db.example/x?sslmode=require",
            "Pw0rd",
            "postgres://admin@db.example/x?sslmode=require",
        );
    }

    #[test]
    fn a_password_parameter_is_hidden_in_every_form() {
        hides(
            "postgresql:///stint?host=/run/pg&password=S3cretPW&user=admin",
            "S3cretPW",
            "postgresql:///stint?host=/run/pg&password=***&user=admin",
        );
        hides(
            "postgres://db.example/x?password=S3cretPW",
            "S3cretPW",
            "postgres://db.example/x?password=***",
        );
        hides(
            "postgres://db.example/x?PASSWORD=S3cretPW",
            "S3cretPW",
            "postgres://db.example/x?PASSWORD=***",
        );
        hides(
            "postgres://db.example/x?%70assword=S3cretPW",
            "S3cretPW",
            "postgres://db.example/x?%70assword=***",
        );
        hides(
            "postgres://db.example/x?password=S3c%40retPW",
            "S3c%40retPW",
            "postgres://db.example/x?password=***",
        );
        hides(
            "postgres://db.example/x?password=pa@ss@word",
            "pa@ss@word",
            "postgres://db.example/x?password=***",
        );
        hides(
            "postgres://db.example/x?options=a:b&password=pa@ssw0rd",
            "pa@ssw0rd",
            "postgres://db.example/x?options=a***",
        );
        hides(
            "postgres://u:FirstPW@db.example/x?password=SecondPW",
            "SecondPW",
            "postgres://u@db.example/x?password=***",
        );
    }

    #[test]
    fn urls_without_a_password_are_shown_whole() {
        for url in [
            "postgresql:///stint?host=/run/pg&user=admin",
            "postgres://admin@db.example/stint?sslmode=require",
            "postgres://db.example:5432/stint",
            "postgres://db.example/x?passwords=not-one",
        ] {
            assert_eq!(redact(url), url);
        }
    }

    #[test]
    fn a_stray_at_in_a_password_is_encoded_for_the_driver() {
        assert_eq!(normalise("postgres://u:pa@ss@db.example/x"), "postgres://u:pa%40ss@db.example/x");
        assert_eq!(normalise("postgres://u:pw@db.example/my@db"), "postgres://u:pw@db.example/my@db");
        assert_eq!(normalise("postgresql:///x?host=/tmp&user=a@b"), "postgresql:///x?host=/tmp&user=a@b");
        let config: postgres::Config = normalise("postgres://u:pa@ss@db.example/x").parse().expect("parses");
        assert_eq!(config.get_password(), Some(&b"pa@ss"[..]));
        assert!(matches!(config.get_hosts(), [postgres::config::Host::Tcp(h)] if h == "db.example"));
    }
}
