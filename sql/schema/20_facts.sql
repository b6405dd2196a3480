-- Facts come from the landing day whose copy of the article was kept in `articles`,
-- so an article re-landed on a later day is never counted twice.
create or replace table visits as
select f.* exclude (landing_day), f.landing_day
from lake_visits f
join articles a on a.article_id = f.article_id and a.landing_day = f.landing_day
order by f.article_id, f.visit_id;

create or replace table documents as
select f.* exclude (landing_day), f.landing_day
from lake_documents f
join articles a on a.article_id = f.article_id and a.landing_day = f.landing_day
order by f.article_id, f.document_id;

create or replace table trade_energy_mentions as
select f.* exclude (landing_day), f.landing_day
from lake_trade_energy_mentions f
join articles a on a.article_id = f.article_id and a.landing_day = f.landing_day
order by f.article_id, f.mention_id;
