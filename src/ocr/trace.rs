//! What preprocessing measured on a page and the CPU time each step took: the signals
//! that decide which steps run, kept for logs and for `examples/ocr_profile.rs`.

use serde::Serialize;

/// CPU time consumed so far by the calling thread, in milliseconds.
pub fn thread_cpu_ms() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes only into `ts`, which lives through the call.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    if rc != 0 {
        return 0.0;
    }
    ts.tv_sec as f64 * 1000.0 + ts.tv_nsec as f64 / 1e6
}

/// Per-page measures taken before OCR (None: not measured, the step being off).
#[derive(Debug, Default, Clone, Serialize)]
pub struct Signals {
    pub width: u32,
    pub height: u32,
    pub dpi: u32,
    /// The page had coloured ink that colour dropout faded.
    pub colour: bool,
    /// Grey level of the darkest tile of paper (see `Pix::darkest_paper`).
    pub darkest_paper: Option<u8>,
    /// Skew found (degrees) and leptonica's confidence in it.
    pub skew_degrees: Option<f32>,
    pub skew_confidence: Option<f32>,
    /// Ruling lines were found (and whitened).
    pub lines: Option<bool>,
    /// Dark blobs of 3x3 pixels or less, and those of them away from any larger blob.
    pub specks: Option<u32>,
    pub isolated_specks: Option<u32>,
}

/// Signals and the steps that ran on one page, each with its CPU time (ms).
#[derive(Debug, Default, Clone, Serialize)]
pub struct Trace {
    pub signals: Signals,
    pub steps: Vec<(&'static str, f64)>,
    #[serde(skip)]
    last: f64,
}

impl Trace {
    /// Starts the clock.
    pub fn start() -> Trace {
        Trace {
            last: thread_cpu_ms(),
            ..Trace::default()
        }
    }

    /// Records that `step` ran, charging it the CPU time since the previous record.
    pub fn step(&mut self, step: &'static str) {
        let now = thread_cpu_ms();
        self.steps.push((step, now - self.last));
        self.last = now;
    }

    /// Total CPU time of the recorded steps (ms).
    pub fn total_ms(&self) -> f64 {
        self.steps.iter().map(|(_, ms)| ms).sum()
    }

    /// `name ms, ...` for a log line.
    pub fn summary(&self) -> String {
        self.steps
            .iter()
            .map(|(name, ms)| format!("{name} {ms:.0} ms"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}
