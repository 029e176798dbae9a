"""gunicorn settings for `make run`; overridable with GUNICORN_CMD_ARGS."""

import multiprocessing

bind = "127.0.0.1:8000"
workers = max(2, multiprocessing.cpu_count())
timeout = 30
accesslog = "-"
