-- Which countries receive the most visits (one row per real-world trip, not per article)?
select destination_iso3, destination_country, count(*) as visits,
       count(*) filter (where status = 'completed') as completed,
       count(*) filter (where status = 'planned') as planned
from visit_events
group by all
order by visits desc, destination_iso3;
