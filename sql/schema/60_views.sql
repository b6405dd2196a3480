-- Views for the questions analysts ask most.

-- Country pairs by month: visits, documents and trade/energy/sanctions mentions between them.
create or replace view country_pair_activity_monthly as
with pairs as (
    select least(visitor_iso3, destination_iso3) as country_a, greatest(visitor_iso3, destination_iso3) as country_b,
           date_trunc('month', first_reported_at) as month, 'visit' as kind
    from visit_events where visitor_iso3 is not null
    union all
    select least(p1, p2), greatest(p1, p2), date_trunc('month', d.first_reported_at), 'document'
    from document_events d, unnest(d.parties) as t1(p1), unnest(d.parties) as t2(p2)
    where p1 < p2
    union all
    select least(c1, c2), greatest(c1, c2), date_trunc('month', coalesce(a.published_at, cast(a.landing_day as timestamptz))),
           m.category
    from trade_energy_mentions m
    join articles a using (article_id), unnest(m.countries) as t1(c1), unnest(m.countries) as t2(c2)
    where c1 < c2
)
select country_a, country_b, month,
       count(*) filter (where kind = 'visit') as visits,
       count(*) filter (where kind = 'document') as documents,
       count(*) filter (where kind = 'trade') as trade_mentions,
       count(*) filter (where kind = 'energy') as energy_mentions,
       count(*) filter (where kind = 'sanctions') as sanctions_mentions
from pairs
group by all
order by month, country_a, country_b;

-- Every trip of a person, in time order.
create or replace view person_visit_timeline as
select e.visitor_name, e.visitor_iso3, e.destination_iso3, c.name as destination_name, e.host_name,
       e.first_reported_at, e.last_reported_at, e.status, e.stops, e.n_articles, e.visit_event_id
from visit_events e
left join dim_country c on c.iso3 = e.destination_iso3
where e.visitor_name is not null
order by e.visitor_name, e.first_reported_at;

-- Documents reported between the two countries of a visit while the visit was being reported
-- (three days either side).
create or replace view documents_signed_during_visits as
select v.visit_event_id, v.visitor_name, v.visitor_iso3, v.destination_iso3, v.status as visit_status,
       d.document_event_id, d.doc_type, d.parties, d.status as document_status, d.document_name,
       d.first_reported_at as document_reported_at
from visit_events v
join document_events d
  on list_contains(d.parties, v.destination_iso3)
 and (v.visitor_iso3 is null or list_contains(d.parties, v.visitor_iso3))
 and d.first_reported_at between v.first_reported_at - interval 3 days and v.last_reported_at + interval 3 days
order by v.first_reported_at, d.doc_type;
