-- Where did the trips go? Every stop of every trip with its coordinates, ready for a map.
-- (The stops are unnested first and joined after: DuckDB 1.5 clients refuse an outer join on the
-- columns of a lateral unnest, "Non-inner join on correlated columns not supported".)
with stops as (
    select e.visitor_name, e.visitor_iso3, e.destination_iso3, t.stop, e.status, e.first_reported_at
    from visit_events e, unnest(e.stops) as t(stop)
)
select s.visitor_name, s.visitor_iso3, s.destination_iso3, s.stop, c.latitude, c.longitude, c.is_capital,
       s.status, s.first_reported_at
from stops s
left join dim_city c on c.name = s.stop and c.iso3 = s.destination_iso3
order by s.first_reported_at, s.visitor_name, s.stop;
