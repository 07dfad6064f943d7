//! The per-address limit on failed logins. The per-account throttle lives in the database; this
//! one stops one address from trying many accounts. It is memory only: losing it on a restart
//! costs nothing but a fresh allowance.

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Failures an address may have within [`WINDOW`] before its logins are refused unchecked.
pub const MAX_FAILURES: usize = 20;
pub const WINDOW: Duration = Duration::from_secs(10 * 60);
/// Addresses remembered at most; past that the oldest entries are forgotten first.
const MAX_ADDRESSES: usize = 10_000;

#[derive(Default)]
pub struct FailedLogins {
    failures: Mutex<HashMap<IpAddr, VecDeque<Instant>>>,
}

impl FailedLogins {
    /// Seconds until `address` may try again, if it is over the limit now.
    pub fn wait(&self, address: IpAddr, now: Instant) -> Option<u64> {
        let mut failures = self.failures.lock().ok()?;
        let times = failures.get_mut(&address)?;
        while times.front().is_some_and(|&t| now.duration_since(t) >= WINDOW) {
            times.pop_front();
        }
        if times.len() < MAX_FAILURES {
            return None;
        }
        let oldest = *times.front()?;
        Some((WINDOW.saturating_sub(now.duration_since(oldest))).as_secs().max(1))
    }

    pub fn record(&self, address: IpAddr, now: Instant) {
        let Ok(mut failures) = self.failures.lock() else { return };
        if failures.len() >= MAX_ADDRESSES && !failures.contains_key(&address) {
            failures.retain(|_, times| times.back().is_some_and(|&t| now.duration_since(t) < WINDOW));
            if failures.len() >= MAX_ADDRESSES {
                return;
            }
        }
        let times = failures.entry(address).or_default();
        times.push_back(now);
        while times.len() > MAX_FAILURES {
            times.pop_front();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_is_limited_after_its_failures_until_the_window_passes() {
        let limiter = FailedLogins::default();
        let address: IpAddr = "192.0.2.1".parse().expect("address");
        let other: IpAddr = "192.0.2.2".parse().expect("address");
        let start = Instant::now();
        for i in 0..MAX_FAILURES {
            assert_eq!(limiter.wait(address, start), None, "after {i} failures");
            limiter.record(address, start);
        }
        let wait = limiter.wait(address, start + Duration::from_secs(60)).expect("limited");
        assert!((530..=540).contains(&wait), "{wait}");
        assert_eq!(limiter.wait(other, start), None, "another address is not limited");
        assert_eq!(limiter.wait(address, start + WINDOW), None, "the window passed");
    }
}
