"""Command line: `timeline-app` (the GUI), `extract`, `import`, `events` and `export`.

A user's mistake is one clear line on stderr ("timeline-app: error: ...") and a non-zero exit,
never a traceback. Qt is imported only for the GUI and for image export; what one command alone
needs is imported in it, so that an import starts its workers (`_prestart_workers`) sooner.
"""

from __future__ import annotations

import argparse
import multiprocessing
import signal
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from timeline_app import __version__

PROG = "timeline-app"
IMAGE_SUFFIXES = (".png", ".svg", ".pdf")
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class UserError(Exception):
    """A mistake the user can fix; printed as one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        hint = f" (see '{self.prog} --help')"
        self.exit(EXIT_USAGE, f"{PROG}: error: {message}{hint}\n")


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date (expected YYYY-MM-DD)") from None


def _lang(value: str) -> str:
    code = value.strip().lower()
    if not (2 <= len(code.split("-")[0]) <= 3 and code.replace("-", "").isalpha()):
        raise argparse.ArgumentTypeError(f"'{value}' is not a language code (such as en, uk, ru)")
    return code


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number <= 0:
        raise argparse.ArgumentTypeError(f"'{value}' is not a positive whole number")
    return number


def _add_db(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: a --db given before the subcommand stays in force.
    parser.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="FILE",
        help="the store (default: the one in your user data folder)",
    )


def _add_filter(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="date_from", type=_day, metavar="D", help="first day")
    parser.add_argument("--to", dest="date_to", type=_day, metavar="D", help="last day")
    parser.add_argument(
        "--type",
        dest="types",
        action="append",
        default=[],
        metavar="T",
        help="only this event type (repeatable)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Dated events from news articles on a timeline.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--db", type=Path, default=None, metavar="FILE", help="the store to open")
    parser.add_argument("--smoke", action="store_true", help="open the main window and quit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ext = sub.add_parser(
        "extract", help="print the events of files, folders and zips as JSON lines (no store)"
    )
    ext.add_argument("files", nargs="*", metavar="FILE")
    ext.add_argument(
        "--manifest",
        type=Path,
        metavar="LIST.jsonl",
        help='one {"path", "published", "lang"} object per line',
    )
    ext.add_argument("--published", type=_day, metavar="YYYY-MM-DD")
    ext.add_argument("--lang", type=_lang, metavar="CODE")
    ext.add_argument("--with-text", action="store_true", help="include each article's text")
    ext.add_argument("-j", "--jobs", type=_positive, metavar="N", help="worker processes")
    ext.set_defaults(handler=cmd_extract)

    imp = sub.add_parser("import", help="import files, folders and zips into the store")
    imp.add_argument("paths", nargs="+", metavar="PATH")
    _add_db(imp)
    imp.add_argument("--published", type=_day, metavar="YYYY-MM-DD")
    imp.add_argument("--lang", type=_lang, metavar="CODE")
    imp.add_argument("-j", "--jobs", type=_positive, metavar="N", help="worker processes")
    # files: what `_prestart_workers` found under the paths, so that the import does not walk them again
    imp.set_defaults(handler=cmd_import, files=None)

    evs = sub.add_parser("events", help="list the stored events")
    _add_db(evs)
    _add_filter(evs)
    evs.add_argument("--json", action="store_true", help="JSON lines instead of a table")
    evs.set_defaults(handler=cmd_events)

    exp = sub.add_parser("export", help="export the timeline as an image or as data")
    _add_db(exp)
    exp.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="PATH",
        help="file ending in .png .svg .pdf .csv .json .ics or .timelinejs.json",
    )
    _add_filter(exp)
    exp.add_argument("--width", type=_positive, default=2400, metavar="PX")
    exp.add_argument("--title", default="", metavar="TEXT")
    exp.set_defaults(handler=cmd_export)
    return parser


# --- shared helpers ----------------------------------------------------------------------------


@contextmanager
def graceful_interrupt() -> Iterator[Callable[[], bool]]:
    """The first Ctrl+C asks the work to stop between files; a second one stops at once."""
    pressed: list[bool] = []

    def on_sigint(signum: int, frame: Any) -> None:
        if pressed:
            raise KeyboardInterrupt
        pressed.append(True)
        print(
            f"{PROG}: stopping after the current file (Ctrl+C again to stop now)", file=sys.stderr
        )

    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        yield lambda: bool(pressed)
    finally:
        signal.signal(signal.SIGINT, previous)


def _db_path(args: argparse.Namespace) -> Path:
    if args.db is not None:
        return Path(args.db)
    from timeline_app.paths import default_store_path

    return default_store_path()


def open_store(args: argparse.Namespace, must_exist: bool) -> Any:
    from timeline_app.store.repositories import Store

    path = _db_path(args)
    if must_exist and not path.exists():
        raise UserError(f"no store at {path} (import articles first: {PROG} import FILES)")
    if not path.parent.is_dir():
        raise UserError(f"folder {path.parent} does not exist")
    return Store(path)


def _filter(args: argparse.Namespace) -> Any:
    from timeline_app.services.events_query import make_filter

    try:
        return make_filter(args.date_from, args.date_to, args.types)
    except ValueError as exc:
        raise UserError(str(exc)) from None


# --- extract -------------------------------------------------------------------------------------


def _extract_requests(args: argparse.Namespace) -> list[Any]:
    """What to extract: the files given, a manifest's or the files in a folder (as `import`
    walks it); a picture or a program a folder holds is named on stderr and left out."""
    from timeline_app.services.extract_service import expand_folders

    given = _given_requests(args)
    try:
        requests, skipped = expand_folders(given)
    except OSError as exc:
        raise UserError(_walk_error(exc)) from None
    for path, reason in skipped:
        print(f"{PROG}: skipped {path}: {reason}", file=sys.stderr)
    if not requests and not skipped:
        raise UserError(f"no files to extract in {' '.join(r.file for r in given)}")
    return requests


def _walk_error(exc: OSError) -> str:
    """What went wrong walking a folder given (a folder that cannot be listed, say)."""
    return f"cannot read {exc.filename or 'a folder'}: {exc.strerror or exc}"


def _given_requests(args: argparse.Namespace) -> list[Any]:
    from dataclasses import replace

    from timeline_app.services.extract_service import ExtractRequest, ManifestError, read_manifest

    if args.manifest and args.files:
        raise UserError("give FILEs or --manifest, not both")
    if not args.manifest:
        if not args.files:
            raise UserError("extract needs FILEs or --manifest LIST.jsonl")
        return [ExtractRequest(f, args.published, args.lang, args.with_text) for f in args.files]
    try:
        requests = read_manifest(args.manifest, args.with_text)
    except ManifestError as exc:
        raise UserError(str(exc)) from None
    except OSError as exc:
        raise UserError(f"cannot read manifest {args.manifest}: {exc.strerror or exc}") from None
    # The command's --published/--lang stand in for lines that do not give their own.
    return [
        replace(r, published=r.published or args.published, language=r.language or args.lang)
        for r in requests
    ]


def cmd_extract(args: argparse.Namespace) -> int:
    import json

    from timeline_app.services.extract_service import extract_files

    requests = _extract_requests(args)
    failed = 0
    with graceful_interrupt() as cancelled:
        for objects in extract_files(requests, workers=args.jobs, cancelled=cancelled):
            for obj in objects:
                print(json.dumps(obj, ensure_ascii=False), flush=True)
                if obj["error"]:
                    failed += 1
                    print(f"{PROG}: {obj['file']}: {obj['error']}", file=sys.stderr)
        if cancelled():
            return EXIT_INTERRUPTED
    return 1 if failed else 0


# --- import --------------------------------------------------------------------------------------


def _prestart_workers(args: argparse.Namespace) -> None:
    """Start an import's worker processes (parallel.prestart) before anything imports the store
    (SQLAlchemy: a quarter of a second), so that the two start-ups overlap on two cores.

    Only when a pool will run (enough files, more than one job); text alone starts sooner (the
    workers then skip the markup, PDF and Word readers' libraries).
    """
    if args.command != "import" or args.jobs == 1:
        return
    # Both light: no reader is imported before the workers start (readers/__init__.py).
    from timeline_app.readers import expand_paths, skipped_in_folders
    from timeline_app.readers.kinds import needs_heavy_readers
    from timeline_app.services.parallel import IN_PROCESS_BELOW, prestart

    given = [Path(p) for p in args.paths]
    try:
        files = expand_paths(given)
    except OSError:  # the import itself will say what is wrong
        return
    args.files = files
    skipped = skipped_in_folders(files, given)  # no worker reads these
    if len(files) - len(skipped) >= IN_PROCESS_BELOW:
        prestart(heavy_readers=needs_heavy_readers(f.name for f in files))


def cmd_import(args: argparse.Namespace) -> int:
    from timeline_app.services.importer import (
        import_paths,
        is_undated,
        plan,
        report_line,
        summary_line,
    )

    # The workers are starting already (main: _prestart_workers), which found the files.
    try:
        requests = plan(args.paths, args.published, args.lang, found=args.files)
    except OSError as exc:
        raise UserError(_walk_error(exc)) from None
    if not requests:
        raise UserError(f"no files to import in {' '.join(args.paths)}")
    store = open_store(args, must_exist=False)
    if store.read_only:  # say it once, not once per file
        reason = store.read_only_reason
        store.close()
        raise UserError(reason)
    counts: Counter[str] = Counter()
    events, undated, started, stopped = 0, 0, time.monotonic(), False
    try:
        with graceful_interrupt() as cancelled:
            for step in import_paths(
                store,
                args.paths,
                published=args.published,
                language=args.lang,
                cancelled=cancelled,
                workers=args.jobs,
                planned=requests,
            ):
                for report in step.reports:
                    counts[report.status] += 1
                    undated += is_undated(report)
                    print(report_line(report), flush=True)
                events, stopped = step.events_found, step.cancelled
                if stopped:
                    print(
                        f"{PROG}: cancelled with {step.files_total - step.files_done} of "
                        f"{step.files_total} files left; everything imported so far is kept",
                        file=sys.stderr,
                    )
    finally:
        store.close()
    print(summary_line(counts, events, time.monotonic() - started, undated))
    if stopped:
        return EXIT_INTERRUPTED
    return 1 if counts["failed"] else 0  # a skipped file (a picture in a folder) is no failure


# --- events --------------------------------------------------------------------------------------


def cmd_events(args: argparse.Namespace) -> int:
    import json

    from timeline_app.services.events_query import event_to_dict, sort_key, table_lines

    flt = _filter(args)
    store = open_store(args, must_exist=True)
    try:
        events = sorted(store.events(flt), key=sort_key)
    finally:
        store.close()
    if args.json:
        for event in events:
            print(json.dumps(event_to_dict(event), ensure_ascii=False))
        return 0
    for line in table_lines(events):
        print(line)
    print(f"{len(events)} event{'' if len(events) == 1 else 's'}")
    return 0


# --- export --------------------------------------------------------------------------------------


def _check_out(out: Path) -> str:
    from timeline_app.services.data_export import WRITERS, data_format

    kind = out.suffix.lower() if out.suffix.lower() in IMAGE_SUFFIXES else data_format(out)
    if kind is None:
        known = ", ".join([*IMAGE_SUFFIXES, *WRITERS])
        raise UserError(f"cannot export to '{out.name}': the name must end in one of {known}")
    if not out.parent.is_dir():
        raise UserError(f"cannot write {out}: folder {out.parent} does not exist")
    if out.is_dir():
        raise UserError(f"cannot write {out}: it is a folder")
    return kind


def _image_range(store: Any, flt: Any) -> tuple[date, date] | None:
    if flt.date_from is None and flt.date_to is None:
        return None
    extent = store.extent(flt)
    first = flt.date_from or (date.fromordinal(extent[0]) if extent else flt.date_to)
    last = flt.date_to or (date.fromordinal(extent[1]) if extent else flt.date_from)
    return (first, last)


def _export_image(store: Any, args: argparse.Namespace, flt: Any) -> int:
    try:
        from timeline_app.ui.image_export import export_image
    except ImportError as exc:
        raise UserError(f"image export is not available here ({exc})") from None
    export_image(
        store,
        args.out,
        flt,
        width=args.width,
        date_range=_image_range(store, flt),
        title=args.title,
    )
    # What the picture shows: an undated event has no place on a time axis.
    return sum(1 for e in store.events(flt) if e.span is not None)


def cmd_export(args: argparse.Namespace) -> int:
    from timeline_app.services.data_export import DATED_ONLY, export_data

    kind = _check_out(args.out)
    flt = _filter(args)
    store = open_store(args, must_exist=True)
    try:
        if kind in IMAGE_SUFFIXES:
            count = _export_image(store, args, flt)
        else:
            count = export_data(store, args.out, flt, title=args.title)
        total = int(store.count_events(flt))
    except OSError as exc:
        raise UserError(f"cannot write {args.out}: {exc.strerror or exc}") from None
    finally:
        store.close()
    print(f"exported {count} event{'' if count == 1 else 's'} to {args.out}")
    if kind in (*IMAGE_SUFFIXES, *DATED_ONLY) and total > count:
        left = total - count
        print(f"({left} undated event{'' if left == 1 else 's'} left out: no place on a time axis)")
    return 0


# --- entry point ---------------------------------------------------------------------------------


def _run(args: argparse.Namespace) -> int:
    if args.command is None:
        from timeline_app.app import run_gui

        return run_gui(args.db, args.smoke)
    handler: Callable[[argparse.Namespace], int] = args.handler
    return handler(args)


def main(argv: list[str] | None = None) -> int:
    # In a PyInstaller bundle a pool worker starts as this executable: let it become the worker.
    multiprocessing.freeze_support()
    try:
        args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as exc:  # --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    _prestart_workers(args)
    from timeline_app.store.repositories import StoreError

    try:
        return _run(args)
    except (UserError, StoreError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `timeline-app events | head`: the reader left, nothing is wrong
        sys.stderr.close()
        return 0
