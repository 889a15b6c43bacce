//! The page layout and the formatting shared by the pages. maud escapes every value
//! interpolated with `(...)`, so document text (untrusted OCR output) can never become markup.

use axum::response::Html;
use maud::{html, Markup, DOCTYPE};

/// Plain CSS for every page: readable type, calm colours, no framework.
const CSS: &str = r#"
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 "Noto Sans","DejaVu Sans",system-ui,sans-serif;color:#1d2733;background:#f4f6f8}
a{color:#0b5cad;text-decoration:none}a:hover{text-decoration:underline}
header.top{background:#123a5e;color:#fff}
header.top .in{max-width:1180px;margin:0 auto;padding:10px 20px;display:flex;align-items:center;gap:28px}
header.top .brand{font-weight:700;font-size:20px;color:#fff;letter-spacing:.5px}
header.top .brand small{font-weight:400;opacity:.75;font-size:13px;margin-left:8px}
header.top nav a{color:#d6e4f2;margin-right:18px;font-size:15px;padding:4px 0}
header.top nav a.on{color:#fff;border-bottom:2px solid #f2b233}
main{max-width:1180px;margin:0 auto;padding:20px}
h1{font-size:24px;margin:6px 0 14px}h2{font-size:18px;margin:22px 0 10px}
.card{background:#fff;border:1px solid #dde3ea;border-radius:8px;padding:16px 18px;margin-bottom:14px}
.card>h1:first-child,.card>h2:first-child,.card>h3:first-child{margin-top:0}
.muted{color:#5e6b78;font-size:14px}
.searchbar{display:flex;gap:8px}
.searchbar input[type=search]{flex:1;font-size:18px;padding:10px 12px;border:1px solid #b8c4d0;border-radius:6px}
button,.btn{background:#0b5cad;color:#fff;border:0;border-radius:6px;padding:9px 16px;font-size:15px;cursor:pointer;display:inline-block}
.btn.light{background:#e8eef5;color:#123a5e}
.layout{display:grid;grid-template-columns:270px 1fr;gap:18px;margin-top:16px}
aside .card h3{font-size:14px;text-transform:uppercase;letter-spacing:.6px;color:#5e6b78;margin:0 0 8px}
aside label{display:block;font-size:13px;color:#5e6b78;margin-top:8px}
aside input,aside select{width:100%;padding:6px 8px;border:1px solid #c3ccd6;border-radius:5px;font-size:14px}
.facet{display:flex;justify-content:space-between;font-size:14px;padding:2px 0}
.facet .n{color:#5e6b78}
.facet a.on{font-weight:700}
.hit h2{font-size:17px;margin:0 0 4px}
.hit .meta{font-size:13px;color:#5e6b78;margin-bottom:6px}
.hit .snip{font-size:14.5px;color:#27323d}
mark{background:#ffe58a;color:inherit;padding:0 1px;border-radius:2px}
.page pre mark{background:#d7e7fa}
.tag{display:inline-block;background:#e8eef5;color:#123a5e;border-radius:10px;padding:1px 9px;font-size:12.5px;margin-right:6px}
.tag.warn{background:#fde2d6;color:#8a2c0d}.tag.ok{background:#dff3e4;color:#185c2a}
table{border-collapse:collapse;width:100%;font-size:14px;background:#fff}
th,td{border-bottom:1px solid #e3e8ee;padding:7px 8px;text-align:left;vertical-align:top}
th{background:#f0f3f7;font-size:13px;color:#3b4754}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.pager{display:flex;gap:10px;align-items:center;margin-top:10px}
.fields td:first-child{width:190px;color:#5e6b78}
.evidence{font-size:13px;color:#5e6b78;font-style:italic}
.page{display:grid;grid-template-columns:1fr 1fr;gap:14px}
.page.noimg{grid-template-columns:1fr}
.page pre{white-space:pre-wrap;font:13.5px/1.45 "DejaVu Sans Mono",monospace;margin:0;max-height:720px;overflow:auto;background:#fafbfc;padding:10px;border:1px solid #e3e8ee;border-radius:6px}
.page img{width:100%;border:1px solid #d0d7de;border-radius:4px}
.error-box{background:#fff;border:1px solid #f0c2b0;border-left:5px solid #c0461b;border-radius:6px;padding:16px 20px}
.progress{height:10px;background:#e3e8ee;border-radius:5px;overflow:hidden;width:220px}
.progress div{height:100%;background:#2f8f46}
.totals{display:grid;grid-template-columns:1fr 1fr;gap:14px}
footer{max-width:1180px;margin:10px auto 30px;padding:0 20px;font-size:12.5px;color:#7a8693}
"#;

/// A whole page: header with navigation (`active` is the current section), then `content`.
pub fn layout(title: &str, active: &str, content: Markup) -> Html<String> {
    layout_with(title, active, None, content)
}

/// [`layout`] that reloads itself every `refresh` seconds (while imports run).
pub fn layout_with(
    title: &str,
    active: &str,
    refresh: Option<u32>,
    content: Markup,
) -> Html<String> {
    let nav = [
        ("cari", "/", "Pencarian"),
        ("hibah", "/grants", "Hibah"),
        ("impor", "/import", "Impor"),
        ("api", "/api/openapi.json", "API"),
    ];
    Html(
        html! {
            (DOCTYPE)
            html lang="id" {
                head {
                    meta charset="utf-8";
                    meta name="viewport" content="width=device-width, initial-scale=1";
                    title { (title) " · naskah" }
                    @if let Some(s) = refresh { meta http-equiv="refresh" content=(s); }
                    style { (maud::PreEscaped(CSS)) }
                }
                body {
                    header.top { div.in {
                        a.brand href="/" { "naskah" small { "arsip naskah dinas" } }
                        nav {
                            @for (key, href, label) in nav {
                                a.on[key == active] href=(href) { (label) }
                            }
                        }
                    } }
                    main { (content) }
                    footer { "naskah " (env!("CARGO_PKG_VERSION")) " · teks dokumen hasil OCR dapat mengandung kesalahan baca" }
                }
            }
        }
        .into_string(),
    )
}

/// Indonesian name of a document kind (`nphd` → `NPHD`).
pub fn doc_type_label(kind: &str) -> &'static str {
    match kind {
        "surat_edaran" => "Surat Edaran",
        "nphd" => "NPHD (Perjanjian Hibah)",
        "mou" => "Nota Kesepahaman",
        "perjanjian_kerja_sama" => "Perjanjian Kerja Sama",
        "keputusan" => "Keputusan",
        "peraturan" => "Peraturan",
        "surat_dinas" => "Surat Dinas",
        "nota_dinas" => "Nota Dinas",
        "berita_acara" => "Berita Acara",
        "undangan" => "Undangan",
        _ => "Lainnya",
    }
}

/// Rupiah the Indonesian way: `Rp131.000.000.000`.
pub fn rupiah(v: i64) -> String {
    let digits = v.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    format!("{}Rp{out}", if v < 0 { "-" } else { "" })
}

/// A date the Indonesian way: `7 November 2023`.
pub fn tanggal(d: chrono::NaiveDate) -> String {
    crate::model::long_date(d)
}

/// A `YYYY-MM-DD` string as [`tanggal`], or as given when it is not a date.
pub fn tanggal_str(s: &str) -> String {
    s.parse().map(tanggal).unwrap_or_else(|_| s.to_string())
}

/// A passage with its matches marked: `text` split at the byte ranges in `marks`.
pub fn marked(text: &str, marks: &[(usize, usize)]) -> Markup {
    let mut parts: Vec<(bool, &str)> = Vec::new();
    let mut last = 0;
    for &(s, e) in marks {
        if s < last || e > text.len() || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            continue;
        }
        parts.push((false, &text[last..s]));
        parts.push((true, &text[s..e]));
        last = e;
    }
    parts.push((false, &text[last..]));
    html! {
        @for (hl, part) in parts {
            @if hl { mark { (part) } } @else { (part) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rupiah_groups_thousands_with_dots() {
        assert_eq!(rupiah(131_000_000_000), "Rp131.000.000.000");
        assert_eq!(rupiah(999), "Rp999");
        assert_eq!(rupiah(1000), "Rp1.000");
    }

    #[test]
    fn marked_text_is_escaped() {
        let m = marked("<script>x</script> hibah", &[(19, 24)]).into_string();
        assert_eq!(m, "&lt;script&gt;x&lt;/script&gt; <mark>hibah</mark>");
    }
}
