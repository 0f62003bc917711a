"""One measured run in its own process, so its peak memory is its own:
`python -m bench.child ingest|reprocess|prefect-ingest ARGS` prints one JSON line."""
from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    command, db, raw = argv[0], argv[1], Path(argv[2])
    from pipeline.config import Settings

    settings = Settings(database_url=db, raw_dir=raw, private_hosts=("127.0.0.1",), lock_wait_seconds=5)
    t0 = time.perf_counter()
    if command == "ingest":
        from flows.ingest_run import run_ingest

        report = run_ingest(argv[4:], settings, sources_file=argv[3] or None, force=True).as_dict()
    elif command == "prefect-ingest":
        from flows.cli import _prepare_prefect

        _prepare_prefect()
        from flows.ingest import ingest

        report = ingest(argv[4:], sources_file=argv[3] or None, force=True, settings=settings.to_params())
    elif command == "reprocess":
        from flows.reprocess_run import run_reprocess

        report = run_reprocess(settings).as_dict()
    else:
        raise SystemExit(f"unknown command {command}")
    wall = time.perf_counter() - t0
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"wall_s": wall, "peak_rss_mb": peak_kb / 1024, "counts": report["counts"],
                      "seconds": report["seconds"], "failures": len(report["failures"])}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
