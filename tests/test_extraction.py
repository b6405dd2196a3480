"""Extraction pattern families on sentences written for these tests (not from the dev set)."""

from datetime import UTC, datetime

import polars as pl
import pytest

from dagster_project.extraction.pipeline import extract_facts
from dagster_project.extraction.sentences import sentences_frame, split_sentences


def facts(text: str, published: str | None = "2024-03-10T12:00:00+00:00", title: str | None = None,
          source: str | None = "test") -> dict[str, pl.DataFrame]:
    arts = pl.DataFrame({
        "article_id": ["a1"], "text": [text], "title": [title], "source": [source],
        "published_at": [datetime.fromisoformat(published) if published else None],
    }, schema={"article_id": pl.String, "text": pl.String, "title": pl.String, "source": pl.String,
               "published_at": pl.Datetime("us", "UTC")})
    return extract_facts(arts, sentences_frame(arts))


def visits(text: str, **kw) -> set[tuple]:
    df = facts(text, **kw)["visits"]
    return {(r["visitor_iso3"], r["destination_iso3"], r["status"]) for r in df.iter_rows(named=True)}


def doc_rows(text: str, **kw) -> list[dict]:
    return facts(text, **kw)["documents"].to_dicts()


def mention_keys(text: str, **kw) -> set[tuple]:
    return {(r["category"], r["commodity"]) for r in facts(text, **kw)["trade_energy_mentions"].iter_rows(named=True)}


# --- sentences ------------------------------------------------------------------------------

def test_sentence_spans_point_into_the_text():
    text = "Mr. Abe arrived in Paris on Monday. He met Mr. Hollande.\n\nTalks ended at 5 p.m. Sources said so."
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "Mr. Abe arrived in Paris on Monday.", "He met Mr. Hollande.", "Talks ended at 5 p.m. Sources said so."]


# --- visits ---------------------------------------------------------------------------------

def test_planned_visit_with_host_and_cities():
    text = ("Indian Prime Minister Narendra Modi will visit Japan next week at the invitation of Japanese "
            "Prime Minister Fumio Kishida, with stops in Tokyo and Osaka.")
    df = facts(text)["visits"]
    row = df.row(0, named=True)
    assert (row["visitor_iso3"], row["destination_iso3"], row["status"]) == ("IND", "JPN", "planned")
    assert row["host_name"] == "Fumio Kishida"
    assert sorted(row["cities"]) == ["Osaka", "Tokyo"]
    assert text[row["sentence_start"]:row["sentence_end"]] == row["sentence"]


def test_hosting_pattern_makes_the_guest_the_visitor():
    text = "President Joe Biden will welcome President Emmanuel Macron of France to the White House on March 20."
    assert visits(text) == {("FRA", "USA", "planned")}


def test_tour_of_several_countries_gives_one_row_each():
    text = "German Chancellor Olaf Scholz visited Brazil, Argentina and Chile last month to discuss lithium."
    assert visits(text) == {("DEU", "BRA", "completed"), ("DEU", "ARG", "completed"), ("DEU", "CHL", "completed")}


def test_cancelled_visit():
    text = "Turkish President Recep Tayyip Erdogan has cancelled his planned visit to Greece, officials said."
    assert visits(text) == {("TUR", "GRC", "cancelled")}


def test_ongoing_visit_from_arrival_today():
    text = "Egyptian President Abdel Fattah al-Sisi arrived in Beijing today for a three-day state visit."
    assert visits(text) == {("EGY", "CHN", "ongoing")}


def test_domestic_trip_is_excluded():
    text = "Brazilian President Luiz Inacio Lula da Silva travelled to Manaus on Friday to inspect flood damage."
    assert visits(text) == set()


def test_phone_call_is_not_a_visit():
    text = "President Biden spoke by phone with Chancellor Scholz of Germany about Ukraine."
    assert visits(text) == set()


def test_demonym_and_surname_resolution_across_sentences():
    text = ("Kenyan Finance Minister Njuguna Ndung'u met creditors on Tuesday. "
            "Ndung'u left Paris today for London, where he will meet British officials.")
    got = visits(text)
    assert ("KEN", "FRA", "completed") in got
    assert ("KEN", "GBR", "ongoing") in got or ("KEN", "GBR", "planned") in got


def test_leader_resolved_by_article_date():
    # "the Russian leader" is Putin in 2015 and Yeltsin in 1995: both resolve to RUS
    text = "The Russian leader will travel to Paris next month for talks, the Kremlin said."
    rows = facts(text, published="1995-03-01T00:00:00+00:00")["visits"].to_dicts()
    assert [(r["visitor_iso3"], r["destination_iso3"]) for r in rows] == [("RUS", "FRA")]
    assert "Yeltsin" in (rows[0]["visitor_name"] or "")
    rows = facts(text, published="2015-03-01T00:00:00+00:00")["visits"].to_dicts()
    assert "Putin" in (rows[0]["visitor_name"] or "")


# --- documents ------------------------------------------------------------------------------

def test_planned_vs_signed_documents():
    planned = doc_rows("China and Russia will sign a joint statement and several agreements during the visit.")
    assert {(d["doc_type"], d["status"]) for d in planned} == {("joint_statement", "planned"), ("agreement", "planned")}
    signed = doc_rows("Vietnam and South Korea signed a memorandum of understanding on energy on Tuesday.")
    assert [(d["doc_type"], d["status"], d["parties"]) for d in signed] == [("memorandum", "signed", ["KOR", "VNM"])]


def test_background_reference_and_unilateral_acts_are_out():
    assert doc_rows("The United States will defend the Philippines under the 1951 Mutual Defense Treaty.",
                    published="2024-03-10T00:00:00+00:00") == []
    assert doc_rows("President Biden signed an executive order on critical minerals on Tuesday.") == []


def test_company_only_deal_is_out():
    assert doc_rows("Shell and TotalEnergies signed a supply contract for LNG cargoes, the companies said.") == []


def test_article_that_is_a_joint_statement():
    text = "The leaders of Japan and Australia reaffirmed their commitment to a free and open Indo-Pacific."
    rows = doc_rows(text, title="Joint Statement by Japan and Australia")
    assert [(d["doc_type"], d["status"], d["parties"]) for d in rows] == [("joint_statement", "signed", ["AUS", "JPN"])]


# --- trade, energy, sanctions -----------------------------------------------------------------

def test_energy_commodities_and_infrastructure():
    text = ("Russia supplied 38 bcm of gas to China through the Power of Siberia pipeline last year. "
            "Beijing also buys Russian crude oil and coal.")
    df = facts(text)["trade_energy_mentions"]
    keys = {(r["category"], r["commodity"]) for r in df.iter_rows(named=True)}
    assert keys == {("energy", "gas"), ("energy", "oil"), ("energy", "coal")}
    gas = df.filter(pl.col("commodity") == "gas").row(0, named=True)
    assert gas["infrastructure"] == ["Power of Siberia"]
    assert sorted(gas["countries"]) == ["CHN", "RUS"]
    assert gas["amount_unit"] == "bcm" and gas["amount_value"] == 38


def test_trade_and_sanctions():
    text = ("Exports from Japan to the United States rose 5 percent. "
            "Washington threatened sanctions on Iranian banks.")
    assert mention_keys(text) == {("trade", None), ("sanctions", None)}


def test_lng_is_not_also_gas():
    assert mention_keys("Qatar will ship liquefied natural gas to Germany from 2026.") == {("energy", "lng")}


def test_passing_word_in_a_list_is_not_a_mention():
    assert mention_keys("The ministers discussed energy, health, education and tourism.") == set()


def test_nuclear_weapons_are_not_nuclear_energy():
    assert mention_keys("Iran denies seeking nuclear weapons, the French foreign minister said.") == set()


@pytest.mark.parametrize("text", [
    "The company's share price fell after the oil painting was sold.",
    "Police fired tear gas at protesters in Paris.",
])
def test_non_energy_senses(text):
    assert mention_keys(text) == set()


def test_someone_else_with_a_leaders_surname_is_not_the_leader():
    text = "Elian Gonzalez's father said he wants to travel to Washington next week."
    assert visits(text, published="2000-03-01T00:00:00+00:00") == set()


def test_a_local_speaker_is_not_a_visitor_but_a_leader_abroad_is():
    assert visits("Thousands have fled, the agency's spokeswoman Antonella Notari said in Geneva.") == set()
    assert visits("Speaking in Vilnius, President Joe Biden said NATO was united.",
                  published="2023-07-12T12:00:00+00:00") in ({("USA", "LTU", "ongoing")}, {("USA", "LTU", "completed")})


def test_named_old_documents_and_refusals_are_not_reported_as_signed():
    assert doc_rows("Peru said it never signed any maritime pact with Chile.") == []
    assert doc_rows("The leaders discussed protecting the gains of the Belfast/Good Friday Agreement in Ireland.") == []
    assert doc_rows("The Philippines and the United States reviewed the Visiting Forces Agreement, signed in 1998.",
                    published="2006-01-10T00:00:00+00:00") == []


def test_visiting_guest_is_the_visitor_and_the_host_country_the_destination():
    text = "Egyptian President Hosni Mubarak held talks on Wednesday with visiting Palestinian President Mahmoud Abbas."
    assert visits(text, published="2006-05-10T00:00:00+00:00") == {("PSE", "EGY", "ongoing")}


def test_talks_someone_else_holds_do_not_place_a_leader():
    text = "South Korean President Roh Moo-hyun welcomed the resumption of six-party talks in Beijing this week."
    assert visits(text, published="2006-12-10T00:00:00+00:00") == set()


def test_negated_travel_is_not_a_visit():
    assert visits("Indonesian Foreign Minister Retno Marsudi did not travel to Beijing last week.") == set()


def test_american_gas_prices_are_oil():
    assert mention_keys("Gas prices in America fell to $3.40 per gallon after OPEC raised output.") == {("energy", "oil")}


def test_confidence_was_measured_for_this_extractor_version():
    """reference/confidence.json is re-measured (benchmarks/calibrate_confidence.py) whenever the
    extractor's output changes: otherwise the confidence describes rules that are gone."""
    from dagster_project.extraction import EXTRACTOR_VERSION, confidence

    assert confidence.measured_version() == EXTRACTOR_VERSION


def test_a_demonym_that_is_a_surname_before_an_apposed_office_names_no_state():
    from dagster_project.extraction.article import Article
    text = ("Gas demand will rise, said Peter German, vice president of economic analysis at the gas association. "
            "German said prices would firm.")
    art = Article.build("x", text, None, datetime(1987, 3, 17, tzinfo=UTC), "reuters")
    assert not [m for m in art.matches if m.kind == "demonym" and m.text == "German"]


def test_a_joint_statement_quoted_as_the_source_is_issued():
    text = ("SEOUL, Dec 19 - Polish President Lech Kaczynski and South Korean President Roh Moo-hyun held a summit "
            "on Monday. \"The Polish side proposed to share its experience with the Korean side,\" a joint statement "
            "said.")
    got = [(r["doc_type"], sorted(r["parties"]), r["status"]) for r in doc_rows(text)]
    assert got == [("joint_statement", ["KOR", "POL"], "signed")]
    # (a government's own statement is no joint paper)
    assert doc_rows("SEOUL, Dec 19 - Poland will cooperate with Korea on energy, a government statement said.") == []
    # (nor the joint statement of two firms)
    assert doc_rows("NEW YORK, April 8 - Acme Corp and Beta Properties said they were holding talks on a joint "
                    "acquisition of Gamma Inc. The acquisition is subject to taxes, the joint statement said.") == []


def test_the_two_countries_of_a_story_filed_from_one_of_them():
    text = ("SEOUL, Dec 19 - Polish President Lech Kaczynski said the two countries signed two agreements in the "
            "energy and shipbuilding sectors on Monday.")
    assert [(r["doc_type"], sorted(r["parties"])) for r in doc_rows(text)] == [("agreement", ["KOR", "POL"])]


def test_a_lease_between_state_bodies_is_a_contract():
    text = ("JAKARTA, Nov 1 - The lease for the aircraft was signed on Monday by officials from the Russian "
            "Emergencies Ministry and the Indonesian Ministry of Forestry.")
    assert [(r["doc_type"], sorted(r["parties"])) for r in doc_rows(text)] == [("contract", ["IDN", "RUS"])]
    # (a firm's lease of offices is no state document)
    assert doc_rows("LONDON, May 2 - Acme Plc said it signed a ten-year lease on new offices in Leeds.") == []
    # (what an agreement covers may stand between it and its signing)
    text = "HANOI, May 2 - The agreement on the border was signed on Tuesday by Vietnam and Laos."
    assert [(r["doc_type"], sorted(r["parties"])) for r in doc_rows(text)] == [("agreement", ["LAO", "VNM"])]


def test_concluding_negotiations_on_an_agreement_plans_it():
    text = "U.S. and Samoan officials discussed next steps to conclude negotiations on a shiprider agreement."
    assert [(r["doc_type"], sorted(r["parties"]), r["status"]) for r in doc_rows(text)] == \
        [("agreement", ["USA", "WSM"], "planned")]
    # (talks on one are no plan to sign it)
    assert doc_rows("U.S. and Samoan officials held talks on a shiprider agreement.") == []


def test_joint_statements_issued_with_two_partners_are_one_each():
    got = [(r["doc_type"], sorted(r["parties"])) for r in doc_rows(
        "President Trump issued Joint Trade Statements with Thailand and Vietnam.", source="whitehouse")]
    assert sorted(got) == [("joint_statement", ["THA", "USA"]), ("joint_statement", ["USA", "VNM"])]
    # (the partners of a second predicate are not the first one's)
    got = [(r["doc_type"], sorted(r["parties"])) for r in doc_rows(
        "President Trump secured reciprocal trade deals with Malaysia and Cambodia, issued plans with Thailand and "
        "Vietnam.", source="whitehouse")]
    assert sorted(got) == [("agreement", ["KHM", "USA"]), ("agreement", ["MYS", "USA"])]


def test_an_agreement_of_the_last_days_named_by_its_day_is_news():
    text = ("BELGRADE, April 1 - Yugoslavia has won breathing space from its major official creditors through "
            "yesterday's Paris Club refinancing agreement, economists said.")
    got = [(r["doc_type"], r["parties"], r["status"]) for r in doc_rows(text, published="1987-04-01T12:00:00+00:00")]
    assert got == [("agreement", ["YUG"], "signed")]
    # (the name leaves the possessive's "s" out)
    text = "LIMA, April 1 - Peru welcomed Monday's debt agreement with its creditor governments."
    assert [r["document_name"] for r in doc_rows(text)] == ["debt agreement"]


def test_a_predicate_coordinated_after_a_comma_has_the_sentences_subject():
    text = ("Today in Kuala Lumpur, President Donald J. Trump brokered the Kuala Lumpur Peace Accords between "
            "Thailand and Cambodia, secured reciprocal trade deals with Malaysia and Cambodia, issued Joint Trade "
            "Statements with Thailand and Vietnam, and elevated relations with Malaysia.")
    got = sorted((r["doc_type"], tuple(sorted(r["parties"]))) for r in doc_rows(text, source="whitehouse"))
    assert got == [("agreement", ("KHM", "USA")), ("agreement", ("MYS", "USA")),
                   ("joint_statement", ("THA", "USA")), ("joint_statement", ("USA", "VNM"))]
