//! Who may write: loopback by default, a token everywhere else, never another web site.

use std::net::SocketAddr;

use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::Response;

use super::error::AppError;
use super::state::AppState;

/// Refuses to listen beyond loopback without a token, so uploads are never open to the
/// network by accident.
pub fn check_bind(addr: SocketAddr, token: Option<&str>) -> Result<(), String> {
    match token {
        Some(t) if t.trim().len() < 8 => Err(
            "the write token (NASKAH_TOKEN / --token) must be at least 8 characters".to_string(),
        ),
        None if !addr.ip().is_loopback() => Err(format!(
            "refusing to serve on {addr} without a write token: set NASKAH_TOKEN (or --token) so \
             uploads and re-indexing need it, or listen on 127.0.0.1"
        )),
        _ => Ok(()),
    }
}

/// Allows a write (upload, re-index) only from this site, and only with the token when one
/// is set. `form_token` is the token field of an HTML form.
pub fn require_write(
    state: &AppState,
    headers: &HeaderMap,
    form_token: Option<&str>,
) -> Result<(), AppError> {
    // A page on another site can make the browser POST here (CSRF): browsers say so.
    if headers
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v == "cross-site")
    {
        return Err(AppError::forbidden(
            "writes from another web site are refused",
        ));
    }
    if let (Some(origin), Some(host)) = (header_str(headers, "origin"), header_str(headers, "host"))
    {
        let origin_host = origin.split("://").nth(1).unwrap_or(origin);
        if origin != "null" && origin_host != host {
            return Err(AppError::forbidden(format!(
                "writes from another origin ({origin}) are refused"
            )));
        }
    }
    let Some(expected) = state.token.as_deref() else {
        return Ok(());
    };
    let given = header_str(headers, "authorization")
        .and_then(|v| v.strip_prefix("Bearer "))
        .or_else(|| header_str(headers, "x-naskah-token"))
        .or(form_token);
    match given {
        Some(g) if constant_time_eq(g.trim().as_bytes(), expected.as_bytes()) => Ok(()),
        Some(_) => Err(AppError::forbidden("the write token is wrong")),
        None => Err(AppError::forbidden(
            "this server needs a write token: send `Authorization: Bearer TOKEN` (or fill in the token field)",
        )),
    }
}

fn header_str<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// On a loopback server, refuses requests addressed to any other host name: a web page
/// whose domain is made to resolve to 127.0.0.1 (DNS rebinding) would otherwise read the
/// archive and write to it with the browser's same-origin blessing.
pub async fn check_host(
    axum::extract::State(state): axum::extract::State<AppState>,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    if state.addr.ip().is_loopback() {
        if let Some(host) = req
            .headers()
            .get(header::HOST)
            .and_then(|v| v.to_str().ok())
        {
            if !is_loopback_host(host) {
                return axum::response::IntoResponse::into_response(AppError::forbidden(format!(
                    "this server answers only to 127.0.0.1 or localhost, not to '{host}'"
                )));
            }
        }
    }
    next.run(req).await
}

/// Whether a Host header names this machine's loopback (`localhost:8080`, `127.0.0.1`, `[::1]:80`).
pub fn is_loopback_host(host: &str) -> bool {
    let name = if let Some(rest) = host.strip_prefix('[') {
        rest.split(']').next().unwrap_or("")
    } else {
        host.split(':').next().unwrap_or("")
    };
    name.eq_ignore_ascii_case("localhost")
        || name
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// Headers on every answer: no scripts, no framing, no content sniffing.
pub async fn harden(mut res: Response) -> Response {
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binding_beyond_loopback_needs_a_token() {
        let lo: SocketAddr = "127.0.0.1:8080".parse().expect("addr");
        let any: SocketAddr = "0.0.0.0:8080".parse().expect("addr");
        assert!(check_bind(lo, None).is_ok());
        assert!(check_bind(any, None).is_err());
        assert!(check_bind(any, Some("short")).is_err());
        assert!(check_bind(any, Some("a-long-enough-token")).is_ok());
    }

    #[test]
    fn loopback_host_names() {
        for ok in [
            "127.0.0.1:8080",
            "localhost",
            "LOCALHOST:80",
            "[::1]:8080",
            "127.0.0.2",
        ] {
            assert!(is_loopback_host(ok), "{ok}");
        }
        for bad in [
            "evil.example:8080",
            "10.0.0.1",
            "localhost.evil.example",
            "[2001:db8::1]",
        ] {
            assert!(!is_loopback_host(bad), "{bad}");
        }
    }

    #[test]
    fn tokens_compare_exactly() {
        assert!(constant_time_eq(b"secret-token", b"secret-token"));
        assert!(!constant_time_eq(b"secret-token", b"secret-tokeN"));
        assert!(!constant_time_eq(b"secret", b"secret-token"));
    }
}
