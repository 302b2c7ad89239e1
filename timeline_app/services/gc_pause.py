"""Imported first by the pool's forkserver (parallel._PRELOAD): pauses the cyclic garbage
collector while the forkserver imports the readers and extraction, as warm.py pauses it while
building their tables, and for the same reason: those imports allocate hundreds of thousands of
objects and make no cyclic garbage, yet the collector ran all along (6-10 ms of the ~0.3 s the
first file waits for).

warm.py, imported last, turns the collector back on; a pool worker turns it on in any case
(parallel._fewer_collections), should a preload have failed before warm.py ran.
"""

from __future__ import annotations

import gc

gc.disable()
