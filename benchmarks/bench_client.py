"""Client overhead: requests/s through `LLMClient` at concurrency 8 against a server that answers at once.

The server is tests/fake_ollama.py on 127.0.0.1 in a separate process (no faults, a small
structured-output schema), so the
figure is the client's cost (request building, HTTP, JSON, bounded concurrency) plus the loopback
server's. Target: >= 200 requests/s. Run: ``python benchmarks/bench_client.py [--requests N]``.
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this tree's package, not an editable install's

from curation.llm.client import ChatRequest, LLMClient, RequestCache  # noqa: E402

SCHEMA = {
    "type": "object",
    "properties": {
        "name": {"type": "string", "enum": ["a", "b"]},
        "score": {"type": "number", "minimum": 0, "maximum": 1},
    },
    "required": ["name", "score"],
}


async def bench(url: str, n: int, concurrency: int, api: str, cache: RequestCache | None) -> float:
    client = LLMClient(
        api=api,
        host=url,
        base_url=url + "/v1" if api == "openai" else None,
        concurrency=concurrency,
        retries=0,
        cache=cache,
    )
    reqs = [ChatRequest.make("qwen3:8b", "system", f"request {i}", schema=SCHEMA, seed=i) for i in range(n)]
    async with client:
        await asyncio.gather(*(client.chat(r) for r in reqs[: concurrency * 2]))  # warm connections
        t = time.perf_counter()
        await asyncio.gather(*(client.chat(r) for r in reqs))
        return n / (time.perf_counter() - t)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=8)
    args = ap.parse_args()
    # the server runs in its own process, so its work does not share the client's interpreter (GIL)
    proc = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve().parents[1] / "tests" / "fake_ollama.py")],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        url = proc.stdout.readline().strip()
        srv = type("Server", (), {"url": url})
        rows = []
        for api in ("ollama", "openai"):
            rows.append((f"{api}, no cache", asyncio.run(bench(srv.url, args.requests, args.concurrency, api, None))))
        with tempfile.TemporaryDirectory() as d:
            cache = RequestCache(Path(d) / "c.sqlite")
            rows.append(
                (
                    "ollama, cache (misses, writes)",
                    asyncio.run(bench(srv.url, args.requests, args.concurrency, "ollama", cache)),
                )
            )
            rows.append(
                (
                    "ollama, cache (all hits)",
                    asyncio.run(bench(srv.url, args.requests, args.concurrency, "ollama", cache)),
                )
            )
            cache.close()
    finally:
        proc.terminate()
        proc.wait()
    print(f"{args.requests} requests at concurrency {args.concurrency}:")
    for name, rate in rows:
        print(f"  {name:32s} {rate:8.0f} requests/s")
    ok = rows[0][1] >= 200
    print("target >= 200 requests/s:", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
