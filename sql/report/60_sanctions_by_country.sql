-- Sanctions by country: the 20 countries named most often in sanctions mentions (articles). A
-- mention lists every country involved and does not say which imposes and which is the target.
-- reads: trade_energy_mentions, dim_country
select t.iso3, coalesce(c.name, t.iso3) as country, count(distinct m.article_id) as articles
from trade_energy_mentions m, unnest(m.countries) as t(iso3)
left join dim_country c on c.iso3 = t.iso3
where m.category = 'sanctions'
group by all
order by articles desc, country
limit 20;
