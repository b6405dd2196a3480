-- One row per article, from every landing day in the lake.
--
-- 1. The same id (article_id = hash of source and external_id) landed on several days:
--    the latest landing is the article's current version.
-- 2. The same text under several ids (exact duplicates by content_hash, across landing days;
--    ingest already dropped those inside one landing day): one copy is kept, the one that says
--    most about itself (a publication time, then a source), then the earliest landing, then the
--    smallest id. Every copy not kept is listed in duplicate_articles (30_ingest_audit.sql).
create or replace temp table article_copies as
select *,
       row_number() over (partition by article_id order by landing_day desc) as id_rank
from lake_articles;

create or replace table articles as
select article_id, external_id, source, url, title, published_at, landing_day, language, text, content_hash
from article_copies
where id_rank = 1
qualify row_number() over (
    partition by content_hash
    order by published_at is null, source is null, landing_day, article_id
) = 1
order by landing_day, article_id;
