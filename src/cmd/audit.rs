//! `sverka audit DIR`: every document under a folder, checked in parallel, one report.

use crate::cli::AuditArgs;
use crate::error::Error;

pub fn run(_args: AuditArgs) -> Result<u8, Error> {
    Err(Error::Usage("audit: not built yet".into()))
}
