//! The `yoroi` binary. Everything it does lives in the `yoroi-cli` crate.

fn main() -> std::process::ExitCode {
    yoroi_cli::main()
}
