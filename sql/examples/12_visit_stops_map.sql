-- Where did the trips go? Every stop of every trip with its coordinates, ready for a map.
select e.visitor_name, e.visitor_iso3, e.destination_iso3, stop, c.latitude, c.longitude, c.is_capital,
       e.status, e.first_reported_at
from visit_events e, unnest(e.stops) as t(stop)
left join dim_city c on c.name = stop and c.iso3 = e.destination_iso3
order by e.first_reported_at, e.visitor_name, stop;
