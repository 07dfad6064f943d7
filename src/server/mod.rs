//! `stint serve`: the HTTP API over one database. Each request is one operation run by a
//! [`LocalService`] on a pooled store with the server's clock, so every rule runs here and no
//! client ever holds a database credential. Nothing about logins is kept in memory: each
//! request re-reads its session in its own transaction.

mod limiter;
mod pool;

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::auth::{Credential, Origin, Token};
use crate::error::{Error, Result};
use crate::report::SummaryEntry;
use crate::service::auth::{LOGIN_PATH, LoginReply, LoginRequest};
use crate::service::session::{
    FilterRequest, IMPORT_PATH, ImportRequest, LIST_PATH, ListRequest, SUMMARY_PATH,
};
use crate::service::wire::{self, ErrorBody};
use crate::service::{LocalService, Mode, Op, Registry, Reply};
use crate::store::{Location, OpenOptions, Store};
use crate::time::Timestamp;
use crate::work::WorkSessionView;
use crate::zone::ZoneSpec;

pub use pool::Pool;

/// Reads the server's clock (the binary owns the clock; the library is handed it).
pub type Clock = Arc<dyn Fn() -> Result<Timestamp> + Send + Sync>;

/// How a graceful stop waits for requests in flight before closing their connections.
const DRAIN_DEADLINE: Duration = Duration::from_secs(30);
/// The longest busy timeout a client may ask for.
const MAX_CLIENT_BUSY_TIMEOUT: Duration = Duration::from_secs(120);
/// How long a connection may take to send its first request (or finish the TLS handshake).
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a client may take to send a request's headers.
const HEADER_TIMEOUT: Duration = Duration::from_secs(10);

/// Everything `stint serve` was told.
pub struct ServeConfig {
    pub location: Location,
    pub options: OpenOptions,
    /// Terminate TLS here; `None` serves plain HTTP (loopback only, checked by the caller).
    pub tls: Option<Tls>,
    /// Peers whose `X-Forwarded-For` names the client.
    pub trusted_proxies: Vec<IpAddr>,
    /// Honour `Stint-Test-Now` (debug builds only).
    pub test_clock: bool,
    pub pool_size: usize,
    pub clock: Clock,
}

/// The server's TLS identity, and how to read it again when SIGHUP says the files changed
/// (a renewed certificate) without dropping a connection.
pub struct Tls {
    pub config: Arc<rustls::ServerConfig>,
    pub reload: Arc<dyn Fn() -> Result<Arc<rustls::ServerConfig>> + Send + Sync>,
}

/// What every handler shares.
struct App {
    pool: Arc<Pool>,
    clock: Clock,
    test_clock: bool,
    trusted_proxies: Vec<IpAddr>,
    failed_logins: limiter::FailedLogins,
}

/// Serves until SIGTERM or SIGINT, then lets requests in flight finish. `first` is the store
/// opened to check the database before `listener` was bound.
pub fn run(config: ServeConfig, first: Store, listener: std::net::TcpListener) -> Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("stint-serve")
        .build()
        .map_err(|e| Error::internal(format!("cannot start the server's runtime: {e}")))?;
    runtime.block_on(serve(config, first, listener))
}

async fn serve(config: ServeConfig, first: Store, listener: std::net::TcpListener) -> Result<()> {
    let pool = Pool::new(config.location.clone(), config.options, first, config.pool_size);
    let app = Arc::new(App {
        pool,
        clock: config.clock,
        test_clock: config.test_clock,
        trusted_proxies: config.trusted_proxies,
        failed_logins: limiter::FailedLogins::default(),
    });
    let router = router(app);
    let handle = axum_server::Handle::<SocketAddr>::new();
    let stopper = handle.clone();
    tokio::spawn(async move {
        stop_signal().await;
        tracing::info!("stopping: finishing requests in flight");
        stopper.graceful_shutdown(Some(DRAIN_DEADLINE));
    });
    listener.set_nonblocking(true).map_err(io_error)?;
    let service = router.into_make_service_with_connect_info::<SocketAddr>();
    let mut server = axum_server::from_tcp(listener).map_err(io_error)?.handle(handle);
    server.http_builder().http1().header_read_timeout(HEADER_TIMEOUT);
    let tcp = axum_server::accept::TcpConfigAcceptor::new(
        axum_server::accept::TcpSocketConfig::new().nodelay(true),
    );
    match config.tls {
        Some(tls) => {
            let rustls_config = axum_server::tls_rustls::RustlsConfig::from_config(tls.config);
            tokio::spawn(reload_on_hangup(rustls_config.clone(), tls.reload));
            let acceptor = axum_server::tls_rustls::RustlsAcceptor::new(rustls_config)
                .handshake_timeout(HANDSHAKE_TIMEOUT)
                .acceptor(tcp);
            server.acceptor(acceptor).first_request_timeout(HANDSHAKE_TIMEOUT).serve(service).await
        }
        None => server.acceptor(tcp).first_request_timeout(HANDSHAKE_TIMEOUT).serve(service).await,
    }
    .map_err(io_error)
}

/// On each SIGHUP, reads the certificate and key again; a file that fails keeps the old
/// identity serving and says why in the log.
async fn reload_on_hangup(
    config: axum_server::tls_rustls::RustlsConfig,
    reload: Arc<dyn Fn() -> Result<Arc<rustls::ServerConfig>> + Send + Sync>,
) {
    use tokio::signal::unix::{SignalKind, signal};
    let Ok(mut hangups) = signal(SignalKind::hangup()) else { return };
    while hangups.recv().await.is_some() {
        let reload = reload.clone();
        match tokio::task::spawn_blocking(move || reload()).await {
            Ok(Ok(fresh)) => {
                config.reload_from_config(fresh);
                tracing::info!("reloaded the TLS certificate and key");
            }
            Ok(Err(e)) => tracing::error!(error = %e.message(), "kept the old TLS certificate"),
            Err(_) => tracing::error!("kept the old TLS certificate: reading the new one failed"),
        }
    }
}

fn io_error(e: std::io::Error) -> Error {
    Error::internal(format!("the server's socket failed: {e}"))
}

async fn stop_signal() {
    use tokio::signal::unix::{SignalKind, signal};
    match (signal(SignalKind::terminate()), signal(SignalKind::interrupt())) {
        (Ok(mut term), Ok(mut int)) => {
            tokio::select! {
                _ = term.recv() => {}
                _ = int.recv() => {}
            }
        }
        // Without signal handlers the server can still be killed; it just cannot drain.
        _ => std::future::pending::<()>().await,
    }
}

/// Adds one `POST /v1/<path>` route per operation.
struct Routes {
    router: Router<Arc<App>>,
}

impl Registry for Routes {
    fn op<O: Op>(&mut self) {
        let router = std::mem::take(&mut self.router);
        self.router = router.route(&format!("/v1/{}", O::PATH), post(operation::<O>));
    }
}

fn router(app: Arc<App>) -> Router {
    let mut routes = Routes { router: Router::new() };
    crate::service::register_all(&mut routes);
    #[cfg_attr(not(debug_assertions), allow(unused_mut))]
    let mut router = routes.router;
    // A debug server under test can be made to panic, to prove a panic never reaches a client
    // as anything but an internal error, and that the server serves on.
    #[cfg(debug_assertions)]
    if app.test_clock {
        router = router.route("/v1/test/panic-async", post(|| async { panic_for_test() })).route(
            "/v1/test/panic-blocking",
            post(|| async {
                tokio::task::spawn_blocking(panic_for_test).await.unwrap_or_else(|_| panicked(Box::new(())))
            }),
        );
    }
    router
        .route(&format!("/v1/{LOGIN_PATH}"), post(login))
        .route(&format!("/v1/{LIST_PATH}"), post(list))
        .route(&format!("/v1/{SUMMARY_PATH}"), post(summary))
        .route(&format!("/v1/{IMPORT_PATH}"), post(import))
        .route("/healthz", get(|| async { "ok\n" }))
        .route("/v1/version", get(version))
        .fallback(unknown_route)
        .layer(middleware::from_fn(envelope))
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(panicked))
        .with_state(app)
}

#[derive(Serialize)]
struct VersionView {
    api: u32,
    server: &'static str,
}

async fn version() -> Response {
    axum::Json(VersionView { api: 1, server: env!("CARGO_PKG_VERSION") }).into_response()
}

async fn unknown_route(request: Request) -> Response {
    let path = crate::text::escape_for_terminal(request.uri().path());
    error_response(&Error::unusable(format!(
        "this server (stint {}) has no operation {path}; the client may be newer than the server",
        env!("CARGO_PKG_VERSION")
    )))
}

/// Who made a request, for the log line (set by the handler once the session checked out).
#[derive(Clone)]
struct LoggedUser(String);

/// A request's id, shown to the client in internal errors and written to the log.
#[derive(Clone)]
struct RequestId(String);

/// Around every request: a request id, the version headers, no caching, and one log line with
/// method, route, status, latency, request id and user (never bodies or credentials).
async fn envelope(mut request: Request, next: Next) -> Response {
    let started = Instant::now();
    let request_id = RequestId(format!("{:016x}", rand_u64()));
    let method = request.method().clone();
    let route = request.uri().path().to_owned();
    request.extensions_mut().insert(request_id.clone());
    let mut response = next.run(request).await;
    let status = response.status().as_u16();
    let user = response.extensions().get::<LoggedUser>().map(|u| u.0.clone()).unwrap_or_else(|| "-".into());
    let headers = response.headers_mut();
    headers.insert(wire::API_VERSION_HEADER, HeaderValue::from_static(wire::API_VERSION));
    headers.insert(wire::SERVER_VERSION_HEADER, HeaderValue::from_static(env!("CARGO_PKG_VERSION")));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Ok(value) = HeaderValue::from_str(&request_id.0) {
        headers.insert(wire::REQUEST_ID_HEADER, value);
    }
    tracing::info!(
        %method,
        route = %crate::text::escape_for_terminal(&route),
        status,
        latency_ms = started.elapsed().as_secs_f64() * 1000.0,
        request_id = %request_id.0,
        user = %user,
        "request"
    );
    response
}

fn rand_u64() -> u64 {
    let mut bytes = [0_u8; 8];
    // A request id only needs to be unlikely to repeat; a failed read leaves zeros.
    let _ = getrandom::fill(&mut bytes);
    u64::from_le_bytes(bytes)
}

#[cfg(debug_assertions)]
#[allow(clippy::panic)]
fn panic_for_test() -> Response {
    panic!("a panic the tests asked for")
}

fn panicked(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    tracing::error!("a request handler panicked");
    error_response(&Error::internal("internal error on the server; see its log"))
}

/// The generic handler: one operation, one transaction, on a blocking thread.
async fn operation<O: Op>(State(app): State<Arc<App>>, request: Request) -> Response {
    let request_id = request_id_of(&request);
    let (parts, body) = request.into_parts();
    let outcome = async {
        let caller = app.caller(&parts.headers)?;
        let bytes = read_json_body(body).await?;
        let request: O::Req = serde_json::from_slice(&bytes).map_err(unreadable_request)?;
        let key = match parts.headers.get(wire::IDEMPOTENCY_KEY_HEADER) {
            Some(key) if O::MODE == Mode::Write => Some(
                key.to_str().map_err(|_| Error::invalid("the Idempotency-Key is not plain text"))?.to_owned(),
            ),
            _ => None,
        };
        app.run(caller, &request_id, move |service| {
            let reply = match key {
                Some(key) => service.call_keyed::<O>(request, &key, &digest(&bytes))?,
                None => {
                    let reply = service.call::<O>(request)?;
                    let value = serde_json::to_value(reply.value)
                        .map_err(|e| Error::internal(format!("cannot encode the reply: {e}")))?;
                    Reply { value, warning: reply.warning }
                }
            };
            Ok((reply, service.last_user().map(str::to_owned)))
        })
        .await
    }
    .await;
    reply(outcome)
}

/// `auth login`: the one operation without a session; its outcome is committed either way.
/// An address with too many recent failures is refused unchecked (429), before any password
/// is hashed.
async fn login(State(app): State<Arc<App>>, request: Request) -> Response {
    let request_id = request_id_of(&request);
    let peer = request.extensions().get::<ConnectInfo<SocketAddr>>().map(|info| info.0.ip());
    let (parts, body) = request.into_parts();
    let address = peer.map(|peer| client_address(peer, &parts.headers, &app.trusted_proxies));
    if let Some(wait) = address.and_then(|a| app.failed_logins.wait(a, Instant::now())) {
        return limited_response(wait);
    }
    let outcome = async {
        let caller = app.caller(&parts.headers)?;
        let bytes = read_json_body(body).await?;
        let mut login: LoginRequest = serde_json::from_slice(&bytes).map_err(unreadable_request)?;
        login.origin =
            Origin { address: address.map(|a| a.to_string()), user_agent: user_agent(&parts.headers) };
        let user = login.username.clone();
        app.run(caller, &request_id, move |service| {
            let reply = service.login(login)?;
            let user = matches!(reply, LoginReply::LoggedIn(_)).then_some(user);
            Ok((reply, user))
        })
        .await
    }
    .await;
    match outcome {
        Ok((reply, user)) => {
            if matches!(reply, LoginReply::Failed { .. })
                && let Some(address) = address
            {
                app.failed_logins.record(address, Instant::now());
            }
            reply_json(&reply, user)
        }
        Err(e) => error_response(&e),
    }
}

/// 429 with the wording every refused login has, and when to try again.
fn limited_response(wait_secs: u64) -> Response {
    let message =
        format!("{}; {}", crate::auth::LOGIN_FAILED, crate::auth::throttle_notice(wait_secs as i64));
    let mut response = error_response(&Error::unauthenticated(message));
    *response.status_mut() = StatusCode::TOO_MANY_REQUESTS;
    if let Ok(value) = HeaderValue::from_str(&wait_secs.to_string()) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
}

/// The client's address: the peer, or — when the peer is a trusted proxy — the last address in
/// `X-Forwarded-For` that is not one of the trusted proxies.
fn client_address(peer: IpAddr, headers: &HeaderMap, trusted: &[IpAddr]) -> IpAddr {
    if !trusted.contains(&peer) {
        return peer;
    }
    let forwarded = headers.get_all("x-forwarded-for").iter().filter_map(|v| v.to_str().ok());
    let hops: Vec<IpAddr> =
        forwarded.flat_map(|v| v.split(',')).filter_map(|hop| hop.trim().parse::<IpAddr>().ok()).collect();
    hops.into_iter().rev().find(|hop| !trusted.contains(hop)).unwrap_or(peer)
}

/// The client program, as it names itself: printable ASCII, at most 200 characters.
fn user_agent(headers: &HeaderMap) -> Option<String> {
    let text = headers.get(header::USER_AGENT)?.to_str().ok()?;
    let clean: String = text.chars().filter(|c| c.is_ascii_graphic() || *c == ' ').take(200).collect();
    (!clean.is_empty()).then_some(clean)
}

/// What streams from the blocking walk of a listing to the response body.
enum Chunk {
    Rows(axum::body::Bytes),
    End(Result<Reply<()>>, u64),
}

/// Rows are sent in batches of about this many bytes: small enough to start at once and keep
/// memory flat, large enough not to pay per row.
const LIST_BATCH_BYTES: usize = 32 * 1024;

/// `session list` as NDJSON: the cursor is walked on a blocking thread into a bounded channel,
/// so a slow reader slows the walk and a closed connection ends it.
/// What a streamed read hands each row to.
type Each<'a, Item> = &'a mut dyn FnMut(Item) -> Result<()>;

async fn list(State(app): State<Arc<App>>, request: Request) -> Response {
    stream(app, request, |service, list: ListRequest, each: Each<'_, WorkSessionView>| {
        service.list(&list, each)
    })
    .await
}

async fn summary(State(app): State<Arc<App>>, request: Request) -> Response {
    stream(app, request, |service, filter: FilterRequest, each: Each<'_, SummaryEntry>| {
        service.summary(&filter, each)
    })
    .await
}

/// A streamed read: the request's JSON in, the rows `walk` hands over out as NDJSON in
/// batches through a bounded channel (the walk waits for a slow client), then an end line
/// with the count, or an error line if the walk failed after the first row.
async fn stream<Req, Item>(
    app: Arc<App>,
    request: Request,
    walk: impl FnOnce(&mut LocalService, Req, Each<'_, Item>) -> Result<Reply<()>> + Send + 'static,
) -> Response
where
    Req: DeserializeOwned + Send + 'static,
    Item: Serialize,
{
    let request_id = request_id_of(&request);
    let (parts, body) = request.into_parts();
    let started = async {
        let caller = app.caller(&parts.headers)?;
        let bytes = read_json_body(body).await?;
        let request: Req = serde_json::from_slice(&bytes).map_err(unreadable_request)?;
        Ok::<_, Error>((caller, request))
    }
    .await;
    let (caller, request) = match started {
        Ok(started) => started,
        Err(e) => return error_response(&e),
    };
    let (sender, mut receiver) = tokio::sync::mpsc::channel::<Chunk>(8);
    let app_for_walk = app.clone();
    tokio::spawn(async move {
        let rows = sender.clone();
        let outcome = app_for_walk
            .run(caller, &request_id, move |service| {
                let mut batch = Vec::with_capacity(LIST_BATCH_BYTES);
                let mut count = 0_u64;
                let gone = || Error::internal("the client closed the connection");
                let reply = walk(service, request, &mut |item| {
                    serde_json::to_writer(&mut batch, &item)
                        .map_err(|e| Error::internal(format!("cannot encode a row: {e}")))?;
                    batch.push(b'\n');
                    count += 1;
                    if batch.len() >= LIST_BATCH_BYTES {
                        let full = std::mem::replace(&mut batch, Vec::with_capacity(LIST_BATCH_BYTES));
                        rows.blocking_send(Chunk::Rows(full.into())).map_err(|_| gone())?;
                    }
                    Ok(())
                })?;
                if !batch.is_empty() {
                    rows.blocking_send(Chunk::Rows(batch.into())).map_err(|_| gone())?;
                }
                Ok(((reply, count), service.last_user().map(str::to_owned)))
            })
            .await;
        let end = match outcome {
            Ok(((reply, count), _)) => Chunk::End(Ok(reply), count),
            Err(e) => Chunk::End(Err(e), 0),
        };
        let _ = sender.send(end).await;
    });
    // An error before the first row (not logged in, a bad filter) is an ordinary error reply.
    let first = match receiver.recv().await {
        Some(Chunk::End(Err(e), _)) => return error_response(&e),
        Some(first) => first,
        None => return error_response(&Error::internal("the listing ended unexpectedly")),
    };
    let stream =
        futures_util::stream::unfold((Some(first), receiver), |(pending, mut receiver)| async move {
            let chunk = match pending {
                Some(chunk) => chunk,
                None => receiver.recv().await?,
            };
            let bytes = match chunk {
                Chunk::Rows(bytes) => bytes,
                Chunk::End(Ok(reply), count) => {
                    end_line(&wire::StreamEnd { end: wire::EndDetail { count, warning: reply.warning } })
                }
                Chunk::End(Err(e), _) => end_line(&ErrorBody::of(&e)),
            };
            Some((Ok::<_, std::convert::Infallible>(bytes), (None, receiver)))
        });
    let mut response = Response::new(Body::from_stream(stream));
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/x-ndjson"));
    response
}

fn end_line<T: Serialize>(value: &T) -> axum::body::Bytes {
    let mut line = serde_json::to_vec(value).unwrap_or_else(|_| b"{}".to_vec());
    line.push(b'\n');
    line.into()
}

/// The largest import body a server reads.
const MAX_IMPORT_BYTES: u64 = 1024 * 1024 * 1024;

/// `session import`: the body is bridged to a blocking reader and parsed inside the one
/// transaction, so record numbers and all-or-nothing are those of local mode.
async fn import(State(app): State<Arc<App>>, request: Request) -> Response {
    use futures_util::TryStreamExt;
    let request_id = request_id_of(&request);
    let (parts, body) = request.into_parts();
    let outcome = async {
        let caller = app.caller(&parts.headers)?;
        let query = parts.uri.query().unwrap_or_default();
        let options: ImportRequest = serde_urlencoded::from_str(query).map_err(|e| {
            Error::invalid(format!(
                "this server (stint {}) cannot read the import options: {e}",
                env!("CARGO_PKG_VERSION")
            ))
        })?;
        let stream = body.into_data_stream().map_err(std::io::Error::other);
        let reader = tokio_util::io::SyncIoBridge::new(tokio_util::io::StreamReader::new(stream));
        let body = SharedBody(Arc::new(std::sync::Mutex::new(BoundedBody {
            inner: reader,
            left: MAX_IMPORT_BYTES,
        })));
        let input: Box<dyn std::io::Read + Send> = Box::new(body.clone());
        let outcome = app
            .run(caller, &request_id, move |service| {
                let reply = service.import(&options, input, &mut |_| {})?;
                Ok((reply, service.last_user().map(str::to_owned)))
            })
            .await;
        // A client writes its whole body before it reads the reply: one refused early would
        // otherwise meet a closed connection mid-write and never see why.
        let _ = tokio::task::spawn_blocking(move || body.drain()).await;
        outcome
    }
    .await;
    reply(outcome)
}

/// The import body, shared between the import and the drain after it.
struct SharedBody<R>(Arc<std::sync::Mutex<BoundedBody<R>>>);

impl<R> Clone for SharedBody<R> {
    fn clone(&self) -> Self {
        SharedBody(Arc::clone(&self.0))
    }
}

impl<R: std::io::Read> SharedBody<R> {
    /// Reads and discards what the import left unread, up to the server's limit.
    fn drain(&self) {
        if let Ok(mut body) = self.0.lock() {
            let _ = std::io::copy(&mut *body, &mut std::io::sink());
        }
    }
}

impl<R: std::io::Read> std::io::Read for SharedBody<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self.0.lock() {
            Ok(mut body) => body.read(buf),
            Err(_) => Err(std::io::Error::other("the import body was abandoned")),
        }
    }
}

/// A request body that fails once it passes the server's limit.
struct BoundedBody<R> {
    inner: R,
    left: u64,
}

impl<R: std::io::Read> std::io::Read for BoundedBody<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.left == 0 {
            return Err(std::io::Error::other(format!(
                "the import is larger than the server accepts ({} MiB)",
                MAX_IMPORT_BYTES / (1024 * 1024)
            )));
        }
        let allowed = buf.len().min(usize::try_from(self.left).unwrap_or(usize::MAX));
        let read = self.inner.read(&mut buf[..allowed])?;
        self.left -= read as u64;
        Ok(read)
    }
}

fn request_id_of(request: &Request) -> String {
    request.extensions().get::<RequestId>().map(|r| r.0.clone()).unwrap_or_default()
}

/// What a request's headers say about its caller.
struct Caller {
    credential: Result<Credential>,
    zone: ZoneSpec,
    now: Timestamp,
    busy_timeout: Duration,
}

impl App {
    fn caller(&self, headers: &HeaderMap) -> Result<Caller> {
        let text = |name: &str| -> Result<Option<&str>> {
            match headers.get(name) {
                None => Ok(None),
                Some(value) => value
                    .to_str()
                    .map(Some)
                    .map_err(|_| Error::invalid(format!("the {name} header is not plain text"))),
            }
        };
        if let Some(version) = text(wire::API_VERSION_HEADER)?
            && version != wire::API_VERSION
        {
            return Err(Error::unusable(format!(
                "this server speaks API version {} and the client {}; use a matching stint",
                wire::API_VERSION,
                crate::text::escape_for_terminal(version)
            )));
        }
        let zone = match text(wire::ZONE_HEADER)? {
            Some(spec) => ZoneSpec::parse_header(spec)?,
            None => ZoneSpec::Utc,
        };
        let busy_timeout = match text(wire::BUSY_TIMEOUT_HEADER)? {
            Some(ms) => Duration::from_millis(
                ms.trim()
                    .parse::<u64>()
                    .map_err(|_| Error::invalid("the busy timeout header is not a number"))?,
            )
            .min(MAX_CLIENT_BUSY_TIMEOUT),
            None => self.pool.default_busy_timeout(),
        };
        let credential = credential(text(header::AUTHORIZATION.as_str())?, text(wire::CLIENT_ID_HEADER)?);
        Ok(Caller { credential, zone, now: self.now(text(wire::TEST_NOW_HEADER)?)?, busy_timeout })
    }

    #[cfg_attr(not(debug_assertions), allow(unused_variables))]
    fn now(&self, test_now: Option<&str>) -> Result<Timestamp> {
        #[cfg(debug_assertions)]
        if self.test_clock
            && let Some(text) = test_now
        {
            let parsed = chrono::DateTime::parse_from_rfc3339(text)
                .map_err(|e| Error::invalid(format!("the test clock header must be RFC 3339: {e}")))?;
            return Timestamp::from_unix(parsed.timestamp());
        }
        let _ = self.test_clock;
        (self.clock)()
    }

    /// Runs `work` with a pooled store on a blocking thread; a panic there becomes an internal
    /// error naming the request, and the server serves on.
    async fn run<T: Send + 'static>(
        &self,
        caller: Caller,
        request_id: &str,
        work: impl FnOnce(&mut LocalService) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        let lease = self.pool.lease(caller.busy_timeout).await?;
        let joined = tokio::task::spawn_blocking(move || {
            let store = lease.take(caller.busy_timeout)?;
            let zone = caller.zone.zone()?;
            let mut service = LocalService::new(store, caller.credential, caller.now, zone);
            let outcome = work(&mut service);
            lease.give_back(service.into_store(), caller.busy_timeout, &outcome);
            outcome
        })
        .await;
        joined.unwrap_or_else(|_| {
            tracing::error!(request_id, "an operation panicked");
            Err(Error::internal(format!("internal error on the server (request {request_id})")))
        })
    }
}

/// What identifies a request's body for its idempotency key: SHA-256, hex.
fn digest(body: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(body).iter().map(|b| format!("{b:02x}")).collect()
}

/// `Authorization: Bearer <token>` and the client id it was issued to.
fn credential(authorization: Option<&str>, client_id: Option<&str>) -> Result<Credential> {
    let not_logged_in = || {
        Error::unauthenticated("not logged in to this server; log in with `stint auth login --server URL`")
    };
    let authorization = authorization.ok_or_else(not_logged_in)?;
    let token = authorization
        .strip_prefix("Bearer ")
        .ok_or_else(|| Error::unauthenticated("the Authorization header is not a bearer token"))?;
    let client_id = match client_id {
        None => None,
        Some(id) => {
            Some(id.trim().parse().map_err(|_| Error::unauthenticated("the client id is malformed"))?)
        }
    };
    Ok(Credential { token: Token::parse(token.trim())?, client_id })
}

async fn read_json_body(body: Body) -> Result<axum::body::Bytes> {
    axum::body::to_bytes(body, wire::MAX_JSON_BODY).await.map_err(|_| {
        Error::invalid(format!(
            "the request is larger than the server accepts ({} KiB)",
            wire::MAX_JSON_BODY / 1024
        ))
    })
}

fn unreadable_request(e: serde_json::Error) -> Error {
    Error::invalid(format!(
        "this server (stint {}) cannot read the request: {e}; is the client newer than the server?",
        env!("CARGO_PKG_VERSION")
    ))
}

fn reply<T: Serialize>(outcome: Result<(Reply<T>, Option<String>)>) -> Response {
    match outcome {
        Ok((reply, user)) => reply_json(&reply, user),
        Err(e) => error_response(&e),
    }
}

fn reply_json<T: Serialize>(value: &T, user: Option<String>) -> Response {
    let mut response = axum::Json(value).into_response();
    if let Some(user) = user {
        response.extensions_mut().insert(LoggedUser(user));
    }
    response
}

fn error_response(error: &Error) -> Response {
    let status =
        StatusCode::from_u16(wire::status_of(error.kind())).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut response = (status, axum::Json(ErrorBody::of(error))).into_response();
    if status == StatusCode::UNAUTHORIZED {
        response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    }
    if status == StatusCode::SERVICE_UNAVAILABLE {
        response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
    }
    response
}
