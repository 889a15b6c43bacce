//! The scanned image of a page, decoded from its PDF stream into what OCR reads.

use std::sync::Arc;

use lopdf::{Dictionary, Document, Object, ObjectId, Stream};

use super::content::ImageDraw;
use crate::ocr::image::{PageImage, RawImage};
use crate::pipeline::Pipeline;

/// How deep form XObjects are searched for a page's image.
const MAX_FORM_DEPTH: usize = 4;

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

/// The page's scanned image: the image the page draws over the largest area (scans carry
/// one per page). Pages that share one resource dictionary (page templates) each draw
/// their own image, so the choice follows the drawing, not the resources; only when the
/// content draws none are the resources searched.
pub fn page_image(
    doc: &Document,
    page_id: ObjectId,
    drawn: &[ImageDraw],
    pipeline: &Pipeline,
) -> Result<Option<PageImage>, String> {
    let chosen = drawn
        .iter()
        .filter_map(|d| {
            let stream: &Stream = match (&d.inline, d.id) {
                (Some(s), _) => s,
                (None, Some(id)) => doc.get_object(id).ok()?.as_stream().ok()?,
                (None, None) => return None,
            };
            Some((d, stream))
        })
        .max_by(|(a, _), (b, _)| a.area.total_cmp(&b.area));
    let (stream, drawn_width) = match chosen {
        Some((d, s)) => (s, Some(d.width)),
        None => {
            let page = doc.get_dictionary(page_id).map_err(|e| e.to_string())?;
            let mut found: Vec<&Stream> = Vec::new();
            if let Some(resources) = inherited_resources(doc, page) {
                collect_images(doc, resources, 0, &mut found);
            }
            match found
                .into_iter()
                .max_by_key(|s| dim(s, b"Width").saturating_mul(dim(s, b"Height")))
            {
                Some(s) => (s, page_width_pt(doc, page_id)),
                None => return Ok(None),
            }
        }
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
    let dpi = drawn_width
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
    // A codec under general filters (`[/FlateDecode /DCTDecode]`): undo those first.
    let codec = matches!(
        last,
        Some(b"DCTDecode" | b"DCT" | b"JPXDecode" | b"CCITTFaxDecode" | b"CCF" | b"JBIG2Decode")
    );
    let payload: std::borrow::Cow<[u8]> = if codec && filters.len() > 1 {
        std::borrow::Cow::Owned(undo_general_filters(
            doc,
            stream,
            &filters[..filters.len() - 1],
        )?)
    } else {
        std::borrow::Cow::Borrowed(stream.content.as_slice())
    };
    let codec_index = filters.len().saturating_sub(1);
    match last {
        Some(b"DCTDecode" | b"DCT" | b"JPXDecode") => {
            Ok(ImageData::Encoded { bytes: Arc::from(payload.as_ref()), tiff_page: None })
        }
        Some(b"CCITTFaxDecode" | b"CCF") => {
            let parms = decode_parms(doc, dict, codec_index);
            let get = |k: &[u8]| parms.and_then(|p| p.get(k).ok());
            let k = get(b"K").and_then(|o| o.as_i64().ok()).unwrap_or(0);
            let columns = get(b"Columns").and_then(|o| o.as_i64().ok()).unwrap_or(1728);
            let rows = get(b"Rows").and_then(|o| o.as_i64().ok()).unwrap_or(i64::from(height));
            let black_is_1 = get(b"BlackIs1").and_then(|o| o.as_bool().ok()).unwrap_or(false);
            let tiff = crate::ocr::image::ccitt_to_tiff(&payload, columns as u32, rows as u32, k, black_is_1 ^ decode_inverted)?;
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

/// Cap on an image stream's bytes after its general filters (a 600-dpi A3 colour page is
/// about 210 MB raw; its JPEG far less).
const MAX_IMAGE_STREAM_BYTES: usize = 256 << 20;

/// The bytes of a stream after the general filters that precede its image codec.
fn undo_general_filters(
    doc: &Document,
    stream: &Stream,
    leading: &[Vec<u8>],
) -> Result<Vec<u8>, String> {
    let full = |f: &[u8]| -> Vec<u8> {
        match f {
            b"Fl" => b"FlateDecode".to_vec(),
            b"LZW" => b"LZWDecode".to_vec(),
            b"RL" => b"RunLengthDecode".to_vec(),
            b"AHx" => b"ASCIIHexDecode".to_vec(),
            b"A85" => b"ASCII85Decode".to_vec(),
            other => other.to_vec(),
        }
    };
    let mut dict = Dictionary::new();
    dict.set(
        "Filter",
        Object::Array(leading.iter().map(|f| Object::Name(full(f))).collect()),
    );
    let parms: Vec<Object> = (0..leading.len())
        .map(|i| {
            decode_parms(doc, &stream.dict, i)
                .map_or(Object::Null, |d| Object::Dictionary(d.clone()))
        })
        .collect();
    dict.set("DecodeParms", Object::Array(parms));
    let mut inner = Stream::new(dict, stream.content.clone());
    inner.allows_compression = false;
    inner
        .decompressed_content_with_limit(MAX_IMAGE_STREAM_BYTES)
        .map_err(|e| {
            let names: Vec<String> = leading
                .iter()
                .map(|f| format!("/{}", String::from_utf8_lossy(f)))
                .collect();
            format!(
                "image stream under {} cannot be decoded: {e}",
                names.join(" ")
            )
        })
}
