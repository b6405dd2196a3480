-- What ingest did not turn into an article, with a reason a person can read.
create or replace table rejected_records as
select landing_day, file, position, reason, excerpt
from lake_rejected_records
order by landing_day, file, position;

-- Exact duplicates: every other external_id of a text that is kept once in `articles`.
create or replace table duplicate_articles as
select landing_day, file, position, external_id, content_hash, kept_article_id
from lake_duplicates
order by landing_day, file, position;
