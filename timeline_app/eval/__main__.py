"""Dispatcher for the evaluations: `python -m timeline_app.eval NAME [ARGS...]`.

Each evaluation is a module `timeline_app.eval.<NAME>` with `main(argv) -> int`; it is imported
only when asked for, so adding one is adding its module.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys

import timeline_app.eval as package


def available() -> list[str]:
    return sorted(
        m.name for m in pkgutil.iter_modules(package.__path__) if not m.name.startswith("_")
    )


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    names = available()
    if not args or args[0] in ("-h", "--help"):
        print(f"usage: python -m timeline_app.eval {{{','.join(names)}}} [ARGS...]")
        return 0 if args else 2
    name = args[0]
    if name not in names:
        print(
            f"error: unknown evaluation {name!r}; choose from {', '.join(names)}", file=sys.stderr
        )
        return 2
    module = importlib.import_module(f"timeline_app.eval.{name}")
    return int(module.main(args[1:]))


if __name__ == "__main__":
    sys.exit(main())
