//! PDF pages: the text layer where it is usable, else the page's scanned image for OCR.

use std::sync::Arc;

use lopdf::{Dictionary, Document, Object, ObjectId, Stream};

use crate::error::ReadError;
use crate::ingest::pdf_text;
use crate::ingest::{PageSource, TextQuality};
use crate::ocr::image::{PageImage, RawImage};
use crate::pipeline::Pipeline;

/// How deep form XObjects are searched for a page's image.
const MAX_FORM_DEPTH: usize = 4;

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
    let mut out = Vec::with_capacity(pages.len());
    for &page_id in pages.values() {
        out.push(read_page(&doc, page_id, pipeline));
    }
    Ok(out)
}

fn read_page(doc: &Document, page_id: ObjectId, pipeline: &Pipeline) -> PageSource {
    let text = pdf_text::page_text(doc, page_id).unwrap_or_default();
    let quality = TextQuality::of(&text);
    if quality.usable(&pipeline.text_layer) {
        return PageSource::TextLayer(text);
    }
    match page_image(doc, page_id, pipeline) {
        Ok(Some(image)) => PageSource::Image(image),
        Ok(None) if !text.trim().is_empty() => PageSource::TextLayer(text),
        Ok(None) => PageSource::Blank,
        // The batch names the page when it reports the reason.
        Err(reason) => PageSource::Unreadable(reason),
    }
}

/// Page width in points, from the (possibly inherited) MediaBox.
fn page_width_pt(doc: &Document, page_id: ObjectId) -> Option<f64> {
    let mut node = doc.get_dictionary(page_id).ok()?;
    for _ in 0..16 {
        if let Ok(obj) = node.get(b"MediaBox") {
            let (_, obj) = doc.dereference(obj).ok()?;
            let arr = obj.as_array().ok()?;
            let nums: Vec<f64> = arr
                .iter()
                .filter_map(|o| o.as_float().ok().map(f64::from))
                .collect();
            return (nums.len() == 4).then(|| (nums[2] - nums[0]).abs());
        }
        let parent = node.get(b"Parent").ok()?.as_reference().ok()?;
        node = doc.get_dictionary(parent).ok()?;
    }
    None
}

/// The largest image drawn on the page (scans carry one image per page).
fn page_image(
    doc: &Document,
    page_id: ObjectId,
    pipeline: &Pipeline,
) -> Result<Option<PageImage>, String> {
    let page = doc.get_dictionary(page_id).map_err(|e| e.to_string())?;
    let mut found: Vec<&Stream> = Vec::new();
    if let Some(resources) = inherited_resources(doc, page) {
        collect_images(doc, resources, 0, &mut found);
    }
    let Some(stream) = found
        .into_iter()
        .max_by_key(|s| dim(s, b"Width").saturating_mul(dim(s, b"Height")))
    else {
        return Ok(None);
    };
    let width = dim(stream, b"Width");
    let height = dim(stream, b"Height");
    if width == 0 || height == 0 {
        return Err("image without Width/Height".into());
    }
    // Saturating: declared sizes are untrusted and their product can overflow.
    if width.saturating_mul(height) > pipeline.limits.max_image_pixels {
        return Err(format!(
            "image of {width}x{height} pixels is over the limit of {} pixels (limits.max_image_pixels)",
            pipeline.limits.max_image_pixels
        ));
    }
    let dpi = page_width_pt(doc, page_id)
        .filter(|w| *w > 1.0)
        .map(|w| (width as f64 / (w / 72.0)).round() as u32);
    let image = image_from_stream(doc, stream, width as u32, height as u32)?;
    Ok(Some(PageImage { image, dpi }))
}

fn dim(s: &Stream, key: &[u8]) -> u64 {
    s.dict
        .get(key)
        .and_then(Object::as_i64)
        .map_or(0, |v| v.max(0) as u64)
}

fn inherited_resources<'a>(doc: &'a Document, mut node: &'a Dictionary) -> Option<&'a Dictionary> {
    for _ in 0..32 {
        if let Ok(res) = node.get(b"Resources") {
            return doc.dereference(res).ok()?.1.as_dict().ok();
        }
        let parent = node.get(b"Parent").ok()?.as_reference().ok()?;
        node = doc.get_dictionary(parent).ok()?;
    }
    None
}

/// Image XObjects of a resource dictionary, including those nested in form XObjects.
fn collect_images<'a>(
    doc: &'a Document,
    resources: &'a Dictionary,
    depth: usize,
    out: &mut Vec<&'a Stream>,
) {
    let Ok(xobjects) = resources.get(b"XObject") else {
        return;
    };
    let Ok((_, xobjects)) = doc.dereference(xobjects) else {
        return;
    };
    let Ok(xobjects) = xobjects.as_dict() else {
        return;
    };
    for (_, value) in xobjects.iter() {
        let Ok((_, obj)) = doc.dereference(value) else {
            continue;
        };
        let Ok(stream) = obj.as_stream() else {
            continue;
        };
        match stream.dict.get(b"Subtype").and_then(Object::as_name) {
            Ok(b"Image") => out.push(stream),
            Ok(b"Form") if depth < MAX_FORM_DEPTH => {
                if let Ok(res) = stream.dict.get(b"Resources") {
                    if let Ok((_, Object::Dictionary(res))) = doc.dereference(res) {
                        collect_images(doc, res, depth + 1, out);
                    }
                }
            }
            _ => {}
        }
    }
}

fn name_list(doc: &Document, obj: Option<&Object>) -> Vec<Vec<u8>> {
    let Some(obj) = obj else { return Vec::new() };
    match doc.dereference(obj).map(|(_, o)| o) {
        Ok(Object::Name(n)) => vec![n.clone()],
        Ok(Object::Array(a)) => a
            .iter()
            .filter_map(|o| o.as_name().ok().map(<[u8]>::to_vec))
            .collect(),
        _ => Vec::new(),
    }
}

/// The `DecodeParms` dictionary that belongs to the filter at `index`.
fn decode_parms<'a>(
    doc: &'a Document,
    dict: &'a Dictionary,
    index: usize,
) -> Option<&'a Dictionary> {
    let obj = dict.get(b"DecodeParms").or_else(|_| dict.get(b"DP")).ok()?;
    match doc.dereference(obj).ok()?.1 {
        Object::Dictionary(d) => Some(d),
        Object::Array(a) => doc.dereference(a.get(index)?).ok()?.1.as_dict().ok(),
        _ => None,
    }
}

/// Colour components and palette of an image's colour space.
fn color_space(doc: &Document, dict: &Dictionary) -> Result<(u8, Option<Vec<u8>>), String> {
    let Ok(cs) = dict.get(b"ColorSpace") else {
        return Ok((1, None));
    };
    let cs = doc.dereference(cs).map_err(|e| e.to_string())?.1;
    components_of(doc, cs)
}

fn components_of(doc: &Document, cs: &Object) -> Result<(u8, Option<Vec<u8>>), String> {
    match cs {
        Object::Name(n) => match n.as_slice() {
            b"DeviceGray" | b"CalGray" | b"G" => Ok((1, None)),
            b"DeviceRGB" | b"CalRGB" | b"RGB" => Ok((3, None)),
            b"DeviceCMYK" | b"CMYK" => Ok((4, None)),
            other => Err(format!(
                "unsupported colour space /{}",
                String::from_utf8_lossy(other)
            )),
        },
        Object::Array(a) => {
            let kind = a.first().and_then(|o| o.as_name().ok()).unwrap_or(b"");
            match kind {
                b"ICCBased" => {
                    let n = a
                        .get(1)
                        .and_then(|o| doc.dereference(o).ok())
                        .and_then(|(_, o)| o.as_stream().ok())
                        .and_then(|s| s.dict.get(b"N").and_then(Object::as_i64).ok())
                        .unwrap_or(3);
                    Ok((n.clamp(1, 4) as u8, None))
                }
                b"Indexed" | b"I" => {
                    let base = a.get(1).ok_or("Indexed colour space without base")?;
                    let base = doc.dereference(base).map_err(|e| e.to_string())?.1;
                    let (base_n, _) = components_of(doc, base)?;
                    let lookup = a.get(3).ok_or("Indexed colour space without lookup")?;
                    let lookup = match doc.dereference(lookup).map_err(|e| e.to_string())?.1 {
                        Object::String(s, _) => s.clone(),
                        Object::Stream(s) => s
                            .decompressed_content_with_limit(1 << 20)
                            .map_err(|e| e.to_string())?,
                        _ => return Err("Indexed colour space with a bad lookup table".into()),
                    };
                    // Expand the palette to grey levels so the worker sees one component.
                    let grey: Vec<u8> = lookup
                        .chunks(usize::from(base_n))
                        .map(crate::ocr::image::to_grey)
                        .collect();
                    Ok((1, Some(grey)))
                }
                b"CalGray" | b"DeviceGray" => Ok((1, None)),
                b"CalRGB" | b"DeviceRGB" | b"Lab" => Ok((3, None)),
                b"Separation" | b"DeviceN" => Ok((1, None)),
                other => Err(format!(
                    "unsupported colour space /{}",
                    String::from_utf8_lossy(other)
                )),
            }
        }
        _ => Err("unreadable colour space".into()),
    }
}

fn image_from_stream(
    doc: &Document,
    stream: &Stream,
    width: u32,
    height: u32,
) -> Result<crate::ocr::image::ImageData, String> {
    use crate::ocr::image::ImageData;
    let dict = &stream.dict;
    let filters = name_list(doc, dict.get(b"Filter").or_else(|_| dict.get(b"F")).ok());
    let last = filters.last().map(Vec::as_slice);
    let decode_inverted = dict
        .get(b"Decode")
        .and_then(Object::as_array)
        .ok()
        .and_then(|a| a.first().and_then(|o| o.as_float().ok()))
        .is_some_and(|first| first > 0.5);
    match last {
        Some(b"DCTDecode") | Some(b"DCT") if filters.len() == 1 => {
            Ok(ImageData::Encoded { bytes: Arc::from(stream.content.as_slice()), tiff_page: None })
        }
        Some(b"JPXDecode") if filters.len() == 1 => {
            Ok(ImageData::Encoded { bytes: Arc::from(stream.content.as_slice()), tiff_page: None })
        }
        Some(b"CCITTFaxDecode") | Some(b"CCF") if filters.len() == 1 => {
            let parms = decode_parms(doc, dict, 0);
            let get = |k: &[u8]| parms.and_then(|p| p.get(k).ok());
            let k = get(b"K").and_then(|o| o.as_i64().ok()).unwrap_or(0);
            let columns = get(b"Columns").and_then(|o| o.as_i64().ok()).unwrap_or(1728);
            let rows = get(b"Rows").and_then(|o| o.as_i64().ok()).unwrap_or(i64::from(height));
            let black_is_1 = get(b"BlackIs1").and_then(|o| o.as_bool().ok()).unwrap_or(false);
            let tiff = crate::ocr::image::ccitt_to_tiff(&stream.content, columns as u32, rows as u32, k, black_is_1 ^ decode_inverted)?;
            Ok(ImageData::Encoded { bytes: Arc::from(tiff), tiff_page: Some(0) })
        }
        Some(b"JBIG2Decode") => Err("JBIG2-compressed page images are not supported; convert the PDF (e.g. `ocrmypdf` or `pdfimages`) and ingest again".into()),
        Some(other) if !matches!(other, b"FlateDecode" | b"Fl" | b"LZWDecode" | b"LZW" | b"RunLengthDecode" | b"RL" | b"ASCIIHexDecode" | b"AHx" | b"ASCII85Decode" | b"A85") => {
            Err(format!("image filter /{} is not supported", String::from_utf8_lossy(other)))
        }
        _ => {
            let bits = dict.get(b"BitsPerComponent").and_then(Object::as_i64).unwrap_or(8);
            let is_mask = dict.get(b"ImageMask").and_then(Object::as_bool).unwrap_or(false);
            let (components, palette) = if is_mask { (1, None) } else { color_space(doc, dict)? };
            if !matches!(bits, 1 | 2 | 4 | 8 | 16) {
                return Err(format!("unsupported BitsPerComponent {bits}"));
            }
            // Stencil masks paint where a bit is 0 by default, so 0 is ink (black).
            Ok(ImageData::Raw(RawImage {
                stream: stream.clone(),
                width,
                height,
                bits: bits as u8,
                components,
                palette,
                invert: decode_inverted,
            }))
        }
    }
}
