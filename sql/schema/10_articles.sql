-- One row per article, from every landing day in the lake.
--
-- 1. The same id (article_id = hash of source and external_id) landed on several days:
--    the latest landing is the article's current version.
-- 2. The same text under several ids (exact duplicates by content_hash, across landing days;
--    ingest already dropped those inside one landing day): one copy is kept, the one that says
--    most about itself (a publication time, then a source), then the earliest landing, then the
--    smallest id. Every copy not kept is listed in duplicate_articles (31_duplicate_articles.sql).
--
-- Which copy is kept is decided on the copies' keys only (_publish.article_copies, a few short
-- columns per copy, kept in the warehouse so that the next publish can redo the choice for the
-- texts a new landing day touches: sql/publish/); only the kept copies' texts are read.
create schema if not exists _publish;

create or replace table _publish.article_copies as
select article_id, external_id, content_hash, landing_day,
       published_at is null as no_published_at,
       source is null as no_source
from lake_articles;

create or replace temp view article_copies as
select *, row_number() over (partition by article_id order by landing_day desc) as id_rank
from _publish.article_copies;

create or replace temp table kept_copies as
select article_id, landing_day
from article_copies
where id_rank = 1
qualify row_number() over (
    partition by content_hash
    order by no_published_at, no_source, landing_day, article_id
) = 1;

create or replace table articles as
select a.article_id, a.external_id, a.source, a.url, a.title, a.published_at, a.landing_day, a.language, a.text,
       a.content_hash
from lake_articles a
semi join kept_copies k on k.article_id = a.article_id and k.landing_day = a.landing_day
order by a.landing_day, a.article_id;

comment on table _publish.article_copies is 'Publish bookkeeping: the keys of every copy of every article in the lake, from which the kept copy of each text is chosen.';
