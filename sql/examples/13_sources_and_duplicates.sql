-- Which sources deliver the articles, over what period, and how many extra copies of their
-- texts were dropped as exact duplicates?
select s.source, s.articles, s.first_published_at, s.last_published_at,
       s.first_landing_day, s.last_landing_day,
       count(d.kept_article_id) as duplicate_copies_dropped
from dim_source s
left join articles a on coalesce(a.source, '(unknown)') = s.source
left join duplicate_articles d on d.kept_article_id = a.article_id
group by all
order by s.articles desc, s.source;
