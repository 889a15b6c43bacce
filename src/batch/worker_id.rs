//! Who is importing: a worker's name, and whether a worker on this machine is still alive.
//!
//! A name is `host:pid:start`, the process's start time telling a live worker from a later
//! process that reuses its pid. A crashed worker on this machine is seen to be dead at once,
//! so `naskah ingest` after a `kill -9` resumes without waiting for the lease to run out.

/// This process's worker name: `NASKAH_WORKER_NAME` if set (containers whose processes all
/// have pid 1), else `host:pid:start`.
pub fn this_worker() -> String {
    if let Some(name) = std::env::var("NASKAH_WORKER_NAME")
        .ok()
        .filter(|n| !n.trim().is_empty())
    {
        return name;
    }
    let pid = std::process::id();
    format!("{}:{pid}:{}", host(), start_time(pid).unwrap_or_default())
}

/// Whether the worker named `name` certainly no longer runs: it ran on this machine and its
/// process is gone. Workers of other machines are never judged here; their leases expire.
pub fn is_dead_local(name: &str) -> bool {
    let mut parts = name.rsplitn(3, ':');
    let (Some(start), Some(pid), Some(host_name)) = (parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    if host_name != host() || !cfg!(target_os = "linux") {
        return false;
    }
    let Ok(pid) = pid.parse::<u32>() else {
        return false;
    };
    start_time(pid).as_deref() != Some(start)
}

/// The start time of a running process in clock ticks since boot (field 22 of
/// /proc/PID/stat); none for a zombie, which is dead though not yet reaped by its parent.
fn start_time(pid: u32) -> Option<String> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name (field 2) may hold spaces; fields after it follow the last ')'.
    let mut fields = stat[stat.rfind(')')? + 1..].split_whitespace();
    let state = fields.next()?;
    if state == "Z" || state == "X" {
        return None;
    }
    fields.nth(18).map(str::to_string)
}

fn host() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .or_else(|| std::env::var("HOSTNAME").ok())
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "localhost".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn this_process_is_alive_and_a_finished_one_is_dead() {
        let me = this_worker();
        assert!(!is_dead_local(&me), "{me}");
        let child = std::process::Command::new("true")
            .spawn()
            .and_then(|mut c| {
                let pid = c.id();
                c.wait().map(|_| pid)
            });
        if let Ok(pid) = child {
            let (host_part, _) = me.split_once(':').unwrap_or_default();
            assert!(is_dead_local(&format!("{host_part}:{pid}:12345")));
        }
        assert!(!is_dead_local("other-host:1:1"));
    }
}
