// Media that is not a still image: which objects are videos, and reading a video from the
// vault for the player.
import type { ObjectSummary } from "./ipc/bindings/ObjectSummary";
import { mediaUrl } from "./ipc";

/** Whether the object is a video (played, not shown as an image). */
export const isVideo = (item: Pick<ObjectSummary, "mime">): boolean => item.mime.startsWith("video/");

/**
 * A video read through the thumb: protocol in byte ranges (each answer decrypts only the vault
 * chunks it holds), put together in memory as a Blob. For webviews whose media player cannot
 * load an app's own URL scheme itself: WebKitGTK's GStreamer player has no handler for custom
 * schemes (WebKit bug 146351), while `fetch` goes through the protocol like any request.
 * Nothing is written to disk; `onprogress` hears (bytes read, total).
 */
export async function readVideo(
  id: string,
  onprogress: (done: number, total: number) => void = () => {},
  fetcher: typeof fetch = fetch,
): Promise<Blob> {
  const pieces: ArrayBuffer[] = [];
  let at = 0;
  let total = Infinity;
  let mime = "video/mp4";
  while (at < total) {
    const response = await fetcher(mediaUrl(id), { headers: { Range: `bytes=${at}-` }, cache: "no-store" });
    if (response.status !== 206 && response.status !== 200) throw new Error(`the vault did not serve the video (HTTP ${response.status})`);
    const range = /\/(\d+)$/.exec(response.headers.get("content-range") ?? "");
    const piece = await response.arrayBuffer();
    total = range ? Number(range[1]) : at + piece.byteLength;
    mime = response.headers.get("content-type") ?? mime;
    if (piece.byteLength === 0) throw new Error("the vault answered an empty piece");
    pieces.push(piece);
    at += piece.byteLength;
    onprogress(at, total);
  }
  return new Blob(pieces, { type: mime });
}
