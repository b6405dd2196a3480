"""Asset: the sentences of each article, with their character spans in `articles.text`."""


from dagster import AssetExecutionContext, MaterializeResult, asset

from .. import lake
from ..extraction import EXTRACTOR_VERSION
from ..extraction.sentences import sentences_frame
from .metadata import markdown_table
from .partitions import landing_days
from .resources import NewsPaths


@asset(
    partitions_def=landing_days,
    group_name="extract",
    kinds={"parquet", "polars"},
    deps=["articles"],
    code_version=EXTRACTOR_VERSION,
    description="Articles split into sentences (title as sentence -1, without a span).",
)
def sentences(context: AssetExecutionContext, paths: NewsPaths) -> MaterializeResult:
    day = context.partition_key
    arts = lake.read_partition(paths.lake_dir, "articles", day)
    frame = sentences_frame(arts)
    lake.write_partition(frame, paths.lake_dir, "sentences", day)
    return MaterializeResult(metadata={
        "dagster/row_count": frame.height,
        "articles": arts.height,
        "preview": markdown_table(frame.filter(frame["sentence_idx"] >= 0).select("article_id", "sentence")),
    })
