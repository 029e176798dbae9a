"""gunicorn settings for `make run`. BRIEF_HOST / BRIEF_PORT / BRIEF_WORKERS override the bind
and the worker count; anything else through GUNICORN_CMD_ARGS."""

import multiprocessing
import os

bind = f"{os.environ.get('BRIEF_HOST', '127.0.0.1')}:{os.environ.get('BRIEF_PORT', '8000')}"
# The work is CPU-bound: one worker per core, the libraries imported once before forking.
workers = int(os.environ.get("BRIEF_WORKERS", multiprocessing.cpu_count()))
preload_app = True
# A request's work is stopped well before this by the service itself (BRIEF_MAX_SECONDS).
timeout = 30
# No gunicorn access log: the service logs one line per request itself (service/requestlog.py),
# with its request id and without bodies or keys. Gunicorn's own log (worker boots, timeouts)
# goes to stderr.
accesslog = None
errorlog = "-"
# gunicorn >= 25 opens a control socket at one fixed path per user; several servers on one
# machine (tests, the soak script, `make run`) would fight over it, and nothing here uses it.
control_socket_disable = True


def when_ready(server):  # noqa: ARG001  (gunicorn's hook signature)
    """Warm the preloaded app in the master, before the workers fork from it: the first request
    of each worker then finds Punkt's model, the stop words and the stemmer loaded, and the
    solver of the exact choice (a budget in words) run once. Then everything loaded so far is
    moved out of the garbage collector's sight (gc.freeze): a worker's full collections no
    longer walk the libraries' tens of thousands of objects (a 60 ms pause every few dozen
    requests, measured on the seed set), and forked workers keep sharing those pages.

    The sentence encoder is kept off for the warming (BRIEF_ENCODER=off, then as it was): a
    worker forked from a master that has run onnxruntime and tokenizers hangs when it exits,
    and gunicorn then waits its whole graceful timeout (30 s) to stop, or leaves the worker
    behind when it is killed itself."""
    import gc

    from summarizer import summarize

    text = "The agency shared the data on Monday. Officials said the move was legal."
    before = os.environ.get("BRIEF_ENCODER")
    os.environ["BRIEF_ENCODER"] = "off"
    try:
        summarize({"articles": [{"text": text}, {"text": text.replace("Monday", "Tuesday")}],
                   "length": {"words": 60}})
    finally:
        if before is None:
            del os.environ["BRIEF_ENCODER"]
        else:
            os.environ["BRIEF_ENCODER"] = before
    gc.freeze()


def post_worker_init(worker):  # noqa: ARG001  (gunicorn's hook signature)
    """Load the sentence encoder in each worker, where it is built, so that no request waits
    for it (about 0.15 s). Not in the master: an onnxruntime session is not to be forked."""
    from summarizer.facts import encoder

    encoder.available()
