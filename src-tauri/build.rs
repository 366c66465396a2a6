//! Build script. With the `desktop` feature it runs tauri-build: embeds the config, declares the
//! app's commands so each gets a deny-by-default permission, and reads capabilities from
//! `src-tauri/capabilities`. Without it (the Tauri-free core) there is nothing to do.

#[cfg(feature = "desktop")]
#[path = "shell/command_names.rs"]
mod command_names;

fn main() {
    #[cfg(feature = "desktop")]
    {
        println!("cargo:rerun-if-changed=src-tauri/capabilities");
        let attributes = tauri_build::Attributes::new()
            .capabilities_path_pattern("./src-tauri/capabilities/**/*")
            .app_manifest(tauri_build::AppManifest::new().commands(command_names::COMMANDS));
        if let Err(e) = tauri_build::try_build(attributes) {
            println!("cargo:warning=tauri-build failed: {e:#}");
            std::process::exit(1);
        }
    }
}
