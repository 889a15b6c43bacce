//! Server-rendered SVG bar charts (no script): one bar per label, value written beside it.

use maud::{html, Markup};

const WIDTH: f64 = 520.0;
const VALUE_W: f64 = 150.0;
const LABEL_H: f64 = 17.0;
const BAR_H: f64 = 16.0;
const GAP: f64 = 10.0;
/// Longest label shown whole; longer ones are cut (the full text is the bar's tooltip).
const LABEL_CHARS: usize = 64;

/// A horizontal bar chart of `rows` (label, value), with `format` writing each value:
/// each label on its own line above its bar, so long names of grantees fit.
pub fn bars(caption: &str, rows: &[(String, i64)], format: impl Fn(i64) -> String) -> Markup {
    let max = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1) as f64;
    let row_h = LABEL_H + BAR_H + GAP;
    let height = rows.len() as f64 * row_h + 4.0;
    let bar_room = WIDTH - VALUE_W;
    html! {
        svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label=(caption)
            width=(WIDTH) height=(height) viewBox=(format!("0 0 {WIDTH} {height}"))
            style="max-width:100%;height:auto;font-family:'Noto Sans','DejaVu Sans',sans-serif" {
            title { (caption) }
            @for (i, (label, value)) in rows.iter().enumerate() {
                @let y = 2.0 + i as f64 * row_h;
                @let w = ((*value).max(0) as f64 / max * bar_room).max(2.0);
                g {
                    title { (label) ": " (format(*value)) }
                    text x="0" y=(y + 12.5) font-size="12.5" fill="#1d2733" {
                        (short(label))
                    }
                    rect x="0" y=(y + LABEL_H) width=(w) height=(BAR_H) rx="3" fill="#2f6fae" {}
                    text x=(w + 6.0) y=(y + LABEL_H + 12.5) font-size="12.5" fill="#3b4754" {
                        (format(*value))
                    }
                }
            }
        }
    }
}

fn short(label: &str) -> String {
    if label.chars().count() <= LABEL_CHARS {
        label.to_string()
    } else {
        let cut: String = label.chars().take(LABEL_CHARS - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_escaped_and_bars_scaled() {
        let svg = bars(
            "Total",
            &[("<b>KPU</b>".into(), 100), ("Bawaslu".into(), 50)],
            |v| v.to_string(),
        )
        .into_string();
        assert!(svg.contains("&lt;b&gt;KPU&lt;/b&gt;"));
        assert!(!svg.contains("<b>"));
        assert!(svg.contains("width=\"370\""), "{svg}");
        assert!(svg.contains("width=\"185\""), "{svg}");
    }
}
