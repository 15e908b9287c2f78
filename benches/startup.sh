#!/usr/bin/env bash
# Start-up of the real molnkoll binary, side by side in the same run with Debian's
# `dialog --yesno` (C and ncurses, the classic terminal question box):
#
#   - time from spawn to the first question drawn on a pseudo-terminal, median of RUNS runs
#     (interleaved, after a few warm-up runs that are not counted);
#   - peak memory (maximum resident set size, from /usr/bin/time -v) of each, the program
#     left running HOLD seconds after its first frame.
#
# molnkoll runs on a fresh --data-dir holding one assessment made by `molnkoll new`, so it
# opens straight on its first question.
#
# Usage: benches/startup.sh            (RUNS=30 MEM_RUNS=5 HOLD=0.5 COLS=80 ROWS=24 by default)
#        RUNS=100 COLS=200 ROWS=60 benches/startup.sh
# Needs: cargo, python3. dialog is installed with apt-get when missing and run as root;
# otherwise it is skipped with a message. Without /usr/bin/time, peak memory is read from
# /proc/PID/status (VmHWM) instead.
set -euo pipefail

RUNS=${RUNS:-30}
MEM_RUNS=${MEM_RUNS:-5}
HOLD=${HOLD:-0.5}
COLS=${COLS:-80}
ROWS=${ROWS:-24}

cd "$(dirname "$0")/.."

# The binary handed out, built as .ci/dist builds it on Linux (profile dist, glibc linked
# in), less the path remapping, which changes nothing at run time.
target=x86_64-unknown-linux-gnu
echo "building the binary handed out (profile dist, static-pie)..." >&2
RUSTFLAGS="-C target-feature=+crt-static" \
    cargo build --profile dist --locked --bin molnkoll --target "$target" >&2
target_dir=$(cargo metadata --format-version 1 --no-deps |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
bin="$target_dir/$target/dist/molnkoll"

if ! command -v dialog >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "installing dialog..." >&2
        apt-get install -y -qq dialog >&2 ||
            { apt-get update -qq >&2 && apt-get install -y -qq dialog >&2; } ||
            echo "could not install dialog; it is skipped" >&2
    else
        echo "dialog is not installed (apt-get install dialog, as root); it is skipped" >&2
    fi
fi
dialog_bin=$(command -v dialog || true)

data_dir=$(mktemp -d)
install_dir=$(mktemp -d)
trap 'rm -rf "$data_dir" "$install_dir"' EXIT

# Measured as installed: a copy, written the way an installer or an unzip writes it, as
# dialog is measured from what dpkg wrote. The linker's own output file starts slower on
# this VM, by 0.4 to 0.6 ms and about 20 more page faults per start, probably because its
# page cache is laid out as the linker wrote it (BENCHMARKS.md, issue 17, sixth round).
cp "$bin" "$install_dir/molnkoll"
bin="$install_dir/molnkoll"
"$bin" --lang en --data-dir "$data_dir" new --title "Start-up benchmark" >/dev/null

python3 - "$bin" "$data_dir" "$dialog_bin" "$RUNS" "$MEM_RUNS" "$HOLD" "$COLS" "$ROWS" <<'PY'
import fcntl, os, re, select, signal, statistics, struct, sys, tempfile, termios, time

bin_path, data_dir, dialog_bin = sys.argv[1:4]
runs, mem_runs = int(sys.argv[4]), int(sys.argv[5])
hold = float(sys.argv[6])
cols, rows = int(sys.argv[7]), int(sys.argv[8])

env = {
    "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
    "HOME": os.environ.get("HOME", "/tmp"),
    "TERM": "xterm-256color",
    "LANG": "C.UTF-8",
    "LC_ALL": "C.UTF-8",
}

# Each program with the text that shows its question is on the screen. A first frame
# leaves out the blanks between words (they are already blank), so the markers are words.
programs = [
    ("molnkoll", [bin_path, "--lang", "en", "--data-dir", data_dir], b"called?"),
]
if dialog_bin:
    programs.append(
        ("dialog --yesno", [dialog_bin, "--yesno", "Is the cloud service assessed?", "10", "40"],
         b"assessed?"))

TIME = "/usr/bin/time"
has_time = os.access(TIME, os.X_OK)


def spawn(argv):
    """Starts argv as a session leader whose controlling terminal is a new pty."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    name = os.ttyname(slave)
    actions = [
        (os.POSIX_SPAWN_OPEN, 0, name, os.O_RDWR, 0),
        (os.POSIX_SPAWN_DUP2, 0, 1),
        (os.POSIX_SPAWN_DUP2, 0, 2),
        (os.POSIX_SPAWN_CLOSE, master),
        (os.POSIX_SPAWN_CLOSE, slave),
    ]
    start = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv, env, file_actions=actions, setsid=True)
    os.close(slave)
    return pid, master, start


# What xterm answers when a program asks for its colours (OSC 10/11) and its device
# attributes (DA1): molnkoll asks before its first frame to pick a light or dark theme, and
# waits up to a second for a terminal that never answers. Every real terminal answers DA1.
TERMINAL_ANSWER = b"\x1b]10;rgb:ffff/ffff/ffff\x07\x1b]11;rgb:0000/0000/0000\x07\x1b[?62;22c"


def wait_for(master, marker, timeout=10.0):
    """Reads the pty until `marker` appears, answering as a terminal would; the time it
    did, or None."""
    seen = b""
    answered = False
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        ready, _, _ = select.select([master], [], [], 0.05)
        if not ready:
            continue
        try:
            chunk = os.read(master, 65536)
        except OSError:
            return None
        if not chunk:
            return None
        seen += chunk
        if not answered and b"\x1b[c" in seen:
            os.write(master, TERMINAL_ANSWER)
            answered = True
        if marker in seen:
            return time.perf_counter()
    return None


def drain(master, seconds):
    """Keeps reading for a while, so that the program never blocks on a full pty."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        ready, _, _ = select.select([master], [], [], 0.02)
        if ready:
            try:
                if not os.read(master, 65536):
                    return
            except OSError:
                return


def finish(pid, master, sig=signal.SIGKILL):
    try:
        os.kill(pid, sig)
    except ProcessLookupError:
        pass
    drain(master, 0)
    os.waitpid(pid, 0)
    os.close(master)


def startup_ms(argv, marker):
    pid, master, start = spawn(argv)
    shown = wait_for(master, marker)
    finish(pid, master)
    if shown is None:
        sys.exit(f"{argv[0]}: the question never appeared on the terminal")
    return (shown - start) * 1000


def children(pid):
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(c) for c in f.read().split()]
    except OSError:
        return []


def peak_rss_mb(argv, marker):
    """Maximum resident set size, the program left HOLD seconds after its first frame."""
    if has_time:
        out = tempfile.NamedTemporaryFile(delete=False)
        out.close()
        pid, master, _ = spawn([TIME, "-v", "-o", out.name] + argv)
        wait_for(master, marker)
        drain(master, hold)
        for child in children(pid):
            os.kill(child, signal.SIGKILL)
        drain(master, 0.05)
        os.waitpid(pid, 0)
        os.close(master)
        with open(out.name) as f:
            text = f.read()
        os.unlink(out.name)
        found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
        return int(found.group(1)) / 1024 if found else float("nan")
    pid, master, _ = spawn(argv)
    wait_for(master, marker)
    drain(master, hold)
    with open(f"/proc/{pid}/status") as f:
        hwm = re.search(r"VmHWM:\s+(\d+) kB", f.read())
    finish(pid, master)
    return int(hwm.group(1)) / 1024 if hwm else float("nan")


for _, argv, marker in programs:  # warm-up: page cache, dynamic loader
    for _ in range(3):
        startup_ms(argv, marker)

times = {name: [] for name, _, _ in programs}
for _ in range(runs):
    for name, argv, marker in programs:
        times[name].append(startup_ms(argv, marker))
memory = {name: [peak_rss_mb(argv, marker) for _ in range(mem_runs)]
          for name, argv, marker in programs}


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "?"


print(f"machine: {os.cpu_count()} CPUs, {cpu_model()}, load average "
      f"{os.getloadavg()[0]:.2f} at the end")
print(f"pty {cols}x{rows}; {runs} runs each, interleaved, after 3 warm-up runs; "
      f"peak memory: median of {mem_runs} runs "
      f"({'/usr/bin/time -v' if has_time else '/proc VmHWM'}), {hold} s after the first frame")
print()
print(f"{'program':<16} {'median':>9} {'min':>9} {'p90':>9} {'max':>9} {'peak RSS':>10}")
for name, _, _ in programs:
    t = sorted(times[name])
    p90 = t[min(len(t) - 1, int(round(0.9 * (len(t) - 1))))]
    print(f"{name:<16} {statistics.median(t):>6.2f} ms {t[0]:>6.2f} ms {p90:>6.2f} ms "
          f"{t[-1]:>6.2f} ms {statistics.median(memory[name]):>7.1f} MB")
print()
molnkoll = statistics.median(times["molnkoll"])
rss = statistics.median(memory["molnkoll"])
print(f"bar: first question within 20 ms of spawn: {molnkoll:.2f} ms, "
      f"{'met' if molnkoll <= 20 else 'NOT met'}")
if "dialog --yesno" in times:
    ratio = molnkoll / statistics.median(times["dialog --yesno"])
    print(f"bar: no later than dialog (DESIGN.md, issue 17): {ratio:.2f} times, "
          f"{'met' if ratio <= 1.0 else 'NOT met'}")
else:
    print("bar: no later than dialog: not measured (no dialog)")
print(f"bar: peak memory under 20 MB: {rss:.1f} MB, {'met' if rss < 20 else 'NOT met'}")
PY
