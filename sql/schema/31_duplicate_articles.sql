-- Every copy of a text that is not the one kept in `articles`:
--  * exact duplicates inside one landing day (dropped by ingest, with their file and position);
--  * copies dropped by 10_articles.sql across landing days (an older landing of the same id, or
--    the same text under another id on another day). The lake keeps no file or position for
--    those, so both are null.
-- kept_article_id always points at the row of `articles` that holds the text now.
create or replace table duplicate_articles as
with same_day as (
    select d.landing_day, d.file, d.position, d.external_id, d.content_hash,
           coalesce(k.article_id, d.kept_article_id) as kept_article_id,
           'same text, same landing day' as reason
    from lake_duplicates d
    left join articles k on k.content_hash = d.content_hash
),
across_days as (
    select c.landing_day, cast(null as varchar) as file, cast(null as bigint) as position,
           c.external_id, c.content_hash,
           coalesce(by_id.article_id, by_text.article_id) as kept_article_id,
           case when c.id_rank > 1 then 'same id, landed again later'
                else 'same text, other landing day' end as reason
    from article_copies c
    left join articles by_id on c.id_rank > 1 and by_id.article_id = c.article_id
    left join articles by_text on by_text.content_hash = c.content_hash
    where not exists (
        select 1 from articles a where a.article_id = c.article_id and a.landing_day = c.landing_day
    )
)
select landing_day, file, position, external_id, content_hash, kept_article_id, reason
from (select * from same_day union all by name select * from across_days)
order by landing_day, file nulls last, position, external_id;
