//! Tesseract's line images kept uncompressed while it recognises.
//!
//! Tesseract 5.3 (Debian's) keeps every text line it hands the LSTM as a PNG in memory
//! (`ImageData::SetPixInternal` calls `pixWriteMem(.., IFF_PNG)`) and decodes it again
//! straight away. Deflating and inflating those PNGs took 12% of naskah's OCR CPU and a
//! quarter of the tesseract CLI's on the dev scans (`perf`, libz + libpng). The binary
//! exports its own `pixWriteMem` (see build.rs), which the dynamic linker finds before
//! leptonica's: while an OCR thread is inside [`Recognising`], a PNG asked for is written
//! as leptonica's raw serialisation (`IFF_SPIX`) instead, which `pixReadMem` recognises by
//! its header and reads back bit for bit. Every other call goes to leptonica unchanged.
//! Where the symbol is not interposed (a static build, another linker), nothing changes
//! but the speed.

use std::cell::Cell;
use std::sync::OnceLock;

use leptess::capi;

thread_local! {
    static RECOGNISING: Cell<bool> = const { Cell::new(false) };
}

/// Marks the current thread as inside a tesseract recognition until dropped.
pub struct Recognising {
    was: bool,
}

impl Recognising {
    /// Starts the mark on this thread.
    pub fn start() -> Recognising {
        // Referencing the interposer keeps the linker from dropping it from the binary.
        std::hint::black_box(pixWriteMem as *const ());
        let was = RECOGNISING.with(|r| r.replace(true));
        Recognising { was }
    }
}

impl Drop for Recognising {
    fn drop(&mut self) {
        RECOGNISING.with(|r| r.set(self.was));
    }
}

type WriteMem =
    unsafe extern "C" fn(*mut *mut u8, *mut usize, *mut capi::Pix, capi::l_int32) -> capi::l_ok;

/// Leptonica's own `pixWriteMem`: the next definition after this binary's.
fn leptonica_write_mem() -> Option<WriteMem> {
    static REAL: OnceLock<Option<usize>> = OnceLock::new();
    let addr = *REAL.get_or_init(|| {
        // SAFETY: dlsym with a NUL-terminated name; RTLD_NEXT searches the libraries loaded
        // after this object, where leptonica's definition is.
        let p = unsafe { libc::dlsym(libc::RTLD_NEXT, c"pixWriteMem".as_ptr()) };
        (!p.is_null()).then_some(p as usize)
    });
    // SAFETY: the address is leptonica's pixWriteMem, whose C signature WriteMem matches.
    addr.map(|a| unsafe { std::mem::transmute::<usize, WriteMem>(a) })
}

/// Leptonica's `pixWriteMem`, writing tesseract's line images uncompressed (see the module
/// documentation).
///
/// # Safety
/// The same contract as leptonica's `pixWriteMem`: valid out-pointers and image.
#[no_mangle]
pub unsafe extern "C" fn pixWriteMem(
    pdata: *mut *mut u8,
    psize: *mut usize,
    pix: *mut capi::Pix,
    format: capi::l_int32,
) -> capi::l_ok {
    let Some(real) = leptonica_write_mem() else {
        return 1;
    };
    if format == capi::IFF_PNG as capi::l_int32 && RECOGNISING.with(|r| r.get()) {
        // SAFETY: arguments passed through as the caller gave them.
        let rc = unsafe { real(pdata, psize, pix, capi::IFF_SPIX as capi::l_int32) };
        if rc == 0 {
            return 0;
        }
    }
    // SAFETY: as above.
    unsafe { real(pdata, psize, pix, format) }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes a grey image through `pixWriteMem` as PNG and returns the bytes.
    fn write_png(pix: &crate::ocr::pix::Pix) -> Vec<u8> {
        let (mut data, mut size) = (std::ptr::null_mut(), 0usize);
        // SAFETY: valid out-pointers and image; the buffer is freed below.
        let rc = unsafe { pixWriteMem(&mut data, &mut size, pix.as_ptr(), capi::IFF_PNG as i32) };
        assert_eq!(rc, 0);
        // SAFETY: leptonica returned `size` bytes at `data`.
        let bytes = unsafe { std::slice::from_raw_parts(data, size) }.to_vec();
        // SAFETY: allocated by leptonica.
        unsafe { capi::lept_free(data.cast()) };
        bytes
    }

    #[test]
    fn line_images_written_while_recognising_read_back_unchanged() {
        let (w, h) = (40u32, 12u32);
        // SAFETY: a new image; rows are written through the wrapper's accessor.
        let mut pix = crate::ocr::pix::Pix::from_raw(unsafe { capi::pixCreate(40, 12, 8) })
            .expect("pixCreate");
        let rows: Vec<Vec<u8>> = (0..h)
            .map(|y| (0..w).map(|x| ((x * 7 + y * 13) % 256) as u8).collect())
            .collect();
        for (y, row) in rows.iter().enumerate() {
            pix.set_grey_row(y as u32, row);
        }
        assert_eq!(&write_png(&pix)[1..4], b"PNG");
        let raw = {
            let _mark = Recognising::start();
            write_png(&pix)
        };
        assert_eq!(&raw[..4], b"spix");
        // After the mark, PNG again.
        assert_eq!(&write_png(&pix)[1..4], b"PNG");
        let back = crate::ocr::pix::Pix::read_mem(&raw).expect("spix reads back");
        let mut row = Vec::new();
        for (y, expected) in rows.iter().enumerate() {
            back.grey_row(y as u32, &mut row);
            assert_eq!(&row, expected, "row {y}");
        }
    }
}
