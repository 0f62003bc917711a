"""Plumbing: source config, fetching, the raw store, parsing into blocks, segmentation, the CLI."""

PIPELINE_VERSION = "0.1.0"
