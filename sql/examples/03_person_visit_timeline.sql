-- The trips of one leader in time order (here: anyone named Putin).
select visitor_name, destination_country, cities, status, first_reported_at, n_articles
from person_visit_timeline
where visitor_name ilike '%putin%'
order by first_reported_at;
