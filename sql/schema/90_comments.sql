-- The catalog documents itself: every table and column has a comment. docs/data_dictionary.md is
-- generated from these (python -m dagster_project dictionary) and a test keeps the two equal.

comment on table articles is 'One news article per row, normalized from any input format; exact duplicate texts kept once.';
comment on column articles.article_id is 'Stable id of the article: hash of source and external_id.';
comment on column articles.external_id is 'The source''s own identifier (JSONL id, Reuters NEWID, TimeML DOCID, or file path).';
comment on column articles.source is 'Publisher or corpus the article came from.';
comment on column articles.url is 'Address of the article, when the input gave one.';
comment on column articles.title is 'Headline, when the input gave one.';
comment on column articles.published_at is 'Publication time in UTC; null when the input gave none (never invented).';
comment on column articles.landing_day is 'The data/raw/<landing-day>/ folder the article arrived in (the partition).';
comment on column articles.language is 'Language code when known or detected (en).';
comment on column articles.text is 'Clean article text: Unicode NFC, no markup, paragraphs separated by blank lines.';
comment on column articles.content_hash is 'SHA-1 of the whitespace-normalized lower-case text, used to drop exact duplicates.';

comment on table visits is 'One row per article, visitor and destination country: a trip by someone acting for a state.';
comment on column visits.visit_id is 'Id of the visit row (article, visitor, destination).';
comment on column visits.article_id is 'The article that reports the visit (articles.article_id).';
comment on column visits.visitor_name is 'The visitor''s name as written, fullest form in the article; null for a role or delegation.';
comment on column visits.visitor_iso3 is 'ISO3 code of the state the visitor represents; null for international officials.';
comment on column visits.destination_iso3 is 'ISO3 code of the country visited.';
comment on column visits.host_name is 'The named person who receives the visitor, if any.';
comment on column visits.cities is 'Cities or places in the destination named as stops.';
comment on column visits.status is 'planned, ongoing, completed or cancelled, as of the article''s publication.';
comment on column visits.sentence is 'Evidence: the sentence the visit was read from.';
comment on column visits.sentence_start is 'Evidence: 0-based start offset of the sentence in articles.text.';
comment on column visits.sentence_end is 'Evidence: end offset (exclusive) of the sentence in articles.text.';
comment on column visits.extractor_version is 'Version of the extraction code that produced the row.';
comment on column visits.rule is 'The extraction rule (frame) that produced the row; rules and their measured precision are in dagster_project/reference/confidence.json.';
comment on column visits.confidence is 'How far to trust the row, 0..1: the precision its rule reached on the development set (189 annotated articles), pulled towards the table''s precision for rules with few rows. Filter with confidence >= 0.8 for high-precision rows.';
comment on column visits.landing_day is 'Landing day of the article copy the row was extracted from.';

comment on table documents is 'One row per document between states that an article reports as signed or to be signed.';
comment on column documents.document_id is 'Id of the document row.';
comment on column documents.article_id is 'The article that reports the document.';
comment on column documents.doc_type is 'joint_statement, agreement, memorandum, treaty or contract.';
comment on column documents.parties is 'ISO3 codes of the state parties (non-state parties get no code).';
comment on column documents.status is 'planned (to be signed) or signed (signed, concluded, issued, adopted).';
comment on column documents.document_name is 'The words that name the document in the text (or the title of a joint statement).';
comment on column documents.name_is_proper is 'True when document_name is a proper name ("the Paris Agreement", the title of a joint statement), not just the kind of document with its modifiers ("free trade agreement"); document_events groups reports by proper names.';
comment on column documents.sentence is 'Evidence: the sentence the document was read from.';
comment on column documents.sentence_start is 'Evidence: 0-based start offset of the sentence in articles.text.';
comment on column documents.sentence_end is 'Evidence: end offset (exclusive) of the sentence in articles.text.';
comment on column documents.extractor_version is 'Version of the extraction code that produced the row.';
comment on column documents.rule is 'The extraction rule (frame) that produced the row; rules and their measured precision are in dagster_project/reference/confidence.json.';
comment on column documents.confidence is 'How far to trust the row, 0..1: the precision its rule reached on the development set (189 annotated articles), pulled towards the table''s precision for rules with few rows. Filter with confidence >= 0.8 for high-precision rows.';
comment on column documents.landing_day is 'Landing day of the article copy the row was extracted from.';

comment on table trade_energy_mentions is 'One row per article, category and commodity the article talks about substantively.';
comment on column trade_energy_mentions.mention_id is 'Id of the mention row (article, category, commodity).';
comment on column trade_energy_mentions.article_id is 'The article that mentions it.';
comment on column trade_energy_mentions.category is 'trade, energy or sanctions.';
comment on column trade_energy_mentions.commodity is 'For energy: oil, gas, lng, coal, nuclear, electricity, renewables, hydrogen or general; null otherwise.';
comment on column trade_energy_mentions.countries is 'ISO3 codes of the countries involved in the mentions.';
comment on column trade_energy_mentions.infrastructure is 'Named infrastructure as written (pipelines, terminals, fields, plants).';
comment on column trade_energy_mentions.amount_value is 'First amount stated with the mention, in base units (2 billion -> 2e9).';
comment on column trade_energy_mentions.amount_unit is 'Unit of amount_value: usd, tonnes, bcm, barrels, ...';
comment on column trade_energy_mentions.amount_text is 'The amount as written.';
comment on column trade_energy_mentions.n_sentences is 'How many sentences of the article hold this key.';
comment on column trade_energy_mentions.sentence is 'Evidence: the first sentence holding the mention.';
comment on column trade_energy_mentions.sentence_start is 'Evidence: 0-based start offset of the sentence in articles.text.';
comment on column trade_energy_mentions.sentence_end is 'Evidence: end offset (exclusive) of the sentence in articles.text.';
comment on column trade_energy_mentions.extractor_version is 'Version of the extraction code that produced the row.';
comment on column trade_energy_mentions.rule is 'The extraction rule (frame) that produced the row; rules and their measured precision are in dagster_project/reference/confidence.json.';
comment on column trade_energy_mentions.confidence is 'How far to trust the row, 0..1: the precision its rule reached on the development set (189 annotated articles), pulled towards the table''s precision for rules with few rows. Filter with confidence >= 0.8 for high-precision rows.';
comment on column trade_energy_mentions.landing_day is 'Landing day of the article copy the row was extracted from.';

comment on table rejected_records is 'Input records that did not become articles, with a reason a person can read.';
comment on column rejected_records.landing_day is 'Landing day of the file.';
comment on column rejected_records.file is 'File path relative to the landing-day folder.';
comment on column rejected_records.position is '0-based record index in the file (line for JSONL); -1 for the whole file.';
comment on column rejected_records.reason is 'Why the record was rejected.';
comment on column rejected_records.excerpt is 'A short excerpt of the rejected input.';

comment on table ingest_files is 'One row per file of each landing day: how many records ingest read from it and where they went (read = accepted + duplicates + rejected). Empty for landing days ingested before this table existed.';
comment on column ingest_files.landing_day is 'Landing day of the file.';
comment on column ingest_files.file is 'File path relative to the landing-day folder.';
comment on column ingest_files.read is 'Records read: counted from the file itself where its format allows (JSONL lines, Parquet rows), else the records its reader yielded.';
comment on column ingest_files.accepted is 'Records that became articles of the landing day (before the cross-day choice of the kept copy, see duplicate_articles).';
comment on column ingest_files.duplicates is 'Exact copies of another record of the same landing day.';
comment on column ingest_files.rejected is 'Records rejected (see rejected_records), including records past a size limit.';

comment on table field_warnings is 'Values of accepted articles that could not be used (a published_at that is not a date or is outside the range of timestamps): the article is kept with the value null, and the reason is here.';
comment on column field_warnings.landing_day is 'Landing day of the file.';
comment on column field_warnings.file is 'File path relative to the landing-day folder.';
comment on column field_warnings.position is '0-based record index in the file (line for JSONL).';
comment on column field_warnings.article_id is 'The article the value belongs to (articles.article_id).';
comment on column field_warnings.field is 'The articles column left null (published_at).';
comment on column field_warnings.value is 'A short excerpt of the value as the input gave it.';
comment on column field_warnings.warning is 'Why the value was not used, for a person.';

comment on table duplicate_articles is 'Every copy of a text that is not the one kept in articles: exact duplicates within a landing day, across landing days, and older landings of the same id.';
comment on column duplicate_articles.landing_day is 'Landing day of the copy that was not kept.';
comment on column duplicate_articles.file is 'File of the copy, relative to its landing day; null for a copy dropped across landing days.';
comment on column duplicate_articles.position is '0-based record index of the copy in its file; null for a copy dropped across landing days.';
comment on column duplicate_articles.external_id is 'The copy''s own identifier.';
comment on column duplicate_articles.content_hash is 'Hash of the copy''s text.';
comment on column duplicate_articles.kept_article_id is 'The row of articles that holds this text now (articles.article_id).';
comment on column duplicate_articles.reason is 'same text, same landing day | same text, other landing day | same id, landed again later.';

comment on table dim_country is 'Countries and historic states (SUN, YUG, CSK, DDR) by ISO3 code.';
comment on column dim_country.iso3 is 'ISO 3166-1 alpha-3 code (historic states keep their former codes).';
comment on column dim_country.name is 'Common English name.';
comment on column dim_country.official_name is 'Official long form, when known.';
comment on column dim_country.capital is 'Capital city.';
comment on column dim_country.historic is 'True for states that no longer exist.';

comment on table dim_person is 'People in office (heads of state and government, ministers, officials) with their terms.';
comment on column dim_person.person_term_id is 'Id of one term of one person in one role.';
comment on column dim_person.name is 'Full name in its common English form.';
comment on column dim_person.iso3 is 'Country served; null for international organisations.';
comment on column dim_person.role is 'head_of_state, head_of_government, foreign_minister, ...';
comment on column dim_person.title is 'Title used before the name (President, Premier, ...).';
comment on column dim_person.start_date is 'First day of the term.';
comment on column dim_person.end_date is 'Last day of the term; null while in office.';
comment on column dim_person.variants is 'Other written forms of the name the extractor recognizes.';

comment on table dim_city is 'Cities with their country and coordinates (gazetteer plus summit places).';
comment on column dim_city.name is 'City name.';
comment on column dim_city.iso3 is 'Country of the city.';
comment on column dim_city.latitude is 'Latitude in degrees.';
comment on column dim_city.longitude is 'Longitude in degrees.';
comment on column dim_city.population is 'Population, when the gazetteer gives it.';
comment on column dim_city.is_capital is 'True for national capitals.';

comment on table dim_source is 'Sources seen in the articles, with their article counts and date ranges.';
comment on column dim_source.source is 'Source name; (unknown) when the input gave none.';
comment on column dim_source.articles is 'Number of articles.';
comment on column dim_source.first_published_at is 'Earliest publication time.';
comment on column dim_source.last_published_at is 'Latest publication time.';
comment on column dim_source.first_landing_day is 'First landing day with an article of the source.';
comment on column dim_source.last_landing_day is 'Last landing day with an article of the source.';

comment on table visit_event_members is 'Which visit rows (one per article) make up each real-world visit event.';
comment on column visit_event_members.visit_event_id is 'The visit event (visit_events.visit_event_id).';
comment on column visit_event_members.visit_id is 'A visit row (visits.visit_id).';
comment on column visit_event_members.article_id is 'The article of the visit row.';
comment on column visit_event_members.reported_at is 'When the article reported it: publication time, else the start (UTC) of its landing day.';
comment on column visit_event_members.person_term_id is 'The visitor resolved to a person in office (dim_person.person_term_id), when the name is known there.';

comment on table visit_events is 'One row per real-world trip: the visit rows of all articles that report the same traveller going to the same country, with reports at most 21 days apart.';
comment on column visit_events.visit_event_id is 'Id of the trip (hash of traveller, destination and first report time).';
comment on column visit_events.visitor_name is 'The visitor: the dim_person name when resolved, else the fullest name written; null when only the country is known.';
comment on column visit_events.person_term_id is 'The visitor''s term in office (dim_person.person_term_id), when resolved.';
comment on column visit_events.visitor_iso3 is 'ISO3 code of the state the visitor represents; null for international officials.';
comment on column visit_events.destination_iso3 is 'ISO3 code of the country visited.';
comment on column visit_events.host_name is 'Host named in the latest report that names one.';
comment on column visit_events.first_reported_at is 'First report of the trip (publication time, else landing day).';
comment on column visit_events.last_reported_at is 'Latest report of the trip.';
comment on column visit_events.status is 'Status in the latest report: a trip reported planned, then completed, shows completed.';
comment on column visit_events.n_articles is 'Number of articles reporting the trip.';
comment on column visit_events.n_sources is 'Number of distinct sources reporting the trip.';
comment on column visit_events.sources is 'The sources reporting the trip.';
comment on column visit_events.visitor_names is 'Every form of the visitor''s name the reports use.';
comment on column visit_events.stops is 'All cities named as stops across the reports.';

comment on table document_event_members is 'Which document rows make up each real-world document event.';
comment on column document_event_members.document_event_id is 'The document event (document_events.document_event_id).';
comment on column document_event_members.document_id is 'A document row (documents.document_id).';
comment on column document_event_members.article_id is 'The article of the document row.';
comment on column document_event_members.reported_at is 'When the article reported it: publication time, else the start (UTC) of its landing day.';

comment on table document_events is 'One row per real-world document: the document rows of all articles that report the same named document (reports at most 21 days apart), else the same type, state parties and subject word (at most 7 days apart).';
comment on column document_events.document_event_id is 'Id of the document (hash of its name, else type, parties and subject word, and first report time).';
comment on column document_events.doc_type is 'joint_statement, agreement, memorandum, treaty or contract.';
comment on column document_events.parties is 'ISO3 codes of the state parties.';
comment on column document_events.document_name is 'The fullest name the reports give it.';
comment on column document_events.first_reported_at is 'First report (publication time, else landing day).';
comment on column document_events.last_reported_at is 'Latest report.';
comment on column document_events.status is 'Status in the latest report: planned, then signed.';
comment on column document_events.first_reported_signed_at is 'First report that says it was signed; null while only planned.';
comment on column document_events.n_articles is 'Number of articles reporting it.';
comment on column document_events.n_sources is 'Number of distinct sources reporting it.';
comment on column document_events.sources is 'The sources reporting it.';

comment on view country_pair_activity_monthly is 'Per pair of countries and month (UTC): visit events, document events, and trade, energy and sanctions mentions involving both.';
comment on column country_pair_activity_monthly.country_a is 'First country of the pair (alphabetically smaller ISO3 code).';
comment on column country_pair_activity_monthly.country_b is 'Second country of the pair.';
comment on column country_pair_activity_monthly.month is 'First day of the month (UTC) of the first report (events) or of the article (mentions).';
comment on column country_pair_activity_monthly.visits is 'Visit events between the two countries, either direction.';
comment on column country_pair_activity_monthly.documents is 'Document events with both countries among the parties.';
comment on column country_pair_activity_monthly.trade_mentions is 'Trade mentions naming both countries.';
comment on column country_pair_activity_monthly.energy_mentions is 'Energy mentions (any commodity) naming both countries.';
comment on column country_pair_activity_monthly.sanctions_mentions is 'Sanctions mentions naming both countries.';

comment on view person_visit_timeline is 'Every trip of every named visitor, in time order, with the office held when resolved to dim_person.';
comment on column person_visit_timeline.visitor_name is 'The visitor (dim_person name when resolved).';
comment on column person_visit_timeline.visitor_iso3 is 'State the visitor represents.';
comment on column person_visit_timeline.visitor_role is 'Role of the visitor''s term in office (dim_person.role), when resolved.';
comment on column person_visit_timeline.visitor_title is 'Title of the visitor''s term in office (dim_person.title), when resolved.';
comment on column person_visit_timeline.destination_iso3 is 'Country visited.';
comment on column person_visit_timeline.destination_name is 'Name of the country visited (dim_country.name).';
comment on column person_visit_timeline.host_name is 'Host named in the latest report that names one.';
comment on column person_visit_timeline.stops is 'Cities named as stops.';
comment on column person_visit_timeline.status is 'Status in the latest report.';
comment on column person_visit_timeline.first_reported_at is 'First report of the trip.';
comment on column person_visit_timeline.last_reported_at is 'Latest report of the trip.';
comment on column person_visit_timeline.n_articles is 'Number of articles reporting the trip.';
comment on column person_visit_timeline.visit_event_id is 'The trip (visit_events.visit_event_id).';

comment on view documents_signed_during_visits is 'Documents signed or to be signed during a visit: between the visit''s countries, reported in an article about the visit or within 3 days of its reports.';
comment on column documents_signed_during_visits.visit_event_id is 'The trip (visit_events.visit_event_id).';
comment on column documents_signed_during_visits.visitor_name is 'The visitor.';
comment on column documents_signed_during_visits.visitor_iso3 is 'State the visitor represents.';
comment on column documents_signed_during_visits.destination_iso3 is 'Country visited.';
comment on column documents_signed_during_visits.visit_status is 'Status of the trip in its latest report.';
comment on column documents_signed_during_visits.visit_first_reported_at is 'First report of the trip.';
comment on column documents_signed_during_visits.document_event_id is 'The document (document_events.document_event_id).';
comment on column documents_signed_during_visits.doc_type is 'joint_statement, agreement, memorandum, treaty or contract.';
comment on column documents_signed_during_visits.parties is 'ISO3 codes of the state parties.';
comment on column documents_signed_during_visits.document_status is 'planned or signed, in the latest report of the document.';
comment on column documents_signed_during_visits.document_name is 'The fullest name the reports give the document.';
comment on column documents_signed_during_visits.document_first_reported_at is 'First report of the document.';
