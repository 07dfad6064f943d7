//! A small pool of open stores for `stint serve`: at most `size` requests hold one at a time,
//! the rest wait (up to their busy timeout) for a slot; a store that failed badly is dropped.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::error::{Error, ErrorKind, Result};
use crate::store::{Location, OpenOptions, Store};

pub struct Pool {
    location: Location,
    options: OpenOptions,
    /// Open stores not lent out, each with the busy timeout last set on it.
    idle: Mutex<Vec<(Store, Duration)>>,
    slots: Arc<Semaphore>,
}

impl Pool {
    /// A pool holding `first` (the store opened to check the database before binding).
    pub fn new(location: Location, options: OpenOptions, first: Store, size: usize) -> Arc<Self> {
        Arc::new(Self {
            location,
            options,
            idle: Mutex::new(vec![(first, options.busy_timeout)]),
            slots: Arc::new(Semaphore::new(size.max(1))),
        })
    }

    pub fn default_busy_timeout(&self) -> Duration {
        self.options.busy_timeout
    }

    /// Waits up to `wait` for a slot; a full pool past that is busy (503, exit 7).
    pub async fn lease(self: &Arc<Self>, wait: Duration) -> Result<Lease> {
        let slot = tokio::time::timeout(wait, self.slots.clone().acquire_owned())
            .await
            .map_err(|_| Error::busy("the server is busy; try again"))?
            .map_err(|_| Error::busy("the server is shutting down; try again"))?;
        Ok(Lease { pool: self.clone(), _slot: slot })
    }
}

impl Drop for Pool {
    /// Closes the idle stores on a thread of their own, wherever the pool is dropped: a
    /// PostgreSQL client ends its connection on a runtime of its own, which cannot start on one
    /// of the server's threads.
    fn drop(&mut self) {
        let idle = self.idle.get_mut().map(std::mem::take).unwrap_or_default();
        if !idle.is_empty() {
            let _ = std::thread::spawn(move || drop(idle)).join();
        }
    }
}

/// The right to use one store; the store itself is taken and given back on a blocking thread.
pub struct Lease {
    pool: Arc<Pool>,
    _slot: OwnedSemaphorePermit,
}

impl Lease {
    /// An idle store, or a newly opened one, with `busy_timeout` applied. Blocking.
    pub fn take(&self, busy_timeout: Duration) -> Result<Store> {
        let idle = self.pool.idle.lock().ok().and_then(|mut idle| idle.pop());
        let (mut store, current) = match idle {
            Some(entry) => entry,
            None => (Store::open(&self.pool.location, self.pool.options)?, self.pool.options.busy_timeout),
        };
        if current != busy_timeout {
            store.set_busy_timeout(busy_timeout)?;
        }
        Ok(store)
    }

    /// Returns a store to the pool, unless the request's outcome says its connection may be
    /// broken (an unusable database, an internal failure).
    pub fn give_back<T>(&self, store: Store, busy_timeout: Duration, outcome: &Result<T>) {
        let broken =
            matches!(outcome, Err(e) if matches!(e.kind(), ErrorKind::Unusable | ErrorKind::Internal));
        if !broken && let Ok(mut idle) = self.pool.idle.lock() {
            idle.push((store, busy_timeout));
        }
    }
}
