"""Make dateline seed articles from MEANTIME Apple articles (English Wikinews).

    python bench/make_seeds.py                 # writes seeds/<doc_id>_<slug>.txt
    python bench/make_seeds.py --check         # exit 1 if a seed differs from its source
    python bench/make_seeds.py --eval-dir DIR --out DIR  [DOC_ID ...]

Each seed is exactly ``bench.catxml.load(xml).text``: the header line
``date YYYY-MM-DD <headline>``, the Wikinews date line ("June 8, 2010") as the first body
line, then one gold sentence per line. Sentences are deliberately *not* joined into
paragraphs: that way a seed file is byte-identical to the text the gold MEANTIME
annotations are offset into, so a benchmark can score a run on ``seeds/`` against the gold
markables without re-aligning anything. Nothing is rewritten beyond catxml's
detokenisation (PTB quotes become straight quotes; token spacing rebuilt).

The default selection (``SEED_IDS``) is ten articles from 2007 to 2011 that tell one
story and share actors and events, so that the graph shows merging across articles:
Apple, Steve Jobs, the iPhone / iPhone 4 launches, AT&T, the iPhone 4 antenna affair,
Jobs's medical leave, resignation and death, Tim Cook. ``seeds/README.md`` lists them
with their sources and licences. The project's own seed
``seeds/000_b1bca38a27155288.txt`` is never touched.

Deterministic; no network; needs the gold corpora in ``../shared/eval`` (or ``--eval-dir``).
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path
import re
import sys
import unicodedata

try:  # python -m bench.make_seeds, or bench importable from the repo root
    from bench import catxml
except ImportError:  # python bench/make_seeds.py
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import catxml  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EVAL_DIR = ROOT.parent / "shared" / "eval"
DEFAULT_OUT = ROOT / "seeds"
SUBSET = "corpus_apple"

# doc_id -> why it is in (see seeds/README.md)
SEED_IDS: dict[str, str] = {
    "58207": "iPhone unveiled by Steve Jobs at Macworld 2007",
    "58383": "Cisco sues Apple over the iPhone trademark",
    "107785": "iPhone 3G launched at the developers' conference 2008",
    "190356": "iPhone 4 and iOS 4 unveiled at WWDC 2010",
    "191597": "iPhone 4 pre-orders swamp Apple and AT&T",
    "195869": "free cases and refunds for the iPhone 4 antenna problem",
    "199629": "Mark Papermaster leaves Apple after the antenna issues",
    "238039": "Steve Jobs on medical leave, Tim Cook in charge",
    "279494": "Steve Jobs resigns as CEO, Tim Cook succeeds him",
    "287096": "Steve Jobs dies aged 56",
}

_SLUG_RE = re.compile(r"[^a-z0-9]+")


def slug(title: str, max_len: int = 50) -> str:
    """Lower-case ASCII letters, digits and hyphens, at most ``max_len`` characters."""
    norm = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    s = _SLUG_RE.sub("-", norm.lower()).strip("-")
    if len(s) > max_len:
        s = s[:max_len].rsplit("-", 1)[0] if "-" in s[:max_len] else s[:max_len]
    return s or "article"


def seed_name(doc: catxml.GoldDoc) -> str:
    return f"{doc.doc_id}_{slug(doc.title)}.txt"


def find_source(eval_dir: Path, doc_id: str) -> Path:
    """The MEANTIME Apple XML file whose name starts with ``<doc_id>_``."""
    folder = Path(eval_dir) / "meantime" / SUBSET
    hits = sorted(p for p in folder.glob(f"{doc_id}_*.xml"))
    if len(hits) != 1:
        raise SystemExit(f"make_seeds: expected one {folder}/{doc_id}_*.xml, found {len(hits)}")
    return hits[0]


def build(eval_dir: Path, doc_ids) -> list[tuple[str, str, catxml.GoldDoc]]:
    """``(file name, text, doc)`` per seed, in the order given."""
    out = []
    for doc_id in doc_ids:
        doc = catxml.load(find_source(eval_dir, doc_id))
        if doc.dct is None:
            raise SystemExit(f"make_seeds: {doc.path} has no publication date; not a seed")
        out.append((seed_name(doc), doc.text, doc))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("doc_ids", nargs="*", help="MEANTIME Apple doc ids (default: SEED_IDS)")
    ap.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true", help="compare, write nothing")
    args = ap.parse_args(argv)
    if not (args.eval_dir / "meantime" / SUBSET).is_dir():
        print(f"make_seeds: no {args.eval_dir}/meantime/{SUBSET}", file=sys.stderr)
        return 2
    seeds = build(args.eval_dir, args.doc_ids or list(SEED_IDS))
    bad = 0
    for name, text, doc in seeds:
        path = args.out / name
        if args.check:
            ok = path.is_file() and path.read_text(encoding="utf-8") == text
            bad += not ok
            print(f"{'ok ' if ok else 'DIFF'} {path}")
            continue
        args.out.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
        print(f"wrote {path}  ({doc.dct}, {doc.title})")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
