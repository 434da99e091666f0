"""gunicorn settings for the container. Options given on the command line override these."""

import os

bind = "0.0.0.0:8000"

# Sync workers are enough behind nginx, which buffers slow clients and uploads. Two per CPU plus one
# is gunicorn's rule of thumb; the cap keeps memory bounded on a large host.
workers = int(os.environ.get("GUNICORN_WORKERS") or min(2 * len(os.sched_getaffinity(0)) + 1, 8))

# Generous enough for the first renditions of a large uploaded image.
timeout = int(os.environ.get("GUNICORN_TIMEOUT") or 60)

# Recycling workers now and then bounds any slow memory growth.
max_requests = 1000
max_requests_jitter = 100

# Docker's overlay filesystem can stall the workers' heartbeat files; memory cannot.
worker_tmp_dir = "/dev/shm"

accesslog = "-"
errorlog = "-"
# The client address is the one nginx forwards, not nginx's own.
access_log_format = '%({x-forwarded-for}i)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s" %(M)sms'

# Only nginx reaches this port (it is not published), so its forwarded headers can be trusted.
forwarded_allow_ips = "*"

# Nobody attaches gunicornc inside the container, and the app user has no home for its socket.
control_socket_disable = True
