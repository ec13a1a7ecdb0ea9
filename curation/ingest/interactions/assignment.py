"""Best one-to-one assignment (Hungarian algorithm): which of their fields is which spec field.

Greedy choices cross (the first good pair takes a field another pair needed more); the optimum of the summed
scores does not. Small matrices (tens of fields), pure Python, O(n^3).
"""

from __future__ import annotations

_BIG = 1e6  # the cost of a pair that is not allowed


def best_assignment(score: list[list[float | None]]) -> list[tuple[int, int]]:
    """Rows to columns, one to one, maximising the summed score; None = not allowed; a row or column may stay
    unassigned (score 0). Hungarian algorithm (O(n^3)) on a square matrix padded with "unassigned" cells."""
    rows = len(score)
    cols = len(score[0]) if rows else 0
    if not rows or not cols:
        return []
    p = _hungarian(_padded_costs(score, rows, cols))
    out = []
    for j in range(1, cols + 1):
        i = p[j]
        if 1 <= i <= rows and score[i - 1][j - 1] is not None:
            out.append((i - 1, j - 1))
    return out


def _padded_costs(score: list[list[float | None]], rows: int, cols: int) -> list[list[float]]:
    """The square cost matrix: -score for allowed pairs, one "unassigned" cell per row and per column."""
    n = rows + cols
    cost = [[0.0] * n for _ in range(n)]
    for i in range(rows):
        for j in range(cols):
            v = score[i][j]
            cost[i][j] = _BIG if v is None else -v
        for j in range(cols, n):
            cost[i][j] = 0.0 if j - cols == i else _BIG  # row i unassigned
    for i in range(rows, n):
        for j in range(cols):
            cost[i][j] = 0.0 if i - rows == j else _BIG  # column j unassigned
        # dummy x dummy cells stay 0
    return cost


def _hungarian(cost: list[list[float]]) -> list[int]:
    """e-maxx Hungarian on a square matrix, 1-based: p[j] = the row assigned to column j."""
    n = len(cost)
    u = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    p = [0] * (n + 1)
    way = [0] * (n + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [float("inf")] * (n + 1)
        used = [False] * (n + 1)
        while True:
            j0 = _augment_step(cost, u, v, p, way, minv, used, j0)
            if p[j0] == 0:
                break
        while True:  # flip the augmenting path
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    return p


def _augment_step(
    cost: list[list[float]],
    u: list[float],
    v: list[float],
    p: list[int],
    way: list[int],
    minv: list[float],
    used: list[bool],
    j0: int,
) -> int:
    """One step of the search for an augmenting path from column j0; the next column to visit."""
    n = len(cost)
    used[j0] = True
    i0 = p[j0]
    delta = float("inf")
    j1 = 0
    row = cost[i0 - 1]
    for j in range(1, n + 1):
        if not used[j]:
            cur = row[j - 1] - u[i0] - v[j]
            if cur < minv[j]:
                minv[j] = cur
                way[j] = j0
            if minv[j] < delta:
                delta = minv[j]
                j1 = j
    for j in range(n + 1):
        if used[j]:
            u[p[j]] += delta
            v[j] -= delta
        else:
            minv[j] -= delta
    return j1
