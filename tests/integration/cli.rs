use crate::support::{text, DataDir, Run};

#[test]
fn doctor_json_reports_the_data_dir_and_a_working_keyring() {
    let dir = DataDir::new();
    let report = dir.run(&["doctor", "--json"]).json_ok();
    assert_eq!(report["data_dir"], dir.path().display().to_string());
    assert_eq!(report["config_file"], dir.path().join("config.toml").display().to_string());
    assert_eq!(report["app_version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(report["config_exists"], false);
    assert_eq!(report["index_exists"], false);
    // The real Secret Service, not keyring's silent in-memory mock.
    assert_eq!(report["keyring"]["reachable"], true, "{report:#}");
    assert!(dir.path().join("logs").is_dir(), "the data dir is prepared");
}

#[test]
fn doctor_prints_a_readable_report_without_json() {
    let dir = DataDir::new();
    let out = dir.run(&["doctor"]).output();
    assert!(out.status.success());
    let stdout = text(&out.stdout);
    assert!(stdout.starts_with(&format!("Seed Studio {}", env!("CARGO_PKG_VERSION"))), "{stdout}");
    assert!(stdout.contains(&dir.path().display().to_string()), "{stdout}");
    assert!(stdout.contains("not created yet: defaults apply"), "{stdout}");
}

#[test]
fn data_dir_comes_from_the_environment_when_no_flag_is_given() {
    let dir = DataDir::new();
    let report = Run::new(&["doctor", "--json"]).env("SEED_STUDIO_DATA_DIR", dir.path()).json_ok();
    assert_eq!(report["data_dir"], dir.path().display().to_string());
}

#[test]
fn data_dir_flag_wins_over_the_environment() {
    let flag = DataDir::new();
    let env = DataDir::new();
    let report = flag.run(&["doctor", "--json"]).env("SEED_STUDIO_DATA_DIR", env.path()).json_ok();
    assert_eq!(report["data_dir"], flag.path().display().to_string());
    assert!(!env.path().exists());
}

#[test]
fn help_lists_the_verbs_and_global_flags() {
    let out = Run::new(&["--help"]).output();
    assert!(out.status.success());
    let help = text(&out.stdout);
    for word in ["doctor", "keys", "--data-dir", "--json", "--version", "open the app"] {
        assert!(help.contains(word), "missing {word:?} in:\n{help}");
    }
}

#[test]
fn version_is_the_package_version() {
    let out = Run::new(&["--version"]).output();
    assert!(out.status.success());
    assert_eq!(text(&out.stdout).trim(), format!("seed-studio {}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn usage_errors_under_json_are_json_with_exit_status_2() {
    let err = Run::new(&["keys", "set", "acme", "--json"]).json_err(2);
    assert_eq!(err["code"], "invalid_input");
    assert!(err["message"].as_str().unwrap().contains("acme"), "{err}");
    assert_eq!(err.as_object().unwrap().len(), 2, "exactly code and message: {err}");
}

#[test]
fn an_unusable_data_dir_is_a_data_dir_error() {
    let dir = DataDir::new();
    std::fs::create_dir_all(dir.path().parent().unwrap()).unwrap();
    std::fs::write(dir.path(), b"a file, not a folder").unwrap();
    let err = dir.run(&["doctor", "--json"]).json_err(1);
    assert_eq!(err["code"], "data_dir");
    assert!(
        !err["message"].as_str().unwrap().contains(&dir.path().display().to_string()),
        "no paths in messages"
    );
}
