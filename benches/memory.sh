#!/usr/bin/env bash
# Peak memory of the real molnkoll binary against the questionnaire's size:
#
#   - the embedded questionnaire: a new assessment at 80x24 and 200x60, and a fully answered
#     one at COLS x ROWS;
#   - synthetic questionnaires of SIZES questions (`benches/common/mod.rs`: `synthetic(n)`,
#     with its Swedish and English texts), each opened with its fully answered assessment
#     (`full_assessment`), as `molnkoll --questionnaire Q.ron open A.molnkoll.ron`;
#   - the repeat-group questionnaire of `benches/groups.rs` with ITEMS items, every item
#     answered.
#
# Each case starts the release binary on a pseudo-terminal (answering the terminal's colour
# and device-attribute queries as xterm does), waits for the first frame, lets it run HOLD
# seconds and reads VmHWM (peak resident set size) and VmRSS, RssAnon and RssFile (now)
# from /proc/PID/status; the median of MEM_RUNS runs. It prints one table per family with
# the file sizes, the peak, the peak per question, the marginal cost of a question between
# consecutive sizes, and the growth exponent log(m2/m1)/log(n2/n1) of the peak and of the
# peak minus a base (about 1 means linear, about 2 quadratic). The base is what the program
# takes with almost nothing in it, measured in the same run: a synthetic questionnaire of
# 10 questions, and the repeat group with no item. (The embedded questionnaire is no base:
# its texts are longer, so it takes more than the synthetic one of 100 questions.)
#
# The files are written by `examples/write_synthetic.rs` into a temporary folder (or into
# KEEP_DIR, which is kept, for heaptrack or valgrind afterwards).
#
# Usage: benches/memory.sh      (SIZES=100,1000,2000,5000,10000 ITEMS=100,1000,10000
#                               MEM_RUNS=3 HOLD=0.5 COLS=200 ROWS=60 by default)
#        SIZES=1000,10000 ITEMS= benches/memory.sh     (ITEMS empty: no repeat group)
# Needs: cargo, python3, Linux (/proc).
set -euo pipefail

SIZES=${SIZES:-100,1000,2000,5000,10000}
ITEMS=${ITEMS-100,1000,10000}
MEM_RUNS=${MEM_RUNS:-3}
HOLD=${HOLD:-0.5}
COLS=${COLS:-200}
ROWS=${ROWS:-60}

cd "$(dirname "$0")/.."

echo "building the release binary and examples/write_synthetic.rs..." >&2
cargo build --release --locked --bin molnkoll --example write_synthetic >&2
target_dir=$(cargo metadata --format-version 1 --no-deps |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
bin="$target_dir/release/molnkoll"
writer="$target_dir/release/examples/write_synthetic"

if [ -n "${KEEP_DIR:-}" ]; then
    dir=$KEEP_DIR
    mkdir -p "$dir"
else
    dir=$(mktemp -d)
    trap 'rm -rf "$dir"' EXIT
fi
mkdir -p "$dir/data"

echo "writing the questionnaires and assessments into $dir..." >&2
# shellcheck disable=SC2086 # the sizes are split into words on purpose
"$writer" "$dir" questions 10 ${SIZES//,/ } >/dev/null
if [ -n "$ITEMS" ]; then
    # shellcheck disable=SC2086
    "$writer" "$dir" items 0 ${ITEMS//,/ } >/dev/null
fi
"$writer" "$dir" embedded >/dev/null
"$bin" --lang en --data-dir "$dir/data" new --title "Memory benchmark" >/dev/null

python3 - "$bin" "$dir" "$SIZES" "$ITEMS" "$MEM_RUNS" "$HOLD" "$COLS" "$ROWS" <<'PY'
import fcntl, math, os, re, select, signal, statistics, struct, sys, termios, time

bin_path, folder, sizes, items = sys.argv[1:5]
mem_runs, hold = int(sys.argv[5]), float(sys.argv[6])
cols, rows = int(sys.argv[7]), int(sys.argv[8])
sizes = [int(n) for n in sizes.split(",") if n.strip()]
items = [int(n) for n in items.split(",") if n.strip()]

env = {
    "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
    "HOME": os.environ.get("HOME", "/tmp"),
    "TERM": "xterm-256color",
    "LANG": "C.UTF-8",
    "LC_ALL": "C.UTF-8",
}

# What xterm answers when a program asks for its colours (OSC 10/11) and its device
# attributes (DA1): molnkoll asks before its first frame, and waits up to a second for a
# terminal that never answers (see benches/startup.sh).
TERMINAL_ANSWER = b"\x1b]10;rgb:ffff/ffff/ffff\x07\x1b]11;rgb:0000/0000/0000\x07\x1b[?62;22c"


def spawn(argv, size):
    """Starts argv as a session leader whose controlling terminal is a new pty."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
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


def wait_for(master, marker, timeout=60.0):
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


def status(pid):
    """VmHWM, VmRSS, RssAnon, RssFile in MB."""
    with open(f"/proc/{pid}/status") as f:
        text = f.read()
    fields = {}
    for name in ("VmHWM", "VmRSS", "RssAnon", "RssFile"):
        found = re.search(rf"{name}:\s+(\d+) kB", text)
        fields[name] = int(found.group(1)) / 1024 if found else float("nan")
    return fields


def measure(argv, marker, size):
    """Medians over MEM_RUNS runs: time to the first frame (ms) and the memory fields."""
    runs = []
    for _ in range(mem_runs):
        pid, master, start = spawn(argv, size)
        shown = wait_for(master, marker)
        if shown is None:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            os.close(master)
            sys.exit(f"{' '.join(argv)}: the first frame never appeared on the terminal")
        drain(master, hold)
        fields = status(pid)
        fields["first frame"] = (shown - start) * 1000
        os.kill(pid, signal.SIGKILL)
        drain(master, 0)
        os.waitpid(pid, 0)
        os.close(master)
        runs.append(fields)
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def kb(path):
    return os.path.getsize(path) / 1024


def path(name):
    return os.path.join(folder, name)


# The header shows the assessment's title in every case; the embedded questionnaire's new
# assessment opens on its first question.
FULL_TITLE = b"Molntj"  # "Molntjänst X, årlig granskning", from full_assessment
GROUPS_TITLE = b"ngder"  # "Många mängder", from common::groups::assessment
size = (cols, rows)
base_argv = [bin_path, "--lang", "en"]

embedded = [
    ("new", (80, 24)),
    ("new", (200, 60)),
    ("full", size),
]
print(f"embedded questionnaire (101 questions; full assessment "
      f"{kb(path('embedded.molnkoll.ron')):.0f} kB)")
print(f"{'assessment':<12} {'pty':>7} {'first frame':>12} {'peak RSS':>9} {'RSS now':>8} "
      f"{'anon':>7} {'file':>7}")
for which, pty in embedded:
    if which == "new":
        argv = base_argv + ["--data-dir", path("data")]
        marker = b"called?"
    else:
        argv = base_argv + ["open", path("embedded.molnkoll.ron")]
        marker = FULL_TITLE
    m = measure(argv, marker, pty)
    print(f"{which:<12} {pty[0]:>3}x{pty[1]:<3} {m['first frame']:>9.1f} ms "
          f"{m['VmHWM']:>6.1f} MB {m['VmRSS']:>5.1f} MB {m['RssAnon']:>4.1f} MB "
          f"{m['RssFile']:>4.1f} MB")
print()


def exponent(a, b, n1, n2):
    if a <= 0 or b <= 0:
        return float("nan")
    return math.log(b / a) / math.log(n2 / n1)


def case(n, files, argv, marker):
    return {"n": n, "files": files, "argv": argv, "marker": marker}


def table(title, unit, base, cases):
    """The base case is measured first: what the program takes with (almost) nothing in it,
    so that peak minus base is what the size costs."""
    print(title)
    b = measure(base["argv"], base["marker"], size)["VmHWM"]
    print(f"base: {base['n']} {unit}, {b:.1f} MB; 'marginal' is (peak - peak above) / "
          f"(n - n above); 'exp' is log(m2/m1)/log(n2/n1) from the row above, of the peak and "
          f"of the peak minus the base")
    one = unit[:-1]
    print(f"{unit:>9} {'files (kB)':<38} {'first frame':>12} {'peak RSS':>9} {'RSS now':>8} "
          f"{'anon':>7} {'kB/' + one:>12} {'marginal kB/' + one:>19} {'exp':>5} "
          f"{'exp above base':>14}")
    previous = None
    for c in cases:
        n = c["n"]
        m = measure(c["argv"], c["marker"], size)
        peak = m["VmHWM"]
        if previous:
            pn, ppeak = previous
            marginal = f"{(peak - ppeak) * 1024 / (n - pn):>19.2f}"
            exp = f"{exponent(ppeak, peak, pn, n):>5.2f}"
            exp_above = f"{exponent(ppeak - b, peak - b, pn, n):>14.2f}"
        else:
            marginal, exp, exp_above = f"{'':>19}", f"{'':>5}", f"{'':>14}"
        print(f"{n:>9,} {c['files']:<38} {m['first frame']:>9.1f} ms {peak:>6.1f} MB "
              f"{m['VmRSS']:>5.1f} MB {m['RssAnon']:>4.1f} MB {peak * 1024 / n:>12.2f} "
              f"{marginal} {exp} {exp_above}")
        previous = (n, peak)
    print()


def question_case(n):
    name = f"synthetic-{n}"
    files = (f"RON {kb(path(name + '.ron')):.0f}, FTL {kb(path(name + '.sv.ftl')):.0f}+"
             f"{kb(path(name + '.en.ftl')):.0f}, answers {kb(path(name + '.molnkoll.ron')):.0f}")
    argv = base_argv + ["--questionnaire", path(name + ".ron"),
                        "open", path(name + ".molnkoll.ron")]
    return case(n, files, argv, FULL_TITLE)


def item_case(n):
    name = f"groups-{n}.molnkoll.ron"
    files = f"RON {kb(path('groups.ron')):.1f}, answers {kb(path(name)):.0f}"
    argv = base_argv + ["--questionnaire", path("groups.ron"), "open", path(name)]
    return case(n, files, argv, GROUPS_TITLE)


table(f"synthetic questionnaires, fully answered, pty {cols}x{rows}", "questions",
      question_case(10), [question_case(n) for n in sizes])
if items:
    table(f"one repeat group of six questions, every item answered, pty {cols}x{rows}",
          "items", item_case(0), [item_case(n) for n in items])


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
      f"{os.getloadavg()[0]:.2f} at the end; median of {mem_runs} runs, "
      f"{hold} s after the first frame; peak RSS is VmHWM, RSS now is VmRSS then")
PY
