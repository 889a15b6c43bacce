#!/usr/bin/env python3
"""Generates the sample documents in samples/ used by the tests and the quick start.

Every document is of our own making and entirely fictitious: the numbers, addresses,
web and e-mail addresses and all personal names (signatories, NIPs) are invented and do
not refer to real people or real letters. They only follow the usual layout of
Indonesian government correspondence (Tata Naskah Dinas) so that naskah has realistic
input to ingest, OCR and extract fields from.

Files written (each well under 400 kB):

  samples/surat-edaran-banjarbaru-2024.pdf
      born-digital A4 PDF with a real text layer (reportlab): a SURAT EDARAN of the
      Pemerintah Kota Banjarbaru / BKPSDM letterhead, Nomor 800/112-BKPSDM/2024,
      signed "Ditetapkan di Banjarbaru pada tanggal 2 September 2024".
  samples/nphd-contoh-halaman-1.png
      8-bit greyscale "scan" at 200 dpi (1654 x 2339 px) of page 1 of a Naskah
      Perjanjian Hibah Daerah between Pemerintah Kabupaten Tapin and KPU Kabupaten
      Tapin (hibah of Rp27.500.000.000,00), lightly skewed and noisy.
  samples/undangan-rapat-scan.jpg
      JPEG "scan" (quality 80, 200 dpi, greyscale) of a one-page invitation letter of
      the Badan Kesatuan Bangsa dan Politik, Provinsi Kalimantan Selatan, with the same
      light degradation.
  samples/nota-dinas-hibah.txt
      plain UTF-8 text of a short NOTA DINAS of the BPKAD Kabupaten Tapin.

The output is deterministic: fixed random seeds, a reportlab "invariant" PDF (no
timestamps or random ids) and no dependence on the clock. Re-running it rewrites the
same files (given the same Pillow/reportlab versions and fonts).

Fonts: Liberation Serif / Liberation Sans from /usr/share/fonts (Debian/Ubuntu package
fonts-liberation), with DejaVu as a fallback.

How to run (from the repository root):

    pip install reportlab Pillow && python3 tools/make_samples.py

Then check the result, e.g.:

    pdftotext samples/surat-edaran-banjarbaru-2024.pdf -
    tesseract samples/nphd-contoh-halaman-1.png - -l ind
    tesseract samples/undangan-rapat-scan.jpg - -l ind
"""

from __future__ import annotations

import random
import re
import statistics
import sys
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "samples"

# --------------------------------------------------------------------------- fonts

FONT_DIRS = [Path("/usr/share/fonts/truetype/liberation"), Path("/usr/share/fonts/truetype/dejavu")]
FONT_FILES = {
    "serif": ["LiberationSerif-Regular.ttf", "DejaVuSerif.ttf"],
    "serif-bold": ["LiberationSerif-Bold.ttf", "DejaVuSerif-Bold.ttf"],
    "serif-italic": ["LiberationSerif-Italic.ttf", "DejaVuSerif-Italic.ttf"],
    "serif-bolditalic": ["LiberationSerif-BoldItalic.ttf", "DejaVuSerif-BoldItalic.ttf"],
    "sans": ["LiberationSans-Regular.ttf", "DejaVuSans.ttf"],
    "sans-bold": ["LiberationSans-Bold.ttf", "DejaVuSans-Bold.ttf"],
}



# Table cells without padding, top-aligned: numbered items laid out as hanging indents.
TIGHT_CELLS = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]

def font_path(kind: str) -> str:
    for name in FONT_FILES[kind]:
        for d in FONT_DIRS:
            p = d / name
            if p.exists():
                return str(p)
    sys.exit(
        f"error: no font for {kind!r} ({', '.join(FONT_FILES[kind])}) under "
        f"{', '.join(map(str, FONT_DIRS))}; install fonts-liberation or fonts-dejavu-core"
    )


# =========================================================================== 1. PDF


def make_surat_edaran(path: Path) -> None:
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        HRFlowable,
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    for name, kind in [
        ("Serif", "serif"),
        ("Serif-Bold", "serif-bold"),
        ("Serif-Italic", "serif-italic"),
        ("Serif-BoldItalic", "serif-bolditalic"),
    ]:
        pdfmetrics.registerFont(TTFont(name, font_path(kind)))
    pdfmetrics.registerFontFamily(
        "Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic", boldItalic="Serif-BoldItalic"
    )

    base = ParagraphStyle("base", fontName="Serif", fontSize=12, leading=16)
    head1 = ParagraphStyle("head1", base, fontName="Serif-Bold", fontSize=14, leading=17, alignment=TA_CENTER)
    head2 = ParagraphStyle("head2", base, fontName="Serif-Bold", fontSize=12, leading=15, alignment=TA_CENTER)
    addr = ParagraphStyle("addr", base, fontSize=9.5, leading=12, alignment=TA_CENTER)
    center = ParagraphStyle("center", base, alignment=TA_CENTER, leading=15)
    center_b = ParagraphStyle("center_b", center, fontName="Serif-Bold")
    body = ParagraphStyle("body", base, alignment=TA_JUSTIFY, spaceAfter=4)
    left = ParagraphStyle("left", base, alignment=TA_LEFT, leading=15)
    small = ParagraphStyle("small", base, fontSize=11, leading=14)

    def numbered(label: str, text: str, level: int = 0) -> Table:
        """A hanging-indent numbered item: label in its own column, text justified."""
        indent = 0.75 * cm
        t = Table(
            [[Paragraph(label, body), Paragraph(text, body)]],
            colWidths=[indent * (level + 1), None],
        )
        t.setStyle(
            TableStyle(TIGHT_CELLS + [("ALIGN", (0, 0), (0, 0), "RIGHT" if level else "LEFT")])
        )
        return t

    def sub(label: str, text: str) -> Table:
        """Second-level item (a., b., ...) indented under a numbered section."""
        t = Table(
            [["", Paragraph(label, body), Paragraph(text, body)]],
            colWidths=[0.75 * cm, 0.65 * cm, None],
        )
        t.setStyle(
            TableStyle(TIGHT_CELLS)
        )
        return t

    story = [
        Paragraph("PEMERINTAH KOTA BANJARBARU", head1),
        Paragraph("BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", head2),
        Spacer(1, 2),
        Paragraph(
            "Jalan Merdeka Raya Nomor 17, Banjarbaru, Kalimantan Selatan 70714, Telepon (0511) 4780 112<br/>"
            "Laman: bkpsdm.banjarbarukota.example &nbsp; Pos-el: bkpsdm@banjarbarukota.example",
            addr,
        ),
        Spacer(1, 4),
        HRFlowable(width="100%", thickness=2.2, color="black", spaceBefore=0, spaceAfter=1.5),
        HRFlowable(width="100%", thickness=0.6, color="black", spaceBefore=0, spaceAfter=14),
        Paragraph("SURAT EDARAN", center_b),
        Paragraph("NOMOR 800/112-BKPSDM/2024", center),
        Spacer(1, 6),
        Paragraph("TENTANG", center),
        Spacer(1, 6),
        Paragraph(
            "NETRALITAS APARATUR SIPIL NEGARA<br/>PADA PEMILIHAN KEPALA DAERAH TAHUN 2024",
            center_b,
        ),
        Spacer(1, 14),
        Paragraph("Yth.", left),
        numbered("1.", "Sekretaris Daerah Kota Banjarbaru;"),
        numbered("2.", "Kepala Perangkat Daerah di lingkungan Pemerintah Kota Banjarbaru;"),
        numbered("3.", "Camat dan Lurah se-Kota Banjarbaru;"),
        Paragraph("di Banjarbaru", left),
        Spacer(1, 10),
        numbered(
            "1.",
            "<b>Latar Belakang</b><br/>"
            "Dalam rangka penyelenggaraan Pemilihan Gubernur dan Wakil Gubernur Kalimantan Selatan "
            "serta Pemilihan Wali Kota dan Wakil Wali Kota Banjarbaru Tahun 2024, setiap Pegawai "
            "Aparatur Sipil Negara wajib menjaga netralitas, tidak berpihak dari segala bentuk "
            "pengaruh manapun, dan tidak memihak kepada kepentingan siapapun.",
        ),
        numbered(
            "2.",
            "<b>Maksud dan Tujuan</b><br/>"
            "Surat Edaran ini dimaksudkan sebagai pedoman bagi Pegawai Aparatur Sipil Negara di "
            "lingkungan Pemerintah Kota Banjarbaru dengan tujuan terwujudnya birokrasi yang netral, "
            "profesional, dan melayani masyarakat tanpa diskriminasi.",
        ),
        numbered(
            "3.",
            "<b>Dasar</b>",
        ),
        sub("a.", "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;"),
        sub(
            "b.",
            "Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil;",
        ),
        sub(
            "c.",
            "Peraturan Pemerintah Nomor 42 Tahun 2004 tentang Pembinaan Jiwa Korps dan Kode Etik "
            "Pegawai Negeri Sipil.",
        ),
        numbered(
            "4.",
            "<b>Isi Edaran</b><br/>"
            "Sehubungan dengan hal tersebut di atas, kepada seluruh Pegawai Aparatur Sipil Negara "
            "di lingkungan Pemerintah Kota Banjarbaru diminta untuk:",
        ),
        sub(
            "a.",
            "tidak menghadiri, mengikuti, atau menjadi peserta kampanye pasangan calon, baik "
            "dengan maupun tanpa menggunakan atribut partai politik;",
        ),
        sub(
            "b.",
            "tidak membuat keputusan dan/atau tindakan yang menguntungkan atau merugikan salah satu "
            "pasangan calon, termasuk melalui unggahan, komentar, dan tanda suka di media sosial;",
        ),
        sub(
            "c.",
            "tidak menggunakan fasilitas, anggaran, dan kendaraan dinas untuk kegiatan yang berkaitan "
            "dengan pemilihan;",
        ),
        sub(
            "d.",
            "Kepala Perangkat Daerah menyampaikan pakta integritas netralitas yang ditandatangani "
            "oleh seluruh pegawai di unit kerjanya kepada Badan Kepegawaian dan Pengembangan Sumber "
            "Daya Manusia paling lambat tanggal 30 November 2024.",
        ),
        Spacer(1, 4),
        numbered(
            "5.",
            "Pelanggaran terhadap ketentuan dalam Surat Edaran ini dikenakan sanksi sesuai dengan "
            "ketentuan peraturan perundang-undangan.",
        ),
        Spacer(1, 6),
        Paragraph(
            "Demikian Surat Edaran ini disampaikan untuk dilaksanakan dengan penuh tanggung jawab.",
            body,
        ),
        Spacer(1, 14),
    ]

    sig_style = ParagraphStyle("sig", base, alignment=TA_LEFT, leading=15)
    sig = Table(
        [
            [
                "",
                [
                    Paragraph("Ditetapkan di Banjarbaru", sig_style),
                    Paragraph("pada tanggal 2 September 2024", sig_style),
                    Spacer(1, 6),
                    Paragraph("<b>WALI KOTA BANJARBARU,</b>", sig_style),
                    Spacer(1, 62),
                    Paragraph("<b>H. AHMAD RIZANI</b>", sig_style),
                ],
            ]
        ],
        colWidths=[None, 7.2 * cm],
    )
    sig.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story.append(KeepTogether([sig]))
    story += [
        Spacer(1, 14),
        KeepTogether(
            [
                Paragraph("Tembusan:", small),
                Paragraph("1. Gubernur Kalimantan Selatan di Banjarmasin;", small),
                Paragraph("2. Ketua Badan Pengawas Pemilihan Umum Kota Banjarbaru;", small),
                Paragraph("3. Inspektur Kota Banjarbaru.", small),
            ]
        ),
    ]

    def page_number(canvas, doc):
        canvas.saveState()
        canvas.setFont("Serif", 9)
        canvas.drawCentredString(A4[0] / 2, 1.2 * cm, f"- {doc.page} -")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=3.0 * cm,
        rightMargin=2.0 * cm,
        topMargin=1.6 * cm,
        bottomMargin=2.0 * cm,
        title="Surat Edaran Nomor 800/112-BKPSDM/2024 (contoh fiktif)",
        author="naskah tools/make_samples.py",
        subject="Contoh dokumen fiktif untuk pengujian naskah",
        creator="naskah tools/make_samples.py",
        invariant=1,
    )
    doc.build(story, onFirstPage=page_number, onLaterPages=page_number)


# ====================================================================== raster pages

DPI = 200
A4_PX = (1654, 2339)  # 210 x 297 mm at 200 dpi
PAPER = 240  # grey value of the (slightly off-white) paper
INK = 18  # grey value of the toner


def pt(points: float) -> int:
    """Font size in pixels for a size in points at DPI."""
    return round(points * DPI / 72)


def mm(v: float) -> int:
    return round(v * DPI / 25.4)


class Page:
    """A tiny typesetter onto a greyscale Pillow image: centred lines, justified
    paragraphs with **bold** spans, hanging-indent items, label/colon/value rows."""

    def __init__(self, family: str, size_pt: float, left_mm=30, right_mm=20, top_mm=18, leading=1.38):
        self.img = Image.new("L", A4_PX, 255)
        self.draw = ImageDraw.Draw(self.img)
        self.family = family
        self.size = pt(size_pt)
        self.fonts: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}
        self.left = mm(left_mm)
        self.right = A4_PX[0] - mm(right_mm)
        self.y = mm(top_mm)
        self.leading = leading

    # -- fonts and measures
    def font(self, bold=False, size=None) -> ImageFont.FreeTypeFont:
        size = size or self.size
        kind = self.family + ("-bold" if bold else "")
        key = (kind, size)
        if key not in self.fonts:
            self.fonts[key] = ImageFont.truetype(font_path(kind), size)
        return self.fonts[key]

    def width(self, text: str, font) -> float:
        return self.draw.textlength(text, font=font)

    def line_height(self, size=None) -> int:
        return round((size or self.size) * self.leading)

    def space(self, lines: float = 1.0) -> None:
        self.y += round(self.line_height() * lines)

    def _text(self, x: float, text: str, font) -> None:
        # anchor "ls": x is the left edge, self.y + ascent is the baseline
        self.draw.text((x, self.y + round(font.size * 0.92)), text, font=font, fill=0, anchor="ls")

    # -- block kinds
    def center(self, text: str, bold=False, size_pt=None, x0=None, x1=None) -> None:
        size = pt(size_pt) if size_pt else self.size
        f = self.font(bold, size)
        x0 = self.left if x0 is None else x0
        x1 = self.right if x1 is None else x1
        self._text((x0 + x1 - self.width(text, f)) / 2, text, f)
        self.y += self.line_height(size)

    def line(self, text: str, x=None, bold=False) -> None:
        self._text(self.left if x is None else x, text, self.font(bold))
        self.y += self.line_height()

    @staticmethod
    def _words(text: str) -> list[list[tuple[str, bool]]]:
        """Splits text with **bold** spans into words; a word is a list of (run, bold),
        so `**PIHAK PERTAMA**;` keeps its semicolon attached to the bold word."""
        words: list[list[tuple[str, bool]]] = []
        glue = False  # the next run continues the last word (no whitespace between)
        for i, part in enumerate(re.split(r"\*\*", text)):
            bold = i % 2 == 1
            pieces = re.split(r"(\s+)", part)
            for piece in pieces:
                if not piece:
                    continue
                if piece.isspace():
                    glue = False
                    continue
                if glue and words:
                    words[-1].append((piece, bold))
                else:
                    words.append([(piece, bold)])
                glue = True
        return words

    def _word_width(self, word: list[tuple[str, bool]]) -> float:
        return sum(self.width(t, self.font(b)) for t, b in word)

    def para(self, text: str, x0=None, x1=None, first=0, justify=True, label=None, label_x=None) -> None:
        """Paragraph from x0 to x1; `first` indents the first line; an optional label
        (``1.``, ``a.``) hangs at label_x."""
        x0 = self.left if x0 is None else x0
        x1 = self.right if x1 is None else x1
        space_w = self.width(" ", self.font())
        words = [(w, self._word_width(w)) for w in self._words(text)]
        lines, cur, cur_w = [], [], 0.0
        for w in words:
            avail = x1 - x0 - (first if not lines else 0)
            add = w[1] + (space_w if cur else 0)
            if cur and cur_w + add > avail:
                lines.append(cur)
                cur, cur_w = [w], w[1]
            else:
                cur.append(w)
                cur_w += add
        if cur:
            lines.append(cur)
        for i, ln in enumerate(lines):
            start = x0 + (first if i == 0 else 0)
            if i == 0 and label:
                self._text(label_x if label_x is not None else x0 - mm(7), label, self.font())
            natural = sum(wd for _, wd in ln) + space_w * (len(ln) - 1)
            gap = space_w
            if justify and i < len(lines) - 1 and len(ln) > 1:
                gap = space_w + (x1 - start - natural) / (len(ln) - 1)
            x = start
            for word, wd in ln:
                rx = x
                for t, b in word:
                    self._text(rx, t, self.font(b))
                    rx += self.width(t, self.font(b))
                x += wd + gap
            self.y += self.line_height()

    def field(self, label: str, value: str, x0=None, colon_x=None, bold_value=False) -> None:
        """`Label   : value` row with the value wrapping under itself."""
        x0 = self.left if x0 is None else x0
        colon_x = colon_x if colon_x is not None else x0 + mm(28)
        self._text(x0, label, self.font())
        self._text(colon_x, ":", self.font())
        self.para(("**" + value + "**") if bold_value else value, x0=colon_x + mm(4), justify=False)

    def rule(self, thickness: int, gap_after: int = 0, x0=None, x1=None) -> None:
        x0 = self.left if x0 is None else x0
        x1 = self.right if x1 is None else x1
        self.draw.rectangle([x0, self.y, x1, self.y + thickness - 1], fill=0)
        self.y += thickness + gap_after


# ------------------------------------------------------------------ degradation


def gaussian_noise(size: tuple[int, int], sigma: float, rng: random.Random) -> Image.Image:
    """Deterministic Gaussian noise centred on 128: uniform random bytes mapped through
    the inverse normal CDF (a 256-entry lookup table), so no numpy is needed."""
    nd = statistics.NormalDist(0, sigma)
    lut = [max(0, min(255, round(128 + nd.inv_cdf((i + 0.5) / 256)))) for i in range(256)]
    raw = Image.frombytes("L", size, rng.randbytes(size[0] * size[1]))
    return raw.point(lut)


def scan(page: Image.Image, seed: int, angle: float, sigma: float, specks: int, levels_step: int = 1) -> Image.Image:
    """Makes a clean rendering look like a light office scan: toner on off-white paper,
    slight optical blur, a small skew (filled with the paper colour), Gaussian sensor
    noise and a few dust specks. `levels_step` > 1 then snaps the grey values to a
    coarser tone scale (as cheap scanners' "text" modes do, centred on the paper tone):
    most of the noise then shows as scattered flecks rather than grain everywhere,
    which keeps an 8-bit greyscale PNG of a whole A4 page at 200 dpi under 400 kB."""
    rng = random.Random(seed)
    img = page.point(lambda v: round(INK + (PAPER - INK) * v / 255))
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    img = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=PAPER)
    img = ImageChops.add(img, gaussian_noise(img.size, sigma, rng), scale=1.0, offset=-128)
    if levels_step > 1:
        img = img.point(lambda v: max(0, min(255, PAPER + round((v - PAPER) / levels_step) * levels_step)))
    d = ImageDraw.Draw(img)
    w, h = img.size
    for _ in range(specks):
        x, y = rng.uniform(40, w - 40), rng.uniform(40, h - 40)
        rx, ry = rng.uniform(0.8, 2.6), rng.uniform(0.8, 2.6)
        d.ellipse([x - rx, y - ry, x + rx, y + ry], fill=rng.randint(30, 110))
    # one short hair-like scratch in the left margin
    x, y = rng.uniform(60, 140), rng.uniform(h * 0.3, h * 0.7)
    d.line([(x, y), (x + rng.uniform(-6, 6), y + rng.uniform(25, 60))], fill=150, width=1)
    return img


# ============================================================================ 2. NPHD


def make_nphd(path: Path) -> None:
    p = Page("serif", 12, left_mm=30, right_mm=22, top_mm=25, leading=1.42)
    for text in [
        "NASKAH PERJANJIAN HIBAH DAERAH",
        "ANTARA",
        "PEMERINTAH KABUPATEN TAPIN",
        "DENGAN",
        "KOMISI PEMILIHAN UMUM KABUPATEN TAPIN",
    ]:
        p.center(text, bold=True)
    p.space(0.5)
    p.center("NOMOR : 900/215/BPKAD/2024", bold=True)
    p.center("NOMOR : 12/PL.02-NPHD/6305/2024", bold=True)
    p.space(0.5)
    p.center("TENTANG", bold=True)
    p.space(0.3)
    p.center("HIBAH DANA KEGIATAN PEMILIHAN BUPATI DAN WAKIL BUPATI TAPIN", bold=True)
    p.center("TAHUN 2024", bold=True)
    p.space(1.0)
    p.para(
        "Pada hari ini Senin tanggal dua bulan September tahun dua ribu dua puluh empat, "
        "bertempat di Rantau, yang bertanda tangan di bawah ini:",
        first=mm(12),
    )
    p.space(0.3)
    lab, x0 = p.left, p.left + mm(8)
    p.para(
        "**H. MURDANI SAPUTRA, S.Sos., M.Si.**, Bupati Tapin, berkedudukan di Jalan "
        "Brigjend H. Hasan Basry Nomor 40 Rantau, dalam hal ini bertindak untuk dan atas nama "
        "Pemerintah Kabupaten Tapin, selanjutnya disebut **PIHAK PERTAMA**;",
        x0=x0,
        label="1.",
        label_x=lab,
    )
    p.space(0.3)
    p.para(
        "**RAHMADI NOORHIDAYAT, S.Pd., M.H.**, Ketua Komisi Pemilihan Umum Kabupaten Tapin, "
        "berkedudukan di Jalan Jenderal Sudirman Nomor 21 Rantau, dalam hal ini bertindak untuk "
        "dan atas nama Komisi Pemilihan Umum Kabupaten Tapin, selanjutnya disebut **PIHAK KEDUA**.",
        x0=x0,
        label="2.",
        label_x=lab,
    )
    p.space(0.3)
    p.para(
        "PIHAK PERTAMA dan PIHAK KEDUA yang selanjutnya secara bersama-sama disebut PARA PIHAK, "
        "sepakat untuk melakukan Perjanjian Hibah Daerah dalam bentuk uang untuk pendanaan kegiatan "
        "Pemilihan Bupati dan Wakil Bupati Tapin Tahun 2024, dengan ketentuan sebagai berikut:",
        first=mm(12),
    )
    p.space(0.6)
    p.center("Pasal 1", bold=True)
    p.center("JUMLAH DAN TUJUAN HIBAH", bold=True)
    p.space(0.3)
    p.para(
        "PIHAK PERTAMA memberikan hibah kepada PIHAK KEDUA berupa uang sebesar "
        "**Rp27.500.000.000,00 (dua puluh tujuh miliar lima ratus juta rupiah)**.",
        x0=x0,
        label="(1)",
        label_x=lab,
    )
    p.para(
        "Hibah sebagaimana dimaksud pada ayat (1) digunakan untuk pendanaan kegiatan Pemilihan "
        "Bupati dan Wakil Bupati Tapin Tahun 2024 sesuai dengan Rencana Kebutuhan Biaya yang "
        "menjadi lampiran dan bagian yang tidak terpisahkan dari Perjanjian ini.",
        x0=x0,
        label="(2)",
        label_x=lab,
    )
    p.para(
        "PIHAK KEDUA menerima hibah dari PIHAK PERTAMA dan bertanggung jawab penuh atas "
        "penggunaannya sesuai dengan ketentuan peraturan perundang-undangan.",
        x0=x0,
        label="(3)",
        label_x=lab,
    )
    # page number at the foot
    p.y = A4_PX[1] - mm(18)
    p.center("1")

    img = scan(p.img, seed=20240902, angle=0.7, sigma=2.2, specks=14, levels_step=10)
    img.save(path, format="PNG", dpi=(DPI, DPI), optimize=True)


# ======================================================================= 3. Undangan


def emblem(d: ImageDraw.ImageDraw, cx: int, cy: int, r: int) -> None:
    """A generic, made-up shield device (deliberately not any real coat of arms)."""
    top, bot = cy - r, cy + r
    d.polygon(
        [(cx - r * 0.8, top), (cx + r * 0.8, top), (cx + r * 0.8, cy + r * 0.15), (cx, bot), (cx - r * 0.8, cy + r * 0.15)],
        outline=0,
        width=5,
    )
    d.polygon(
        [(cx - r * 0.62, top + r * 0.15), (cx + r * 0.62, top + r * 0.15), (cx + r * 0.62, cy + r * 0.08), (cx, bot - r * 0.22), (cx - r * 0.62, cy + r * 0.08)],
        outline=0,
        width=2,
    )
    import math

    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = r * (0.34 if k % 2 == 0 else 0.14)
        pts.append((cx + rr * math.cos(a), cy - r * 0.12 + rr * math.sin(a)))
    d.polygon(pts, fill=0)
    for k in range(3):
        y = cy + r * (0.3 + 0.1 * k)
        d.line([(cx - r * (0.38 - 0.1 * k), y), (cx + r * (0.38 - 0.1 * k), y)], fill=0, width=3)


def signature_scrawl(d: ImageDraw.ImageDraw, x: int, y: int, rng: random.Random) -> None:
    """A loose pen flourish in the blank signature space (kept clear of the text)."""
    import math

    pts = []
    for i in range(140):
        t = i / 139
        pts.append(
            (
                x + 300 * t + 22 * math.sin(t * 19) + rng.uniform(-1, 1),
                y + 38 * math.sin(t * 9.5) * (1 - 0.6 * t) - 30 * t + rng.uniform(-1, 1),
            )
        )
    d.line(pts, fill=70, width=3, joint="curve")
    d.line([(x + 40, y + 30), (x + 330, y - 10)], fill=90, width=2)


def make_undangan(path: Path) -> None:
    rng = random.Random(20241014)
    p = Page("sans", 11.5, left_mm=28, right_mm=20, top_mm=14, leading=1.4)
    # letterhead
    emblem(p.draw, p.left + mm(11), p.y + mm(13), mm(11.5))
    hx0 = p.left + mm(22)
    p.center("PEMERINTAH PROVINSI KALIMANTAN SELATAN", bold=True, size_pt=14.5, x0=hx0)
    p.center("BADAN KESATUAN BANGSA DAN POLITIK", bold=True, size_pt=16, x0=hx0)
    p.center("Jalan Bhayangkara Nomor 9 Kawasan Perkantoran, Banjarbaru 70712", size_pt=10, x0=hx0)
    p.center("Telepon (0511) 6749 210, Pos-el: kesbangpol@kalselprov.example", size_pt=10, x0=hx0)
    p.y += mm(2)
    p.rule(6, gap_after=3)
    p.rule(2, gap_after=mm(6))

    # place-date line on the right, then the number block on the left
    right_col = p.left + mm(98)
    p.line("Banjarbaru, 14 Oktober 2024", x=right_col)
    p.space(0.4)
    cx = p.left + mm(24)
    p.field("Nomor", "200/1187/Kesbangpol/2024", colon_x=cx)
    p.field("Sifat", "Penting", colon_x=cx)
    p.field("Lampiran", "-", colon_x=cx)
    p.field("Hal", "Undangan Rapat Koordinasi", colon_x=cx)
    p.space(0.6)
    p.line("Yth.")
    ax = p.left + mm(6)
    for i, who in enumerate(
        [
            "Kepala Badan Kesatuan Bangsa dan Politik Kabupaten/Kota se-Kalimantan Selatan;",
            "Ketua Komisi Pemilihan Umum Provinsi Kalimantan Selatan;",
            "Ketua Badan Pengawas Pemilihan Umum Provinsi Kalimantan Selatan;",
        ],
        start=1,
    ):
        p.para(who, x0=ax + mm(6), justify=False, label=f"{i}.", label_x=ax)
    p.line("di -", x=p.left)
    p.line("Tempat", x=p.left + mm(10))
    p.space(0.6)

    bx = p.left + mm(10)
    p.para(
        "Dalam rangka menjaga stabilitas keamanan dan ketertiban menjelang pemungutan suara "
        "Pemilihan Gubernur dan Wakil Gubernur Kalimantan Selatan serta Pemilihan Bupati/Wali Kota "
        "Tahun 2024, bersama ini kami mengundang Saudara untuk menghadiri Rapat Koordinasi Forum "
        "Kewaspadaan Dini Masyarakat yang akan dilaksanakan pada:",
        x0=bx,
        first=mm(10),
    )
    p.space(0.3)
    fx, fc = bx + mm(10), bx + mm(42)
    p.field("hari/tanggal", "Kamis, 17 Oktober 2024", x0=fx, colon_x=fc)
    p.field("pukul", "09.00 WITA s.d. selesai", x0=fx, colon_x=fc)
    p.field("tempat", "Aula Bina Praja Lantai 2, Kantor Badan Kesatuan Bangsa dan Politik, Banjarbaru", x0=fx, colon_x=fc)
    p.field("acara", "Rapat Koordinasi Kesiapan Pengamanan Pemilihan Serentak Tahun 2024", x0=fx, colon_x=fc)
    p.space(0.3)
    p.para(
        "Mengingat pentingnya acara tersebut, diharapkan kehadiran Saudara tepat pada waktunya "
        "dengan membawa data potensi kerawanan di wilayah masing-masing.",
        x0=bx,
        first=mm(10),
    )
    p.para(
        "Demikian disampaikan, atas perhatian dan kehadiran Saudara diucapkan terima kasih.",
        x0=bx,
        first=mm(10),
    )
    p.space(1.2)

    # signature block, centred in the right column
    sx0, sx1 = p.left + mm(70), p.right
    p.center("KEPALA BADAN KESATUAN BANGSA DAN POLITIK,", bold=True, x0=sx0, x1=sx1)
    y_sig = p.y
    p.space(3.6)
    signature_scrawl(p.draw, (sx0 + sx1) // 2 - 170, y_sig + mm(12), rng)
    p.center("Drs. H. MUHAMMAD YUSUF, M.Si.", bold=True, x0=sx0, x1=sx1)
    p.center("Pembina Utama Muda (IV/c)", x0=sx0, x1=sx1)
    p.center("NIP. 19700812 199503 1 004", x0=sx0, x1=sx1)
    p.space(1.0)
    p.line("Tembusan:")
    p.para("1. Gubernur Kalimantan Selatan (sebagai laporan);", x0=p.left, justify=False)
    p.para("2. Sekretaris Daerah Provinsi Kalimantan Selatan.", x0=p.left, justify=False)

    img = scan(p.img, seed=20241017, angle=-0.6, sigma=2.0, specks=12)
    img.save(path, format="JPEG", quality=80, dpi=(DPI, DPI), optimize=True, subsampling=0)


# ===================================================================== 4. Nota dinas

NOTA_DINAS = """\
PEMERINTAH KABUPATEN TAPIN
BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH
Jalan Brigjend H. Hasan Basry Nomor 52 Rantau 71111

NOTA DINAS

Kepada    : Yth. Bupati Tapin
Dari      : Kepala Badan Pengelolaan Keuangan dan Aset Daerah
Tembusan  : Sekretaris Daerah Kabupaten Tapin
Tanggal   : 5 Agustus 2024
Nomor     : 900.1.13.1/77/BPKAD/2024
Sifat     : Segera
Lampiran  : 1 (satu) berkas
Hal       : Permohonan Persetujuan Tambahan Belanja Hibah Pengawasan Pemilihan

Sehubungan dengan surat Ketua Badan Pengawas Pemilihan Umum Kabupaten Tapin tanggal
29 Juli 2024 perihal permohonan tambahan dana hibah pengawasan Pemilihan Bupati dan Wakil
Bupati Tapin Tahun 2024, bersama ini kami laporkan bahwa kebutuhan tambahan tersebut
sebesar Rp 1,5 miliar belum tertampung dalam Anggaran Pendapatan dan Belanja Daerah
Kabupaten Tapin Tahun Anggaran 2024.

Tambahan belanja hibah sebesar Rp 1,5 miliar tersebut dapat dianggarkan melalui
pergeseran Belanja Tidak Terduga dan dituangkan dalam Perubahan Anggaran Pendapatan dan
Belanja Daerah Tahun Anggaran 2024, dengan terlebih dahulu menyesuaikan Keputusan Bupati
tentang Daftar Penerima Hibah. Untuk itu mohon petunjuk dan persetujuan Bapak.

Demikian disampaikan, atas perhatian Bapak diucapkan terima kasih.

                         KEPALA BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH,


                         HJ. NOORLAILA FITRIANI, S.E., M.Ak.
                         Pembina Utama Muda (IV/c)
                         NIP. 19750321 200003 2 006
"""


def make_nota_dinas(path: Path) -> None:
    path.write_text(NOTA_DINAS, encoding="utf-8", newline="\n")


# =========================================================================== main


def main() -> int:
    random.seed(0)  # nothing below should use the global generator, but pin it anyway
    OUT.mkdir(parents=True, exist_ok=True)
    jobs = [
        ("surat-edaran-banjarbaru-2024.pdf", make_surat_edaran),
        ("nphd-contoh-halaman-1.png", make_nphd),
        ("undangan-rapat-scan.jpg", make_undangan),
        ("nota-dinas-hibah.txt", make_nota_dinas),
    ]
    for name, make in jobs:
        target = OUT / name
        make(target)
        print(f"wrote {target.relative_to(ROOT)} ({target.stat().st_size / 1024:.0f} kB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
