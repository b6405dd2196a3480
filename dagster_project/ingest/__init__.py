"""Normalization of raw records into articles."""

# Bump when a change to the readers or to normalization changes the articles they produce: it is
# the Dagster code version of the `articles` asset, so the UI marks older partitions unsynced.
INGEST_VERSION = "2026.11.29.2"  # wire datelines (Reuters DATELINE, TimeML DCT) kept at the head of the story
