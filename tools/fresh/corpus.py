"""Bridge to the shared corpus generator (imported at run time, never copied).

The shared generator lives in ../shared/corpus/tools/corpusgen. This module puts it on
sys.path and adds, in this process only, a few formats that real naskah dinas use and that
its format tables lack:

  dates:   'long_old' (Pebruari, Nopember: the spelling of the 1990s), 'upper_old',
           'words_upper' (DUA PULUH ... BULAN ... TAHUN ...), 'num_dash_short' (4-3-2024),
           'words_old' (words with the old month spelling)
  rupiah:  'rp_dot_dash' (Rp. 5.000.000,-), 'rp_dot_nodec' (Rp. 5.000.000),
           'rp_dot0' (Rp.5.000.000,00), 'rp_milyar' / 'rp_sp_milyar' (Rp 5 milyar),
           'rp_dot_short' (Rp. 1,5 miliar)

Every added format is one the shared validator's own parsers read back (idfmt.sweep_dates,
idfmt.sweep_amounts), so the checks still confirm truth against text.
"""
import os
import sys
from pathlib import Path

SHARED = Path(os.environ.get("NASKAH_SHARED_CORPUS",
                             Path(__file__).resolve().parents[3] / "shared" / "corpus"))
if not (SHARED / "tools" / "corpusgen").is_dir():
    SHARED = Path("/work/shared/corpus")
TOOLS = SHARED / "tools"
if str(TOOLS) not in sys.path:
    sys.path.insert(0, str(TOOLS))
sys.dont_write_bytecode = True  # keep the shared folder free of __pycache__

from corpusgen import idfmt, markup, render, validate, degrade  # noqa: E402,F401
from corpusgen.layout import Builder  # noqa: E402,F401

_OLD = {"Februari": "Pebruari", "November": "Nopember"}
_orig_date = idfmt.format_date
_orig_rp = idfmt.format_rupiah


def format_date(iso, style="long"):
    if style in ("long_old", "upper_old", "words_old"):
        base = {"long_old": "long", "upper_old": "long", "words_old": "words"}[style]
        s = _orig_date(iso, base)
        for new, old in _OLD.items():
            s = s.replace(new, old)
        return s.upper() if style == "upper_old" else s
    if style == "words_upper":
        return _orig_date(iso, "words").upper()
    if style == "num_dash_short":
        d = idfmt.parse_iso(iso)
        return f"{d.day}-{d.month}-{d.year}"
    return _orig_date(iso, style)


def format_rupiah(value, style="rp"):
    g = idfmt._group(value)
    extra = {
        "rp_dot_dash": lambda: f"Rp. {g},-",
        "rp_dot_nodec": lambda: f"Rp. {g}",
        "rp_dot0": lambda: f"Rp.{g},00",
        "rp_milyar": lambda: "Rp" + idfmt._short(value).replace("miliar", "milyar"),
        "rp_sp_milyar": lambda: "Rp " + idfmt._short(value).replace("miliar", "milyar"),
        "rp_dot_short": lambda: "Rp. " + idfmt._short(value),
    }
    if style in extra:
        return extra[style]()
    return _orig_rp(value, style)


idfmt.format_date = format_date
idfmt.format_rupiah = format_rupiah


def has_short_form(value):
    try:
        idfmt._short(value)
        return True
    except ValueError:
        return False
