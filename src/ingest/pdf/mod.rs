//! PDF pages: the text layer where it is usable, else the page's scanned image for OCR.
//!
//! One pass over each page's content ([`content`]) gives both: every glyph with its place,
//! width and text (fonts in [`font`], CMaps in [`cmap`]), and every image the page draws.
//! Glyphs become words ([`words`]) and words become lines in reading order through the
//! shared [`crate::layout`].

mod cmap;
mod content;
mod font;
mod images;
mod std_widths;
mod words;

use lopdf::{Document, ObjectId};

use crate::error::ReadError;
use crate::ingest::{PageSource, TextQuality};
use crate::pipeline::Pipeline;

pub use content::MAX_CONTENT_BYTES;
use content::{FontCache, PageContent};

/// Splits a PDF into page sources.
pub fn read_pdf(bytes: &[u8], pipeline: &Pipeline) -> Result<Vec<PageSource>, ReadError> {
    let doc = Document::load_mem(bytes).map_err(|e| match e {
        lopdf::Error::Decryption(_) | lopdf::Error::InvalidPassword => ReadError::Encrypted,
        other => ReadError::BadPdf(other.to_string()),
    })?;
    // lopdf opens files encrypted with an empty user password (they read like any other);
    // one that needs a real password loads with its objects unreadable: no pages.
    let encrypted = doc.trailer.get(b"Encrypt").is_ok();
    let pages = doc.get_pages();
    if pages.is_empty() && encrypted {
        return Err(ReadError::Encrypted);
    }
    if pages.is_empty() {
        return Err(ReadError::BadPdf("the document has no pages".into()));
    }
    let mut fonts = FontCache::default();
    let mut out = Vec::with_capacity(pages.len());
    for &page_id in pages.values() {
        out.push(read_page(&doc, page_id, pipeline, &mut fonts));
    }
    Ok(out)
}

fn read_page(
    doc: &Document,
    page_id: ObjectId,
    pipeline: &Pipeline,
    fonts: &mut FontCache,
) -> PageSource {
    let content = content::read_page(doc, page_id, fonts);
    let text = content.as_ref().map(page_text).unwrap_or_default();
    let quality = TextQuality::of(&text);
    if quality.usable(&pipeline.text_layer) {
        return PageSource::TextLayer(text);
    }
    let drawn = content
        .as_ref()
        .map(|c| c.images.as_slice())
        .unwrap_or_default();
    match images::page_image(doc, page_id, drawn, pipeline) {
        Ok(Some(image)) => PageSource::Image(image),
        Ok(None) if !text.trim().is_empty() => PageSource::TextLayer(text),
        Ok(None) => match content {
            Err(e) => PageSource::Unreadable(format!("unreadable page content: {e}")),
            Ok(_) => PageSource::Blank,
        },
        // The batch names the page when it reports the reason.
        Err(reason) => PageSource::Unreadable(reason),
    }
}

/// The text of a page's glyphs: upright text first, then text turned a quarter, half and
/// three quarters (stamps, margin notes), each laid out in its own direction.
fn page_text(content: &PageContent) -> String {
    let mut out = String::new();
    for dir in 0..4u8 {
        let glyphs: Vec<&content::Glyph> = content.glyphs.iter().filter(|g| g.dir == dir).collect();
        if glyphs.is_empty() {
            continue;
        }
        // Rules are drawn upright; only upright text is read against them.
        let rules = if dir == 0 {
            content.rules.as_slice()
        } else {
            &[]
        };
        out.push_str(&crate::layout::page_text(
            words::words(glyphs),
            rules,
            crate::layout::TAB_GAP_EM,
        ));
    }
    out
}

/// The text layer of one page as [`read_pdf`] sees it (for tools and tests).
pub fn page_text_of(doc: &Document, page_id: ObjectId) -> Result<String, ReadError> {
    content::read_page(doc, page_id, &mut FontCache::default())
        .map(|c| page_text(&c))
        .map_err(|e| ReadError::BadPdf(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::{dictionary, Object, Stream};

    /// A one-page document whose content stream repeats one text operation `n` times.
    fn doc_with_content(n: usize) -> (Document, ObjectId) {
        let mut doc = Document::with_version("1.5");
        let pages_id = doc.new_object_id();
        let ops = b"BT /F1 9 Tf (abc) Tj ET\n".repeat(n);
        let content = doc.add_object(Stream::new(dictionary! {}, ops));
        let page = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => content,
            "Resources" => dictionary! {},
        });
        doc.objects.insert(
            pages_id,
            Object::Dictionary(dictionary! {
                "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1,
            }),
        );
        let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
        doc.trailer.set("Root", catalog);
        (doc, page)
    }

    #[test]
    fn page_content_over_the_cap_is_refused() {
        let (doc, page) = doc_with_content(10);
        assert!(page_text_of(&doc, page).is_ok());
        // 20 MB: under the old 64 MB cap that let a 1 KB file take over 1 GB.
        let (doc, page) = doc_with_content((20 << 20) / 24);
        assert!(page_text_of(&doc, page).is_err());
    }
}

#[cfg(test)]
mod image_tests {
    use super::*;
    use crate::ocr::image::ImageData;
    use lopdf::{dictionary, Object, Stream};
    use std::io::Write;

    /// A two-page scan whose pages share one resource dictionary holding both page images
    /// (as mPDF page templates do); each page draws its own. Page 2's image is a JPEG
    /// stream under an extra Flate layer.
    fn shared_resources_scan() -> Vec<u8> {
        let mut doc = Document::with_version("1.5");
        let pages_id = doc.new_object_id();
        let jpeg_one = b"\xFF\xD8\xFF\xE0page-one\xFF\xD9".to_vec();
        let jpeg_two = b"\xFF\xD8\xFF\xE0page-two\xFF\xD9".to_vec();
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        z.write_all(&jpeg_two).expect("deflate");
        let image = |data: Vec<u8>, filter: Object| {
            Stream::new(
                dictionary! { "Type" => "XObject", "Subtype" => "Image", "Width" => 1700,
                "Height" => 2200, "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8,
                "Filter" => filter },
                data,
            )
        };
        let one = doc.add_object(image(jpeg_one, Object::Name(b"DCTDecode".to_vec())));
        let two = doc.add_object(image(
            z.finish().expect("deflate"),
            Object::Array(vec![
                Object::Name(b"FlateDecode".to_vec()),
                Object::Name(b"DCTDecode".to_vec()),
            ]),
        ));
        let resources = doc.add_object(dictionary! {
            "XObject" => dictionary! { "I1" => one, "I2" => two },
        });
        let mut kids = Vec::new();
        for name in ["I1", "I2"] {
            let content = format!("q 612 0 0 792 0 0 cm /{name} Do Q");
            let contents = doc.add_object(Stream::new(dictionary! {}, content.into_bytes()));
            kids.push(Object::Reference(doc.add_object(dictionary! {
                "Type" => "Page", "Parent" => pages_id, "Contents" => contents,
                "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
                "Resources" => resources,
            })));
        }
        doc.objects.insert(
            pages_id,
            Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => 2 }),
        );
        let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
        doc.trailer.set("Root", catalog);
        let mut out = Vec::new();
        doc.save_to(&mut out).expect("save");
        out
    }

    #[test]
    fn each_page_gives_the_image_it_draws_and_flate_over_jpeg_is_undone() {
        let pages = read_pdf(&shared_resources_scan(), &Pipeline::default()).expect("readable");
        let jpeg = |p: &PageSource| match p {
            PageSource::Image(img) => match &img.image {
                ImageData::Encoded { bytes, .. } => bytes.to_vec(),
                other => panic!("{other:?}"),
            },
            other => panic!("{other:?}"),
        };
        assert_eq!(jpeg(&pages[0]), b"\xFF\xD8\xFF\xE0page-one\xFF\xD9");
        assert_eq!(jpeg(&pages[1]), b"\xFF\xD8\xFF\xE0page-two\xFF\xD9");
        if let PageSource::Image(img) = &pages[0] {
            // 1700 pixels across 8.5 inches.
            assert_eq!(img.dpi, Some(200));
        }
    }
}
