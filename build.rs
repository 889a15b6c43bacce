//! Exports naskah's `pixWriteMem` from every binary so that tesseract's calls reach it
//! before leptonica's (see src/ocr/line_images.rs).
fn main() {
    println!("cargo:rustc-link-arg=-Wl,--export-dynamic-symbol=pixWriteMem");
    println!("cargo:rerun-if-changed=build.rs");
}
