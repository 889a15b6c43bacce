//! File format detection from content (magic bytes), never from the extension.

/// Formats naskah reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Pdf,
    Png,
    Jpeg,
    Tiff,
    Text,
}

impl Format {
    /// Lower-case name stored in the catalog.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Png => "png",
            Format::Jpeg => "jpeg",
            Format::Tiff => "tiff",
            Format::Text => "text",
        }
    }
}

/// Detects the format of a file's bytes, or says what it is instead.
pub fn detect(bytes: &[u8]) -> Result<Format, String> {
    if bytes.is_empty() {
        return Err("empty file".into());
    }
    // Some PDF producers put junk before the header; readers accept it within 1 KiB.
    let head = &bytes[..bytes.len().min(1024)];
    if head.windows(5).any(|w| w == b"%PDF-") {
        return Ok(Format::Pdf);
    }
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Ok(Format::Png);
    }
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Ok(Format::Jpeg);
    }
    if bytes.starts_with(b"II*\0") || bytes.starts_with(b"MM\0*") {
        return Ok(Format::Tiff);
    }
    if let Some(kind) = known_other(bytes) {
        return Err(kind.into());
    }
    if looks_like_text(head) {
        let lower = String::from_utf8_lossy(head).to_lowercase();
        let trimmed = lower.trim_start_matches('\u{feff}').trim_start();
        if trimmed.starts_with("<!doctype html")
            || trimmed.starts_with("<html")
            || trimmed.contains("<html")
        {
            return Err("an HTML page, not a document".into());
        }
        if trimmed.starts_with("<?xml") || trimmed.starts_with("<svg") {
            return Err("an XML/SVG file, not a document".into());
        }
        return Ok(Format::Text);
    }
    Err("unrecognised binary content (not PDF, PNG, JPEG, TIFF or text)".into())
}

fn known_other(bytes: &[u8]) -> Option<&'static str> {
    let sigs: &[(&[u8], &str)] = &[
        (
            b"PK\x03\x04",
            "a ZIP archive (or DOCX/XLSX/ODT); convert it to PDF first",
        ),
        (
            b"\xD0\xCF\x11\xE0",
            "a legacy Office file (DOC/XLS); convert it to PDF first",
        ),
        (
            b"GIF8",
            "a GIF image, which is not supported; convert it to PNG",
        ),
        (
            b"RIFF",
            "a RIFF file (WebP/AVI/WAV), which is not supported",
        ),
        (b"\x1f\x8b", "a gzip archive; unpack it first"),
        (b"7z\xBC\xAF", "a 7-Zip archive; unpack it first"),
        (b"Rar!", "a RAR archive; unpack it first"),
        (
            b"\0\0\0\x0cjP  ",
            "a JPEG 2000 image, which is not supported",
        ),
    ];
    sigs.iter()
        .find(|(sig, _)| bytes.starts_with(sig))
        .map(|(_, what)| *what)
}

/// True for UTF-8 (or mostly printable) text without NUL bytes.
fn looks_like_text(head: &[u8]) -> bool {
    if head.contains(&0) {
        return false;
    }
    let text = String::from_utf8_lossy(head);
    let bad = text
        .chars()
        .filter(|c| *c == '\u{fffd}' || (c.is_control() && !c.is_whitespace()))
        .count();
    bad * 20 <= text.chars().count().max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn magic_bytes_decide() {
        let cases: &[(&[u8], Result<Format, ()>)] = &[
            (b"%PDF-1.7\n...", Ok(Format::Pdf)),
            (b"\x89PNG\r\n\x1a\n....", Ok(Format::Png)),
            (b"\xFF\xD8\xFF\xE0..JFIF", Ok(Format::Jpeg)),
            (b"II*\0\x08\0\0\0", Ok(Format::Tiff)),
            (b"MM\0*\0\0\0\x08", Ok(Format::Tiff)),
            (b"SURAT EDARAN\nNomor 800/1/2020\n", Ok(Format::Text)),
            (b"<!DOCTYPE html><html><body>404</body></html>", Err(())),
            (b"PK\x03\x04rest", Err(())),
            (b"\x00\x01\x02\x03binary", Err(())),
            (b"", Err(())),
        ];
        for (bytes, want) in cases {
            assert_eq!(
                detect(bytes).map_err(|_| ()),
                *want,
                "{:?}",
                String::from_utf8_lossy(bytes)
            );
        }
    }

    #[test]
    fn html_is_named_as_such() {
        let err = detect(b"\n  <html lang=\"id\"><head>").unwrap_err();
        assert!(err.contains("HTML"), "{err}");
    }
}
