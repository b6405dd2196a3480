-- Planned, ongoing, completed and cancelled trips, per visiting country.
select visitor_iso3, status, count(*) as trips
from visit_events
where visitor_iso3 is not null
group by all
order by visitor_iso3, status;
