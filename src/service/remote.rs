//! The client side of team mode: each operation is one HTTPS call to a `stint serve`, and the
//! reply or error comes back as the core's own value, so output and exit codes match local mode.

use std::io::{BufRead, Read};
use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;
use serde::de::DeserializeOwned;
use ureq::http;

use super::session::{IMPORT_PATH, ImportRequest};
use super::wire::{self, ErrorBody};
use super::{Mode, Op, Reply};
use crate::auth::Credential;
use crate::error::{Error, Result};
use crate::server_url::ServerUrl;
use crate::work::ImportSummary;
use crate::zone::ZoneSpec;

/// How long connecting may take before the server counts as unreachable.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a reply may take beyond the busy timeout the server waits for locks.
const REPLY_MARGIN: Duration = Duration::from_secs(120);

/// What the client needs besides the server's address and a credential.
#[derive(Debug, Clone, Default)]
pub struct RemoteOptions {
    /// PEM certificates of a private CA to trust besides the system's roots.
    pub extra_roots_pem: Option<Vec<u8>>,
    /// `stint/<version>`, shown in the server's list of login sessions.
    pub user_agent: String,
    /// How long the server may wait for a busy database (`STINT_BUSY_TIMEOUT_MS`).
    pub busy_timeout: Duration,
    /// A pinned clock for tests (debug builds only; a release server ignores it).
    pub test_now: Option<String>,
}

/// One server, one credential, one zone: the remote half of [`super::Service`].
pub struct RemoteService {
    agent: ureq::Agent,
    /// The agent that also trusts the system's roots, made on first need.
    widened: std::cell::OnceCell<ureq::Agent>,
    /// The private CA's certificates; while any are given, `agent` trusts only them.
    private_roots: Vec<ureq::tls::Certificate<'static>>,
    url: ServerUrl,
    credential: Result<Credential>,
    zone_header: String,
    options: RemoteOptions,
}

impl RemoteService {
    pub fn new(
        url: ServerUrl,
        credential: Result<Credential>,
        zone: &ZoneSpec,
        options: RemoteOptions,
    ) -> Result<Self> {
        let private_roots = private_roots(&options)?;
        // With a private CA, the system's roots are read only if the server's certificate does
        // not chain to it: reading them costs more than the rest of a command.
        let roots = if url.is_tls() && private_roots.is_empty() {
            system_roots(&url)?
        } else {
            private_roots.clone()
        };
        let agent = build_agent(&options, roots);
        Ok(Self {
            agent,
            widened: std::cell::OnceCell::new(),
            private_roots,
            url,
            credential,
            zone_header: zone.to_header(),
            options,
        })
    }

    /// Runs `attempt` with the agent; a certificate the private CA does not vouch for is tried
    /// once more against the system's roots as well. A refused handshake sent nothing, so the
    /// second attempt cannot apply anything twice.
    fn with_agent<T>(
        &self,
        mut attempt: impl FnMut(&ureq::Agent) -> std::result::Result<T, ureq::Error>,
    ) -> std::result::Result<T, ureq::Error> {
        match attempt(&self.agent) {
            Err(e) if !self.private_roots.is_empty() && matches!(classify(&e), Failure::Untrusted) => {
                let widened = self.widened.get_or_init(|| {
                    let mut roots = self.private_roots.clone();
                    roots.extend(load_system_roots());
                    build_agent(&self.options, roots)
                });
                attempt(widened)
            }
            other => other,
        }
    }

    pub fn set_credential(&mut self, credential: Credential) {
        self.credential = Ok(credential);
    }

    pub fn url(&self) -> &ServerUrl {
        &self.url
    }

    /// Runs one operation on the server as the credential's holder.
    pub fn call<O: Op>(&mut self, request: O::Req) -> Result<Reply<O::Resp>> {
        let body = encode(&request)?;
        // A read may be sent again as it is; a write carries a key the server remembers, so
        // sending it again cannot apply it twice. A dry run is neither: it is never resent.
        let key = (O::MODE == Mode::Write).then(|| uuid::Uuid::new_v4().to_string());
        let retry_safe = O::MODE != Mode::DryRun;
        let mut response = self.post(O::PATH, body, true, retry_safe, key.as_deref())?;
        decode(&self.url, &mut response)
    }

    /// Runs a request that needs no login session (`auth/login`).
    pub fn call_unauthenticated<Req: Serialize, Resp: DeserializeOwned>(
        &mut self,
        path: &str,
        request: &Req,
    ) -> Result<Resp> {
        let body = encode(request)?;
        let mut response = self.post(path, body, false, false, None)?;
        decode(&self.url, &mut response)
    }

    /// Checks that the address answers as a stint server of this API version.
    pub fn check_version(&mut self) -> Result<()> {
        let url = self.url.endpoint("v1/version");
        let mut response = self
            .with_agent(|agent| agent.get(&url).call())
            .map_err(|e| transport_error(&self.url, &e, false))?;
        check_api_version(&self.url, &response)?;
        if response.status() != http::StatusCode::OK {
            return Err(unexpected_status(&self.url, response.status()));
        }
        let _ = response.body_mut().with_config().limit(4096).read_to_vec();
        Ok(())
    }

    /// A streamed read (`session/list`, `session/summary`): each item line of the server's
    /// NDJSON stream goes to `each` as it arrives; the stream must end with its end line, or
    /// the listing was cut off.
    pub fn stream<Req: Serialize, Item: DeserializeOwned>(
        &mut self,
        path: &str,
        request: &Req,
        each: &mut dyn FnMut(Item) -> Result<()>,
    ) -> Result<Reply<()>> {
        let mut response = self.post(path, encode(request)?, true, true, None)?;
        if response.status() != http::StatusCode::OK {
            return decode(&self.url, &mut response);
        }
        check_api_version(&self.url, &response)?;
        let cut_off =
            |url: &ServerUrl| Error::internal(format!("the listing from {url} was cut off; run it again"));
        let mut reader = std::io::BufReader::with_capacity(1 << 16, response.body_mut().as_reader());
        let mut line = Vec::new();
        loop {
            line.clear();
            let read = (&mut reader)
                .take(wire::MAX_LINE_BYTES)
                .read_until(b'\n', &mut line)
                .map_err(|_| cut_off(&self.url))?;
            if read == 0 || line.last() != Some(&b'\n') {
                return Err(cut_off(&self.url));
            }
            if line.starts_with(b"{\"end\":") {
                let end: wire::StreamEnd = serde_json::from_slice(&line).map_err(|_| cut_off(&self.url))?;
                return Ok(Reply { value: (), warning: end.end.warning });
            }
            if line.starts_with(b"{\"error\":") {
                let body: ErrorBody = serde_json::from_slice(&line).map_err(|_| cut_off(&self.url))?;
                return Err(body.into_error());
            }
            let item: Item = serde_json::from_slice(&line).map_err(|e| {
                Error::internal(format!("the server at {} sent a row this stint cannot read: {e}", self.url))
            })?;
            each(item)?;
        }
    }

    /// `session import`: streams `input` to the server as the request body; the server reads
    /// and checks it in one transaction, all or nothing.
    pub fn import(
        &mut self,
        request: &ImportRequest,
        input: Box<dyn Read + Send>,
    ) -> Result<Reply<ImportSummary>> {
        let query = serde_urlencoded::to_string(request)
            .map_err(|e| Error::internal(format!("cannot encode the import options: {e}")))?;
        let credential = self.credential.clone()?;
        let mut input = input;
        let endpoint = format!("{}?{query}", self.url.endpoint(&format!("v1/{IMPORT_PATH}")));
        let headers = self.headers(Some(&credential));
        // An import is never resent once its body is on its way (it was read once, and the
        // server keeps it all or nothing); only a refused handshake is tried again.
        let mut response = self
            .with_agent(|agent| {
                let mut builder = agent.post(&endpoint).header("content-type", "application/octet-stream");
                for (name, value) in &headers {
                    builder = builder.header(*name, value);
                }
                builder.send(ureq::SendBody::from_reader(&mut input))
            })
            .map_err(|e| transport_error(&self.url, &e, true))?;
        decode(&self.url, &mut response)
    }

    /// The headers every API request carries.
    fn headers(&self, credential: Option<&Credential>) -> Vec<(&'static str, String)> {
        let mut headers = vec![
            (wire::API_VERSION_HEADER, wire::API_VERSION.to_owned()),
            (wire::ZONE_HEADER, self.zone_header.clone()),
            (wire::BUSY_TIMEOUT_HEADER, self.options.busy_timeout.as_millis().to_string()),
        ];
        if let Some(credential) = credential {
            headers.push(("authorization", format!("Bearer {}", credential.token.expose())));
            if let Some(client_id) = credential.client_id {
                headers.push((wire::CLIENT_ID_HEADER, client_id.to_string()));
            }
        }
        if let Some(now) = &self.options.test_now {
            headers.push((wire::TEST_NOW_HEADER, now.clone()));
        }
        headers
    }

    fn post(
        &self,
        path: &str,
        body: Vec<u8>,
        authenticated: bool,
        retry_safe: bool,
        idempotency_key: Option<&str>,
    ) -> Result<http::Response<ureq::Body>> {
        let credential = if authenticated { Some(self.credential.clone()?) } else { None };
        let send = || {
            self.with_agent(|agent| {
                let mut request = agent
                    .post(self.url.endpoint(&format!("v1/{path}")))
                    .header("content-type", "application/json");
                for (name, value) in self.headers(credential.as_ref()) {
                    request = request.header(name, value);
                }
                if let Some(key) = idempotency_key {
                    request = request.header(wire::IDEMPOTENCY_KEY_HEADER, key);
                }
                request.send(&body[..])
            })
        };
        match send() {
            Ok(response) => Ok(response),
            Err(e) if retry_safe && reply_was_lost(&e) => {
                send().map_err(|e| transport_error(&self.url, &e, false))
            }
            Err(e) => Err(transport_error(&self.url, &e, !retry_safe || idempotency_key.is_some())),
        }
    }
}

fn encode<T: Serialize>(value: &T) -> Result<Vec<u8>> {
    serde_json::to_vec(value).map_err(|e| Error::internal(format!("cannot encode the request: {e}")))
}

/// The agent every request goes through, trusting `roots`.
fn build_agent(options: &RemoteOptions, roots: Vec<ureq::tls::Certificate<'static>>) -> ureq::Agent {
    let tls = ureq::tls::TlsConfig::builder()
        .provider(ureq::tls::TlsProvider::Rustls)
        .root_certs(ureq::tls::RootCerts::Specific(Arc::new(roots)))
        .unversioned_rustls_crypto_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .build();
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .tls_config(tls)
        .timeout_connect(Some(CONNECT_TIMEOUT))
        .timeout_recv_response(Some(options.busy_timeout + REPLY_MARGIN))
        .timeout_recv_body(Some(REPLY_MARGIN))
        .timeout_send_body(Some(REPLY_MARGIN))
        .user_agent(options.user_agent.as_str())
        .build()
        .new_agent()
}

/// The certificates of the private CA file, if one is given (none otherwise).
fn private_roots(options: &RemoteOptions) -> Result<Vec<ureq::tls::Certificate<'static>>> {
    let Some(pem) = &options.extra_roots_pem else { return Ok(Vec::new()) };
    let mut roots = Vec::new();
    for item in ureq::tls::parse_pem(pem) {
        match item {
            Ok(ureq::tls::PemItem::Certificate(cert)) => roots.push(cert),
            Ok(_) => {}
            Err(e) => return Err(Error::unusable(format!("the CA file is not valid PEM: {e}"))),
        }
    }
    if roots.is_empty() {
        return Err(Error::unusable("the CA file holds no certificate"));
    }
    Ok(roots)
}

/// The system's trusted roots, as the platform lists them.
fn load_system_roots() -> Vec<ureq::tls::Certificate<'static>> {
    rustls_native_certs::load_native_certs()
        .certs
        .iter()
        .map(|cert| ureq::tls::Certificate::from_der(cert.as_ref()).to_owned())
        .collect()
}

/// The system's roots for an `https://` server with no private CA: without any, the server
/// is unusable, never unchecked.
fn system_roots(url: &ServerUrl) -> Result<Vec<ureq::tls::Certificate<'static>>> {
    let roots = load_system_roots();
    if roots.is_empty() {
        return Err(Error::unusable(format!(
            "no trusted root certificates found to check {url}; give its CA with --ca-file"
        )));
    }
    Ok(roots)
}

/// Whether the request may have reached the server (so a write may have taken effect).
fn reply_was_lost(error: &ureq::Error) -> bool {
    !matches!(classify(error), Failure::Unreachable | Failure::Untrusted)
}

enum Failure {
    /// Nothing was sent: safe to retry.
    Unreachable,
    /// The server's certificate failed verification.
    Untrusted,
    /// Sent, but no reply came back.
    Lost,
}

fn classify(error: &ureq::Error) -> Failure {
    use ureq::Error as E;
    match error {
        E::HostNotFound
        | E::ConnectionFailed
        | E::Timeout(ureq::Timeout::Connect | ureq::Timeout::Resolve) => Failure::Unreachable,
        E::Rustls(_) | E::Tls(_) | E::Pem(_) => Failure::Untrusted,
        E::Io(io) => {
            let is_tls = io.get_ref().is_some_and(|inner| inner.downcast_ref::<rustls::Error>().is_some());
            if is_tls {
                Failure::Untrusted
            } else if matches!(
                io.kind(),
                std::io::ErrorKind::ConnectionRefused
                    | std::io::ErrorKind::HostUnreachable
                    | std::io::ErrorKind::NetworkUnreachable
                    | std::io::ErrorKind::AddrNotAvailable
            ) {
                Failure::Unreachable
            } else {
                Failure::Lost
            }
        }
        _ => Failure::Lost,
    }
}

fn transport_error(url: &ServerUrl, error: &ureq::Error, write: bool) -> Error {
    match classify(error) {
        Failure::Unreachable => Error::busy(format!(
            "cannot reach the server at {url} ({error}); nothing was sent, so it is safe to retry"
        )),
        Failure::Untrusted => Error::unusable(format!(
            "the server at {url} failed the TLS check ({error}); if it uses a private CA, give the \
             CA's certificate with --ca-file or STINT_SERVER_CA"
        )),
        Failure::Lost if write => Error::internal(format!(
            "the connection to {url} was lost before its reply ({error}); the change may have taken \
             effect, so check before running the command again"
        )),
        Failure::Lost => Error::busy(format!("the connection to {url} was lost ({error}); try again")),
    }
}

fn check_api_version(url: &ServerUrl, response: &http::Response<ureq::Body>) -> Result<()> {
    let version = response.headers().get(wire::API_VERSION_HEADER).and_then(|v| v.to_str().ok());
    match version {
        Some(wire::API_VERSION) => Ok(()),
        Some(other) => Err(Error::unusable(format!(
            "the server at {url} speaks API version {} and this stint speaks {}; use a matching stint",
            crate::text::escape_for_terminal(other),
            wire::API_VERSION
        ))),
        None => Err(Error::unusable(format!(
            "{url} did not answer as a stint server (HTTP {}); check the URL",
            response.status().as_u16()
        ))),
    }
}

fn unexpected_status(url: &ServerUrl, status: http::StatusCode) -> Error {
    Error::internal(format!("unexpected HTTP {} from the server at {url}", status.as_u16()))
}

/// Reads a reply: the value on success, the core error the server sent otherwise.
fn decode<T: DeserializeOwned>(url: &ServerUrl, response: &mut http::Response<ureq::Body>) -> Result<T> {
    let status = response.status();
    let from_proxy = response.headers().get(wire::API_VERSION_HEADER).is_none();
    if from_proxy && matches!(status.as_u16(), 502..=504) {
        return Err(Error::busy(format!(
            "the server at {url} is unavailable (HTTP {}); try again",
            status.as_u16()
        )));
    }
    check_api_version(url, response)?;
    let bytes = read_body(url, response)?;
    if status == http::StatusCode::OK {
        return serde_json::from_slice(&bytes).map_err(|e| {
            Error::internal(format!("the server at {url} sent a reply this stint cannot read: {e}"))
        });
    }
    match serde_json::from_slice::<ErrorBody>(&bytes) {
        Ok(body) => Err(body.into_error()),
        Err(_) => Err(unexpected_status(url, status)),
    }
}

fn read_body(url: &ServerUrl, response: &mut http::Response<ureq::Body>) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    response.body_mut().as_reader().take(wire::MAX_RESPONSE_BODY).read_to_end(&mut bytes).map_err(|e| {
        Error::internal(format!("the reply from {url} was cut off ({e}); check before retrying"))
    })?;
    Ok(bytes)
}
