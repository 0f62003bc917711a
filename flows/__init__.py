"""Prefect flows that wire the stages: `ingest` (from the web or local files) and `reprocess` (from raw/)."""
