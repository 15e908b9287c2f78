//! Requests from outside to end the interview: signals on Unix, console control events on
//! Windows. Each sets one flag that the event loop polls; it then ends the interview like `q`,
//! with everything saved, text being typed included.

use std::sync::Arc;
use std::sync::atomic::AtomicBool;

/// SIGTERM, SIGHUP (the terminal was closed) and SIGINT.
#[cfg(unix)]
pub fn register(stop: &Arc<AtomicBool>) -> std::io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    for signal in [SIGTERM, SIGHUP, SIGINT] {
        signal_hook::flag::register(signal, Arc::clone(stop))?;
    }
    Ok(())
}

/// Ctrl+C, Ctrl+Break, the console window closed, logoff and shutdown.
#[cfg(windows)]
pub fn register(stop: &Arc<AtomicBool>) -> std::io::Result<()> {
    windows::register(stop)
}

#[cfg(not(any(unix, windows)))]
pub fn register(_stop: &Arc<AtomicBool>) -> std::io::Result<()> {
    Ok(())
}

#[cfg(windows)]
mod windows {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::{Arc, Mutex, PoisonError};
    use std::time::Duration;

    use windows_sys::Win32::Foundation::{FALSE, TRUE};
    use windows_sys::Win32::System::Console::{
        CTRL_BREAK_EVENT, CTRL_C_EVENT, CTRL_CLOSE_EVENT, CTRL_LOGOFF_EVENT, CTRL_SHUTDOWN_EVENT,
        SetConsoleCtrlHandler,
    };

    /// The flag of the running interview. The handler is a plain function, so the flag is
    /// reached through a static; `None` until the first interview, and `INSTALLED` says the
    /// handler is in place, so that a second interview in one process only swaps the flag.
    static STOP: Mutex<Option<Arc<AtomicBool>>> = Mutex::new(None);
    static INSTALLED: AtomicBool = AtomicBool::new(false);

    /// Windows ends the process as soon as the handler returns from a close, logoff or
    /// shutdown event, and kills it anyway after about five seconds: the handler waits
    /// (within that) for the event loop to save and the process to exit on its own.
    const GRACE: Duration = Duration::from_millis(4500);

    pub fn register(stop: &Arc<AtomicBool>) -> std::io::Result<()> {
        *STOP.lock().unwrap_or_else(PoisonError::into_inner) = Some(Arc::clone(stop));
        if INSTALLED.swap(true, Ordering::SeqCst) {
            return Ok(());
        }
        // SAFETY: `handler` is a valid `PHANDLER_ROUTINE` for the lifetime of the process.
        if unsafe { SetConsoleCtrlHandler(Some(handler), TRUE) } == FALSE {
            INSTALLED.store(false, Ordering::SeqCst);
            return Err(std::io::Error::last_os_error());
        }
        Ok(())
    }

    /// Runs on a thread Windows creates for the event.
    unsafe extern "system" fn handler(event: u32) -> i32 {
        let stop = STOP.lock().unwrap_or_else(PoisonError::into_inner).clone();
        let Some(stop) = stop else {
            return FALSE;
        };
        stop.store(true, Ordering::Relaxed);
        match event {
            // The process goes on: the event loop sees the flag and quits like `q`.
            CTRL_C_EVENT | CTRL_BREAK_EVENT => TRUE,
            CTRL_CLOSE_EVENT | CTRL_LOGOFF_EVENT | CTRL_SHUTDOWN_EVENT => {
                // Returning would end the process before the save; the main thread exits
                // the process when it is done, which ends this thread too.
                std::thread::sleep(GRACE);
                TRUE
            }
            _ => FALSE,
        }
    }
}
