import js from "@eslint/js";
import ts from "typescript-eslint";
import svelte from "eslint-plugin-svelte";
import globals from "globals";

export default ts.config(
  { ignores: ["dist/", "node_modules/"] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs["flat/recommended"],
  {
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["**/*.svelte", "**/*.svelte.ts"],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    // ui/src/lib/ipc is the only module allowed to reach the backend.
    files: ["src/**/*.ts", "src/**/*.svelte"],
    // Tests may use Tauri's IPC mocks.
    ignores: ["src/lib/ipc/**", "src/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@tauri-apps/api/*", "@tauri-apps/api"], message: "Call the backend through src/lib/ipc only." }] },
      ],
    },
  },
);
