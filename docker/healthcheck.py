"""Exit 0 when the application answers over HTTP without a server error; run inside the web container.

http.client rather than urllib.request: a redirect must count as an answer, not be followed."""

import http.client
import os
import sys


def request_host() -> str:
    allowed = [host.strip() for host in os.environ.get("DJANGO_ALLOWED_HOSTS", "").split(",") if host.strip()]
    if not allowed or allowed[0] == "*":
        return "localhost"
    return allowed[0].lstrip(".")


def main() -> int:
    connection = http.client.HTTPConnection("127.0.0.1", 8000, timeout=5)
    try:
        # Said to come through the TLS proxy, or the HTTPS redirect would answer instead of the site.
        connection.request("GET", "/", headers={"Host": request_host(), "X-Forwarded-Proto": "https"})
        status = connection.getresponse().status
    except OSError as error:
        print(f"web: {error}", file=sys.stderr)
        return 1
    finally:
        connection.close()
    if status >= 500:
        print(f"web: HTTP {status}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
