-- Incremental publish, step 0: what the changed landing days change.
--
-- The publish copies the previous warehouse and redoes only what depends on the landing days whose
-- lake partitions changed since it was built (added, rewritten or removed). It finds them by
-- comparing each partition file's version with _publish.partitions, then runs this file with:
--   publish_changed_days        temp table (landing_day): the changed days;
--   lake_changed_<table>        views over the changed days' partitions as they are now.
-- The other files of sql/publish/ replace the file of the same name in sql/schema/; every other
-- file of sql/schema/ (audit, dimensions, events, views, comments) runs as in a full build.
--
-- Which copy of a text is kept (10_articles.sql) depends on all copies with the same article_id
-- or content_hash, on any day. So the texts to redo are the content hashes of the changed days'
-- copies (before and after) and of every copy of their article ids; for those texts the kept
-- copy is chosen again exactly as in a full build, from the copies' keys.

create or replace temp table changed_copies_before as
select * from _publish.article_copies
where landing_day in (select landing_day from publish_changed_days);

create or replace temp table changed_copies_after as
select article_id, external_id, content_hash, landing_day,
       published_at is null as no_published_at,
       source is null as no_source
from lake_changed_articles;

delete from _publish.article_copies
where landing_day in (select landing_day from publish_changed_days);

insert into _publish.article_copies by name
select * from changed_copies_after;

create or replace temp table affected_hashes as
select content_hash from changed_copies_before
union
select content_hash from _publish.article_copies
where article_id in (select article_id from changed_copies_before
                     union select article_id from changed_copies_after);

-- The rows of `articles` for those texts now, and the copies to keep instead.
create or replace temp table old_kept as
select article_id, landing_day from articles
where content_hash in (select content_hash from affected_hashes);

create or replace temp table new_kept as
with copies as (
    select *, row_number() over (partition by article_id order by landing_day desc) as id_rank
    from _publish.article_copies
    where article_id in (select article_id from _publish.article_copies
                         where content_hash in (select content_hash from affected_hashes))
)
select article_id, landing_day
from copies
where id_rank = 1 and content_hash in (select content_hash from affected_hashes)
qualify row_number() over (
    partition by content_hash
    order by no_published_at, no_source, landing_day, article_id
) = 1;

-- The same copies view as a full build (sql/schema/10_articles.sql), for the audit tables.
create or replace temp view article_copies as
select *, row_number() over (partition by article_id order by landing_day desc) as id_rank
from _publish.article_copies;
