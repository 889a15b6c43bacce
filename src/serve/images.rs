//! Page images of scanned documents, and the original files. Both are read only from the
//! path the catalog holds for a document: no path ever comes from the request.
//! Page images are rendered once (decoded by leptonica, scaled to screen width, PNG) and
//! cached under `data/page-images/<sha256>/<page>.png`.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};

use crate::ingest::{read_file, PageSource};
use crate::pipeline::Pipeline;
use crate::store::StoredDocument;

use super::error::AppError;

/// Width page images are scaled down to (pixels).
const SHOWN_WIDTH: u32 = 1100;

/// The PNG of page `page` (from 1) of a scanned document, rendered on first request.
pub async fn page_image(
    data: &Path,
    doc: &StoredDocument,
    page: u32,
    pipeline: &Pipeline,
) -> Result<Response, AppError> {
    if page == 0 || page as usize > doc.pages.len() {
        return Err(AppError::not_found(format!(
            "{} has {} pages, not page {page}",
            doc.source,
            doc.pages.len()
        )));
    }
    let cached = data
        .join("page-images")
        .join(&doc.sha256)
        .join(format!("{page}.png"));
    if !cached.exists() {
        let original = PathBuf::from(&doc.path);
        let target = cached.clone();
        let pipeline = pipeline.clone();
        let source = doc.source.clone();
        tokio::task::spawn_blocking(move || render(&original, page, &pipeline, &target, &source))
            .await
            .map_err(|e| AppError::internal(format!("rendering the page crashed: {e}")))??;
    }
    let bytes = tokio::fs::read(&cached)
        .await
        .map_err(|e| AppError::internal(format!("cannot read {}: {e}", cached.display())))?;
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("image/png")),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("private, max-age=86400"),
            ),
        ],
        bytes,
    )
        .into_response())
}

fn render(
    original: &Path,
    page: u32,
    pipeline: &Pipeline,
    target: &Path,
    source: &str,
) -> Result<(), AppError> {
    let bytes: Arc<[u8]> = read_original(original, source)?.into();
    let read =
        read_file(&bytes, pipeline).map_err(|e| AppError::internal(format!("{source}: {e}")))?;
    let Some(PageSource::Image(image)) = read.pages.into_iter().nth(page as usize - 1) else {
        return Err(AppError::not_found(format!(
            "page {page} of {source} is text, not a scan: it has no page image"
        )));
    };
    let pix = image
        .image
        .decode()
        .map_err(|e| AppError::internal(format!("{source}, page {page}: {e}")))?;
    let shown = if pix.width() > SHOWN_WIDTH {
        pix.scale(SHOWN_WIDTH as f32 / pix.width() as f32)
            .ok_or_else(|| AppError::internal(format!("{source}, page {page}: cannot scale")))?
    } else {
        pix
    };
    let dir = target
        .parent()
        .ok_or_else(|| AppError::internal("page image cache has no folder"))?;
    std::fs::create_dir_all(dir).map_err(|e| {
        AppError::internal(format!("cannot create the folder {}: {e}", dir.display()))
    })?;
    // Written under another name and renamed, so a reader never sees half a file.
    let tmp = dir.join(format!("{page}.png.tmp{}", std::process::id()));
    shown
        .write_png(&tmp.to_string_lossy())
        .map_err(AppError::internal)?;
    std::fs::rename(&tmp, target)
        .map_err(|e| AppError::internal(format!("cannot save {}: {e}", target.display())))
}

fn read_original(path: &Path, source: &str) -> Result<Vec<u8>, AppError> {
    std::fs::read(path).map_err(|e| {
        AppError::not_found(format!(
            "the original file of {source} ({}) cannot be read: {e}; it may have been moved",
            path.display()
        ))
    })
}

/// The catalogued original file, as a download named after its source.
pub async fn original_file(doc: &StoredDocument) -> Result<Response, AppError> {
    let path = PathBuf::from(&doc.path);
    let source = doc.source.clone();
    let bytes = tokio::task::spawn_blocking(move || read_original(&path, &source))
        .await
        .map_err(|e| AppError::internal(e.to_string()))??;
    let mime = match doc.format.as_str() {
        "pdf" => "application/pdf",
        "png" => "image/png",
        "jpeg" => "image/jpeg",
        "tiff" => "image/tiff",
        "text" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };
    let name = super::imports::safe_name(&doc.source).replace('"', "_");
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{name}\""))
        .unwrap_or_else(|_| HeaderValue::from_static("attachment"));
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(mime)),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        bytes,
    )
        .into_response())
}
