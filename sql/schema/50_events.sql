-- One row per real-world event. Articles that report the same trip (same traveller, same
-- destination, reports no more than 21 days apart) form one visit event; the event takes the
-- status of its latest report, so a planned visit later reported as completed shows completed.
create or replace table visit_event_members as
with reports as (
    select
        v.visit_id,
        v.article_id,
        -- the traveller: the country when known, else the name (officials of international bodies)
        coalesce(v.visitor_iso3, '') || '|' ||
            coalesce(lower(regexp_extract(v.visitor_name, '([^\s,]+)(?:,?\s+Jr\.?)?$', 1)), '') as traveller,
        v.destination_iso3,
        coalesce(a.published_at, cast(a.landing_day as timestamptz)) as reported_at
    from visits v
    join articles a using (article_id)
),
gaps as (
    select *,
        case when reported_at - lag(reported_at) over w > interval 21 days then 1 else 0 end as new_event
    from reports
    window w as (partition by traveller, destination_iso3 order by reported_at, visit_id)
),
numbered as (
    select *, sum(new_event) over (partition by traveller, destination_iso3 order by reported_at, visit_id
                                   rows unbounded preceding) as event_no
    from gaps
)
select
    md5(traveller || '|' || destination_iso3 || '|' || cast(min(reported_at) over (partition by traveller,
        destination_iso3, event_no) as varchar))[:16] as visit_event_id,
    visit_id, article_id, reported_at
from numbered;

create or replace table visit_events as
with m as (
    select e.visit_event_id, e.reported_at, v.*, a.source
    from visit_event_members e
    join visits v using (visit_id)
    join articles a on a.article_id = v.article_id
)
select
    visit_event_id,
    arg_max(visitor_name, length(coalesce(visitor_name, ''))) as visitor_name,
    any_value(visitor_iso3) as visitor_iso3,
    any_value(destination_iso3) as destination_iso3,
    arg_max(host_name, reported_at) filter (where host_name is not null) as host_name,
    min(reported_at) as first_reported_at,
    max(reported_at) as last_reported_at,
    -- the latest report decides; on the same instant the most advanced status wins
    arg_max(status, (reported_at, case status when 'cancelled' then 4 when 'completed' then 3
                                              when 'ongoing' then 2 else 1 end)) as status,
    count(distinct article_id) as n_articles,
    count(distinct coalesce(source, '(unknown)')) as n_sources,
    list_sort(list_distinct(flatten(list(cities)))) as stops
from m
group by visit_event_id
order by first_reported_at, visit_event_id;

-- Documents: same type and same parties, reports no more than 21 days apart.
create or replace table document_event_members as
with reports as (
    select
        d.document_id,
        d.article_id,
        d.doc_type,
        array_to_string(list_sort(d.parties), ',') as party_key,
        coalesce(a.published_at, cast(a.landing_day as timestamptz)) as reported_at
    from documents d
    join articles a using (article_id)
),
gaps as (
    select *,
        case when reported_at - lag(reported_at) over w > interval 21 days then 1 else 0 end as new_event
    from reports
    window w as (partition by doc_type, party_key order by reported_at, document_id)
),
numbered as (
    select *, sum(new_event) over (partition by doc_type, party_key order by reported_at, document_id
                                   rows unbounded preceding) as event_no
    from gaps
)
select
    md5(doc_type || '|' || party_key || '|' || cast(min(reported_at) over (partition by doc_type, party_key,
        event_no) as varchar))[:16] as document_event_id,
    document_id, article_id, reported_at
from numbered;

create or replace table document_events as
with m as (
    select e.document_event_id, e.reported_at, d.*, a.source
    from document_event_members e
    join documents d using (document_id)
    join articles a on a.article_id = d.article_id
)
select
    document_event_id,
    any_value(doc_type) as doc_type,
    list_sort(any_value(parties)) as parties,
    arg_max(document_name, reported_at) as document_name,
    min(reported_at) as first_reported_at,
    max(reported_at) as last_reported_at,
    arg_max(status, (reported_at, case status when 'signed' then 2 else 1 end)) as status,
    min(reported_at) filter (where status = 'signed') as first_reported_signed_at,
    count(distinct article_id) as n_articles,
    count(distinct coalesce(source, '(unknown)')) as n_sources
from m
group by document_event_id
order by first_reported_at, document_event_id;
