//! End-to-end tests of `naskah serve`: the real binary serving a catalog built from dev
//! corpus files (born-digital PDFs, one scan, a hostile text file, a broken file), its JSON
//! API hit on every endpoint with good and bad parameters, and headless Chromium driven
//! through WebDriver (chromedriver) over the pages: search, open a document, grants,
//! CSV download, import. Screenshots go to target/web-screenshots/.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

/// Born-digital PDFs (fast), an NPHD with amounts and tranches, and one scanned page.
const CORPUS: [&str; 4] = [
    "nphd-kotabaru-polres-2023.pdf",
    "surat-bpkad-kalsel-2024-hibah-tahap2.pdf",
    "se-bkd-kalsel-2024-jam-kerja-ramadan.pdf",
    "nd-sekda-tanbu-2024-hibah-pengamanan.jpg",
];

/// OCR text is untrusted: this document tries to inject markup into every page.
const HOSTILE: &str = "SURAT EDARAN\nNomor: 800/1/XSS/2024\nTentang <script>alert('xss')</script> \
<img src=x onerror=alert(1)> penyusupan skrip\n\nBanjarbaru, 2 Januari 2024\n";

fn dev_docs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/dev/docs")
}

fn naskah(data: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_naskah"));
    c.arg("--data").arg(data);
    c
}

/// A running `naskah serve`, stopped when dropped.
struct Server {
    child: Child,
    base: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

async fn start_server(data: &Path, extra: &[&str]) -> Server {
    let port = free_port();
    let child = naskah(data)
        .args(["serve", "--addr", &format!("127.0.0.1:{port}")])
        .args(extra)
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start naskah serve");
    let server = Server {
        child,
        base: format!("http://127.0.0.1:{port}"),
    };
    let started = Instant::now();
    loop {
        if let Ok(r) = reqwest::get(format!("{}/api/status", server.base)).await {
            if r.status().is_success() {
                return server;
            }
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "naskah serve did not answer within 30 s"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Builds the test corpus and its catalog; returns (data folder, corpus folder).
fn build_catalog(tmp: &Path) -> (PathBuf, PathBuf) {
    let corpus = tmp.join("corpus");
    std::fs::create_dir_all(&corpus).expect("corpus folder");
    for name in CORPUS {
        std::fs::copy(dev_docs().join(name), corpus.join(name)).expect("copy a dev document");
    }
    std::fs::write(corpus.join("hostile.txt"), HOSTILE).expect("write hostile.txt");
    std::fs::write(corpus.join("broken.pdf"), b"%PDF-1.7\nnot really a pdf").expect("write");
    let data = tmp.join("data");
    let out = naskah(&data)
        .arg("ingest")
        .arg(&corpus)
        .output()
        .expect("run naskah ingest");
    // 2: some files failed (broken.pdf, on purpose); the rest were ingested.
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (data, corpus)
}

async fn get_json(url: &str) -> (u16, Value) {
    let r = reqwest::get(url).await.expect("GET");
    let status = r.status().as_u16();
    let body = r.json::<Value>().await.expect("a JSON body");
    (status, body)
}

fn hit_by_source<'a>(found: &'a Value, source: &str) -> Option<&'a Value> {
    found["hits"]
        .as_array()?
        .iter()
        .find(|h| h["source"] == source)
}

async fn doc_id(base: &str, source: &str) -> i64 {
    let (_, all) = get_json(&format!("{base}/api/search?limit=100")).await;
    hit_by_source(&all, source)
        .and_then(|h| h["id"].as_i64())
        .unwrap_or_else(|| panic!("{source} is not listed: {all}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn web_app_and_api_on_a_small_corpus() {
    let tmp = tempfile::tempdir().expect("tmp");
    let (data, corpus) = build_catalog(tmp.path());
    let server = start_server(&data, &[]).await;
    let base = server.base.clone();
    api_checks(&base, &corpus).await;
    browser_checks(&base).await;
}

async fn api_checks(base: &str, corpus: &Path) {
    // Search: hits carry their source; filters narrow; facets count.
    let (s, found) = get_json(&format!("{base}/api/search?q=hibah")).await;
    assert_eq!(s, 200);
    assert!(found["total"].as_u64().unwrap_or(0) >= 2, "{found}");
    assert!(
        hit_by_source(&found, "nphd-kotabaru-polres-2023.pdf").is_some(),
        "{found}"
    );
    let (s, nphd) = get_json(&format!("{base}/api/search?q=hibah&type=nphd&limit=5")).await;
    assert_eq!(s, 200);
    assert_eq!(nphd["total"], 1, "{nphd}");
    assert_eq!(nphd["hits"][0]["source"], "nphd-kotabaru-polres-2023.pdf");
    assert_eq!(nphd["facets"]["doc_type"]["nphd"], 1);
    // The NPHD states billions: its range facet, used as a filter, finds it again.
    let range = nphd["amounts"]
        .as_array()
        .and_then(|a| a.iter().find(|r| r["label"] == "Rp1 – 10 miliar"))
        .unwrap_or_else(|| panic!("no amount range facet: {nphd}"));
    assert_eq!(range["count"], 1);
    let (_, ranged) = get_json(&format!(
        "{base}/api/search?type=nphd&min_amount={}&max_amount={}",
        range["min"], range["max"]
    ))
    .await;
    assert_eq!(ranged["total"], 1, "{ranged}");
    let (_, big) = get_json(&format!(
        "{base}/api/search?min_amount=1%20miliar&year=2023"
    ))
    .await;
    assert!(
        hit_by_source(&big, "nphd-kotabaru-polres-2023.pdf").is_some(),
        "{big}"
    );
    assert!(hit_by_source(&big, "se-bkd-kalsel-2024-jam-kerja-ramadan.pdf").is_none());
    let (_, paged) = get_json(&format!("{base}/api/search?limit=2&offset=2")).await;
    assert_eq!(paged["hits"].as_array().map(Vec::len), Some(2), "{paged}");
    assert_eq!(paged["offset"], 2);

    // Bad parameters: 400 with a message naming the parameter, never 500.
    for (query, needle) in [
        ("limit=0", "limit"),
        ("limit=abc", "limit"),
        ("limit=100000", "limit"),
        ("offset=-1", "offset"),
        ("type=memo", "type"),
        ("from=07-11-2023", "from"),
        ("from=2024-01-01&to=2023-01-01", "after"),
        ("year=abc", "year"),
        ("min_amount=banyak", "min_amount"),
        ("min_amount=10&max_amount=1", "min_amount"),
        ("cites=sesuatu", "regulation"),
        ("sort=random", "sort"),
        ("colour=red", "unknown parameter"),
    ] {
        let (s, body) = get_json(&format!("{base}/api/search?{query}")).await;
        assert_eq!(s, 400, "{query}: {body}");
        let msg = body["error"].as_str().unwrap_or("");
        assert!(msg.contains(needle), "{query}: {msg}");
        // The page answers the same way, as HTML.
        let page = reqwest::get(format!("{base}/search?{query}"))
            .await
            .expect("GET");
        assert_eq!(page.status().as_u16(), 400, "page {query}");
    }

    // Documents: record, evidence with passages, pages with origin and confidence.
    let nphd_id = doc_id(base, "nphd-kotabaru-polres-2023.pdf").await;
    let (s, doc) = get_json(&format!("{base}/api/documents/{nphd_id}")).await;
    assert_eq!(s, 200);
    assert_eq!(doc["record"]["doc_type"], "nphd");
    assert!(
        doc["evidence"]
            .as_array()
            .is_some_and(|e| e.iter().any(|e| e["field"] == "amounts"
                && e["passage"].as_str().is_some_and(|p| p.contains("Rp")))),
        "{}",
        doc["evidence"]
    );
    assert_eq!(doc["pages"][0]["origin"], "text_layer");
    for (path, status) in [
        ("/api/documents/abc", 400),
        ("/api/documents/-3", 400),
        ("/api/documents/999999", 404),
        ("/api/documents/1/pages/x/image", 400),
        ("/api/documents/1/pages/99/image", 404),
        ("/api/imports/abc", 400),
        ("/api/imports/424242", 404),
        ("/api/nothing-here", 404),
    ] {
        let (s, body) = get_json(&format!("{base}{path}")).await;
        assert_eq!(s, status, "{path}: {body}");
        assert!(body["error"].is_string(), "{path}: {body}");
    }

    // The original file, byte for byte; a text page has no image; a scan page has a PNG.
    let file = reqwest::get(format!("{base}/api/documents/{nphd_id}/file"))
        .await
        .expect("GET file");
    assert_eq!(file.status().as_u16(), 200);
    let bytes = file.bytes().await.expect("file bytes");
    let original = std::fs::read(corpus.join("nphd-kotabaru-polres-2023.pdf")).expect("read");
    assert!(
        bytes[..] == original[..],
        "the download is not the original file"
    );
    let text_page = reqwest::get(format!("{base}/api/documents/{nphd_id}/pages/1/image"))
        .await
        .expect("GET");
    assert_eq!(text_page.status().as_u16(), 404);
    let scan_id = doc_id(base, "nd-sekda-tanbu-2024-hibah-pengamanan.jpg").await;
    let (_, scan) = get_json(&format!("{base}/api/documents/{scan_id}")).await;
    assert_eq!(scan["pages"][0]["origin"], "ocr");
    assert!(scan["pages"][0]["confidence"].as_f64().is_some(), "{scan}");
    let image_url = scan["pages"][0]["image"].as_str().expect("an image link");
    let png = reqwest::get(format!("{base}{image_url}"))
        .await
        .expect("GET png");
    assert_eq!(png.status().as_u16(), 200);
    assert_eq!(
        png.headers()["content-type"].to_str().unwrap_or(""),
        "image/png"
    );
    assert!(png.bytes().await.expect("png").starts_with(b"\x89PNG"));

    // Grants: the NPHD with grantor, grantee, amount and tranches; the letters listed.
    let (s, grants) = get_json(&format!("{base}/api/grants")).await;
    assert_eq!(s, 200);
    let list = grants["grants"].as_array().expect("grants list");
    let agreement = list
        .iter()
        .find(|g| g["source"] == "nphd-kotabaru-polres-2023.pdf")
        .expect("the NPHD is a grant");
    assert_eq!(agreement["kind"], "agreement");
    assert!(agreement["amount"].as_i64().unwrap_or(0) > 0, "{agreement}");
    assert!(agreement["grantee"].is_string(), "{agreement}");
    assert!(list.iter().any(
        |g| g["source"] == "surat-bpkad-kalsel-2024-hibah-tahap2.pdf" && g["kind"] == "letter"
    ));
    assert_eq!(grants["totals"]["agreements"], 1);
    assert_eq!(grants["totals"]["amount"], agreement["amount"]);
    let csv = reqwest::get(format!("{base}/api/grants.csv"))
        .await
        .expect("GET csv")
        .text()
        .await
        .expect("csv");
    assert!(
        csv.starts_with("id,sumber,jenis,nomor,tanggal,pemberi_hibah"),
        "{csv}"
    );
    assert!(csv.contains("nphd-kotabaru-polres-2023.pdf"));

    // Escaping: the hostile document's text is shown, never run.
    let hostile_id = doc_id(base, "hostile.txt").await;
    for path in [
        format!("/documents/{hostile_id}"),
        "/search?q=penyusupan".to_string(),
    ] {
        let html = reqwest::get(format!("{base}{path}"))
            .await
            .expect("GET")
            .text()
            .await
            .expect("html");
        assert!(
            html.contains("&lt;script&gt;"),
            "{path} does not show the text"
        );
        assert!(!html.contains("<script"), "{path} lets a script through");
        assert!(!html.contains("<img src=x"), "{path} lets markup through");
    }

    // Import: failures with reasons; an upload is ingested in the background.
    let (s, imports) = get_json(&format!("{base}/api/imports")).await;
    assert_eq!(s, 200);
    assert!(
        imports["failures"].as_array().is_some_and(|f| f
            .iter()
            .any(|f| f["source"] == "broken.pdf" && f["reason"].is_string())),
        "{imports}"
    );
    let client = reqwest::Client::new();
    let form = reqwest::multipart::Form::new().part(
        "file",
        reqwest::multipart::Part::bytes(
            std::fs::read(
                Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/nota-dinas-hibah.txt"),
            )
            .expect("sample"),
        )
        .file_name("../../nota-dinas-hibah.txt"),
    );
    let r = client
        .post(format!("{base}/api/uploads"))
        .multipart(form)
        .send()
        .await
        .expect("POST upload");
    assert_eq!(r.status().as_u16(), 202);
    let started: Value = r.json().await.expect("json");
    let status_url = format!("{base}{}", started["status"].as_str().expect("status link"));
    let t0 = Instant::now();
    let job = loop {
        let (_, job) = get_json(&status_url).await;
        if job["state"] == "finished" {
            break job;
        }
        assert!(
            t0.elapsed() < Duration::from_secs(60),
            "import did not finish: {job}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    assert_eq!(job["ingested"], 1, "{job}");
    assert_eq!(
        job["files"][0], "nota-dinas-hibah.txt",
        "the name lost its path"
    );
    let (_, found) = get_json(&format!("{base}/api/search?q=hibah&limit=50")).await;
    assert!(
        hit_by_source(&found, "nota-dinas-hibah.txt").is_some(),
        "{found}"
    );
    // Written under the data folder, in a folder named by content.
    let new_id = job["documents"][0].as_i64().expect("the new document's id");
    let (_, new_doc) = get_json(&format!("{base}/api/documents/{new_id}")).await;
    assert_eq!(new_doc["source"], "nota-dinas-hibah.txt");

    // Writes from another site, and empty or oversized uploads, are refused.
    let r = client
        .post(format!("{base}/api/reindex"))
        .header("Origin", "http://evil.example")
        .send()
        .await
        .expect("POST");
    assert_eq!(r.status().as_u16(), 403);
    let r = client
        .post(format!("{base}/api/reindex"))
        .send()
        .await
        .expect("POST");
    assert_eq!(r.status().as_u16(), 200);
    let empty = reqwest::multipart::Form::new().text("note", "x");
    let r = client
        .post(format!("{base}/api/uploads"))
        .multipart(empty)
        .send()
        .await
        .expect("POST");
    assert_eq!(r.status().as_u16(), 400);
    let r = client
        .post(format!("{base}/api/uploads"))
        .multipart(reqwest::multipart::Form::new())
        .send()
        .await
        .expect("POST");
    assert_eq!(r.status().as_u16(), 400);

    // Every documented route answers (GETs), and the description lists the routes.
    let (_, spec) = get_json(&format!("{base}/api/openapi.json")).await;
    assert_eq!(spec["openapi"], "3.1.0");
    let paths = spec["paths"].as_object().expect("paths");
    assert!(paths.contains_key("/api/search") && paths.contains_key("/api/uploads"));
    for (path, item) in paths {
        if item.get("get").is_none() {
            continue;
        }
        let url = path
            .replace("/documents/{id}", &format!("/documents/{scan_id}"))
            .replace("{page}", "1")
            .replace("/imports/{id}", &format!("/imports/{}", started["import"]));
        let r = reqwest::get(format!("{base}{url}")).await.expect("GET");
        assert_eq!(r.status().as_u16(), 200, "GET {url}");
    }
    // A loopback server answers only to loopback names (no DNS rebinding).
    {
        use std::io::{Read, Write};
        let addr = base.trim_start_matches("http://");
        let mut s = std::net::TcpStream::connect(addr).expect("connect");
        s.set_read_timeout(Some(Duration::from_secs(10)))
            .expect("timeout");
        write!(
            s,
            "GET /api/status HTTP/1.1\r\nHost: rebound.example:8080\r\nConnection: close\r\n\r\n"
        )
        .expect("send");
        let mut answer = String::new();
        let _ = s.read_to_string(&mut answer);
        assert!(answer.starts_with("HTTP/1.1 403"), "{answer}");
    }
    // Security headers on every answer.
    let r = reqwest::get(format!("{base}/")).await.expect("GET");
    let csp = r.headers()["content-security-policy"]
        .to_str()
        .unwrap_or("");
    assert!(csp.contains("default-src 'none'"), "{csp}");
}

/// chromedriver, or None (with a loud message) when Chromium is not installed here.
fn chromedriver() -> Option<PathBuf> {
    for p in ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"] {
        if Path::new(p).exists() {
            return Some(PathBuf::from(p));
        }
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!(
            "chromedriver is missing; tools/install-deps.sh installs chromium and chromium-driver"
        );
    }
    eprintln!("\n\n*** SKIPPING THE BROWSER TEST: chromium-driver is not installed (apt-get install chromium chromium-driver) ***\n\n");
    None
}

fn screenshot_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/web-screenshots");
    std::fs::create_dir_all(&dir).expect("screenshot folder");
    dir
}

async fn shot(client: &fantoccini::Client, name: &str) {
    let png = client.screenshot().await.expect("screenshot");
    std::fs::write(screenshot_dir().join(format!("{name}.png")), png).expect("save screenshot");
}

/// Waits until the browser's URL passes `ok` (the state a click produces), so a wait for an
/// element never finds the one the previous page already had.
async fn wait_url(
    c: &fantoccini::Client,
    what: &str,
    ok: impl Fn(&str) -> bool,
) -> Result<(), fantoccini::error::CmdError> {
    let t0 = Instant::now();
    loop {
        let url = c.current_url().await?;
        if ok(url.as_str()) {
            return Ok(());
        }
        assert!(
            t0.elapsed() < Duration::from_secs(30),
            "waited 30 s for {what}; the browser is still at {url}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn browser_checks(base: &str) {
    use fantoccini::Locator;
    let Some(driver) = chromedriver() else {
        return;
    };
    let port = free_port();
    let mut chromedriver = Command::new(driver)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromedriver");
    let download_dir = tempfile::tempdir().expect("download folder");
    let downloads = download_dir.path().to_path_buf();
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({ "args": ["--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--window-size=1280,1400", "--lang=id"],
            "prefs": { "download.default_directory": downloads.to_string_lossy(),
                       "download.prompt_for_download": false } }),
    );
    let t0 = Instant::now();
    let client = loop {
        match fantoccini::ClientBuilder::new(
            hyper_util::client::legacy::connect::HttpConnector::new(),
        )
        .capabilities(caps.clone())
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        {
            Ok(c) => break c,
            Err(e) if t0.elapsed() < Duration::from_secs(30) => {
                let _ = e;
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            Err(e) => panic!("cannot start Chromium through chromedriver: {e}"),
        }
    };
    let result = drive(&client, base, &downloads).await;
    let _ = client.close().await;
    let _ = chromedriver.kill();
    let _ = chromedriver.wait();
    result.unwrap_or_else(|e| panic!("browser: {e}"));

    async fn drive(
        c: &fantoccini::Client,
        base: &str,
        downloads: &Path,
    ) -> Result<(), fantoccini::error::CmdError> {
        // Search from the home page.
        c.goto(&format!("{base}/")).await?;
        shot(c, "1-home").await;
        let q = c.find(Locator::Css("input[name=q]")).await?;
        q.send_keys("perjanjian hibah").await?;
        c.find(Locator::Css(".searchbar button"))
            .await?
            .click()
            .await?;
        // The home page has a #summary too: wait for the search's own URL first.
        wait_url(c, "the search page", |u| {
            u.contains("/search") && u.contains("q=perjanjian")
        })
        .await?;
        c.wait().for_element(Locator::Id("summary")).await?;
        let hits = c.find_all(Locator::Css("article.hit")).await?;
        assert!(!hits.is_empty(), "no hits shown");
        assert!(
            !c.find_all(Locator::Css("article.hit mark"))
                .await?
                .is_empty(),
            "no highlight"
        );
        shot(c, "2-search").await;

        // A facet narrows the search.
        let facet = c
            .find(Locator::XPath(
                "//div[@class='facet']/a[starts-with(., 'NPHD')]",
            ))
            .await?;
        facet.click().await?;
        wait_url(c, "the search narrowed to NPHD", |u| {
            u.contains("type=nphd")
        })
        .await?;
        c.wait().for_element(Locator::Id("summary")).await?;
        let summary = c.find(Locator::Id("summary")).await?.text().await?;
        assert!(summary.starts_with("1 dokumen"), "{summary}");

        // Open the hit.
        c.find(Locator::Css("a.hit-link")).await?.click().await?;
        wait_url(c, "the document page", |u| u.contains("/documents/")).await?;
        c.wait().for_element(Locator::Id("download")).await?;
        let body = c.find(Locator::Css("main")).await?.text().await?;
        assert!(
            body.contains("Data yang diekstrak") && body.contains("Halaman 1"),
            "{body}"
        );
        assert!(body.contains("Rp"), "no amount shown");
        shot(c, "3-document").await;
        c.find(Locator::Id("back")).await?.click().await?;
        wait_url(c, "the search page again", |u| {
            u.contains("/search") && u.contains("q=perjanjian")
        })
        .await?;
        c.wait().for_element(Locator::Id("summary")).await?;

        // A scanned document shows its page image, loaded.
        c.goto(&format!("{base}/search?q=pengamanan")).await?;
        c.find(Locator::Css("a.hit-link")).await?.click().await?;
        wait_url(c, "the scan's document page", |u| u.contains("/documents/")).await?;
        c.wait().for_element(Locator::Css(".page img")).await?;
        let loaded = c
            .execute(
                "const i = document.querySelector('.page img'); return i.complete && i.naturalWidth > 100;",
                vec![],
            )
            .await?;
        assert_eq!(
            loaded,
            serde_json::json!(true),
            "the page image did not load"
        );
        shot(c, "4-scan").await;
        c.execute("document.getElementById('hlm-1').scrollIntoView();", vec![])
            .await?;
        shot(c, "4-scan-page").await;

        // The hostile document: its markup is text, no script element anywhere.
        c.goto(&format!("{base}/search?q=penyusupan")).await?;
        c.find(Locator::Css("a.hit-link")).await?.click().await?;
        wait_url(c, "the hostile document's page", |u| {
            u.contains("/documents/")
        })
        .await?;
        c.wait().for_element(Locator::Id("download")).await?;
        let scripts = c
            .execute(
                "return document.querySelectorAll('script, img[src=x]').length;",
                vec![],
            )
            .await?;
        assert_eq!(scripts, serde_json::json!(0));
        assert!(c.source().await?.contains("&lt;script&gt;alert"));

        // Grants, then the CSV through the page's own link.
        c.goto(&format!("{base}/")).await?;
        c.find(Locator::LinkText("Hibah")).await?.click().await?;
        wait_url(c, "the grants page", |u| u.contains("/grants")).await?;
        c.wait().for_element(Locator::Id("grants")).await?;
        let rows = c.find_all(Locator::Css("#grants tbody tr")).await?;
        assert!(rows.len() >= 2, "grants table has {} rows", rows.len());
        assert!(
            !c.find_all(Locator::Css("svg rect")).await?.is_empty(),
            "no chart"
        );
        shot(c, "5-grants").await;
        c.find(Locator::Id("csv")).await?.click().await?;
        let file = downloads.join("hibah.csv");
        let t0 = Instant::now();
        while !file.exists() && t0.elapsed() < Duration::from_secs(15) {
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let csv = std::fs::read_to_string(&file).expect("the browser saved hibah.csv");
        assert!(csv.starts_with("id,sumber,jenis"), "{csv}");
        assert!(csv.contains("nphd-kotabaru-polres-2023.pdf"));

        // Import page: the failed file and its reason.
        c.find(Locator::LinkText("Impor")).await?.click().await?;
        wait_url(c, "the import page", |u| u.contains("/import")).await?;
        c.wait().for_element(Locator::Id("upload")).await?;
        let failures = c.find(Locator::Id("failures")).await?.text().await?;
        assert!(failures.contains("broken.pdf"), "{failures}");
        // The import queue counts files of every import, the command line's included.
        let queue = c.find(Locator::Id("queue")).await?.text().await?;
        assert!(
            queue.contains("1 gagal") && queue.contains("selesai"),
            "{queue}"
        );
        shot(c, "6-import").await;
        Ok(())
    }
}

/// Off loopback a token is required to start; with a token, writes need it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn writes_need_the_token() {
    let tmp = tempfile::tempdir().expect("tmp");
    let data = tmp.path().join("data");
    let out = naskah(&data)
        .args(["serve", "--addr", "0.0.0.0:0"])
        .env_remove("NASKAH_TOKEN")
        .output()
        .expect("run naskah serve");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("NASKAH_TOKEN"), "{err}");

    let server = start_server(&data, &["--token", "a-long-secret-token"]).await;
    let client = reqwest::Client::new();
    let form = || {
        reqwest::multipart::Form::new().part(
            "file",
            reqwest::multipart::Part::bytes(b"NOTA DINAS\nhibah uji\n".to_vec())
                .file_name("uji.txt"),
        )
    };
    let url = format!("{}/api/uploads", server.base);
    let r = client
        .post(&url)
        .multipart(form())
        .send()
        .await
        .expect("POST");
    assert_eq!(r.status().as_u16(), 403);
    let r = client
        .post(&url)
        .bearer_auth("wrong-token-123")
        .multipart(form())
        .send()
        .await
        .expect("POST");
    assert_eq!(r.status().as_u16(), 403);
    let r = client
        .post(&url)
        .bearer_auth("a-long-secret-token")
        .multipart(form())
        .send()
        .await
        .expect("POST");
    assert_eq!(r.status().as_u16(), 202);
    // The form's token field works too.
    let r = client
        .post(&url)
        .multipart(form().text("token", "a-long-secret-token"))
        .send()
        .await
        .expect("POST");
    assert_eq!(r.status().as_u16(), 202);
    let r = client
        .post(format!("{}/api/reindex", server.base))
        .send()
        .await
        .expect("POST");
    assert_eq!(r.status().as_u16(), 403);
    // Reads need no token.
    let (s, _) = get_json(&format!("{}/api/search?q=hibah", server.base)).await;
    assert_eq!(s, 200);
    drop(server);
}

/// An upload over the size limit is refused with 413, before its body is read.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oversized_uploads_are_refused() {
    use std::io::{Read, Write};
    let tmp = tempfile::tempdir().expect("tmp");
    let server = start_server(&tmp.path().join("data"), &["--max-upload-mb", "1"]).await;
    // Only the head of the request is sent: a server that waited for the 2 MiB body (or
    // closed while a client still sends it) would not answer here in time.
    let addr = server.base.trim_start_matches("http://").to_string();
    let mut s = std::net::TcpStream::connect(&addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    write!(
        s,
        "POST /api/uploads HTTP/1.1\r\nHost: {addr}\r\nContent-Type: multipart/form-data; \
         boundary=XYZ\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        2 << 20
    )
    .expect("send the head");
    let mut answer = String::new();
    let _ = s.read_to_string(&mut answer);
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(answer.contains("over the limit of 1 MB"), "{answer}");
}
