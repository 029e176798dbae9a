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
