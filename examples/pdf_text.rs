//! Prints the text layer of each PDF given, as naskah reads it: pages separated by form
//! feeds. `cargo run --release --example pdf_text -- FILE.pdf...`

use lopdf::Document;

fn main() {
    for path in std::env::args().skip(1) {
        let doc = match Document::load(&path) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        let pages: Vec<String> = doc
            .get_pages()
            .values()
            .map(|&id| {
                naskah::ingest::pdf::page_text_of(&doc, id).unwrap_or_else(|e| format!("[{e}]"))
            })
            .collect();
        println!("{}", pages.join("\u{c}"));
    }
}
