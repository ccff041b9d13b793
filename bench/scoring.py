"""Shared scoring helpers for the benchmarks: span matching and precision/recall/F1.

Spans are half-open character ranges ``[start, end)`` into one document's text. Matching
is one-to-one and greedy, and deterministic:

* candidate pairs are (gold, predicted) items that are compatible (same type, unless a
  type is ``None``) and that overlap (``relaxed``) or have exactly the same span
  (``strict``);
* pairs are taken best first: an exact span before a partial overlap, then the larger
  overlap, then the closer start, then document order (gold index, predicted index);
  each gold and each predicted item is used at most once.

So a predicted item can never be counted as correct for two gold items (nor a gold item
be found twice), and precision and recall share the same true-positive count.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence


@dataclass(frozen=True)
class Item:
    """One span to match. ``key`` identifies it in the caller's terms (an id, a dict)."""
    start: int
    end: int
    type: str | None = None
    key: object = None


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Half-open ranges share at least one character."""
    return a_start < b_end and b_start < a_end


def overlap_len(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def match(gold: Sequence[Item], pred: Sequence[Item], *, strict: bool = False,
          typed: bool = True,
          ok: Callable[[Item, Item], bool] | None = None) -> list[tuple[int, int]]:
    """One-to-one greedy matching; returns ``(gold index, predicted index)`` pairs, sorted.

    ``typed``: types must be equal (a ``None`` type matches anything). ``ok``: an extra
    predicate on (gold, pred) pairs."""
    cands = []
    # sort predicted items by start for a cheap sweep
    order = sorted(range(len(pred)), key=lambda j: (pred[j].start, pred[j].end, j))
    starts = [pred[j].start for j in order]
    import bisect

    for i, g in enumerate(gold):
        # every predicted span starting before g.end may overlap
        hi = bisect.bisect_left(starts, g.end)
        for k in range(hi):
            j = order[k]
            p = pred[j]
            if strict:
                if p.start != g.start or p.end != g.end:
                    continue
            elif not overlaps(g.start, g.end, p.start, p.end):
                continue
            if typed and g.type is not None and p.type is not None and g.type != p.type:
                continue
            if ok is not None and not ok(g, p):
                continue
            exact = p.start == g.start and p.end == g.end
            cands.append((-int(exact), -overlap_len(g.start, g.end, p.start, p.end),
                          abs(p.start - g.start), i, j))
    cands.sort()
    used_g, used_p, out = set(), set(), []
    for *_, i, j in cands:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((i, j))
    return sorted(out)


@dataclass
class PRF:
    """Counts for one score line; ``n_pred`` may be a restricted (judged) count."""
    n_gold: int = 0
    n_pred: int = 0
    tp_gold: int = 0  # gold items found (recall numerator)
    tp_pred: int = 0  # predicted items correct (precision numerator)

    def add(self, n_gold: int, n_pred: int, tp_gold: int, tp_pred: int | None = None) -> None:
        self.n_gold += n_gold
        self.n_pred += n_pred
        self.tp_gold += tp_gold
        self.tp_pred += tp_gold if tp_pred is None else tp_pred

    @property
    def precision(self) -> float | None:
        return self.tp_pred / self.n_pred if self.n_pred else None

    @property
    def recall(self) -> float | None:
        return self.tp_gold / self.n_gold if self.n_gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"gold": self.n_gold, "pred": self.n_pred, "tp_gold": self.tp_gold,
                "tp_pred": self.tp_pred, "precision": _r(self.precision),
                "recall": _r(self.recall), "f1": _r(self.f1)}


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def fmt(x: float | None) -> str:
    """A score with three decimals, or a dash."""
    return "-" if x is None else f"{x:.3f}"


def top(counter, n: int) -> list[tuple[object, int]]:
    """The ``n`` most frequent keys, ties broken by the key's string (deterministic)."""
    return sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))[:n]
