-- Views for the questions analysts ask most. Months and dates are taken in UTC, whatever the
-- reader's TimeZone setting. (Views are stored as SQL and re-read by every client, so they keep
-- to syntax that DuckDB 1.5 clients understand too: no arrow lambdas.)

-- Country pairs by month: visit events, document events and trade/energy/sanctions mentions
-- that involve both countries. A pair is written once, alphabetically (country_a_iso3 < country_b_iso3).
create or replace view country_pair_activity_monthly as
with pairs as (
    select least(visitor_iso3, destination_iso3) as country_a_iso3,
           greatest(visitor_iso3, destination_iso3) as country_b_iso3,
           first_reported_at as reported_at, 'visit' as kind
    from visit_events
    where visitor_iso3 is not null and visitor_iso3 <> destination_iso3
    union all
    select p1, p2, d.first_reported_at, 'document'
    from document_events d, unnest(d.parties) as t1(p1), unnest(d.parties) as t2(p2)
    where p1 < p2
    union all
    select c1, c2, coalesce(a.published_at, cast(a.landing_day as timestamp) at time zone 'UTC'), m.category
    from trade_energy_mentions m
    join articles a using (article_id), unnest(m.countries) as t1(c1), unnest(m.countries) as t2(c2)
    where c1 < c2
)
select country_a_iso3, country_b_iso3, ca.name as country_a_name, cb.name as country_b_name,
       cast(date_trunc('month', timezone('UTC', reported_at)) as date) as month,
       count(*) filter (where kind = 'visit') as visits,
       count(*) filter (where kind = 'document') as documents,
       count(*) filter (where kind = 'trade') as trade_mentions,
       count(*) filter (where kind = 'energy') as energy_mentions,
       count(*) filter (where kind = 'sanctions') as sanctions_mentions
from pairs
left join dim_country ca on ca.iso3 = country_a_iso3
left join dim_country cb on cb.iso3 = country_b_iso3
group by all
order by month, country_a_iso3, country_b_iso3;

-- Every trip of every named visitor, in time order, with the office they held (when the visitor
-- was resolved to dim_person).
create or replace view person_visit_timeline as
select e.visitor_name, e.visitor_iso3, e.visitor_country, p.role as visitor_role, p.title as visitor_title,
       e.destination_iso3, e.destination_country, e.host_name, e.cities, e.status,
       e.first_reported_at, e.last_reported_at, e.n_articles, e.visit_event_id
from visit_events e
left join dim_person p on p.person_term_id = e.person_term_id
where e.visitor_name is not null
order by e.visitor_name, e.first_reported_at, e.visit_event_id;

-- Documents signed (or to be signed) during a visit: a document event between the visit's two
-- states, reported in an article about the visit or first reported while the visit is being
-- reported (3 days either side). "Between the visit's states": its parties include both the
-- destination and the visitor's state. A visit known only by its destination ("a delegation
-- arrived in Jakarta") has no second state to check, so it takes the documents of its own
-- articles whose parties include the destination (the other party can be any): across articles
-- the destination alone would link every document of that country in the window. Requiring both
-- states keeps a Japan-Philippines memorandum away from a Japanese trip to Indonesia reported in
-- the same article.
-- Column names: each row is a document, so the document's columns keep their document_events
-- names (status, first_reported_at); the visit's columns keep their visit_events names, except the
-- two that would clash with the document's, which have to take the prefix visit_ (visit_status,
-- visit_first_reported_at).
create or replace view documents_signed_during_visits as
with same_article as (
    select distinct vm.visit_event_id, dm.document_event_id
    from visit_event_members vm
    join document_event_members dm using (article_id)
),
linked as (
    select v.visit_event_id, d.document_event_id
    from visit_events v
    join document_events d
      on v.visitor_iso3 is not null
     and list_contains(d.parties, v.destination_iso3)
     and list_contains(d.parties, v.visitor_iso3)
     and d.first_reported_at between v.first_reported_at - interval 3 days
                                 and v.last_reported_at + interval 3 days
    union
    select s.visit_event_id, s.document_event_id
    from same_article s
    join visit_events v using (visit_event_id)
    join document_events d using (document_event_id)
    where list_contains(d.parties, v.destination_iso3)
      and (v.visitor_iso3 is null or list_contains(d.parties, v.visitor_iso3))
)
select v.visit_event_id, v.visitor_name, v.visitor_iso3, v.visitor_country,
       v.destination_iso3, v.destination_country, v.status as visit_status,
       v.first_reported_at as visit_first_reported_at,
       d.document_event_id, d.doc_type, d.parties, d.party_names, d.status, d.document_name, d.first_reported_at
from linked l
join visit_events v using (visit_event_id)
join document_events d using (document_event_id)
order by v.first_reported_at, v.visit_event_id, d.doc_type, d.document_event_id;
