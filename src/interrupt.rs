//! Ctrl-C: remove the temporary report files in flight, then exit, so an interrupted run
//! never leaves a half-written report (nor a stray temporary file) behind.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, Once};

static TEMPS: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
static INSTALL: Once = Once::new();

/// Installs the Ctrl-C handler (once per process).
pub fn install() {
    INSTALL.call_once(|| {
        let _ = ctrlc::set_handler(|| {
            if let Ok(temps) = TEMPS.lock() {
                for p in temps.iter() {
                    let _ = std::fs::remove_file(p);
                }
            }
            eprintln!("sverka: interrupted; no report written");
            std::process::exit(130);
        });
    });
}

/// Remembers a temporary file to remove on Ctrl-C.
pub fn register_temp(path: &Path) {
    if let Ok(mut t) = TEMPS.lock() {
        t.push(path.to_path_buf());
    }
}

/// Forgets a temporary file (it has been renamed into place).
pub fn unregister_temp(path: &Path) {
    if let Ok(mut t) = TEMPS.lock() {
        t.retain(|p| p != path);
    }
}
