"""gunicorn settings for `make run`. BRIEF_HOST / BRIEF_PORT / BRIEF_WORKERS override the bind
and the worker count; anything else through GUNICORN_CMD_ARGS."""

import multiprocessing
import os

bind = f"{os.environ.get('BRIEF_HOST', '127.0.0.1')}:{os.environ.get('BRIEF_PORT', '8000')}"
# The work is CPU-bound: one worker per core, the libraries imported once before forking.
workers = int(os.environ.get("BRIEF_WORKERS", multiprocessing.cpu_count()))
preload_app = True
timeout = 30
accesslog = "-"


def when_ready(server):  # noqa: ARG001  (gunicorn's hook signature)
    """Warm the preloaded app in the master, before the workers fork from it: the first request
    of each worker then finds Punkt's model, the stop words and the stemmer loaded."""
    from summarizer import summarize

    text = "The agency shared the data on Monday. Officials said the move was legal."
    summarize({"articles": [{"text": text}, {"text": text.replace("Monday", "Tuesday")}]})
