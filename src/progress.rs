//! Progress of a running import: a bar with pages/s and ETA on a terminal, plain periodic
//! lines in logs (cron jobs, CI, `nohup`), where a redrawn bar would be noise.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressStyle};

/// Counters shared by the workers of one import.
#[derive(Debug, Default)]
pub struct Counters {
    pub files_total: AtomicU64,
    pub files_done: AtomicU64,
    pub pages_done: AtomicU64,
    pub failed: AtomicU64,
}

impl Counters {
    /// One line: files done of total, pages and their rate, failures and the time left.
    pub fn line(&self, elapsed: Duration) -> String {
        let total = self.files_total.load(Ordering::Relaxed);
        let done = self.files_done.load(Ordering::Relaxed);
        let pages = self.pages_done.load(Ordering::Relaxed);
        let failed = self.failed.load(Ordering::Relaxed);
        let secs = elapsed.as_secs_f64().max(0.001);
        let eta = if done > 0 && total > done {
            let left = secs / done as f64 * (total - done) as f64;
            format!(", ETA {}", human_duration(Duration::from_secs_f64(left)))
        } else {
            String::new()
        };
        format!(
            "{done}/{total} files, {pages} pages ({:.1} pages/s), {failed} failed{eta}",
            pages as f64 / secs
        )
    }
}

/// `1h02m`, `3m05s`, `12s`.
pub fn human_duration(d: Duration) -> String {
    let s = d.as_secs();
    if s >= 3600 {
        format!("{}h{:02}m", s / 3600, s % 3600 / 60)
    } else if s >= 60 {
        format!("{}m{:02}s", s / 60, s % 60)
    } else {
        format!("{s}s")
    }
}

/// Shows an import's progress until dropped or finished.
pub struct Progress {
    pub counters: Arc<Counters>,
    started: Instant,
    bar: Option<ProgressBar>,
    ticker: Option<tokio::task::JoinHandle<()>>,
}

impl Progress {
    /// Starts showing progress on standard error: a bar on a terminal, else a line every
    /// `NASKAH_PROGRESS_SECS` seconds (default 10; 0 turns the lines off).
    pub fn start_with(counters: Arc<Counters>) -> Progress {
        let files_total = counters.files_total.load(Ordering::Relaxed);
        let started = Instant::now();
        if std::io::IsTerminal::is_terminal(&std::io::stderr()) {
            let bar = ProgressBar::new(files_total);
            bar.set_style(
                ProgressStyle::with_template(
                    "{spinner} [{elapsed_precise}] {bar:30} {pos}/{len} files  {msg}",
                )
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
            );
            bar.enable_steady_tick(Duration::from_millis(500));
            let ticker = {
                let (bar, counters) = (bar.clone(), Arc::clone(&counters));
                tokio::spawn(async move {
                    loop {
                        tokio::time::sleep(Duration::from_secs(1)).await;
                        bar.set_length(counters.files_total.load(Ordering::Relaxed));
                        bar.set_position(counters.files_done.load(Ordering::Relaxed));
                        let line = counters.line(started.elapsed());
                        // The bar shows the file counts already.
                        let rest = line.split_once(", ").map_or(line.as_str(), |(_, r)| r);
                        bar.set_message(rest.to_string());
                    }
                })
            };
            return Progress {
                counters,
                started,
                bar: Some(bar),
                ticker: Some(ticker),
            };
        }
        let every = std::env::var("NASKAH_PROGRESS_SECS")
            .ok()
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(10);
        let ticker = (every > 0).then(|| {
            let counters = Arc::clone(&counters);
            tokio::spawn(async move {
                loop {
                    tokio::time::sleep(Duration::from_secs(every)).await;
                    eprintln!("progress: {}", counters.line(started.elapsed()));
                }
            })
        });
        Progress {
            counters,
            started,
            bar: None,
            ticker,
        }
    }

    /// Prints a message without garbling the bar.
    pub fn println(&self, message: &str) {
        match &self.bar {
            Some(bar) => bar.println(message),
            None => eprintln!("{message}"),
        }
    }

    /// Seconds since the import started.
    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        if let Some(t) = self.ticker.take() {
            t.abort();
        }
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_says_rate_failures_and_time_left() {
        let c = Counters::default();
        c.files_total.store(10, Ordering::Relaxed);
        c.files_done.store(4, Ordering::Relaxed);
        c.pages_done.store(20, Ordering::Relaxed);
        c.failed.store(1, Ordering::Relaxed);
        assert_eq!(
            c.line(Duration::from_secs(40)),
            "4/10 files, 20 pages (0.5 pages/s), 1 failed, ETA 1m00s"
        );
        assert_eq!(human_duration(Duration::from_secs(3725)), "1h02m");
    }
}
