-- Which countries receive the most visits (one row per real-world trip, not per article)?
select e.destination_iso3, c.name as destination, count(*) as visits,
       count(*) filter (where e.status = 'completed') as completed,
       count(*) filter (where e.status = 'planned') as planned
from visit_events e
left join dim_country c on c.iso3 = e.destination_iso3
group by all
order by visits desc, destination_iso3;
