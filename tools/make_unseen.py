#!/usr/bin/env python3
"""Generates a held-out set of labelled documents, unlike the shared dev corpus, to check that
extraction generalises: other regions (Jawa Tengah, NTB, NTT, Papua, Aceh, Sulawesi, DIY),
agencies (Dinas Pendidikan, BPBD, Bappeda, DPRD, Kemenag, universities, hospitals, KPU/KIP),
decades (1999-2025, old spellings such as `Pebruari`, `Nopember`, `Propinsi`, `milyar`) and
genres (surat edaran, keputusan, surat dinas, nota dinas, undangan, berita acara, NPHD, MoU,
PKS), rendered as born-digital PDFs and as scans (PNG, JPEG, TIFF, image-only PDF).

Every document, name and number is invented. Wherever a document states a date, an amount,
a reference or its own number, the text is produced by a helper that records the value in
the document's truth, so the truth follows the text.

usage: make_unseen.py OUT_DIR [--seed N] [--only ID,ID]

Writes OUT_DIR/docs/<id>.<ext> (what to ingest), OUT_DIR/<id>.json (the record, as the shared
corpus's SCHEMA.md) and OUT_DIR/<id>.txt (the clean text, pages separated by form feeds), so
that `score.py OUT_DIR export.jsonl` scores an export. Needs reportlab and Pillow (no numpy)
and the fonts-liberation / fonts-dejavu-core TrueType fonts. The seed changes only the look
of the renders (offsets, skew, noise, stamps), never the texts or the truth.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import sys
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

PAGE_W, PAGE_H = 595.28, 841.89  # A4 in points

FONT_FILES = {
    "times": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "arial": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "narrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf"),
    "dserif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "dsans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "mono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
}
FONT_ROOT = Path("/usr/share/fonts/truetype")
_registered: set[str] = set()
_pil_cache: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def font_name(family: str, bold: bool) -> str:
    """The reportlab name of a family's face, registered on first use."""
    name = f"{family}-{'b' if bold else 'r'}"
    if name not in _registered:
        pdfmetrics.registerFont(TTFont(name, str(FONT_ROOT / FONT_FILES[family][int(bold)])))
        _registered.add(name)
    return name


def pil_font(name: str, px: int) -> ImageFont.FreeTypeFont:
    family, face = name.rsplit("-", 1)
    key = (name, px)
    if key not in _pil_cache:
        _pil_cache[key] = ImageFont.truetype(str(FONT_ROOT / FONT_FILES[family][face == "b"]), px)
    return _pil_cache[key]


# --------------------------------------------------------------------------- Indonesian text

BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember"]
BULAN_LAMA = {2: "Pebruari", 11: "Nopember"}
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
ROMAWI = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
SATUAN = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
          "sepuluh", "sebelas"]


def terbilang(n: int, milyar: bool = False) -> str:
    """A whole number in Indonesian words: 1250 -> 'seribu dua ratus lima puluh'."""
    def rest(head: str, r: int) -> str:
        return head + (" " + terbilang(r, milyar) if r else "")
    if n < 12:
        return SATUAN[n]
    if n < 20:
        return terbilang(n - 10) + " belas"
    if n < 100:
        return rest(terbilang(n // 10) + " puluh", n % 10)
    if n < 200:
        return rest("seratus", n - 100)
    if n < 1000:
        return rest(terbilang(n // 100) + " ratus", n % 100)
    if n < 2000:
        return rest("seribu", n - 1000)
    for unit, word in ((10**12, "triliun"), (10**9, "milyar" if milyar else "miliar"),
                       (10**6, "juta"), (10**3, "ribu")):
        if n >= unit:
            return rest(terbilang(n // unit, milyar) + " " + word, n % unit)
    raise ValueError(n)


def ribuan(v: int) -> str:
    return f"{v:,}".replace(",", ".")


# --------------------------------------------------------------------------- layout

class Layout:
    """Places text on A4 pages; keeps draw operations per page and the clean text per page."""

    def __init__(self, family: str, size: float, margins=(78, 62, 56, 60), leading=1.3,
                 justify=False):
        self.family, self.size, self.leading, self.justify = family, size, leading, justify
        self.ml, self.mr, self.mt, self.mb = margins
        self.width = PAGE_W - self.ml - self.mr
        self.pages: list[list[tuple]] = [[]]
        self.text: list[list[str]] = [[]]
        self.y = self.mt

    # -- primitives
    def lh(self, size=None) -> float:
        return (size or self.size) * self.leading

    def sw(self, s: str, bold=False, size=None) -> float:
        return pdfmetrics.stringWidth(s, font_name(self.family, bold), size or self.size)

    def op(self, *o):
        self.pages[-1].append(o)

    def put(self, x, y, s, bold=False, size=None, underline=False):
        name = font_name(self.family, bold)
        self.op("t", x, y, name, size or self.size, s)
        if underline:
            self.op("l", x, y + 1.6, x + self.sw(s, bold, size), y + 1.6, 0.7)

    def emit(self, line: str):
        self.text[-1].append(line)

    def need(self, h: float):
        if self.y + h > PAGE_H - self.mb:
            self.new_page()

    def new_page(self):
        self.pages.append([])
        self.text.append([])
        self.y = self.mt
        label = f"- {len(self.pages)} -"
        self.put((PAGE_W - self.sw(label)) / 2, self.y + self.size, label)
        self.emit(label)
        self.y += self.lh() * 1.6

    def wrap(self, s: str, width: float, bold=False, size=None) -> list[str]:
        out, cur = [], ""
        for word in s.split():
            cand = f"{cur} {word}" if cur else word
            if cur and self.sw(cand, bold, size) > width:
                out.append(cur)
                cur = word
            else:
                cur = cand
        if cur:
            out.append(cur)
        return out or [""]

    def put_line(self, x, y, line, width, bold=False, size=None, justify=False):
        """One line; justified lines are drawn word by word, as many PDF producers do."""
        words = line.split()
        if not justify or len(words) < 2:
            self.put(x, y, line, bold, size)
            return
        total = sum(self.sw(w, bold, size) for w in words)
        gap = (width - total) / (len(words) - 1)
        if gap > self.sw(" ", bold, size) * 3.5:
            self.put(x, y, line, bold, size)
            return
        for w in words:
            self.put(x, y, w, bold, size)
            x += self.sw(w, bold, size) + gap

    # -- blocks
    def space(self, h: float):
        self.y += h

    def page_break(self):
        self.new_page()

    def center(self, s: str, bold=False, size=None, after=0.0, underline=False):
        for line in self.wrap(s, self.width * 0.9, bold, size):
            self.need(self.lh(size))
            self.y += self.lh(size)
            self.put(self.ml + (self.width - self.sw(line, bold, size)) / 2, self.y, line, bold,
                     size, underline)
        self.emit(s)
        self.y += after

    def para(self, s: str, left=0.0, label: str | None = None, label_w=18.0, first=0.0,
             after=3.0, bold=False, size=None, justify=None):
        justify = self.justify if justify is None else justify
        x0 = self.ml + left + (label_w if label else 0)
        width = PAGE_W - self.mr - x0
        lines = self.wrap(s, width - first, bold, size)
        # re-wrap after the first line at full width
        if first and len(lines) > 1:
            head = lines[0]
            lines = [head] + self.wrap(s[len(head):].strip(), width, bold, size)
        for i, line in enumerate(lines):
            self.need(self.lh(size))
            self.y += self.lh(size)
            if i == 0 and label:
                self.put(self.ml + left, self.y, label, bold, size)
            x = x0 + (first if i == 0 else 0)
            self.put_line(x, self.y, line, width - (first if i == 0 else 0), bold, size,
                          justify and i < len(lines) - 1)
        self.emit(f"{label} {s}" if label else s)
        self.y += after

    def kv(self, rows, key_w=80.0, left=0.0, after=2.0, bold_keys=False, sep=":", label=None):
        """Rows of `key : value`; a value may be a list of lines. A label (e.g. `1.`) is put
        in the margin before the first row."""
        for n, (key, value) in enumerate(rows):
            values = value if isinstance(value, list) else [value]
            xk = self.ml + left
            xc = xk + key_w
            xv = xc + self.sw(sep + " ") + 2
            width = PAGE_W - self.mr - xv
            first = True
            for v in values:
                for line in self.wrap(v, width):
                    self.need(self.lh())
                    self.y += self.lh()
                    if first:
                        if label and n == 0:
                            self.put(xk - 20, self.y, label)
                        self.put(xk, self.y, key, bold_keys)
                        self.put(xc, self.y, sep)
                        first = False
                    self.put(xv, self.y, line)
            self.emit((f"{label} " if label and n == 0 else "") + f"{key} {sep} " + " ".join(values))
        self.y += after

    def lines(self, items, x=0.0, after=0.0, bold=False, size=None, underline_last=False):
        """Lines starting at a fixed offset from the left margin (e.g. a place-date line)."""
        for i, s in enumerate(items):
            self.need(self.lh(size))
            self.y += self.lh(size)
            self.put(self.ml + x, self.y, s, bold, size,
                     underline_last and i == len(items) - 1)
            self.emit(s)
        self.y += after

    def table(self, widths, rows, header=True, border=True, size=None, aligns=None,
              after=6.0, left=0.0):
        size = size or self.size - 1
        pad = 3.0
        x0 = self.ml + left
        for r, row in enumerate(rows):
            bold = header and r == 0
            cells = [self.wrap(c, w - 2 * pad, bold, size) for c, w in zip(row, widths)]
            h = max(len(c) for c in cells) * self.lh(size) + 2 * pad
            self.need(h)
            top = self.y
            x = x0
            for c, (cell, w) in enumerate(zip(cells, widths)):
                align = (aligns or ["l"] * len(widths))[c]
                for i, line in enumerate(cell):
                    y = top + pad + (i + 1) * self.lh(size) - 2
                    tw = self.sw(line, bold, size)
                    xx = x + pad if align == "l" else (x + w - pad - tw if align == "r"
                                                      else x + (w - tw) / 2)
                    if line:
                        self.put(xx, y, line, bold, size)
                if border:
                    self.op("l", x, top, x, top + h, 0.6)
                x += w
            if border:
                self.op("l", x, top, x, top + h, 0.6)
                self.op("l", x0, top, x, top, 0.6)
                self.op("l", x0, top + h, x, top + h, 0.6)
            self.y = top + h
            self.emit(" ".join(c for c in row if c))
        self.y += after

    def kop(self, main, sub, emblem=True, sizes=(14, 16)):
        """Letterhead: centred names (the last the biggest), address lines, a double rule."""
        x_shift = 30 if emblem else 0
        top = self.y
        for i, s in enumerate(main):
            size = sizes[1] if i == len(main) - 1 else sizes[0]
            self.y += self.lh(size) * 0.95
            w = self.sw(s, True, size)
            self.put(self.ml + x_shift + (self.width - x_shift - w) / 2, self.y, s, True, size)
            self.emit(s)
        for s in sub:
            size = self.size - 2
            self.y += self.lh(size)
            w = self.sw(s, False, size)
            self.put(self.ml + x_shift + (self.width - x_shift - w) / 2, self.y, s, False, size)
            self.emit(s)
        if emblem:
            self.op("emblem", self.ml + 4, top + 4, min(62, self.y - top - 2))
        self.y += 5
        self.op("l", self.ml, self.y, PAGE_W - self.mr, self.y, 2.2)
        self.op("l", self.ml, self.y + 3, PAGE_W - self.mr, self.y + 3, 0.6)
        self.y += 10

    def sign(self, cols, gap=58.0, after=8.0, stamp_cols=()):
        """Signature blocks side by side. A column: dict(x, w, top=[...], name, below=[...],
        align='c'|'l'). `stamp_cols` lists columns whose scans get a stamp (text lines)."""
        def col_height(c):
            return (len(c["top"]) + 1 + len(c.get("below", []))) * self.lh() + gap
        self.need(max(col_height(c) for c in cols))
        top = self.y
        for n, c in enumerate(cols):
            y = top
            x0, w = self.ml + c["x"], c["w"]

            def place(s, bold=False, underline=False):
                if c.get("align", "c") == "c":
                    self.put(x0 + (w - self.sw(s, bold)) / 2, y, s, bold, underline=underline)
                else:
                    self.put(x0, y, s, bold, underline=underline)
                self.emit(s)
            for s in c["top"]:
                y += self.lh()
                place(s)
            sig_top = y + 4
            y += gap
            self.op("sig", x0 + w * 0.25, sig_top, w * 0.5, gap - 14)
            for st in stamp_cols:
                if st[0] == n:
                    self.op("stamp", x0 + w * 0.18, sig_top + gap * 0.45, 44, st[1])
            y += self.lh()
            place(c["name"], bold=True, underline=c.get("underline", True))
            for s in c.get("below", []):
                y += self.lh()
                place(s)
            self.y = max(self.y, y)
        self.y += after


# --------------------------------------------------------------------------- documents

class Doc:
    """One document: its layout, how it is rendered, and the truth its helpers record."""

    def __init__(self, doc_id, doc_type, render, family="times", size=12.0, justify=False,
                 margins=(78, 62, 56, 60), leading=1.3):
        self.id, self.render = doc_id, render
        self.L = Layout(family, size, margins, leading, justify)
        self.t = {"source": "", "doc_type": doc_type, "title": None, "numbers": [],
                  "date": None, "place": None, "parties": [], "signatories": [],
                  "amounts": [], "dates": [], "references": []}

    # -- recorders: each returns the text to print and records the value it states
    def num(self, s: str) -> str:
        if s not in self.t["numbers"]:
            self.t["numbers"].append(s)
        return s

    def d(self, y, m, day, fmt="long", old=False) -> str:
        """A date as printed, recorded in `dates`. fmt: long | slash | dash | words | hari."""
        iso = dt.date(y, m, day).isoformat()
        if iso not in self.t["dates"]:
            self.t["dates"].append(iso)
        month = BULAN_LAMA.get(m, BULAN[m - 1]) if old else BULAN[m - 1]
        wd = HARI[dt.date(y, m, day).weekday()]
        if fmt == "long":
            return f"{day} {month} {y}"
        if fmt == "slash":
            return f"{day:02d}/{m:02d}/{y}"
        if fmt == "dash":
            return f"{day:02d}-{m:02d}-{y}"
        if fmt == "hari":
            return f"{wd}, {day} {month} {y}"
        if fmt == "words":
            return (f"{wd} tanggal {terbilang(day)} bulan {month} tahun "
                    f"{terbilang(y)}")
        raise ValueError(fmt)

    def issued(self, y, m, day, place):
        self.t["date"] = dt.date(y, m, day).isoformat()
        self.t["place"] = place

    def rp(self, value: int, fmt="rp", words=True, words_value=None, milyar=False,
           text=None) -> str:
        """An amount as printed (with its terbilang unless words=False), recorded once per
        value. words_value prints a terbilang that disagrees with the digits."""
        digits = ribuan(value)
        shown = text or {
            "rp": f"Rp{digits},00", "rp_sp": f"Rp {digits},00", "rp_dash": f"Rp {digits},-",
            "rpdot": f"Rp. {digits},-", "plain": f"Rp {digits}", "bare": f"{digits},00",
            "bare0": digits,
        }[fmt]
        if all(a["value"] != value for a in self.t["amounts"]):
            self.t["amounts"].append({"value": value, "currency": "IDR", "text": shown})
        if words:
            shown += f" ({terbilang(words_value or value, milyar)} rupiah)"
        return shown

    def ref(self, kind: str, number: str, year, text: str) -> str:
        r = {"type": kind, "number": number, "year": year}
        if r not in self.t["references"]:
            self.t["references"].append(r)
        return text

    def signer(self, name: str, position: str):
        self.t["signatories"].append({"name": name, "position": position})

    def set(self, **kw):
        self.t.update(kw)


def sig_col(x, w, top, name, below=(), align="c"):
    return {"x": x, "w": w, "top": list(top), "name": name, "below": list(below), "align": align}


# --------------------------------------------------------------------------- rendering

INK = (28, 28, 30)
SIG_INK = (22, 34, 120)


def scribble(rng: random.Random) -> list[list[tuple[float, float]]]:
    """A signature as strokes of points in a unit box."""
    strokes = []
    x = 0.05
    for _ in range(rng.randint(2, 3)):
        pts = []
        loops = rng.randint(3, 6)
        for i in range(loops * 8 + 1):
            t = i / 8
            pts.append((x + 0.9 / 3 * (i / (loops * 8)) + 0.06 * math.cos(t * 2.2 + rng.random() * 0.3),
                        0.5 + 0.38 * math.sin(t * 3.1 + rng.random() * 0.4) * (0.6 + 0.4 * rng.random())))
        strokes.append(pts)
        x += 0.9 / 3
    strokes.append([(0.02, 0.8 + rng.random() * 0.1), (0.95, 0.62 + rng.random() * 0.1)])
    return strokes


EMBLEM = [(0.5, 0.0), (1.0, 0.15), (0.95, 0.65), (0.5, 1.0), (0.05, 0.65), (0.0, 0.15)]
STAR = [(0.5 + 0.22 * math.cos(math.radians(-90 + 36 * i)) * (1 if i % 2 == 0 else 0.45),
         0.45 + 0.22 * math.sin(math.radians(-90 + 36 * i)) * (1 if i % 2 == 0 else 0.45))
        for i in range(10)]


def render_pdf(doc: Doc, path: Path, rng: random.Random):
    c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=1)
    for ops in doc.L.pages:
        for o in ops:
            kind = o[0]
            if kind == "t":
                c.setFillColorRGB(0, 0, 0)
                c.setFont(o[3], o[4])
                c.drawString(o[1], PAGE_H - o[2], o[5])
            elif kind == "l":
                c.setLineWidth(o[5])
                c.line(o[1], PAGE_H - o[2], o[3], PAGE_H - o[4])
            elif kind == "sig":
                x, y, w, h = o[1:5]
                c.setStrokeColorRGB(*(v / 255 for v in SIG_INK))
                c.setLineWidth(0.9)
                for stroke in scribble(rng):
                    p = c.beginPath()
                    p.moveTo(x + stroke[0][0] * w, PAGE_H - (y + stroke[0][1] * h))
                    for px, py in stroke[1:]:
                        p.lineTo(x + px * w, PAGE_H - (y + py * h))
                    c.drawPath(p, stroke=1, fill=0)
                c.setStrokeColorRGB(0, 0, 0)
            elif kind == "emblem":
                x, y, s = o[1:4]
                for shape in (EMBLEM, STAR):
                    p = c.beginPath()
                    p.moveTo(x + shape[0][0] * s * 0.8, PAGE_H - (y + shape[0][1] * s))
                    for px, py in shape[1:]:
                        p.lineTo(x + px * s * 0.8, PAGE_H - (y + py * s))
                    p.close()
                    c.setLineWidth(1.2)
                    c.drawPath(p, stroke=1, fill=0)
        c.showPage()
    c.save()


def draw_stamp(img: Image.Image, cx: float, cy: float, r: float, lines, rng, colour):
    """A round rubber stamp: two rings, the institution around the top, a word in the middle."""
    R = int(r)
    size = 2 * R + 12
    layer = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(layer)
    c = size / 2
    d.ellipse([c - R, c - R, c + R, c + R], outline=255, width=max(2, int(R * 0.05)))
    d.ellipse([c - R * 0.64, c - R * 0.64, c + R * 0.64, c + R * 0.64], outline=255,
              width=max(1, int(R * 0.025)))
    fs = max(8, int(R * 0.17))
    font = pil_font(font_name("arial", True), fs)
    text = lines[0]
    radius = R * 0.82
    span = min(290.0, len(text) * fs * 0.66 / radius * 180 / math.pi)
    for i, ch in enumerate(text):
        a = -90 - span / 2 + span * (i + 0.5) / len(text)
        glyph = Image.new("L", (fs * 2, fs * 2), 0)
        ImageDraw.Draw(glyph).text((fs, fs), ch, font=font, fill=255, anchor="mm")
        glyph = glyph.rotate(-(a + 90), resample=Image.BICUBIC)
        px, py = c + radius * math.cos(math.radians(a)), c + radius * math.sin(math.radians(a))
        layer.paste(255, (int(px - fs), int(py - fs)), glyph)
    small = pil_font(font_name("arial", True), max(7, int(R * 0.15)))
    for k, s in enumerate(lines[1:]):
        d.text((c, c + (k - (len(lines) - 2) / 2) * R * 0.2), s, font=small, fill=255, anchor="mm")
    layer = layer.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)
    opacity = rng.uniform(0.55, 0.8)
    layer = layer.point(lambda v: int(v * opacity))
    ink = Image.new(img.mode, layer.size, colour if img.mode == "RGB" else 110)
    img.paste(ink, (int(cx - c), int(cy - c)), layer)


def render_page_image(doc: Doc, ops, dpi: int, rng: random.Random, stamp_colour) -> Image.Image:
    s = dpi / 72
    img = Image.new("RGB", (round(PAGE_W * s), round(PAGE_H * s)), "white")
    d = ImageDraw.Draw(img)
    stamps = []
    for o in ops:
        kind = o[0]
        if kind == "t":
            d.text((o[1] * s, o[2] * s), o[5], font=pil_font(o[3], round(o[4] * s)), fill=INK,
                   anchor="ls")
        elif kind == "l":
            d.line([(o[1] * s, o[2] * s), (o[3] * s, o[4] * s)], fill=INK,
                   width=max(1, round(o[5] * s)))
        elif kind == "sig":
            x, y, w, h = o[1:5]
            for stroke in scribble(rng):
                d.line([((x + px * w) * s, (y + py * h) * s) for px, py in stroke], fill=SIG_INK,
                       width=max(2, round(1.1 * s)), joint="curve")
        elif kind == "emblem":
            x, y, e = o[1:4]
            for shape in (EMBLEM, STAR):
                d.polygon([((x + px * e * 0.8) * s, (y + py * e) * s) for px, py in shape],
                          outline=INK, width=max(1, round(1.2 * s)))
        elif kind == "stamp":
            stamps.append(o)
    for o in stamps:
        draw_stamp(img, o[1] * s, o[2] * s, o[3] * s, o[4], rng, stamp_colour)
    return img


_GAUSS: dict[float, list[int]] = {}


def gauss_lut(sigma: float) -> list[int]:
    """Maps a uniform byte to a normal deviate around 128 (inverse CDF), for noise."""
    from statistics import NormalDist
    if sigma not in _GAUSS:
        nd = NormalDist()
        _GAUSS[sigma] = [max(0, min(255, round(128 + sigma * nd.inv_cdf((u + 0.5) / 256))))
                         for u in range(256)]
    return _GAUSS[sigma]


PROFILES = {
    "light": dict(blur=0.5, noise=6, angle=(0.2, 0.7), specks=40, light=0.0),
    "medium": dict(blur=0.8, noise=11, angle=(0.6, 1.3), specks=160, light=0.12),
    "heavy": dict(blur=1.1, noise=16, angle=(1.2, 2.0), specks=420, light=0.22),
}


def degrade(img: Image.Image, rng: random.Random, level: str, mode: str) -> Image.Image:
    p = PROFILES[level]
    paper = (rng.randint(236, 250), rng.randint(232, 246), rng.randint(215, 236))
    img = ImageChops.multiply(img, Image.new("RGB", img.size, paper))
    if p["light"]:
        grad = Image.linear_gradient("L").rotate(rng.choice([0, 90, 180, 270]))
        grad = grad.resize(img.size).point(lambda v: int(255 - p["light"] * v))
        img = ImageChops.multiply(img, Image.merge("RGB", [grad] * 3))
    if mode != "colour":
        img = img.convert("L")
    img = img.filter(ImageFilter.GaussianBlur(p["blur"] * img.size[0] / 2480))
    noise = Image.frombytes("L", img.size, rng.randbytes(img.size[0] * img.size[1]))
    noise = noise.point(gauss_lut(p["noise"]))
    if img.mode == "RGB":
        noise = Image.merge("RGB", [noise] * 3)
    img = ImageChops.add(img, noise, 1.0, -128)
    d = ImageDraw.Draw(img)
    w, h = img.size
    for _ in range(p["specks"]):
        x, y, r = rng.randrange(w), rng.randrange(h), rng.uniform(0.6, 2.2) * w / 2480
        d.ellipse([x - r, y - r, x + r, y + r], fill=(40, 40, 40) if img.mode == "RGB" else 40)
    angle = rng.uniform(*p["angle"]) * rng.choice([-1, 1])
    fill = paper if img.mode == "RGB" else sum(paper) // 3
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=fill)
    if mode == "bw":
        img = img.point(lambda v: 255 if v > 150 else 0).convert("1")
    return img


def render(doc: Doc, out: Path, seed: int) -> str:
    rng = random.Random(f"{seed}:{doc.id}")
    kind = doc.render[0]
    docs = out / "docs"
    if kind == "pdf":
        name = f"{doc.id}.pdf"
        render_pdf(doc, docs / name, rng)
        return name
    _, ext, dpi, mode, level = doc.render
    colour = rng.choice([(40, 60, 175), (95, 45, 150), (150, 40, 60)])
    pages = [degrade(render_page_image(doc, ops, dpi, rng, colour), rng, level, mode)
             for ops in doc.L.pages]
    name = f"{doc.id}.{ext}"
    path = docs / name
    if ext in ("png", "jpg") and len(pages) != 1:
        raise SystemExit(f"{doc.id}: {len(pages)} pages do not fit one {ext} image")
    if ext == "png":
        pages[0].save(path, dpi=(dpi, dpi), optimize=False)
    elif ext == "jpg":
        pages[0].save(path, dpi=(dpi, dpi), quality=rng.randint(72, 88))
    elif ext == "tif":
        comp = "group4" if mode == "bw" else "tiff_lzw"
        pages[0].save(path, save_all=True, append_images=pages[1:], compression=comp,
                      dpi=(dpi, dpi))
    elif ext == "pdf":
        pages = [p.convert("RGB") if p.mode == "1" else p for p in pages]
        pages[0].save(path, save_all=True, append_images=pages[1:], resolution=float(dpi),
                      quality=80)
    return name


# --------------------------------------------------------------------------- the documents
# Each builder lays out one document and records its truth through the Doc helpers.

def se_disdikbud_jateng_2019() -> Doc:
    D = Doc("se-disdikbud-jateng-2019-ppdb", "surat_edaran", ("pdf",), "times", 11.5, justify=True)
    L = D.L
    L.kop(["PEMERINTAH PROVINSI JAWA TENGAH", "DINAS PENDIDIKAN DAN KEBUDAYAAN"],
          ["Jalan Pemuda Nomor 134 Semarang Kode Pos 50132 Telepon 024-3515301",
           "Faksimile 024-3520357 Surat Elektronik disdikbud@jatengprov.go.id"])
    L.center("SURAT EDARAN", bold=True, size=12.5)
    L.center("NOMOR : " + D.num("421.3/04517"))
    L.center("TENTANG")
    title = ("PELAKSANAAN PENERIMAAN PESERTA DIDIK BARU SISTEM ZONASI JENJANG SMA, SMK, DAN "
             "SLB NEGERI TAHUN PELAJARAN 2019/2020")
    L.center(title, bold=True, after=10)
    L.lines(["Yth. 1. Kepala Cabang Dinas Pendidikan Wilayah I s.d. XIII;",
             "       2. Kepala SMA, SMK, dan SLB Negeri se-Jawa Tengah",
             "di -", "     Tempat"], after=8)
    L.para("Dalam rangka pelaksanaan " + D.ref(
        "PERMEN", "51", 2018, "Peraturan Menteri Pendidikan dan Kebudayaan Nomor 51 Tahun 2018")
        + " tentang Penerimaan Peserta Didik Baru pada Taman Kanak-Kanak, Sekolah Dasar, Sekolah "
        "Menengah Pertama, Sekolah Menengah Atas, dan Sekolah Menengah Kejuruan sebagaimana telah "
        "diubah dengan " + D.ref("PERMEN", "20", 2019, "Permendikbud No. 20 Tahun 2019") + ", serta "
        + D.ref("PERGUB", "17", 2019, "Peraturan Gubernur Jawa Tengah Nomor 17 Tahun 2019")
        + " tentang Petunjuk Teknis Penerimaan Peserta Didik Baru, bersama ini disampaikan hal-hal "
        "sebagai berikut:", first=28)
    items = [
        "Pendaftaran dilaksanakan secara daring melalui laman ppdb.jatengprov.go.id mulai tanggal "
        + D.d(2019, 6, 24) + " sampai dengan tanggal " + D.d(2019, 6, 28) + " pukul 15.00 WIB.",
        "Kuota jalur zonasi paling sedikit 90% (sembilan puluh persen) dari daya tampung sekolah, "
        "jalur prestasi paling banyak 5% (lima persen), dan jalur perpindahan tugas orang tua paling "
        "banyak 5% (lima persen).",
        "Pengumuman hasil seleksi disampaikan pada tanggal " + D.d(2019, 7, 6)
        + " dan daftar ulang dilaksanakan sampai dengan tanggal " + D.d(2019, 7, 10) + ".",
        "Sekolah dilarang memungut biaya pendaftaran dalam bentuk apa pun. Peserta didik dari "
        "keluarga tidak mampu diberikan bantuan biaya pendidikan sebesar "
        + D.rp(1500000, "rp") + " per peserta didik.",
        "Pelanggaran terhadap ketentuan ini dikenai sanksi sesuai dengan ketentuan peraturan "
        "perundang-undangan.",
    ]
    for i, s in enumerate(items, 1):
        L.para(s, label=f"{i}.", left=0)
    L.para("Demikian Surat Edaran ini untuk dilaksanakan dengan penuh tanggung jawab.", first=28,
           after=10)
    L.lines(["Semarang, " + D.d(2019, 5, 20)], x=L.width * 0.52)
    D.issued(2019, 5, 20, "Semarang")
    L.sign([sig_col(L.width * 0.46, L.width * 0.54,
                    ["KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN", "PROVINSI JAWA TENGAH,"],
                    "Dr. SUGENG WIDODO HARTONO, M.Pd.",
                    ["Pembina Utama Muda", "NIP. 19650312 199003 1 007"])], gap=52)
    D.signer("Dr. SUGENG WIDODO HARTONO, M.Pd.",
             "KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI JAWA TENGAH")
    L.lines(["Tembusan:", "1. Gubernur Jawa Tengah (sebagai laporan);",
             "2. Inspektur Provinsi Jawa Tengah."], size=10)
    D.set(title=title, parties=["Dinas Pendidikan dan Kebudayaan Provinsi Jawa Tengah"])
    return D


def kep_bupati_lotim_2008() -> Doc:
    D = Doc("kep-bupati-lotim-2008-tim-anggaran", "keputusan", ("scan", "tif", 200, "grey", "medium"),
            "dserif", 10.5)
    L = D.L
    L.center("BUPATI LOMBOK TIMUR", bold=True, size=13, after=8)
    L.center("KEPUTUSAN BUPATI LOMBOK TIMUR", bold=True)
    L.center("NOMOR : " + D.num("188.45/412/BPKAD/2008"), bold=True)
    L.center("TENTANG", bold=True)
    title = "PEMBENTUKAN TIM ANGGARAN PEMERINTAH DAERAH KABUPATEN LOMBOK TIMUR TAHUN ANGGARAN 2009"
    L.center(title, bold=True, after=8)
    L.center("BUPATI LOMBOK TIMUR,", bold=True, after=6)
    L.kv([("Menimbang", "a. bahwa dalam rangka penyusunan Rancangan Anggaran Pendapatan dan "
           "Belanja Daerah Kabupaten Lombok Timur Tahun Anggaran 2009 perlu dibentuk Tim Anggaran "
           "Pemerintah Daerah;")], key_w=72)
    L.para("b. bahwa berdasarkan pertimbangan sebagaimana dimaksud pada huruf a, perlu menetapkan "
           "Keputusan Bupati tentang Pembentukan Tim Anggaran Pemerintah Daerah;", left=84)
    refs = [
        D.ref("UU", "69", 1958, "Undang-Undang Nomor 69 Tahun 1958") + " tentang Pembentukan "
        "Daerah-daerah Tingkat II dalam Wilayah Daerah-daerah Tingkat I Bali, Nusa Tenggara Barat dan "
        "Nusa Tenggara Timur;",
        D.ref("UU", "17", 2003, "Undang-Undang Nomor 17 Tahun 2003") + " tentang Keuangan Negara;",
        D.ref("UU", "32", 2004, "Undang-Undang Nomor 32 Tahun 2004") + " tentang Pemerintahan "
        "Daerah sebagaimana telah diubah dengan " + D.ref("UU", "12", 2008,
                                                          "Undang-Undang Nomor 12 Tahun 2008") + ";",
        D.ref("PP", "58", 2005, "Peraturan Pemerintah Nomor 58 Tahun 2005") + " tentang "
        "Pengelolaan Keuangan Daerah;",
        D.ref("PERMEN", "13", 2006, "Peraturan Menteri Dalam Negeri Nomor 13 Tahun 2006")
        + " tentang Pedoman Pengelolaan Keuangan Daerah sebagaimana telah diubah dengan "
        + D.ref("PERMEN", "59", 2007, "Peraturan Menteri Dalam Negeri Nomor 59 Tahun 2007") + ";",
        D.ref("PERDA", "3", 2008, "Peraturan Daerah Kabupaten Lombok Timur Nomor 3 Tahun 2008")
        + " tentang Pokok-pokok Pengelolaan Keuangan Daerah;",
    ]
    L.kv([("Mengingat", "1. " + refs[0])], key_w=72)
    for i, r in enumerate(refs[1:], 2):
        L.para(r, left=84, label=f"{i}.", label_w=14)
    L.center("M E M U T U S K A N :", bold=True, after=4)
    L.kv([("Menetapkan", "KEPUTUSAN BUPATI LOMBOK TIMUR TENTANG PEMBENTUKAN TIM ANGGARAN "
           "PEMERINTAH DAERAH KABUPATEN LOMBOK TIMUR TAHUN ANGGARAN 2009."),
          ("KESATU", "Membentuk Tim Anggaran Pemerintah Daerah Kabupaten Lombok Timur Tahun "
           "Anggaran 2009 dengan susunan keanggotaan sebagaimana tersebut dalam Lampiran "
           "Keputusan ini."),
          ("KEDUA", "Tim sebagaimana dimaksud pada Diktum KESATU bertugas menyusun Kebijakan Umum "
           "APBD, Prioritas dan Plafon Anggaran Sementara, serta melakukan verifikasi Rencana Kerja "
           "dan Anggaran Satuan Kerja Perangkat Daerah."),
          ("KETIGA", "Kepada Ketua Tim diberikan honorarium sebesar " + D.rp(750000, "rp_dash")
           + " per bulan dan kepada anggota sebesar " + D.rp(500000, "rp_dash")
           + " per bulan, yang dibebankan pada APBD Kabupaten Lombok Timur Tahun Anggaran 2008."),
          ("KEEMPAT", "Keputusan ini mulai berlaku pada tanggal ditetapkan dengan ketentuan "
           "apabila di kemudian hari terdapat kekeliruan akan diadakan perbaikan sebagaimana "
           "mestinya.")], key_w=72, after=10)
    L.kv([("Ditetapkan di", "Selong"), ("pada tanggal", D.d(2008, 11, 17, old=True))],
         key_w=70, left=L.width * 0.5)
    D.issued(2008, 11, 17, "Selong")
    L.space(4)
    L.sign([sig_col(L.width * 0.5, L.width * 0.5, ["BUPATI LOMBOK TIMUR,"],
                    "H. LALU MUHAMMAD ZAINI", [], align="l")],
           stamp_cols=[(0, ["BUPATI LOMBOK TIMUR", "NTB"])])
    D.signer("H. LALU MUHAMMAD ZAINI", "BUPATI LOMBOK TIMUR")
    L.lines(["Tembusan disampaikan kepada Yth.:", "1. Gubernur Nusa Tenggara Barat di Mataram;",
             "2. Ketua DPRD Kabupaten Lombok Timur di Selong;",
             "3. Inspektur Kabupaten Lombok Timur di Selong."], size=9.5)
    D.set(title=title, parties=["Pemerintah Kabupaten Lombok Timur"])
    return D


def surat_bpba_2021() -> Doc:
    D = Doc("surat-bpba-2021-logistik-banjir", "surat_dinas", ("pdf",), "arial", 10.5)
    L = D.L
    L.kop(["PEMERINTAH ACEH", "BADAN PENANGGULANGAN BENCANA ACEH"],
          ["Jalan Teuku Nyak Arief Nomor 219 Banda Aceh 23114",
           "Telepon (0651) 7552 210, Laman bpba.acehprov.go.id"])
    top = L.y
    L.lines(["Banda Aceh, " + D.d(2021, 2, 3)], x=L.width * 0.6)
    D.issued(2021, 2, 3, "Banda Aceh")
    L.y = top + L.lh() * 1.4
    title = "Permohonan Dukungan Logistik Penanganan Darurat Banjir Kabupaten Aceh Utara"
    L.kv([("Nomor", D.num("360/0412/BPBA/II/2021")), ("Sifat", "Segera"),
          ("Lampiran", "1 (satu) berkas"), ("Hal", title)], key_w=52)
    L.lines(["Kepada", "Yth. Kepala Badan Nasional Penanggulangan Bencana", "di -",
             "      Jakarta"], x=L.width * 0.55, after=10)
    L.para("Sehubungan dengan bencana banjir yang melanda 9 (sembilan) kecamatan di Kabupaten "
           "Aceh Utara sejak tanggal " + D.d(2021, 1, 30) + " serta berdasarkan "
           + D.ref("KEPBUP", "360/45/2021", 2021, "Keputusan Bupati Aceh Utara Nomor 360/45/2021")
           + " tentang Penetapan Status Tanggap Darurat Bencana Banjir, dengan hormat kami sampaikan "
           "hal-hal sebagai berikut:", left=72)
    L.para("Jumlah pengungsi sampai dengan " + D.d(2021, 2, 2, "slash") + " tercatat 21.480 jiwa "
           "(6.112 kepala keluarga) yang tersebar di 64 titik pengungsian.", left=72, label="1.")
    L.para("Kebutuhan logistik untuk masa tanggap darurat selama 14 (empat belas) hari "
           "diperkirakan senilai " + D.rp(2375500000) + ", sedangkan Belanja Tidak Terduga Aceh "
           "yang dapat digunakan hanya sebesar " + D.rp(850000000, "rp_sp", words=False) + ".",
           left=72, label="2.")
    L.para("Penanganan darurat dilaksanakan sesuai dengan " + D.ref(
        "UU", "24", 2007, "Undang-Undang Nomor 24 Tahun 2007") + " tentang Penanggulangan Bencana, "
        + D.ref("PERDA", "6", 2010, "Qanun Aceh Nomor 6 Tahun 2010")
        + " tentang Penyelenggaraan Penanggulangan Bencana, dan " + D.ref(
            "LAINNYA", "4", 2020, "Peraturan Badan Nasional Penanggulangan Bencana Nomor 4 Tahun 2020")
        + " tentang Penggunaan Dana Siap Pakai.", left=72, label="3.")
    L.para("Sehubungan dengan hal tersebut, kami mohon dukungan Dana Siap Pakai dan bantuan "
           "logistik dari Badan Nasional Penanggulangan Bencana. Atas perhatian dan kerja sama "
           "Bapak, kami ucapkan terima kasih.", left=72, after=12)
    L.sign([sig_col(L.width * 0.48, L.width * 0.52,
                    ["a.n. GUBERNUR ACEH", "KEPALA PELAKSANA BADAN", "PENANGGULANGAN BENCANA ACEH,"],
                    "Ir. T. MUHAMMAD YASIR, M.T.", ["Pembina Utama Muda",
                                                    "NIP. 19680417 199403 1 005"])], gap=50)
    D.signer("Ir. T. MUHAMMAD YASIR, M.T.", "KEPALA PELAKSANA BADAN PENANGGULANGAN BENCANA ACEH")
    L.lines(["Tembusan:", "1. Gubernur Aceh;", "2. Bupati Aceh Utara."], size=9)
    D.set(title=title, parties=["Badan Penanggulangan Bencana Aceh"])
    return D


def nd_bappeda_papua_2022() -> Doc:
    D = Doc("nd-bappeda-papua-2022-musrenbang", "nota_dinas", ("scan", "jpg", 200, "colour", "heavy"),
            "arial", 10.5)
    L = D.L
    L.kop(["PEMERINTAH PROVINSI PAPUA", "BADAN PERENCANAAN PEMBANGUNAN DAERAH"],
          ["Jalan Soa Siu Dok II Jayapura 99111 Telepon (0967) 533 241"], sizes=(13, 14))
    L.center("NOTA DINAS", bold=True, size=12, after=6, underline=True)
    title = "Laporan Pelaksanaan Musyawarah Perencanaan Pembangunan Provinsi Papua Tahun 2022"
    L.kv([("Kepada", "Yth. Gubernur Papua"), ("Melalui", "Sekretaris Daerah Provinsi Papua"),
          ("Dari", "Kepala Badan Perencanaan Pembangunan Daerah"),
          ("Tembusan", "Asisten Bidang Perekonomian dan Pembangunan"),
          ("Tanggal", D.d(2022, 3, 14)), ("Nomor", D.num("050/1187/Bappeda/2022")),
          ("Sifat", "Penting"), ("Lampiran", "2 (dua) berkas"), ("Hal", title)], key_w=62)
    D.issued(2022, 3, 14, None)
    L.op("l", L.ml, L.y + 2, PAGE_W - L.mr, L.y + 2, 0.8)
    L.space(8)
    L.para("Dengan hormat dilaporkan bahwa Musyawarah Perencanaan Pembangunan Provinsi Papua "
           "Tahun 2022 telah dilaksanakan pada tanggal " + D.d(2022, 3, 8) + " sampai dengan "
           + D.d(2022, 3, 10) + " di Jayapura dan diikuti oleh 29 kabupaten/kota.", label="1.")
    L.para("Penyusunan rancangan RKPD berpedoman pada " + D.ref(
        "PERMEN", "86", 2017, "Permendagri Nomor 86 Tahun 2017") + " serta " + D.ref(
        "UU", "2", 2021, "Undang-Undang Nomor 2 Tahun 2021") + " tentang Perubahan Kedua atas "
        + D.ref("UU", "21", 2001, "Undang-Undang Nomor 21 Tahun 2001")
        + " tentang Otonomi Khusus bagi Provinsi Papua.", label="2.")
    L.para("Pagu indikatif Tahun Anggaran 2023 yang disepakati sebesar "
           + D.rp(14820000000000, text="Rp14,82 triliun", words=False) + ", termasuk dana otonomi "
           "khusus sebesar " + D.rp(8640500000000, "rp_sp", words=False) + ".", label="3.")
    L.para("Hasil kesepakatan Musrenbang akan dituangkan dalam Rancangan Akhir RKPD Tahun 2023 "
           "yang disampaikan paling lambat tanggal " + D.d(2022, 5, 31) + ".", label="4.")
    L.para("Demikian disampaikan, mohon petunjuk Bapak lebih lanjut.", after=10)
    L.sign([sig_col(L.width * 0.45, L.width * 0.55, ["KEPALA BADAN PERENCANAAN", "PEMBANGUNAN DAERAH,"],
                    "Dr. YOHANES WANIMBO, S.E., M.Si.", ["Pembina Utama Madya",
                                                        "NIP. 19700221 199603 1 002"])],
           stamp_cols=[(0, ["BAPPEDA PROVINSI PAPUA", "JAYAPURA"])])
    D.signer("Dr. YOHANES WANIMBO, S.E., M.Si.", "KEPALA BADAN PERENCANAAN PEMBANGUNAN DAERAH")
    D.set(title=title, parties=["Badan Perencanaan Pembangunan Daerah Provinsi Papua"])
    return D


def und_dprd_sulsel_2017() -> Doc:
    D = Doc("und-dprd-sulsel-2017-rdp-kesehatan", "undangan", ("scan", "png", 300, "grey", "light"),
            "times", 11.5)
    L = D.L
    L.kop(["DEWAN PERWAKILAN RAKYAT DAERAH", "PROVINSI SULAWESI SELATAN", "SEKRETARIAT"],
          ["Jalan Urip Sumoharjo Nomor 59 Makassar 90232 Telepon (0411) 452 741"], sizes=(14, 14))
    top = L.y
    L.lines(["Makassar, " + D.d(2017, 11, 6)], x=L.width * 0.62)
    D.issued(2017, 11, 6, "Makassar")
    L.y = top + L.lh() * 1.3
    title = "Undangan Rapat Dengar Pendapat"
    L.kv([("Nomor", D.num("005/2841/DPRD/XI/2017")), ("Sifat", "Penting"), ("Lampiran", "-"),
          ("Perihal", title)], key_w=55)
    L.lines(["Kepada", "Yth. 1. Kepala Dinas Kesehatan Provinsi Sulawesi Selatan;",
             "       2. Direktur RSUD Labuang Baji Makassar;",
             "       3. Direktur RSUD Haji Makassar",
             "di -", "      Makassar"], x=L.width * 0.40, after=8)
    L.para("Dalam rangka pelaksanaan fungsi pengawasan Dewan Perwakilan Rakyat Daerah sebagaimana "
           "diatur dalam " + D.ref("PP", "16", 2010, "Peraturan Pemerintah Nomor 16 Tahun 2010")
           + " tentang Pedoman Penyusunan Peraturan DPRD tentang Tata Tertib, bersama ini kami "
           "mengundang Saudara untuk hadir pada Rapat Dengar Pendapat Komisi E yang akan "
           "dilaksanakan pada:", left=56, first=24)
    L.kv([("hari/tanggal", D.d(2017, 11, 9, "hari")), ("waktu", "Pukul 10.00 WITA s.d. selesai"),
          ("tempat", "Ruang Rapat Komisi E Lantai 3 Gedung DPRD Provinsi Sulawesi Selatan"),
          ("acara", "Pembahasan Penyerapan Anggaran Urusan Kesehatan Tahun Anggaran 2017")],
         key_w=70, left=80, after=4)
    L.para("Mengingat pentingnya acara dimaksud, diharapkan kehadiran Saudara tepat pada waktunya. "
           "Demikian undangan ini disampaikan, atas perhatiannya diucapkan terima kasih.", left=56,
           first=24, after=10)
    L.sign([sig_col(L.width * 0.46, L.width * 0.54,
                    ["a.n. KETUA DPRD PROVINSI SULAWESI SELATAN", "SEKRETARIS DPRD,"],
                    "Drs. H. ANDI BAHTIAR LATIF, M.Si.",
                    ["Pembina Utama Muda", "NIP. 19620815 198903 1 012"])],
           stamp_cols=[(0, ["SEKRETARIAT DPRD PROVINSI SULAWESI SELATAN", "MAKASSAR"])])
    D.signer("Drs. H. ANDI BAHTIAR LATIF, M.Si.", "SEKRETARIS DPRD")
    D.set(title=title,
          parties=["Sekretariat Dewan Perwakilan Rakyat Daerah Provinsi Sulawesi Selatan"])
    return D


def ba_bpbd_ntb_2018() -> Doc:
    D = Doc("ba-bpbd-ntb-2018-serah-terima-huntara", "berita_acara", ("pdf",), "narrow", 11.5)
    L = D.L
    L.kop(["PEMERINTAH PROVINSI NUSA TENGGARA BARAT", "BADAN PENANGGULANGAN BENCANA DAERAH"],
          ["Jalan Langko Nomor 4 Mataram 83114 Telepon (0370) 621 532"])
    L.center("BERITA ACARA SERAH TERIMA BANTUAN HUNIAN SEMENTARA", bold=True, underline=True)
    L.center("Nomor : " + D.num("360/1205/BPBD/XII/2018"))
    L.center("Nomor : " + D.num("140/56/SB/XII/2018"), after=8)
    L.para("Pada hari ini " + D.d(2018, 12, 10, "words") + ", bertempat di Kantor Desa Sembalun "
           "Bumbung, Kecamatan Sembalun, Kabupaten Lombok Timur, kami yang bertanda tangan di "
           "bawah ini:")
    D.issued(2018, 12, 10, "Sembalun Bumbung")
    L.kv([("Nama", "H. AHMAD SAHIRUDIN, S.T., M.T."),
          ("Jabatan", "Kepala Pelaksana Badan Penanggulangan Bencana Daerah Provinsi Nusa "
           "Tenggara Barat"),
          ("Alamat", "Jalan Langko Nomor 4 Mataram")], key_w=60, left=20, after=0)
    L.para("dalam hal ini bertindak untuk dan atas nama Pemerintah Provinsi Nusa Tenggara Barat, "
           "selanjutnya disebut PIHAK PERTAMA.", left=20)
    L.kv([("Nama", "SAHLAN HAMDI"), ("Jabatan", "Kepala Desa Sembalun Bumbung"),
          ("Alamat", "Jalan Pariwisata Sembalun Bumbung")], key_w=60, left=20, after=0)
    L.para("dalam hal ini bertindak untuk dan atas nama Pemerintah Desa Sembalun Bumbung, "
           "selanjutnya disebut PIHAK KEDUA.", left=20)
    L.para("PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA dan PIHAK KEDUA menerima dari PIHAK "
           "PERTAMA bantuan bagi warga terdampak gempa bumi dengan rincian sebagai berikut:")
    W = L.width
    L.table([W * 0.08, W * 0.5, W * 0.16, W * 0.26], [
        ["No.", "Jenis Barang", "Volume", "Nilai (Rp)"],
        ["1.", "Hunian sementara rangka baja ringan", "40 unit", D.rp(1480000000, "bare0", False)],
        ["2.", "Tangki air kapasitas 2.200 liter", "10 unit", D.rp(38500000, "bare0", False)],
        ["3.", "Paket peralatan dapur keluarga", "40 paket", D.rp(26000000, "bare0", False)],
        ["", "Jumlah", "", D.rp(1544500000, "bare0", False)],
    ], aligns=["c", "l", "c", "r"])
    L.para("Nilai bantuan seluruhnya sebesar " + D.rp(1544500000, "rp")
           + " bersumber dari Dana Siap Pakai dan dilaksanakan berdasarkan " + D.ref(
               "KEPGUB", "360-654", 2018, "Keputusan Gubernur Nusa Tenggara Barat Nomor 360-654 "
               "Tahun 2018") + " tentang Status Transisi Darurat ke Pemulihan Pascabencana Gempa "
           "Bumi.")
    L.para("Demikian Berita Acara ini dibuat dalam rangkap 3 (tiga) untuk dipergunakan "
           "sebagaimana mestinya.", after=10)
    L.sign([sig_col(0, W * 0.44, ["PIHAK KEDUA,", "KEPALA DESA SEMBALUN BUMBUNG,"], "SAHLAN HAMDI"),
            sig_col(W * 0.5, W * 0.5, ["PIHAK PERTAMA,", "KEPALA PELAKSANA BPBD",
                                         "PROVINSI NUSA TENGGARA BARAT,"],
                    "H. AHMAD SAHIRUDIN, S.T., M.T.", ["NIP. 19710504 199803 1 006"])])
    D.signer("SAHLAN HAMDI", "KEPALA DESA SEMBALUN BUMBUNG")
    D.signer("H. AHMAD SAHIRUDIN, S.T., M.T.", "KEPALA PELAKSANA BPBD PROVINSI NUSA TENGGARA BARAT")
    L.sign([sig_col(W * 0.28, W * 0.44, ["Mengetahui,", "CAMAT SEMBALUN,"], "LALU SUPARMAN, S.Sos.",
                    ["NIP. 19690912 199303 1 010"])])
    D.signer("LALU SUPARMAN, S.Sos.", "CAMAT SEMBALUN")
    D.set(title=None,
          parties=["Pemerintah Provinsi Nusa Tenggara Barat", "Pemerintah Desa Sembalun Bumbung"])
    return D


def nphd_sleman_bawaslu_2023() -> Doc:
    D = Doc("nphd-sleman-bawaslu-2023", "nphd", ("scan", "pdf", 300, "grey", "medium"), "times", 11.5,
            justify=True)
    L = D.L
    for s in ["NASKAH PERJANJIAN HIBAH DAERAH", "ANTARA", "PEMERINTAH KABUPATEN SLEMAN", "DENGAN",
              "BADAN PENGAWAS PEMILIHAN UMUM KABUPATEN SLEMAN"]:
        L.center(s, bold=True)
    L.space(4)
    L.center("NOMOR : " + D.num("900.1.3.3/2311/BKAD/2023"), bold=True)
    L.center("NOMOR : " + D.num("12/KU.01.00/K.DI-04/11/2023"), bold=True)
    L.center("TENTANG", bold=True)
    title = "HIBAH DAERAH UNTUK PENGAWASAN PEMILIHAN BUPATI DAN WAKIL BUPATI SLEMAN TAHUN 2024"
    L.center(title, bold=True, after=8)
    L.para("Pada hari ini " + D.d(2023, 11, 10, "words") + ", bertempat di Sleman, yang bertanda "
           "tangan di bawah ini:")
    D.issued(2023, 11, 10, "Sleman")
    L.kv([("Nama", "Dra. SRI MURYANINGSIH, M.M."), ("Jabatan", "Sekretaris Daerah Kabupaten Sleman"),
          ("Alamat", "Jalan Parasamya Nomor 1 Beran, Tridadi, Sleman")], key_w=58, left=22, after=0,
         label="I.")
    L.para("dalam hal ini bertindak untuk dan atas nama Bupati Sleman berdasarkan " + D.ref(
        "KEPBUP", "21.6/Kep.KDH/A/2023", 2023, "Keputusan Bupati Sleman Nomor 21.6/Kep.KDH/A/2023")
        + ", selanjutnya disebut PIHAK PERTAMA.", left=22)
    L.kv([("Nama", "MUHAMMAD ARDANI, S.H.I."),
          ("Jabatan", "Ketua Badan Pengawas Pemilihan Umum Kabupaten Sleman"),
          ("Alamat", "Jalan Magelang Km 11,5 Sleman")], key_w=58, left=22, after=0, label="II.")
    L.para("dalam hal ini bertindak untuk dan atas nama Badan Pengawas Pemilihan Umum Kabupaten "
           "Sleman, selanjutnya disebut PIHAK KEDUA.", left=22)
    L.para("PARA PIHAK terlebih dahulu menerangkan hal-hal sebagai berikut:")
    refs = [
        D.ref("UU", "10", 2016, "Undang-Undang Nomor 10 Tahun 2016") + " tentang Perubahan Kedua "
        "atas " + D.ref("UU", "1", 2015, "Undang-Undang Nomor 1 Tahun 2015") + ";",
        D.ref("UU", "23", 2014, "UU No. 23/2014") + " tentang Pemerintahan Daerah;",
        D.ref("PP", "12", 2019, "Peraturan Pemerintah Nomor 12 Tahun 2019") + " tentang "
        "Pengelolaan Keuangan Daerah;",
        D.ref("PERMEN", "77", 2020, "Permendagri 77/2020") + " tentang Pedoman Teknis Pengelolaan "
        "Keuangan Daerah;",
        D.ref("PERMEN", "54", 2019, "Permendagri Nomor 54 Tahun 2019") + " sebagaimana telah "
        "diubah dengan " + D.ref("PERMEN", "41", 2020, "Permendagri Nomor 41 Tahun 2020") + ";",
        D.ref("PERBUP", "35", 2023, "Perbup Sleman Nomor 35 Tahun 2023") + " tentang Tata Cara "
        "Pemberian Hibah.",
    ]
    for i, r in enumerate(refs):
        L.para(r, left=22, label=f"{'abcdef'[i]}.", label_w=16)
    L.para("Berdasarkan hal-hal tersebut di atas, PARA PIHAK sepakat mengadakan Perjanjian Hibah "
           "Daerah dengan ketentuan sebagai berikut:")
    L.center("Pasal 1", bold=True)
    L.center("JUMLAH HIBAH", bold=True)
    L.para("PIHAK PERTAMA memberikan hibah kepada PIHAK KEDUA berupa uang sebesar "
           + D.rp(12750000000, "rp") + " yang bersumber dari APBD Kabupaten Sleman Tahun "
           "Anggaran 2023 dan Tahun Anggaran 2024.")
    L.center("Pasal 2", bold=True)
    L.center("PENCAIRAN", bold=True)
    L.para("Hibah dicairkan dalam 2 (dua) tahap:")
    L.para("tahap I sebesar 40% (empat puluh persen) atau " + D.rp(5100000000, "rp")
           + " paling lambat tanggal " + D.d(2023, 12, 15) + ";", label="a.", left=10)
    L.para("tahap II sebesar 60% (enam puluh persen) atau "
           + D.rp(7650000000, "rp", words_value=7600000000) + " paling lambat tanggal "
           + D.d(2024, 6, 28) + ".", label="b.", left=10)
    L.center("Pasal 3", bold=True)
    L.center("PERTANGGUNGJAWABAN", bold=True)
    L.para("PIHAK KEDUA menyampaikan laporan penggunaan hibah kepada PIHAK PERTAMA paling lambat "
           "3 (tiga) bulan setelah seluruh tahapan Pemilihan selesai dan mengembalikan sisa dana "
           "yang tidak digunakan ke Rekening Kas Umum Daerah Kabupaten Sleman.")
    L.center("Pasal 4", bold=True)
    L.center("PENUTUP", bold=True)
    L.para("Naskah Perjanjian Hibah Daerah ini dibuat dalam rangkap 4 (empat), 2 (dua) di "
           "antaranya bermeterai cukup, dan mulai berlaku sejak tanggal ditandatangani.", after=10)
    W = L.width
    L.sign([sig_col(0, W * 0.46, ["PIHAK KEDUA,", "KETUA BAWASLU", "KABUPATEN SLEMAN,"],
                    "MUHAMMAD ARDANI, S.H.I."),
            sig_col(W * 0.52, W * 0.48, ["PIHAK PERTAMA,", "a.n. BUPATI SLEMAN",
                                         "SEKRETARIS DAERAH,"], "Dra. SRI MURYANINGSIH, M.M.",
                    ["NIP. 19660719 199203 2 004"])],
           stamp_cols=[(0, ["BAWASLU KABUPATEN SLEMAN", "D.I. YOGYAKARTA"]),
                       (1, ["PEMERINTAH KABUPATEN SLEMAN", "SEKRETARIAT DAERAH"])])
    D.signer("MUHAMMAD ARDANI, S.H.I.", "KETUA BAWASLU KABUPATEN SLEMAN")
    D.signer("Dra. SRI MURYANINGSIH, M.M.", "SEKRETARIS DAERAH")
    D.set(title=title, parties=["Pemerintah Kabupaten Sleman",
                                "Badan Pengawas Pemilihan Umum Kabupaten Sleman"])
    return D


def mou_usk_rsuza_2020() -> Doc:
    D = Doc("mou-usk-rsuza-2020-pendidikan-klinik", "mou", ("scan", "pdf", 300, "colour", "light"),
            "dserif", 10.5)
    L = D.L
    for s in ["NOTA KESEPAHAMAN", "ANTARA", "UNIVERSITAS SYIAH KUALA", "DENGAN",
              "RUMAH SAKIT UMUM DAERAH dr. ZAINOEL ABIDIN"]:
        L.center(s, bold=True)
    L.center("TENTANG", bold=True)
    title = "PENYELENGGARAAN PENDIDIKAN KLINIK, PENELITIAN, DAN PENGABDIAN KEPADA MASYARAKAT"
    L.center(title, bold=True, after=4)
    L.kv([("Nomor", D.num("1456/UN11/KS/2020")), ("Nomor", D.num("445/2871/RSUDZA/VII/2020"))],
         key_w=45, left=L.width * 0.3, after=8)
    L.para("Pada hari ini " + D.d(2020, 7, 22, "words") + ", bertempat di Banda Aceh, kami yang "
           "bertanda tangan di bawah ini:")
    D.issued(2020, 7, 22, "Banda Aceh")
    L.para("Prof. Dr. Ir. MUHAMMAD YUSRAN HASBI, M.Eng., Rektor Universitas Syiah Kuala, dalam hal "
           "ini bertindak untuk dan atas nama Universitas Syiah Kuala, berkedudukan di Jalan Teuku "
           "Nyak Arief Nomor 441 Darussalam, Banda Aceh, selanjutnya disebut PIHAK PERTAMA;",
           label="1.")
    L.para("dr. CUT NURUL HIDAYATI, Sp.A., M.Kes., Direktur Rumah Sakit Umum Daerah dr. Zainoel "
           "Abidin, dalam hal ini bertindak untuk dan atas nama Rumah Sakit Umum Daerah dr. Zainoel "
           "Abidin, berkedudukan di Jalan Tgk. Daud Beureueh Nomor 108 Banda Aceh, selanjutnya "
           "disebut PIHAK KEDUA.", label="2.")
    L.para("Dengan memperhatikan " + D.ref("UU", "12", 2012, "Undang-Undang Nomor 12 Tahun 2012")
           + " tentang Pendidikan Tinggi, " + D.ref("UU", "44", 2009,
                                                    "Undang-Undang Nomor 44 Tahun 2009")
           + " tentang Rumah Sakit, dan " + D.ref("PP", "93", 2015, "PP Nomor 93 Tahun 2015")
           + " tentang Rumah Sakit Pendidikan, PARA PIHAK sepakat mengadakan Nota Kesepahaman "
           "dengan ketentuan sebagai berikut:")
    arts = [
        ("MAKSUD DAN TUJUAN", "Nota Kesepahaman ini dimaksudkan sebagai landasan kerja sama "
         "penyelenggaraan pendidikan klinik mahasiswa Fakultas Kedokteran PIHAK PERTAMA di "
         "lingkungan PIHAK KEDUA."),
        ("RUANG LINGKUP", "Ruang lingkup Nota Kesepahaman meliputi pendidikan profesi dokter dan "
         "dokter spesialis, penelitian klinik, serta pengabdian kepada masyarakat."),
        ("JANGKA WAKTU", "Nota Kesepahaman ini berlaku selama 5 (lima) tahun terhitung sejak "
         "tanggal " + D.d(2020, 7, 22) + " sampai dengan tanggal " + D.d(2025, 7, 21)
         + " dan dapat diperpanjang atas kesepakatan PARA PIHAK."),
        ("PEMBIAYAAN", "PIHAK PERTAMA membayar kontribusi pendidikan klinik kepada PIHAK KEDUA "
         "sebesar " + D.rp(2500000, "rp_dash") + " per mahasiswa per semester. Biaya lain yang "
         "timbul dibebankan kepada anggaran masing-masing PIHAK."),
        ("PENUTUP", "Nota Kesepahaman ini dibuat dalam rangkap 2 (dua) bermeterai cukup dan "
         "mempunyai kekuatan hukum yang sama."),
    ]
    for i, (head, body) in enumerate(arts, 1):
        L.center(f"Pasal {i}", bold=True)
        L.center(head, bold=True)
        L.para(body)
    L.space(8)
    W = L.width
    L.sign([sig_col(0, W * 0.48, ["PIHAK PERTAMA,", "REKTOR UNIVERSITAS SYIAH KUALA,"],
                    "Prof. Dr. Ir. MUHAMMAD YUSRAN HASBI, M.Eng."),
            sig_col(W * 0.52, W * 0.48, ["PIHAK KEDUA,", "DIREKTUR RUMAH SAKIT UMUM DAERAH",
                                         "dr. ZAINOEL ABIDIN,"], "dr. CUT NURUL HIDAYATI, Sp.A., M.Kes.")],
           stamp_cols=[(0, ["UNIVERSITAS SYIAH KUALA", "REKTOR"]),
                       (1, ["RSUD dr. ZAINOEL ABIDIN", "BANDA ACEH"])])
    D.signer("Prof. Dr. Ir. MUHAMMAD YUSRAN HASBI, M.Eng.", "REKTOR UNIVERSITAS SYIAH KUALA")
    D.signer("dr. CUT NURUL HIDAYATI, Sp.A., M.Kes.",
             "DIREKTUR RUMAH SAKIT UMUM DAERAH dr. ZAINOEL ABIDIN")
    L.sign([sig_col(W * 0.26, W * 0.48, ["Mengetahui,", "Plt. GUBERNUR ACEH,"],
                    "Ir. T. BAHRUL FUADI, M.T.")])
    D.signer("Ir. T. BAHRUL FUADI, M.T.", "Plt. GUBERNUR ACEH")
    D.set(title=title, parties=["Universitas Syiah Kuala",
                                "Rumah Sakit Umum Daerah dr. Zainoel Abidin"])
    return D


def pks_dinkes_kupang_2016() -> Doc:
    D = Doc("pks-dinkes-kupang-poltekkes-2016", "perjanjian_kerja_sama", ("pdf",), "dserif", 10)
    L = D.L
    for s in ["PERJANJIAN KERJA SAMA", "ANTARA", "DINAS KESEHATAN KOTA KUPANG", "DENGAN",
              "POLITEKNIK KESEHATAN KEMENTERIAN KESEHATAN KUPANG", "TENTANG"]:
        L.center(s, bold=True)
    title = "PENGGUNAAN PUSKESMAS SEBAGAI LAHAN PRAKTIK KLINIK MAHASISWA"
    L.center(title, bold=True, after=4)
    L.center("Nomor : " + D.num("DKK.445/1021/VIII/2016"))
    L.center("Nomor : " + D.num("PP.08.02/1/0873/2016"), after=8)
    L.para("Yang bertanda tangan di bawah ini:")
    L.kv([("Nama", "drg. MARIA GORETTI NDOLU, M.Kes."), ("Jabatan", "Kepala Dinas Kesehatan Kota Kupang"),
          ("NIP", "19640908 199103 2 008")], key_w=50, left=20, after=0)
    L.para("Dalam hal ini bertindak untuk dan atas nama Dinas Kesehatan Kota Kupang, selanjutnya "
           "disebut PIHAK KESATU.", left=20)
    L.kv([("Nama", "RAGU HARMING KRISTINA, S.KM., M.Kes."),
          ("Jabatan", "Direktur Politeknik Kesehatan Kementerian Kesehatan Kupang"),
          ("NIP", "19661215 199003 2 001")], key_w=50, left=20, after=0)
    L.para("Dalam hal ini bertindak untuk dan atas nama Politeknik Kesehatan Kementerian "
           "Kesehatan Kupang, selanjutnya disebut PIHAK KEDUA.", left=20)
    L.para("PIHAK KESATU dan PIHAK KEDUA, dengan mengingat " + D.ref(
        "UU", "36", 2009, "Undang-Undang Republik Indonesia Nomor 36 Tahun 2009") + " tentang "
        "Kesehatan, " + D.ref("UU", "36", 2014, "Undang-Undang Nomor 36 Tahun 2014")
        + " tentang Tenaga Kesehatan, " + D.ref(
            "PERMEN", "2052/MENKES/PER/X/2011", 2011, "Permenkes RI No. 2052/MENKES/PER/X/2011")
        + " tentang Izin Praktik dan Pelaksanaan Praktik Kedokteran, dan " + D.ref(
            "PERWALI", "12", 2015, "Peraturan Walikota Kupang Nomor 12 Tahun 2015")
        + " tentang Tarif Layanan Puskesmas, sepakat mengadakan Perjanjian Kerja Sama dengan "
        "ketentuan sebagai berikut:")
    arts = [
        ("RUANG LINGKUP", "PIHAK KESATU menyediakan 11 (sebelas) Puskesmas di wilayah Kota Kupang "
         "sebagai lahan praktik klinik bagi mahasiswa PIHAK KEDUA."),
        ("HAK DAN KEWAJIBAN", "PIHAK KEDUA membayar biaya penggunaan lahan praktik sebesar "
         + D.rp(45000000, "rpdot") + " per tahun dan biaya bimbingan klinik "
         + D.rp(150000, "plain", words=False) + " per mahasiswa per minggu."),
        ("JANGKA WAKTU", "Perjanjian ini berlaku untuk jangka waktu 3 (tiga) tahun, terhitung "
         "mulai tanggal " + D.d(2016, 8, 1) + " sampai dengan tanggal " + D.d(2019, 7, 31) + "."),
        ("PENUTUP", "Perjanjian ini dibuat rangkap 2 (dua), masing-masing bermeterai cukup dan "
         "mempunyai kekuatan hukum yang sama."),
    ]
    for i, (head, body) in enumerate(arts, 1):
        L.center(f"Pasal {i}", bold=True)
        L.center(head, bold=True)
        L.para(body)
    L.space(6)
    L.center("Kupang, " + D.d(2016, 8, 1))
    D.issued(2016, 8, 1, "Kupang")
    W = L.width
    L.sign([sig_col(0, W * 0.48, ["PIHAK KESATU,", "KEPALA DINAS KESEHATAN", "KOTA KUPANG,"],
                    "drg. MARIA GORETTI NDOLU, M.Kes.", ["NIP. 19640908 199103 2 008"]),
            sig_col(W * 0.52, W * 0.48, ["PIHAK KEDUA,", "DIREKTUR POLITEKNIK KESEHATAN",
                                         "KEMENKES KUPANG,"], "RAGU HARMING KRISTINA, S.KM., M.Kes.",
                    ["NIP. 19661215 199003 2 001"])])
    D.signer("drg. MARIA GORETTI NDOLU, M.Kes.", "KEPALA DINAS KESEHATAN KOTA KUPANG")
    D.signer("RAGU HARMING KRISTINA, S.KM., M.Kes.", "DIREKTUR POLITEKNIK KESEHATAN KEMENKES KUPANG")
    D.set(title=title, parties=["Dinas Kesehatan Kota Kupang",
                                "Politeknik Kesehatan Kementerian Kesehatan Kupang"])
    return D


def kep_rektor_unram_2012() -> Doc:
    D = Doc("kep-rektor-unram-2012-penelitian", "keputusan", ("pdf",), "times", 11.5)
    L = D.L
    L.kop(["KEMENTERIAN PENDIDIKAN DAN KEBUDAYAAN", "UNIVERSITAS MATARAM"],
          ["Jalan Majapahit Nomor 62 Mataram 83125 Telepon (0370) 633007",
           "Laman www.unram.ac.id"])
    L.center("KEPUTUSAN REKTOR UNIVERSITAS MATARAM", bold=True)
    L.center("NOMOR : " + D.num("2173/UN18/KU/2012"), bold=True)
    L.center("TENTANG", bold=True)
    title = ("PENETAPAN PENERIMA DAN BESARAN BANTUAN PENELITIAN DOSEN PEMULA TAHUN ANGGARAN 2012")
    L.center(title, bold=True, after=6)
    L.center("REKTOR UNIVERSITAS MATARAM,", bold=True, after=4)
    L.kv([("Menimbang", "a. bahwa untuk meningkatkan kemampuan meneliti dosen pemula perlu "
           "diberikan bantuan biaya penelitian;")], key_w=72)
    L.para("b. bahwa nama-nama yang tercantum dalam lampiran Keputusan ini memenuhi syarat untuk "
           "ditetapkan sebagai penerima bantuan;", left=84)
    refs = [
        D.ref("UU", "20", 2003, "Undang-Undang Nomor 20 Tahun 2003") + " tentang Sistem "
        "Pendidikan Nasional;",
        D.ref("PP", "66", 2010, "Peraturan Pemerintah Nomor 66 Tahun 2010") + " tentang Perubahan "
        "atas " + D.ref("PP", "17", 2010, "Peraturan Pemerintah Nomor 17 Tahun 2010")
        + " tentang Pengelolaan dan Penyelenggaraan Pendidikan;",
        D.ref("KEPMEN", "117/O/2004", 2004, "Keputusan Menteri Pendidikan Nasional Nomor 117/O/2004")
        + " tentang Statuta Universitas Mataram;",
        D.ref("PERMEN", "84/PMK.02/2011", 2011, "Peraturan Menteri Keuangan Nomor 84/PMK.02/2011")
        + " tentang Standar Biaya Tahun Anggaran 2012;",
    ]
    L.kv([("Mengingat", "1. " + refs[0])], key_w=72)
    for i, r in enumerate(refs[1:], 2):
        L.para(r, left=84, label=f"{i}.", label_w=14)
    L.center("MEMUTUSKAN:", bold=True, after=2)
    L.kv([("Menetapkan", "KEPUTUSAN REKTOR UNIVERSITAS MATARAM TENTANG PENETAPAN PENERIMA DAN "
           "BESARAN BANTUAN PENELITIAN DOSEN PEMULA TAHUN ANGGARAN 2012."),
          ("KESATU", "Menetapkan penerima bantuan penelitian dosen pemula sebagaimana tercantum "
           "dalam Lampiran Keputusan ini."),
          ("KEDUA", "Besaran bantuan paling banyak " + D.rp(10000000, "rp")
           + " per judul penelitian."),
          ("KETIGA", "Seluruh biaya sebesar " + D.rp(350000000, "rp")
           + " dibebankan pada DIPA Universitas Mataram Tahun Anggaran 2012."),
          ("KEEMPAT", "Penerima bantuan wajib menyerahkan laporan akhir paling lambat tanggal "
           + D.d(2012, 11, 30) + "."),
          ("KELIMA", "Keputusan ini berlaku sejak tanggal ditetapkan.")], key_w=72, after=8)
    L.lines(["Ditetapkan di Mataram", "pada tanggal " + D.d(2012, 4, 4)], x=L.width * 0.55)
    D.issued(2012, 4, 4, "Mataram")
    L.sign([sig_col(L.width * 0.55, L.width * 0.45, ["REKTOR,"],
                    "Prof. Ir. LALU GEDE WIRASAPUTRA, Ph.D.", ["NIP. 19600512 198603 1 003"],
                    align="l")], gap=48)
    D.signer("Prof. Ir. LALU GEDE WIRASAPUTRA, Ph.D.", "REKTOR")
    L.page_break()
    L.lines(["LAMPIRAN KEPUTUSAN REKTOR UNIVERSITAS MATARAM", "NOMOR : 2173/UN18/KU/2012",
             "TANGGAL : " + D.d(2012, 4, 4)], x=L.width * 0.42, size=10, after=8)
    W = L.width
    L.table([W * 0.07, W * 0.35, W * 0.33, W * 0.25], [
        ["No.", "Nama Dosen", "Fakultas", "Bantuan (Rp)"],
        ["1.", "Baiq Nurul Aini, S.P., M.Si.", "Pertanian", D.rp(10000000, "bare", False)],
        ["2.", "I Made Sudarma, S.T., M.T.", "Teknik", D.rp(9500000, "bare", False)],
        ["3.", "Dewi Kurniasih, S.Pd., M.Pd.", "Keguruan dan Ilmu Pendidikan",
         D.rp(8750000, "bare", False)],
        ["4.", "Muhammad Rizal Fahmi, S.E., M.Ak.", "Ekonomi dan Bisnis", D.rp(9500000, "bare", False)],
        ["", "dst. (35 judul)", "", ""],
    ], aligns=["c", "l", "l", "r"])
    L.sign([sig_col(L.width * 0.55, L.width * 0.45, ["REKTOR,"],
                    "Prof. Ir. LALU GEDE WIRASAPUTRA, Ph.D.", ["NIP. 19600512 198603 1 003"],
                    align="l")], gap=48)
    D.set(title=title, parties=["Universitas Mataram"])
    return D


def se_kemenag_pidie_2024() -> Doc:
    D = Doc("se-kemenag-pidie-2024-zakat-fitrah", "surat_edaran", ("scan", "jpg", 300, "grey", "medium"),
            "arial", 9.8, leading=1.25, margins=(70, 56, 44, 40))
    L = D.L
    L.kop(["KEMENTERIAN AGAMA REPUBLIK INDONESIA", "KANTOR KEMENTERIAN AGAMA KABUPATEN PIDIE"],
          ["Jalan Prof. A. Majid Ibrahim Sigli 24112 Telepon (0653) 21045"], sizes=(12, 12))
    L.center("SURAT EDARAN", bold=True)
    L.center("NOMOR " + D.num("B-1873/Kk.01.09/1/BA.03.2/03/2024"))
    L.center("TENTANG")
    title = "PENGUMPULAN ZAKAT FITRAH DAN FIDYAH RAMADAN 1445 HIJRIAH"
    L.center(title, bold=True, after=6)
    L.para("Dasar:")
    base = [
        D.ref("UU", "23", 2011, "Undang-Undang Nomor 23 Tahun 2011") + " tentang Pengelolaan Zakat;",
        D.ref("PP", "14", 2014, "Peraturan Pemerintah Nomor 14 Tahun 2014") + " tentang "
        "Pelaksanaan Undang-Undang Nomor 23 Tahun 2011;",
        D.ref("PERMEN", "52", 2014, "Peraturan Menteri Agama Nomor 52 Tahun 2014") + " tentang "
        "Syarat dan Tata Cara Penghitungan Zakat Mal dan Zakat Fitrah;",
        D.ref("SKB", "855", 2023, "Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan "
              "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 855 Tahun 2023, "
              "Nomor 3 Tahun 2023, Nomor 4 Tahun 2023") + " tentang Hari Libur Nasional dan Cuti "
        "Bersama Tahun 2024;",
        D.ref("PERDA", "10", 2018, "Qanun Aceh Nomor 10 Tahun 2018") + " tentang Baitul Mal.",
    ]
    for i, b in enumerate(base, 1):
        L.para(b, label=f"{i}.", left=10, after=1)
    L.para("Sehubungan dengan hal tersebut, disampaikan kepada Kepala KUA Kecamatan dan Ketua "
           "Unit Pengumpul Zakat se-Kabupaten Pidie hal-hal sebagai berikut:", after=2)
    items = [
        "Zakat fitrah ditetapkan sebesar 2,5 kg beras atau uang senilai "
        + D.rp(45000, "rp", words=False) + " per jiwa.",
        "Fidyah ditetapkan sebesar " + D.rp(30000, "rp_dash") + " per hari.",
        "Hasil pengumpulan disetor ke rekening Baitul Mal Kabupaten Pidie paling lambat tanggal "
        + D.d(2024, 4, 5) + " dan dilaporkan dengan format terlampir.",
    ]
    for i, s in enumerate(items, 1):
        L.para(s, label=f"{i}.", left=10, after=1)
    L.para("Demikian Surat Edaran ini untuk dilaksanakan sebagaimana mestinya.", after=6)
    L.lines(["Sigli, " + D.d(2024, 3, 11)], x=L.width * 0.58)
    D.issued(2024, 3, 11, "Sigli")
    L.sign([sig_col(L.width * 0.58, L.width * 0.42, ["Kepala,"], "H. MUSLIM ABDULLAH, S.Ag., M.A.",
                    [], align="l")], gap=44,
           stamp_cols=[(0, ["KEMENTERIAN AGAMA KAB. PIDIE", "KEPALA"])])
    D.signer("H. MUSLIM ABDULLAH, S.Ag., M.A.", "Kepala")
    D.set(title=title, parties=["Kantor Kementerian Agama Kabupaten Pidie"])
    return D


def surat_kpu_jayapura_2019() -> Doc:
    D = Doc("surat-kpu-jayapura-2019-distribusi-logistik", "surat_dinas", ("pdf",), "arial", 10.5)
    L = D.L
    L.kop(["KOMISI PEMILIHAN UMUM", "KABUPATEN JAYAPURA"],
          ["Jalan Raya Sentani-Abepura Kilometer 2, Sentani 99352",
           "Telepon (0967) 591 118 Pos-el kpu.jayapurakab@gmail.com"])
    title = "Penyampaian Jadwal Distribusi Logistik Pemilihan Umum Tahun 2019"
    top = L.y
    L.kv([("Nomor", D.num("212/PL.02.1-SD/9103/KPU-Kab/IV/2019")), ("Lampiran", "1 (satu) lembar"),
          ("Perihal", ["Penyampaian Jadwal Distribusi", "Logistik Pemilihan Umum Tahun 2019"])],
         key_w=52)
    after_kv = L.y
    L.y = top
    L.lines(["Sentani, " + D.d(2019, 4, 2)], x=L.width * 0.66)
    D.issued(2019, 4, 2, "Sentani")
    L.y = max(after_kv, L.y) + 4
    L.lines(["Kepada Yth.", "Para Kepala Distrik se-Kabupaten Jayapura", "di -", "     Tempat"],
            x=L.width * 0.55, after=8)
    L.para("Berdasarkan " + D.ref("PKPU", "7", 2017, "Peraturan Komisi Pemilihan Umum Nomor 7 "
                                   "Tahun 2017") + " tentang Tahapan, Program, dan Jadwal "
           "Penyelenggaraan Pemilihan Umum Tahun 2019 sebagaimana telah diubah terakhir dengan "
           + D.ref("PKPU", "9", 2019, "PKPU No. 9 Tahun 2019") + ", dengan ini kami sampaikan "
           "jadwal distribusi logistik Pemilihan Umum Tahun 2019 sebagai berikut:", left=62, first=24)
    L.para("Distribusi logistik ke 19 (sembilan belas) distrik dimulai tanggal " + D.d(2019, 4, 8)
           + " dan selesai paling lambat tanggal " + D.d(2019, 4, 15) + ".", left=62, label="1.")
    L.para("Distribusi ke Distrik Airu dan Distrik Kaureh menggunakan angkutan udara carter dengan "
           "biaya sebesar " + D.rp(684750000, "rpdot") + " yang dibebankan pada DIPA Komisi "
           "Pemilihan Umum Kabupaten Jayapura.", left=62, label="2.")
    L.para("Pemungutan suara dilaksanakan serentak pada hari " + D.d(2019, 4, 17, "hari")
           + " sesuai dengan " + D.ref("UU", "7", 2017, "Undang-Undang Nomor 7 Tahun 2017")
           + " tentang Pemilihan Umum.", left=62, label="3.")
    L.para("Kepala Distrik diminta menyiapkan gudang penyimpanan sementara dan berkoordinasi "
           "dengan Kepolisian Sektor setempat untuk pengamanan.", left=62, label="4.")
    L.para("Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.",
           left=62, first=24, after=10)
    L.sign([sig_col(L.width * 0.5, L.width * 0.5, ["a.n. KETUA KPU KABUPATEN JAYAPURA",
                                                   "Plh. SEKRETARIS,"],
                    "FRANSISKUS X. WAROPEN, S.Sos.", ["NIP. 19750309 200212 1 004"])])
    D.signer("FRANSISKUS X. WAROPEN, S.Sos.", "Plh. SEKRETARIS")
    L.lines(["Tembusan:", "1. KPU Provinsi Papua di Jayapura;", "2. Bupati Jayapura di Sentani."],
            size=9)
    D.set(title=title, parties=["Komisi Pemilihan Umum Kabupaten Jayapura"])
    return D


def se_gubernur_irja_1999() -> Doc:
    D = Doc("se-gubernur-irja-1999-otonomi", "surat_edaran", ("scan", "tif", 300, "bw", "medium"),
            "mono", 10, leading=1.35)
    L = D.L
    L.center("PEMERINTAH PROPINSI DAERAH TINGKAT I IRIAN JAYA", bold=True, size=11)
    L.center("JALAN SOA SIU DOK II TELEPON 21203 JAYAPURA", size=9)
    L.op("l", L.ml, L.y + 4, PAGE_W - L.mr, L.y + 4, 1.4)
    L.space(12)
    top = L.y
    L.lines(["Jayapura, " + D.d(1999, 2, 22, old=True)], x=L.width * 0.58)
    D.issued(1999, 2, 22, "Jayapura")
    L.y = top + L.lh() * 1.5
    title = "Persiapan Pelaksanaan Otonomi Daerah"
    L.kv([("Nomor", D.num("800/1723/SET")), ("Lampiran", "-"), ("Perihal", title)], key_w=62)
    L.lines(["Kepada", "Yth. Sdr. Bupati/Walikotamadya Kepala", "     Daerah Tingkat II se-Irian Jaya",
             "di -", "     TEMPAT"], x=L.width * 0.5, after=6)
    L.center("SURAT - EDARAN", bold=True, underline=True, after=6)
    L.para("Menunjuk surat Menteri Dalam Negeri Nomor " + D.ref(
        "LAINNYA", "061/455/SJ", None, "061/455/SJ") + " tanggal " + D.d(1999, 2, 12, old=True)
        + " perihal Persiapan Penataan Kelembagaan Daerah dan dalam rangka melaksanakan "
        + D.ref("KEPPRES", "52", 1998, "Keputusan Presiden Nomor 52 Tahun 1998")
        + ", bersama ini diminta perhatian Saudara sebagai berikut:", first=30)
    items = [
        "Menginventarisasi kewenangan, personil, perlengkapan dan pembiayaan yang akan diserahkan "
        "kepada Daerah Tingkat II paling lambat tanggal " + D.d(1999, 3, 31) + ".",
        "Untuk keperluan tersebut setiap Daerah Tingkat II diberikan bantuan biaya operasional "
        "sebesar " + D.rp(25000000, "rpdot") + " yang bersumber dari APBD Propinsi Daerah Tingkat I "
        "Irian Jaya Tahun Anggaran 1998/1999 dengan jumlah keseluruhan "
        + D.rp(325000000, "rpdot", words_value=352000000) + ".",
        "Hasil inventarisasi dilaporkan kepada Gubernur melalui Biro Pemerintahan Setwilda Tingkat "
        "I Irian Jaya.",
    ]
    for i, s in enumerate(items, 1):
        L.para(s, label=f"{i}.", label_w=22)
    L.para("Demikian untuk menjadi perhatian dan dilaksanakan dengan sebaik-baiknya.", first=30,
           after=8)
    L.sign([sig_col(L.width * 0.45, L.width * 0.55,
                    ["GUBERNUR KEPALA DAERAH TINGKAT I", "IRIAN JAYA,"], "Drs. BARNABAS MANDOWEN",
                    [], align="l")],
           stamp_cols=[(0, ["GUBERNUR KEPALA DAERAH TK. I", "IRIAN JAYA"])])
    D.signer("Drs. BARNABAS MANDOWEN", "GUBERNUR KEPALA DAERAH TINGKAT I IRIAN JAYA")
    L.lines(["Tembusan Yth.:", "1. Menteri Dalam Negeri di Jakarta;",
             "2. Ketua DPRD Propinsi Dati I Irian Jaya di Jayapura."], size=9)
    D.set(title=title, parties=["Pemerintah Propinsi Daerah Tingkat I Irian Jaya"])
    return D


def nphd_acehbesar_kip_2016() -> Doc:
    D = Doc("nphd-acehbesar-kip-2016", "nphd", ("scan", "tif", 200, "grey", "heavy"), "times", 12)
    L = D.L
    for s in ["NASKAH PERJANJIAN HIBAH DAERAH", "ANTARA", "PEMERINTAH KABUPATEN ACEH BESAR",
              "DENGAN", "KOMISI INDEPENDEN PEMILIHAN KABUPATEN ACEH BESAR"]:
        L.center(s, bold=True)
    L.center("Nomor : " + D.num("900/172/2016"))
    L.center("Nomor : " + D.num("012/NPHD/KIP-AB/VI/2016"))
    L.center("TENTANG", bold=True)
    title = ("BELANJA HIBAH PENYELENGGARAAN PEMILIHAN BUPATI DAN WAKIL BUPATI ACEH BESAR "
             "TAHUN 2017")
    L.center(title, bold=True, after=8)
    L.para("Pada hari ini " + D.d(2016, 6, 15, "words") + ", bertempat di Jantho, kami yang "
           "bertanda tangan di bawah ini:")
    D.issued(2016, 6, 15, "Jantho")
    L.para("Ir. MUKHLIS BASYAH, M.Sc., Bupati Aceh Besar, dalam hal ini bertindak untuk dan atas "
           "nama Pemerintah Kabupaten Aceh Besar, selanjutnya disebut PIHAK PERTAMA;", label="1.")
    L.para("RAFIQ ZULKARNAEN, S.H., Ketua Komisi Independen Pemilihan Kabupaten Aceh Besar, dalam "
           "hal ini bertindak untuk dan atas nama Komisi Independen Pemilihan Kabupaten Aceh Besar, "
           "selanjutnya disebut PIHAK KEDUA.", label="2.")
    L.para("Kedua belah pihak sepakat mengadakan Perjanjian Hibah dengan berpedoman pada "
           + D.ref("UU", "11", 2006, "Undang-Undang Nomor 11 Tahun 2006") + " tentang Pemerintahan "
           "Aceh, " + D.ref("UU", "10", 2016, "UU Nomor 10 Tahun 2016") + ", "
           + D.ref("PERMEN", "51", 2015, "Peraturan Menteri Dalam Negeri Nomor 51 Tahun 2015")
           + ", " + D.ref("PERDA", "12", 2016, "Qanun Aceh Nomor 12 Tahun 2016")
           + " tentang Pemilihan Gubernur/Wakil Gubernur, Bupati/Wakil Bupati, dan Walikota/Wakil "
           "Walikota, serta " + D.ref("PERBUP", "8", 2016,
                                      "Peraturan Bupati Aceh Besar Nomor 8 Tahun 2016")
           + " tentang Tata Cara Penganggaran, Pelaksanaan dan Penatausahaan, Pertanggungjawaban "
           "dan Pelaporan serta Monitoring dan Evaluasi Hibah, dengan ketentuan sebagai berikut:")
    arts = [
        ("JUMLAH HIBAH", "PIHAK PERTAMA memberikan hibah kepada PIHAK KEDUA sebesar "
         + D.rp(21350000000, "plain", milyar=True) + " yang dianggarkan dalam APBK Aceh Besar "
         "Tahun Anggaran 2016 dan Tahun Anggaran 2017."),
        ("PENCAIRAN", "Hibah dicairkan secara bertahap, yaitu tahap pertama sebesar "
         + D.rp(8540000000, "plain", milyar=True) + " dan tahap kedua sebesar "
         + D.rp(12810000000, "plain", milyar=True) + "."),
        ("PENGGUNAAN", "PIHAK KEDUA menggunakan hibah sesuai dengan rencana kebutuhan biaya yang "
         "merupakan bagian tidak terpisahkan dari Naskah Perjanjian ini."),
        ("LAPORAN", "PIHAK KEDUA menyampaikan laporan penggunaan hibah paling lambat tanggal "
         + D.d(2017, 5, 15) + "."),
        ("PENUTUP", "Naskah Perjanjian Hibah Daerah ini dibuat dalam rangkap 2 (dua), masing-masing "
         "bermeterai cukup dan mempunyai kekuatan hukum yang sama."),
    ]
    for i, (head, body) in enumerate(arts, 1):
        L.center(f"Pasal {i}", bold=True)
        L.center(head, bold=True)
        L.para(body)
    L.space(10)
    W = L.width
    L.sign([sig_col(0, W * 0.46, ["PIHAK KEDUA,", "KETUA KIP", "KABUPATEN ACEH BESAR,"],
                    "RAFIQ ZULKARNAEN, S.H."),
            sig_col(W * 0.54, W * 0.46, ["PIHAK PERTAMA,", "BUPATI ACEH BESAR,"],
                    "Ir. MUKHLIS BASYAH, M.Sc.")],
           stamp_cols=[(0, ["KIP KABUPATEN ACEH BESAR", "KETUA"]),
                       (1, ["BUPATI ACEH BESAR", "JANTHO"])])
    D.signer("RAFIQ ZULKARNAEN, S.H.", "KETUA KIP KABUPATEN ACEH BESAR")
    D.signer("Ir. MUKHLIS BASYAH, M.Sc.", "BUPATI ACEH BESAR")
    D.set(title=title, parties=["Pemerintah Kabupaten Aceh Besar",
                                "Komisi Independen Pemilihan Kabupaten Aceh Besar"])
    return D


def kep_dprd_sumbawa_2015() -> Doc:
    D = Doc("kep-dprd-sumbawa-2015-pansus", "keputusan", ("pdf",), "narrow", 11.5, justify=True)
    L = D.L
    L.center("DEWAN PERWAKILAN RAKYAT DAERAH", bold=True, size=13)
    L.center("KABUPATEN SUMBAWA", bold=True, size=13, after=8)
    L.center("KEPUTUSAN DEWAN PERWAKILAN RAKYAT DAERAH KABUPATEN SUMBAWA", bold=True)
    L.center("NOMOR " + D.num("12 TAHUN 2015"), bold=True)
    L.center("TENTANG", bold=True)
    title = ("PEMBENTUKAN PANITIA KHUSUS PEMBAHASAN RANCANGAN PERATURAN DAERAH TENTANG RENCANA "
             "TATA RUANG WILAYAH KABUPATEN SUMBAWA TAHUN 2015-2035")
    L.center(title, bold=True, after=6)
    L.center("DENGAN RAHMAT TUHAN YANG MAHA ESA", bold=True)
    L.center("DEWAN PERWAKILAN RAKYAT DAERAH KABUPATEN SUMBAWA,", bold=True, after=6)
    L.kv([("Menimbang", "a. bahwa untuk membahas Rancangan Peraturan Daerah tentang Rencana Tata "
           "Ruang Wilayah Kabupaten Sumbawa perlu dibentuk Panitia Khusus;")], key_w=78)
    L.para("b. bahwa pembentukan Panitia Khusus telah disetujui dalam Rapat Paripurna tanggal "
           + D.d(2015, 3, 3) + ";", left=90)
    refs = [
        D.ref("UU", "17", 2014, "Undang-Undang Nomor 17 Tahun 2014") + " tentang Majelis "
        "Permusyawaratan Rakyat, Dewan Perwakilan Rakyat, Dewan Perwakilan Daerah, dan Dewan "
        "Perwakilan Rakyat Daerah;",
        D.ref("UU", "23", 2014, "Undang-Undang Nomor 23 Tahun 2014") + " tentang Pemerintahan "
        "Daerah sebagaimana telah diubah dengan " + D.ref("UU", "9", 2015, "UU No. 9 Tahun 2015")
        + ";",
        D.ref("PP", "16", 2010, "Peraturan Pemerintah Nomor 16 Tahun 2010") + " tentang Pedoman "
        "Penyusunan Peraturan Dewan Perwakilan Rakyat Daerah tentang Tata Tertib;",
        D.ref("LAINNYA", "1", 2014, "Peraturan DPRD Kabupaten Sumbawa Nomor 1 Tahun 2014")
        + " tentang Tata Tertib DPRD Kabupaten Sumbawa;",
    ]
    L.kv([("Mengingat", "1. " + refs[0])], key_w=78)
    for i, r in enumerate(refs[1:], 2):
        L.para(r, left=90, label=f"{i}.", label_w=14)
    L.center("MEMUTUSKAN:", bold=True, after=2)
    L.kv([("Menetapkan", "KEPUTUSAN DEWAN PERWAKILAN RAKYAT DAERAH KABUPATEN SUMBAWA TENTANG "
           "PEMBENTUKAN PANITIA KHUSUS PEMBAHASAN RANCANGAN PERATURAN DAERAH TENTANG RENCANA TATA "
           "RUANG WILAYAH KABUPATEN SUMBAWA TAHUN 2015-2035."),
          ("KESATU", "Membentuk Panitia Khusus dengan susunan keanggotaan sebagaimana tercantum "
           "dalam Lampiran Keputusan ini."),
          ("KEDUA", "Panitia Khusus melaporkan hasil pembahasan dalam Rapat Paripurna paling lambat "
           "tanggal " + D.d(2015, 4, 30) + "."),
          ("KETIGA", "Biaya pelaksanaan tugas Panitia Khusus sebesar " + D.rp(187500000, "rp_sp")
           + " dibebankan pada APBD Kabupaten Sumbawa Tahun Anggaran 2015."),
          ("KEEMPAT", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")], key_w=78, after=8)
    L.kv([("Ditetapkan di", "Sumbawa Besar"), ("pada tanggal", D.d(2015, 3, 5))], key_w=68,
         left=L.width * 0.5)
    D.issued(2015, 3, 5, "Sumbawa Besar")
    L.space(4)
    L.sign([sig_col(L.width * 0.45, L.width * 0.55, ["KETUA DEWAN PERWAKILAN RAKYAT DAERAH",
                                                     "KABUPATEN SUMBAWA,"], "ABDUL RAFIQ, S.E.")])
    D.signer("ABDUL RAFIQ, S.E.", "KETUA DEWAN PERWAKILAN RAKYAT DAERAH KABUPATEN SUMBAWA")
    D.set(title=title, parties=["Dewan Perwakilan Rakyat Daerah Kabupaten Sumbawa"])
    return D


def ba_bappedalitbang_banyumas_2022() -> Doc:
    D = Doc("ba-bappedalitbang-banyumas-2022-musrenbang", "berita_acara",
            ("scan", "png", 300, "colour", "medium"), "arial", 9.8, leading=1.27,
            margins=(68, 56, 44, 40))
    L = D.L
    L.kop(["PEMERINTAH KABUPATEN BANYUMAS", "BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN",
           "DAN PENGEMBANGAN DAERAH"],
          ["Jalan Kabupaten Nomor 1 Purwokerto 53114 Telepon (0281) 632 548"], sizes=(12, 12))
    L.center("BERITA ACARA", bold=True)
    title = ("KESEPAKATAN HASIL MUSYAWARAH PERENCANAAN PEMBANGUNAN RENCANA KERJA PEMERINTAH DAERAH "
             "KABUPATEN BANYUMAS TAHUN 2023")
    L.center(title, bold=True)
    L.center("Nomor : " + D.num("000.1.2.3/0731/IV/2022"), after=6)
    L.para("Pada hari ini " + D.d(2022, 4, 7, "words") + ", bertempat di Pendapa Si Panji, "
           "Purwokerto, telah diselenggarakan Musyawarah Perencanaan Pembangunan RKPD Kabupaten "
           "Banyumas Tahun 2023 sesuai dengan " + D.ref("UU", "25", 2004, "UU No. 25/2004")
           + " tentang Sistem Perencanaan Pembangunan Nasional, " + D.ref(
               "PP", "17", 2017, "PP Nomor 17 Tahun 2017") + " tentang Sinkronisasi Proses "
           "Perencanaan dan Penganggaran Pembangunan Nasional, dan " + D.ref(
               "PERMEN", "86", 2017, "Permendagri 86/2017") + ".")
    D.issued(2022, 4, 7, "Purwokerto")
    L.para("Musyawarah menyepakati hal-hal sebagai berikut:")
    items = [
        "Tema pembangunan Kabupaten Banyumas Tahun 2023 adalah Pemulihan Ekonomi dan Penguatan "
        "Sumber Daya Manusia.",
        "Pagu indikatif belanja daerah Tahun 2023 sebesar " + D.rp(3217465000000, "rp_sp", milyar=False)
        + ".",
        "Pagu indikatif kewilayahan kecamatan sebesar " + D.rp(27000000000, "rp_dash", words=False)
        + " dibagi untuk 27 kecamatan.",
        "Rancangan Akhir RKPD disampaikan kepada DPRD paling lambat tanggal " + D.d(2022, 5, 20)
        + ".",
    ]
    for i, s in enumerate(items, 1):
        L.para(s, label=f"{i}.", left=8, after=1)
    L.para("Demikian Berita Acara ini dibuat untuk dipergunakan sebagaimana mestinya.", after=6)
    W = L.width
    L.sign([sig_col(0, W * 0.48, ["WAKIL KETUA DPRD", "KABUPATEN BANYUMAS,"],
                    "Drs. SUHERMAN WIJAYAKUSUMA"),
            sig_col(W * 0.52, W * 0.48, ["KEPALA BAPPEDALITBANG", "KABUPATEN BANYUMAS,"],
                    "Ir. RATNA DEWI PURBOSARI, M.Si.", ["NIP. 19690425 199503 2 003"])], gap=46,
           stamp_cols=[(1, ["BAPPEDALITBANG KAB. BANYUMAS", "PURWOKERTO"])])
    D.signer("Drs. SUHERMAN WIJAYAKUSUMA", "WAKIL KETUA DPRD KABUPATEN BANYUMAS")
    D.signer("Ir. RATNA DEWI PURBOSARI, M.Si.", "KEPALA BAPPEDALITBANG KABUPATEN BANYUMAS")
    L.sign([sig_col(W * 0.26, W * 0.48, ["Mengetahui,", "BUPATI BANYUMAS,"],
                    "Ir. ACHMAD HUSEIN SETIAWAN")], gap=46,
           stamp_cols=[(0, ["BUPATI BANYUMAS", "JAWA TENGAH"])])
    D.signer("Ir. ACHMAD HUSEIN SETIAWAN", "BUPATI BANYUMAS")
    # The subject is printed under BERITA ACARA without TENTANG: no title (SCHEMA.md).
    D.set(title=None, parties=["Badan Perencanaan Pembangunan, Penelitian dan Pengembangan "
                               "Daerah Kabupaten Banyumas"])
    return D


def und_rsud_klaten_2024() -> Doc:
    D = Doc("und-rsud-bagaswaras-2024-evaluasi-klaim", "undangan", ("pdf",), "dsans", 10)
    L = D.L
    L.kop(["PEMERINTAH KABUPATEN KLATEN", "RUMAH SAKIT UMUM DAERAH BAGAS WARAS"],
          ["Jalan Ir. Soekarno Km 2 Buntalan, Klaten Tengah, Klaten 57419",
           "Telepon (0272) 3359 666 Laman rsud.klatenkab.go.id"], sizes=(12, 14))
    L.lines(["Klaten, " + D.d(2024, 3, 8)], x=L.width * 0.65)
    D.issued(2024, 3, 8, "Klaten")
    title = "Undangan Rapat Evaluasi Klaim Jaminan Kesehatan Nasional"
    L.kv([("Nomor", D.num("400.7.22.1/0457/2024")), ("Sifat", "Biasa"), ("Lampiran", "-"),
          ("Hal", ["Undangan Rapat Evaluasi Klaim", "Jaminan Kesehatan Nasional"])], key_w=52,
         after=6)
    L.lines(["Yth. 1. Kepala Instalasi Rawat Inap;", "       2. Kepala Instalasi Rawat Jalan;",
             "       3. Koordinator Casemix", "di Tempat"], after=8)
    L.para("Menindaklanjuti hasil verifikasi BPJS Kesehatan atas klaim pelayanan bulan Januari "
           "2024, terdapat klaim tertunda senilai " + D.rp(1370000000, text="Rp1,37 miliar",
                                                           words=False)
           + " yang perlu segera dilengkapi sesuai dengan " + D.ref(
               "PERMEN", "3", 2023, "Permenkes Nomor 3 Tahun 2023") + " tentang Standar Tarif "
           "Pelayanan Kesehatan dalam Penyelenggaraan Program Jaminan Kesehatan dan " + D.ref(
               "PERPRES", "82", 2018, "Perpres No. 82 Tahun 2018") + " tentang Jaminan Kesehatan. "
           "Sehubungan dengan hal tersebut, kami mengundang Saudara untuk hadir pada:", first=24)
    W = L.width
    L.table([W * 0.24, W * 0.2, W * 0.24, W * 0.32], [
        ["Hari/Tanggal", "Waktu", "Tempat", "Acara"],
        [D.d(2024, 3, 13, "hari"), "09.00 WIB s.d. selesai", "Aula Lantai 4 Gedung Manajemen",
         "Evaluasi klaim tertunda dan tindak lanjut"],
    ], aligns=["l", "l", "l", "l"])
    L.para("Mengingat pentingnya acara tersebut, dimohon hadir tepat waktu. Atas perhatian "
           "Saudara, kami sampaikan terima kasih.", first=24, after=10)
    L.sign([sig_col(L.width * 0.52, L.width * 0.48, ["Plt. DIREKTUR,"],
                    "dr. RETNO WULANDARI, M.Kes.", ["Pembina Tk. I",
                                                    "NIP. 19760611 200604 2 015"])])
    D.signer("dr. RETNO WULANDARI, M.Kes.", "Plt. DIREKTUR")
    D.set(title=title, parties=["Rumah Sakit Umum Daerah Bagas Waras Kabupaten Klaten"])
    return D


def surat_disdik_jayawijaya_2023() -> Doc:
    D = Doc("surat-disdik-jayawijaya-2023-bos", "surat_dinas", ("scan", "png", 200, "grey", "heavy"),
            "times", 10.8, leading=1.25, margins=(70, 56, 44, 40))
    L = D.L
    L.kop(["PEMERINTAH KABUPATEN JAYAWIJAYA", "DINAS PENDIDIKAN"],
          ["Jalan Yos Sudarso Nomor 21 Wamena 99511"], sizes=(13, 15))
    top = L.y
    L.lines(["Wamena, " + D.d(2023, 7, 18)], x=L.width * 0.62)
    D.issued(2023, 7, 18, "Wamena")
    L.y = top + L.lh() * 1.3
    title = "Penyaluran Dana BOS Reguler Tahap II Tahun 2023"
    L.kv([("Nomor", D.num("400.3.1/318/DISDIK/2023")), ("Sifat", "Biasa"),
          ("Lampiran", "1 (satu) berkas"), ("Hal", title)], key_w=50)
    L.lines(["Yth. Kepala SD dan SMP Negeri/Swasta", "se-Kabupaten Jayawijaya", "di -",
             "     Tempat"], x=L.width * 0.5, after=6)
    L.para("Menindaklanjuti " + D.ref(
        "PERMEN", "63", 2022, "Peraturan Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi Nomor "
        "63 Tahun 2022") + " tentang Petunjuk Teknis Pengelolaan Dana Bantuan Operasional Satuan "
        "Pendidikan dan surat Direktur Jenderal PAUD, Pendidikan Dasar, dan Pendidikan Menengah "
        "Nomor " + D.ref("LAINNYA", "2156/C/KU.02.01/2023", 2023, "2156/C/KU.02.01/2023")
        + " tanggal " + D.d(2023, 7, 3) + ", dengan ini disampaikan bahwa:", first=24)
    items = [
        "Dana BOS Reguler tahap II untuk 187 satuan pendidikan sebesar " + D.rp(24386900000, "rpdot")
        + " telah ditransfer ke rekening sekolah pada tanggal " + D.d(2023, 7, 12) + ".",
        "Satuan biaya BOS Reguler di daerah khusus sebesar " + D.rp(1960000, "plain", words=False)
        + " per peserta didik SD dan " + D.rp(2460000, "plain", words=False)
        + " per peserta didik SMP per tahun.",
        "Laporan realisasi tahap I diunggah pada aplikasi ARKAS paling lambat tanggal "
        + D.d(2023, 7, 31) + ".",
    ]
    for i, s in enumerate(items, 1):
        L.para(s, label=f"{i}.", left=8, after=1)
    L.para("Demikian disampaikan, atas perhatian Saudara diucapkan terima kasih.", first=24, after=6)
    L.sign([sig_col(L.width * 0.46, L.width * 0.54, ["KEPALA DINAS PENDIDIKAN",
                                                     "KABUPATEN JAYAWIJAYA,"],
                    "MARTHINUS WENDA, S.Pd., M.M.", ["Pembina", "NIP. 19740802 200003 1 005"])],
           gap=48, stamp_cols=[(0, ["DINAS PENDIDIKAN KAB. JAYAWIJAYA", "WAMENA"])])
    D.signer("MARTHINUS WENDA, S.Pd., M.M.", "KEPALA DINAS PENDIDIKAN KABUPATEN JAYAWIJAYA")
    D.set(title=title, parties=["Dinas Pendidikan Kabupaten Jayawijaya"])
    return D


def nd_bkad_palu_2025() -> Doc:
    D = Doc("nd-bkad-palu-2025-tpp", "nota_dinas", ("pdf",), "arial", 10.5)
    L = D.L
    L.kop(["PEMERINTAH KOTA PALU", "BADAN KEUANGAN DAN ASET DAERAH"],
          ["Jalan Balai Kota Selatan Nomor 1 Palu 94111 Telepon (0451) 421 180"])
    L.center("NOTA DINAS", bold=True, size=12, after=4)
    title = "Permohonan Penetapan Tambahan Penghasilan Pegawai Bulan Januari 2025"
    L.kv([("Kepada", "Yth. Sekretaris Daerah Kota Palu"),
          ("Dari", "Kepala Badan Keuangan dan Aset Daerah"),
          ("Tembusan", "Inspektur Kota Palu"), ("Tanggal", D.d(2025, 1, 6)),
          ("Nomor", D.num("900.1.3.1/214/BKAD")), ("Sifat", "Segera"), ("Lampiran", "-"),
          ("Hal", title)], key_w=62)
    D.issued(2025, 1, 6, None)
    L.op("l", L.ml, L.y + 2, PAGE_W - L.mr, L.y + 2, 0.8)
    L.space(8)
    L.para("Berdasarkan " + D.ref("PERWALI", "3", 2025, "Peraturan Wali Kota Palu Nomor 3 Tahun "
                                   "2025") + " tentang Tambahan Penghasilan Pegawai Aparatur Sipil "
           "Negara dan " + D.ref("KEPMEN", "900.1.13-3211", 2024,
                                 "Kepmendagri Nomor 900.1.13-3211 Tahun 2024")
           + ", dengan hormat disampaikan:", first=24)
    items = [
        "Pagu TPP Tahun Anggaran 2025 sebesar " + D.rp(101250000000, "rp_sp") + ".",
        "Kebutuhan TPP bulan Januari 2025 sebesar " + D.rp(8742315000, "rp") + ".",
        "Sisa pagu setelah pembayaran bulan Januari sebesar "
        + D.rp(92507685000, "rp", words_value=92507680000) + ".",
        "Pembayaran dapat dilaksanakan setelah data kehadiran dan kinerja diverifikasi paling "
        "lambat tanggal " + D.d(2025, 1, 10) + ".",
    ]
    for i, s in enumerate(items, 1):
        L.para(s, label=f"{i}.", left=8, after=1)
    L.para("Demikian disampaikan, mohon arahan Bapak.", after=10)
    L.sign([sig_col(L.width * 0.5, L.width * 0.5, ["Plh. KEPALA BADAN KEUANGAN", "DAN ASET DAERAH,"],
                    "MOH. RIZAL ARSYAD, S.E., M.Si.", ["Pembina Tk. I",
                                                       "NIP. 19780103 200312 1 006"])])
    D.signer("MOH. RIZAL ARSYAD, S.E., M.Si.", "Plh. KEPALA BADAN KEUANGAN DAN ASET DAERAH")
    D.set(title=title, parties=["Badan Keuangan dan Aset Daerah Kota Palu"])
    return D


def pks_disdik_makassar_unm_2021() -> Doc:
    D = Doc("pks-disdik-makassar-unm-2021-sekolah-penggerak", "perjanjian_kerja_sama",
            ("scan", "pdf", 300, "colour", "medium"), "times", 11.5)
    L = D.L
    for s in ["PERJANJIAN KERJA SAMA", "ANTARA", "DINAS PENDIDIKAN KOTA MAKASSAR", "DAN",
              "UNIVERSITAS NEGERI MAKASSAR"]:
        L.center(s, bold=True)
    L.kv([("Nomor", D.num("421/2187/Disdik/IX/2021")), ("Nomor", D.num("1187/UN36/KS/2021"))],
         key_w=45, left=L.width * 0.3)
    L.center("TENTANG", bold=True)
    title = "PENDAMPINGAN PROGRAM SEKOLAH PENGGERAK DI KOTA MAKASSAR"
    L.center(title, bold=True, after=8)
    L.para("Pada hari ini " + D.d(2021, 9, 14, "words") + " (" + D.d(2021, 9, 14, "dash")
           + "), bertempat di Makassar, yang bertanda tangan di bawah ini:")
    D.issued(2021, 9, 14, "Makassar")
    L.kv([("Nama", "Drs. MUHYIDDIN MAPPAWALI, M.Si."),
          ("Jabatan", "Kepala Dinas Pendidikan Kota Makassar")], key_w=55, left=20, after=0,
         label="1.")
    L.para("selanjutnya disebut PIHAK PERTAMA.", left=20)
    L.kv([("Nama", "Prof. Dr. H. ANDI MUSTARI RAHMAN, M.Pd."),
          ("Jabatan", "Rektor Universitas Negeri Makassar")], key_w=55, left=20, after=0,
         label="2.")
    L.para("selanjutnya disebut PIHAK KEDUA.", left=20)
    L.para("PARA PIHAK dengan memperhatikan " + D.ref("UU", "20", 2003, "UU No. 20/2003")
           + " tentang Sistem Pendidikan Nasional, " + D.ref("PP", "17", 2010, "PP 17/2010")
           + " tentang Pengelolaan dan Penyelenggaraan Pendidikan, dan " + D.ref(
               "KEPMEN", "162/M/2021", 2021, "Keputusan Mendikbudristek Nomor 162/M/2021")
           + " tentang Program Sekolah Penggerak, sepakat mengikatkan diri dalam Perjanjian Kerja "
           "Sama dengan ketentuan sebagai berikut:")
    arts = [
        ("RUANG LINGKUP", "PIHAK KEDUA melaksanakan pendampingan bagi 40 (empat puluh) sekolah "
         "penggerak jenjang SD dan SMP di Kota Makassar."),
        ("NILAI PERJANJIAN", "Nilai Perjanjian Kerja Sama ini sebesar " + D.rp(475000000, "rp_sp")
         + " termasuk honorarium pendamping sebesar " + D.rp(3500000, "plain", words=False)
         + " per orang per bulan."),
        ("JANGKA WAKTU", "Perjanjian berlaku sejak ditandatangani sampai dengan tanggal "
         + D.d(2022, 6, 30) + "."),
    ]
    for i, (head, body) in enumerate(arts, 1):
        L.center(f"Pasal {i}", bold=True)
        L.center(head, bold=True)
        L.para(body)
    L.space(8)
    W = L.width
    L.sign([sig_col(0, W * 0.48, ["PIHAK KEDUA,", "REKTOR UNIVERSITAS NEGERI MAKASSAR,"],
                    "Prof. Dr. H. ANDI MUSTARI RAHMAN, M.Pd."),
            sig_col(W * 0.52, W * 0.48, ["PIHAK PERTAMA,", "KEPALA DINAS PENDIDIKAN",
                                         "KOTA MAKASSAR,"], "Drs. MUHYIDDIN MAPPAWALI, M.Si.",
                    ["NIP. 19680214 199303 1 009"])],
           stamp_cols=[(0, ["UNIVERSITAS NEGERI MAKASSAR", "REKTOR"]),
                       (1, ["DINAS PENDIDIKAN KOTA MAKASSAR", "KEPALA"])])
    D.signer("Prof. Dr. H. ANDI MUSTARI RAHMAN, M.Pd.", "REKTOR UNIVERSITAS NEGERI MAKASSAR")
    D.signer("Drs. MUHYIDDIN MAPPAWALI, M.Si.", "KEPALA DINAS PENDIDIKAN KOTA MAKASSAR")
    L.sign([sig_col(W * 0.26, W * 0.48, ["Mengetahui,", "WALI KOTA MAKASSAR,"],
                    "Ir. ANDI ZULKARNAIN DAENG RAHIM")])
    D.signer("Ir. ANDI ZULKARNAIN DAENG RAHIM", "WALI KOTA MAKASSAR")
    D.set(title=title, parties=["Dinas Pendidikan Kota Makassar", "Universitas Negeri Makassar"])
    return D


def perbup_gowa_2021() -> Doc:
    D = Doc("perbup-gowa-2021-hibah-bansos", "peraturan", ("pdf",), "times", 11.5)
    L = D.L
    L.center("SALINAN", bold=True, after=6)
    L.center("BUPATI GOWA", bold=True, size=13)
    L.center("PROVINSI SULAWESI SELATAN", bold=True, after=8)
    L.center("PERATURAN BUPATI GOWA", bold=True)
    L.center("NOMOR " + D.num("7 TAHUN 2021"), bold=True)
    L.center("TENTANG", bold=True)
    title = "TATA CARA PEMBERIAN HIBAH DAN BANTUAN SOSIAL YANG BERSUMBER DARI ANGGARAN PENDAPATAN DAN BELANJA DAERAH"
    L.center(title, bold=True, after=6)
    L.center("DENGAN RAHMAT TUHAN YANG MAHA ESA", bold=True)
    L.center("BUPATI GOWA,", bold=True, after=6)
    L.kv([("Menimbang", "bahwa untuk melaksanakan ketentuan Pasal 42 " + D.ref(
        "PERMEN", "32", 2011, "Peraturan Menteri Dalam Negeri Nomor 32 Tahun 2011")
        + " tentang Pedoman Pemberian Hibah dan Bantuan Sosial yang Bersumber dari APBD, perlu "
        "menetapkan Peraturan Bupati tentang Tata Cara Pemberian Hibah dan Bantuan Sosial;")],
        key_w=72)
    L.kv([("Mengingat", "1. " + D.ref("UU", "29", 1959, "Undang-Undang Nomor 29 Tahun 1959")
           + " tentang Pembentukan Daerah-daerah Tingkat II di Sulawesi;")], key_w=72, after=0)
    for i, r in enumerate([
        D.ref("UU", "23", 2014, "Undang-Undang Nomor 23 Tahun 2014") + " tentang Pemerintahan Daerah;",
        D.ref("PP", "12", 2019, "Peraturan Pemerintah Nomor 12 Tahun 2019") + " tentang "
        "Pengelolaan Keuangan Daerah;",
        "Peraturan Menteri Dalam Negeri Nomor 32 Tahun 2011 sebagaimana telah beberapa kali "
        "diubah terakhir dengan " + D.ref("PERMEN", "99", 2019,
                                          "Peraturan Menteri Dalam Negeri Nomor 99 Tahun 2019") + ";",
    ], 2):
        L.para(r, left=84, label=f"{i}.", label_w=14)
    L.center("MEMUTUSKAN:", bold=True, after=2)
    L.kv([("Menetapkan", "PERATURAN BUPATI TENTANG TATA CARA PEMBERIAN HIBAH DAN BANTUAN SOSIAL "
           "YANG BERSUMBER DARI ANGGARAN PENDAPATAN DAN BELANJA DAERAH.")], key_w=72, after=6)
    L.center("BAB I", bold=True)
    L.center("KETENTUAN UMUM", bold=True)
    L.center("Pasal 1", bold=True)
    L.para("Dalam Peraturan Bupati ini yang dimaksud dengan Daerah adalah Kabupaten Gowa, dan "
           "Bupati adalah Bupati Gowa.")
    L.center("BAB II", bold=True)
    L.center("BESARAN HIBAH", bold=True)
    L.center("Pasal 2", bold=True)
    L.para("(1) Hibah berupa uang kepada badan dan lembaga diberikan paling sedikit "
           + D.rp(10000000, "rp_sp") + ".")
    L.para("(2) Bantuan sosial berupa uang kepada individu diberikan paling banyak "
           + D.rp(2500000, "rp_sp") + " per orang per tahun.")
    L.center("Pasal 3", bold=True)
    L.para("Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.", after=8)
    # A certified copy (SALINAN): `ttd` where the signatures were.
    L.lines(["Ditetapkan di Sungguminasa", "pada tanggal " + D.d(2021, 2, 15), "BUPATI GOWA,", "",
             "ttd", "", "H. ANDI RAHMAT YUSUF"], x=L.width * 0.5, after=8)
    D.issued(2021, 2, 15, "Sungguminasa")
    D.signer("H. ANDI RAHMAT YUSUF", "BUPATI GOWA")
    L.lines(["Diundangkan di Sungguminasa", "pada tanggal " + D.d(2021, 2, 16),
             "SEKRETARIS DAERAH KABUPATEN GOWA,", "", "ttd", "",
             "Drs. H. MUCHLIS AMIN, M.Si."], after=8)
    D.signer("Drs. H. MUCHLIS AMIN, M.Si.", "SEKRETARIS DAERAH KABUPATEN GOWA")
    L.center("BERITA DAERAH KABUPATEN GOWA TAHUN 2021 NOMOR 7", bold=True)
    D.set(title=title, parties=["Pemerintah Kabupaten Gowa"])
    return D


def se_mendagri_2022() -> Doc:
    D = Doc("se-mendagri-2022-klasifikasi-arsip", "surat_edaran", ("scan", "jpg", 300, "grey", "light"),
            "arial", 10, leading=1.28, margins=(70, 60, 48, 40))
    L = D.L
    L.center("MENTERI DALAM NEGERI", bold=True, size=12)
    L.center("REPUBLIK INDONESIA", bold=True, size=12, after=8)
    L.lines(["Yth. 1. Gubernur;", "       2. Bupati/Wali Kota", "di seluruh Indonesia"], after=6)
    L.center("SURAT EDARAN", bold=True)
    L.center("NOMOR " + D.num("000.1.5/6190/SJ"))
    L.center("TENTANG")
    title = "PENERAPAN KLASIFIKASI ARSIP DI LINGKUNGAN PEMERINTAH DAERAH"
    L.center(title, bold=True, after=6)
    L.para("Dalam rangka melaksanakan " + D.ref("UU", "43", 2009, "Undang-Undang Nomor 43 Tahun 2009")
           + " tentang Kearsipan, " + D.ref("PP", "28", 2012, "Peraturan Pemerintah Nomor 28 Tahun 2012")
           + " tentang Pelaksanaan Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan, dan "
           + D.ref("PERMEN", "83", 2022, "Peraturan Menteri Dalam Negeri Nomor 83 Tahun 2022")
           + " tentang Pedoman Klasifikasi Arsip, bersama ini diminta kepada Saudara:", first=24)
    for i, t in enumerate([
        "menerapkan kode klasifikasi arsip yang baru pada naskah dinas mulai tanggal "
        + D.d(2023, 1, 1) + ";",
        "menyesuaikan aplikasi tata naskah dinas elektronik paling lambat tanggal "
        + D.d(2023, 3, 31) + ";",
        "menganggarkan biaya pembinaan kearsipan paling sedikit " + D.rp(150000000, "rp_sp", words=False)
        + " per tahun bagi provinsi; dan",
        "melaporkan pelaksanaannya kepada Menteri Dalam Negeri melalui Sekretaris Jenderal.",
    ]):
        L.para(t, label=f"{'abcd'[i]}.", left=10, after=1)
    L.para("Demikian untuk menjadi perhatian dan dilaksanakan.", first=24, after=8)
    L.lines(["Ditetapkan di Jakarta", "pada tanggal " + D.d(2022, 12, 2)], x=L.width * 0.55)
    D.issued(2022, 12, 2, "Jakarta")
    L.sign([sig_col(L.width * 0.55, L.width * 0.45, ["MENTERI DALAM NEGERI,"],
                    "MUHAMMAD TAUFIK HIDAYAT", [], align="l")], gap=44,
           stamp_cols=[(0, ["KEMENTERIAN DALAM NEGERI", "MENTERI"])])
    D.signer("MUHAMMAD TAUFIK HIDAYAT", "MENTERI DALAM NEGERI")
    L.lines(["Tembusan:", "Presiden Republik Indonesia."], size=9)
    D.set(title=title, parties=["Kementerian Dalam Negeri"])
    return D


def surat_camat_wonosari_2010() -> Doc:
    D = Doc("surat-camat-wonosari-2010-pbb", "surat_dinas", ("scan", "png", 200, "grey", "medium"),
            "mono", 9.6, leading=1.3, margins=(66, 50, 44, 40))
    L = D.L
    L.kop(["PEMERINTAH KABUPATEN GUNUNGKIDUL", "KECAMATAN WONOSARI"],
          ["Jalan Kolonel Sugiyono Nomor 3 Wonosari 55812"], sizes=(11, 12))
    top = L.y
    L.lines(["Wonosari, " + D.d(2010, 4, 12)], x=L.width * 0.6)
    D.issued(2010, 4, 12, "Wonosari")
    L.y = top + L.lh() * 1.3
    title = "Target Penerimaan PBB Tahun 2010"
    L.kv([("Nomor", D.num("973/214/2010")), ("Lampiran", "1 (satu) bendel"), ("Perihal", title)],
         key_w=58)
    L.lines(["Kepada Yth.", "Kepala Desa se-Kecamatan Wonosari", "di -", "     TEMPAT"],
            x=L.width * 0.5, after=6)
    L.para("Menindaklanjuti " + D.ref("PERBUP", "12", 2009, "Perbup Gunungkidul No. 12 Tahun 2009")
           + " tentang Pedoman Pemungutan Pajak Bumi dan Bangunan serta " + D.ref(
               "UU", "12", 1994, "UU No. 12 Tahun 1994") + ", bersama ini kami sampaikan bahwa "
           "ketetapan PBB Kecamatan Wonosari Tahun 2010 sebesar " + D.rp(1875432000, "rpdot", milyar=True)
           + " dengan rincian per desa sebagaimana terlampir.", first=24)
    L.para("Kepala Desa diminta agar pelunasan PBB dapat diselesaikan paling lambat tanggal "
           + D.d(2010, 8, 31) + ". Desa yang melunasi sebelum jatuh tempo diberikan insentif "
           "sebesar " + D.rp(2500000, "rpdot", words=False) + ".", first=24)
    L.para("Demikian untuk menjadi perhatian dan dilaksanakan.", first=24, after=8)
    L.sign([sig_col(L.width * 0.5, L.width * 0.5, ["CAMAT WONOSARI,"], "Drs. SUKARDI WIDODO",
                    ["Penata Tk. I", "NIP. 19631112 198603 1 008"])],
           stamp_cols=[(0, ["KECAMATAN WONOSARI", "CAMAT"])])
    D.signer("Drs. SUKARDI WIDODO", "CAMAT WONOSARI")
    D.set(title=title, parties=["Kecamatan Wonosari Kabupaten Gunungkidul"])
    return D


def kb_bitung_polimdo_2023() -> Doc:
    D = Doc("kb-bitung-polimdo-pelabuhan-2023", "mou", ("pdf",), "dserif", 10)
    L = D.L
    for s_ in ["KESEPAKATAN BERSAMA", "ANTARA", "PEMERINTAH KOTA BITUNG,", "POLITEKNIK NEGERI MANADO,",
               "DAN", "PT SAMUDERA BITUNG LOGISTIK"]:
        L.center(s_, bold=True)
    L.center("TENTANG", bold=True)
    title = "PENGEMBANGAN SUMBER DAYA MANUSIA BIDANG KEPELABUHANAN"
    L.center(title, bold=True, after=4)
    L.kv([("Nomor", D.num("415.4/BAG.KS/37/X/2023")), ("Nomor", D.num("2214/PL12/KS/2023")),
          ("Nomor", D.num("017/SBL-DIR/X/2023"))], key_w=45, left=L.width * 0.28, after=6)
    L.para("Pada hari ini " + D.d(2023, 10, 12, "words") + ", bertempat di Bitung, kami yang "
           "bertanda tangan di bawah ini:")
    D.issued(2023, 10, 12, "Bitung")
    L.para("Ir. MAURITS MANTIRI, M.M., Wali Kota Bitung, dalam hal ini bertindak untuk dan atas "
           "nama Pemerintah Kota Bitung, selanjutnya disebut PIHAK PERTAMA;", label="1.")
    L.para("Dr. Ir. JOUTJE RONDONUWU, M.T., Direktur Politeknik Negeri Manado, dalam hal ini "
           "bertindak untuk dan atas nama Politeknik Negeri Manado, selanjutnya disebut PIHAK "
           "KEDUA;", label="2.")
    L.para("FRANKY LUMENTUT, S.E., Direktur Utama PT Samudera Bitung Logistik, dalam hal ini "
           "bertindak untuk dan atas nama PT Samudera Bitung Logistik, selanjutnya disebut PIHAK "
           "KETIGA.", label="3.")
    L.para("PARA PIHAK sepakat mengadakan Kesepakatan Bersama dengan ketentuan berikut:")
    for i, (h, b) in enumerate([
        ("RUANG LINGKUP", "Ruang lingkup meliputi magang mahasiswa, pelatihan tenaga kerja lokal, "
         "dan penelitian terapan bidang kepelabuhanan."),
        ("PEMBIAYAAN", "PIHAK KETIGA menyediakan dana pelatihan sebesar " + D.rp(750000000, "rp_sp")
         + " selama jangka waktu Kesepakatan Bersama."),
        ("JANGKA WAKTU", "Kesepakatan Bersama ini berlaku selama 3 (tiga) tahun sampai dengan "
         "tanggal " + D.d(2026, 10, 11) + "."),
    ], 1):
        L.center(f"Pasal {i}", bold=True)
        L.center(h, bold=True)
        L.para(b)
    L.space(6)
    W = L.width
    L.sign([sig_col(0, W * 0.48, ["PIHAK KEDUA,", "DIREKTUR POLITEKNIK NEGERI MANADO,"],
                    "Dr. Ir. JOUTJE RONDONUWU, M.T."),
            sig_col(W * 0.52, W * 0.48, ["PIHAK PERTAMA,", "WALI KOTA BITUNG,"],
                    "Ir. MAURITS MANTIRI, M.M.")])
    L.sign([sig_col(W * 0.26, W * 0.48, ["PIHAK KETIGA,", "DIREKTUR UTAMA",
                                         "PT SAMUDERA BITUNG LOGISTIK,"], "FRANKY LUMENTUT, S.E.")])
    D.signer("Dr. Ir. JOUTJE RONDONUWU, M.T.", "DIREKTUR POLITEKNIK NEGERI MANADO")
    D.signer("Ir. MAURITS MANTIRI, M.M.", "WALI KOTA BITUNG")
    D.signer("FRANKY LUMENTUT, S.E.", "DIREKTUR UTAMA PT SAMUDERA BITUNG LOGISTIK")
    D.set(title=title, parties=["Pemerintah Kota Bitung", "Politeknik Negeri Manado",
                                "PT Samudera Bitung Logistik"])
    return D


def suket_desa_sigi_2005() -> Doc:
    D = Doc("suket-desa-sidera-2005-domisili", "lainnya", ("scan", "jpg", 200, "colour", "heavy"),
            "times", 11.5)
    L = D.L
    L.kop(["PEMERINTAH KABUPATEN DONGGALA", "KECAMATAN SIGI BIROMARU", "DESA SIDERA"],
          ["Jalan Poros Palu-Palolo Kilometer 12"], sizes=(12, 13))
    L.center("SURAT KETERANGAN DOMISILI", bold=True, underline=True)
    L.center("Nomor : " + D.num("474/88/DS/V/2005"), after=8)
    L.para("Yang bertanda tangan di bawah ini Kepala Desa Sidera, Kecamatan Sigi Biromaru, "
           "Kabupaten Donggala, menerangkan bahwa:", first=24)
    L.kv([("Nama", "YULIANUS TAMPAKATU"), ("Tempat/Tgl. Lahir", "Palu, " + D.d(1978, 3, 9)),
          ("Pekerjaan", "Petani"), ("Alamat", "Dusun II Desa Sidera")], key_w=100, left=24)
    L.para("adalah benar penduduk Desa Sidera yang berdomisili di alamat tersebut sejak tahun "
           "1999. Surat keterangan ini berlaku sampai dengan tanggal " + D.d(2005, 11, 23) + ".",
           first=24)
    L.para("Demikian surat keterangan ini dibuat untuk dipergunakan sebagaimana mestinya.",
           first=24, after=10)
    L.lines(["Sidera, " + D.d(2005, 5, 23)], x=L.width * 0.55)
    D.issued(2005, 5, 23, "Sidera")
    L.sign([sig_col(L.width * 0.5, L.width * 0.5, ["KEPALA DESA SIDERA,"], "ARIFIN LAMASITUDJU")],
           stamp_cols=[(0, ["PEMERINTAH DESA SIDERA", "KEPALA DESA"])])
    D.signer("ARIFIN LAMASITUDJU", "KEPALA DESA SIDERA")
    D.set(title=None, parties=["Pemerintah Desa Sidera"])
    return D


def und_fh_unpatti_2024() -> Doc:
    D = Doc("und-fh-unpatti-2024-seminar", "undangan", ("pdf",), "arial", 10.5)
    L = D.L
    L.kop(["KEMENTERIAN PENDIDIKAN, KEBUDAYAAN, RISET, DAN TEKNOLOGI", "UNIVERSITAS PATTIMURA",
           "FAKULTAS HUKUM"], ["Jalan Ir. M. Putuhena, Kampus Poka, Ambon 97233"], sizes=(10.5, 13))
    title = "Undangan Seminar Nasional Hukum Adat"
    top = L.y
    L.kv([("Nomor", D.num("1456/UN13.1.1/TU/2024")), ("Lampiran", "-"), ("Hal", title)], key_w=52)
    after = L.y
    L.y = top
    L.lines(["Ambon, " + D.d(2024, 8, 26)], x=L.width * 0.66)
    D.issued(2024, 8, 26, "Ambon")
    L.y = max(after, L.y) + 6
    L.lines(["Yth. Bapak/Ibu Dosen Fakultas Hukum", "Universitas Pattimura", "di Ambon"], after=6)
    L.para("Dengan hormat, kami mengundang Bapak/Ibu untuk hadir pada Seminar Nasional Hukum Adat "
           "yang diselenggarakan pada:")
    L.kv([("Hari, tanggal", "Senin, " + D.d(2024, 9, 2, "dash")), ("Waktu", "08.00 - 12.00 WIT"),
          ("Tempat", "Aula Fakultas Hukum Universitas Pattimura")], key_w=80, left=20)
    L.para("Atas perhatian dan kehadiran Bapak/Ibu, kami ucapkan terima kasih.", after=10)
    L.sign([sig_col(L.width * 0.52, L.width * 0.48, ["a.n. Dekan", "Wakil Dekan Bidang Akademik,"],
                    "Dr. Elsa Rina Maya Toule, S.H., M.H.", ["NIP 197605182002122001"],
                    align="l")])
    D.signer("Dr. Elsa Rina Maya Toule, S.H., M.H.", "Wakil Dekan Bidang Akademik")
    D.set(title=title, parties=["Fakultas Hukum Universitas Pattimura"])
    return D


FRESH = [perbup_gowa_2021, se_mendagri_2022, surat_camat_wonosari_2010, kb_bitung_polimdo_2023,
         suket_desa_sigi_2005, und_fh_unpatti_2024]


BUILDERS = [
    se_disdikbud_jateng_2019, kep_bupati_lotim_2008, surat_bpba_2021, nd_bappeda_papua_2022,
    und_dprd_sulsel_2017, ba_bpbd_ntb_2018, nphd_sleman_bawaslu_2023, mou_usk_rsuza_2020,
    pks_dinkes_kupang_2016, kep_rektor_unram_2012, se_kemenag_pidie_2024, surat_kpu_jayapura_2019,
    se_gubernur_irja_1999, nphd_acehbesar_kip_2016, kep_dprd_sumbawa_2015,
    ba_bappedalitbang_banyumas_2022, und_rsud_klaten_2024, surat_disdik_jayawijaya_2023,
    nd_bkad_palu_2025, pks_disdik_makassar_unm_2021,
]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, help="output folder (docs/ and the truth files go here)")
    ap.add_argument("--seed", type=int, default=2024, help="changes the look, not the texts")
    ap.add_argument("--only", default="", help="comma-separated document ids")
    ap.add_argument("--fresh", action="store_true",
                    help="render the second batch (written after the first batch's fixes)")
    args = ap.parse_args(argv)
    only = {s for s in args.only.split(",") if s}
    (args.out / "docs").mkdir(parents=True, exist_ok=True)
    for build in FRESH if args.fresh else BUILDERS:
        doc = build()
        if only and doc.id not in only:
            continue
        name = render(doc, args.out, args.seed)
        doc.t["source"] = name
        (args.out / f"{doc.id}.json").write_text(
            json.dumps(doc.t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        (args.out / f"{doc.id}.txt").write_text(
            "\f".join("\n".join(p) for p in doc.L.text) + "\n", encoding="utf-8")
        print(f"{name}: {len(doc.L.pages)} page(s), {doc.render[0]}"
              + ("" if doc.render[0] == "pdf" else f" {'/'.join(map(str, doc.render[1:]))}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
