-- The world map of visits: one row per route (visitor's country -> destination) and status, with
-- the number of trips and of reports (articles) behind them, and a point for each end.
-- reads: visit_events, dim_country, dim_city
--
-- A country's point is its capital: dim_country.capital found in dim_city, the country's own city
-- of that name first, else the most populous city of that name (a historic state's capital lies in
-- its successor now: the Soviet Union's Moscow is in Russia). Routes are grouped by status so the
-- map can colour them; a trip of an international official (no visitor country) has no route, only
-- its destination point.
with capitals as (
    select d.iso3, c.latitude, c.longitude,
           row_number() over (partition by d.iso3
                              order by c.iso3 = d.iso3 desc, c.is_capital desc, c.population desc nulls last,
                                       c.latitude, c.longitude) as rank
    from dim_country d
    join dim_city c on c.name = d.capital
),
routes as (
    select visitor_iso3, destination_iso3, status,
           count(*) as trips,
           sum(n_articles) as reports,
           -- who travelled, for the tooltip: the most reported visitors first, five at most
           list(coalesce(visitor_name, '(unnamed)') order by n_articles desc, visitor_name)[1:5] as visitors,
           any_value(visitor_country) as visitor_country,
           any_value(destination_country) as destination_country
    from visit_events
    group by all
)
select r.visitor_iso3, r.visitor_country, r.destination_iso3, r.destination_country, r.status,
       r.trips, r.reports, array_to_string(list_distinct(r.visitors), ', ') as visitors,
       v.latitude as visitor_latitude, v.longitude as visitor_longitude,
       d.latitude as destination_latitude, d.longitude as destination_longitude
from routes r
left join capitals v on v.iso3 = r.visitor_iso3 and v.rank = 1
left join capitals d on d.iso3 = r.destination_iso3 and d.rank = 1
order by r.reports desc, r.visitor_iso3, r.destination_iso3, r.status;
