-- One row per article. The same article landed on several days keeps its latest landing;
-- the same text under several ids is kept once (the earliest landing, then the smallest id).
create or replace table articles as
with latest as (
    select *
    from lake_articles
    qualify row_number() over (partition by article_id order by landing_day desc) = 1
)
select article_id, external_id, source, url, title, published_at, landing_day, language, text, content_hash
from latest
qualify row_number() over (partition by content_hash order by landing_day, article_id) = 1
order by landing_day, article_id;
