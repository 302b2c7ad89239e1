"""Command line: `timeline-app` (GUI), `extract`, `import`, `events`, `export`.

STUB: owned by the store/services/CLI work. Errors are one clear line on stderr and a non-zero
exit, never a traceback for a user's mistake.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--version" in argv:
        from timeline_app import __version__

        print(f"timeline-app {__version__}")
        return 0
    from timeline_app.app import run_gui

    return run_gui(db=None, smoke="--smoke" in argv)
