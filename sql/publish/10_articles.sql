-- Incremental publish: replaces sql/schema/10_articles.sql. The rows of the texts the changed days
-- touch are deleted and the kept copies (new_kept, from 00_changes.sql) read from their landing
-- days' partitions (lake_kept_articles: the partitions of the days of new_kept only).
delete from articles
where content_hash in (select content_hash from affected_hashes);

insert into articles by name
select a.article_id, a.external_id, a.source, a.url, a.title, a.published_at, a.landing_day, a.language, a.text,
       a.content_hash
from lake_kept_articles a
semi join new_kept k on k.article_id = a.article_id and k.landing_day = a.landing_day
order by a.landing_day, a.article_id;
