#!/usr/bin/env python3
"""Load test for `publicitycheck serve`: N concurrent clients post sample releases for D seconds over keep-alive
connections, then print requests per second, p50/p99 latency and errors.

Usage: load-test.py URL [--clients 50] [--seconds 30]   (start the server first; see load-test.sh)
"""
import argparse, glob, http.client, json, os, threading, time, urllib.parse

root = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..', '..'))


def bodies():
    out = []
    for path in sorted(glob.glob(os.path.join(root, 'samples', '*.md'))):
        with open(path, encoding='utf-8', errors='replace') as f:
            out.append(json.dumps({'paragraphs': f.read().split('\n'), 'publishOn': '2026-03-05'}).encode())
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('url')
    parser.add_argument('--clients', type=int, default=50)
    parser.add_argument('--seconds', type=float, default=30)
    args = parser.parse_args()
    target = urllib.parse.urlparse(args.url)
    payloads = bodies()
    latencies, errors, lock = [], [0], threading.Lock()
    deadline = time.monotonic() + args.seconds

    def client(n):
        conn = http.client.HTTPConnection(target.hostname, target.port, timeout=60)
        mine, bad, i = [], 0, n
        while time.monotonic() < deadline:
            body = payloads[i % len(payloads)]
            i += 1
            started = time.monotonic()
            try:
                conn.request('POST', '/api/v1/check', body, {'Content-Type': 'application/json'})
                response = conn.getresponse()
                response.read()
                if response.status != 200:
                    bad += 1
            except Exception:
                bad += 1
                conn.close()
                conn = http.client.HTTPConnection(target.hostname, target.port, timeout=60)
            mine.append(time.monotonic() - started)
        with lock:
            latencies.extend(mine)
            errors[0] += bad

    started = time.monotonic()
    threads = [threading.Thread(target=client, args=(n,)) for n in range(args.clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    latencies.sort()
    pick = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000 if latencies else float('nan')
    print(f'clients {args.clients}, {elapsed:.1f} s, {len(latencies)} requests, {len(payloads)} sample releases')
    print(f'requests/s {len(latencies) / elapsed:.1f}')
    print(f'latency p50 {pick(0.50):.1f} ms, p99 {pick(0.99):.1f} ms')
    print(f'errors {errors[0]}')


if __name__ == '__main__':
    main()
