//! How ids, instants and the closed enums are bound and read on PostgreSQL: the one place each
//! is converted to and from a column, so queries bind and read the domain types themselves.
//! Ids and enums live in `TEXT` columns (ids `COLLATE "C"`, which changes comparison, not the
//! type), instants in `BIGINT` (UTC seconds).

use std::error::Error as StdError;
use std::fmt::Write;

use bytes::BytesMut;
use postgres::Row;
use postgres::types::{FromSql, IsNull, ToSql, Type, to_sql_checked};

use crate::auth::LoginSessionKind;
use crate::case::CaseStatus;
use crate::error::{Error, Result};
use crate::id::{CaseId, ClientId, LoginSessionId, OrgId, UserId, WorkSessionId};
use crate::permission::Role;
use crate::ticket::TicketStatus;
use crate::time::Timestamp;
use crate::user::Status;
use crate::vocabulary::Priority;
use crate::work::Source;

type BoxError = Box<dyn StdError + Sync + Send>;

/// Values bound to a statement assembled from fragments (the `list` filters).
pub(super) type Values = Vec<Box<dyn ToSql + Sync>>;

impl crate::store::sql::ReadRow for Row {
    fn column<T: crate::store::sql::Column>(&self, index: usize) -> Result<T> {
        get(self, index)
    }
}

impl crate::store::sql::Bind for Values {
    /// Placeholders are `$N`.
    fn bind(&mut self, value: impl crate::store::sql::Param + 'static) -> String {
        self.push(Box::new(value));
        format!("${}", self.len())
    }
}

/// Values written once for both stores (`store::sql`) as the parameter slice `query` takes.
pub(super) fn shared_params<'a>(values: &[&'a dyn crate::store::sql::Param]) -> Vec<&'a (dyn ToSql + Sync)> {
    values.iter().map(|value| *value as &(dyn ToSql + Sync)).collect()
}

/// The bound values as the parameter slice `query` takes.
pub(super) fn params(values: &Values) -> Vec<&(dyn ToSql + Sync)> {
    values.iter().map(|v| v.as_ref()).collect()
}

/// Reads column `index` as `T`. A stored value that is not a valid id, enum or instant (a row
/// written past stint) is an internal error naming it, never a panic.
pub(super) fn get<'a, T: FromSql<'a>>(row: &'a Row, index: usize) -> Result<T> {
    row.try_get(index).map_err(|e| match StdError::source(&e).and_then(|s| s.downcast_ref::<Error>()) {
        Some(stored) => stored.clone(),
        None => Error::internal(format!("cannot read stored column {index}: {e}")),
    })
}

/// Parses stored text, as an internal error when it is not what stint writes.
fn parse_stored<T: std::str::FromStr<Err = Error>>(
    ty: &Type,
    raw: &[u8],
) -> std::result::Result<T, BoxError> {
    let text = <&str as FromSql>::from_sql(ty, raw)?;
    text.parse().map_err(|e: Error| {
        Box::new(Error::internal(format!("stored value {text:?} is invalid: {}", e.message()))) as BoxError
    })
}

/// Ids (hyphenated lower case) and closed enums (the lower-case names the schema's CHECKs list)
/// are stored as the text `Display` writes and `FromStr` reads, without an intermediate `String`.
macro_rules! text_column {
    ($($name:ty),+ $(,)?) => {$(
        impl ToSql for $name {
            fn to_sql(&self, _: &Type, out: &mut BytesMut) -> std::result::Result<IsNull, BoxError> {
                write!(out, "{self}")?;
                Ok(IsNull::No)
            }
            fn accepts(ty: &Type) -> bool {
                *ty == Type::TEXT
            }
            to_sql_checked!();
        }

        impl<'a> FromSql<'a> for $name {
            fn from_sql(ty: &Type, raw: &'a [u8]) -> std::result::Result<Self, BoxError> {
                parse_stored(ty, raw)
            }
            fn accepts(ty: &Type) -> bool {
                *ty == Type::TEXT
            }
        }
    )+};
}

text_column!(OrgId, UserId, LoginSessionId, ClientId, CaseId, WorkSessionId);
text_column!(Role, Status, TicketStatus, CaseStatus, Priority, Source);

impl ToSql for LoginSessionKind {
    fn to_sql(&self, _: &Type, out: &mut BytesMut) -> std::result::Result<IsNull, BoxError> {
        out.extend_from_slice(self.as_str().as_bytes());
        Ok(IsNull::No)
    }
    fn accepts(ty: &Type) -> bool {
        *ty == Type::TEXT
    }
    to_sql_checked!();
}

impl<'a> FromSql<'a> for LoginSessionKind {
    fn from_sql(ty: &Type, raw: &'a [u8]) -> std::result::Result<Self, BoxError> {
        // The schema allows only these two; anything but a bearer token is bound to a device.
        let text = <&str as FromSql>::from_sql(ty, raw)?;
        Ok(if text == "bearer" { LoginSessionKind::Bearer } else { LoginSessionKind::Device })
    }
    fn accepts(ty: &Type) -> bool {
        *ty == Type::TEXT
    }
}

impl ToSql for Timestamp {
    fn to_sql(&self, ty: &Type, out: &mut BytesMut) -> std::result::Result<IsNull, BoxError> {
        self.unix().to_sql(ty, out)
    }
    fn accepts(ty: &Type) -> bool {
        *ty == Type::INT8
    }
    to_sql_checked!();
}

impl<'a> FromSql<'a> for Timestamp {
    fn from_sql(ty: &Type, raw: &'a [u8]) -> std::result::Result<Self, BoxError> {
        let secs = i64::from_sql(ty, raw)?;
        Timestamp::from_unix(secs).map_err(|e| {
            Box::new(Error::internal(format!("stored time is invalid: {}", e.message()))) as BoxError
        })
    }
    fn accepts(ty: &Type) -> bool {
        *ty == Type::INT8
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;
    use crate::store::postgres::{fresh_test_store, pg_test};

    pg_test! {
        fn values_round_trip_and_foreign_text_is_an_internal_error() {
            let mut store = fresh_test_store();
            let client = &mut store.client;
            let user = UserId::random();
            let at = Timestamp::from_unix(1_700_000_000).expect("in range");
            let row = client
                .query_one(
                    "SELECT $1::TEXT, $2::TEXT, $3::BIGINT, $1::TEXT AS same",
                    &[&user, &TicketStatus::InProgress, &at],
                )
                .expect("bound");
            assert_eq!(get::<UserId>(&row, 0).expect("id"), user);
            assert_eq!(row.get::<_, &str>(3), user.to_string(), "stored hyphenated, as before");
            assert_eq!(get::<TicketStatus>(&row, 1).expect("status"), TicketStatus::InProgress);
            assert_eq!(get::<Timestamp>(&row, 2).expect("instant"), at);
            let row = client
                .query_one("SELECT 'nope'::TEXT, NULL::TEXT, 'root'::TEXT, $1::BIGINT", &[&i64::MAX])
                .expect("foreign values");
            let err = get::<UserId>(&row, 0).expect_err("not an id");
            assert_eq!(err.kind(), ErrorKind::Internal);
            assert!(err.message().contains("stored value \"nope\" is invalid"), "{}", err.message());
            assert_eq!(get::<Option<UserId>>(&row, 1).expect("null"), None);
            assert_eq!(get::<Role>(&row, 2).expect_err("no such role").kind(), ErrorKind::Internal);
            let err = get::<Timestamp>(&row, 3).expect_err("out of range");
            assert!(err.message().contains("stored time is invalid"), "{}", err.message());
        }
    }
}
