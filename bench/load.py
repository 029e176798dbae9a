"""HTTP load: the seed set POSTed to /summarize by wrk, against gunicorn started as `make run` does.

    .venv/bin/python bench/load.py [--duration 30] [--connections 4] [--threads 1] [--set PATH]
                                   [--fixed-brief] [--in-process 30]

Starts gunicorn with gunicorn.conf.py (BRIEF_HOST=127.0.0.1, BRIEF_PORT a free port, the
workers and preloading of `make run`), times the first request after start (from spawning
gunicorn to the first brief, and that request alone), runs wrk (Debian's `wrk` package) with a
Lua script that POSTs the set as the JSON contract for --duration seconds on loopback, then
stops gunicorn. Prints requests/s, latency percentiles and errors as a Markdown row and as JSON,
with the CPU time the workers spent per request (from /proc, on Linux): the cores divided by it
is the most requests/s the machine can serve. --fixed-brief serves bench/fixed_brief.py instead
of wsgi.py (the pipeline runs once), to time the HTTP stack alone.
Every wait has a time limit; gunicorn is stopped whatever happens.

Around the HTTP run, on the same cores and the same request: the in-process rate, as many
processes as gunicorn has workers each parsing the body, summarising and writing the response
JSON in a loop for --in-process seconds (0: skip), once before gunicorn starts and once after it
stops (the machine's speed drifts: their mean is the yardstick). The HTTP rate is printed as a
share of that mean: what the service's own layers (gunicorn, Flask, validation, and wrk's
share of the cores) leave of the pipeline's throughput.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.speed import SEED_SET, set_request, yardstick_line, yardstick_ms  # noqa: E402

START_TIMEOUT = 60.0  # seconds for gunicorn to answer /healthz
STOP_TIMEOUT = 10.0  # seconds for gunicorn to exit after SIGTERM
SHARE_BAR = 0.70  # HTTP requests/s as a share of the in-process rate, from issue 18

LUA = """
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = assert(io.open("%(body)s", "rb"))
wrk.body = f:read("*a")
f:close()

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests": %%d, "duration_us": %%d, "p50_us": %%d, "p90_us": %%d, ' ..
    '"p99_us": %%d, "max_us": %%d, "mean_us": %%.1f, "connect": %%d, "read": %%d, ' ..
    '"write": %%d, "status": %%d, "timeout": %%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, latency.mean, e.connect, e.read, e.write, e.status,
    e.timeout))
end
"""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def post(url: str, body: bytes, timeout: float = 10.0) -> int:
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        response.read()
        return int(response.status)


def wait_ready(base: str, server: subprocess.Popen[bytes], deadline: float) -> None:
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"gunicorn exited with status {server.returncode}")
        try:
            with urllib.request.urlopen(f"{base}/healthz", timeout=1.0) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.02)
    raise RuntimeError(f"gunicorn did not answer within {START_TIMEOUT:g} s")


def workers_cpu_s(master: int) -> float | None:
    """User and system CPU seconds spent so far by the gunicorn master's children (its
    workers), from /proc; None where /proc does not list a process's children."""
    children = Path(f"/proc/{master}/task/{master}/children")
    try:
        pids = children.read_text().split()
        ticks = 0
        for pid in pids:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])  # utime, stime: fields 14 and 15
    except (OSError, IndexError, ValueError):
        return None
    return ticks / os.sysconf("SC_CLK_TCK") if pids else None


def _in_process_loop(body: bytes, seconds: float) -> tuple[int, float, float]:
    """Requests done, seconds spent and CPU seconds spent by one process summarising `body`
    (the service's work: parse the JSON, summarise, write the JSON) again and again for
    `seconds`, after one warm-up request."""
    from summarizer import summarize

    summarize(json.loads(body))  # warm-up: Punkt's model, stop words, caches
    started, cpu = time.perf_counter(), time.process_time()
    deadline, done = started + seconds, 0
    while time.perf_counter() < deadline and done < 10**6:  # capped: a million requests
        json.dumps(summarize(json.loads(body)))
        done += 1
    return done, time.perf_counter() - started, time.process_time() - cpu


def workers_of_gunicorn() -> int:
    """The workers gunicorn.conf.py starts: BRIEF_WORKERS, else one per core."""
    return int(os.environ.get("BRIEF_WORKERS", multiprocessing.cpu_count()))


def in_process_rate(body: bytes, seconds: float, processes: int) -> tuple[float, float]:
    """Requests per second of `processes` processes summarising `body` side by side, and
    their CPU ms per request (which the machine's drift and other load change less)."""
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        done = pool.starmap(_in_process_loop, [(body, seconds)] * processes)
    requests = sum(count for count, _, _ in done)
    return (sum(count / spent for count, spent, _ in done),
            sum(cpu for _, _, cpu in done) * 1000 / max(requests, 1))


def stop(server: subprocess.Popen[bytes]) -> None:
    if server.poll() is None:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=STOP_TIMEOUT)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=30, help="seconds of load (wrk -d)")
    parser.add_argument("--connections", type=int, default=4, help="open connections (wrk -c)")
    parser.add_argument("--threads", type=int, default=1, help="wrk threads (wrk -t)")
    parser.add_argument("--set", type=Path, default=SEED_SET,
                        help="folder of articles to POST (default: the seed set)")
    parser.add_argument("--fixed-brief", action="store_true",
                        help="serve bench/fixed_brief.py: the pipeline runs once, so the run "
                             "times the HTTP stack alone")
    parser.add_argument("--in-process", type=float, default=15, metavar="SECONDS",
                        help="seconds of the in-process rate, measured before and after the "
                             "HTTP run (0: skip)")
    args = parser.parse_args(argv)
    wrk = shutil.which("wrk")
    if wrk is None:
        print("wrk is not installed: apt-get install -y wrk", file=sys.stderr)
        return 2
    before = yardstick_ms()
    gunicorn = Path(sys.executable).with_name("gunicorn")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="brief-load-") as tmp:
        body_path = Path(tmp) / "request.json"
        body = json.dumps(set_request(args.set)).encode()
        body_path.write_bytes(body)
        measure = args.in_process > 0 and not args.fixed_brief
        in_before = in_process_rate(body, args.in_process, workers_of_gunicorn()) \
            if measure else None
        script = Path(tmp) / "post.lua"
        script.write_text(LUA % {"body": body_path})
        env = {**os.environ, "BRIEF_HOST": "127.0.0.1", "BRIEF_PORT": str(port)}
        started = time.monotonic()
        with open(Path(tmp) / "gunicorn.log", "wb") as log:
            app = "bench.fixed_brief:app" if args.fixed_brief else "wsgi:app"
            server = subprocess.Popen([str(gunicorn), "-c", "gunicorn.conf.py", app],
                                      cwd=ROOT, env=env, stdout=log, stderr=log)
            try:
                wait_ready(base, server, started + START_TIMEOUT)
                ready = time.monotonic()
                status = post(f"{base}/summarize", body)
                first_done = time.monotonic()
                if status != 200:
                    raise RuntimeError(f"first request answered {status}")
                command = [wrk, f"-t{args.threads}", f"-c{args.connections}",
                           f"-d{args.duration}s", "--timeout", "5s", "-s", str(script),
                           f"{base}/summarize"]
                cpu_before = workers_cpu_s(server.pid)
                done = subprocess.run(command, capture_output=True, text=True,
                                      timeout=args.duration + 30)
                cpu_after = workers_cpu_s(server.pid)
            finally:
                stop(server)
        in_after = in_process_rate(body, args.in_process, workers_of_gunicorn()) \
            if measure else None
    in_process = in_cpu = None
    if in_before is not None and in_after is not None:
        in_process = (in_before[0] + in_after[0]) / 2
        in_cpu = (in_before[1] + in_after[1]) / 2
    lines = [x for x in done.stdout.splitlines() if x.startswith("RESULT ")]
    if done.returncode != 0 or not lines:
        print(done.stdout, done.stderr, file=sys.stderr)
        return 1
    result = json.loads(lines[-1][len("RESULT "):])
    errors = sum(result[k] for k in ("connect", "read", "write", "status", "timeout"))
    rps = result["requests"] / (result["duration_us"] / 1e6)
    out = {
        "rps": round(rps, 1), "p50_ms": result["p50_us"] / 1000,
        "p90_ms": result["p90_us"] / 1000, "p99_ms": result["p99_us"] / 1000,
        "max_ms": result["max_us"] / 1000, "requests": result["requests"], "errors": errors,
        "start_to_ready_s": round(ready - started, 3),
        "first_request_ms": round((first_done - ready) * 1000, 1),
        "connections": args.connections, "duration_s": args.duration,
        "yardstick_ms": [round(before), round(yardstick_ms())],
        "fixed_brief": args.fixed_brief,
        "in_process_rps": None if in_process is None else round(in_process, 1),
        "in_process_rps_before_after": None if in_before is None or in_after is None
        else [round(in_before[0], 1), round(in_after[0], 1)],
        "in_process_cpu_ms_per_request": None if in_cpu is None else round(in_cpu, 2),
        "http_share": None if in_process is None else round(rps / in_process, 3),
        "worker_cpu_ms_per_request":
            None if cpu_before is None or cpu_after is None or not result["requests"]
            else round((cpu_after - cpu_before) * 1000 / result["requests"], 2),
    }
    print("| requests/s | p50 ms | p90 ms | p99 ms | max ms | requests | errors |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    print(f"| {out['rps']:.1f} | {out['p50_ms']:.1f} | {out['p90_ms']:.1f} | {out['p99_ms']:.1f} "
          f"| {out['max_ms']:.1f} | {out['requests']:,} | {errors} |")
    print(f"\ngunicorn ready {out['start_to_ready_s']:.2f} s after start; first brief "
          f"{out['first_request_ms']:.0f} ms; wrk -t{args.threads} -c{args.connections} "
          f"-d{args.duration}s, {os.cpu_count()} CPUs"
          + (", the pipeline run once (--fixed-brief)" if args.fixed_brief else ""))
    if out["worker_cpu_ms_per_request"]:  # neither unknown nor under a clock tick
        cpu = out["worker_cpu_ms_per_request"]
        print(f"workers' CPU per request: {cpu:.2f} ms, so at most "
              f"{(os.cpu_count() or 1) * 1000 / cpu:.0f} requests/s on {os.cpu_count()} CPUs")
    if in_process is not None:
        print(f"in process, {workers_of_gunicorn()} processes on the same request: "
              f"{in_process:.1f} requests/s (before {in_before[0]:.1f}, after "
              f"{in_after[0]:.1f}); "
              f"over HTTP {out['rps']:.1f}, "
              f"{out['http_share']:.0%} of it (bar: ≥ {SHARE_BAR:.0%}); p99 / p50 = "
              f"{out['p99_ms'] / out['p50_ms']:.2f} (bar: ≤ 3); errors {errors} (bar: 0)")
        if out["worker_cpu_ms_per_request"]:
            print(f"CPU per request: {in_cpu:.2f} ms in process, "
                  f"{out['worker_cpu_ms_per_request']:.2f} ms in gunicorn's workers: the "
                  f"service's layers take {out['worker_cpu_ms_per_request'] - in_cpu:.2f} ms")
    print(yardstick_line(*out["yardstick_ms"]))
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
