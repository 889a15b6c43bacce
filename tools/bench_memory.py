#!/usr/bin/env python3
"""Peak memory of `naskah ingest` on hostile and enormous input, one file per run.

Makes each file itself (zero bytes, truncated, encrypted, random bytes, an image named .pdf,
decompression bombs in PNG, TIFF and PDF, a 500-page scanned PDF, a 500-page text PDF, a
folder named x.pdf, a symlink loop, a non-UTF-8 name), ingests it into a fresh data folder
under /usr/bin/time, and prints peak resident memory, time, exit status and what naskah said.
The target: under 1 GB for every one.

    python3 tools/bench_memory.py [--bin target/release/naskah] [--pages 500] [--keep DIR]
"""

import argparse
import io
import os
import random
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMIT_MB = 1024


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def bomb_png() -> bytes:
    ihdr = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\0" * 4096, 9)
    return b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b"")


def bomb_tiff() -> bytes:
    """A TIFF declaring 200000 x 200000 8-bit pixels backed by a few bytes."""
    entries = [
        (256, 4, 1, 200_000),  # width
        (257, 4, 1, 200_000),  # height
        (258, 3, 1, 8),  # bits per sample
        (259, 3, 1, 1),  # no compression
        (262, 3, 1, 1),  # black is zero
        (273, 4, 1, 8),  # strip offset
        (277, 3, 1, 1),
        (278, 4, 1, 200_000),
        (279, 4, 1, 16),  # strip byte count: a lie
    ]
    ifd_offset = 8 + 16
    out = b"II*\x00" + struct.pack("<I", ifd_offset) + b"\x00" * 16
    out += struct.pack("<H", len(entries))
    for tag, typ, count, value in entries:
        if typ == 3:
            out += struct.pack("<HHIHH", tag, typ, count, value, 0)
        else:
            out += struct.pack("<HHII", tag, typ, count, value)
    return out + struct.pack("<I", 0)


def pdf_with_objects(objects: list[bytes]) -> bytes:
    """A PDF from numbered object bodies (object 1 is the catalog), with a valid xref."""
    out = io.BytesIO()
    out.write(b"%PDF-1.5\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def bomb_pdf() -> bytes:
    """One page whose image XObject declares 100000 x 100000 pixels in a tiny Flate stream."""
    data = zlib.compress(b"\xff" * 65536, 9)
    content = b"q 595 0 0 842 0 0 cm /Im1 Do Q"
    return pdf_with_objects([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /XObject << /Im1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /XObject /Subtype /Image /Width 100000 /Height 100000 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % len(data) + data + b"\nendstream",
    ])


def text_pdf(pages: int) -> bytes:
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    font = 3
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for n in range(1, pages + 1):
        content = (b"BT /F1 11 Tf 60 760 Td (Halaman %d: Lampiran daftar penerima hibah daerah "
                   b"tahun anggaran 2024 beserta rincian penggunaan dana.) Tj ET" % n)
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        stream_id = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (stream_id, font))
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), pages)
    return pdf_with_objects(objects)


def scanned_pdf(pages: int, path: Path) -> None:
    """A scanned PDF: one greyscale A4 page image at 150 dpi per page, JPEG-compressed."""
    from PIL import Image, ImageDraw, ImageFont

    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 22)
    except OSError:
        font = ImageFont.load_default()

    def page(n: int) -> "Image.Image":
        im = Image.new("L", (1240, 1754), 235)
        d = ImageDraw.Draw(im)
        d.text((120, 160), f"LAMPIRAN NASKAH PERJANJIAN HIBAH DAERAH - HALAMAN {n}", fill=20, font=font)
        for i in range(12):
            d.text((120, 260 + i * 40),
                   f"{i + 1}. Penerima hibah nomor {n}{i}: Komisi Pemilihan Umum, Rp {n * 1000 + i}.000.000,00",
                   fill=30, font=font)
        return im

    first = page(1)
    first.save(path, "PDF", resolution=150, save_all=True, quality=60,
               append_images=(page(n) for n in range(2, pages + 1)))


def encrypted_pdf(sample: bytes) -> bytes:
    at = sample.rfind(b"trailer")
    opening = sample.index(b"<<", at) + 2
    entry = (b" /Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /O <" + b"11" * 32 + b"> /U <"
             + b"22" * 32 + b"> /P -4 >> /ID [<" + b"33" * 16 + b"> <" + b"33" * 16 + b">] ")
    return sample[:opening] + entry + sample[opening:]


def make_inputs(work: Path, pages: int) -> list[tuple[str, Path]]:
    samples = ROOT / "samples"
    pdf = (samples / "surat-edaran-banjarbaru-2024.pdf").read_bytes()
    cases = []

    def put(label: str, name: str, data: bytes) -> None:
        d = work / label.replace(" ", "-")
        d.mkdir(parents=True)
        p = d / name
        p.write_bytes(data)
        cases.append((label, p))

    put("zero bytes", "kosong.pdf", b"")
    put("truncated PDF", "terpotong.pdf", pdf[: len(pdf) // 2])
    put("encrypted PDF", "terkunci.pdf", encrypted_pdf(pdf))
    put("random bytes", "acak.pdf", random.Random(7).randbytes(10 * 1024 * 1024))
    put("image named .pdf", "gambar.pdf", (samples / "nphd-contoh-halaman-1.png").read_bytes())
    put("PNG bomb", "bom.png", bomb_png())
    put("TIFF bomb", "bom.tif", bomb_tiff())
    put("PDF image bomb", "bom.pdf", bomb_pdf())
    put(f"{pages}-page text PDF", "lampiran-teks.pdf", text_pdf(pages))
    d = work / "scanned"
    d.mkdir()
    scanned_pdf(pages, d / "lampiran-pindaian.pdf")
    cases.append((f"{pages}-page scanned PDF", d / "lampiran-pindaian.pdf"))
    d = work / "dir-named-pdf"
    (d / "x.pdf").mkdir(parents=True)
    cases.append(("folder named x.pdf", d / "x.pdf"))
    d = work / "symlink-loop"
    (d / "sub").mkdir(parents=True)
    (d / "sub" / "surat.txt").write_text("NOTA DINAS Nomor : 900/1/BPKAD/2024 tentang hibah daerah tahun 2024 " * 3)
    os.symlink(d, d / "sub" / "putaran")
    cases.append(("symlink loop", d))
    d = work / "non-utf8-name"
    d.mkdir()
    with open(os.path.join(os.fsencode(d), b"nota-\xe9dukasi.txt"), "wb") as f:
        f.write(b"NOTA DINAS Nomor : 800/9/BKD/2024 pelaksanaan edukasi pegawai negeri sipil " * 3)
    cases.append(("non-UTF-8 name", d))
    return cases


def run(binary: str, data: Path, target: Path) -> tuple[float, float, int, str]:
    cmd = ["/usr/bin/time", "-v", binary, "--data", str(data), "ingest", str(target)]
    env = dict(os.environ, NASKAH_PROGRESS_SECS="0")
    p = subprocess.run(cmd, capture_output=True, env=env)
    err = p.stderr.decode("utf-8", "replace")
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", err)
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", err)
    secs = 0.0
    if wall:
        for part in wall.group(1).split(":"):
            secs = secs * 60 + float(part)
    said = [l for l in err.splitlines() if l.startswith(("failed:", "ingested"))]
    said = " | ".join(s[:110] for s in said[-2:])
    return (int(rss.group(1)) / 1024 if rss else float("nan")), secs, p.returncode, said


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", default=str(ROOT / "target/release/naskah"))
    ap.add_argument("--pages", type=int, default=500)
    ap.add_argument("--keep", help="make the inputs in this folder and keep them")
    args = ap.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="naskah-mem-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        cases = make_inputs(work / "in", args.pages)
        print(f"naskah: {args.bin}; {os.cpu_count()} cores; limit {LIMIT_MB} MB peak RSS")
        print(f"| input | peak RSS (MB) | time (s) | exit | naskah said |")
        print(f"| --- | ---: | ---: | ---: | --- |")
        worst = 0.0
        for i, (label, path) in enumerate(cases):
            rss, secs, code, said = run(args.bin, work / f"data{i}", path)
            worst = max(worst, rss)
            print(f"| {label} | {rss:.0f} | {secs:.1f} | {code} | {said} |", flush=True)
        print(f"worst peak: {worst:.0f} MB ({'under' if worst < LIMIT_MB else 'OVER'} {LIMIT_MB} MB)")
        return 0 if worst < LIMIT_MB else 1
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
