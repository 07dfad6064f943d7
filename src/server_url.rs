//! The address of a `stint serve`: parsed, checked and normalised once, so a token is keyed by
//! (and only ever sent to) one spelling of one server.

use std::fmt;
use std::net::{IpAddr, Ipv6Addr};

use crate::error::{Error, Result};
use crate::text::escape_for_terminal;

/// Longest server URL accepted; anything longer is a mistake.
const MAX_URL_LEN: usize = 2048;

/// A normalised server URL: lower-case scheme and host, an explicit port, an optional path
/// prefix without a trailing slash, and no user info, query or fragment.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ServerUrl {
    tls: bool,
    /// As written in a URL: a name, an IPv4 address, or an IPv6 address in brackets.
    host: String,
    port: u16,
    /// Empty, or `/prefix` (a server behind a proxy at a sub-path).
    path: String,
}

impl ServerUrl {
    /// Reads `--server`/`STINT_SERVER`. Plain `http://` is refused unless the host is this
    /// machine: anything else would send passwords and tokens in the clear.
    pub fn parse(text: &str) -> Result<Self> {
        // A URL with an `@` may carry a password: such a URL is never echoed.
        let shown = || {
            if text.contains('@') { "the server URL".to_owned() } else { escape_for_terminal(text) }
        };
        let bad = |why: &str| {
            Error::invalid(format!(
                "{} is not a server URL ({why}); use e.g. https://desk.example:8443",
                shown()
            ))
        };
        if text.len() > MAX_URL_LEN {
            return Err(Error::invalid("the server URL is too long"));
        }
        let trimmed = text.trim();
        let (scheme, rest) = trimmed.split_once("://").ok_or_else(|| bad("no https://"))?;
        let tls = match scheme.to_ascii_lowercase().as_str() {
            "https" => true,
            "http" => false,
            _ => return Err(bad("the scheme must be https")),
        };
        let (authority, path) = match rest.find(['/', '?', '#']) {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, ""),
        };
        if authority.contains('@') {
            return Err(bad("user names and passwords do not belong in it"));
        }
        if path.contains(['?', '#']) {
            return Err(bad("a query or fragment does not belong in it"));
        }
        let path = path.trim_end_matches('/');
        if !path.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '_' | '.' | '~')) {
            return Err(bad("its path may hold only letters, digits, '/', '-', '_', '.' and '~'"));
        }
        let (host, port) = split_host_port(authority).ok_or_else(|| bad("no host, or a malformed port"))?;
        let host = host.to_ascii_lowercase();
        if !valid_host(&host) {
            return Err(bad("malformed host"));
        }
        let port = port.unwrap_or(if tls { 443 } else { 80 });
        let url = Self { tls, host, port, path: path.to_owned() };
        if !tls && !url.is_loopback() {
            return Err(Error::invalid(format!(
                "{} is plain http to another machine; use https:// (plain http is allowed only to \
                 localhost, 127.0.0.1 or [::1])",
                shown()
            )));
        }
        Ok(url)
    }

    /// Whether the host is this machine: `localhost`, 127.0.0.0/8 or `::1`.
    pub fn is_loopback(&self) -> bool {
        if self.host == "localhost" {
            return true;
        }
        let bare = self.host.trim_start_matches('[').trim_end_matches(']');
        bare.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
    }

    pub fn is_tls(&self) -> bool {
        self.tls
    }

    /// The URL of an API route, e.g. `endpoint("v1/timer/start")`.
    pub fn endpoint(&self, route: &str) -> String {
        format!("{self}/{route}")
    }
}

/// Splits `host[:port]` or `[v6][:port]`; `None` when malformed.
fn split_host_port(authority: &str) -> Option<(&str, Option<u16>)> {
    let (host, port) = if authority.starts_with('[') {
        let end = authority.find(']')?;
        let (host, rest) = authority.split_at(end + 1);
        match rest {
            "" => (host, None),
            _ => (host, Some(rest.strip_prefix(':')?)),
        }
    } else {
        match authority.rsplit_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        }
    };
    let port = match port {
        None => None,
        Some(digits) if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) => {
            Some(digits.parse::<u16>().ok().filter(|&p| p != 0)?)
        }
        Some(_) => return None,
    };
    (!host.is_empty()).then_some((host, port))
}

fn valid_host(host: &str) -> bool {
    if let Some(inner) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        return inner.parse::<Ipv6Addr>().is_ok();
    }
    host.len() <= 253
        && host.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        })
}

impl fmt::Display for ServerUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let scheme = if self.tls { "https" } else { "http" };
        write!(f, "{scheme}://{}:{}{}", self.host, self.port, self.path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn normal(text: &str) -> String {
        ServerUrl::parse(text).map(|u| u.to_string()).unwrap_or_else(|e| format!("error: {e}"))
    }

    #[test]
    fn urls_are_normalised_to_one_spelling() {
        assert_eq!(normal("https://Desk.Example:8443/"), "https://desk.example:8443");
        assert_eq!(normal("HTTPS://desk.example"), "https://desk.example:443");
        assert_eq!(normal("https://desk.example/stint/"), "https://desk.example:443/stint");
        assert_eq!(normal("http://127.0.0.1:9000"), "http://127.0.0.1:9000");
        assert_eq!(normal("http://[::1]:9000"), "http://[::1]:9000");
        assert_eq!(normal("http://LOCALHOST"), "http://localhost:80");
    }

    #[test]
    fn plain_http_is_refused_off_this_machine() {
        for url in ["http://desk.example", "http://10.0.0.1:8443", "http://[2001:db8::1]"] {
            let error = ServerUrl::parse(url).expect_err(url);
            assert!(error.message().contains("plain http"), "{url}: {error}");
        }
    }

    #[test]
    fn malformed_urls_are_refused() {
        for url in [
            "desk.example",
            "ftp://desk.example",
            "https://",
            "https://alice:secret@desk.example",
            "https://desk.example:0",
            "https://desk.example:99999",
            "https://desk.example:port",
            "https://desk.example/?q=1",
            "https://desk.example/#top",
            "https://[::1",
            "https://-bad-.example",
            "https://desk example",
        ] {
            assert!(ServerUrl::parse(url).is_err(), "{url} was accepted");
        }
        let error = ServerUrl::parse("https://alice:secret@desk.example").expect_err("user info");
        assert!(error.message().contains("passwords do not belong"));
        for url in ["https://alice:secret@desk.example", "https//alice:secret@desk.example"] {
            let error = ServerUrl::parse(url).expect_err(url);
            assert!(!error.message().contains("secret"), "{error}");
        }
    }
}
