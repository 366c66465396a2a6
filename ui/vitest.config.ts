import { defineConfig } from "vitest/config";
import { svelte } from "@sveltejs/vite-plugin-svelte";

// Unit tests beside the code (`*.test.ts`): catalogs, formatting, and the .svelte.ts services
// against Tauri's IPC mocks. jsdom gives them a window; runes compile as in the app.
export default defineConfig({
  plugins: [svelte()],
  resolve: { conditions: ["browser"] },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
  },
});
