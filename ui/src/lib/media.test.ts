import { beforeAll, describe, expect, it } from "vitest";
import { mockConvertFileSrc } from "@tauri-apps/api/mocks";

// lib/ipc builds the protocol's base URL when it loads, so Tauri's internals are mocked first.
let media: typeof import("./media");
beforeAll(async () => {
  mockConvertFileSrc("linux");
  media = await import("./media");
});

/** A protocol that serves `bytes` in pieces of at most `max`, as the thumb: protocol does. */
function server(bytes: Uint8Array, max: number, seen: string[]): typeof fetch {
  return (async (url: string, init?: RequestInit) => {
    const range = new Headers(init?.headers).get("range") ?? "";
    seen.push(`${url} ${range}`);
    const start = Number(/bytes=(\d+)-/.exec(range)?.[1] ?? 0);
    const end = Math.min(start + max, bytes.length);
    return new Response(bytes.slice(start, end), {
      status: 206,
      headers: { "content-range": `bytes ${start}-${end - 1}/${bytes.length}`, "content-type": "video/mp4" },
    });
  }) as typeof fetch;
}

describe("videos", () => {
  it("knows a video by its media type", () => {
    expect(media.isVideo({ mime: "video/mp4" })).toBe(true);
    expect(media.isVideo({ mime: "image/png" })).toBe(false);
  });

  it("reads a video through the protocol in ranges and puts it together", async () => {
    const bytes = Uint8Array.from({ length: 2500 }, (_, i) => i % 251);
    const seen: string[] = [];
    const progress: number[] = [];
    const blob = await media.readVideo("ab".repeat(16), (done) => progress.push(done), server(bytes, 1000, seen));
    const read = await new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(blob);
    });
    expect(new Uint8Array(read)).toEqual(bytes);
    expect(blob.type).toBe("video/mp4");
    expect(seen.map((s) => s.split(" ")[1])).toEqual(["bytes=0-", "bytes=1000-", "bytes=2000-"]);
    expect(seen[0]).toContain("media/abab");
    expect(progress).toEqual([1000, 2000, 2500]);
  });

  it("fails clearly when the vault does not serve it", async () => {
    const missing = (async () => new Response("", { status: 404 })) as typeof fetch;
    await expect(media.readVideo("cd".repeat(16), () => {}, missing)).rejects.toThrow("HTTP 404");
  });
});
