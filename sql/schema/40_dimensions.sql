-- Dimensions from the versioned reference data in dagster_project/reference/ (loaded by the
-- publish step as temporary views ref_*), plus the sources seen in the articles.
create or replace table dim_country as
select iso3, name, official_name, capital, historic
from ref_countries
order by iso3;

create or replace table dim_person as
select
    md5(name || '|' || coalesce(iso3, '') || '|' || role || '|' || coalesce(cast(start_date as varchar), ''))[:16]
        as person_term_id,
    name, iso3, role, title, start_date, end_date, variants
from ref_people
order by iso3, role, start_date;

create or replace table dim_city as
select name, iso3, latitude, longitude, population, is_capital
from ref_cities
order by iso3, name;

create or replace table dim_source as
select
    coalesce(source, '(unknown)') as source,
    count(*) as articles,
    min(published_at) as first_published_at,
    max(published_at) as last_published_at,
    min(landing_day) as first_landing_day,
    max(landing_day) as last_landing_day
from articles
group by all
order by articles desc;
