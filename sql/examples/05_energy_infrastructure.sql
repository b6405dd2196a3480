-- Named energy infrastructure in the news: which projects, which commodity, which countries.
select infra as infrastructure, commodity, count(distinct article_id) as articles,
       list_sort(list_distinct(flatten(list(countries)))) as countries
from trade_energy_mentions, unnest(infrastructure) as t(infra)
group by all
order by articles desc, infrastructure;
