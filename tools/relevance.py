#!/usr/bin/env python3
"""Relevance tests: queries legal staff ask, and the dev documents each must return in its
top 3. Runs `naskah search --json` against a data folder that holds the ingested dev corpus.

usage: relevance.py NASKAH_BINARY DATA_DIR
Prints one line per query and `N passed, N failed`; exits non-zero if any failed.
"""
import json
import subprocess
import sys

# (query, extra search arguments, documents that must all be in the top 3)
CASES = [
    ("netralitas ASN", [], ["se-banjar-2020-netralitas.pdf"]),
    ("netralitas aparatur sipil negara pilkada", ["--type", "keputusan"], ["kep-bupati-banjar-2020-satgas-netralitas.pdf"]),
    ("800/458-PPPK.2/BKDPSDM", [], ["se-banjar-2020-netralitas.pdf"]),
    ("900/0871/BPKAD/2023", [], ["nphd-kalsel-kpu-2023.pdf"]),
    ("hibah pengawasan pemilihan Bawaslu Kalimantan Selatan", ["--type", "nphd"], ["nphd-kalsel-bawaslu-2023.pdf"]),
    ("hibah", ["--cites", "UU 10/2016", "--min-amount", "100 miliar"], ["nphd-kalsel-kpu-2023.pdf"]),
    ("jam kerja ramadan", [], ["se-bkd-kalsel-2024-jam-kerja-ramadan.pdf"]),
    ("jam kerja ramadhan", [], ["se-bkd-kalsel-2024-jam-kerja-ramadan.pdf"]),
    ("gratifikasi hari raya", [], ["se-tanbu-2021-gratifikasi-idul-fitri.jpg"]),
    ("pengembalian sisa dana hibah", [], ["ba-pengembalian-hibah-kpu-banjarbaru-2021.png"]),
    ("honorarium badan ad hoc", [], ["kep-kpu-balangan-2024-honorarium-adhoc.tif"]),
    ("penandatanganan perjanjian kerja sama kejaksaan", [], ["pks-hss-kejari-2021-datun.pdf"]),
    ("sertipikasi aset tanah", [], ["kb-kotabaru-bpn-2022-sertipikasi-aset.pdf"]),
    ("protokol kesehatan", ["--from", "2020-09-01", "--to", "2020-09-30"], ["se-hss-2020-protokol-kesehatan-pilkada.pdf"]),
    ("rapat koordinasi", ["--type", "undangan"], ["und-kesbangpol-kalsel-2020-rakor-netralitas.png"]),
]


def main(binary, data):
    passed = failed = 0
    for query, extra, expected in CASES:
        out = subprocess.run(
            [binary, "--data", data, "search", query, "--json", "--limit", "3"] + extra,
            capture_output=True,
            text=True,
        )
        if out.returncode != 0:
            print(f"FAIL {query!r} {extra}: exit {out.returncode}: {out.stderr.strip()}")
            failed += 1
            continue
        top = [h["source"] for h in json.loads(out.stdout)["hits"]]
        missing = [e for e in expected if e not in top]
        if missing:
            print(f"FAIL {query!r} {extra}: top 3 {top} lacks {missing}")
            failed += 1
        else:
            print(f"ok   {query!r} {extra}")
            passed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
