//! Server-rendered SVG bar charts (no script): one bar per label, value written beside it.

use maud::{html, Markup};

const WIDTH: f64 = 560.0;
const LABEL_W: f64 = 210.0;
const VALUE_W: f64 = 130.0;
const BAR_H: f64 = 22.0;
const GAP: f64 = 8.0;
/// Longest label shown whole; longer ones are cut (the full text is the bar's tooltip).
const LABEL_CHARS: usize = 30;

/// A horizontal bar chart of `rows` (label, value), with `format` writing each value.
pub fn bars(caption: &str, rows: &[(String, i64)], format: impl Fn(i64) -> String) -> Markup {
    let max = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1) as f64;
    let height = rows.len() as f64 * (BAR_H + GAP) + GAP;
    let bar_room = WIDTH - LABEL_W - VALUE_W;
    html! {
        svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label=(caption)
            width=(WIDTH) height=(height) viewBox=(format!("0 0 {WIDTH} {height}"))
            style="max-width:100%;height:auto;font-family:'Noto Sans','DejaVu Sans',sans-serif" {
            title { (caption) }
            @for (i, (label, value)) in rows.iter().enumerate() {
                @let y = GAP + i as f64 * (BAR_H + GAP);
                @let w = ((*value).max(0) as f64 / max * bar_room).max(2.0);
                g {
                    title { (label) ": " (format(*value)) }
                    text x=(LABEL_W - 8.0) y=(y + BAR_H * 0.7) text-anchor="end" font-size="12.5" fill="#1d2733" {
                        (short(label))
                    }
                    rect x=(LABEL_W) y=(y) width=(w) height=(BAR_H) rx="3" fill="#2f6fae" {}
                    text x=(LABEL_W + w + 6.0) y=(y + BAR_H * 0.7) font-size="12.5" fill="#3b4754" {
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
        assert!(svg.contains("width=\"220\""), "{svg}");
        assert!(svg.contains("width=\"110\""), "{svg}");
    }
}
