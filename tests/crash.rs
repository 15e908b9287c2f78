//! Saving survives a crash, a full disk and a folder it may not write: the file always loads
//! and holds the old or the new answers, whole.
//!
//! The kill test runs the real save path in a child process (this test binary again, with
//! `MOLNKOLL_CRASH_SAVER` set) and kills it with SIGKILL at random moments. SIGKILL proves
//! atomicity against a crash of the program; a power cut (the page cache lost) would need a
//! virtual machine or a fault-injecting block device.

use std::fs;
use std::io::{BufRead, BufReader};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use molnkoll::assessment::{Answer, AnswerState, Assessment, Value};
use molnkoll::error::UserError;
use molnkoll::i18n::Arg;
use molnkoll::store::{self, EXTENSION};

const SAVER: &str = "MOLNKOLL_CRASH_SAVER";
const READ_ONLY_SAVER: &str = "MOLNKOLL_READ_ONLY_SAVER";
const KILLS: u64 = 200;
/// Answers in each set, four times a long real assessment: a save (80 kB) takes some 5 ms in
/// a debug build, so kills land in every step of it, and most of them inside one.
const ANSWERS: usize = 400;

/// Answer set `A` or `B`: every answer differs between the two, so a mix of both is seen.
fn answers(set: &str, count: usize) -> Assessment {
    let questionnaire = molnkoll::questionnaire::embedded().unwrap();
    let mut assessment = Assessment::new(&questionnaire, format!("Krocktest {set}"));
    for i in 0..count {
        let answer = Answer::new(Value::Text(format!("Svar {set} på fråga {i}: åäö ÅÄÖ")))
            .with_note(format!("Anteckning {set} {i}\nandra raden, \"citat\""))
            .with_state(AnswerState::ALL[i % AnswerState::ALL.len()]);
        assessment.answers.insert(format!("fråga-{i:05}"), answer);
    }
    assessment
}

fn file_in(dir: &Path) -> PathBuf {
    dir.join(format!("bedömning{EXTENSION}"))
}

/// The temporary files `save` leaves in `dir` when it dies between creating and renaming.
fn temp_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            path.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(".molnkoll-"))
        })
        .collect();
    files.sort();
    files
}

/// A small PRNG (SplitMix64): the same delays on every run, different for every kill.
fn random(seed: u64) -> u64 {
    let mut z = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn child(test: &str, var: &str, value: &Path) -> Command {
    let mut command = Command::new(std::env::current_exe().unwrap());
    command
        .args([test, "--exact", "--nocapture", "--test-threads=1"])
        .env(var, value);
    command
}

fn reason(error: &UserError) -> String {
    match error
        .message
        .args
        .iter()
        .find(|(name, _)| *name == "reason")
    {
        Some((_, Arg::Text(text))) => text.clone(),
        _ => String::new(),
    }
}

fn assert_save_error(error: &UserError, path: &Path, reason_contains: &str) {
    assert_eq!(error.message.id, "error-save", "{error}");
    assert!(
        error
            .message
            .args
            .contains(&("path", Arg::Text(path.display().to_string()))),
        "{error}"
    );
    assert!(reason(error).contains(reason_contains), "{error}");
}

/// The old file is still there byte for byte (compared without printing kilobytes).
fn assert_unchanged(path: &Path, old: &[u8]) {
    let now = fs::read(path).unwrap();
    assert!(
        now == old,
        "{} changed: {} bytes before, {} now",
        path.display(),
        old.len(),
        now.len()
    );
}

#[test]
fn a_save_killed_at_any_moment_leaves_the_old_or_the_new_file_whole() {
    if let Ok(path) = std::env::var(SAVER) {
        // The child: save A and B in turn, the other one first, until killed.
        let path = PathBuf::from(path);
        let sets = [answers("A", ANSWERS), answers("B", ANSWERS)];
        let first = usize::from(store::load(&path).unwrap() == sets[0]);
        println!("saver ready");
        for i in first.. {
            store::save(&path, &sets[i % 2]).unwrap();
            println!("saved");
        }
        return;
    }
    let started = Instant::now();
    let dir = tempfile::tempdir().unwrap();
    let path = file_in(dir.path());
    let sets = [answers("A", ANSWERS), answers("B", ANSWERS)];
    let texts = sets.each_ref().map(store::to_ron);
    store::save(&path, &sets[0]).unwrap();

    let (mut saves, mut changed, mut left_over) = (0, 0, 0);
    // What the temporary files left over hold: nothing yet, part of the text, all of it.
    let mut partial = [0; 3];
    let mut seen = Vec::new();
    for kill in 0..KILLS {
        let before = fs::read(&path).unwrap();
        let mut saver = child(
            "a_save_killed_at_any_moment_leaves_the_old_or_the_new_file_whole",
            SAVER,
            &path,
        )
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
        let mut stdout = BufReader::new(saver.stdout.take().unwrap());
        let mut line = String::new();
        while !line.contains("saver ready") {
            line.clear();
            if stdout.read_line(&mut line).unwrap() == 0 {
                let output = saver.wait_with_output().unwrap();
                panic!(
                    "the saver ended before it was ready: {}\n{}",
                    output.status,
                    String::from_utf8_lossy(&output.stderr)
                );
            }
        }
        let delay = Duration::from_micros(random(kill) % 20_001);
        std::thread::sleep(delay);
        saver.kill().unwrap();
        let status = saver.wait().unwrap();
        assert!(!status.success(), "kill {kill}: the saver ended by itself");
        saves += stdout.lines().map_while(Result::ok).count();

        let bytes = fs::read(&path).unwrap();
        let which = texts
            .iter()
            .position(|text| text.as_bytes() == bytes)
            .unwrap_or_else(|| {
                panic!(
                    "kill {kill} after {delay:?}: the file is neither A nor B ({} bytes)",
                    bytes.len()
                )
            });
        assert_eq!(store::load(&path).unwrap(), sets[which], "kill {kill}");
        changed += usize::from(bytes != before);

        // At most one save is under way when the kill comes: at most one new temporary file,
        // and what it holds is the start of A or B, never seen under the real name.
        let temps = temp_files(dir.path());
        assert!(
            temps.len() <= left_over + 1,
            "kill {kill}: {} temporary files after {left_over}",
            temps.len()
        );
        if let Some(new) = temps.iter().find(|temp| !seen.contains(*temp)) {
            let held = fs::read(new).unwrap();
            assert!(
                texts.iter().any(|text| text.as_bytes().starts_with(&held)),
                "kill {kill}: {} is no prefix of A or B",
                new.display()
            );
            let kind = match held.len() {
                0 => 0,
                n if texts.iter().any(|text| text.len() == n) => 2,
                _ => 1,
            };
            partial[kind] += 1;
        }
        left_over = temps.len();
        seen = temps;
    }
    let elapsed = started.elapsed();
    println!(
        "{KILLS} kills survived in {elapsed:.1?}: {saves} saves completed before them, the file \
         changed {changed} times, {left_over} temporary files left over ({} empty, {} partial, \
         {} complete)",
        partial[0], partial[1], partial[2]
    );
    // The saves really ran, and the kills came both between saves and inside them.
    assert!(saves > 0 && changed > 0, "{saves} saves, {changed} changes");
    assert!(left_over > 0 && left_over < KILLS as usize, "{left_over}");
}

/// A folder mounted for the length of a test, unmounted when dropped.
struct Mount(PathBuf);

impl Mount {
    /// A tmpfs of `size` at `dir`; `None`, with a message, where mounting is not allowed.
    fn tmpfs(dir: &Path, size: &str) -> Option<Mount> {
        let output = Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={size},mode=0700"),
                "tmpfs",
            ])
            .arg(dir)
            .output();
        match output {
            Ok(output) if output.status.success() => Some(Mount(dir.to_owned())),
            Ok(output) => {
                println!(
                    "skipped: mount -t tmpfs failed (needs root or CAP_SYS_ADMIN): {}",
                    String::from_utf8_lossy(&output.stderr).trim()
                );
                None
            }
            Err(error) => {
                println!("skipped: no mount command: {error}");
                None
            }
        }
    }

    fn remount(&self, options: &str) {
        let status = Command::new("mount")
            .args(["-o", &format!("remount,{options}")])
            .arg(&self.0)
            .status()
            .unwrap();
        assert!(status.success(), "remount,{options}");
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

#[test]
fn a_full_disk_fails_the_save_and_keeps_the_old_file() {
    let dir = tempfile::tempdir().unwrap();
    let disk = dir.path().join("disk");
    fs::create_dir(&disk).unwrap();
    let Some(_mount) = Mount::tmpfs(&disk, "64k") else {
        return;
    };
    let path = file_in(&disk);
    store::save(&path, &answers("old", 3)).unwrap();
    let old = fs::read(&path).unwrap();
    // Fill what is left, as a disk that ran full while the workshop went on.
    let filler = disk.join("filler");
    let mut written = 0;
    loop {
        let block = vec![b'x'; 4096];
        match fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&filler)
            .and_then(|mut file| std::io::Write::write_all(&mut file, &block))
        {
            Ok(()) => written += block.len(),
            Err(_) => break,
        }
        assert!(written < 1 << 20, "the tmpfs never filled");
    }

    let new = answers("new", 200);
    let error = store::save(&path, &new).unwrap_err();
    assert_save_error(&error, &path, "No space left on device");
    assert_unchanged(&path, &old);
    assert_eq!(
        temp_files(&disk),
        Vec::<PathBuf>::new(),
        "the partial file is removed"
    );

    // Once there is room again, the next save succeeds.
    fs::remove_file(&filler).unwrap();
    store::save(&path, &new).unwrap();
    assert_eq!(store::load(&path).unwrap(), new);
}

#[test]
fn a_read_only_file_system_fails_the_save_and_keeps_the_old_file() {
    let dir = tempfile::tempdir().unwrap();
    let disk = dir.path().join("stick");
    fs::create_dir(&disk).unwrap();
    let Some(mount) = Mount::tmpfs(&disk, "1m") else {
        return;
    };
    let path = file_in(&disk);
    store::save(&path, &answers("old", 3)).unwrap();
    let old = fs::read(&path).unwrap();
    mount.remount("ro");
    let error = store::save(&path, &answers("new", 3)).unwrap_err();
    assert_save_error(&error, &path, "Read-only file system");
    assert_unchanged(&path, &old);
    assert_eq!(store::load(&path).unwrap(), answers("old", 3));
}

/// A folder the user may read but not write (mode 0500). Root ignores the mode, so as root
/// the save runs in a child process that has become `nobody`.
#[test]
fn a_read_only_folder_fails_the_save_and_keeps_the_old_file() {
    use std::os::unix::process::CommandExt;
    if let Ok(path) = std::env::var(READ_ONLY_SAVER) {
        let path = PathBuf::from(path);
        let error = store::save(&path, &answers("new", 3)).unwrap_err();
        assert_save_error(&error, &path, "Permission denied");
        println!("child refused: {error}");
        return;
    }
    const NOBODY: u32 = 65534;
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("mapp");
    fs::create_dir(&folder).unwrap();
    let path = file_in(&folder);
    store::save(&path, &answers("old", 3)).unwrap();
    let old = fs::read(&path).unwrap();
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o500)).unwrap();

    let probe = folder.join("probe");
    if fs::File::create(&probe).is_err() {
        // Not privileged: the folder is read-only to this very process.
        let error = store::save(&path, &answers("new", 3)).unwrap_err();
        assert_save_error(&error, &path, "Permission denied");
    } else {
        fs::remove_file(&probe).unwrap();
        for owned in [dir.path(), &folder, &path] {
            std::os::unix::fs::chown(owned, Some(NOBODY), Some(NOBODY)).unwrap();
        }
        let test = "a_read_only_folder_fails_the_save_and_keeps_the_old_file";
        let output = child(test, READ_ONLY_SAVER, &path)
            .gid(NOBODY)
            .uid(NOBODY)
            .output();
        match output {
            Err(error) => {
                println!("skipped: cannot run this test as nobody: {error}");
                return;
            }
            Ok(output) => {
                let stdout = String::from_utf8_lossy(&output.stdout);
                assert!(
                    output.status.success() && stdout.contains("child refused: "),
                    "{}\n{stdout}\n{}",
                    output.status,
                    String::from_utf8_lossy(&output.stderr)
                );
            }
        }
    }
    assert_unchanged(&path, &old);
    assert_eq!(temp_files(&folder), Vec::<PathBuf>::new());
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o700)).unwrap();
}

/// The old file cannot be replaced (immutable, as `chattr +i` makes it, like a file a backup
/// tool or an administrator has frozen): the rename fails after the new text is written, and
/// the temporary file must go.
#[test]
fn a_failed_rename_keeps_the_old_file_and_leaves_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = file_in(dir.path());
    store::save(&path, &answers("old", 3)).unwrap();
    let old = fs::read(&path).unwrap();
    let chattr = |flag: &str| Command::new("chattr").arg(flag).arg(&path).output();
    match chattr("+i") {
        Ok(output) if output.status.success() => {}
        other => {
            println!("skipped: chattr +i failed (needs root and ext4 or alike): {other:?}");
            return;
        }
    }
    let result = store::save(&path, &answers("new", 3));
    chattr("-i").unwrap();
    assert_save_error(&result.unwrap_err(), &path, "Operation not permitted");
    assert_unchanged(&path, &old);
    assert_eq!(temp_files(dir.path()), Vec::<PathBuf>::new());
}

#[test]
fn a_folder_that_is_missing_or_a_file_fails_the_save_and_touches_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("saknas").join(format!("x{EXTENSION}"));
    let error = store::save(&missing, &answers("new", 3)).unwrap_err();
    assert_save_error(&error, &missing, "No such file or directory");
    assert!(!dir.path().join("saknas").exists());

    // The folder chosen is a file: the file stays as it was.
    let notes = dir.path().join("anteckningar.txt");
    fs::write(&notes, "mina anteckningar\n").unwrap();
    let inside = notes.join(format!("x{EXTENSION}"));
    let error = store::save(&inside, &answers("new", 3)).unwrap_err();
    assert_save_error(&error, &inside, "Not a directory");
    assert_eq!(fs::read_to_string(&notes).unwrap(), "mina anteckningar\n");
    let listing: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(listing.len(), 1);
}
