-- One row per real-world event. The fact tables hold what each article says (one row per
-- article); here the rows of all articles that report the same trip, or the same document,
-- are grouped into one event.
--
-- Report time: an article's publication time, else the start (UTC) of its landing day.
-- Grouping ("gaps and islands"): the reports of one key, in time order, belong to one event as
-- long as each follows the previous one by at most 21 days; a longer silence starts a new event.
-- A report that the trip is planned or under way more than 3 days after a report that it was
-- completed also starts a new event (that trip is over; this is the next one), and likewise a
-- planned document after a signed one.

create or replace temp table article_reports as
select article_id, source,
       coalesce(published_at, cast(landing_day as timestamp) at time zone 'UTC') as reported_at
from articles;

-- Visits ---------------------------------------------------------------------------------------
-- Who travelled: the visitor's name is resolved to a person of dim_person (name or a known
-- variant, same country, preferring the term in office at the report time), so "Joe Biden",
-- "Joseph R. Biden, Jr." and "Biden" are one traveller. The traveller key is the visitor's
-- country plus the last word of the resolved (else written) name.
create or replace temp table person_names as
select distinct p.person_term_id, p.name, p.iso3, p.start_date, p.end_date,
       lower(trim(regexp_replace(n, '\s+', ' ', 'g'))) as name_norm,
       lower(n) = lower(p.name) as is_full_name
from dim_person p, unnest(list_prepend(p.name, p.variants)) as t(n);

create or replace temp table visit_reports as
with base as (
    select v.visit_id, v.article_id, v.visitor_name, v.visitor_iso3, v.destination_iso3, v.status,
           r.reported_at,
           lower(trim(regexp_replace(v.visitor_name, '\s+', ' ', 'g'))) as name_norm
    from visits v
    join article_reports r using (article_id)
),
person_match as (
    select b.visit_id, p.person_term_id, p.name as person_name,
           row_number() over (
               partition by b.visit_id
               order by cast(b.reported_at as date) between coalesce(p.start_date, date '0001-01-01')
                                                        and coalesce(p.end_date, date '9999-12-31') desc,
                        p.is_full_name desc,
                        p.start_date desc nulls last,
                        p.person_term_id
           ) as rank
    from base b
    join person_names p on p.name_norm = b.name_norm and p.iso3 is not distinct from b.visitor_iso3
)
select b.visit_id, b.article_id, b.visitor_name, b.visitor_iso3, b.destination_iso3, b.status,
       b.reported_at, m.person_term_id, m.person_name,
       case
           -- a visitor known only by country ("a Chinese delegation") joins a named trip below
           when b.visitor_name is null and b.visitor_iso3 is not null then null
           -- neither name nor country: nothing to match on, an event of its own
           when b.visitor_name is null then 'visit:' || b.visit_id
           else coalesce(b.visitor_iso3, '') || '|' ||
                lower(regexp_extract(coalesce(m.person_name, b.visitor_name), '([^\s,]+)(?:,?\s+Jr\.?)?$', 1))
       end as traveller
from base b
left join person_match m on m.visit_id = b.visit_id and m.rank = 1;

-- A visitor known only by country takes the traveller of the nearest named report of the same
-- country and destination within 21 days; without one, the country alone is the traveller.
create or replace temp table visit_travellers as
with nearest as (
    select n.visit_id, m.traveller,
           row_number() over (partition by n.visit_id
                              order by abs(epoch(m.reported_at) - epoch(n.reported_at)), m.traveller) as rank
    from visit_reports n
    join visit_reports m
      on n.traveller is null and m.traveller is not null
     and m.visitor_iso3 = n.visitor_iso3 and m.destination_iso3 = n.destination_iso3
     and abs(epoch(m.reported_at) - epoch(n.reported_at)) <= 21 * 86400
)
select r.*, coalesce(r.traveller, n.traveller, r.visitor_iso3 || '|') as traveller_key
from visit_reports r
left join nearest n on n.visit_id = r.visit_id and n.rank = 1;

create or replace table visit_event_members as
with ordered as (
    select *,
           lag(reported_at) over w as previous_at,
           lag(status) over w as previous_status
    from visit_travellers
    window w as (partition by traveller_key, destination_iso3 order by reported_at, visit_id)
),
flagged as (
    select *,
           case when previous_at is null then 1
                when reported_at > previous_at + interval 21 days then 1
                when previous_status = 'completed' and status in ('planned', 'ongoing')
                     and reported_at > previous_at + interval 3 days then 1
                else 0 end as starts_event
    from ordered
),
numbered as (
    select *,
           sum(starts_event) over (partition by traveller_key, destination_iso3 order by reported_at, visit_id
                                   rows unbounded preceding) as event_no
    from flagged
)
select
    md5(traveller_key || '|' || destination_iso3 || '|' ||
        cast(epoch(min(reported_at) over (partition by traveller_key, destination_iso3, event_no)) as varchar))[:16]
        as visit_event_id,
    visit_id, article_id, reported_at, person_term_id
from numbered
order by visit_event_id, reported_at, visit_id;

-- Country names stand beside the ISO3 codes so that reading an event needs no join to dim_country.
create or replace table visit_events as
with m as (
    select e.visit_event_id, e.reported_at, e.person_term_id, p.name as person_name, v.*, r.source
    from visit_event_members e
    join visits v using (visit_id)
    join article_reports r on r.article_id = v.article_id
    left join dim_person p on p.person_term_id = e.person_term_id
),
e as (
    select
        visit_event_id,
        coalesce(arg_max(person_name, (reported_at, visit_id)) filter (where person_name is not null),
                 arg_max(visitor_name, (length(visitor_name), visitor_name)) filter (where visitor_name is not null))
            as visitor_name,
        arg_max(person_term_id, (reported_at, visit_id)) filter (where person_term_id is not null) as person_term_id,
        max(visitor_iso3) as visitor_iso3,
        max(destination_iso3) as destination_iso3,
        arg_max(host_name, (reported_at, visit_id)) filter (where host_name is not null) as host_name,
        min(reported_at) as first_reported_at,
        max(reported_at) as last_reported_at,
        -- the latest report decides; at the same instant the most advanced status wins
        arg_max(status, (reported_at, case status when 'cancelled' then 4 when 'completed' then 3
                                                  when 'ongoing' then 2 else 1 end)) as status,
        count(distinct article_id) as n_articles,
        count(distinct coalesce(source, '(unknown)')) as n_sources,
        list_sort(list_distinct(list(coalesce(source, '(unknown)')))) as sources,
        list_sort(list_distinct(list(visitor_name) filter (where visitor_name is not null))) as visitor_names,
        list_sort(list_distinct(flatten(list(cities) filter (where cities is not null)))) as cities
    from m
    group by visit_event_id
),
named as (
    select e.*, vc.name as visitor_country, dc.name as destination_country
    from e
    left join dim_country vc on vc.iso3 = e.visitor_iso3
    left join dim_country dc on dc.iso3 = e.destination_iso3
)
select visit_event_id, visitor_name, person_term_id, visitor_iso3, visitor_country, destination_iso3,
       destination_country, host_name, first_reported_at, last_reported_at, status, n_articles, n_sources,
       sources, visitor_names, cities
from named
order by first_reported_at, visit_event_id;

-- Documents ------------------------------------------------------------------------------------
-- The same document:
--   * by name, where the reports give a proper one (documents.name_is_proper: "the U.S.-Ukraine
--     Bilateral Security Agreement", "Agreement on Reciprocal Trade", the title of a joint
--     statement; not "Joint Statement" or "Memorandum of Understanding"), whatever the type each
--     report reads; a name reported with two parties is one document per pair of states;
--   * otherwise by type, the set of state parties and the subject word before the noun, where
--     there is one ("trade pact", "security pact": two documents of the same parties); a report
--     with no subject word ("the agreement") joins the nearest report of the same type and
--     parties that has a name or a subject word within 7 days, else the reports of its type and
--     parties alone;
--   * a document with no state party, or an unnamed one of a single state (with or without a
--     subject word: "a trade agreement" of one state is any of its many), is an event of its own
--     (one party says too little to match two reports).
-- Named documents stay one event while each report follows the previous by at most 21 days;
-- unnamed ones by at most 7 days (a tight window: the same parties sign new documents often),
-- or 21 days after a report that the document is planned (an announced signing). Two unnamed
-- documents of one key in one article ("a second agreement") are two documents: the n-th of one
-- article is matched with the n-th of another.
create or replace temp table document_reports as
with base as (
    select d.document_id, d.article_id, d.doc_type, d.status, d.sentence_start,
           array_to_string(list_sort(list_distinct(d.parties)), ',') as party_key,
           len(list_distinct(d.parties)) as n_parties,
           lower(trim(regexp_replace(regexp_replace(coalesce(d.document_name, ''), '^(?i:the|a|an)\s+', ''),
                                     '\s+', ' ', 'g'))) as name_norm,
           coalesce(d.name_is_proper, false) as has_name,
           r.reported_at
    from documents d
    join article_reports r using (article_id)
),
named as (
    select *,
           -- the subject word right before the noun of an unnamed document: "trade" in "free trade agreement"
           nullif(regexp_extract(name_norm,
                  '(?:^|\s)([a-z][a-z\-]+)\s+(?:agreements?|accords?|deals?|pacts?|arrangements?|treat(?:y|ies)|'
                  || 'conventions?|protocols?|contracts?|memorand(?:um|a)\b.*|mous?|statements?|declarations?|'
                  || 'communiqu.s?|documents|frameworks?|plans?)$', 1), '') as subject_word
    from base
),
keyed as (
    select *,
           -- a name of the form "Agreement on Reciprocal Trade" is a template many pairs of states
           -- sign under: it is one document per set of parties; a name with its own words
           -- ("the U.S.-Ukraine Security Agreement", "the Paris Agreement") is one document
           case when has_name and regexp_matches(name_norm, '^(?:agreements?|accords?|treat(?:y|ies)|memorand(?:um|a)|'
                                                             || 'protocols?|conventions?|frameworks?|arrangements?)\s+(?:on|of|for|concerning)\s')
                     and n_parties > 0 then 'name|' || name_norm || '|' || party_key
                -- a bilateral name can be a programme each partner signs on its own ("the Technology
                -- Prosperity Deal" with Australia, then with Korea): one document per pair of states;
                -- a report of one party joins the nearest pair that holds it (below)
                when has_name and n_parties = 2 then 'name|' || name_norm || '|' || party_key
                when has_name and n_parties >= 3 then 'name|' || name_norm
                when n_parties = 0 then 'document|' || document_id
                -- a subject word ties reports together only with two or more parties: "a trade
                -- agreement" of the United States alone is any of its many trade agreements
                when subject_word is not null and n_parties >= 2
                     and subject_word not in ('bilateral', 'new', 'historic', 'landmark', 'international', 'major',
                                              'final', 'formal', 'first', 'second', 'other', 'several', 'some',
                                              'two', 'three', 'four', 'five', 'interim', 'preliminary',
                                              'definitive', 'recent', 'latest', 'joint', 'important', 'signed')
                    then 'subject|' || doc_type || '|' || party_key || '|' || subject_word
           end as own_key
    from named
),
named_nearest as (
    -- a named report of one party (or none) joins the nearest report of the same name whose
    -- parties hold its own
    select n.document_id, m.own_key,
           row_number() over (partition by n.document_id
                              order by abs(epoch(m.reported_at) - epoch(n.reported_at)), m.own_key) as rank
    from keyed n
    join keyed m
      on n.has_name and n.own_key is null and m.has_name and m.own_key is not null
     and m.name_norm = n.name_norm and (n.party_key = '' or list_contains(string_split(m.party_key, ','), n.party_key))
),
nearest as (
    -- an unnamed report without a subject word joins the nearest named or subject-word report
    -- of the same type and parties within 7 days, in another article: the rows of one article
    -- are already distinct documents (the extractor folds an article's repeated mentions of one
    -- document into one row), so "an agreement for cooperation in energy" beside "the Air
    -- Transport Agreement" of the same fact sheet is another document
    select n.document_id, m.own_key,
           row_number() over (partition by n.document_id
                              order by abs(epoch(m.reported_at) - epoch(n.reported_at)), m.own_key) as rank
    from keyed n
    join keyed m
      on n.own_key is null and m.own_key is not null and not starts_with(m.own_key, 'document|')
     and m.article_id <> n.article_id
     and m.doc_type = n.doc_type and m.party_key = n.party_key
     and abs(epoch(m.reported_at) - epoch(n.reported_at)) <= 7 * 86400
)
select *,
       -- two documents of one key in one article ("a second agreement") are two documents: the
       -- n-th of one article is matched with the n-th of another (a name is one document)
       case when starts_with(base_key, 'name|') or starts_with(base_key, 'document|') then base_key
            else base_key || '#' || row_number() over (partition by article_id, base_key
                                                       order by sentence_start, document_id)
       end as document_key
from (
    select k.document_id, k.article_id, k.doc_type, k.status, k.sentence_start, k.party_key, k.n_parties,
           k.name_norm, k.reported_at,
           -- an unnamed document of one state with no subject word ("an agreement", Venezuela) says
           -- too little to be matched with another report: it is an event of its own
           coalesce(k.own_key, nn.own_key, case when k.has_name then 'name|' || k.name_norm end, n.own_key,
                    case when k.n_parties >= 2 then 'parties|' || k.doc_type || '|' || k.party_key
                         else 'document|' || k.document_id end) as base_key
    from keyed k
    left join named_nearest nn on nn.document_id = k.document_id and nn.rank = 1
    left join nearest n on n.document_id = k.document_id and n.rank = 1
);

create or replace table document_event_members as
with ordered as (
    select *,
           lag(reported_at) over w as previous_at,
           lag(status) over w as previous_status
    from document_reports
    window w as (partition by document_key order by reported_at, document_id)
),
flagged as (
    select *,
           case when previous_at is null then 1
                when reported_at > previous_at
                     + (case when starts_with(document_key, 'name|') or previous_status = 'planned'
                             then interval 21 days else interval 7 days end) then 1
                when previous_status = 'signed' and status = 'planned'
                     and reported_at > previous_at + interval 3 days then 1
                else 0 end as starts_event
    from ordered
),
numbered as (
    select *,
           sum(starts_event) over (partition by document_key order by reported_at, document_id
                                   rows unbounded preceding) as event_no
    from flagged
)
select
    md5(document_key || '|' ||
        cast(epoch(min(reported_at) over (partition by document_key, event_no)) as varchar))[:16]
        as document_event_id,
    document_id, article_id, reported_at
from numbered
order by document_event_id, reported_at, document_id;

create or replace table document_events as
with m as (
    select e.document_event_id, e.reported_at, d.*, r.source
    from document_event_members e
    join documents d using (document_id)
    join article_reports r on r.article_id = d.article_id
),
e as (
    select
        document_event_id,
        -- the type most reports give (a named document may be called an agreement in one and a memorandum in another)
        mode(doc_type order by doc_type) as doc_type,
        list_sort(list_distinct(flatten(list(parties)))) as parties,
        arg_max(document_name, (length(document_name), document_name)) filter (where document_name is not null)
            as document_name,
        min(reported_at) as first_reported_at,
        max(reported_at) as last_reported_at,
        arg_max(status, (reported_at, case status when 'signed' then 2 else 1 end)) as status,
        min(reported_at) filter (where status = 'signed') as first_reported_signed_at,
        count(distinct article_id) as n_articles,
        count(distinct coalesce(source, '(unknown)')) as n_sources,
        list_sort(list_distinct(list(coalesce(source, '(unknown)')))) as sources
    from m
    group by document_event_id
),
party_list as (
    select document_event_id, unnest(parties) as party, generate_subscripts(parties, 1) as i
    from e
),
party_names as (
    -- the names in the order of `parties` (sorted codes); a code without a dim_country row as itself
    select p.document_event_id, list(coalesce(c.name, p.party) order by p.i) as party_names
    from party_list p
    left join dim_country c on c.iso3 = p.party
    group by p.document_event_id
)
select e.document_event_id, e.doc_type, e.parties, coalesce(n.party_names, []) as party_names, e.document_name,
       e.first_reported_at, e.last_reported_at, e.status, e.first_reported_signed_at, e.n_articles, e.n_sources,
       e.sources
from e
left join party_names n using (document_event_id)
order by e.first_reported_at, e.document_event_id;
