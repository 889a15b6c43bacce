//! Errors of the web app: a status and a message the user can act on, as JSON for the API
//! and as a page for the browser.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// An error answer: status and message.
#[derive(Debug, Clone)]
pub struct AppError {
    pub status: StatusCode,
    pub message: String,
}

impl AppError {
    /// 400: the request's parameters are wrong; the message says which and how.
    pub fn bad_request(message: impl Into<String>) -> AppError {
        AppError {
            status: StatusCode::BAD_REQUEST,
            message: message.into(),
        }
    }

    /// 404: nothing of that name.
    pub fn not_found(message: impl Into<String>) -> AppError {
        AppError {
            status: StatusCode::NOT_FOUND,
            message: message.into(),
        }
    }

    /// 403: a write without the right token, or from another site.
    pub fn forbidden(message: impl Into<String>) -> AppError {
        AppError {
            status: StatusCode::FORBIDDEN,
            message: message.into(),
        }
    }

    /// 413: the upload is over the limit.
    pub fn too_large(message: impl Into<String>) -> AppError {
        AppError {
            status: StatusCode::PAYLOAD_TOO_LARGE,
            message: message.into(),
        }
    }

    /// 500: the catalog or the index failed.
    pub fn internal(message: impl Into<String>) -> AppError {
        AppError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            message: message.into(),
        }
    }
}

impl From<crate::Error> for AppError {
    fn from(e: crate::Error) -> AppError {
        tracing::error!("{e}");
        AppError::internal(e.to_string())
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        (
            self.status,
            axum::Json(serde_json::json!({ "error": self.message })),
        )
            .into_response()
    }
}

/// The same error shown as an HTML page.
#[derive(Debug)]
pub struct PageError(pub AppError);

impl From<AppError> for PageError {
    fn from(e: AppError) -> PageError {
        PageError(e)
    }
}

impl From<crate::Error> for PageError {
    fn from(e: crate::Error) -> PageError {
        PageError(e.into())
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let e = self.0;
        let title = match e.status {
            StatusCode::BAD_REQUEST => "Permintaan tidak valid",
            StatusCode::NOT_FOUND => "Tidak ditemukan",
            StatusCode::FORBIDDEN => "Tidak diizinkan",
            StatusCode::PAYLOAD_TOO_LARGE => "Berkas terlalu besar",
            _ => "Terjadi kesalahan",
        };
        let body = super::html::layout(
            title,
            "",
            maud::html! {
                div.error-box {
                    h1 { (title) }
                    p { (e.message) }
                    p { a href="/" { "Kembali ke pencarian" } }
                }
            },
        );
        (e.status, body).into_response()
    }
}
