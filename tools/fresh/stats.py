"""How varied a batch is: distinct written forms per slot.

usage: python3 -m fresh.stats OUT [OUT ...]      (from tools/)

Reads OUT/<id>.json and OUT/<id>.txt and counts, over all the batches given, the distinct
wordings of each slot: date styles, amount styles, number shapes, citation heads, signature
positions and arrangements, openings, closings, parties, provinces, kinds and formats."""
import collections
import json
import re
import sys
from pathlib import Path

from .corpus import idfmt

MONTHS = "|".join(idfmt.MONTHS + ["Nopember", "Pebruari"])


def date_style(s):
    if re.match(r"\d{1,2}/\d{1,2}/\d{4}", s):
        return "dd/mm/yyyy" if re.match(r"\d\d/\d\d/", s) else "d/m/yyyy"
    if re.match(r"\d{1,2}-\d{1,2}-\d{4}", s):
        return "dd-mm-yyyy" if re.match(r"\d\d-\d\d-", s) else "d-m-yyyy"
    if s.lower().startswith("tanggal"):
        w = s.split()[1]
        return "words " + ("UPPER" if w.isupper() else "Capitalised" if w[0].isupper() else "lower")
    m = re.match(rf"(\d{{1,2}})\s+({MONTHS})\s+\d{{4}}", s, re.I)
    if m:
        mon = m.group(2)
        old = " (old spelling)" if mon.lower() in ("nopember", "pebruari") else ""
        return ("0d Month" if m.group(1).startswith("0") else "d MONTH" if mon.isupper() else "d Month") + old
    return "other"


def amount_style(t):
    s = re.sub(r"\d", "9", t)
    s = re.sub(r"9+", "9", s)
    return s


def number_shape(n):
    s = re.sub(r"\d+", "9", n)
    s = re.sub(r"[A-Za-z]+", "A", s)
    return s


def main(dirs):
    c = collections.defaultdict(collections.Counter)
    for d in map(Path, dirs):
        manifest = {}
        mf = d / "MANIFEST.tsv"
        if mf.exists():
            rows = [ln.split("\t") for ln in mf.read_text().splitlines()]
            manifest = {r[0]: dict(zip(rows[0], r)) for r in rows[1:]}
        for jf in sorted(d.glob("*.json")):
            rec = json.loads(jf.read_text())
            text = jf.with_suffix(".txt").read_text()
            flat = " ".join(text.split())
            doc_id = jf.stem
            c["kind"][rec["doc_type"]] += 1
            if doc_id in manifest:
                m = manifest[doc_id]
                c["format"][m["format"]] += 1
                c["producer"][m["producer"]] += 1
                c["producer/format"][f"{m['producer']}/{m['format']}"] += 1
                c["issuer kind"][m["issuer"]] += 1
                c["decade"][m["year"][:3] + "0s"] += 1
                c["paper/font"][f"{m['paper']}/{m['font']}"] += 1
                c["degradation"][m["degradation"].split(",")[0]] += 1
            for iso, shown in idfmt.sweep_dates(flat):
                c["date style"][date_style(shown)] += 1
            for a in rec["amounts"]:
                c["amount style"][amount_style(a["text"])] += 1
            for n in rec["numbers"]:
                c["number shape"][number_shape(n)] += 1
            for m in re.finditer(r"((?:\S+\s+){1,4})(?:Nomor|No\.)\s+[\w./\-]*\d", flat):
                head = m.group(1).strip()
                if re.search(r"Undang|UU|Peraturan|Perpres|Permen|Kepmen|Keputusan|Surat|SE|SKB|PP|Perda|Perbup|Pergub|Perwali|PKPU|Perbawaslu|Qanun|Instruksi|Keppres|Perpu|Perppu", head):
                    c["citation head"][" ".join(head.split()[-3:])] += 1
            for s in rec["signatories"]:
                c["signatory position"][s["position"]] += 1
                c["signatory name"][s["name"]] += 1
            c["signatories per document"][len(rec["signatories"])] += 1
            for p in rec["parties"]:
                c["party"][p] += 1
            c["references per document"][len(rec["references"])] += 1
            for r in rec["references"]:
                c["reference type"][r["type"]] += 1
            for ln in text.splitlines():
                if ln.startswith("Demikian") or ln.startswith("Atas perhatian") or ln.startswith("Mengingat pentingnya"):
                    c["closing sentence"][ln.strip()] += 1
                if ln.startswith("Pada hari"):
                    c["agreement opening (first 8 words)"][" ".join(re.sub(r"\d", "9", ln).split()[:8])] += 1
                if re.match(r"^(Menindaklanjuti|Dalam rangka|Sehubungan|Berdasarkan|Memperhatikan|Bersama ini|Menjelang|Memenuhi|Sesuai)", ln):
                    c["letter opening (first 3 words)"][" ".join(ln.split()[:3])] += 1
            if rec["title"]:
                c["title"][rec["title"]] += 1
    for k, cnt in c.items():
        total = sum(cnt.values())
        top = ", ".join(f"{v}x {key!s:.60}" for key, v in cnt.most_common(6))
        print(f"{k:36} {len(cnt):4} distinct / {total:4}   {top}")


if __name__ == "__main__":
    main(sys.argv[1:])
