"""The learned second reader of visits (extraction/visit_pairs.py, reference/visit_pairs.json): what
it adds, what it leaves alone, and the judged data it is trained on. Sentences written here."""

import json
from datetime import datetime
from pathlib import Path

import pytest
from test_visit_rules import keys, visit_rows

from dagster_project.extraction import visit_pairs, visits
from dagster_project.extraction.article import Article

REPO = Path(__file__).resolve().parents[1]


def article(text: str, title: str | None = None, published: str = "2024-03-13T12:00:00+00:00") -> Article:
    return Article.build("a1", text, title, datetime.fromisoformat(published), "test")


def test_a_pair_is_every_state_of_a_sentence_with_a_place_of_another():
    pairs = visit_pairs.candidates(article("Kenyan Foreign Minister Amina Odhiambo spoke to journalists in Lima "
                                           "on Tuesday."))
    assert ("PER", "KEN") in pairs
    start, end, features, name = pairs[("PER", "KEN")][0]
    assert name == "Amina Odhiambo"
    assert "btw=journal" in features and "d_p1=in" in features  # words between and before the place


def test_the_wire_dateline_is_a_destination():
    pairs = visit_pairs.candidates(article("NAIROBI, March 12 - Peruvian Foreign Minister Rosa Quispe told "
                                           "reporters the talks had gone well."))
    assert ("KEN", "PER") in pairs and "dk=dateline" in pairs[("KEN", "PER")][0][2]


def test_the_shipped_model_is_a_probability_with_a_threshold():
    m = visit_pairs.model()
    assert m["weights"] and 0 < m["threshold"] < 1
    assert m["training_candidates"] > 5000
    p = visit_pairs.probability(frozenset({"btw=journal", "d_p1=in"}))
    assert 0 < p < 1


def test_a_visit_no_frame_names_is_read_by_the_learned_reader():
    # "spoke to journalists in": no travel word, no frame of visits.py; the learned reader
    rows = visit_rows("Japanese Foreign Minister Hiro Tanaka spoke to journalists in Nairobi on Tuesday after "
                      "talks with Kenyan President William Ruto.")
    learned = [r for r in rows if r["rule"] == "visit.learned"]
    assert ("JPN", "KEN") in keys(rows)
    assert all(r["rule"] in visits.RULES and 0 < r["confidence"] <= 1 for r in rows)
    assert not learned or learned[0]["visitor_name"] == "Hiro Tanaka"


def test_sport_and_markets_are_no_visits():
    assert keys(visit_rows("Brazil beat Argentina 2-1 in Buenos Aires on Sunday to top the group.")) == set()
    assert keys(visit_rows("Japanese exports to China rose 4 percent in March, the ministry in Tokyo said.")) == set()


def test_the_learned_reader_adds_no_second_row_for_a_trip_the_rules_found():
    rows = visit_rows("Chinese President Xi Jinping arrived in Brasilia on Monday and told reporters in Brasilia "
                      "that ties were strong.")
    assert [r["rule"] for r in rows if (r["visitor_iso3"], r["destination_iso3"]) == ("CHN", "BRA")] == ["visit.travel"]


def test_travel_inside_one_state_is_never_added(monkeypatch):
    # a model that says yes to everything still adds no trip of a US official to Puerto Rico
    monkeypatch.setattr(visit_pairs, "model", lambda: {"intercept": 5.0, "threshold": 0.5, "weights": {"x": 0.0}})
    rows = visit_rows("U.S. Secretary of Energy Jennifer Granholm spoke to reporters in San Juan, Puerto Rico, "
                      "on Monday.")
    assert ("USA", "PRI") not in keys(rows)


def test_without_its_weights_the_reader_adds_nothing(monkeypatch):
    monkeypatch.setattr(visit_pairs, "model", lambda: {"intercept": 0.0, "threshold": 2.0, "weights": {}})
    rows = visit_rows("Japanese Foreign Minister Hiro Tanaka spoke to journalists in Nairobi on Tuesday.")
    assert not [r for r in rows if r["rule"] == "visit.learned"]


def test_the_judged_candidates_are_readers_labels_of_corpus_sentences():
    lines = [json.loads(ln) for ln in (REPO / "docs" / "annotations" / "visit_candidates.jsonl")
             .read_text(encoding="utf-8").splitlines() if ln.strip()]
    assert len(lines) > 1500
    assert {ln["label"] for ln in lines} == {0, 1}
    for ln in lines:
        assert ln["sentence"] and ln["destination_iso3"] and ln["reader"]
        assert ln["id"].split(":", 1)[0] in ("reuters", "whitehouse", "tempeval", "bbc", "web")
    corpora = REPO.parent / "shared" / "corpora"
    if not corpora.exists():
        pytest.skip("corpora not beside the project")
    assert all((corpora / ln["path"]).exists() for ln in lines)


# --- the fields of a learned row ----------------------------------------------------------------

def test_the_clause_that_places_a_trip_gives_its_status():
    from datetime import date

    from dagster_project.extraction.timing import clause_status

    day = date(2024, 3, 13)  # a Wednesday
    assert clause_status("Last week, the finance ministers met in Lima", day) == "completed"
    assert clause_status("In February, the minister was in Caracas", day) == "completed"
    assert clause_status("the minister would attend the opening of the talks in London", day) == "planned"
    assert clause_status("negotiations resume within two weeks in New York", day) == "planned"
    assert clause_status("hosted the minister at the White House on March 12", day) == "ongoing"
    assert clause_status("the ministers met in Geneva", day) is None  # no word of time: the caller decides


def test_a_name_apposed_to_an_office_of_the_state_names_the_visitor():
    rows = visit_rows("Today, National Security Advisor Jake Sullivan met in Washington with Emmanuel Bonne, "
                      "National Security Advisor to the President of France, to exchange views.",
                      source="whitehouse", title="Readout of National Security Advisor Jake Sullivan's Meeting")
    trip = [r for r in rows if (r["visitor_iso3"], r["destination_iso3"]) == ("FRA", "USA")]
    assert trip and trip[0]["visitor_name"] == "Emmanuel Bonne" and trip[0]["host_name"] == "Jake Sullivan"


def test_the_leaders_a_sentence_names_are_not_their_delegations(monkeypatch):
    from dagster_project.extraction.article import Article as Art

    text = ("In line with talks between President Anna Lindqvist and President Tomas Havel, the Swedish and Czech "
            "delegations held consultations in Vienna on Tuesday.")
    # a reader that says yes to every pair: the rows it adds for the delegations carry no leader's name
    monkeypatch.setattr(visit_pairs, "model", lambda: {"intercept": 5.0, "threshold": 0.5, "weights": {"x": 0.0}})
    art = Art.build("a1", text, None, datetime(2024, 3, 13), "test")
    names = {a.name for a in art.actors.in_span(0, len(text))}
    learned = {(v.visitor_iso3, v.destination): v.visitor_name for v in visits._learned(art, [])}
    assert names and learned.get(("SWE", "AUT"), "missing") is None and learned.get(("CZE", "AUT"), "missing") is None


def test_a_territory_sends_no_visitors(monkeypatch):
    monkeypatch.setattr(visit_pairs, "model", lambda: {"intercept": 5.0, "threshold": 0.5, "weights": {"x": 0.0}})
    rows = visit_rows("PEKING, March 23 - Details of today's agreement on Macao will be released in Peking soon.",
                      published="1987-03-23T12:00:00+00:00", source="reuters")
    assert "MAC" not in {r["visitor_iso3"] for r in rows}


def test_a_name_after_an_office_of_the_state_names_the_visitor():
    text = ("Director of the National Security Office of the Republic of Korea (ROK) Park Ji-won met "
            "National Security Advisor Jake Sullivan in Washington.")
    art = Article.build("a1", text, None, datetime(2024, 3, 13), "test")
    mine = [m for m in art.matches_in(0, len(text), ("country", "demonym")) if m.iso3 == "KOR"]
    assert visits._apposed_name(text, 0, mine) == "Park Ji-won"
    # a name apposed to another state's office is not this state's
    text = "Jean Dupont, spokesman of the French embassy, said Korea would attend the talks in Geneva."
    art = Article.build("a1", text, None, datetime(2024, 3, 13), "test")
    mine = [m for m in art.matches_in(0, len(text), ("country", "demonym")) if m.iso3 == "KOR"]
    assert visits._apposed_name(text, 0, mine) is None


def test_a_span_of_days_and_a_reopening_date_the_learned_rows():
    from datetime import date

    from dagster_project.extraction.timing import clause_status

    assert clause_status("held technical talks with the delegation March 23-25 in Riyadh", date(2025, 3, 25)) == "completed"
    assert clause_status("held technical talks with the delegation March 23-27 in Riyadh", date(2025, 3, 25)) == "ongoing"
    assert clause_status("when the debt talks reopen in New York on Tuesday", date(1987, 3, 1)) == "planned"


def test_an_office_of_the_state_names_its_holder_on_the_day_when_the_story_names_them():
    text = ("India's finance minister arrived in London on Thursday. Mr Chidambaram said he would press the "
            "ministers on trade.")
    art = Article.build("a1", text, None, datetime(2005, 2, 4), "test")
    mine = [m for m in art.matches_in(0, 40, ("country", "demonym")) if m.iso3 == "IND"]
    assert visits._office_holder(art, "IND", mine) == "Chidambaram"
    # a holder the story never names is not written in
    text = "India's finance minister arrived in London on Thursday for the meeting."
    art = Article.build("a1", text, None, datetime(2005, 2, 4), "test")
    mine = [m for m in art.matches_in(0, 40, ("country", "demonym")) if m.iso3 == "IND"]
    assert visits._office_holder(art, "IND", mine) is None


# --- the learned rows' fields: status from the words of time, the name from the story --------------

def test_a_wire_attribution_does_not_date_the_trip():
    from datetime import date

    from dagster_project.extraction.timing import clause_status, sentence_status
    wednesday = date(2024, 3, 13)
    sentence = ("Kenyan Foreign Minister Amina Odhiambo will hold talks with her Peruvian counterpart on the "
                "sidelines of the upcoming forum, reported the Nation newspaper on March 13.")
    assert clause_status(sentence, wednesday) == "ongoing"  # the report's day read as the trip's
    assert sentence_status(sentence, wednesday) == "planned"
    # a long "said that ..." is the trip itself, not an attribution
    said = "The newspaper said that under the plan the President would fly to the summit in Quito on June 8."
    assert sentence_status(said, wednesday) == "planned"


def test_a_sentence_dates_a_trip_by_its_days_not_by_its_modals():
    from datetime import date

    from dagster_project.extraction.timing import sentence_status
    pub = date(2024, 3, 14)
    assert sentence_status("Today, the foreign ministers of Kenya, Ghana and Nigeria, together with a large group "
                           "of business leaders, met their Peruvian counterpart in Lima.", pub, modal=False) == "ongoing"
    assert sentence_status("He had said in Paris that the reform would come next year.", pub, modal=False) == "completed"
    # "now" is as often the present of something else: no status from it alone
    assert sentence_status("At the forum in Hanoi she launched a pledge that now has 150 members.", pub,
                           modal=False) is None
    assert sentence_status("He met traders in Hanoi and said the pledge would grow.", pub, modal=False) is None


def test_departure_and_the_pluperfect_are_words_of_time():
    from datetime import date

    from dagster_project.extraction.timing import clause_status
    pub = date(2024, 3, 14)
    assert clause_status("the President said she would push for trade as she left here for the summit in Hanoi",
                         pub) == "ongoing"  # (the departure, not the plan of what she will say there)
    assert clause_status("Norwegian Finance Minister Lars Berg had told reporters in Tokyo", pub) == "completed"
    # a result reported in the pluperfect is no date: "said he had made progress in talks in Washington"
    assert clause_status("said he had made progress in talks in Washington", pub) is None


def test_a_month_of_last_year_is_last_years():
    from datetime import date

    from dagster_project.extraction.timing import mentioned_date
    assert mentioned_date("In October of last year, he hosted", date(2024, 3, 14)) == (date(2023, 10, 1), False)
    assert mentioned_date("in March next year", date(2024, 5, 14)) == (date(2025, 3, 1), False)
    assert mentioned_date("in March", date(2024, 5, 14)) == (date(2024, 3, 1), False)


def test_ahead_of_says_where_the_visitor_stands():
    s1 = "In Nairobi on Thursday ahead of the talks, Peru's minister spoke."
    at = s1.index("Nairobi") + len("Nairobi")
    assert visits._AHEAD_OF_AFTER.match(s1, at)  # there before the event: under way
    s2 = "Soto said ahead of the regional summit meeting in Quito that trade must grow."
    assert visits._AHEAD_OF_EVENT.search(s2, 0, s2.index("Quito"))  # the coming event's place: planned
    s3 = "He spoke ahead of the anniversary of the fall of the Berlin Wall."
    assert not visits._AHEAD_OF_EVENT.search(s3, 0, s3.index("Berlin"))  # no event held there


def test_a_learned_row_dated_in_the_pluperfect_or_last_year_is_completed():
    rows = visit_rows("Norwegian Finance Minister Lars Berg had told reporters in Tokyo that the fund would be "
                      "doubled next year.", "2024-03-14T12:00:00+00:00")
    assert [(r["visitor_iso3"], r["destination_iso3"], r["status"]) for r in rows] == [("NOR", "JPN", "completed")]
    rows = visit_rows("In October of last year, Kenyan President William Ruto spoke to business leaders in Hanoi "
                      "on the margins of a forum.", "2024-03-14T12:00:00+00:00")
    assert [(r["visitor_iso3"], r["destination_iso3"], r["status"]) for r in rows] == [("KEN", "VNM", "completed")]


def _mine(art, iso3: str, start: int) -> list:
    return [m for m in art.matches_in(start, len(art.text), ("country", "demonym")) if m.iso3 == iso3]


def test_an_unnamed_official_is_the_one_the_story_names_for_that_office():
    text = ("Indian Finance Minister Palaniappan Chidambaram arrived for the meeting. "
            "In London on Thursday, India's finance minister criticised the rich nations.")
    art = article(text)
    second = text.index("In London")
    assert visits._sole_official(art, "IND", _mine(art, "IND", second)) == "Palaniappan Chidambaram"
    # the office at the state's mention, not elsewhere in the sentence
    other = article("Indian Finance Minister Palaniappan Chidambaram arrived for the meeting. "
                    "After talks between the finance minister and the governor, India's team met bankers in London.")
    assert visits._sole_official(other, "IND", _mine(other, "IND", other.text.index("After"))) is None
    # another office: "central bank president X" is not the story's minister
    bank = article("Indian Finance Minister Palaniappan Chidambaram arrived for the meeting. "
                   "India's central bank president met bankers in London.")
    assert visits._sole_official(bank, "IND", _mine(bank, "IND", bank.text.index("India's"))) is None
    # two officials of the state named: which one travelled is not said
    two = article(text + " Prime Minister Manmohan Singh welcomed the talks.")
    assert visits._sole_official(two, "IND", _mine(two, "IND", second)) is None
    # "the leaders of A, B and C met in X": the office before a list of states
    leaders = article("Kenyan President William Ruto spoke first. The leaders of Ghana, Kenya and Nigeria met in Lima.")
    assert visits._sole_official(leaders, "KEN", _mine(leaders, "KEN", leaders.text.index("The leaders"))) == \
        "William Ruto"


def test_a_leaders_talks_before_their_teams_met_name_no_visitor():
    rows = visit_rows("In line with discussions between President Kofi Mensah and President Ana Soto, Ghana "
                      "facilitated technical talks with the Chilean delegation on March 10-12 in Lima, Peru.",
                      "2024-03-14T12:00:00+00:00")
    assert rows and all(r["visitor_name"] is None for r in rows)  # not "Ana Soto" for the Chilean delegation
    opening = visits._PRIOR_TALKS.match("Following talks between the two presidents, the teams met in Rome.")
    assert opening and opening.group().endswith("presidents,")
    assert not visits._PRIOR_TALKS.match("President Ana Soto met the Ghanaian team in Rome, officials said.")


def test_a_palace_named_like_a_town_is_no_place():
    art = article("The ministers met President Carlos Ruiz at Miraflores, the presidential palace, on Monday.")
    assert not [m for m in art.matches if m.text == "Miraflores" and m.kind == "city"]
    town = article("The ministers met business leaders in Miraflores on Monday.")
    assert [m for m in town.matches if m.text == "Miraflores" and m.kind == "city"]


def test_a_host_named_by_surname_is_the_destinations_official_of_that_name():
    text = ("Venezuelan Energy Minister Arturo Hernandez Grisanti said output would rise. In February, Canadian "
            "Energy Minister Marcel Masse was invited to Caracas for talks with Hernandez on an oil tax.")
    art = article(text)
    s = text.index("In February")
    assert visits._host_by_surname(art, "VEN", s, len(text)) == "Arturo Hernandez Grisanti"
    # the surname of nobody of the destination: no host
    assert visits._host_by_surname(art, "PER", s, len(text)) is None
    # a full name after "with" is the host reader's own (not read as a surname)
    assert visits._TALKS_WITH.search("for talks with Arturo Hernandez Grisanti on Monday") is None


def test_a_scenario_is_no_trip():
    assert visits._COUNTERFACTUAL.search("under such a scenario the President would announce it before the summit")
    assert not visits._COUNTERFACTUAL.search("the President will announce it before the summit in Quito")


def test_a_name_that_starts_like_a_month_is_no_date():
    from datetime import date

    from dagster_project.extraction.timing import clause_status, mentioned_date
    for name in ("Mario Rossi", "Janet Lee", "Octavio Paz", "Augusto Reyes", "Decker Smith", "Marcos Silva"):
        assert mentioned_date(f"talks headed by {name} and", date(1990, 2, 26)) is None
    assert mentioned_date("on Jan. 6, 1990", date(1990, 2, 26)) == (date(1990, 1, 6), True)
    # talks being held are under way, whatever their length is expected to be
    assert clause_status("The debt talks in Paris are being headed by Finance Minister Mario Rossi and are "
                         "expected to last for several days.", date(1990, 2, 26)) == "ongoing"


def test_a_demonym_before_a_thing_is_no_visitor_of_the_learned_reader():
    from datetime import datetime

    from dagster_project.extraction.article import Article
    from dagster_project.extraction.visit_pairs import candidates

    text = ('TOKYO, March 26 - The bank chief spoke.\n\n"I am very concerned about the Brazilian economy," '
            "he told reporters after a news conference in Tokyo.")
    art = Article.build("a", text, "BANK CHIEF CONCERNED", datetime(1987, 3, 26), "Reuters")
    assert ("JPN", "BRA") not in candidates(art)
    text = "TOKYO, March 26 - Brazilian officials told reporters after a news conference in Tokyo."
    art = Article.build("b", text, "BRAZIL IN TALKS", datetime(1987, 3, 26), "Reuters")
    assert ("JPN", "BRA") in candidates(art)
