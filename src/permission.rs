//! Roles and the fixed permission matrix of DESIGN.md §1, checked on every command.

use std::fmt;
use std::str::FromStr;

use crate::error::{Error, Result};

/// A user's role; it decides every capability through [`allows`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Admin,
    Supervisor,
    Technician,
    Viewer,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Admin, Role::Supervisor, Role::Technician, Role::Viewer];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Supervisor => "supervisor",
            Role::Technician => "technician",
            Role::Viewer => "viewer",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Role {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        Role::ALL.into_iter().find(|r| r.as_str().eq_ignore_ascii_case(s.trim())).ok_or_else(|| {
            Error::invalid(format!(
                "unknown role {:?}; valid roles: admin, supervisor, technician, viewer",
                crate::text::escape_for_terminal(s)
            ))
        })
    }
}

/// What an actor may do; one row of the matrix each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Capability {
    /// Create, edit, suspend and remove users; reset passwords; change settings.
    ManageUsers,
    /// List every user (others see only themselves).
    ListUsers,
    /// List and revoke one's own login sessions.
    ManageOwnLoginSessions,
    /// List and revoke anyone's login sessions.
    ManageAllLoginSessions,
    /// Create and edit tickets.
    EditTickets,
    /// View tickets.
    ViewTickets,
    /// Open cases and add notes to one's own cases.
    WorkOwnCases,
    /// View and edit anyone's cases.
    ManageAllCases,
    /// Run a timer and add manual work sessions for oneself.
    TrackOwnTime,
    /// View and report one's own work sessions.
    ViewOwnTime,
    /// View and report everyone's work sessions.
    ViewAllTime,
    /// Correct (edit or delete) anyone's work sessions.
    CorrectAllTime,
    /// Read the audit log.
    ReadAudit,
}

impl Capability {
    pub const ALL: [Capability; 13] = [
        Capability::ManageUsers,
        Capability::ListUsers,
        Capability::ManageOwnLoginSessions,
        Capability::ManageAllLoginSessions,
        Capability::EditTickets,
        Capability::ViewTickets,
        Capability::WorkOwnCases,
        Capability::ManageAllCases,
        Capability::TrackOwnTime,
        Capability::ViewOwnTime,
        Capability::ViewAllTime,
        Capability::CorrectAllTime,
        Capability::ReadAudit,
    ];

    /// How a refusal names the missing capability.
    pub fn describe(self) -> &'static str {
        match self {
            Capability::ManageUsers => "manage users and settings",
            Capability::ListUsers => "list users",
            Capability::ManageOwnLoginSessions => "manage own login sessions",
            Capability::ManageAllLoginSessions => "manage everyone's login sessions",
            Capability::EditTickets => "create and edit tickets",
            Capability::ViewTickets => "view tickets",
            Capability::WorkOwnCases => "open cases and add notes",
            Capability::ManageAllCases => "view and edit everyone's cases",
            Capability::TrackOwnTime => "track time",
            Capability::ViewOwnTime => "view own work sessions",
            Capability::ViewAllTime => "view everyone's work sessions",
            Capability::CorrectAllTime => "correct everyone's work sessions",
            Capability::ReadAudit => "read the audit log",
        }
    }
}

/// The matrix: `(capability, [admin, supervisor, technician, viewer])`.
const MATRIX: [(Capability, [bool; 4]); 13] = [
    (Capability::ManageUsers, [true, false, false, false]),
    (Capability::ListUsers, [true, true, false, false]),
    (Capability::ManageOwnLoginSessions, [true, true, true, true]),
    (Capability::ManageAllLoginSessions, [true, false, false, false]),
    (Capability::EditTickets, [true, true, true, false]),
    (Capability::ViewTickets, [true, true, true, true]),
    (Capability::WorkOwnCases, [true, true, true, false]),
    (Capability::ManageAllCases, [true, true, false, false]),
    (Capability::TrackOwnTime, [true, true, true, false]),
    (Capability::ViewOwnTime, [true, true, true, true]),
    (Capability::ViewAllTime, [true, true, false, true]),
    (Capability::CorrectAllTime, [true, true, false, false]),
    (Capability::ReadAudit, [true, true, false, false]),
];

/// Whether `role` has `capability`.
pub fn allows(role: Role, capability: Capability) -> bool {
    let column = Role::ALL.iter().position(|r| *r == role).unwrap_or(usize::MAX);
    MATRIX
        .iter()
        .find(|(cap, _)| *cap == capability)
        .and_then(|(_, row)| row.get(column).copied())
        .unwrap_or(false)
}

/// `Ok` when `role` has `capability`, else a permission error naming it.
pub fn require(role: Role, capability: Capability) -> Result<()> {
    if allows(role, capability) {
        Ok(())
    } else {
        Err(Error::denied(format!("permission denied: a {role} cannot {}", capability.describe())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matrix_covers_every_capability_once() {
        for cap in Capability::ALL {
            assert_eq!(MATRIX.iter().filter(|(c, _)| *c == cap).count(), 1, "{cap:?}");
        }
    }

    #[test]
    fn matrix_matches_design() {
        use Capability::*;
        let admin_only = [ManageUsers, ManageAllLoginSessions];
        for cap in Capability::ALL {
            assert!(allows(Role::Admin, cap), "admin may do everything: {cap:?}");
            let supervisor = !admin_only.contains(&cap);
            assert_eq!(allows(Role::Supervisor, cap), supervisor, "supervisor {cap:?}");
        }
        let technician =
            [ManageOwnLoginSessions, EditTickets, ViewTickets, WorkOwnCases, TrackOwnTime, ViewOwnTime];
        let viewer = [ManageOwnLoginSessions, ViewTickets, ViewOwnTime, ViewAllTime];
        for cap in Capability::ALL {
            assert_eq!(allows(Role::Technician, cap), technician.contains(&cap), "technician {cap:?}");
            assert_eq!(allows(Role::Viewer, cap), viewer.contains(&cap), "viewer {cap:?}");
        }
    }

    #[test]
    fn refusal_names_the_capability() {
        let err = require(Role::Viewer, Capability::TrackOwnTime).expect_err("refused");
        assert_eq!(err.kind(), crate::ErrorKind::PermissionDenied);
        assert_eq!(err.message(), "permission denied: a viewer cannot track time");
    }
}
