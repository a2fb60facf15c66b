//! Links the rode executable as a position-dependent (non-PIE) binary on Linux.
//! A PIE carries ~27,000 relative relocations (engine tables, vtables) that the dynamic
//! loader must apply at every start, dirtying ~150 pages; a fixed load address
//! resolves them at link time, which is worth about a millisecond of start-up.
fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if os == "linux" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
