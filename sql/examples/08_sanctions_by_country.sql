-- Which countries are named most in sanctions reporting?
select iso3, c.name, count(distinct m.article_id) as articles
from trade_energy_mentions m, unnest(m.countries) as t(iso3)
left join dim_country c using (iso3)
where m.category = 'sanctions'
group by all
order by articles desc, iso3;
