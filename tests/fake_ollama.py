"""An Ollama-compatible HTTP server on 127.0.0.1 for tests and benchmarks, with fault injection.

Speaks Ollama's native API (``/api/tags``, ``/api/version``, ``/api/show``, ``/api/chat`` with
``format`` = JSON schema) and the OpenAI-compatible one (``/v1/models``, ``/v1/chat/completions`` with
``response_format`` = json_schema). Answers are generated from the requested JSON schema: plausible,
varied text (names, places, dialogue with contractions) and numbers inside the schema's bounds, seeded
by the request so the same request gets the same answer.

Faults, per request: a script (``server.script = ["500", "malformed", ...]``, consumed in order) or
seeded rates (``fault_rates={"malformed": 0.1}``): ``malformed`` (JSON cut in half), ``think`` (a
``<think>`` block before the JSON), ``fence`` (```json fences), ``prose`` (a sentence before the JSON),
``slow`` (waits ``slow_seconds``), ``500`` (HTTP 500), ``empty`` (empty content). Models not in
``models`` answer 404 "model not found", as Ollama does.

For several-server runs: ``latency`` (every chat answer waits this long), ``max_parallel`` (requests
beyond it queue, like OLLAMA_NUM_PARALLEL), ``die_after`` (when that many chat requests have arrived
the server dies: the listener closes and every request in flight or arriving on an open connection is
dropped without an answer), ``port`` (a fixed port, to start again where a server died). Every chat
request is logged (``log``, and as JSON lines with its body to ``log_path``), with the time it happened
(``t``, monotonic): ``received``, then ``answered`` (HTTP 200), ``error`` (HTTP 500) or ``dropped``.
A ``responder(messages, schema)`` lets a test choose answers (e.g. deliberately wrong labels for
some scenes).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import random
import socket
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

FIRST = [
    "Mara",
    "Tomas",
    "Priya",
    "Elena",
    "Jonah",
    "Aiko",
    "Dev",
    "Lucia",
    "Owen",
    "Noor",
    "Felix",
    "Ines",
    "Kwame",
    "Sofia",
    "Ravi",
    "Hanna",
    "Mateo",
    "Yusuf",
    "Clara",
    "Bram",
    "Leila",
    "Marcus",
    "Ada",
    "Theo",
]
LAST = [
    "Okafor",
    "Lindqvist",
    "Reyes",
    "Haddad",
    "Novak",
    "Brennan",
    "Sato",
    "Moreau",
    "Kowalski",
    "Adeyemi",
    "Castillo",
    "Whitfield",
    "Nakamura",
    "Osei",
    "Petrov",
    "Duarte",
]
JOBS = [
    "night-shift nurse",
    "bakery owner",
    "high-school chemistry teacher",
    "bike courier",
    "paralegal",
    "sound engineer",
    "veterinary assistant",
    "bus driver",
    "graduate student",
    "hotel receptionist",
    "carpenter",
    "social worker",
    "line cook",
    "museum guard",
    "software tester",
    "florist",
]
PLACES = [
    "the laundromat on Fifth",
    "a rain-streaked bus shelter",
    "the hospital cafeteria",
    "her cramped kitchen",
    "the back room of the bakery",
    "a half-empty train",
    "the community garden",
    "his brother's garage",
    "the parking lot after closing",
    "a noisy bar's back booth",
    "the stairwell of their building",
    "the riverside path at dusk",
]
EMOTIONS = [
    "exhausted",
    "anxious",
    "guarded",
    "quietly hopeful",
    "irritable",
    "numb",
    "grieving",
    "restless",
    "relieved",
    "ashamed",
    "tender",
    "overwhelmed",
]
FACTORS = [
    "night_shift_week",
    "sick_parent",
    "eviction_notice",
    "new_baby",
    "deadline_crunch",
    "insomnia",
    "recent_breakup",
    "good_news_at_work",
    "chronic_pain_flare",
    "money_worries",
    "argument_with_sister",
    "long_commute",
    "finished_therapy_session",
    "missed_medication",
]
TOPICS = [
    "the money",
    "the move",
    "your mother",
    "the job offer",
    "what happened at the wedding",
    "the test results",
    "the letter",
    "Sunday",
    "the car",
    "the apartment",
    "the promise you made",
    "last winter",
]
SPEECH = [
    "I can't do this tonight, {n}. I'm sorry, I really am.",
    "Look, I want to be there for you, but I'm running on empty.",
    "You know I'd drop everything if I could. I just can't right now.",
    "Don't take it personally. It's not about you, it's about {t}.",
    "I'll call you tomorrow, I promise, when I've slept.",
    "Honestly? I haven't stopped shaking since this morning.",
    "We'll figure it out. Maybe not today, but we will.",
    "It's fine. No, it isn't. Give me a minute.",
    "I keep thinking about {t}, and I don't know what to say to you.",
    "You're not wrong. I just didn't expect to hear it from you.",
    "Can we sit down? My legs won't hold me up much longer.",
    "I'm listening. I'm tired, but I'm listening.",
    "That's not fair, and you know it isn't.",
    "I should've told you about {t} weeks ago.",
    "If I say yes now, I'll hate myself for it later.",
    "Let me make you tea. I can't fix it, but I can do that.",
    "You didn't deserve that. Neither of us did.",
    "I've been where you are. It doesn't get easier, it gets quieter.",
    "Don't look at me like that. I'm trying.",
    "We're going to talk about {t}, just not in {p}.",
    "I'd love to help, I would, but I've got nothing left today.",
    "Tell me what you need, and I'll tell you what I can actually give.",
    "I'm not angry. I'm scared, and it comes out wrong.",
    "You remember {t}? Yeah. That's why I can't.",
]
ACTIONS = [
    "{n} rubs the back of their neck.",
    "{n} glances at the door.",
    "{n}'s voice cracks.",
    "{n} stares at the cold coffee.",
    "{n} folds the receipt into smaller and smaller squares.",
    "{n} laughs, but there's nothing in it.",
    "{n} finally meets your eyes.",
]
NARRATIVE = [
    "{n}, a {j}, is cornered in {p} by a friend who needs more than {n} can give.",
    "It's the third week of {t}, and {n} hasn't told anyone at work.",
    "A friend turns up at {p} with news about {t} and asks {n} for help.",
    "{n} has been covering for a colleague while dealing with {t} at home.",
    "The player knows {n}'s partner has already decided about {t}; {n} still thinks it's undecided.",
    "{n} believes the argument about {t} was forgotten; everyone else remembers it.",
    "Weeks ago {n} mentioned {t} and then changed the subject too quickly.",
    "{n} grew up above a shop near {p} and still can't walk past it.",
    "The moment lands because {n}'s words echo what they said about {t}.",
    "This shows {n}'s conscientiousness in how carefully they list what went wrong with {t}.",
    "The response protects the relationship by naming the limit instead of pretending.",
    "{n} keeps promising to explain {t} and keeps not doing it.",
]


def _seed_of(body: Any) -> int:
    return int(hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()[:12], 16)


class Faker:
    """Values for a JSON schema, plausible by property name."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"

    def fill(self, t: str) -> str:
        r = self.rng
        return t.format(n=self.name.split()[0], j=r.choice(JOBS), p=r.choice(PLACES), t=r.choice(TOPICS))

    def speech(self, lo: int, hi: int) -> str:
        words: list[str] = []
        target = self.rng.randint(lo, hi)
        used = set()
        while len(words) < target:
            pool = ACTIONS if self.rng.random() < 0.2 else SPEECH
            line = self.rng.choice(pool)
            if line in used and len(used) < len(SPEECH):
                continue
            used.add(line)
            text = self.fill(line)
            words += (text if pool is ACTIONS else f'"{text}"').split()
        return " ".join(words)

    def string(self, key: str, schema: dict[str, Any]) -> str:
        r, k = self.rng, key.lower()
        if "enum" in schema:
            return r.choice(schema["enum"])
        if k in ("name", "character_name", "npc_name"):
            return self.name
        if k == "occupation":
            return r.choice(JOBS)
        if k in ("factor",):
            return r.choice(FACTORS)
        if "emotion" in k:
            return r.choice(EMOTIONS)
        if k == "type":  # irony option without enum
            return r.choice(["tone_deaf", "misguided", "growth"])
        if any(w in k for w in ("dialogue", "response", "prose")):
            return self.speech(60, 110) if "prose" in k else self.speech(30, 80)
        if k in ("player_request", "player_action"):
            return self.fill(
                r.choice(
                    [
                        "Can you come with me to {p} tomorrow? I can't face it alone.",
                        "I need to talk about {t}. Tonight, if you can.",
                        "I brought you lunch and I'm not leaving until you eat.",
                        "You promised you'd tell me about {t}. Tell me now.",
                    ]
                )
            )
        if k == "notes":
            return self.fill(r.choice(NARRATIVE))
        return " ".join(self.fill(r.choice(NARRATIVE)) for _ in range(r.randint(1, 2)))

    def number(self, key: str, schema: dict[str, Any], integer: bool) -> float | int:
        r, k = self.rng, key.lower()
        lo, hi = schema.get("minimum"), schema.get("maximum")
        if integer:
            lo = int(lo if lo is not None else 1)
            hi = int(hi if hi is not None else lo + 9)
            if k == "age":
                lo, hi = max(lo, 19), min(hi, 78)
            return r.randint(lo, hi)
        if k == "impact":
            v = r.uniform(-3.0, -0.5) if r.random() < 0.85 else r.uniform(0.5, 1.5)
        elif "score" in k or k in ("authenticity", "consistency", "complexity", "usability", "hook_effectiveness"):
            v = r.uniform(0.62, 0.95)
        elif "capacity" in k:
            v = r.uniform(1.0, 9.0)
        elif "weeks" in k:
            v = r.randint(1, 60)
        else:
            v = r.uniform(lo if lo is not None else 0.0, hi if hi is not None else 1.0)
        if lo is not None:
            v = max(lo, v)
        if hi is not None:
            v = min(hi, v)
        return round(v, 2)

    def value(self, key: str, schema: dict[str, Any]) -> Any:
        t = schema.get("type", "string")
        if isinstance(t, list):
            t = next((x for x in t if x != "null"), "string")
        if t == "object":
            props = schema.get("properties", {})
            if key == "samples_item":
                self.name = f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"
            return {k: self.value(k, v) for k, v in props.items()}
        if t == "array":
            lo = schema.get("minItems", 1)
            hi = schema.get("maxItems", max(lo, 3))
            n = lo if key == "samples" else self.rng.randint(lo, max(lo, min(hi, 3)))
            items = schema.get("items", {"type": "string"})
            return [self.value("samples_item" if key == "samples" else key, items) for _ in range(n)]
        if t in ("number", "integer"):
            return self.number(key, schema, t == "integer")
        if t == "boolean":
            return self.rng.random() < 0.5
        return self.string(key, schema)


def request_key(body: dict[str, Any], openai: bool) -> str:
    """What makes two chat requests the same (model, messages, schema, seed), on either API."""
    if openai:
        schema = ((body.get("response_format") or {}).get("json_schema") or {}).get("schema")
        seed = body.get("seed")
    else:
        schema = body.get("format")
        seed = (body.get("options") or {}).get("seed")
    return hashlib.sha256(
        json.dumps([body.get("model"), body.get("messages"), schema, seed], sort_keys=True).encode()
    ).hexdigest()


def answer_for(schema: Any, rng: random.Random) -> str:
    if not isinstance(schema, dict):
        schema = {"type": "object", "properties": {"answer": {"type": "string"}}}
    return json.dumps(Faker(rng).value("root", schema), ensure_ascii=False)


def free_port() -> int:
    """A port nothing listens on yet, for a server started later on a known port. Another process may take
    it in between (tests run in parallel): for a server that stays down, use `dead_port`."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


_HELD: list[socket.socket] = []  # bound, never listening: closed when the process ends


def dead_port() -> int:
    """A port that refuses every connection for the rest of this process: bound by a socket that never
    listens, so no server of a parallel test worker can be given it (a released port could be)."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    _HELD.append(s)
    return s.getsockname()[1]


class FakeOllama:
    def __init__(
        self,
        models: tuple[str, ...] = ("qwen3:30b-a3b", "qwen3:8b", "qwen3:32b"),
        fault_rates: dict[str, float] | None = None,
        slow_seconds: float = 0.5,
        seed: int = 0,
        plain_text: str | None = None,
        latency: float = 0.0,
        max_parallel: int | None = None,
        die_after: int | None = None,
        log_path: str | None = None,
        port: int = 0,
        responder: Any = None,
    ) -> None:
        self.models = set(models)
        self.latency = latency
        self.parallel = threading.Semaphore(max_parallel) if max_parallel else None
        self.die_after = die_after
        self.log_path = log_path
        self.port = port
        self.dead = False
        self.log: list[dict[str, Any]] = []  # one entry per chat request event
        self.received = 0
        self.fault_rates = dict(fault_rates or {})
        self.slow_seconds = slow_seconds
        self.gate: threading.Event | None = None  # set by a test: every chat request waits until it opens
        self.seed = seed
        self.plain_text = plain_text
        self.responder = responder  # (messages, schema) -> answer text, or None for the schema-driven one
        self.script: list[str] = []
        self.lock = threading.Lock()
        self.chat_keys: list[str] = []  # one per chat request answered 200 (content key)
        self.counts: Counter = Counter()  # per fault / outcome
        self.seen: Counter = Counter()  # times each request content was received
        self.httpd: ThreadingHTTPServer | None = None
        self.thread: threading.Thread | None = None

    # ---- lifecycle -------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        assert self.port, "not started"
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FakeOllama:
        handler = type("Handler", (_Handler,), {"fake": self})
        self.dead = False
        self.httpd = ThreadingHTTPServer(("127.0.0.1", self.port), handler)
        self.port = self.httpd.server_address[1]
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()
        return self

    def die(self) -> None:
        """Stop answering at once: requests in flight are dropped, new connections refused."""
        self.dead = True
        httpd, self.httpd = self.httpd, None
        if httpd is not None:
            threading.Thread(target=lambda: (httpd.shutdown(), httpd.server_close()), daemon=True).start()

    def stop(self) -> None:
        self.dead = True
        if self.httpd is not None:
            self.httpd.shutdown()
            self.httpd.server_close()
            self.httpd = None

    def __enter__(self) -> FakeOllama:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    # ---- answers ---------------------------------------------------------------------------------
    def _event(self, event: str, key: str, body: dict[str, Any] | None = None) -> None:
        entry = {"event": event, "key": key, "t": time.monotonic()}  # one clock for servers in one process
        with self.lock:
            self.log.append(entry)
            if self.log_path:
                with open(self.log_path, "a", encoding="utf-8") as f:
                    f.write(json.dumps({**entry, "body": body} if body is not None else entry) + "\n")

    def serve_chat(self, path: str, body: dict[str, Any]) -> tuple[int, Any] | None:
        """`chat` with latency, the parallel limit, death and the request log; None: drop it."""
        key = request_key(body, path.startswith("/v1/"))
        with self.lock:
            self.received += 1
            dies = self.die_after is not None and self.received >= self.die_after and not self.dead
        self._event("received", key, body)
        if dies:
            self.die()
        if self.parallel is not None:
            self.parallel.acquire()
        try:
            if self.latency:
                time.sleep(self.latency)
            if self.dead:
                self._event("dropped", key)
                return None
            code, obj = self.chat(path, body)
        finally:
            if self.parallel is not None:
                self.parallel.release()
        if self.dead:  # died while this answer was being made: it never leaves
            self._event("dropped", key)
            return None
        self._event("answered" if code == 200 else "error", key)
        return code, obj

    def _fault(self, body: dict[str, Any], rng: random.Random) -> str:
        with self.lock:
            if self.script:
                return self.script.pop(0)
        for fault, rate in sorted(self.fault_rates.items()):
            if rng.random() < rate:
                return fault
        return "ok"

    def chat(self, path: str, body: dict[str, Any]) -> tuple[int, Any]:
        model = body.get("model")
        if model not in self.models:
            with self.lock:
                self.counts["missing_model"] += 1
            return 404, {"error": f"model '{model}' not found, try pulling it first"}
        openai = path.startswith("/v1/")
        if openai:
            rf = body.get("response_format") or {}
            schema = (rf.get("json_schema") or {}).get("schema")
        else:
            schema = body.get("format")
        key = request_key(body, openai)
        rng = random.Random(_seed_of([self.seed, key]))
        with self.lock:  # the n-th time this request is seen: a retry may draw a different fault
            self.seen[key] += 1
            nth = self.seen[key]
        fault = self._fault(body, random.Random(_seed_of([self.seed, "fault", key, nth])))
        with self.lock:
            self.counts[fault] += 1
        if self.gate is not None:  # a test holds the run here (a bound, not a timing: it opens the gate itself)
            self.gate.wait(300)
        if fault == "slow":
            time.sleep(self.slow_seconds)
        if fault == "500":
            return 500, {"error": "llama runner process has terminated: exit status 2"}
        text = self.plain_text if self.plain_text is not None else answer_for(schema, rng)
        if self.responder is not None:
            chosen = self.responder(body.get("messages") or [], schema)
            text = text if chosen is None else chosen
        if fault == "malformed":
            text = text[: max(1, len(text) // 2)]
        elif fault == "think":
            text = "<think>\nThe user wants JSON. Let me think about capacity {X+2}...\n</think>\n\n" + text
        elif fault == "fence":
            text = "```json\n" + text + "\n```"
        elif fault == "prose":
            text = "Here are the examples you asked for:\n" + text
        elif fault == "empty":
            text = ""
        with self.lock:
            self.chat_keys.append(key)
        if openai:
            return 200, {
                "id": "chatcmpl-fake",
                "object": "chat.completion",
                "model": model,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
            }
        return 200, {
            "model": model,
            "created_at": "2025-10-14T12:00:00Z",
            "message": {"role": "assistant", "content": text},
            "done": True,
            "done_reason": "stop",
        }


class _Handler(BaseHTTPRequestHandler):
    """Answers as Ollama would for `fake` (set on a subclass per FakeOllama)."""

    fake: FakeOllama

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body are separate writes: no 40 ms stalls

    def log_message(self, *a: Any) -> None:
        pass

    def _send(self, code: int, obj: Any) -> None:
        data = json.dumps(obj).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        if self.fake.dead:
            self.drop()
            return
        if self.path == "/api/tags":
            self._send(200, {"models": [{"name": m, "model": m} for m in sorted(self.fake.models)]})
        elif self.path == "/api/version":
            self._send(200, {"version": "0.9.0-fake"})
        elif self.path == "/v1/models":
            self._send(
                200, {"object": "list", "data": [{"id": m, "object": "model"} for m in sorted(self.fake.models)]}
            )
        elif self.path == "/":
            self._send(200, "Ollama is running")
        else:
            self._send(404, {"error": "not found"})

    def drop(self) -> None:
        """Die like a killed process: no answer, the connection closed under the client."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def do_POST(self) -> None:
        if self.fake.dead:
            self.drop()
            return
        n = int(self.headers.get("Content-Length") or 0)
        try:
            body = json.loads(self.rfile.read(n) or b"{}")
        except ValueError:
            self._send(400, {"error": "invalid JSON"})
            return
        if self.path in ("/api/chat", "/v1/chat/completions"):
            got = self.fake.serve_chat(self.path, body)
            if got is None:
                self.drop()
            else:
                self._send(*got)
        elif self.path == "/api/show":
            if body.get("model") in self.fake.models:
                self._send(200, {"details": {"family": "qwen3"}})
            else:
                self._send(404, {"error": f"model '{body.get('model')}' not found"})
        else:
            self._send(404, {"error": "not found"})


if __name__ == "__main__":  # pragma: no cover - manual use: python tests/fake_ollama.py [--servers N ...]
    import argparse
    import sys

    ap = argparse.ArgumentParser(description="fake Ollama servers on 127.0.0.1; prints one URL a line")
    ap.add_argument("--servers", type=int, default=1)
    ap.add_argument("--latency", type=float, default=0.0, help="seconds before every chat answer")
    ap.add_argument("--max-parallel", type=int, default=None, help="requests answered at once per server")
    a = ap.parse_args()
    servers = [FakeOllama(latency=a.latency, max_parallel=a.max_parallel).start() for _ in range(a.servers)]
    for srv in servers:
        print(srv.url, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        for srv in servers:
            srv.stop()
        sys.exit(0)
