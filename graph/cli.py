"""The ``dateline`` command: a thin layer over the library.

Each command parses its options, calls one library function and prints. Library errors
become one-line ``click.ClickException`` messages and a non-zero exit.
"""
from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path

import click

DEFAULT_OUT = "output"
DEFAULT_INPUT = "seeds"


def _formats() -> list[str]:
    from exporters.registry import names
    return names()


def _default_formats() -> list[str]:
    from exporters.registry import defaults
    return defaults()


class _Formats(click.Choice):
    """``--format`` choices come from the exporter registry (read when the CLI runs)."""

    def __init__(self):
        super().__init__(_formats())


def _warn_to_stderr():
    def show(message, category, filename, lineno, file=None, line=None):
        click.echo(f"warning: {message}", err=True)
    warnings.showwarning = show


def _fail(exc: Exception) -> click.ClickException:
    msg = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
    return click.ClickException(msg)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="dateline")
def main():
    """dateline: news articles in, a dated-event knowledge graph out."""
    _warn_to_stderr()


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", default=DEFAULT_OUT, show_default=True,
              type=click.Path(file_okay=False, path_type=Path), help="Output folder.")
@click.option("--format", "formats", multiple=True, type=_Formats(),
              help="Output format (repeatable; default: turtle, html and json).")
@click.option("--published", default=None,
              help="Publication date for articles that have none (YYYY-MM-DD).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def build(paths, out_dir, formats, published, quiet):
    """Build the graph of PATHS (files or folders; default: seeds/) into --out."""
    from graph.pipeline import run
    from graph.read import ReadError, iter_files
    from exporters.registry import export

    paths = list(paths) or [Path(DEFAULT_INPUT)]
    formats = list(formats) or _default_formats()
    try:
        n_files = sum(1 for _ in iter_files(paths))
    except ReadError as exc:
        raise _fail(exc)
    show_bar = not quiet and n_files > 1 and sys.stderr.isatty()
    try:
        if show_bar:
            with click.progressbar(length=n_files, label="extracting", file=sys.stderr) as bar:
                xs, res, g = run(paths, published=published, progress=lambda a: bar.update(1))
        else:
            xs, res, g = run(paths, published=published)
        written = [export(g, fmt, out_dir) for fmt in formats]
    except (ReadError, ValueError, OSError) as exc:
        raise _fail(exc)
    kinds = {}
    for _, d in g.nodes(data=True):
        kinds[d.get("kind")] = kinds.get(d.get("kind"), 0) + 1
    click.echo(f"{len(res.articles)} articles, {kinds.get('event', 0)} events, "
               f"{kinds.get('actor', 0)} actors, {kinds.get('place', 0)} places -> "
               + ", ".join(str(p) for p in written))


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, default=True,
              help="Print the JSON contract, one object per article per line (default).")
@click.option("--published", default=None,
              help="Publication date for articles that have none (YYYY-MM-DD).")
def extract(files, as_json, published):
    """Print what each article yields, as JSON Lines (graph/extract.schema.json)."""
    from graph.contract import dumps
    from graph.extract import extract as run_extract
    from graph.read import ReadError, read_articles

    try:
        articles = read_articles(files, published=published)
        for x in run_extract(articles):
            click.echo(dumps(x))
    except (ReadError, ValueError, OSError) as exc:
        raise _fail(exc)


def _load(graph_path: Path):
    from exporters.json_export import load
    p = graph_path / "graph.json" if graph_path.is_dir() else graph_path
    if not p.exists():
        raise click.ClickException(f"{p}: no graph there; run 'dateline build' first")
    try:
        return load(p)
    except (ValueError, OSError, KeyError) as exc:
        raise click.ClickException(f"{p}: cannot read the graph ({exc})")


def _query(graph_path: Path, fn, *args, **kwargs):
    """Load the built graph, run one query function on it; query errors become one line."""
    from graph.query import QueryError

    g = _load(graph_path)
    try:
        return fn(g, *args, **kwargs)
    except QueryError as exc:
        raise _fail(exc)


_graph_opt = click.option("--graph", "graph_path", default=DEFAULT_OUT, show_default=True,
                          type=click.Path(path_type=Path),
                          help="A built graph: its folder or its graph.json.")


def _print_events(rows, as_json: bool, period: bool = False):
    """One event a line: when [interval], type, label, actors. With a period, an event
    that may fall outside it (a fuzzy date overlapping its edge) is marked "(possibly)"."""
    if as_json:
        click.echo(json.dumps([r.to_dict() for r in rows], ensure_ascii=False, indent=1))
        return
    for r in rows:
        when = r.value or "?"
        if r.earliest != r.latest:
            when += f" [{r.earliest or '…'} .. {r.latest or '…'}]"
        mark = " (possibly)" if period and not r.certain else ""
        who = "; ".join(f"{n} ({role})" for _, n, role in r.actors)
        click.echo(f"{when}\t{r.type}\t{r.label}{mark}" + (f"\t{who}" if who else ""))


@main.command()
@_graph_opt
@click.option("--actor", default=None, help="Actor name, alias or id.")
@click.option("--place", default=None, help="Place name or id (places inside it count).")
@click.option("--since", default=None, help="YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--until", default=None, help="YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--type", "etype", default=None, help="Event type (see graph/taxonomy.py).")
@click.option("--certain", is_flag=True, help="Only events surely inside the period.")
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
def events(graph_path, actor, place, since, until, etype, certain, as_json):
    """List events of a built graph, in time order."""
    from graph.query import events as q

    rows = _query(graph_path, q, actor=actor, place=place, since=since, until=until,
                  type=etype, certain=certain)
    _print_events(rows, as_json, period=bool(since or until))


@main.command()
@_graph_opt
@click.argument("actor")
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
def timeline(graph_path, actor, as_json):
    """An actor's events in time order, with its role in each."""
    from graph.query import timeline as q

    rows = _query(graph_path, q, actor)
    if as_json:
        click.echo(json.dumps([dict(v.to_dict(), role=role) for v, role in rows],
                              ensure_ascii=False, indent=1))
        return
    for v, role in rows:
        click.echo(f"{v.value or '?'}\t{role}\t{v.label}")


@main.command()
@_graph_opt
@click.argument("actor")
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
def involved(graph_path, actor, as_json):
    """Who took part in the same events as ACTOR, and how often."""
    from graph.query import involved_with

    rows = _query(graph_path, involved_with, actor)
    if as_json:
        click.echo(json.dumps([{"id": i, "name": n, "events": c} for i, n, c in rows],
                              ensure_ascii=False, indent=1))
        return
    for i, n, c in rows:
        click.echo(f"{c}\t{n}\t{i}")


# --- RDF: validate, sparql, push ---------------------------------------------------------

@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--shapes", default=None, type=click.Path(path_type=Path),
              help="SHACL shapes (default: exporters/shapes.ttl).")
def validate(file, shapes):
    """Check an RDF FILE (.ttl, .nt, .trig, .jsonld) against the SHACL shapes (pySHACL)."""
    from exporters.shacl import validate as run_validate
    from graph.sparql import RdfError

    try:
        report = run_validate(file, shapes=shapes)
    except (RdfError, OSError) as exc:
        raise _fail(exc)
    if report.conforms:
        click.echo(f"{file}: conforms ({report.triples} triples)")
        return
    for line in report.violations:
        click.echo(line)
    raise click.ClickException(f"{file}: does not conform ({len(report.violations)} "
                               f"violations)")


def _params(values) -> dict:
    out = {}
    for v in values:
        key, sep, val = v.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{v!r}: use NAME=VALUE", param_hint="--param")
        out[key] = val
    return out


@main.command()
@click.argument("text", required=False)
@click.option("--query", "-q", "name", default=None,
              help="A ready-made query: actor-timeline, events-in-place, involved-with.")
@click.option("--param", "-p", "params", multiple=True, help="NAME=VALUE for --query.")
@click.option("--data", default=str(Path(DEFAULT_OUT) / "graph.ttl"), show_default=True,
              type=click.Path(path_type=Path),
              help="RDF file (.ttl, .nt, .trig, .jsonld) or a folder with graph.ttl.")
@click.option("--endpoint", default=None,
              help="Query this SPARQL endpoint over HTTP instead of --data.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]),
              default="table", show_default=True)
@click.option("--engine", type=click.Choice(["auto", "oxigraph", "rdflib"]), default="auto",
              show_default=True, help="auto: pyoxigraph when installed, else rdflib.")
def sparql(text, name, params, data, endpoint, fmt, engine):
    """Run a SPARQL SELECT or ASK query (TEXT, @FILE.rq, or --query NAME) on the graph."""
    from graph.sparql import NAMED_QUERIES, RdfError, named_query, query, remote_query, render

    try:
        if name and text:
            raise RdfError("give a query text or --query NAME, not both")
        if name:
            q = named_query(name, **_params(params))
        elif text:
            if params:
                raise RdfError("--param goes with --query NAME")
            q = Path(text[1:]).read_text(encoding="utf-8") if text.startswith("@") else text
        else:
            raise RdfError("give a query or --query NAME; named queries: " + "; ".join(
                f"{n} ({', '.join('--param ' + p + '=...' for p in ps)}): {d}"
                for n, (ps, d, _) in sorted(NAMED_QUERIES.items())))
        result = remote_query(q, endpoint) if endpoint else query(q, data, engine=engine)
    except (RdfError, OSError, UnicodeDecodeError) as exc:
        raise _fail(exc)
    click.echo(render(result, fmt))


@main.command()
@click.option("--endpoint", required=True,
              help="Graph Store URL (Oxigraph: http://HOST:7878/store).")
@click.option("--data", default=str(Path(DEFAULT_OUT) / "graph.ttl"), show_default=True,
              type=click.Path(path_type=Path),
              help="RDF file to upload (.ttl, .nt, .jsonld, or .trig: a graph per article).")
@click.option("--graph", "graph_iri", default=None,
              help="Named graph IRI (default: the default graph).")
@click.option("--merge", is_flag=True, help="Add to the graph (POST) instead of replacing "
              "it (PUT).")
@click.option("--timeout", default=60.0, show_default=True, help="Seconds per request.")
def push(endpoint, data, graph_iri, merge, timeout):
    """Upload the graph to a SPARQL server (SPARQL 1.1 Graph Store HTTP Protocol)."""
    from graph.sparql import RdfError, push as run_push

    try:
        rep = run_push(data, endpoint, graph=graph_iri, replace=not merge, timeout=timeout)
    except (RdfError, OSError) as exc:
        raise _fail(exc)
    what = "replaced" if rep.replaced else "merged into"
    graphs = rep.graphs[0] if len(rep.graphs) == 1 else f"{len(rep.graphs)} graphs"
    click.echo(f"{data}: {rep.triples} triples {what} {graphs} at {endpoint}")


if __name__ == "__main__":  # pragma: no cover
    main()
