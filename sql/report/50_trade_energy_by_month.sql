-- Trade and energy mentions by commodity over time: one mention is one article talking about one
-- category and commodity, by the month (UTC) of the article (publication time, else its landing
-- day, as the events count it). Trade has no commodity: it is its own series. Sanctions have a
-- chart of their own.
-- reads: trade_energy_mentions, articles
select strftime(timezone('UTC', coalesce(a.published_at, cast(a.landing_day as timestamp) at time zone 'UTC')),
                '%Y-%m') as month,
       case when m.category = 'trade' then 'trade' else 'energy: ' || coalesce(m.commodity, 'general') end as commodity,
       count(*) as mentions
from trade_energy_mentions m
join articles a using (article_id)
where m.category in ('trade', 'energy')
group by all
order by month, commodity;
