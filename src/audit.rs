//! Dataset-wide audits: walking a dataset folder, checking documents in parallel, and
//! writing their rows in a deterministic order as a stream.
