//! The promise: operational logs never contain prompts or API keys. The test pushes both
//! through the code paths that log — storing a key, and a config file that wrongly holds a prompt
//! and a key — then reads every log file.

use crate::support::{files_under, marker, DataDir};

#[test]
fn logs_never_contain_prompts_or_api_keys() {
    let dir = DataDir::new();
    let api_key = marker("sk-proj-LEAKCHECK");
    let prompt = marker("a watercolour portrait of Alice Example at 12 Rue de la Paix");

    // 1. An API key through `keys set` (logged: "provider API key stored").
    dir.run(&["keys", "set", "openai", "--json"]).stdin(api_key.as_bytes()).json_ok();
    dir.run(&["keys", "delete", "openai", "--json"]).json_ok();

    // 2. A prompt and a key pasted into config.toml (logged: the config error).
    dir.write_config(&format!("[ui]\nprompt = \"{prompt}\"\napi_key = \"{api_key}\"\n"));
    dir.run(&["doctor", "--json"]).json_err(1);
    dir.write_config(&format!("[ui]\ntheme = \"{prompt}\"\n"));
    dir.run(&["doctor", "--json"]).json_err(1);
    dir.write_config(&format!("{prompt} = {api_key}\n"));
    dir.run(&["doctor", "--json"]).json_err(1);

    let logs: Vec<_> = files_under(&dir.path().join("logs"));
    assert!(!logs.is_empty(), "logging wrote nothing");
    let all: String = logs.iter().map(|f| std::fs::read_to_string(f).unwrap()).collect();
    // The paths above did log (so this test can fail) ...
    assert!(all.contains("provider API key stored"), "{all}");
    // serde reports the first unknown key it meets; either one proves the path ran.
    assert!(all.contains("unknown key `ui.api_key`") || all.contains("unknown key `ui.prompt`"), "{all}");
    assert!(all.contains("invalid value for `ui.theme`"), "{all}");
    assert!(all.contains("not valid TOML"), "{all}");
    // ... and none of it carries the secret or the prompt, whole or in part.
    for needle in [&api_key, &prompt, &"LEAKCHECK".to_string(), &"Alice Example".to_string()] {
        assert!(!all.contains(needle.as_str()), "log contains {needle:?}:\n{all}");
    }
}
