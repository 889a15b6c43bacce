"""Validation of a fresh batch: the shared validator (corpusgen/validate.py), run as is,
with its citation sweep taught three things that real documents contain and that the dev
corpus never needed. Nothing is loosened: every truth value must still be found in the text,
and every date, amount and citation found in the text must still be in the truth.

1. Abbreviated instrument names: 'PP Nomor 12 Tahun 2019', 'Perpres', 'Perda', 'Pergub',
   'Perbup', 'Perwali', 'Permen...', 'Kepmen...', 'Keppres', 'Perpu', 'PKPU',
   'Peraturan KPU', 'Peraturan Bawaslu', 'Perbawaslu', 'Qanun', 'SKB', 'SE'. The shared
   sweep knows only 'UU', 'Permendagri' and 'Permenkeu' and would leave the others untyped
   (and then report the tagged reference as missing) or type 'Peraturan KPU' as LAINNYA.
   An abbreviation counts only when a 'Nomor' follows within a few capitalised words.
2. A regulation's or decree's own number 'NOMOR 7 TAHUN 2021' (truth: numbers = '7 TAHUN
   2021', SCHEMA.md) is the document itself, not a citation; the shared sweep compares its
   capture '7' with the own number and would call it a citation. Likewise an own number
   typed with spaces ('800 / 458 / BKD / 2024').
3. Publication numbers (of the state, regional or village gazette), '(Lembaran Negara Republik Indonesia Tahun 2014 Nomor
   244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587)', 'Berita Daerah Kabupaten
   X Tahun 2021 Nomor 7': registration numbers of the gazette, not instruments (the shared
   sweep types them after 'Perundang-undangan' or 'Peraturan' as UU or LAINNYA).
"""
import re

from .corpus import validate

_CAP = r"(?-i:[A-Z0-9][\w.\-]*)"
_FOLLOW = rf"(?=\s+(?:{_CAP}\s+){{0,5}}(?:Nomor|No\.?)\s)"
ABBREVIATIONS = [
    ("PERPU", r"\bPerp?pu\b"),
    ("PKPU", r"Peraturan KPU\b|\bPKPU\b"),
    ("PERBAWASLU", r"Peraturan Bawaslu\b|\bPerbawaslu\b"),
    ("PP", r"\bPP\b"),
    ("PERPRES", r"\bPerpres\b"),
    ("KEPPRES", r"\bKeppres\b"),
    ("PERMEN", r"\bPermen[A-Za-z]*\b"),
    ("KEPMEN", r"\bKepmen[A-Za-z]*\b"),
    ("PERDA", r"\bPerda\b|\bQanun\b"),
    ("PERGUB", r"\bPergub\b"),
    ("PERBUP", r"\bPerbup\b"),
    ("PERWALI", r"\bPerwal[i]?\b"),
    ("KEPGUB", r"\bKepgub\b"),
    ("KEPBUP", r"\bKepbup\b"),
    ("SKB", r"\bSKB\b"),
    ("SE", r"\bSE\b"),
]


def _instr_re():
    parts = []
    for typ, pat in validate.INSTRUMENTS:
        if typ == "LAINNYA":
            for i, (t2, p2) in enumerate(ABBREVIATIONS):
                parts.append(f"(?P<{t2}__{i}>(?:{p2}){_FOLLOW})")
        parts.append(f"(?P<{typ}>{pat})")
    return re.compile("|".join(parts), re.I)


INSTR_RE = _instr_re()
PUBLICATION_RE = re.compile(r"(?:Lembaran|Berita)\s+(?:Negara|Daerah|Desa|Gampong|Nagari|Kampung)\b[^;()\n]{0,90}$", re.I)
CITE_RE = validate.CITE_RE


def sweep_references(text, own_numbers):
    own = {re.sub(r"\s+", "", n).upper() for n in own_numbers}
    found = []
    # instrument names are matched on the whole text (an abbreviation counts only when a 'Nomor'
    # follows it, which lies beyond the window), then kept when they fall inside the window
    names = list(INSTR_RE.finditer(text))
    for m in CITE_RE.finditer(text):
        number = m.group(1)
        key = re.sub(r"\s+", "", number).upper()
        if key in own:
            continue
        if m.group(2) and f"{key}TAHUN{m.group(2)}" in own:
            continue  # the document's own 'NOMOR 7 TAHUN 2021'
        ahead = re.sub(r"\s+", "", text[m.start(1):m.start(1) + 120]).upper()
        if any(o and ahead.startswith(o) for o in own):
            continue  # an own number typed with spaces
        if PUBLICATION_RE.search(text[max(0, m.start() - 120):m.start()]):
            continue  # Lembaran Negara / Berita Daerah registration
        start = max(0, m.start() - 300)
        window = text[start:m.start()]
        prev = list(CITE_RE.finditer(window))
        if prev:
            start += prev[-1].end()
        kinds = [k for k in names if k.start() >= start and k.end() <= m.start()]
        typ = kinds[-1].lastgroup.split("__")[0] if kinds else None
        found.append((typ, number, validate.ref_year(number, m.group(2)),
                      text[max(0, m.start() - 60):m.end()]))
    return found


validate.sweep_references = sweep_references


def check(summary):
    """(problems, notes) for one rendered document (render.render's summary)."""
    return validate.validate(summary)


def check_text_only(record, text):
    """The text checks alone (no file), for quick runs over many seeds."""
    problems, notes = [], []
    validate.check_schema(record, problems)
    validate.check_text(record, text, problems, notes)
    return problems, notes
