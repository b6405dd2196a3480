-- Where did the trips go? Every city of every trip with its coordinates, ready for a map.
-- (The cities are unnested first and joined after: DuckDB 1.5 clients refuse an outer join on the
-- columns of a lateral unnest, "Non-inner join on correlated columns not supported".)
with trip_cities as (
    select e.visitor_name, e.visitor_iso3, e.destination_iso3, t.city, e.status, e.first_reported_at
    from visit_events e, unnest(e.cities) as t(city)
)
select s.visitor_name, s.visitor_iso3, s.destination_iso3, s.city, c.latitude, c.longitude, c.is_capital,
       s.status, s.first_reported_at
from trip_cities s
left join dim_city c on c.name = s.city and c.iso3 = s.destination_iso3
order by s.first_reported_at, s.visitor_name, s.city;
