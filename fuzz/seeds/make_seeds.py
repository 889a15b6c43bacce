#!/usr/bin/env python3
"""Writes the small hand-made seed inputs of the fuzz targets (run once; outputs committed).

Each PDF exercises one path of the page reader: a text layer, Flate images with a PNG
predictor, a 1-bit stencil mask, an Indexed colour space inside a form XObject, CCITT G4,
DCT, and a cross-reference stream with object streams. Images are a few pixels wide so
that libFuzzer runs thousands of executions a second.
"""
import io
import os
import zlib

from PIL import Image, ImageDraw

HERE = os.path.dirname(os.path.abspath(__file__))


def pdf(objects, root=1, xref_stream=False):
    """A classic PDF from a list of object bodies (bytes), numbered from 1."""
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    if xref_stream:
        n = len(objects) + 1
        rows = b"\x00\x00\x00\xff\xff" + b"".join(
            b"\x01" + o.to_bytes(3, "big") + b"\x00" for o in offsets
        )
        offsets.append(len(out))
        rows += b"\x01" + len(out).to_bytes(3, "big") + b"\x00"
        data = zlib.compress(rows)
        out += (
            b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 3 1] /Root %d 0 R /Filter /FlateDecode /Length %d >>\nstream\n"
            % (n, n + 1, root, len(data))
            + data
            + b"\nendstream\nendobj\n"
        )
        out += b"startxref\n%d\n%%%%EOF\n" % offsets[-1]
        return bytes(out)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        root,
        xref,
    )
    return bytes(out)


def stream(dict_body, data):
    return b"<< " + dict_body + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def page_doc(resources, content, extra=()):
    """Catalog, Pages, one Page with the given resources and content, then `extra` objects."""
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] >>",
        b"<< /Type /Page /Parent 2 0 R /Resources " + resources + b" /Contents 4 0 R >>",
        stream(b"", content),
        *extra,
    ]


def text_pdf():
    content = (
        b"BT /F1 12 Tf 72 770 Td (SURAT EDARAN) Tj 0 -14 Td "
        b"[(Nomor : 800/123/BKD/2024) -3000 (Banjarbaru, 12 Maret 2024)] TJ "
        b"T* (Rp 1.250.000.000,00 \\(satu miliar dua ratus lima puluh juta rupiah\\)) ' "
        b"1 0 0 1 300 600 Tm 2 Tc 1 Tw 90 Tz 3 Ts 14 TL (Kepala Dinas) Tj ET "
        b"q 0.5 0 0 0.5 10 10 cm BT /F2 10 Tf 1 2 (ditetapkan) \" ET Q"
    )
    font = (
        b"<< /Font << /F1 5 0 R /F2 6 0 R >> >>"
    )
    return pdf(
        page_doc(
            font,
            content,
            [
                b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding "
                b"/FirstChar 32 /LastChar 40 /Widths [278 278 355 556 556 889 667 191 333] >>",
                b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>",
            ],
        )
    )


def image_pdf(image_dict, data, content=b"q 595 0 0 842 0 0 cm /Im0 Do Q", extra=()):
    return pdf(
        page_doc(
            b"<< /XObject << /Im0 5 0 R >> >>",
            content,
            [stream(image_dict, data), *extra],
        )
    )


def sample_image(mode, size=(16, 8)):
    img = Image.new("L", size, 255)
    d = ImageDraw.Draw(img)
    d.rectangle((2, 2, 9, 5), fill=0)
    return img.convert(mode)


def flate_predictor_pdf():
    img = sample_image("L")
    w, h = img.size
    raw = img.tobytes()
    rows = b"".join(b"\x00" + raw[y * w : (y + 1) * w] for y in range(h))
    return image_pdf(
        b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter /FlateDecode "
        b"/DecodeParms << /Predictor 15 /Colors 1 /BitsPerComponent 8 /Columns %d >>" % (w, h, w),
        zlib.compress(rows),
    )


def mask_pdf():
    img = sample_image("1")
    w, h = img.size
    return image_pdf(
        b"/Type /XObject /Subtype /Image /Width %d /Height %d /ImageMask true "
        b"/BitsPerComponent 1 /Decode [1 0] /Filter [/ASCIIHexDecode /FlateDecode]" % (w, h),
        zlib.compress(img.tobytes()).hex().encode() + b">",
    )


def indexed_form_pdf():
    w, h = 8, 4
    pixels = bytes((x + y) % 4 for y in range(h) for x in range(w))
    palette = b"\xff\xff\xff\x00\x00\x00\x80\x80\x80\xff\x00\x00"
    objects = page_doc(
        b"<< /XObject << /Fm0 5 0 R >> >>",
        b"/Fm0 Do",
        [
            stream(
                b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] "
                b"/Resources << /XObject << /Im0 6 0 R >> >>",
                b"q 595 0 0 842 0 0 cm /Im0 Do Q",
            ),
            stream(
                b"/Type /XObject /Subtype /Image /Width %d /Height %d "
                b"/ColorSpace [/Indexed /DeviceRGB 3 7 0 R] /BitsPerComponent 8 "
                b"/Filter /RunLengthDecode" % (w, h),
                bytes([len(pixels) - 1]) + pixels + b"\x80",
            ),
            stream(b"", palette),
        ],
    )
    return pdf(objects)


def ccitt_pdf():
    img = sample_image("1")
    buf = io.BytesIO()
    img.save(buf, "TIFF", compression="group4")
    tiff = buf.getvalue()
    # Pull the single strip out of the TIFF PIL wrote.
    import struct

    le = tiff[:2] == b"II"
    fmt = "<" if le else ">"
    ifd = struct.unpack(fmt + "I", tiff[4:8])[0]
    n = struct.unpack(fmt + "H", tiff[ifd : ifd + 2])[0]
    tags = {}
    for i in range(n):
        e = tiff[ifd + 2 + 12 * i : ifd + 14 + 12 * i]
        tag, typ, count = struct.unpack(fmt + "HHI", e[:8])
        val = struct.unpack(fmt + ("H" if typ == 3 else "I"), e[8:10] if typ == 3 else e[8:12])[0]
        tags[tag] = val
    data = tiff[tags[273] : tags[273] + tags[279]]
    w, h = img.size
    return image_pdf(
        b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
        b"/BitsPerComponent 1 /Filter /CCITTFaxDecode "
        b"/DecodeParms << /K -1 /Columns %d /Rows %d /BlackIs1 false >>" % (w, h, w, h),
        data,
    )


def dct_pdf():
    img = sample_image("RGB")
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=50)
    w, h = img.size
    return image_pdf(
        b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB "
        b"/BitsPerComponent 8 /Filter /DCTDecode" % (w, h),
        buf.getvalue(),
    )


def cmyk_16bit_pdf():
    w, h = 4, 2
    data = bytes(range(w * h * 4 * 2))
    return image_pdf(
        b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceCMYK "
        b"/BitsPerComponent 16 /Filter /LZWDecode /DecodeParms << /EarlyChange 1 >>" % (w, h),
        lzw(data),
    )


def lzw(data):
    """Minimal LZW encoder (PDF variant, EarlyChange 1) without dictionary growth."""
    bits, out, acc, nbits = 9, bytearray(), 0, 0

    def put(code):
        nonlocal acc, nbits
        acc = (acc << bits) | code
        nbits += bits
        while nbits >= 8:
            nbits -= 8
            out.append((acc >> nbits) & 0xFF)

    put(256)
    for b in data:
        put(b)
        put(256)  # reset after each byte keeps the code width at 9 bits
    put(257)
    if nbits:
        out.append((acc << (8 - nbits)) & 0xFF)
    return bytes(out)


def xref_stream_pdf():
    objects = page_doc(
        b"<< /Font << /F1 5 0 R >> >>",
        b"BT /F1 11 Tf 50 800 Td (KEPUTUSAN BUPATI BANJAR NOMOR 188.45/123/2020) Tj ET",
        [b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>"],
    )
    return pdf(objects, xref_stream=True)


def write(name, data):
    path = os.path.join(HERE, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def main():
    pdfs = {
        "text.pdf": text_pdf(),
        "flate-predictor.pdf": flate_predictor_pdf(),
        "stencil-mask.pdf": mask_pdf(),
        "indexed-form.pdf": indexed_form_pdf(),
        "ccitt-g4.pdf": ccitt_pdf(),
        "dct.pdf": dct_pdf(),
        "cmyk16-lzw.pdf": cmyk_16bit_pdf(),
        "xref-stream.pdf": xref_stream_pdf(),
    }
    for name, data in pdfs.items():
        write("pdf/" + name, data)
    img = sample_image("L")
    for fmt, ext, kw in [("PNG", "png", {}), ("JPEG", "jpg", {}), ("TIFF", "tif", {"compression": "group4"})]:
        buf = io.BytesIO()
        (img.convert("1") if ext == "tif" else img).save(buf, fmt, **kw)
        write("image/image." + ext, buf.getvalue())
    buf = io.BytesIO()
    img.save(buf, "TIFF", save_all=True, append_images=[img.rotate(90)])
    write("image/two-pages.tif", buf.getvalue())
    texts = {
        "surat.txt": "PEMERINTAH KABUPATEN BANJAR\nSURAT EDARAN\nNomor : 800/123/BKD/2024\n"
        "Martapura, 12 Maret 2024\nBerdasarkan Peraturan Bupati Nomor 5 Tahun 2020 dan "
        "Keputusan Menteri Dalam Negeri Nomor 900-1/2023.\n\fTanggal 01-02-2023 s.d. 5 - 7 Juni 2023\n"
        "KEPALA DINAS,\n\n\nH. AHMAD FAUZI, S.H., M.Si\nNIP. 19650101 199003 1 010\n",
        "hibah.txt": "NASKAH PERJANJIAN HIBAH DAERAH\nPIHAK KESATU\tPIHAK KEDUA\n"
        "sebesar Rp131.000.000.000,00 (seratus tiga puluh satu miliar rupiah) dan Rp 1,2 triliun\n"
        "Rp. 750 juta, 65 milyar rupiah, 1.250.000,00 2.000,-\n"
        "pada hari ini Senin tanggal dua puluh tiga bulan Oktober tahun dua ribu dua puluh tiga\n",
    }
    for name, text in texts.items():
        write("text/" + name, text.encode())


if __name__ == "__main__":
    main()
