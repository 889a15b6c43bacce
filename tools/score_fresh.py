#!/usr/bin/env python3
"""Ingests a batch made by tools/make_fresh.py with a naskah binary and scores it: all documents,
then born-digital documents per producer and scans, from the batch's MANIFEST.tsv.

usage: score_fresh.py BATCH_DIR [--naskah target/release/naskah] [--detail] [--json]

BATCH_DIR holds docs/, <id>.json, <id>.txt and MANIFEST.tsv. The import goes to a scratch data
folder; the export is kept as BATCH_DIR.<binary name>.jsonl for later look-ups. Prints one
line per group: documents, overall F1, mean CER, and the F1 of every field.
"""
import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORE = ROOT.parent / "shared" / "corpus" / "eval" / "score.py"
FIELDS = ["doc_type", "title", "date", "place", "numbers", "parties", "signatory_names",
          "signatory_positions", "amounts", "dates", "references"]


def score(truth_dir: Path, export: Path, extra=()):
    out = subprocess.run([sys.executable, str(SCORE), str(truth_dir), str(export), "--json", *extra],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def subset(batch: Path, ids, tmp: Path) -> Path:
    d = tmp / f"subset-{len(list(tmp.iterdir()))}"
    d.mkdir()
    for i in ids:
        for ext in (".json", ".txt"):
            src = batch / f"{i}{ext}"
            if src.exists():
                (d / src.name).symlink_to(src.resolve())
    return d


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("batch", type=Path)
    ap.add_argument("--naskah", default=str(ROOT / "target" / "release" / "naskah"))
    ap.add_argument("--detail", action="store_true", help="print the scorer's misses too")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    batch = args.batch.resolve()
    manifest = [line.split("\t") for line in (batch / "MANIFEST.tsv").read_text().splitlines()]
    head, rows = manifest[0], manifest[1:]
    col = {h: k for k, h in enumerate(head)}
    export = batch.parent / f"{batch.name}.{Path(args.naskah).parent.parent.name}-{Path(args.naskah).name}.jsonl"
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        data = tmp / "data"
        subprocess.run([args.naskah, "--data", str(data), "ingest", str(batch / "docs")],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(export, "w") as f:
            subprocess.run([args.naskah, "--data", str(data), "export", "--format", "jsonl"], check=True, stdout=f)
        groups = {"all": [r[0] for r in rows]}
        for r in rows:
            if r[col["format"]] == "pdf":
                groups.setdefault(f"born-digital {r[col['producer']]}", []).append(r[0])
                groups.setdefault("born-digital", []).append(r[0])
            else:
                groups.setdefault("scanned", []).append(r[0])
        results = {}
        for name in sorted(groups, key=lambda g: (g != "all", not g.startswith("born-digital") or " " in g, g)):
            ids = groups[name]
            d = batch if name == "all" else subset(batch, ids, tmp)
            results[name] = score(d, export)
            results[name]["documents"] = len(ids)
        if args.detail:
            subprocess.run([sys.executable, str(SCORE), str(batch), str(export), "--detail"])
    if args.json:
        print(json.dumps(results, indent=1))
        return 0
    short = {"signatory_names": "sig_names", "signatory_positions": "sig_pos"}
    print(f"{'group':26s} {'docs':>4s} {'F1':>6s} {'CER':>6s} " + " ".join(f"{short.get(f, f)[:9]:>9s}" for f in FIELDS))
    for name, r in results.items():
        fields = r.get("fields", {})
        cells = " ".join(f"{fields.get(f, {}).get('f1', float('nan')):9.3f}" for f in FIELDS)
        cer = r.get("mean_cer")
        print(f"{name:26s} {r['documents']:4d} {r['overall_f1']:6.3f} {cer if cer is not None else float('nan'):6.3f} {cells}")
    print(f"export: {export}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
