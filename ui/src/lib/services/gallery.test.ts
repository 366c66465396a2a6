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
    starred: false,
    boards: [],
    duration_ms: null,
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
  let boards: string[] = [];
  const calls: Call[] = [];
  mockIPC(
    (cmd, args) => {
      calls.push({ cmd, args: args as Record<string, unknown> });
      if (fail[cmd]) throw fail[cmd];
      switch (cmd) {
        case "objects_list": {
          const { query } = args as { query: GalleryQuery };
          return images.filter(
            (i) =>
              (!query.text || i.file_name?.includes(query.text)) &&
              (!query.starred || i.starred) &&
              (!query.board || i.boards.includes(query.board)),
          );
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
        case "boards_list":
          return boards.map((name) => ({
            name,
            count: images.filter((i) => i.boards.includes(name)).length,
            created_at: "2025-01-02T03:04:05Z",
          }));
        case "board_create": {
          const { name } = args as { name: string };
          if (boards.includes(name)) throw { code: "invalid_input", message: "taken" };
          boards.push(name);
          return { name, count: 0, created_at: "2025-01-02T03:04:05Z" };
        }
        case "board_rename": {
          const { old, new: name } = args as { old: string; new: string };
          boards = boards.map((b) => (b === old ? name : b));
          images.forEach((i) => (i.boards = i.boards.map((b) => (b === old ? name : b))));
          return { name, count: 0, created_at: "2025-01-02T03:04:05Z" };
        }
        case "board_delete": {
          const { name } = args as { name: string };
          boards = boards.filter((b) => b !== name);
          images.forEach((i) => (i.boards = i.boards.filter((b) => b !== name)));
          return null;
        }
        case "board_add": {
          const { name, ids } = args as { name: string; ids: string[] };
          const fresh = images.filter((i) => ids.includes(i.id) && !i.boards.includes(name));
          fresh.forEach((i) => i.boards.push(name));
          return { changed: fresh.length };
        }
        case "objects_star": {
          const { ids, starred } = args as { ids: string[]; starred: boolean };
          images.filter((i) => ids.includes(i.id)).forEach((i) => (i.starred = starred));
          return { changed: ids.length };
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
      starred: false,
      board: null,
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

  it("a star filters the list and starring an output says it is still deleted on time", async () => {
    const calls = fakeCore();
    const gallery = new GalleryService();
    await gallery.load();
    await gallery.setStar(gallery.items[2], true);
    expect(calls.find((c) => c.cmd === "objects_star")?.args).toEqual({ ids: ["c"], starred: true });
    expect(gallery.items[2].starred).toBe(true);
    expect(gallery.notice).toEqual({ kind: "starred", id: "c", expiresAt: null });
    gallery.starredOnly = true;
    await gallery.refresh();
    expect(gallery.items.map((i) => i.id)).toEqual(["c"]);
    expect(gallery.filtered).toBe(true);
    await gallery.setStar(gallery.items[0], false);
    expect(gallery.items).toEqual([]);
  });

  it("boards: create, drop images on one, view it, rename and delete it keeping the images", async () => {
    fakeCore();
    const gallery = new GalleryService();
    await gallery.load();
    expect(await gallery.createBoard("Trips")).toBe(true);
    expect(await gallery.createBoard("Trips")).toBe(false);
    expect(gallery.errorCode).toBe("invalid_input");
    gallery.selecting = true;
    gallery.toggle("a");
    gallery.toggle("b");
    expect(gallery.dragIds(gallery.items[0])).toEqual(["a", "b"]);
    expect(gallery.dragIds(gallery.items[2])).toEqual(["c"]);
    await gallery.addToBoard("Trips", gallery.dragIds(gallery.items[0]));
    expect(gallery.notice).toEqual({ kind: "boarded", count: 2, board: "Trips" });
    expect(gallery.boards).toEqual([{ name: "Trips", count: 2, created_at: "2025-01-02T03:04:05Z" }]);
    await gallery.viewBoard("Trips");
    expect(gallery.items.map((i) => i.id)).toEqual(["a", "b"]);
    await gallery.renameBoard("Trips", "Travel");
    expect(gallery.board).toBe("Travel");
    expect(gallery.items.map((i) => i.id)).toEqual(["a", "b"]);
    await gallery.deleteBoard("Travel");
    expect(gallery.board).toBe("");
    expect(gallery.boards).toEqual([]);
    expect(gallery.items).toHaveLength(3);
  });
});
