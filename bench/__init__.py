"""The benchmark: a generated corpus served on 127.0.0.1, the ingest flow run over it, and
figures (documents per second, time per stage, peak memory, ratios to a floor) as JSON and
a table. `python -m bench --help`."""
