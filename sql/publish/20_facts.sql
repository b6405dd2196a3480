-- Incremental publish: replaces sql/schema/20_facts.sql. Facts come from the landing day whose copy
-- of the article is kept: the facts of the copies no longer kept (old_kept) go, those of the copies
-- kept now (new_kept) are read from their days' partitions (lake_kept_<table>).
delete from visits f using old_kept k where f.article_id = k.article_id and f.landing_day = k.landing_day;
insert into visits by name
select f.* from lake_kept_visits f
semi join new_kept k on k.article_id = f.article_id and k.landing_day = f.landing_day
order by f.article_id, f.visit_id;

delete from documents f using old_kept k where f.article_id = k.article_id and f.landing_day = k.landing_day;
insert into documents by name
select f.* from lake_kept_documents f
semi join new_kept k on k.article_id = f.article_id and k.landing_day = f.landing_day
order by f.article_id, f.document_id;

delete from trade_energy_mentions f using old_kept k where f.article_id = k.article_id and f.landing_day = k.landing_day;
insert into trade_energy_mentions by name
select f.* from lake_kept_trade_energy_mentions f
semi join new_kept k on k.article_id = f.article_id and k.landing_day = f.landing_day
order by f.article_id, f.mention_id;
