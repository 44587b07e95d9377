//! The `sverka` binary: parse arguments, dispatch to a command, map errors to exit codes.

use std::process::ExitCode;

use clap::Parser;
use sverka::cli::{Cli, Command};
use sverka::cmd;
use sverka::error::Error;

// The stages allocate many short-lived strings (word forms, stems, tokens): mimalloc took
// 10 % less CPU (user + system) than glibc malloc on an audit (BENCHMARKS.md, "Audits").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    sverka::interrupt::install();
    // A bug is one line on standard error, not a backtrace: `audit` turns it into the
    // document's `input_error` row and goes on; the other commands stop with exit status 2
    // (their reports are written to a temporary file first, so none is left half-written).
    std::panic::set_hook(Box::new(|info| {
        let what = sverka::error::panic_text(info.payload());
        let at = info
            .location()
            .map(|l| format!(" ({}:{})", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!("sverka: internal error, a bug (please report it): {what}{at}");
    }));
    let run = std::panic::catch_unwind(|| match cli.command {
        Command::Check(a) => cmd::check::run(a),
        Command::Audit(a) => cmd::audit::run(a),
        Command::Align(a) => cmd::align::run(a),
        Command::Extract(a) => cmd::extract::run(a),
        Command::Segment(a) => cmd::segment::run(a),
    });
    let Ok(result) = run else {
        return ExitCode::from(2);
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(Error::Output { source, .. }) if source.kind() == std::io::ErrorKind::BrokenPipe => {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("sverka: {e}");
            ExitCode::from(e.exit_code())
        }
    }
}
