use crate::support::DataDir;

#[test]
fn unknown_key_is_named_and_its_value_is_not_echoed() {
    let dir = DataDir::new();
    dir.write_config("[ui]\ntheme = \"dark\"\nwallpaper = \"my daughter's school photo\"\n");
    let err = dir.run(&["doctor", "--json"]).json_err(1);
    assert_eq!(err["code"], "invalid_config");
    let message = err["message"].as_str().unwrap();
    assert!(message.contains("`ui.wallpaper`"), "{message}");
    assert!(message.contains("ui.theme"), "lists the known keys: {message}");
    assert!(!message.contains("daughter"), "{message}");
}

#[test]
fn invalid_value_is_named_with_what_would_be_accepted() {
    let dir = DataDir::new();
    dir.write_config("[logging]\nlevel = \"everything\"\n");
    let err = dir.run(&["doctor", "--json"]).json_err(1);
    assert_eq!(err["code"], "invalid_config");
    let message = err["message"].as_str().unwrap();
    assert!(message.contains("`logging.level`") && message.contains("debug"), "{message}");
    assert!(!message.contains("everything"), "{message}");
}

#[test]
fn broken_toml_gives_the_position() {
    let dir = DataDir::new();
    dir.write_config("[ui]\ntheme = \"dark\n");
    let err = dir.run(&["doctor", "--json"]).json_err(1);
    assert_eq!(err["code"], "invalid_config");
    assert!(err["message"].as_str().unwrap().contains("line 2"), "{err}");
}

#[test]
fn a_valid_config_is_reported_as_existing_and_left_untouched() {
    let dir = DataDir::new();
    let text = "# my settings\n[ui]\ntheme = \"light\"\n";
    dir.write_config(text);
    let report = dir.run(&["doctor", "--json"]).json_ok();
    assert_eq!(report["config_exists"], true);
    assert_eq!(std::fs::read_to_string(dir.path().join("config.toml")).unwrap(), text);
}
