import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";

// The webview's CSP allows no data: URLs and no inline code, so nothing may be inlined.
export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  publicDir: false,
  // The app icon is imported from ../icons, outside the UI package.
  server: { port: 5173, strictPort: true, fs: { allow: [".."] } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "safari16",
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
});
