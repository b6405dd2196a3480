-- The most active country pairs: the 15 pairs with the most visits, documents and trade, energy
-- and sanctions mentions over all months, one row per pair and kind of activity (long form, so
-- the chart can stack the kinds).
-- reads: country_pair_activity_monthly
with pairs as (
    select country_a_iso3, country_b_iso3,
           coalesce(country_a_name, country_a_iso3) || ' - ' || coalesce(country_b_name, country_b_iso3) as pair,
           sum(visits) as visits, sum(documents) as documents, sum(trade_mentions) as trade,
           sum(energy_mentions) as energy, sum(sanctions_mentions) as sanctions
    from country_pair_activity_monthly
    group by all
),
top as (
    select *, visits + documents + trade + energy + sanctions as total
    from pairs
    order by total desc, pair
    limit 15
)
select pair, country_a_iso3, country_b_iso3, total, kind, n
from top
unpivot (n for kind in (visits, documents, trade, energy, sanctions))
where n > 0
order by total desc, pair, kind;
