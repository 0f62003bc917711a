"""Polite HTTP fetching: one httpx client with robots, retry and conditional-GET layers."""
from pipeline.fetch.client import FetchResult, Fetcher

__all__ = ["FetchResult", "Fetcher"]
