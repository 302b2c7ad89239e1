"""`python -m timeline_app`: the same entry point as the `timeline-app` command."""

import multiprocessing

from timeline_app.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen bundle's worker processes start through here
    raise SystemExit(main())
