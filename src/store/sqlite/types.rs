//! How ids, instants and the closed enums are bound and read on SQLite: the one place each is
//! converted to and from a column, so queries bind and read the domain types themselves.

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

use crate::auth::LoginSessionKind;
use crate::case::CaseStatus;
use crate::id::{CaseId, ClientId, LoginSessionId, OrgId, UserId, WorkSessionId};
use crate::permission::Role;
use crate::ticket::TicketStatus;
use crate::time::Timestamp;
use crate::user::Status;
use crate::vocabulary::Priority;
use crate::work::Source;

/// Values bound to a statement assembled from fragments (the `list` filters).
pub(super) type Values = Vec<Box<dyn ToSql>>;

impl crate::store::sql::ReadRow for rusqlite::Row<'_> {
    fn column<T: crate::store::sql::Column>(&self, index: usize) -> crate::Result<T> {
        Ok(self.get(index)?)
    }
}

impl crate::store::sql::Bind for Values {
    /// Placeholders are `?N`.
    fn bind(&mut self, value: impl crate::store::sql::Param + 'static) -> String {
        self.push(Box::new(value));
        format!("?{}", self.len())
    }
}

/// Ids (hyphenated lower case) and closed enums (the lower-case names the schema's CHECKs list)
/// are stored as text: ids as `Display` writes them, enums borrowed from `as_str`; both read back
/// with `FromStr`.
macro_rules! text_column {
    (id: $($name:ty),+) => {$(
        impl ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.to_string()))
            }
        }
        text_column!(read: $name);
    )+};
    (name: $($name:ty),+) => {$(
        impl ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::Borrowed(ValueRef::Text(self.as_str().as_bytes())))
            }
        }
        text_column!(read: $name);
    )+};
    (read: $name:ty) => {
        impl FromSql for $name {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                value.as_str()?.parse().map_err(|e: crate::Error| FromSqlError::Other(Box::new(e)))
            }
        }
    };
}

text_column!(id: OrgId, UserId, LoginSessionId, ClientId, CaseId, WorkSessionId);
text_column!(name: Role, Status, TicketStatus, CaseStatus, Priority, Source);

impl ToSql for LoginSessionKind {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::Borrowed(ValueRef::Text(self.as_str().as_bytes())))
    }
}

impl FromSql for LoginSessionKind {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        // The schema allows only these two; anything but a bearer token is bound to a device.
        Ok(if value.as_str()? == "bearer" { LoginSessionKind::Bearer } else { LoginSessionKind::Device })
    }
}

/// Instants are stored as UTC seconds (`INTEGER`).
impl ToSql for Timestamp {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.unix()))
    }
}

impl FromSql for Timestamp {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        Timestamp::from_unix(value.as_i64()?).map_err(|e| FromSqlError::Other(Box::new(e)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::Connection;

    fn round_trip<T: ToSql + FromSql>(conn: &Connection, value: &T) -> rusqlite::Result<T> {
        conn.query_row("SELECT ?1", [value], |r| r.get(0))
    }

    #[test]
    fn values_come_back_as_they_were_bound() {
        let conn = Connection::open_in_memory().expect("memory");
        let user = UserId::random();
        assert_eq!(round_trip(&conn, &user).expect("user id"), user);
        let text: String = conn.query_row("SELECT ?1", [user], |r| r.get(0)).expect("text");
        assert_eq!(text, user.to_string(), "stored hyphenated, as before");
        for status in TicketStatus::ALL {
            assert_eq!(round_trip(&conn, status).expect("status"), *status);
        }
        assert_eq!(round_trip(&conn, &LoginSessionKind::Bearer).expect("kind"), LoginSessionKind::Bearer);
        let at = Timestamp::from_unix(1_700_000_000).expect("in range");
        assert_eq!(round_trip(&conn, &at).expect("instant"), at);
    }

    #[test]
    fn a_foreign_value_is_a_conversion_error_not_a_panic() {
        let conn = Connection::open_in_memory().expect("memory");
        let bad: rusqlite::Result<UserId> = conn.query_row("SELECT 'nope'", [], |r| r.get(0));
        let err = crate::Error::from(bad.expect_err("not an id"));
        assert_eq!(err.kind(), crate::ErrorKind::Internal);
        assert!(err.message().contains("not a valid user id"), "{}", err.message());
        let bad: rusqlite::Result<Role> = conn.query_row("SELECT 'root'", [], |r| r.get(0));
        assert!(bad.is_err());
        let bad: rusqlite::Result<Timestamp> = conn.query_row("SELECT ?1", [i64::MAX], |r| r.get(0));
        assert!(bad.is_err());
    }
}
