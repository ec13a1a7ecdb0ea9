"""Worker processes for work that is independent per input file, with results in input order.

The build and the batch readers hand each batch file to a process of a small pool and take the results back
in file order, a few files ahead of the consumer, so memory stays bounded however many files there are and
what comes out is exactly what one process would produce. Workers are forked: they inherit the parent's
state (settings, the domain spec, the stage objects) instead of rebuilding it, which is why `ordered_map`
takes the shared state as `payload` and hands it to the function in the worker.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar

from .errors import UserError

#: environment variable: how many worker processes (default: the cores this process may use; 1 = none)
WORKERS_ENV = "UNWRITTEN_WORKERS"

T = TypeVar("T")
R = TypeVar("R")

#: what the workers of the running `ordered_map` share (set in the parent before they fork: inherited)
_PAYLOAD: Any = None


def default_workers() -> int:
    """Worker processes: `UNWRITTEN_WORKERS` when set, else the cores this process may use."""
    env = os.environ.get(WORKERS_ENV, "").strip()
    if env:
        try:
            return max(1, int(env))
        except ValueError:
            raise UserError(f"{WORKERS_ENV}={env!r}: not a whole number of worker processes") from None
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, cores or 1)


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def _call(fn: Callable[[Any, Any], Any], item: Any) -> Any:
    global _IN_WORKER
    _IN_WORKER = True
    return fn(_PAYLOAD, item)


_IN_WORKER = False


def in_worker() -> bool:
    """Whether this process is a worker of `ordered_map` / `in_child` (its siblings already use the other
    cores: a worker adds no threads of its own)."""
    return _IN_WORKER


def ordered_map(
    fn: Callable[[Any, T], R], items: Iterable[T], payload: Any, workers: int, ahead: int | None = None
) -> Iterator[R]:
    """`fn(payload, item)` for each item, computed by `workers` forked processes, yielded in item order.

    At most `ahead` items (default two per worker) are in flight or waiting to be taken. `fn` must be a
    module-level function (it is sent to the workers by name); an exception in a worker is raised here when
    its item's turn comes. Closing the iterator early cancels what has not started."""
    global _PAYLOAD
    ahead = ahead or 2 * workers
    pending: deque[Future] = deque()
    todo = iter(items)
    _PAYLOAD = payload
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            try:
                while True:
                    while len(pending) < ahead:
                        item = next(todo, _END)
                        if item is _END:
                            break
                        pending.append(pool.submit(_call, fn, item))
                    if not pending:
                        return
                    yield pending.popleft().result()
            finally:
                for future in pending:
                    future.cancel()
    finally:
        _PAYLOAD = None


_END: Any = object()


@contextlib.contextmanager
def in_child(fn: Callable[[Any, Any], R], payload: Any, arg: Any) -> Iterator[Future]:
    """`fn(payload, arg)` running in one forked process while the block runs; the block gets its future
    (`.result()` waits for it and raises what it raised). Leaving the block waits for the process."""
    global _PAYLOAD
    _PAYLOAD = payload
    try:
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
            future = pool.submit(_call, fn, arg)
            _PAYLOAD = None  # the worker forked with it; the parent needs it no longer
            yield future
    finally:
        _PAYLOAD = None
