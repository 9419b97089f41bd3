#!/usr/bin/env python3
"""A throw-away webhook receiver for trying SecurityBot's outbound webhooks by hand (docs/integrations.md, "Tried by hand").

Listens on 127.0.0.1 only, logs every POST (headers, raw body) and verifies the signature independently of the bot,
as docs/integrations.md ("Verifying a webhook") says: HMAC-SHA256(secret, timestamp + "." + raw body), "v1=<hex>",
constant-time comparison, any of several comma-separated values, timestamp within 300 s either way, a delivery id
seen before is reported as a repeat. Answers 204 when genuine, 401 otherwise.
"""
import hashlib, hmac, json, os, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SECRET = os.environ["RECEIVER_SECRET"].encode("utf-8")
PORT = int(os.environ.get("RECEIVER_PORT", "8719"))
LOG = open(os.environ["RECEIVER_LOG"], "a", buffering=1) if os.environ.get("RECEIVER_LOG") else None
seen = set()
count = 0


def log(line):
    print(line, flush=True)
    if LOG:
        LOG.write(line + "\n")


def genuine(ts, body, header):
    try:
        seconds = int(ts)
    except (TypeError, ValueError):
        return False, "timestamp not an integer"
    skew = int(time.time()) - seconds
    if abs(skew) > 300:
        return False, f"timestamp {skew}s off"
    expected = hmac.new(SECRET, ts.encode("utf-8") + b"." + body, hashlib.sha256).hexdigest()
    ok = False
    for part in (header or "").split(","):
        part = part.strip()
        if part.startswith("v1=") and len(part) == 67:
            ok |= hmac.compare_digest(expected, part[3:])
    return ok, f"skew {skew}s"


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        global count
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        count += 1
        ts = self.headers.get("X-SecurityBot-Timestamp")
        sig = self.headers.get("X-SecurityBot-Signature")
        delivery = self.headers.get("X-SecurityBot-Delivery")
        ok, why = genuine(ts, body, sig)
        repeat = delivery in seen
        if ok:
            seen.add(delivery)
        try:
            data = json.loads(body)
            summary = f"type={data.get('type')} number={data['data'].get('number')} change={data['data'].get('change')} " \
                      f"stage={data['data'].get('stage')} severity={data['data'].get('severity')} version={data['data'].get('version')}"
        except Exception as e:  # noqa: BLE001
            summary = f"body not JSON ({e})"
        log(f"#{count} {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())} POST {self.path} {summary}")
        for name in ("Content-Type", "X-SecurityBot-Event", "X-SecurityBot-Delivery", "X-SecurityBot-Timestamp", "X-SecurityBot-Signature", "User-Agent"):
            log(f"    {name}: {self.headers.get(name)}")
        log(f"    body: {body.decode('utf-8', 'replace')}")
        log(f"    signature verified: {str(ok).lower()} ({why}); repeat delivery: {str(repeat).lower()}")
        self.send_response(204 if ok else 401)
        self.end_headers()

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    log(f"receiver listening on http://127.0.0.1:{PORT}/ (pid {os.getpid()})")
    ThreadingHTTPServer(("127.0.0.1", PORT), Handler).serve_forever()
