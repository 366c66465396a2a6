import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { clearMocks, mockConvertFileSrc, mockIPC } from "@tauri-apps/api/mocks";
import { emit } from "@tauri-apps/api/event";
import type { GalleryQuery, ObjectSummary } from "../ipc";

// lib/ipc builds its thumbnail URL when it loads, so Tauri's internals are mocked first.
let GalleryService: typeof import("./gallery.svelte").GalleryService;

beforeAll(async () => {
  mockConvertFileSrc("linux");
  ({ GalleryService } = await import("./gallery.svelte"));
});

afterEach(() => {
  clearMocks();
  mockConvertFileSrc("linux");
});

function image(id: string, name: string, kind: ObjectSummary["kind"] = "original"): ObjectSummary {
  return {
    id,
    kind,
    mime: "image/jpeg",
    width: 640,
    height: 480,
    size: 52_000,
    created_at: "2025-01-02T03:04:05Z",
    expires_at: null,
    file_name: name,
    task_id: null,
    duplicate: false,
  };
}

const IMAGES = [image("a", "beach.jpg"), image("b", "city.jpg"), image("c", "poster.png", "output")];

type Call = { cmd: string; args: Record<string, unknown> };

/**
 * A fake core holding `images`: lists them (filtered by the query's text), deletes, imports;
 * `fail` makes a command throw an error body.
 */
function fakeCore(fail: Record<string, { code: string; message: string }> = {}) {
  let images = structuredClone(IMAGES);
  const calls: Call[] = [];
  mockIPC(
    (cmd, args) => {
      calls.push({ cmd, args: args as Record<string, unknown> });
      if (fail[cmd]) throw fail[cmd];
      switch (cmd) {
        case "objects_list": {
          const { query } = args as { query: GalleryQuery };
          return images.filter((i) => !query.text || i.file_name?.includes(query.text));
        }
        case "objects_facets":
          return { providers: ["gemini"], task_statuses: ["succeeded"] };
        case "objects_delete": {
          const { ids } = args as { ids: string[] };
          images = images.filter((i) => !ids.includes(i.id));
          return ids.length;
        }
        case "object_import": {
          const added = image(`n${images.length}`, "new.jpg");
          images.push(added);
          return added;
        }
        case "object_keep_longer":
          return "2030-01-01T00:00:00Z";
        case "export_start":
          return { path: "/exports/x", files: 2, bytes: 100, tasks: 0, ledger_entries: 0, written: [] };
      }
      throw { code: "internal", message: `unexpected command ${cmd}` };
    },
    { shouldMockEvents: true },
  );
  return calls;
}

describe("GalleryService", () => {
  it("load fills the list and the filter choices", async () => {
    fakeCore();
    const gallery = new GalleryService();
    await gallery.load();
    expect(gallery.phase).toBe("open");
    expect(gallery.items.map((i) => i.id)).toEqual(["a", "b", "c"]);
    expect(gallery.visible).toHaveLength(3);
    expect(gallery.providers).toEqual(["gemini"]);
    expect(gallery.statuses).toEqual(["succeeded"]);
    expect(gallery.error).toBeNull();
  });

  it("hides an image past its deadline before the purge removes it", async () => {
    fakeCore();
    const gallery = new GalleryService();
    await gallery.load();
    gallery.items = [
      { ...IMAGES[0], expires_at: "2000-01-01T00:00:00Z" },
      { ...IMAGES[1], expires_at: "2999-01-01T00:00:00Z" },
    ];
    expect(gallery.visible.map((i) => i.id)).toEqual(["b"]);
  });

  it("a search sends the query with the filters and lists what matches", async () => {
    const calls = fakeCore();
    const gallery = new GalleryService();
    await gallery.load();
    gallery.kind = "original";
    gallery.within = "7";
    await gallery.search("beach");
    const last = calls.filter((c) => c.cmd === "objects_list").at(-1);
    expect(last?.args.query).toEqual({
      text: "beach",
      kind: "original",
      withinDays: 7,
      order: "newest",
      provider: null,
      taskStatus: null,
    });
    expect(gallery.items.map((i) => i.id)).toEqual(["a"]);
    expect(gallery.filtered).toBe(true);
  });

  it("no vault and a locked vault are phases, not errors", async () => {
    fakeCore({ objects_list: { code: "no_vault", message: "no vault" } });
    const none = new GalleryService();
    await none.load();
    expect(none.phase).toBe("none");
    expect(none.error).toBeNull();

    clearMocks();
    fakeCore({ objects_list: { code: "locked", message: "the vault is locked" } });
    const locked = new GalleryService();
    await locked.load();
    expect(locked.phase).toBe("locked");
  });

  it("deleting removes the ids from the list and from the selection", async () => {
    const calls = fakeCore();
    const gallery = new GalleryService();
    await gallery.load();
    gallery.selecting = true;
    gallery.toggle("a");
    gallery.toggle("c");
    expect(await gallery.deleteIds([...gallery.chosen])).toBe(true);
    expect(calls.find((c) => c.cmd === "objects_delete")?.args).toEqual({ ids: ["a", "c"] });
    expect(gallery.items.map((i) => i.id)).toEqual(["b"]);
    expect(gallery.chosen).toEqual([]);
    expect(gallery.selecting).toBe(false);
    expect(gallery.notice).toEqual({ kind: "deleted", count: 2 });
  });

  it("a failed delete leaves the list intact and exposes the error's code", async () => {
    fakeCore({ objects_delete: { code: "locked", message: "the vault is locked" } });
    const gallery = new GalleryService();
    await gallery.load();
    expect(await gallery.deleteIds(["a"])).toBe(false);
    expect(gallery.items.map((i) => i.id)).toEqual(["a", "b", "c"]);
    expect(gallery.errorCode).toBe("locked");
    expect((gallery.error as Error).message).toBe("the vault is locked");
    expect(gallery.notice).toBeNull();
  });

  it("a failed refresh keeps the images already shown", async () => {
    fakeCore();
    const gallery = new GalleryService();
    await gallery.load();
    clearMocks();
    fakeCore({ objects_list: { code: "internal", message: "index unreadable" } });
    await gallery.search("city");
    expect(gallery.phase).toBe("open");
    expect(gallery.items).toHaveLength(3);
    expect(gallery.errorCode).toBe("internal");
  });

  it("importing counts what was added and reloads", async () => {
    const calls = fakeCore();
    const gallery = new GalleryService();
    await gallery.load();
    // jsdom's File has no arrayBuffer(); the service needs only the name and the bytes.
    const file = { name: "new.jpg", arrayBuffer: async () => new Uint8Array([1, 2, 3]).buffer } as unknown as File;
    await gallery.importFiles([file]);
    expect(gallery.importErrors).toEqual([]);
    expect(calls.filter((c) => c.cmd === "object_import")).toHaveLength(1);
    expect(gallery.progress).toBeNull();
    expect(gallery.notice).toEqual({ kind: "imported", added: 1, duplicates: 0 });
    expect(gallery.items).toHaveLength(4);
  });

  it("keeping longer returns the new deadline; exporting reports the copies", async () => {
    const calls = fakeCore();
    const gallery = new GalleryService();
    await gallery.load();
    expect(await gallery.keepLonger("c", "30d")).toBe("2030-01-01T00:00:00Z");
    expect(calls.find((c) => c.cmd === "object_keep_longer")?.args).toEqual({ id: "c", by: "30d" });
    await gallery.exportIds(["a", "b"]);
    expect(calls.find((c) => c.cmd === "export_start")?.args).toMatchObject({
      selection: { kind: "objects", value: ["a", "b"] },
    });
    expect(gallery.notice).toEqual({ kind: "exported", files: 2, path: "/exports/x" });
  });

  it("reloads when the vault changes and keeps a watch-folder failure", async () => {
    const calls = fakeCore();
    const gallery = new GalleryService();
    await gallery.load();
    const stop = gallery.watch();
    // Let the listeners register.
    await new Promise((r) => setTimeout(r, 0));
    const before = calls.filter((c) => c.cmd === "objects_list").length;
    await emit("vault-changed", null);
    await emit("import-failed", "not an image");
    await new Promise((r) => setTimeout(r, 0));
    expect(calls.filter((c) => c.cmd === "objects_list").length).toBeGreaterThan(before);
    expect(gallery.watchFailure).toBe("not an image");
    stop();
  });
});
