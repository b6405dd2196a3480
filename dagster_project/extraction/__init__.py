"""Pure extraction logic: no Dagster here. Frames in, frames out."""

# Bump when a change to the extraction logic changes its output: it is the Dagster code
# version of the fact assets, so the UI marks older partitions stale.
EXTRACTOR_VERSION = "2026.12.02.219"
