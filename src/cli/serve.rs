//! `stint serve`: checks the database, binds, prints where it listens, and serves the HTTP API
//! until SIGTERM or SIGINT.

use std::io::Read;
use std::net::{IpAddr, SocketAddr, TcpListener, ToSocketAddrs};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::Args;
use stint::Error;
use stint::server::{Clock, ServeConfig, Tls};
use stint::store::{Location, Store};

use super::{Ctx, clock, output};

/// The largest certificate or key file read.
const MAX_PEM_BYTES: u64 = 1024 * 1024;

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on (port 0 picks a free port)
    #[arg(long, value_name = "HOST:PORT", default_value = "127.0.0.1:8443")]
    pub listen: String,
    /// The server's certificate chain (PEM), issued by a CA its clients trust; SIGHUP reads it
    /// and the key again
    #[arg(long, value_name = "FILE", requires = "tls_key", conflicts_with = "behind_proxy")]
    pub tls_cert: Option<PathBuf>,
    /// The certificate's private key (PEM: PKCS#8, EC or RSA)
    #[arg(long, value_name = "FILE", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,
    /// Serve plain HTTP on a loopback address for a TLS-terminating proxy in front
    #[arg(long)]
    pub behind_proxy: bool,
    /// A proxy whose X-Forwarded-For header names the client (repeatable)
    #[arg(long, value_name = "IP")]
    pub trusted_proxy: Vec<IpAddr>,
    /// How many database connections the server keeps open
    #[arg(long, value_name = "N", default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub pool_size: u16,
    /// Honour the test clock clients send (test builds only)
    #[cfg(debug_assertions)]
    #[arg(long, hide = true)]
    pub test_clock: bool,
}

pub fn run(ctx: &Ctx, args: ServeArgs) -> anyhow::Result<()> {
    let location = ctx.db_location()?;
    if let Location::Server(url) = &location {
        return Err(Error::invalid(format!(
            "stint serve needs the database itself (--db or STINT_DB), not another server ({url})"
        ))
        .into());
    }
    let address = listen_address(&args.listen)?;
    let tls = match (&args.tls_cert, &args.tls_key) {
        (Some(cert), Some(key)) => {
            let (cert, key) = (cert.clone(), key.clone());
            let config = tls_config(&cert, &key)?;
            let reload: Arc<dyn Fn() -> stint::Result<Arc<rustls::ServerConfig>> + Send + Sync> =
                Arc::new(move || tls_config(&cert, &key).map_err(super::core_error));
            Some(Tls { config, reload })
        }
        _ => None,
    };
    if tls.is_none() && !address.ip().is_loopback() {
        return Err(Error::invalid(format!(
            "plain HTTP on {address} would carry passwords and tokens in the clear; give --tls-cert and \
             --tls-key, or listen on a loopback address (127.0.0.1, [::1]) behind a TLS proxy"
        ))
        .into());
    }
    // The database is checked before anything is bound: a refused one binds nothing.
    let options = ctx.open_options();
    let first = Store::open(&location, options)?;
    let listener =
        TcpListener::bind(address).map_err(|e| Error::invalid(format!("cannot listen on {address}: {e}")))?;
    let bound =
        listener.local_addr().map_err(|e| Error::internal(format!("cannot read the bound address: {e}")))?;
    init_logging();
    let scheme = if tls.is_some() { "https" } else { "http" };
    output::print_line(format!("listening on {scheme}://{bound}"))?;
    let clock: Clock = Arc::new(|| clock::now().map_err(super::core_error));
    let config = ServeConfig {
        location,
        options,
        tls,
        trusted_proxies: args.trusted_proxy,
        #[cfg(debug_assertions)]
        test_clock: args.test_clock,
        #[cfg(not(debug_assertions))]
        test_clock: false,
        pool_size: usize::from(args.pool_size),
        clock,
    };
    Ok(stint::server::run(config, first, listener)?)
}

fn listen_address(text: &str) -> anyhow::Result<SocketAddr> {
    let bad =
        || Error::invalid(format!("cannot read --listen {:?}; use HOST:PORT, e.g. 127.0.0.1:8443", text));
    let mut addresses = text.to_socket_addrs().map_err(|_| bad())?;
    Ok(addresses.next().ok_or_else(bad)?)
}

/// Logs go to stderr, one line per request, without colour codes.
fn init_logging() {
    let _ =
        tracing_subscriber::fmt().with_writer(std::io::stderr).with_ansi(false).with_target(false).try_init();
}

fn read_pem(path: &Path, what: &str) -> anyhow::Result<Vec<u8>> {
    let shown = stint::text::escape_for_terminal(&path.display().to_string());
    let file = std::fs::File::open(path)
        .map_err(|e| Error::invalid(format!("cannot read the {what} {shown}: {e}")))?;
    let meta = file.metadata().map_err(|e| Error::invalid(format!("cannot read the {what} {shown}: {e}")))?;
    if !meta.is_file() {
        return Err(Error::invalid(format!("the {what} {shown} is not a regular file")).into());
    }
    let mut bytes = Vec::new();
    file.take(MAX_PEM_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::invalid(format!("cannot read the {what} {shown}: {e}")))?;
    if bytes.len() as u64 > MAX_PEM_BYTES {
        return Err(Error::invalid(format!("the {what} {shown} is larger than 1 MiB")).into());
    }
    Ok(bytes)
}

/// A rustls server configuration (ring, TLS 1.2 and 1.3) from PEM files.
fn tls_config(cert: &Path, key: &Path) -> anyhow::Result<Arc<rustls::ServerConfig>> {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let cert_pem = read_pem(cert, "certificate file")?;
    let key_pem = read_pem(key, "key file")?;
    let chain: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(&cert_pem)
        .collect::<Result<_, _>>()
        .map_err(|e| Error::invalid(format!("the certificate file is not valid PEM: {e}")))?;
    if chain.is_empty() {
        return Err(Error::invalid("the certificate file holds no certificate").into());
    }
    let key = PrivateKeyDer::from_pem_slice(&key_pem)
        .map_err(|e| Error::invalid(format!("the key file holds no usable private key: {e}")))?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::internal(format!("TLS set-up: {e}")))?
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .map_err(|e| Error::invalid(format!("the certificate and key do not make a TLS identity: {e}")))?;
    Ok(Arc::new(config))
}
