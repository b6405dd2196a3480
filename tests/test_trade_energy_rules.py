"""Trade/energy rules: passing mentions, negations, countries from the clause's roles, rule ids.

Every sentence here is written for these tests (none comes from the development set)."""

from datetime import datetime

import polars as pl
import pytest

from dagster_project.extraction import trade_energy
from dagster_project.extraction.article import Article
from dagster_project.extraction.pipeline import extract_facts
from dagster_project.extraction.sentences import sentences_frame

# A lead with no trade or energy word: sentences after it are not in the article's lead.
FILLER = ("The city council met on Tuesday to discuss the new library. Members praised the architects and "
          "the builders who finished it early. The mayor thanked the volunteers who painted the walls, "
          "planted trees and cleaned the park. Local schools will visit the library in the spring, and the "
          "council plans a festival for the opening in the summer. ")


def rows(text: str, title: str | None = None, source: str = "test",
         published: str = "2024-03-10T12:00:00+00:00") -> list[dict]:
    arts = pl.DataFrame({
        "article_id": ["a1"], "text": [text], "title": [title], "source": [source],
        "published_at": [datetime.fromisoformat(published)],
    }, schema={"article_id": pl.String, "text": pl.String, "title": pl.String, "source": pl.String,
               "published_at": pl.Datetime("us", "UTC")})
    return extract_facts(arts, sentences_frame(arts), ("trade_energy_mentions",))["trade_energy_mentions"].to_dicts()


def keys(text: str, title: str | None = None) -> set[tuple]:
    return {(r["category"], r["commodity"]) for r in rows(text, title)}


def countries(text: str, key: tuple, title: str | None = None) -> list[str]:
    (row,) = [r for r in rows(text, title) if (r["category"], r["commodity"]) == key]
    return row["countries"]


def infrastructure(text: str, key: tuple, title: str | None = None) -> list[str]:
    (row,) = [r for r in rows(text, title) if (r["category"], r["commodity"]) == key]
    return row["infrastructure"]


def test_filler_has_no_mention():
    assert len(FILLER) > trade_energy._LEAD_CHARS
    assert keys(FILLER) == set()


# --- 7. parts of words and negations ---------------------------------------------------------------

def test_non_oil_and_gas_exports_are_trade_not_oil_or_gas():
    assert keys("Malaysia's non-oil and gas exports to Japan rose 12 percent in May.") == {("trade", None)}
    assert keys("Norway's non-oil exports to Sweden fell sharply last year.") == {("trade", None)}


def test_commodity_word_inside_a_compound_is_not_the_commodity():
    assert keys("Japanese parts makers such as the oil seal producer Kitaro Corp. will bid for the order.") == set()
    assert keys("Police in Kenya said the attackers used a crude bomb made from fertiliser.") == set()


# --- 8. passing mentions -----------------------------------------------------------------------------

def test_price_in_a_list_of_factors_is_passing():
    text = FILLER + ("The Italian carmaker blamed weak demand, rising oil prices, strikes at two plants and a "
                     "strong currency for its loss.")
    assert keys(text) == set()


def test_food_and_energy_costs_are_a_price_index_component():
    text = FILLER + "Excluding volatile food and energy costs, core prices in Canada rose 0.2 percent in May."
    assert keys(text) == set()
    text = FILLER + "In Spain bread prices rose in April while petrol prices fell and rents stayed flat."
    assert keys(text) == set()


def test_single_unanchored_mention_is_passing_but_an_anchored_one_counts():
    assert keys(FILLER + "The new library will be heated with electricity.") == set()
    assert keys(FILLER + "Japan imported more liquefied natural gas from Qatar in March.") == {("energy", "lng")}


def test_a_mention_in_the_lead_or_repeated_counts():
    assert keys("Oil prices rose three percent on Monday.") == {("energy", "oil")}
    text = FILLER + "Oil output fell again in the spring. Refiners said oil stocks would last until June."
    assert keys(text) == {("energy", "oil")}


def test_commodity_describing_a_company_is_not_a_mention_alone():
    text = FILLER + "The bank also lent money to the oil giant Rosnoil and to a shipping firm last year."
    assert keys(text) == set()


def test_emissions_of_a_fuel_are_not_its_supply():
    assert keys("Methane emissions from oil and gas wells in Canada must fall, the regulator said.") == set()


def test_comparison_clause_is_not_what_the_sentence_reports():
    text = FILLER + ("Just as the railways brought electricity to every village in India, the new plan will bring "
                     "broadband to every school.")
    assert keys(text) == set()


def test_guideline_list_of_policy_areas_with_longer_items():
    text = FILLER + ("The leaders of Japan and India discussed maritime security, energy cooperation, student "
                     "exchanges and tourism.")
    assert keys(text) == set()


def test_apposition_with_commas_is_not_a_list():
    text = FILLER + "Russia, the largest gas exporter in Europe, said on Monday it would cut supplies to Poland."
    assert keys(text) == {("energy", "gas")}


def test_utility_tariffs_are_not_trade():
    text = ("The water company in Chile wants a tariff rise of 40% to pay for new pipes. "
            "The government rejected any tariff increase, saying households could not pay more for water. "
            "A minister said tariffs would stay frozen until the utilities invest.")
    assert ("trade", None) not in keys(text)
    assert keys("The United States will raise tariffs on steel from Canada next month.") == {("trade", None)}


def test_penalty_sanction_is_not_economic_sanctions():
    text = FILLER + ("Bars in Scotland that fail to enforce the rules will face the ultimate sanction of losing "
                     "their licence.")
    assert keys(text) == set()


def test_weak_import_noun_for_a_person_is_not_trade():
    text = ("The club unveiled its latest Brazilian import on Monday, a striker from Santos. "
            "The Brazilian import scored twice in his first game in Spain.")
    assert keys(text) == set()


def test_exports_in_an_article_about_a_fuel_are_the_fuels():
    text = ("Qatar will ship more liquefied natural gas to Japan next year. "
            "Its exports from the new port in Qatar will rise by a fifth, officials said.")
    assert keys(text, title="Qatar to remain top LNG supplier to Japan") == {("energy", "lng")}


def test_old_accident_place_gives_no_mention_and_no_country():
    text = FILLER + "Many people in India still remember the Bhopal disaster and the Chernobyl disaster."
    assert keys(text) == set()
    text = "Germany closed its last nuclear power plants, decades after the Bhopal disaster."
    assert countries(text, ("energy", "nuclear")) == ["DEU"]


# --- 9. countries from the clause's roles --------------------------------------------------------

def test_currency_is_not_a_country():
    text = ("Brazil's exports to Argentina reached 4.5 billion U.S. dollars last year, while its "
            "68 billion U.S. dlr foreign debt kept growing.")
    assert countries(text, ("trade", None)) == ["ARG", "BRA"]


def test_where_someone_spoke_and_a_meeting_venue_are_not_parties():
    text = "Japan and South Korea agreed to cut tariffs on steel, the Korean trade minister said in Paris."
    assert countries(text, ("trade", None)) == ["JPN", "KOR"]
    text = "Kenya and Uganda will discuss tariffs on sugar at the trade talks to be held in Geneva."
    assert countries(text, ("trade", None)) == ["KEN", "UGA"]


def test_crude_grade_named_after_a_place_is_not_a_country():
    text = "Iraq raised its oil exports as Brent crude rose to 80 dollars a barrel."
    assert countries(text, ("energy", "oil")) == ["IRQ"]


def test_company_home_is_not_a_party():
    text = "Nigeria raised its oil output after the French company Petrolix opened two wells."
    assert countries(text, ("energy", "oil")) == ["NGA"]


# --- rule ids ----------------------------------------------------------------------------------------

def test_every_row_names_its_rule_family():
    text = ("Russia supplied 38 bcm of gas to China through the Power of Siberia pipeline last year. "
            "The United States imposed sanctions on Iranian banks. "
            "Canada will raise tariffs on steel imports from Mexico.")
    by_key = {(r["category"], r["commodity"]): r["rule"] for r in rows(text)}
    assert by_key == {("energy", "gas"): "energy.infrastructure", ("sanctions", None): "sanctions.explicit",
                      ("trade", None): "trade.policy"}
    assert set(by_key.values()) <= set(trade_energy.RULES)
    assert list(trade_energy.MENTION_SCHEMA)[-1] == "rule"


@pytest.mark.parametrize(("text", "rule"), [
    ("Japan's trade surplus with the United States widened in May.", "trade.volume"),
    ("Exports from Vietnam to Germany rose 5 percent in May.", "trade.flows"),
    ("Oil prices in Asia rose three percent on Monday.", "energy.price"),
    ("India will buy more coal from Australia next year.", "energy.supply"),
    ("France and Morocco agreed on energy cooperation.", "energy.general"),
])
def test_rule_families_by_evidence(text, rule):
    (row,) = rows(text)
    assert row["rule"] == rule


# --- audit error classes (real-build rows read against the guidelines) -----------------------------

def test_an_oil_platform_as_a_military_target_is_no_energy_mention():
    text = FILLER + "Senators endorsed the naval strike on two Iranian oil platforms in the Gulf on Monday."
    assert ("energy", "oil") not in keys(text)
    # the same facility in a story about its output is one
    text = FILLER + "Iran said output from its oil platforms in the Gulf rose to 200,000 barrels a day."
    assert ("energy", "oil") in keys(text)


def test_a_country_word_inside_a_company_name_is_no_party():
    text = FILLER + ("Harbor Gas Co agreed to buy 40 mln cubic feet of natural gas a day from Coastal Oil Co, "
                     "a Royal Dutch/Shell Group unit, for its customers in Chile.")
    got = [r for r in rows(text) if r["commodity"] == "gas"]
    assert got and "NLD" not in got[0]["countries"] and "CHL" in got[0]["countries"]


def test_a_story_set_in_capitals_is_read_like_any_other():
    text = ("KENYAN ENERGY MINISTER DAVIS CHIRCHIR SAID TODAY GOVERNMENT SUBSIDIES ON KENYA'S DOMESTIC FUEL "
            "PRODUCTS HAD RISEN TO 40 PCT. OIL IMPORTS FELL BY 10 PCT IN JANUARY.")
    got = {(r["category"], r["commodity"]): r["countries"] for r in rows(text)}
    assert got.get(("energy", "oil")) == ["KEN"]


def test_a_sanitary_import_ban_is_trade_not_a_sanction():
    got = keys(FILLER + "Peru has banned imports of Chilean poultry since 2019 due to concerns about avian flu.")
    assert ("trade", None) in got and ("sanctions", None) not in got


def test_an_edible_oil_story_is_no_oil_mention():
    text = ("Soybean oil stocks rose in March. Crude 1,663 tonnes, refined 1,542 tonnes. "
            "Lard stocks fell. Edible oil demand was steady in Chile.")
    assert ("energy", "oil") not in keys(text, title="CHILE SOYBEAN OIL/LARD STATISTICS")


def test_a_nuclear_power_plant_is_nuclear_and_names_its_facility():
    got = {(r["category"], r["commodity"]): r for r in rows(
        "Fuel loading of the Puerto Sol Unit 2 nuclear power plant began Saturday in Chile, the operator said.")}
    assert ("energy", "electricity") not in got
    assert "Puerto Sol Unit 2 nuclear power plant" in got[("energy", "nuclear")]["infrastructure"]


def test_a_fusion_project_is_nuclear():
    assert ("energy", "nuclear") in keys("Chile and Peru decided to go ahead with a nuclear fusion project, "
                                         "the agency said.")


def test_a_state_gives_the_country_when_no_country_is_named():
    got = {(r["category"], r["commodity"]): r for r in rows(
        "Ridge Resources Inc said it bought interests in four producing oil wells in Weld County, Colorado.")}
    assert got[("energy", "oil")]["countries"] == ["USA"]


def test_a_story_set_in_lower_case_finds_its_places():
    got = {(r["category"], r["commodity"]): r["countries"] for r in rows(
        "the council of ministers approved the purchase of a refinery near lima by a chilean state company, "
        "officials said. the refinery processes 60,000 barrels of crude oil a day for chile and peru.")}
    assert set(got.get(("energy", "oil"), [])) >= {"CHL", "PER"}


def test_a_court_sanction_and_a_petrol_bomb_are_no_mentions():
    assert ("sanctions", None) not in keys(FILLER + "Andes Mining will return to a US court on Wednesday to seek "
                                           "sanctions against Pacifico Finance Group, which bought its Peru mine.")
    assert ("energy", "oil") not in keys(FILLER + "Police in Lima said a patrol car was hit with petrol bombs.")


def test_a_protectionist_import_ban_is_trade():
    got = keys(FILLER + "Chile urged Peru to withdraw a proposal that would ban imports of films, which it called "
                        "a protectionist measure.")
    assert ("trade", None) in got and ("sanctions", None) not in got


def test_the_city_of_an_accord_or_meeting_is_no_party_and_duty_free_shops_no_trade():
    got = {(r["category"], r["commodity"]): r["countries"] for r in rows(
        FILLER + "Oil prices held since the Lima agreement of the major producers, and Chilean demand for crude "
                 "oil rose 5 pct.")}
    assert got.get(("energy", "oil")) == ["CHL"]
    assert ("trade", None) not in keys(FILLER + "The company runs duty-free stores at airports in Chile.")


def test_crude_palm_oil_is_no_oil_and_a_city_naming_a_company_is_no_party():
    assert ("energy", "oil") not in keys(FILLER + "Malaysian crude palm oil prices rose 5 pct on strong demand.")
    got = {(r["category"], r["commodity"]): r["countries"] for r in rows(
        FILLER + "Lima Petroleum said it found oil in its offshore well in Chile and will raise output to 5,000 "
                 "barrels a day.")}
    assert got.get(("energy", "oil")) == ["CHL"]
    got = {(r["category"], r["commodity"]): r["countries"] for r in rows(
        FILLER + "Saudi Oil Minister Hisham Nazer said Saudi oil exports rose 10 pct.")}
    assert got.get(("energy", "oil")) == ["SAU"]


# --- round of 2026-11-29 ----------------------------------------------------------------------

def test_a_power_plant_fuel_is_not_a_mention_of_that_fuel():
    assert keys("The utility bought two coal-fired power plants in Ohio for 300 mln dlrs.") == {
        ("energy", "electricity")}
    assert keys("The firm will build a power station in Ghana powered by oil or gas.") == {
        ("energy", "electricity")}


def test_a_named_power_plant_is_infrastructure_of_its_key():
    (row,) = rows("The utility restarted a nuclear reactor at its Jordan Hill power plant on Monday.")
    assert (row["commodity"], row["infrastructure"]) == ("nuclear", ["Jordan Hill power plant"])


def test_a_city_seating_an_organisation_is_no_country_but_a_country_seat_is():
    assert countries("Oil demand will rise two pct this year, the Vienna-based agency said.",
                     ("energy", "oil")) == []
    assert countries("The Chile-based joint venture will boost its imports of Peruvian copper.",
                     ("trade", None)) == ["CHL", "PER"]


def test_a_ticker_in_a_company_marker_names_no_country():
    assert "KOR" not in countries("Oil output of <ROK.N> fell to 20,000 barrels a day in March.",
                                  ("energy", "oil"))


def test_a_market_session_is_no_trade_and_a_geothermal_plant_is_renewables():
    assert keys("The yen bond futures rose in early trade on Tuesday as investors bought.") == set()
    assert keys("The utility will build two geothermal power plants in Nevada.") == {("energy", "renewables")}


def test_partners_listed_in_the_next_sentence_and_the_reporting_source():
    text = ("Chilean copper exports through the port of Antofagasta fell 6 pct in March, trade sources said. "
            "Main destinations were Japan with 150,000 tonnes, China with 120,000 and Germany with 90,000.")
    assert sorted(countries(text, ("trade", None))) == ["CHL", "CHN", "DEU", "JPN"]
    assert countries("Kenya's wheat imports will fall to 1.5 mln tonnes this year, the U.S. Embassy's annual "
                     "agriculture report said.", ("trade", None)) == ["KEN"]
    assert countries("Distillate stocks rose by 600,000 barrels in the week, the American Petroleum Institute said.",
                     ("energy", "oil")) == ["USA"]


@pytest.mark.parametrize("text", [
    "Kenyan Trade and Industry Minister Ruth Wanjiru said the investment board approved new rules on making cars in Kenya.",
    "Elections have not affected financial markets in Finland, with trade continuing as normal, bankers said.",
])
def test_an_office_named_trade_and_trading_on_markets_are_no_trade(text):
    assert not keys(text)


def test_trade_between_economies_that_goes_on_is_still_trade():
    assert keys("Trade between Finland and Sweden continued to grow.") == {("trade", None)}


@pytest.mark.parametrize("text", [
    "The new Japanese bonds were quoted in grey market trade at less 1.5 percent, dealers in Tokyo said.",
    "Two-way trade in the Australian bonds was thin, dealers said.",
])
def test_trading_in_securities_is_no_trade(text):
    assert not keys(text)


@pytest.mark.parametrize("text", [
    "The Interstate Highway System boosted domestic trade in the United States.",
    "Net income in Canada includes a 12 mln dlr writedown of oil and gas properties.",
    "Jiffy Lube runs a lube-and-oil-change service in Texas.",
])
def test_domestic_commerce_writedowns_and_car_care_are_no_mentions(text):
    assert not keys(text)


def test_a_unit_named_for_a_country_names_no_country():
    assert countries("Peru raised the price of gasoline to 40 cents per U.S. gallon.", ("energy", "oil")) == ["PER"]


# --- third round: accounts, raw materials, mining lists, a power company's tariffs -----------------

@pytest.mark.parametrize("text", [
    "Note: 1995 net includes a pretax writedown of 12 mln dlrs on U.S. oil and gas properties.",
    "Net excludes a 400,000 dlr loss from discontinued oil and natural gas operations.",
    "The result includes a non-cash provision for impairment of geothermal property.",
])
def test_accounting_items_on_fuel_assets_are_no_mention(text):
    assert keys(text) == set()


def test_crude_sugar_and_raw_materials_are_not_oil():
    assert keys("Peru's production of crude sugar this harvest is 90,000 tonnes behind schedule.") == set()
    assert ("energy", "oil") in keys("Peru's production of crude rose to 90,000 barrels a day.")


def test_a_fuel_listed_among_mined_metals_is_a_mining_story():
    assert keys("Miners threatened to occupy Chile's copper, gold, silver and coal mines over pay.") == set()
    assert ("energy", "coal") in keys("Chile's coal exports rose 8 pct in May, the mines ministry said.")


def test_a_power_companys_tariffs_are_its_prices_not_trade():
    assert keys("Electricidad de Lima is seeking a 30 pct increase in industrial and commercial tariffs.") == set()
    assert ("trade", None) in keys("Peru raised tariffs on Chilean wine, the power company said.")


def test_a_unit_and_a_markets_city_name_no_party():
    assert countries("Peru will raise the price of petrol by 20 pct from 17.5 soles per U.S. gallon.",
                     ("energy", "oil")) == ["PER"]
    assert countries("Peru's ban on tea import licences will hurt Kenyan tea exports, according to Colombo brokers "
                     "and exporters.", ("trade", None)) == ["KEN", "PER"]


def test_generic_trade_phrases_office_names_and_vegetable_oils():
    # a forecast's background ("a slowdown in international trade") is no mention on its own
    assert ("trade", None) not in keys(
        "Prices were steady. Traders were quiet. The outlook was unchanged. Peru's central bank said its revision "
        "takes account of an anticipated slowdown in the world economy and international trade.")
    # an office is no mention; the fuel itself is
    assert keys("Peru will ask OPEC to raise its oil export quota by 50,000 barrels per day, deputy Energy Minister "
                "Rosa Quispe said.") == {("energy", "oil")}
    assert ("energy", "oil") not in keys(
        "Prices were steady. Traders were quiet. Japanese crushers continue to buy rapeseed since it converts to "
        "a higher percentage of oil than other oilseeds, they said.")


def test_american_indian_tribes_are_not_india():
    assert countries("Grants to Indian tribes will build power lines and grids in Arizona, the Energy Department "
                     "said.", ("energy", "electricity")) in ([], ["USA"])


def test_named_fields_and_crude_terminals_are_infrastructure():
    got = rows("OSLO, May 2 - Equinor, operator of Norway's Nordkapp oil field, said oil will be piped through the "
               "Tyrving field pipeline to the Sture crude terminal from June, raising output by 40,000 barrels a day.")
    oil = [r for r in got if r["commodity"] == "oil"]
    assert oil and {"Nordkapp oil field", "Tyrving field", "Sture crude terminal"} <= set(oil[0]["infrastructure"])


def test_seed_21_trade_energy_classes():
    # a facility named by its site; its owner is no name
    got = rows("LONDON, May 2 - The British Petroleum Co PLC oil refinery at Grangemouth, closed after a fire, is expected "
               "to reopen next week, producing 200,000 barrels a day.")
    assert [r["infrastructure"] for r in got if r["commodity"] == "oil"] == [["Grangemouth"]]
    # the British North Sea is Britain's sector
    assert countries("NEW YORK, May 2 - Mobil said the wildcat well in Block 49/28 of the British North Sea flowed "
                     "50.6 mln cubic feet of natural gas per day.", ("energy", "gas")) == ["GBR"]
    # where an agency is monitored, a commentator's nationality: not involved
    assert countries("TOKYO, May 2 - North Korea unveiled plans to greatly expand trade with other nations, the "
                     "official news agency, monitored in Tokyo, reported.", ("trade", None)) == ["PRK"]


def test_a_facility_named_only_in_the_story_is_the_storys_country():
    # the sentences name no state; the plant is local to the story, so its state is the story's
    text = ("PHOENIX, May 3 - The Desert Ridge Unit 2 nuclear power plant resumed operation on Friday after a "
            "six-week refuelling outage, its operator said. The Arizona utility said output would reach full "
            "power next week.")
    got = {(r["category"], r["commodity"]): r for r in rows(text)}
    assert got[("energy", "nuclear")]["infrastructure"] == ["Desert Ridge Unit 2 nuclear power plant"]
    assert got[("energy", "nuclear")]["countries"] == ["USA"]


def test_a_landmark_pipeline_named_in_passing_gets_no_guessed_country():
    text = ("The alliance's leaders discussed the protection of undersea cables and of pipelines such as "
            "Nord Stream after the explosions, a spokesperson said.")
    got = {(r["category"], r["commodity"]): r for r in rows(text)}
    assert got.get(("energy", "gas"), {"countries": []})["countries"] == []


def test_an_ambiguous_facility_name_counts_only_where_energy_is_said():
    # "TAP" is the Trans-Adriatic Pipeline and a news agency; "Willow" a field and a word
    assert keys("Tunisia broke diplomatic relations with Iran today, the official news agency TAP reported.") == set()
    assert ("energy", "gas") in keys("Gas began flowing through TAP to Italy on Tuesday, the operator said.")


def test_the_title_names_the_other_side_of_a_trade():
    text = ("ACCRA, May 4 - Ghana will buy 20,000 tonnes of salmon on export credits, trade officials said. "
            "Imports of fish rose sharply last year.")
    got = countries(text, ("trade", None), title="NORWEGIAN SALMON CREDITS FOR GHANA")
    assert set(got) == {"GHA", "NOR"}
    # a place after "in" in the title is the venue, not a side
    got = countries("Chile and Peru signed a deal to cut tariffs on fruit imports on Tuesday.", ("trade", None),
                    title="Chile, Peru sign tariff deal in Vietnam")
    assert set(got) == {"CHL", "PER"}


def test_the_sentence_after_a_trade_gives_the_goods_origin():
    text = ("ACCRA, May 4 - Ghana is likely to import 50,000 tonnes of rice between June and August, dealers said.\n\n"
            "Ghana had imported 200,000 tonnes of rice since the start of the year, they added. "
            "The rice would come from Thailand or Vietnam.")
    assert set(countries(text, ("trade", None))) == {"GHA", "THA", "VNM"}


def test_a_story_that_names_no_country_is_of_its_dateline_or_its_state_abbreviation():
    text = ("TULSA, April 8 - Acme Pipelines Co said it expected crude oil transportation volumes to be flat this "
            "year. Its oil pipeline unit carried 300,000 barrels a day last year.")
    assert countries(text, ("energy", "oil")) == ["USA"]
    text = ("Delta Mining Corp said a unit won a ten-year contract to operate a steam coal mine near Elkins, W.Va. "
            "The coal mine produces two mln tonnes a year.")
    assert countries(text, ("energy", "coal")) == ["USA"]


def test_an_organisations_story_filed_from_its_seat_is_not_of_that_state():
    text = ("LUXEMBOURG, April 8 - EC farm ministers discussed a proposed tax on imported oils and fats. "
            "Imports of vegetable oils would cost more under the tax, the EC Commission said.")
    got = {(r["category"], r["commodity"]): r for r in rows(text)}
    assert ("trade", None) in got and "LUX" not in got[("trade", None)]["countries"]


def test_a_town_named_like_a_person_the_story_names_is_that_person():
    # "Bush" is a town in Egypt too; the story names Mr Bush and never Egypt
    text = ("The gap between US exports and imports hit a record last year. George W. Bush has pledged to cut the trade "
            "deficit, and Bush officials said exports rose.")
    assert countries(text, ("trade", None)) == ["USA"]


def test_the_sides_of_a_trade_named_as_its_suppliers_or_sellers():
    text = ("Egypt's wheat imports will rise sharply this year because of a poor harvest, trade officials said. "
            "Egypt has already bought two mln tonnes of wheat this season, mainly from France and Argentina, they said. "
            "Its other main suppliers are Canada and Australia.")
    assert set(countries(text, ("trade", None))) == {"EGY", "FRA", "ARG", "CAN", "AUS"}


def test_a_venue_and_a_commentator_are_no_sides_of_a_trade():
    text = ("TOKYO, April 21 - GATT will begin a probe of Japanese import restrictions on farm products, officials "
            "said. The investigation, which will take place in Geneva, follows a U.S. complaint about the quotas.")
    assert "CHE" not in countries(text, ("trade", None))


def test_an_administrations_compound_name_and_a_towns_bay_name_no_party():
    # "Harris" is also a head of government elsewhere; "Bristol" a town in England
    text = ("WASHINGTON - The Biden-Harris Administration approved offshore wind projects that will power six "
            "million homes. Wind farms near Bristol Bay will add more renewable power.")
    got = {(r["category"], r["commodity"]): r for r in rows(text)}
    assert all(set(r["countries"]) <= {"USA"} for r in got.values()) and got


def test_a_business_serving_an_industry_or_a_company_word_is_no_mention():
    assert ("energy", "oil") not in keys(
        "Acme Holdings bought a 40 pct stake in Rigsure Inc. Rigsure specializes in property insurance for the oil "
        "industry, Acme said.")


def test_a_commodity_bodys_story_filed_from_its_seat_is_not_of_that_state():
    text = ("LONDON, Feb 26 - International Cocoa Organization producing countries will present a proposal for "
            "reintroducing export quotas, delegates said. The export quotas would run for 12 months.")
    got = {(r["category"], r["commodity"]): r for r in rows(text)}
    assert ("trade", None) in got and "GBR" not in got[("trade", None)]["countries"]


def test_a_town_that_names_a_company_is_the_company_where_it_is_not_written_as_a_place():
    text = ("ADELAIDE, March 23 - <Delhi Petroleum Pty Ltd> said a second gas flow has been recorded in the "
            "Toolachee Block. The appraisal well flowed gas at 235,038 cubic meters a day, Delhi said in a statement.")
    assert "IND" not in countries(text, ("energy", "gas"))


def test_an_agency_that_details_others_figures_is_the_data_source_not_a_side():
    text = ("WASHINGTON, April 9 - The U.S. Agriculture Department detailed rice supply/demand data for Thailand, "
            "the world's major rice exporter, with exports of 3.70 mln tonnes.")
    assert countries(text, ("trade", None)) == ["THA"]


def test_a_fuel_named_only_in_a_pair_that_names_a_business_is_passing():
    text = ("WASHINGTON, March 17 - The Energy Department proposed tax incentives for heavy oil production. Heavy "
            "oil output in California fell 10 pct last year, the department said. The secretary said, \"We will "
            "sell the company's oil and gas properties in Texas.\"")
    assert ("energy", "gas") not in keys(text)
    assert ("energy", "oil") in keys(text)
    # a pair that names the commodity itself counts for both fuels
    text = ("The talk is about the construction of oil and gas pipelines for delivery to the Asia Pacific region "
            "from the eastern part of Russia, the president said.")
    assert {("energy", "oil"), ("energy", "gas")} <= keys(text)


def test_an_oil_and_gas_unit_describes_a_company():
    text = ("SAN FRANCISCO, April 1 - Chevron Corp's domestic oil and gas unit, Chevron USA, said it will honor "
            "American Express cards at all of the company's outlets.")
    assert keys(text) == set()


def test_an_energy_analyst_or_conference_is_who_and_where_not_a_mention():
    text = ("Papua New Guinea provides the most exciting new prospect in the region for oil production, energy "
            "analyst Fereidun Fesharaki told an energy conference here.")
    assert ("energy", "general") not in keys(text)
    assert ("energy", "oil") in keys(text)


def test_goods_described_as_imported_count_only_beside_a_word_of_trade_and_a_disease_is_no_goods():
    assert keys(FILLER + "McGuinness is a producer of spirits and also has exclusive agencies for some imported "
                         "wines and spirits in Ontario, Canada.") == set()
    assert keys(FILLER + "Dr Moore said: \"TB is not simply imported into Britain, we are seeing a rise among the "
                         "UK-born population as well.\"") == set()


# --- seed 28's classes ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Sentiment was also dampened by a firmer federal funds rate and stable oil prices, dealers in Chicago said.",
    "Prices under contracts signed in California before last year's fall in world oil prices are now too high.",
])
def test_a_fuel_price_among_market_factors_or_as_a_time_is_passing(sentence):
    assert ("energy", "oil") not in keys(sentence)  # in the lead, where one sentence would be enough


def test_a_fuel_income_alone_outside_the_lead_is_passing():
    text = FILLER + ("In Caracas there have been calls to invoke the clause which the government used last year to "
                     "amend the terms after a 40 pct drop in oil income.")
    assert ("energy", "oil") not in keys(text)


def test_a_firm_described_by_its_trade_or_fuel_is_no_mention():
    assert keys(FILLER + "The Finnish group said it has acquired electronics components importers Ferrado and "
                         "Insele from Nokia of Finland.") == set()
    assert ("energy", "oil") not in keys(FILLER + "The collapse of a Chinese jet fuel trader listed in Singapore has "
                                                  "cast a spotlight on governance at firms in China.")


def test_a_plants_fuel_option_and_a_freight_tariff_are_no_mentions():
    assert ("energy", "oil") not in keys(FILLER + "Babcock will build a power station block for Venezuela's "
                                                  "utility. The installation, which can be powered by oil or gas, "
                                                  "should go on stream in 1988.")
    assert keys(FILLER + "Delivery this week on the Illinois River in the United States is quoted at 135 pct of "
                         "tariff bid.") == set()


def test_an_accidents_place_a_meetings_venue_and_a_news_agency_are_no_sides():
    text = ("The United Arab Emirates banned imports of Czechoslovak milk powder after checks on food imported "
            "from Europe since last year's Chernobyl nuclear accident in the Soviet Union.")
    assert "SUN" not in countries(text, ("trade", None))
    text = ("MOSCOW, Oct 19 - The official Soviet news agency Tass denounced a U.S. attack on an Iranian "
            "oil-drilling platform in the Gulf as military adventurism.")
    assert "SUN" not in countries(text, ("energy", "oil"))


# --- seed 30's classes ---------------------------------------------------------------------------

def test_a_meetings_venue_a_missions_seat_and_a_landmark_are_no_sides():
    text = ("MANILA, May 4 - Sugar growers in the Philippines want a new export quota deal after a special sugar "
            "council meeting ended on Friday in London without agreement.")
    assert "GBR" not in countries(text, ("trade", None))
    text = ("ROME, May 4 - The Kenyan delegation at the talks on tea export quotas will leave on Monday and ask an official of the Kenyan "
            "Embassy in Rome to follow the negotiations.")
    assert "ITA" not in countries(text, ("trade", None))
    text = ("GENEVA, May 4 - U.S. and Japanese trade ministers reached a consensus on farm trade reform at talks reviewing progress "
            "since the trade round was launched in Montevideo, Uruguay, last year.")
    assert "URY" not in countries(text, ("trade", None))
    text = ("Iran raised crude oil output at its offshore fields in the Gulf east of Qatar to 300,000 barrels a day, "
            "the oil ministry said.")
    assert "QAT" not in countries(text, ("energy", "oil"))


def test_a_fuel_left_out_of_the_figures_reserves_counted_in_imports_and_a_firms_line_are_no_mentions():
    # (each in the lead, where one sentence would be enough)
    text = ("SANTIAGO, May 4 - Chile's exports rose to 600 mln dlrs in May and, excluding copper and oil products, "
            "were level with last year.")
    assert ("energy", "oil") not in keys(text)
    assert keys("BANGKOK, May 4 - The central bank said the reserves were enough to cover about four months' worth "
                "of imports.") == set()
    assert ("energy", "oil") not in keys("HOUSTON, May 4 - Regulators want the buyer to sell two units in businesses "
                                         "related to oil-drilling before the merger.")


# --- seed 31's classes ---------------------------------------------------------------------------

def test_british_columbia_is_canada():
    text = "VANCOUVER, May 4 - A strike at the Quintette coal mine in British Columbia halted coal output."
    assert countries(text, ("energy", "coal")) == ["CAN"]


def test_a_fuel_named_only_in_a_sector_pair_beside_a_fuel_spoken_of_alone_is_no_mention():
    text = ("HOUSTON, May 4 - Oil prices fell 5 pct this week. The bank said its losses came from loans to oil and "
            "gas producers and suppliers.")
    assert ("energy", "oil") in keys(text) and ("energy", "gas") not in keys(text)
    text = ("HOUSTON, May 4 - Oil prices fell 5 pct this week. The firm makes pumps for the oil and gas, chemical, "
            "paper and marine industries.")
    assert ("energy", "oil") in keys(text) and ("energy", "gas") not in keys(text)


def test_a_trade_or_energy_word_naming_an_office_is_no_mention():
    assert keys("WASHINGTON, May 4 - John Smith, who heads the Fund's exchange and trade relations department, said "
                "he would retire.") == set()
    assert ("energy", "general") not in keys("OTTAWA, May 4 - Gas exports to the United States rose, said Anne Roy, "
                                             "an official in Canada's energy department.")


def test_a_named_well_is_infrastructure():
    (row,) = [r for r in rows("PERTH, May 4 - Woodside said it made an oil discovery at its Eagle Two well in the "
                              "Carnarvon basin.") if r["commodity"] == "oil"]
    assert row["infrastructure"] == ["Eagle Two well"]


# --- seed 32's classes ---------------------------------------------------------------------------

def test_trade_sanctions_are_the_sanctions_key_and_not_trade():
    text = ("OSLO, May 4 - Norway's government will decree unilateral trade sanctions against South Africa, the prime "
            "minister said. The government will decide later what form the trade boycott will take.")
    assert keys(text, title="NORWAY TO GO AHEAD WITH S. AFRICAN TRADE SANCTIONS") == {("sanctions", None)}


def test_a_fuel_word_inside_a_company_name_and_barrels_of_beer_are_no_mentions():
    assert keys("CALGARY, May 4 - After the merger, Oil Term Holdings Ltd, a new company, will hold a 43 pct stake "
                "in Husky.") == set()
    text = ("MILWAUKEE, May 4 - The brewer Heileman said it bought the beer brands of C. Schmidt. In 1986, Schmidt "
            "sold about 1.6 mln barrels.")
    assert ("energy", "oil") not in keys(text)


# --- seed 33's classes ---------------------------------------------------------------------------

def test_a_province_after_a_place_name_is_the_province_and_a_trade_round_names_no_state():
    text = ("TORONTO, May 4 - Canuc Resources said it completed the sale of its uranium mining claims in Elliot "
            "Lake, Ontario, for 150,000 dlrs.")
    assert countries(text, ("energy", "nuclear")) == ["CAN"]
    text = ("TOKYO, May 4 - Japan will not discuss rice imports with the United States outside the Uruguay trade "
            "round, the ministry said.")
    assert countries(text, ("trade", None)) == ["JPN", "USA"]


def test_a_facility_name_that_names_a_company_here_and_a_diesel_engine_part_are_no_energy():
    text = ("PITTSBURGH, May 4 - Intergrup said its Permian Partners LP subsidiary will sell units. Permian buys, "
            "transports and resells crude oil in Texas.")
    assert all(not r["infrastructure"] for r in rows(text))
    assert ("energy", "oil") not in keys("MUNICH, May 4 - BMW is to recall all cars equipped with a faulty diesel "
                                         "fuel-injection pump, the company said.")


def test_a_states_trade_programme_and_its_exporters_speaking_name_it_as_a_side():
    text = ("WASHINGTON, May 4 - The Commodity Credit Corporation, CCC, has accepted a bonus offer from an exporter on the sale of "
            "20 head of dairy cattle to Tunisia, the Agriculture Department said.")
    assert countries(text, ("trade", None)) == ["TUN", "USA"]
    text = ("KANSAS CITY, May 4 - Bangladesh has postponed its tender for 50,000 tonnes of wheat under the export "
            "bonus program, U.S. exporters said.")
    assert countries(text, ("trade", None)) == ["BGD", "USA"]


def test_trade_with_one_state_and_nobody_else_is_the_title_states():
    text = ("NEW DELHI, May 4 - Officials said countertrade would grow.\n\n"
            "Total trade with the Soviet Union, involving swaps of farm produce and textiles for Soviet arms and "
            "crude oil, is estimated at three billion dlrs this year.")
    assert countries(text, ("energy", "oil"), title="PAKISTAN STEPS UP COUNTERTRADE DEALS") == ["PAK", "SUN"]


# --- seed 34's classes ---------------------------------------------------------------------------

def test_dealing_in_deposits_and_securities_matching_and_duty_free_channels_are_no_trade():
    assert keys("HELSINKI, May 4 - On the interbank market there has been an increasing trade in banks' CDs, the "
                "central bank said.") == set()
    assert keys("LONDON, May 4 - The bond dealers' association will set up a eurobond trade confirmation and "
                "matching system with the clearing agencies.") == set()
    assert keys("NEW YORK, May 4 - Cascade bought the rights to sell the perfumes through duty-free channels, the "
                "company said.") == set()


# --- seed 35's classes ---------------------------------------------------------------------------

def test_the_dateline_city_and_a_publications_seat_are_no_sides():
    text = ("NICOSIA, March 16 - OPEC produced about 14 mln bpd of oil last week because of pipeline problems in "
            "Turkey and Ecuador, a newsletter estimated. The Cyprus-based newsletter also said Libya was producing "
            "850,000 bpd of oil.")
    assert countries(text, ("energy", "oil")) == ["ECU", "LBY", "TUR"]


# --- seed 36's classes ---------------------------------------------------------------------------

def test_oils_and_fats_are_no_petroleum():
    # an edible oil beside a petroleum word of the same form ("palm oil production" holds "oil production")
    assert ("energy", "oil") not in keys("KUALA LUMPUR, April 7 - Malaysian palm oil production will fall this "
                                         "year, the Hamburg newsletter said. Rape oil and sun oil imports rose.")
    # the mills and raw materials of the oilseed trade
    assert ("energy", "oil") not in keys("WINNIPEG, June 2 - Crushers cut their purchases of Canadian canola seed "
                                         "because of maintenance work at oil mills.")
    assert ("energy", "oil") not in keys("ROTTERDAM, May 3 - Dutch imports of oil-bearing raw materials rose to two "
                                         "mln tonnes on a fat/oil basis, the commodity board said.")
    # (petroleum beside them still is)
    assert ("energy", "oil") in keys("LAGOS, May 3 - Nigeria's crude oil production rose to 1.3 mln barrels per "
                                     "day, the oil ministry said.")


def test_a_publication_named_by_a_fuel_is_no_mention():
    assert keys("HAMBURG, April 7 - Thai rubber output will drop this year, Oil World said. Prices will rise, "
                "Energy Daily reported.") == set()


def test_waste_dumping_is_no_trade():
    assert keys("OTTAWA, June 2 - The environment department charged a mining company with six counts of waste "
                "dumping into Hudson Bay.") == set()
    assert ("trade", None) in keys("BRUSSELS, June 2 - The EC will impose anti-dumping duties on Japanese "
                                   "printers after finding evidence of dumping.")


def test_where_a_body_agreed_and_where_an_official_is_staying_are_no_sides():
    text = ("OSLO, June 29 - Norway will cut its oil output in support of OPEC, which agreed last weekend in Geneva "
            "on a ceiling of 16 mln barrels per day. Norway's energy minister, currently in Finland for a meeting "
            "of Nordic ministers, made no statement on the oil cuts.")
    assert countries(text, ("energy", "oil")) == ["NOR"]


def test_a_trade_phrase_among_policy_items_closed_by_a_pair_is_passing():
    assert keys("Veterans Day, 2026. Every day, my Administration is cutting red tape, unleashing our economy, "
                "ending unfair trade practices, securing our borders and defending the rule of law.") == set()
    # (a list that follows a clause about trade is no list of passing items)
    assert ("trade", None) in keys("CARACAS, June 1 - Venezuela increased its exports of steel to the United "
                                   "States, Britain and France.")


def test_a_facility_in_one_country_gives_its_country_when_the_story_names_none():
    text = ("Pacific Gas and Electric Co's plan to change its accounting for nuclear plant revenues pushed its stock "
            "down, analysts said. The company will write down part of its Diablo Canyon nuclear plant.")
    assert countries(text, ("energy", "nuclear")) == ["USA"]


def test_a_list_of_names_is_no_list_of_other_topics():
    assert ("trade", None) in keys("CARACAS, June 1 - Venezuela increased its exports of steel to the United "
                                   "States, Britain and France.")


def test_sanctioned_by_a_sports_body_is_approval():
    assert keys("BANGKOK, Nov 17 - The golf tournament, to be held in January near Bangkok, has been sanctioned by "
                "the Asian Tour, the Japan Golf Tour and the European Tour.") == set()
    assert keys("BANGKOK, Nov 17 - The golf tournament has been sanctioned by the Asian, Japanese and European "
                "Tours.") == set()


def test_a_facilitys_country_is_the_state_of_the_articles_date():
    out = rows("The firm will sell the product in Europe because of the radiation from the Chernobyl nuclear plant.",
               published="1987-03-10T12:00:00+00:00")
    assert [r["countries"] for r in out if r["commodity"] == "nuclear"] == [["SUN"]]


# --- seed 37's classes ---------------------------------------------------------------------------

def test_a_currency_trading_in_a_range_is_no_trade():
    assert keys("LONDON, March 3 - Analysts said the pound was expected to trade in a narrow range against the "
                "mark this week.") == set()
    assert ("trade", None) in keys("LONDON, March 3 - Britain's trade deficit narrowed in February, official "
                                   "figures showed.")


def test_a_banks_seat_in_its_name_is_no_side():
    text = "SYDNEY, March 3 - Economists at Banque Nationale de Paris expect Australian exports to rise in March."
    assert countries(text, ("trade", None)) == ["AUS"]
    # (a country's bank is the state's: "the Bank of Japan")
    text = "TOKYO, March 3 - The Bank of Japan expects exports to Australia to rise in March."
    assert countries(text, ("trade", None)) == ["AUS", "JPN"]


def test_what_a_market_watches_for_is_no_fuel_mention():
    assert keys("RIYADH, March 3 - Deposit rates eased as traders waited for clues to the direction of oil prices "
                "and the economy.") == set()


def test_the_belgo_luxembourg_union_is_both_states():
    text = "BRUSSELS, March 25 - The Belgo-Luxembourg union recorded a trade deficit of nine billion francs in January."
    assert countries(text, ("trade", None)) == ["BEL", "LUX"]


def test_a_ministers_surname_that_is_a_town_and_a_long_venue_are_no_sides():
    text = ("MANAGUA, March 19 - Foreign trade minister Alejandro Martinez Cuenca expects Nicaragua's coffee "
            "exports to rise this year.")
    assert countries(text, ("trade", None)) == ["NIC"]
    text = ("RIO DE JANEIRO, March 30 - Brazil's coffee exports will stay suspended until tomorrow's meeting of the "
            "International Coffee Organisation, ICO, executive board in London.")
    assert countries(text, ("trade", None)) == ["BRA"]


def test_a_trade_phrase_before_a_clause_with_a_pair_is_no_list_item():
    text = ("NEW DELHI, May 4 - Total trade with the Soviet Union, involving swaps of farm produce and textiles for "
            "Soviet machinery and crude oil, is estimated at three billion dlrs this year.")
    assert "SUN" in countries(text, ("trade", None))


def test_a_town_named_first_name_after_an_office_is_no_place():
    text = ("WASHINGTON, March 6 - Council president Darwin E. Stolte called Canada's duties on imports of U.S. "
            "corn a threat to trade.")
    assert countries(text, ("trade", None)) == ["CAN", "USA"]


# --- seed 38's and 39's classes ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ACCRA, March 12 - Worry over the coming cocoa crop in Ghana is rising with trade forecasts of a smaller harvest.",
    "LONDON, March 12 - Dealers said the new nickel contract in Singapore would meet trade requirements better. "
    "Trade requirements in Japan differ, they said.",
    "LAGOS, March 12 - Nigeria asked its banks to roll over two billion dlrs in trade and interbank credit lines. "
    "Nigeria's trade credit lines from Britain expire in May.",
])
def test_trade_as_the_commodity_business_or_its_credit_is_no_trade_mention(text):
    assert ("trade", None) not in keys(text)


def test_an_embargo_a_measure_guards_against_is_no_sanction():
    text = ("WASHINGTON, March 2 - The government plans to fill the strategic petroleum reserve to protect the "
            "economy from an overseas embargo, officials said.")
    assert ("sanctions", None) not in keys(text)
    text = ("WASHINGTON, March 2 - The United States imposed an embargo on Cuban sugar to punish the government, "
            "officials said.")
    assert ("sanctions", None) in keys(text)


def test_a_heading_and_a_firms_descriptor_and_a_given_name_are_no_mentions():
    assert keys(FILLER + "Energy Security.") == set()
    assert keys("PARIS, March 11 - The French electricity utility Electricite Nationale is issuing a five billion "
                "franc bond in three tranches, the lead manager said.") == set()
    assert ("energy", "general") not in keys("RICHMOND, Va., March 3 - The new venture, to be called Energy "
                                             "Richmond, will build coal-fired cogeneration plants in Virginia.")


def test_a_price_clause_of_concession_is_a_factor_not_a_mention():
    assert keys("TOKYO, March 3 - Japanese demand for Australian bonds is growing as the dollar will remain stable "
                "despite the drop in oil prices, fund managers said.") == set()


def test_a_summits_city_is_no_side_and_a_state_firm_trades_for_its_state():
    text = ("WASHINGTON, April 26 - The U.S. president warned against a protectionist trade bill before the Toronto "
            "economic summit and talks on trade with Japan.")
    assert countries(text, ("trade", None)) == ["JPN", "USA"]
    text = ("CARACAS, March 5 - The Venezuelan state oil company said its customers in Japan would pay 17 dlrs a "
            "barrel for crude oil in March.")
    assert countries(text, ("energy", "oil")) == ["JPN", "VEN"]


def test_a_queensland_town_named_roma_is_not_rome():
    text = ("BRISBANE, April 21 - Santos Ltd made a natural gas discovery in the Roma region of southern "
            "Queensland, the company said.")
    assert countries(text, ("energy", "gas")) == ["AUS"]


def test_a_fuel_named_once_in_a_pair_before_a_generic_noun_beside_the_other_fuel_is_passing():
    text = ("HOUSTON, March 3 - Lone Star Petroleum cited lower oil and gas prices for its quarterly loss. "
            "Its crude oil output fell five pct after it sold fields in Oklahoma.")
    assert keys(text) == {("energy", "oil")}
    # a pair before a word of supply or trade speaks of both fuels
    text = ("JAKARTA, March 3 - Indonesia relied on oil and gas exports for 70 pct of its export revenue. Oil "
            "prices fell sharply last year.")
    assert {("energy", "oil"), ("energy", "gas")} <= keys(text)


def test_a_field_that_names_the_keys_fuel_is_its_infrastructure_anywhere_in_the_story():
    text = ("DALLAS, March 3 - Lone Star Gas Co has agreed to buy a 40 pct working interest in the Bayou Vista "
            "Gas Field in Louisiana. The purchase will give it proven reserves of six billion cubic feet of natural "
            "gas, the company said.")
    (row,) = [r for r in rows(text) if r["commodity"] == "gas"]
    assert row["infrastructure"] == ["Bayou Vista Gas Field"]  # as written: its capitalized kind is part of the name (reader of s88)
    text = ("ADELAIDE, March 3 - Santos said it operates the Palm Valley oil and gas field. Santos will sell more "
            "natural gas to Darwin and more crude oil to refiners.")
    got = {r["commodity"]: r["infrastructure"] for r in rows(text)}
    assert got["gas"] == ["Palm Valley oil and gas field"] and got["oil"] == ["Palm Valley oil and gas field"]


# --- seed 41's classes ---------------------------------------------------------------------------

def test_capital_exports_are_no_trade():
    assert keys("ZURICH, March 3 - Swiss capital exports rose to 4.6 billion francs in January, the Swiss "
                "National Bank said.") == set()


def test_a_governments_own_release_is_a_side_of_its_tariffs():
    got = rows("Based on this agreement, the drafted tariffs will be held in reserve unless Peru fails to honor "
               "this agreement.", title="Statement from the Press Secretary", source="whitehouse.gov",
               published="2025-01-26T12:00:00+00:00")
    assert [(r["category"], r["countries"]) for r in got] == [("trade", ["PER", "USA"])]


def test_exporting_an_ideology_is_no_trade():
    assert keys("HAVANA, March 3 - The regime has spent decades violently exporting communism and despotism to "
                "Venezuela and Nicaragua, the statement said.") == set()


# --- seed 43's classes ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "BONN, March 3 - West Germany has never threatened Tokyo with sanctions, preferring firm diplomacy, officials said.",
    "WASHINGTON, March 3 - Since the 1980 grain embargo against the Soviet Union, U.S. farmers have lost markets.",
])
def test_sanctions_never_threatened_or_of_a_long_past_year_are_no_mention(text):
    assert ("sanctions", None) not in keys(text)


def test_anti_competitive_trade_practices_and_an_energy_watchdog_are_no_mentions():
    assert keys("BOSTON, March 3 - The FCC disqualified the broadcaster in 1980, citing anti-competitive trade "
                "practices in the United States.") == set()
    assert ("energy", "general") not in keys("LONDON, March 3 - Crude oil prices rose after an energy market "
                                             "watchdog in Paris raised its forecasts for demand in China.")


# --- seed 44's classes ---------------------------------------------------------------------------

def test_where_a_declaration_was_made_or_a_pact_opens_for_signature_is_no_side():
    text = ("GENEVA, March 3 - Manila's trade minister said ministers declared in Uruguay last September that "
            "tariffs on coconut oil from the Philippines should fall.")
    assert countries(text, ("trade", None)) == ["PHL"]


def test_weeks_of_imports_that_reserves_cover_are_no_trade():
    assert keys("RANGOON, March 3 - Diplomats say Burma's reserves can no longer cover more than a few weeks' "
                "imports, and its debt service ratio tops 70 pct.") == set()


# --- seed 46's classes ---------------------------------------------------------------------------

def test_gas_liquids_and_refined_products_are_oil():
    text = ("ROTTERDAM, June 3 - Norway shipped three cargoes of butane to Brazil last week, and naphtha "
            "bound for South Korea fetched higher prices, brokers said.")
    assert countries(text, ("energy", "oil")) == ["BRA", "KOR", "NOR"]


def test_a_fuel_naming_the_event_where_someone_spoke_is_no_mention():
    text = ("CALGARY, May 5 - Canadian pipeline gas exports to California rose, the minister told an oil and "
            "gas conference.")
    assert keys(text) == {("energy", "gas")}
    assert keys("OSLO, May 5 - The minister opened a coal industry seminar on Tuesday.") == set()


@pytest.mark.parametrize("text", [
    "LONDON, March 3 - The lawyer said the bombing was illegal without a Security Council resolution sanctioning "
    "the use of force against Serbia.",
    "MOSCOW, March 3 - Human rights groups accused Russia of state-sanctioned violence in Chechnya.",
])
def test_sanctioning_as_approving_is_no_sanction(text):
    assert ("sanctions", None) not in keys(text)


def test_sanctioning_a_state_stays_a_sanction():
    assert ("sanctions", None) in keys("WASHINGTON, March 3 - Congress voted for a bill sanctioning Iran's central "
                                       "bank and imposing financial penalties on its partners.")


def test_a_long_descriptor_of_a_firm_is_no_mention():
    assert keys("TULSA, April 1 - Under the accord, the pipe fittings and oil field services company will pay "
                "lower interest on its bank loans, it said.") == set()


def test_dealers_of_an_industry_called_the_trade_are_no_trade():
    assert keys("CHICAGO, April 3 - The can size, dropped by the trade in 1975, will return to shops, the "
                "company said.") == set()
    # "the trade deficit": still trade
    assert ("trade", None) in keys("WASHINGTON, April 3 - He pointed to the trade deficit with Japan, which widened "
                                   "to 5.1 billion dlrs in March.")


def test_trading_partners_as_a_yardstick_are_no_trade():
    assert keys("BONN, March 3 - Officials said West Germany's growth targets were in line with its main trading "
                "partners, so no stimulus was planned.") == set()


def test_importers_and_exporters_as_bank_customers_are_no_trade():
    assert keys("SEOUL, March 3 - The curbs limit the banks' ability to lend dollars to importers and exporters, "
                "bankers said.") == set()


def test_nuclear_material_guarded_against_theft_is_no_nuclear_energy():
    assert keys("LONDON, March 3 - Weak states that cannot secure their nuclear material are the larger "
                "danger, the report said.") == set()
    assert ("energy", "nuclear") in keys("PARIS, March 3 - France will supply nuclear material for India's two "
                                         "reactors, the ministry said.")


def test_named_projects_and_five_word_plants_are_infrastructure():
    text = ("JAKARTA, March 9 - Indonesia asked Japan for a loan to build gas pipelines in Sumatra. The lines "
            "form the second phase of the Central Sumatra Gas Transmission Project.")
    (row,) = [r for r in rows(text) if r["commodity"] == "gas"]
    assert row["infrastructure"] == ["Central Sumatra Gas Transmission Project"]
    text = ("ALBANY, March 3 - Costs rose after delays at the Nine Mile Point Unit Two nuclear plant, and the "
            "utility sold its share in the Shoreham nuclear power project, it said.")
    (row,) = rows(text)
    assert row["infrastructure"] == ["Nine Mile Point Unit Two nuclear plant", "Shoreham nuclear power project"]


def test_officials_a_speaker_met_are_no_sides():
    text = ("BRUSSELS, April 27 - Taiwanese exporters are shifting steel sales to Europe, he said after meeting "
            "U.S., Canadian and Australian trade ministers.")
    assert countries(text, ("trade", None)) == ["TWN"]


def test_the_states_another_good_comes_from_are_no_sides_of_a_fuel():
    text = ("SHANGHAI, March 3 - The port ships coal to southern provinces, and its imports include cement and "
            "iron ore from Chile and Peru.")
    assert countries(text, ("energy", "coal")) == ["CHN"]
    # a fuel among the goods keeps its sources
    text = "SHANGHAI, March 3 - The port imports coal and iron ore from Australia."
    assert countries(text, ("energy", "coal")) == ["AUS"]


def test_a_preposition_ends_a_firms_descriptor():
    assert ("energy", "general") in keys("LONDON, March 3 - The drop eased worries over the impact of energy costs "
                                         "on company profits in Britain.")


def test_a_city_word_leading_a_companys_name_is_no_side():
    text = ("LONDON, June 18 - The High Court dismissed an appeal by Rio Tinto-Zinc Corp Plc's North Sea oil unit "
            "over provisions for oil field decommissioning costs in Britain.")
    assert countries(text, ("energy", "oil")) == ["GBR"]


# --- seed 47's classes ---------------------------------------------------------------------------

def test_a_place_word_joined_into_a_fields_name_is_its_name_not_a_side():
    text = ("CALGARY, March 20 - Ocelot Ltd said project financing for its Swedish-Kirby heavy oil field remains in "
            "default because of low oil prices.")
    (row,) = rows(text)
    assert row["infrastructure"] == ["Swedish-Kirby heavy oil field"] and "SWE" not in row["countries"]


def test_an_agencys_remit_is_no_energy_mention():
    assert keys("WASHINGTON, March 27 - The order covers Department of Commerce units that regulate domestic "
                "energy production.") == set()


def test_the_financing_of_trade_is_no_trade():
    assert keys("CARACAS, March 12 - In the accord, Venezuela achieved the reopening of credit from abroad, "
                "essential for the financing of growth and the (financing) of trade and investment, he said.") == set()


def test_a_company_named_with_its_ticker_in_a_title_is_no_side():
    got = rows("WASHINGTON, April 13 - The Energy Department said it settled all crude oil pricing issues with "
               "Standard Oil Co, which will pay 50 mln dlrs.", title="DOE SETTLES WITH BRITISH PETROLEUM <BP> UNIT",
               source="Reuters", published="1987-04-13T12:00:00+00:00")
    assert [(r["commodity"], r["countries"]) for r in got] == [("oil", ["USA"])]


def test_a_state_followed_as_an_example_is_no_side():
    text = ("NAIROBI, March 16 - Kenya may have to follow Mexico in suspending debt payments unless rich nations "
            "open their markets to its exports, the trade minister said.")
    assert countries(text, ("trade", None)) == ["KEN"]


def test_coordinated_participles_sharing_their_object_open_no_list():
    text = ("ZAGREB, March 14 - Croatia's natural gas output rose five pct. Petrol also has joint ventures and "
            "co-production projects, involving Croatia's other main producer <Naftaplin> of Split, with partners in "
            "Angola, Algeria and Tunisia, exploring for and exploiting oil and natural gas.")
    got = {r["commodity"]: r["countries"] for r in rows(text)}
    assert {"AGO", "DZA", "TUN"} <= set(got["gas"])


def test_the_state_whose_goods_are_bought_is_a_side():
    text = ("WASHINGTON, March 13 - Traders said Moscow may have purchased an additional 1.5 mln tonnes of U.S. "
            "corn. Argentine corn exports to the Soviet Union were cut by 500,000 tonnes.")
    assert countries(text, ("trade", None)) == ["ARG", "SUN", "USA"]


# --- classes seen again in earlier samples ------------------------------------------------------

def test_a_list_closed_by_a_noun_phrase_that_goes_on_is_a_list():
    text = ("AMMAN, March 3 - Jordan shall allow U.S. firms to build ports and to provide power generation, "
            "telecommunication, transportation, and infrastructure services on fair terms.")
    assert ("energy", "electricity") not in keys(text)
    text = ("WASHINGTON, March 3 - Every day, we are cutting taxes, ending unfair trade practices, securing our "
            "borders, and making America stronger than ever before.")
    assert keys(text) == set()


def test_a_clause_that_goes_on_after_a_list_of_verbs_keeps_its_trade():
    text = ("WASHINGTON, March 3 - The United States will help restore Iran's access to the world market for "
            "farm and fertilizer exports, lower maritime insurance costs, and enhance access to ports and payment "
            "systems for such shipments.")
    assert ("trade", None) in keys(text)
    text = ("WASHINGTON, March 3 - A few months ago, China banned exports to the United States of tungsten, "
            "germanium, antimony, and other key high-tech materials with potential military applications.")
    assert ("sanctions", None) in keys(text)


def test_exporting_a_model_and_financing_exports_are_no_trade():
    assert keys("LIMA, March 3 - 'We do not want to export a model,' Garcia told reporters in Mexico City.") == set()
    assert keys("BRASILIA, March 3 - Brazil needs its creditors to renew short-term credit lines, as it must "
                "finance its exports, the minister said.") == set()


def test_a_makers_equipment_and_canisters_of_butane_gas_are_no_fuel_mentions():
    assert keys("CHICAGO, March 3 - Tokheim, a manufacturer of electronic petroleum marketing systems, expects "
                "higher sales.") == set()
    assert ("energy", "gas") not in keys("ALGIERS, March 3 - Protests spread against a rise in butane gas prices "
                                         "in Algeria.")


# --- seed 48's classes ---------------------------------------------------------------------------

def test_a_renewable_lease_and_condensate_from_a_gas_well_are_no_energy_keys_of_their_own():
    assert keys("PORT LOUIS, March 3 - The airline took the jet on a renewable one-year lease from a German "
                "bank.") == set()
    text = ("HOUSTON, March 18 - Shell said its offshore well east of Trinidad flowed 20 mln cubic feet of natural gas "
            "and 400 barrels of condensate daily.")
    assert keys(text) == {("energy", "gas")}


def test_the_customers_of_a_service_firm_and_its_positions_in_an_industry_are_no_mentions():
    assert ("energy", "electricity") not in keys(
        "COLUMBIA, Md., March 3 - The firm will furnish engineers and technicians to the electric utility industry "
        "for use in nuclear power plants.")
    assert keys("NEW YORK, March 3 - S and P said weak markets would constrain the new company's earnings, despite "
                "dominant positions in the oil services industry.") == set()


def test_a_newspaper_named_by_its_state_is_a_reporter_not_a_side():
    text = ("NEW YORK, April 13 - Sweden said it would check imported cocoa beans after an outbreak of salmonella, "
            "while the Ivory Coast news agency scorned the report.")
    assert countries(text, ("trade", None)) == ["SWE"]
    # a state's manufacturers stay sides
    text = "WASHINGTON, April 3 - The court will hear a dumping case against Japanese television manufacturers."
    assert countries(text, ("trade", None)) == ["JPN"]


def test_a_line_named_by_its_ends_is_named_whole():
    text = ("BOGOTA, April 23 - Ecuador will export crude oil through Colombia until its Lago Agrio to Balao pipeline "
            "is repaired.")
    (row,) = rows(text)
    assert row["infrastructure"] == ["Lago Agrio to Balao pipeline"]


# --- seed 49's classes ---------------------------------------------------------------------------

def test_a_row_of_a_figures_table_is_no_mention():
    assert keys("NEW YORK, April 3 - The futures index rose. EXPORTS 311.72 up 4.12") == set()


def test_a_trade_sector_a_loan_serves_and_exports_as_a_yardstick_of_debt_are_no_trade():
    assert keys("KINGSTON, March 3 - The bank said a 40 mln dlr loan for Jamaica's trade and financial sector "
                "will support reforms.") == set()
    assert keys("MIAMI, March 25 - Chile's foreign debt this year equals almost twice its expected exports of "
                "goods and services, the central bank president said.") == set()


def test_every_word_of_a_place_before_a_plant_is_left_out_of_its_name():
    text = ("VIENNA, March 3 - Sales rose because of a payment for a West German nuclear power station, the company "
            "said.")
    (row,) = rows(text)
    assert row["infrastructure"] == []


def test_a_place_word_joined_into_a_propertys_name_is_no_side():
    text = ("CALGARY, March 3 - Revenues fell because of lower oil prices and the sale of part of the Swedish-Kirby "
            "heavy oil properties, the company said.")
    assert "SWE" not in countries(text, ("energy", "oil"))


def test_a_share_of_exports_outside_a_debt_story_stays_trade():
    assert ("trade", None) in keys("SINGAPORE, March 3 - Malaysia, Indonesia and Thailand account for 90 pct of "
                                   "world rubber exports, traders said.")


# --- the review's guards (each failed on the round's code before the review) ---------------------

@pytest.mark.parametrize("text, key", [
    ("LONDON, March 3 - Britain set renewable energy mandates for its utilities.", ("energy", "renewables")),
    ("PRETORIA, March 3 - Western government sanctions against South Africa were tightened, officials said.",
     ("sanctions", None)),
    ("MOSCOW, March 3 - The European Union escalated its sanctions war with Russia, imposing new financial penalties.",
     ("sanctions", None)),
    ("BRASILIA, March 3 - Brazil ran trade surpluses with more than 30 trading partners, including Chile.",
     ("trade", None)),
    ("RIO DE JANEIRO, March 3 - Petrobras, Brazil's biggest maker of refined oil products, raised prices.",
     ("energy", "oil")),
])
def test_the_rounds_exclusions_keep_their_look_alikes(text, key):
    assert key in keys(text)


def test_a_states_weekly_figures_are_no_newspaper_and_met_officials_are_read_in_a_long_list():
    assert countries("NEW YORK, March 3 - U.S. weekly crude oil inventories rose, the institute said.",
                     ("energy", "oil")) == ["USA"]
    text = ("BRUSSELS, April 27 - Taiwanese exporters are shifting steel sales to Europe, he said after talks with "
            "British, West German, French and Japanese trade ministers.")
    assert countries(text, ("trade", None)) == ["TWN"]


# --- the tenth round: seeds 46-50's trade classes -----------------------------------------------

def test_a_fuels_imports_in_the_title_make_an_energy_story_not_a_trade_one():
    text = ("HOUSTON, May 4 - Shipments of liquefied natural gas from Nigeria to the United States may resume next "
            "year, analysts said. The Nigerian oil minister said in an interview that such imports would begin in "
            "the spring.")
    assert keys(text, "LNG IMPORTS FROM NIGERIA MAY RESUME") == {("energy", "lng")}
    # a title whose fuel is negated names exports, which stay trade
    text = ("JAKARTA, May 4 - Malaysia's non-oil exports rose 12 pct in 1986 to 9.1 billion dlrs, the central bank "
            "said.")
    assert ("trade", None) in keys(text, "MALAYSIA'S NON-OIL EXPORTS RISE IN 1986")


def test_bare_imports_after_a_sentence_on_a_fuel_are_the_fuels():
    text = ("CALGARY, May 4 - Low crude oil prices will keep drilling in Alberta at its lowest level in ten years, "
            "the association said. In time this would bring a rise in Canadian imports. The group said it would "
            "lobby Ottawa for tax relief.")
    assert ("trade", None) not in keys(text)
    # exports of a whole economy after a sentence on something else stay trade
    text = ("CANBERRA, May 4 - Wool sales to Japan fell sharply in March. Economists expect a rise in Australian "
            "exports to China next year, the bureau said.")
    assert ("trade", None) in keys(text)


def test_dealing_in_securities_and_currencies_is_no_trade_between_economies():
    assert keys("ZURICH, May 4 - The clearing houses will record more trade data and check the matching of "
                "confirmed transactions, the association said.") == set()
    assert keys("DUBAI, May 4 - Gulf currency dealers said a growing volume of trade in the dirham has moved from "
                "the region to London.") == set()
    # trade figures in a currency story and trade settled in a currency stay trade
    assert ("trade", None) in keys("TOKYO, May 4 - Currency dealers said the dollar fell after Japan's trade surplus "
                                   "with the United States widened.")
    assert ("trade", None) in keys("TOKYO, May 4 - Bilateral trade settlements in yen with Thailand would rise, "
                                   "Japan's finance minister told securities dealers.")


def test_a_firms_verbs_of_business_are_no_trade():
    assert keys("NEW YORK, May 4 - The company said Shoe Craft designs, imports and distributes menswear under "
                "the Walker brand name.") == set()
    # flow nouns in a pair stay trade
    assert ("trade", None) in keys("BEIJING, May 4 - Given the scale of China's imports and exports, its debt is "
                                   "safe, the minister said.")


def test_an_exporters_demand_that_moves_a_futures_price_is_no_mention():
    assert keys("KANSAS CITY, May 4 - Hard wheat futures traded two cents higher at midday as firm exporter "
                "demand lent support, traders said.") == set()


def test_a_commodity_given_as_an_illustration_of_size_is_no_mention():
    text = ("GENEVA, May 4 - India would weigh heavily in the talks. \"It is the world's third producer of coal, "
            "for instance,\" a diplomat said.")
    assert ("energy", "coal") not in keys(text)


def test_other_energy_sources_beside_a_fuel_are_no_general_energy_key():
    text = ("NICOSIA, May 4 - Iran wants OPEC oil prices held at 18 dlrs a barrel, the newsletter said. Officials "
            "said the aim was to keep oil competitive against other energy sources.")
    assert keys(text) == {("energy", "oil")}


def test_a_newspaper_is_never_a_side_and_a_country_named_dateline_is_where_the_story_is_filed():
    text = ("SINGAPORE, May 4 - OPEC faces pressure from a rise in oil supplies to Asian markets, the Singapore "
            "daily Business Times said.")
    assert "SGP" not in countries(text, ("energy", "oil"))


def test_a_firm_exporting_from_its_home_dateline_has_that_state_as_a_side():
    text = ("OSAKA, June 3 - Nissan Motor Co Ltd <NSAN.T> said its vehicle exports fell 4.1 pct in May to 61,200, "
            "mostly to the United States.")
    assert countries(text, ("trade", None)) == ["JPN", "USA"]
    # a state's own exports reported from a foreign capital add no dateline state
    text = "LONDON, June 3 - Kenya's tea exports to Pakistan fell 20 pct in May, brokers said."
    assert "GBR" not in countries(text, ("trade", None))


def test_threats_to_free_trade_in_a_firms_outlook_and_a_firms_sole_import_franchise_are_no_trade():
    assert keys("FRANKFURT, June 3 - Profits will depend on the extent to which threats to free trade "
                "materialise, the chemicals group said.") == set()
    assert keys("LONDON, June 3 - Its units include Saab Concessionaires, the sole importer of Saab cars and parts "
                "into the U.K.") == set()


def test_an_accident_named_with_words_between_place_and_noun_is_no_energy_mention():
    assert keys("DALLAS, June 3 - The firm will sell the tablets in Europe because of the radiation from the "
                "Chernobyl nuclear power plant accident.") == set()


def test_a_leaders_stance_closing_a_long_release_is_no_news_of_a_key_said_nowhere_else():
    body = ("The White House announced new rules for federal cafeterias today. " * 40)
    closing = ("President Smith is committed to securing American energy independence, recognizing that America's "
               "domestic supply of coal strengthens national security.")
    release = {"title": "Fact Sheet: New Cafeteria Rules", "source": "whitehouse.gov",
               "published": "2025-03-10T12:00:00+00:00"}
    assert ("energy", "coal") not in {(r["category"], r["commodity"]) for r in rows(body + closing, **release)}
    # the same sentence as the release's news, in its lead, is a mention
    assert ("energy", "coal") in {(r["category"], r["commodity"]) for r in rows(closing + " " + body, **release)}


# --- seed 52's trade classes (the round's second diagnostic sample) -------------------------------

def test_energy_after_a_commoditys_word_is_that_commodity_not_energy_at_large():
    text = ("RENO, June 3 - The utility received 4 mln dlrs to develop geothermal energy resources in Nevada, "
            "the company said.")
    assert keys(text) == {("energy", "renewables")}


def test_who_speaks_where_and_where_someone_returned_from_are_no_sides():
    text = ("NAIROBI, June 3 - Uganda's decision to ban coffee imports will hurt Kenyan coffee exports, brokers "
            "said. Broking house officials in the Tanzanian capital Dodoma yesterday told Reuters the ban would last.")
    assert "TZA" not in countries(text, ("trade", None))
    text = ("LIMA, June 3 - The Peruvian coffee exporters' delegate told reporters on his return from Paris that "
            "export quotas would not be restored this year.")
    assert "FRA" not in countries(text, ("trade", None))


def test_a_diplomats_posts_and_a_yardstick_state_are_no_sides():
    text = ("LONDON, June 3 - Gomez, Chile's ambassador to Sweden and Norway, said he will visit the major sugar "
            "exporters, Australia, Brazil and Cuba, to revive export quotas.")
    got = countries(text, ("trade", None))
    assert {"AUS", "BRA", "CUB"} <= set(got) and not {"SWE", "NOR"} & set(got)
    text = ("TAIPEI, June 3 - Taiwan's reserves could pay for two years of imports, compared with about three "
            "months for Korea, and its trade surplus with the United States keeps growing.")
    assert "KOR" not in countries(text, ("trade", None))


def test_a_state_named_in_a_title_for_its_own_rates_is_no_side_of_a_trade_story():
    text = ("FRANKFURT, June 3 - Asked about a U.S.-Japan trade war, the central bank chief said it would be "
            "disastrous for the United States.")
    assert "DEU" not in countries(text, ("trade", None), title="BANK CHIEF SPEAKS AGAINST GERMAN INTEREST RATE CUT")
    # a title that names the trade's side keeps adding it
    assert "DEU" in countries(text, ("trade", None), title="GERMAN EXPORTERS FEAR TRADE WAR")


def test_a_bare_surname_is_the_person_named_in_full_before():
    from dagster_project.extraction.article import Article
    text = ("Kuwait's Oil Minister Sheikh Ali al-Khalifa al-Sabah said OPEC would meet. Ali said output was "
            "within quota. West German Finance Minister Gerhard Stoltenberg spoke. Stoltenberg said exports suffered.")
    art = Article.build("a", text, None, datetime(1987, 3, 1), "Reuters")
    bare = {m.text: m.iso3 for m in art.matches if m.kind == "person" and " " not in m.text}
    assert bare["Stoltenberg"] == "DEU" and bare.get("Ali", "KWT") == "KWT"
    # a bare surname alone resolves to the person in office on the article's date
    art = Article.build("a", "Stoltenberg said exports suffered.", None, datetime(1987, 3, 1), "Reuters")
    assert [m.iso3 for m in art.matches if m.kind == "person"] == ["DEU"]


# --- seed 53's trade classes (the round's third diagnostic sample) --------------------------------

def test_a_firms_holdings_said_of_it_and_a_kind_of_car_are_no_energy_mentions():
    text = ("BRUSSELS, June 3 - Acme Mining took a 20 pct stake in Westfield Resources. Westfield operates gold "
            "and coal mines in Australia and natural gas and oil fields in Canada.")
    assert keys(text) == set()
    assert keys("WASHINGTON, June 3 - The new standards can be met with conventional gasoline and diesel "
                "vehicles, the agency said.") == set()
    # a state's fields and a fuel's price stay mentions
    assert ("energy", "oil") in keys("OTTAWA, June 3 - Canada's oil fields produced 1.6 mln barrels a day in "
                                     "May, the energy board said.")


def test_the_power_of_a_renewable_plant_is_the_renewables_mention_unless_its_market_is_told():
    text = ("CHARLOTTE, June 3 - The utility began licensing a new hydroelectric power plant on the Keowee "
            "River. To be producing electricity by 2000, it must start the licensing now, it said.")
    assert keys(text) == {("energy", "renewables")}
    text = ("LOS ANGELES, June 3 - The utility signed a contract for power from a hydroelectric dam on the "
            "Colorado River. It will receive 270 megawatts of electricity under the contract, it said.")
    assert ("energy", "electricity") in keys(text)


def test_a_renamed_state_is_read_by_the_articles_date_and_a_funds_place_word_is_no_side():
    from dagster_project.extraction.article import Article
    art = Article.build("a", "Oil was found offshore Congo, the company said.", None, datetime(1987, 4, 21), "Reuters")
    assert [m.iso3 for m in art.matches if m.kind == "country"] == ["COG"]
    art = Article.build("a", "Oil was found offshore Congo, the company said.", None, datetime(2024, 4, 21), "Reuters")
    assert [m.iso3 for m in art.matches if m.kind == "country"] == ["COD"]
    text = ("SYDNEY, June 3 - The group sold its oil and gas interests in Queensland to the Delhi Australia Fund "
            "for 900 mln dlrs, the company said.")
    assert "IND" not in countries(text, ("energy", "oil"))


def test_a_fuel_storys_sentences_of_supply_name_its_sides_though_they_do_not_name_the_fuel():
    text = ("LONDON, June 3 - BP said profits rose 26 pct on record oil prices and higher crude output from "
            "Britain's North Sea fields. The group also reported new discoveries in Egypt and Angola. The company is to meet on "
            "June 25 in Vienna with other producers.")
    got = countries(text, ("energy", "oil"), title="BP PROFITS SURGE ON HIGH OIL PRICE")
    assert {"EGY", "AGO"} <= set(got) and "AUT" not in got
    # a sentence of another good's supply adds nothing
    text = ("JAKARTA, June 3 - Indonesia's crude oil output fell 5 pct in May. Gold output in Peru rose.")
    assert "PER" not in countries(text, ("energy", "oil"), title="INDONESIA OIL OUTPUT FALLS")


def test_a_firm_described_by_its_facilities_and_a_region_are_no_named_facility():
    text = ("TULSA, June 3 - Two Belgian firms bought the exploration assets of Ridge Cos, the Oklahoma pipeline "
            "firm, to produce oil in the United States, the company said.")
    (row,) = [r for r in rows(text) if r["commodity"] == "oil"]
    assert row["infrastructure"] == []


# --- seed 54's trade classes (the round's fourth diagnostic sample) -------------------------------

def test_a_fuels_price_among_external_factors_and_leasing_laws_are_no_mentions():
    text = ("FRANKFURT, June 3 - West Germany's trade surplus will narrow only slowly as no abrupt turnaround in "
            "external factors such as oil prices and exchange rates is expected, the central bank said.")
    assert keys(text) == {("trade", None)}
    assert keys("WASHINGTON, June 3 - The lands are withdrawn from the operation of the mineral and geothermal "
                "leasing laws, the order said.") == set()


def test_a_state_named_like_its_capital_is_a_venue_after_a_meeting_word():
    text = ("BRUSSELS, June 3 - OPEC wants oil prices held at 18 dlrs a barrel, an official told a seminar in "
            "Luxembourg, according to a text released here.")
    assert "LUX" not in countries(text, ("energy", "oil"))


def test_a_firm_leads_a_story_from_its_home_dateline_and_its_exports_follow():
    text = ("OSAKA, June 3 - Yamaha Motor Co Ltd <YAMA.T> will increase output of motorcycles to 400,000 units "
            "this year, a spokesman said. Exports are forecast to rise to 330,000, of which 150,000 to the "
            "United States.")
    assert set(countries(text, ("trade", None))) == {"JPN", "USA"}


# --- seed 55's trade classes (the round's fifth diagnostic sample) --------------------------------

def test_a_demonym_that_is_a_surname_or_a_language_is_no_side():
    text = ("NEW YORK, June 3 - Demand for natural gas in the U.S. fell 3 pct, said Michael German, an economist "
            "of the gas association. German attributed the fall to a warm March. The English-language daily said "
            "gas prices would stay low.")
    assert countries(text, ("energy", "gas")) == ["USA"]


def test_a_typeset_apostrophe_keeps_the_peoples_republic_of_china():
    from dagster_project.extraction.article import Article
    art = Article.build("a", "Imports from the People’s Republic of China face tariffs.", None, datetime(2025, 4, 2),
                        "whitehouse")
    assert [m.iso3 for m in art.matches if m.kind == "country"] == ["CHN"]


def test_a_second_place_word_of_a_firms_name_an_embassys_report_and_a_trade_consultant_are_no_sides():
    text = ("SYDNEY, June 3 - Australian exports rose 8 pct in the quarter, said an economist at the Australia "
            "and New Zealand Banking Group.")
    assert countries(text, ("trade", None)) == ["AUS"]
    text = ("JAKARTA, June 3 - Some officials support more import substitution and tariffs on imports, the U.S. "
            "Embassy report said.")
    assert "USA" not in countries(text, ("trade", None))
    assert keys("QUITO, June 3 - The minister resigned and will return to work as a foreign trade consultant, "
                "officials said.") == set()


def test_a_title_demonym_before_an_adviser_or_a_bank_adds_no_side():
    text = ("LONDON, June 3 - A pact on coffee export quotas between producers and consumers is unlikely before "
            "the autumn, the adviser said.")
    assert "ITA" not in countries(text, ("trade", None), title="ICO PACT UNLIKELY BY AUTUMN - ITALIAN ADVISER")


def test_a_navys_escort_of_oil_tankers_is_no_oil_mention_but_tanker_rates_are():
    assert keys("WASHINGTON, June 3 - The Navy will escort eleven Kuwaiti oil tankers reflagged under the U.S. "
                "flag, officials said.") == set()
    assert ("energy", "oil") in keys("LONDON, June 3 - Oil tanker rates from the Gulf to Japan rose 10 pct on "
                                     "strong crude demand, brokers said.")


# --- seed 56's trade classes (the round's sixth diagnostic sample) --------------------------------

def test_exporters_dealing_in_currencies_and_a_surplus_spent_on_aid_are_no_trade():
    assert keys("TOKYO, June 3 - The ministry asked trading houses and exporters to refrain from excessive dollar "
                "selling, officials said. Currency transactions by trade houses and exporters added little to the "
                "dollar's fall, he said.") == set()
    assert keys("MANILA, June 3 - Korea was urged to make use of its huge trade surplus to help poor countries, the "
                "bank's president said.") == set()


def test_international_farm_trade_on_an_agenda_and_miners_among_strikers_are_no_mentions():
    assert keys("ROME, June 3 - The council will discuss food aid, hunger and international agricultural trade, "
                "officials said.") == set()
    assert ("energy", "coal") not in keys("MADRID, June 3 - Coal miners, rail workers and teachers joined the "
                                          "strike for higher wages, unions said.")


def test_a_commodity_word_alone_names_no_facility():
    text = ("MADRID, June 3 - Pickets stopped fuel lorries leaving the EMP Oil refinery at Puertollano, cutting "
            "petrol supplies to Madrid, the company said.")
    (row,) = [r for r in rows(text) if r["commodity"] == "oil"]
    assert "Oil" not in row["infrastructure"]


# --- seed 57's trade classes (read after the measurement of .43) --------------------------------

def test_a_commodity_word_in_a_firms_name_and_a_results_table_are_no_mentions():
    assert keys("TOKYO POWER ISSUES YEN BONDS LONDON, March 24 - Osaka Electric Power Co Inc is issuing a 20 billion "
                "yen bond due 1994, the lead manager said.") == set()
    assert keys("MIAMI, March 25 - Wind Works by Breeze said its board extended its warrants to April 30.",
                title="WIND WORKS BREEZE <WWBZ> EXTENDS WARRANTS") == set()
    assert keys("LONDON, March 31 - Year to Dec 31. Traded oil purchases 41.2 mln vs 44.5 mln Administration "
                "expenses 6.2 mln vs 8.0 mln") == set()
    assert keys("MIAMI, March 19 - The distribution contract runs for three years and is renewable for one-year "
                "periods, the company said.") == set()


def test_a_trading_partner_named_in_a_markets_story_and_a_barrier_on_goods_are_no_trade_or_sanctions():
    assert keys("TAIPEI, Oct 20 - Stock markets in Asia reeled today as share prices crashed in the U.S., the "
                "region's main trading partner.") == set()
    # a trading partner in a trade story stays trade
    assert ("trade", None) in keys("BRUSSELS, June 29 - The tax on imported oils will need consultation with the "
                                   "Community's main trading partners, diplomats said.")
    assert ("sanctions", None) not in keys("BERN, June 3 - The deal addresses restrictive measures on U.S. "
                                           "poultry and tariffs on Swiss watches, officials said.")


def test_a_list_closed_by_an_item_that_goes_on_with_a_clause_is_a_list():
    text = ("WASHINGTON, June 3 - The relief covers sectors vital to security, including copper smelting, coal "
            "plants, iron ore processing facilities, and certain chemical makers that produce chemicals for chips.")
    assert ("energy", "coal") not in keys(text)


# --- seed 58's trade classes (the round's last diagnostic sample) ---------------------------------

def test_a_futures_reports_drivers_and_a_market_access_system_are_no_trade():
    assert keys("CHICAGO, June 3 - Soybean futures closed higher as some exporter pricing and firm cash demand lent "
                "support to a quiet market, traders said.") == set()
    assert keys("NEW YORK, June 3 - Gold futures closed down following news of improved U.S. trade deficit "
                "figures, dealers said.") == set()
    assert keys("NEW YORK, June 3 - The unit will offer an electronic market access system for property financing "
                "in the United States, the company said.") == set()
    # trade figures outside a futures report stay trade
    assert ("trade", None) in keys("WASHINGTON, June 3 - The U.S. trade deficit narrowed to 10.4 billion dlrs in "
                                   "April, the Commerce Department said.")


def test_an_accord_named_by_its_city_is_no_side():
    text = ("TOKYO, June 3 - Under last month's Paris currency agreement, Japan promised to increase imports to cut "
            "its huge trade surplus.")
    assert "FRA" not in countries(text, ("trade", None))


def test_a_governments_release_of_its_accord_with_one_state_has_both_as_sides():
    text = ("Malaysia shall not purchase nuclear reactors, fuel rods or enriched uranium from countries that "
            "endanger essential security interests.")
    got = rows(text, title="Agreement Between the United States of America and Malaysia on Reciprocal Trade",
               source="whitehouse.gov", published="2025-10-26T06:00:00+00:00")
    (row,) = [r for r in got if r["commodity"] == "nuclear"]
    assert set(row["countries"]) == {"MYS", "USA"}


# --- after the final sample (seed 59's passing words) ---------------------------------------------

def test_a_body_named_for_energy_and_lines_a_plane_flew_into_are_no_mentions():
    assert keys("LONDON, June 3 - The report listed the Energy Savings Trust among bodies it called useless, "
                "the Conservatives said.") == set()
    assert keys("JAKARTA, June 3 - Nine people were killed when a small airliner flew into electricity lines near "
                "the airport, officials said.") == set()
    # a power line cut by an attack on supply stays electricity
    assert ("energy", "electricity") in keys("KABUL, June 3 - Rebels blew up electricity lines, cutting power "
                                             "supplies to the capital, officials said.")


# --- the eleventh round (seeds 60-61 read after their measurement) ---------------------------------

def test_electricity_utilities_buying_another_fuel_are_buyers_not_electricity():
    text = ("MELBOURNE, May 4 - Korean electricity utilities are pressing for lower prices in this year's coal "
            "contract talks with Australian mines, industry sources said.")
    assert ("energy", "electricity") not in keys(text)
    assert ("energy", "coal") in keys(text)
    # a utility's own business stays electricity
    assert ("energy", "electricity") in keys(
        "DENVER, May 4 - The board plans to split the company's electric utility operation into separate "
        "generation and distribution units, the company said.")


def test_a_fuel_listed_among_the_parts_of_a_cost_index_is_passing():
    text = ("OTTAWA, May 4 - Household energy costs, including heating oil, coal and natural gas, rose 0.8 pct "
            "in April, the statistics office said.")
    assert ("energy", "coal") not in keys(text)
    # the same fuel as the story's subject stays
    assert ("energy", "coal") in keys("OTTAWA, May 4 - Canadian coal exports to Japan rose 8 pct in April, the "
                                      "statistics office said.")
    # a list that is not an index's parts: exports including a fuel stay its mention
    assert ("energy", "coal") in keys("OTTAWA, May 4 - Canada's exports, including wheat, coal and potash, rose "
                                      "8 pct in April, the statistics office said.")


def test_bare_trade_in_a_bond_market_story_is_the_markets_dealing():
    title = "SWISS BONDS SEEN FIRMER NEXT WEEK"
    text = ('ZURICH, May 4 - Swiss bonds are expected to firm next week on a steadier franc, dealers said. '
            'Prices and trade volume reached their highest level this year on Friday. "We have not seen trade like '
            'this for months," one dealer at a big bank said.')
    assert ("trade", None) not in keys(text, title)
    # trade figures in a markets story stay trade
    assert ("trade", None) in keys('ZURICH, May 4 - Dealers said the trade deficit figures due on Friday would '
                                   'decide the trend.', title)
    # "trade and budget deficits" under a stock-market title is the trade balance: it stays the row's evidence
    text = ("WASHINGTON, May 4 - Senate leader Tom Harkin, pointing to heavy selling on Wall Street, urged the "
            "President to join Congress in fighting trade and budget deficits. Harkin said the president must work "
            "with Congress \"to reduce the double deficits in trade and the budget that cloud this nation's future.\"")
    (row,) = [r for r in rows(text, "SENATOR URGES ACTION AS STOCKS FALL") if r["category"] == "trade"]
    assert row["sentence"].startswith("WASHINGTON")


def test_the_speakers_state_is_no_side_of_another_states_trade():
    text = ("BONN, May 4 - West German Economics Minister Martin Bangemann said he expects the U.S. trade deficit "
            "to narrow later this year.")
    assert countries(text, ("trade", None)) == ["USA"]
    # a speaker whose state is a side of the trade he speaks of stays
    text = ("WASHINGTON, May 4 - U.S. Trade Representative Clayton Yeutter said Japan must lift its quotas on "
            "imports of American rice.")
    assert {"USA", "JPN"} <= set(countries(text, ("trade", None)))


def test_a_state_named_only_for_its_attacks_is_no_side():
    text = ("TEHRAN, May 4 - Iran plans a new pipeline to protect its oil exports from Iraqi air attacks on "
            "tankers in the Gulf, the oil ministry said.")
    assert countries(text, ("energy", "oil")) == ["IRN"]


def test_states_of_a_contrasted_clause_about_their_own_output_are_no_sides():
    text = ("WASHINGTON, May 4 - Thailand and Vietnam have raised rice output, while Gulf buyers have doubled "
            "imports since 1980, the report said. U.S. rice exports rose 5 pct.")
    assert "THA" not in countries(text, ("trade", None)) and "VNM" not in countries(text, ("trade", None))
    # a contrasted clause that speaks of trade keeps its states
    text = ("WASHINGTON, May 4 - Japan's exports to Europe rose 9 pct, while Canada's imports from Mexico fell "
            "3 pct, the report said.")
    assert {"JPN", "CAN", "MEX"} <= set(countries(text, ("trade", None)))


def test_an_oil_shale_project_is_named_infrastructure():
    (row,) = [r for r in rows("DENVER, May 4 - Tosco Corp said it will close its Colony Hills oil shale project "
                              "in Colorado, where crude shale oil output had reached 3,000 barrels a day.")
              if r["commodity"] == "oil"]
    assert row["infrastructure"] == ["Colony Hills oil shale project"]


# --- the eleventh round, second part (seeds 62-63 read after their measurement) ---------------------

def test_a_price_named_as_the_cause_of_troubles_in_another_story_is_passing():
    title = "REGULATORS SHUT THREE OKLAHOMA BANKS"
    text = ("TULSA, May 4 - Federal regulators closed three banks on Friday. Six of the 30 banks closed this year "
            "were in Oklahoma, which has been badly hit by falling oil prices.")
    assert ("energy", "oil") not in keys(text, title)
    # in a story about the fuel the same words stay its mention
    assert ("energy", "oil") in keys(text, "OKLAHOMA OIL PRODUCERS CUT OUTPUT")
    # and a price that is the news stays, whatever the title
    assert ("energy", "oil") in keys("TULSA, May 4 - Oil prices fell two dlrs a barrel on Friday, traders said.",
                                     title)


def test_a_fuel_as_the_yardstick_of_a_ranking_is_passing():
    text = ("MANILA, May 4 - Money sent home by workers abroad is now the country's second-biggest source of "
            "foreign income after oil, the central bank said.")
    assert ("energy", "oil") not in keys(text, "FILIPINOS ABROAD SEND MORE MONEY HOME")


def test_natural_gas_liquids_are_not_natural_gas():
    text = ("CALGARY, May 4 - Proved reserves of crude oil and natural gas liquids fell 7 pct to 18 mln barrels, "
            "the company said.")
    assert ("energy", "gas") not in keys(text)
    assert ("energy", "oil") in keys(text)
    # a gas pipeline's cost adjustment is gas
    assert ("energy", "gas") in keys("HOUSTON, May 4 - The pipeline company said it filed its regular gas cost "
                                     "adjustment, leaving its rates unchanged.")


def test_energy_shares_are_not_energy():
    text = ("NEW YORK, May 4 - The bid lifted U.S. energy issues in the stock market, analysts said. Other "
            "American energy issues rose too, and an energy-steel concern courted by raiders gained.")
    assert ("energy", "general") not in keys(text)


def test_fields_named_in_a_list_and_a_find_named_anywhere_are_infrastructure():
    text = ("ABERDEEN, May 4 - The new tax relief will bring forward smaller North Sea oil fields such as Pike, "
            "Heron and Skua, a consultant said. Development of the larger Tern and Gull oil fields may follow.")
    (row,) = [r for r in rows(text) if r["commodity"] == "oil"]
    assert row["infrastructure"] == ["Pike", "Heron", "Skua", "Tern", "Gull"]
    text = ("LONDON, May 4 - The company said it sold interests in two North Sea oil blocks to a smaller firm. The "
            "part being sold covers its share of the Sapphire accumulation, found in 1981.")
    (row,) = [r for r in rows(text) if r["commodity"] == "oil"]
    assert row["infrastructure"] == ["Sapphire"]


def test_an_embassy_reporting_on_its_host_is_no_side():
    text = ("MANILA, May 4 - Philippine coconut oil exports are expected to rise, the Japanese Embassy said in its "
            "annual report on the country's farms. A Japanese Embassy estimate puts 1987 exports at one mln tonnes.")
    assert countries(text, ("trade", None)) == ["PHL"]


def test_a_state_abbreviated_after_a_county_places_a_plant():
    text = ("The partnership is building a 30-megawatt electric generation facility in Berks County, Penn., the "
            "company said.")
    (row,) = [r for r in rows(text, "UTILITY UNIT BUYS STAKE IN POWER PLANT") if r["commodity"] == "electricity"]
    assert row["countries"] == ["USA"]


# --- the eleventh round, third part (seeds 64-65 read after their measurement) ----------------------

def test_crude_as_an_adjective_of_shelters_and_tools_is_no_oil():
    assert keys("NAIROBI, May 4 - Much of the maize harvest is kept in crude village sheds and may rot, the "
                "farm ministry said.") == set()
    assert ("energy", "oil") in keys("NAIROBI, May 4 - Kenya's crude imports rose 8 pct in April, the energy "
                                     "ministry said.")


def test_an_abbreviated_state_after_a_hyphen_does_not_end_the_sentence():
    text = ("TOKYO, May 4 - Share prices fell again. Nakasone hopes to end Japanese-U.S. Trade disputes during his "
            "visit to Washington next week, officials said.")
    assert {"JPN", "USA"} <= set(countries(text, ("trade", None)))


def test_a_fuel_named_once_in_a_market_report_is_a_factor():
    title = "SINGAPORE STOCKS SEEN FIRMER"
    text = ("SINGAPORE, May 4 - Share prices should firm this week, brokers said. Investors were cheered by rising "
            "income from oil and other exports, one broker said.")
    assert ("energy", "oil") not in keys(text, title)
    # a firm's own share sale is no market report: its purpose stays a mention
    text = ("CALGARY, May 4 - Prairie Energy Ltd said it will sell one mln preferred shares privately to raise "
            "30 mln dlrs for oil exploration in Alberta.")
    assert ("energy", "oil") in keys(text, "PRAIRIE ENERGY TO SELL PREFERRED SHARES")


def test_electronic_power_supplies_and_an_oil_carriers_hull_are_no_energy():
    assert keys("HAIFA, May 4 - The new plant will make electronic power supplies for computer networks, the "
                "company said.") == set()
    assert keys("OSLO, May 4 - The shipping company said it will build two more crude oil carriers at a Korean "
                "shipyard.") == set()


def test_fields_and_nuclear_stations_named_anywhere_in_the_story_are_infrastructure():
    text = ("DUBAI, May 4 - Warplanes attacked two Iranian oil platforms on Monday, shipping sources said. "
            "The Sirri and Nowruz offshore oilfields had been hit before.")
    (row,) = [r for r in rows(text) if r["commodity"] == "oil"]
    assert row["infrastructure"] == ["Sirri", "Nowruz"]
    text = ("EL PASO, May 4 - The utility said its retail electricity sales rose 4 pct in April. The rate case "
            "covers its investment in the Red Mesa Nuclear Generating Station in Arizona.")
    (row,) = [r for r in rows(text) if r["commodity"] == "electricity"]
    assert row["infrastructure"] == ["Red Mesa Nuclear Generating Station"]



# --- after the final samples (seeds 66-67 read after their measurement) -----------------------------

def test_a_spanish_name_prefix_is_no_city():
    text = ("SAN DIEGO, May 4 - The utility said regulators disallowed 50 mln dlrs of San Onofre nuclear station "
            "costs, cutting its 1987 earnings.")
    (row,) = [r for r in rows(text) if r["commodity"] == "nuclear"]
    assert row["countries"] == ["USA"]


def test_a_crushs_meal_and_oil_are_no_petroleum():
    text = ("CHICAGO, May 4 - Falling crush margins prompted soybean processors to cut output of soybean meal and "
            "oil, the trade association said.")
    assert ("energy", "oil") not in keys(text)


def test_an_importer_describing_a_firm_is_no_trade():
    text = ("RIYADH, May 4 - Banks agreed to reschedule the debts of the Jeddah-based heavy equipment importer, "
            "bankers said. The cement importer <Gulf Bulk Co> is still negotiating with its creditors.")
    assert ("trade", None) not in keys(text)
    # an importer's buying stays trade
    assert ("trade", None) in keys("RIYADH, May 4 - The state grain importer bought 200,000 tonnes of U.S. "
                                   "wheat for shipment in June, traders said.")


def test_a_fuel_named_once_in_a_credit_rating_report_is_a_factor():
    text = ("NEW YORK, May 4 - Standard and Poor's raised the debt ratings of the pipeline company, citing its "
            "lower debt. The agency said the company's cash flow held up despite weak energy prices.")
    assert ("energy", "general") not in keys(text, "HOUSTON PIPELINE CO UPGRADED BY S/P")


# --- the twelfth round: the states of the sentence after a key's (audit rows of seeds 51-69) ---------

def test_a_list_of_states_after_a_key_sentence_is_the_keys():
    text = ("VIENNA, May 4 - OPEC's price committee met on Monday to review oil output quotas, its chairman, "
            "Venezuela's oil minister, said. Other members are Gabon, Iraq, Qatar and Libya.")
    assert countries(text, ("energy", "oil")) == ["GAB", "IRQ", "LBY", "QAT", "VEN"]


def test_a_meetings_participants_after_a_trade_sentence_are_its_sides():
    text = ("SAN JOSE, May 4 - Coffee producers of Central America agreed on Monday to hold back export "
            "quotas until prices recover, Costa Rica's trade minister said. The talks were attended by "
            "delegates from Honduras, Panama, Belize and Costa Rica.")
    assert countries(text, ("trade", None)) == ["BLZ", "CRI", "HND", "PAN"]


def test_a_state_doing_the_same_after_a_trade_sentence_is_a_side():
    text = ("WASHINGTON, May 4 - The United States protested Korea's new limits on imported beef, trade "
            "officials said. Australia has also protested the Korean limits.")
    assert countries(text, ("trade", None)) == ["AUS", "KOR", "USA"]


def test_states_of_the_next_sentence_about_money_or_another_fuel_stay_out():
    money = ("TOKYO, May 4 - Japan's trade surplus with the United States widened in April, the ministry said. "
             "Traders recalled the pact between Britain, France, Italy and Canada to weaken the dollar.")
    assert countries(money, ("trade", None)) == ["JPN", "USA"]
    fuel = ("NEW DELHI, May 4 - India's state oil firm will develop two oilfields in Iran, officials said. "
            "Talks were held among the biggest energy buyers, China, Japan and Korea.")
    assert countries(fuel, ("energy", "oil")) == ["IND", "IRN"]
    # a list of two is no list, and a state's own harvest is not the trade's
    crops = ("MANILA, May 4 - Rice exports of Thailand rose 10 pct in April, the ministry said. Harvests in "
             "China, India and Burma were larger too.")
    assert countries(crops, ("trade", None)) == ["THA"]


def test_oilfields_listed_after_at_are_named_infrastructure():
    text = ("BAGHDAD, May 4 - Iraqi jets raided Iran's offshore oilfields at Tern, Brae and Heather in the "
            "northern Gulf on Monday and set a platform on fire, the military said.")
    (row,) = [r for r in rows(text) if r["commodity"] == "oil"]
    assert {"Tern", "Brae", "Heather"} <= set(row["infrastructure"])
    # a gas story's list stays the gas key's; "fields at" one place names no list
    gas = rows("OSLO, May 4 - The company will pump natural gas from its fields at Troll, Oseberg and Sleipner "
               "to Germany through a new pipeline, it said.")
    assert {"Troll", "Oseberg", "Sleipner"} <= set(next(r for r in gas if r["commodity"] == "gas")["infrastructure"])


def test_to_sanction_an_outlay_is_to_approve_it():
    text = ("LUXEMBOURG, May 4 - Denmark told EC colleagues on Monday that it wants agreement by June on a plan "
            "to curb EC farm spending if it is to sanction an increase in EC budgetary resources.")
    assert ("sanctions", None) not in keys(text)
    # the other sense stays
    assert ("sanctions", None) in keys("WASHINGTON, May 4 - The United States will sanction the Iranian central "
                                       "bank and impose new economic sanctions on its lenders, the Treasury said.")


def test_a_ban_on_goods_made_by_forced_labour_is_a_trade_rule():
    text = ("LIMA, May 4 - Peru will prohibit the importation of goods produced by forced or compulsory labor, "
            "the trade ministry said.")
    assert ("sanctions", None) not in keys(text)
    assert ("trade", None) in keys(text)


def test_a_substance_banned_as_a_poison_is_no_sanction():
    text = ("GEORGETOWN, May 4 - The pesticide, banned in many countries and blacklisted since 1980 by health "
            "agencies as a dangerous chemical, was found in rice shipped from Guyana, officials said.")
    assert ("sanctions", None) not in keys(text)


def test_a_fuel_price_among_blamed_causes_is_passing():
    text = ("OSLO, May 4 - Retail sales fell 3 pct in April. Higher interest rates, rising petrol prices, a "
            "stronger crown and cold weather were blamed for the drop, the statistics office said.")
    assert ("energy", "oil") not in keys(text)
    # a price blamed alone stays the fuel's news
    assert ("energy", "oil") in keys("OSLO, May 4 - Rising oil prices were blamed for the fall in airline "
                                     "profits, the ministry said.")


def test_a_list_about_a_plant_site_money_or_another_story_stays_out():
    plant = ("TOKYO, May 4 - The forklift maker will build a plant in Europe because of Japan's curbs on forklift "
             "exports to the bloc, it said. Spain, Italy and Portugal are candidates for the plant.")
    assert countries(plant, ("trade", None)) == ["JPN"]
    money = ("FRANKFURT, May 4 - Firmer crude oil prices and OPEC's output curbs fed inflation in the United "
             "States, the bank said. Money supplies in Britain, Japan and Italy exceed their targets, it said.")
    assert countries(money, ("energy", "oil")) == ["USA"]
    other = ("OTTAWA, May 4 - Canadian crude oil will face a lower 10 pct tariff, officials said. The government "
             "will hold Peru, Chile and Bolivia to their promises on drug smuggling.")
    assert countries(other, ("energy", "oil")) == ["CAN"]


def test_a_word_of_energy_in_a_story_told_about_one_fuel_is_that_fuels():
    text = ("CALGARY, May 4 - Canadian natural gas exports to the United States rose 12 pct in April, the energy "
            "board said. Gas producers in Alberta raised output to meet the demand. The gas pipeline to "
            "California ran at capacity, and natural gas prices at the border firmed. Exporters said gas sales to "
            "the U.S. Midwest would grow again next year. The minister said Canadian gas was crucial to a "
            "continent-wide energy market.")
    got = keys(text)
    assert ("energy", "gas") in got and ("energy", "general") not in got
    # energy said as often as the fuel stays a mention of its own
    both = ("OSLO, May 4 - Norway and Poland signed an energy cooperation accord on Monday. The energy accord "
            "covers power links and energy efficiency, officials said. Norwegian gas will flow to Poland through "
            "a new pipeline from 2026. Gas deliveries will start at 2 bcm a year. Poland will buy the gas under a "
            "ten-year contract.")
    assert {("energy", "gas"), ("energy", "general")} <= keys(both)


def test_a_word_of_electricity_in_a_story_told_about_coal_is_coals():
    text = ("SYDNEY, May 4 - Australian coal exports rose 8 pct in April, the bureau said. Coal miners in "
            "Queensland raised output to record levels. Coal prices firmed on demand from steel mills. "
            "Exporters said coal shipments to India would rise again next year. Coal is also burnt in "
            "electricity generation in Victoria, the bureau said.")
    got = keys(text)
    assert ("energy", "coal") in got and ("energy", "electricity") not in got
    # energy between states stays beside the fuel
    deal = ("NEW DELHI, May 4 - India and Russia signed a memorandum on energy co-operation. Russian gas will "
            "flow to India from 2028. Gas deliveries will start at 5 bcm a year. India will buy the gas under a "
            "long-term contract. The gas will be shipped as LNG from the Arctic.")
    assert ("energy", "general") in keys(deal)


def test_a_trade_banks_name_is_no_trade():
    text = ("LONDON, May 4 - Vnesheconombank, the Soviet foreign trade bank, is seeking a 300 mln dlr syndicated "
            "loan, the arranger said.")
    assert ("trade", None) not in keys(text)
    assert ("trade", None) in keys("LONDON, May 4 - The Soviet Union is seeking credits to finance its foreign "
                                   "trade with Western exporters, bankers said.")


def test_exporter_selling_in_a_futures_close_is_a_price_driver():
    text = ("KANSAS CITY, May 4 - Hard wheat futures closed 1-1/4 to 1/2 cents lower in light dealings as "
            "exporter selling erased early gains, traders said.")
    assert ("trade", None) not in keys(text)


def test_a_foreign_trade_ministrys_figures_are_no_trade():
    text = ("PARIS, May 4 - French net investment abroad jumped 70 pct to 34 billion francs in 1986, figures "
            "released by the Foreign Trade ministry show.")
    assert ("trade", None) not in keys(text)
    # its minister speaking of a trade measure stays trade
    assert ("trade", None) in keys("STOCKHOLM, May 4 - Foreign Trade Minister Anna Berg said the ban on imports "
                                   "from South Africa would stay, and Namibia would be added to it.")


def test_the_listed_members_of_an_organisation_in_a_key_sentence_are_its_sides():
    text = ("KUALA LUMPUR, May 4 - The ACPC agreed to cut cocoa exports by 10 pct next season, Ghana's delegate "
            "said. Prices have fallen for two years. The ACPC consists of Ghana, Nigeria, Cameroon, Brazil and "
            "Togo.")
    assert countries(text, ("trade", None)) == ["BRA", "CMR", "GHA", "NGA", "TGO"]
    # an organisation the key's sentences do not name lists no sides
    other = ("KUALA LUMPUR, May 4 - Ghana agreed to cut cocoa exports by 10 pct next season, its delegate said. "
             "Prices have fallen for two years. The ASEAN consists of Malaysia, Indonesia, Thailand and others.")
    assert countries(other, ("trade", None)) == ["GHA"]


def test_where_an_accord_was_reached_by_someone_is_a_venue():
    text = ("LONDON, May 4 - Spot crude oil prices firmed after the agreement reached by OPEC ministers in Geneva "
            "on Saturday to cut output, Kuwaiti and Iraqi traders said.")
    assert "CHE" not in countries(text, ("energy", "oil"))


def test_antarctica_is_no_state():
    text = ("MOSCOW, May 4 - Soviet oil output rose 2 pct in April, and geologists believe large oil reserves lie "
            "under Antarctica, the ministry said.")
    assert countries(text, ("energy", "oil")) == ["SUN"]


def test_who_ruled_a_colony_is_no_side_of_its_trade():
    text = ("TOKYO, May 4 - Hong Kong, the British colony, said its trade deficit with the United States narrowed "
            "in April.")
    assert countries(text, ("trade", None)) == ["HKG", "USA"]


def test_an_embargo_of_a_dated_year_range_is_background():
    text = ("WASHINGTON, May 4 - U.S. oil imports could exceed their level before the 1973-74 Arab oil embargo "
            "by 1990, a study said. Imports now meet 35 pct of demand.")
    assert ("sanctions", None) not in keys(text)


def test_a_ban_on_a_kind_of_goods_with_no_target_state_is_a_trade_rule():
    text = ("OTTAWA, May 4 - GATT set up a panel on a Canadian law banning exports of unprocessed herring and "
            "salmon, officials said.")
    assert ("sanctions", None) not in keys(text) and ("trade", None) in keys(text)
    # a ban aimed at a state stays a sanction
    assert ("sanctions", None) in keys("WASHINGTON, May 4 - The United States banned imports of South African "
                                       "coal and steel, officials said.")


def test_a_capitalised_pipeline_is_named_but_a_pipeline_firm_is_not():
    text = ("HOUSTON, May 4 - The Caddo Pipeline, which carries crude oil from west Texas to Oklahoma, reopened "
            "on Monday after repairs, the operator said.")
    (row,) = [r for r in rows(text) if r["commodity"] == "oil"]
    assert row["infrastructure"] == ["Caddo Pipeline"]
    firm = rows("HOUSTON, May 4 - Gulf Coast Pipeline Co raised natural gas prices for May, the company said.")
    assert all(r["infrastructure"] == [] for r in firm)
    service = rows("NEW YORK, May 4 - Crude oil netback values rose in Europe, according to calculations by Argus "
                   "Pipeline.")
    assert all(r["infrastructure"] == [] for r in service)


def test_a_fuel_in_a_divisions_name_is_no_mention():
    text = ("NEW YORK, May 4 - The parts maker said it bought a majority stake in the successor to Allied "
            "Engine Corp's <AEC> Diesel Systems Division for undisclosed terms.")
    assert ("energy", "oil") not in keys(text)


def test_a_governments_own_release_acting_on_another_states_fuel_makes_it_a_side():
    text = ("The Secretary of State will implement a campaign aimed at driving Venezuela's crude oil exports to "
            "zero, including exports to other buyers.")
    got = rows(text, title="Fact Sheet: Maximum Pressure", source="whitehouse.gov",
               published="2025-02-05T12:00:00+00:00")
    assert [(r["category"], r["commodity"], r["countries"]) for r in got] == [("energy", "oil", ["USA", "VEN"])]
    # a release that only reports another state's fuel names no side of its own
    other = rows("Venezuela's crude oil exports fell 10 pct in January on lower output at its fields.",
                 title="Fact Sheet: Energy Markets", source="whitehouse.gov", published="2025-02-05T12:00:00+00:00")
    assert [r["countries"] for r in other if r["commodity"] == "oil"] == [["VEN"]]


def test_whom_the_storys_goods_were_sold_to_are_its_sides():
    text = ("PERTH, May 4 - The wool board exported a record 300,000 bales in April, its manager said. A "
            "spokesman said the commitments include sales to Italy, China, Turkey and Egypt.")
    assert countries(text, ("trade", None), title="AUSTRALIAN WOOL SALES STRONG") == ["AUS", "CHN", "EGY", "ITA",
                                                                                       "TUR"]
    # money lent to a state is no sale of goods
    loan = ("PERTH, May 4 - Australian wool exports rose 5 pct in April, the board said. Banks said loans were "
            "sold to Japanese and Swiss investors.")
    assert countries(loan, ("trade", None)) == ["AUS"]


def test_a_region_named_as_a_venue_is_no_story_state():
    text = ("KUALA LUMPUR, May 4 - Producers and consumers agreed a new cocoa pact with export and import quotas, "
            "delegates said. The new pact will be open for signature at U.N. Headquarters in New York from May 1.")
    got = [r for r in rows(text) if r["category"] == "trade"]
    assert got and "USA" not in got[0]["countries"]


def test_neither_side_of_a_deadlock_after_a_trade_sentence_is_a_side():
    text = ("Cocoa producers and consumers failed to agree export quota shares in early May, "
            "delegates said. Neither Ghana, the largest producer, nor the Netherlands, the largest consumer, is "
            "ready to be flexible, delegates said.")
    assert countries(text, ("trade", None)) == ["GHA", "NLD"]


def test_a_fuel_named_once_in_a_money_news_digest_is_a_factor():
    text = ("NEW YORK, May 4 - U.S. stocks and bonds rose on Monday. Firm oil prices lifted energy issues in late "
            "dealings, traders said.")
    assert ("energy", "oil") not in keys(text, "REUTER MONEY NEWS HIGHLIGHTS 2145 GMT MAY 4")


# --- the thirteenth round: stock phrases, money words, bans and market lists (audit seeds 70-75) ------

def test_gas_said_only_in_the_stock_phrase_of_an_oil_story_is_no_gas_mention():
    text = ("TULSA, May 4 - European firms are buying U.S. oil and gas reserves at rising prices, analysts said. "
            "Europeans have little oil and gas of their own, an analyst said. They paid a median 7.10 dlrs a barrel "
            "of oil in the first quarter. Oil prices are expected to rise as OPEC curbs output.")
    got = keys(text)
    assert ("energy", "oil") in got and ("energy", "gas") not in got
    # two fuels each meant: deliveries of crude oil and natural gas were cut
    both = ("ALGIERS, May 4 - The state company cancelled deliveries of crude oil and natural gas to two U.S. "
            "buyers, the firm said. Oil exports to the U.S. fell sharply, officials said. Oil prices rose.")
    assert {("energy", "oil"), ("energy", "gas")} <= keys(both)
    # gas said on its own elsewhere in the story, even outside a candidate sentence
    alone = ("MOSCOW, May 4 - India will invest in Russian oil and gas projects, officials said. Oil exports "
             "to India will rise, they said. Oil output is falling. \"Russia has a lot of gas and we have money.\"")
    assert ("energy", "gas") in keys(alone)


def test_a_pair_of_fuels_in_a_list_of_industries_is_a_passing_word():
    text = ("HOUSTON, May 4 - Petrovalve Inc said it bought a pump maker for 12 mln dlrs. The maker sells seals "
            "for the oil and gas, chemical, paper and shipbuilding industries.")
    assert not {k for k in keys(text) if k[0] == "energy"}


def test_a_firms_short_name_and_a_title_that_describes_the_firm_are_no_fuel():
    text = ("NEW DELHI, May 4 - India's state-owned Oil India Ltd (OIL) said it got a 4 billion yen credit from a "
            "Tokyo bank. A statement from OIL said the loan will finance imports of machinery.")
    assert ("energy", "oil") not in keys(text, "INDIAN OIL FIRM GETS YEN CREDIT")


def test_a_regulators_sanctions_against_a_firm_are_no_sanctions_between_states():
    text = ("Eastern Mutual Insurance Co said it may breach capital rules set by officials in Maine and New York "
            "and be subject to sanctions and administrative actions in those states.")
    assert ("sanctions", None) not in keys(text)  # ("Eastern" is no word of easing either)
    text = ("Harbor Mutual Insurance Co said it may breach capital rules set by officials in Maine and New York "
            "and be subject to sanctions and administrative actions imposed by those states.")
    assert ("sanctions", None) not in keys(text)
    states = "The European Union imposed economic sanctions and administrative measures on Belarus on Monday."
    assert ("sanctions", None) in keys(states)


def test_trade_words_that_name_money_are_no_trade():
    for text in ("CARACAS, May 4 - Peru has raised its lines of credit for import financing to 200 mln dlrs, the "
                 "finance minister said.",
                 "LIMA, May 4 - Peru will have enough reserves to pay for imports and debt service for three months "
                 "once the loan is drawn, the central bank said.",
                 "LIMA, May 4 - Peru signed a 200 mln dlr loan with the World Bank to support the development of "
                 "exports of textiles, the minister said."):
        assert ("trade", None) not in keys(text), text
    # a loan's aim to increase exports is a trade matter when the story is about it
    aim = ("WASHINGTON, May 4 - Senators cited a World Bank loan to Brazil to help it increase its soybean exports "
           "by one billion dlrs a year, competing with U.S. farm exports.")
    assert ("trade", None) in keys(aim)


def test_a_trade_ban_on_a_state_is_a_sanction():
    text = "The move came after Canada lifted a trade ban to reward Caracas for freeing political prisoners."
    got = keys(text)
    assert ("sanctions", None) in got and ("trade", None) not in got
    ban_on_trade = "The Canadian ban on trade and economic activity with Venezuela was suspended in April."
    assert keys(ban_on_trade) == {("sanctions", None)}
    # a boycott by unions is no state's sanction
    unions = "SUVA, June 2 - Fiji welcomed the end of a trade ban imposed by New Zealand labor unions."
    assert ("sanctions", None) not in keys(unions)


def test_export_sales_as_a_driver_in_a_futures_story_are_no_trade():
    # the story opens as a futures report: its later sentences speak of the same market's prices
    text = ("MINNEAPOLIS, May 4 - Spring wheat futures closed 1/2 to 1 cent lower in quiet trading as exporter "
            "selling erased early gains, traders said. May closed 1 cent lower at 2.90 dlrs.\n\nPrices opened "
            "steady to higher on some short covering and hopes for new export sales in tenders due this week. But "
            "selling by a large exporter pushed prices off their highs.")
    assert ("trade", None) not in keys(text, "MINNEAPOLIS WHEAT ENDS LOWER")


def test_a_markets_price_list_is_no_trade():
    text = ("DAILY SEATTLE GRAIN PRICES - MAY 4 (USDA)\n\n1 Soft White Wheat 301-306 dn 2\n1 White Club Wheat 301 "
            "unch\n\n1 HARD RED WINTER WHEAT--Exporters bids\n\nORDINARY 312 dn 1\n11 PCT 314 up 1\n\n2 BARLEY\n\n"
            "UNIT TRAINS-EXPORT - 430-440 unch")
    assert ("trade", None) not in keys(text)
    # a story of trade figures with a price in it stays trade
    figures = ("TOKYO, May 4 - Japan's exports rose 5 pct in April and its trade surplus with the U.S. widened, "
               "the ministry said. Wheat was quoted 310 dn 1, 312 up 1, 314 unch, 316 dn 2.")
    assert ("trade", None) in keys(figures)


def test_a_town_named_in_a_list_of_basins_is_no_place():
    text = ("ADELAIDE, May 4 - Beach Petroleum said it will explore for oil in the Amadeus, Surat and Cooper "
            "basins this year, the company said. Oil output rose 5 pct.")
    got = [r for r in rows(text) if (r["category"], r["commodity"]) == ("energy", "oil")]
    assert got and "IND" not in got[0]["countries"]


def test_the_members_a_story_says_an_organisation_groups_are_its_sides():
    text = ("MANAMA, May 4 - Oil revenues of the six Gulf Cooperation Council (GCC) countries will rise to 40 billion "
            "dlrs this year, a bank study said. The GCC groups Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the "
            "United Arab Emirates.")
    assert countries(text, ("energy", "oil")) == ["ARE", "BHR", "KWT", "OMN", "QAT", "SAU"]


def test_the_city_of_a_meeting_of_the_worlds_powers_is_a_venue():
    text = ("WASHINGTON, May 4 - The U.S. is unlikely to lift its tariffs on Japanese exports before the meeting of "
            "the world's seven major economic powers in Toronto on June 8-10, officials said.")
    assert "CAN" not in countries(text, ("trade", None))


def test_sanctions_that_name_no_target_fall_on_the_state_of_the_story():
    text = ("BUCHAREST, May 4 - A deputy trade minister said the economy still felt the effect of U.S. sanctions "
            "imposed in 1985, which Washington lifted last month.")
    assert countries(text, ("sanctions", None), title="ROMANIAN TRADE OFFICIAL SEES SLOW RECOVERY") == ["ROU", "USA"]
    # a target named in the sentence is the target
    named = "BUCHAREST, May 4 - U.S. sanctions on Cuba have hurt Havana's sugar exports, officials said."
    assert countries(named, ("sanctions", None), title="ROMANIAN TRADE OFFICIAL SEES SLOW RECOVERY") == ["CUB", "USA"]


def test_a_commodity_left_out_is_no_mention():
    text = ("CARACAS, May 4 - Venezuela will review its mining contracts with foreign firms. The review will cover "
            "gold, bauxite and iron ore although it excludes the country's oil sector.")
    assert ("energy", "oil") not in keys(text)


def test_a_ship_built_to_carry_a_fuel_and_a_warships_reactor_are_no_energy():
    ships = ("TOKYO, May 4 - In shipping, Kawasaki is fighting Korean yards by building advanced carriers to carry "
             "liquefied natural gas, the company said.")
    assert ("energy", "lng") not in keys(ships)
    navy = ("Hartwell Corp, which makes valves for trucks and for nuclear reactors for the U.S. Navy submarines, said "
            "it will sell two mln shares.")
    assert ("energy", "nuclear") not in keys(navy)


def test_the_world_tourism_organisations_wto_is_no_trade():
    text = ("Tourist arrivals in Thailand fell 20 pct after the floods, the World Tourism Organisation said. "
            "\"Thailand will recover as business travel grows,\" the WTO said.")
    assert ("trade", None) not in keys(text)


def test_a_fuel_named_as_an_influence_in_a_debt_futures_story_is_a_factor():
    text = ("CHICAGO, May 4 - Other influences next week will be developments ahead of an OPEC members meeting and "
            "the size of the U.S. budget deficit, an analyst said.")
    assert ("energy", "oil") not in keys(text, "UPTREND INTACT FOR DEBT FUTURES")


def test_an_engine_named_by_its_fuel_is_no_fuel_mention():
    text = ("TURIN, May 4 - Lancia is to stop making six-cylinder petrol engines for its coupe, unions at the "
            "Italian carmaker said. The coupe will get an engine made in Brazil.")
    assert ("energy", "oil") not in keys(text)


def test_a_country_that_names_a_round_of_talks_is_the_rounds_in_its_other_uses():
    text = ("WELLINGTON, May 4 - Trade ministers met to review world trade since the \"Uruguay round\" talks last "
            "year, New Zealand said. The U.S. wants four key Uruguay proposals on farm trade adopted, officials said.")
    assert "URY" not in countries(text, ("trade", None))
    # a country's own proposals stay its own where no round is named after it
    own = "WELLINGTON, May 4 - The U.S. wants four key Australian proposals on farm trade adopted, officials said."
    assert "AUS" in countries(own, ("trade", None))


def test_the_city_of_a_conference_of_a_long_named_body_is_a_venue():
    text = ("WELLINGTON, May 4 - Ministers reviewed the farm trade talks, New Zealand said. The meeting prepares a "
            "full-scale conference of the General Agreement on Tariffs and Trade (GATT) in Lisbon in June on "
            "farm export subsidies.")
    assert "PRT" not in countries(text, ("trade", None))


def test_where_news_was_received_and_where_a_diplomat_is_posted_are_no_sides():
    text = ("NICOSIA, May 4 - Iran said Iraqi jets attacked two of its oil platforms, the agency IRNA reported. "
            "IRNA, received in Nicosia, said oil exports were not affected.")
    assert "CYP" not in countries(text, ("energy", "oil"))
    posted = ("LONDON, May 4 - Sugar exporters Australia, Brazil and Cuba will meet to discuss export quotas, "
              "said Ruiz, currently Peru's ambassador to Austria and the UN in Geneva.")
    assert "CHE" not in countries(posted, ("trade", None))


def test_a_state_petroleum_enterprise_names_a_firm_not_oil():
    text = ("HOUSTON, May 4 - Gulf Coast Gas Co said it settled a price dispute over Malaysian liquefied natural "
            "gas with Petronas, the Malaysian state-owned petroleum enterprise, and Japanese buyers of LNG.")
    got = keys(text)
    assert ("energy", "lng") in got and ("energy", "oil") not in got


def test_the_named_sites_of_attacked_platforms_are_infrastructure():
    text = ("NICOSIA, May 4 - Iran said U.S. forces attacked two of its oil platforms in the Gulf. An oil ministry "
            "source identified the two platforms as Alborz and Zagros. Shipping sources said three offshore oil "
            "sites at Kish, Lavan and Hormuz had been attacked.")
    (row,) = [r for r in rows(text) if (r["category"], r["commodity"]) == ("energy", "oil")]
    assert {"Alborz", "Zagros"} <= set(row["infrastructure"])


# --- the fourteenth round (audit seed 81) -----------------------------------------------------------

def test_a_person_named_like_a_town_is_no_place():
    # an executive introduced by given name and surname, who speaks under the surname (Preston is a town)
    text = ("NEW YORK, April 1 - Texoma Oil Co plans to spend more on exploration, said Arthur Preston, its "
            "president. Preston said the company's oil output rose 8 pct last year, most of it in Oklahoma.")
    assert countries(text, ("energy", "oil")) == ["USA"]
    # the town written as a place stays a place
    text = ("LONDON, April 1 - North Sea Gas Ltd said its gas output rose 8 pct, said Arthur Preston, its "
            "president. Preston said the firm would open an office in Preston, Lancashire, to serve gas buyers.")
    places = [m for m in Article.build("a1", text, None, None, "test").matches if m.text == "Preston"]
    assert [(m.kind, m.iso3) for m in places] == [("city", "GBR")]
    assert text.find("in Preston") + 3 == places[0].start
    assert "GBR" in countries(text, ("energy", "gas"))


def test_a_line_named_by_its_two_towns_is_infrastructure():
    text = ("PERTH, April 9 - Westgas Ltd said it will retain its Dampier-Bunbury gas pipeline after selling "
            "its oil interests, and gas sales through the line rose 12 pct last year.")
    (row,) = [r for r in rows(text) if (r["category"], r["commodity"]) == ("energy", "gas")]
    assert row["infrastructure"] == ["Dampier-Bunbury gas pipeline"]
    # two states joined name no line
    text = ("Iraqi forces moved north of the Iranian-Iraqi oil pipeline, through which Iraq exports much of its "
            "crude oil, military sources said.")
    (row,) = [r for r in rows(text) if (r["category"], r["commodity"]) == ("energy", "oil")]
    assert row["infrastructure"] == []


def test_a_field_named_with_its_output_is_infrastructure_anywhere_in_an_oil_story():
    text = ("DALLAS, March 2 - Mesa Royalty Trust said oil and gas revenues fell 40 pct last year.\n\nThe trust said "
            "most of the drop came from the Hugoton Field in Kansas, as prices received there were near production "
            "costs.")
    (row,) = [r for r in rows(text) if (r["category"], r["commodity"]) == ("energy", "oil")]
    assert row["infrastructure"] == ["Hugoton Field"]
    # a field that yields nothing the sentence says is no oil field ("played at Wrigley Field")
    text = ("DALLAS, March 2 - Mesa Royalty Trust said oil and gas revenues fell 40 pct last year.\n\nIts chairman "
            "said he watched a game at the Cotton Field in Texas.")
    (row,) = [r for r in rows(text) if (r["category"], r["commodity"]) == ("energy", "oil")]
    assert row["infrastructure"] == []


def test_an_industry_a_firm_sells_to_is_no_mention_of_its_fuel():
    text = ("NEW YORK, March 2 - Datacorp Inc said it agreed to buy two computer firms. One sells payroll software "
            "systems to the oil and gas industry, the other distributes printers.")
    assert not {("energy", "oil"), ("energy", "gas")} & keys(text)
    # a policy for producers of a fuel is the fuel's
    text = ("HOUSTON, March 24 - Energy Secretary John Herrington said he favoured providing a more generous "
            "depletion allowance for oil producers, as U.S. oil output keeps falling.")
    assert ("energy", "oil") in keys(text)


def test_a_story_led_by_a_governments_office_holder_is_of_that_state():
    text = ("Chancellor Gordon Brown has announced a freeze on fuel duty in his pre-budget speech.\n\nHe said that "
            "because of volatility in the oil market the duty on petrol would be frozen this year.")
    (row,) = [r for r in rows(text, source="bbc") if (r["category"], r["commodity"]) == ("energy", "oil")]
    assert row["countries"] == ["GBR"]


def test_a_write_down_of_fuel_properties_is_accounting():
    text = ("DENVER, April 1 - Mesa Corp posted a 4th qtr loss. The 1986 loss includes a pre-tax charge of 23.0 mln "
            "dlrs for write down of oil and gas properties.")
    assert not {("energy", "oil"), ("energy", "gas")} & keys(text)


def test_an_appraisal_well_and_a_terminal_are_named_infrastructure():
    text = ("ADELAIDE, April 9 - Santos Ltd said the Toolara Two appraisal well flowed gas at 200,000 cubic metres "
            "a day in the Cooper Basin.")
    (row,) = [r for r in rows(text) if (r["category"], r["commodity"]) == ("energy", "gas")]
    assert "Toolara Two appraisal well" in row["infrastructure"]
    text = "Iraqi jets attacked the Bandar Mahshahr terminal, cutting Iranian crude oil exports, Baghdad said."
    (row,) = [r for r in rows(text) if (r["category"], r["commodity"]) == ("energy", "oil")]
    assert row["infrastructure"] == ["Bandar Mahshahr terminal"]


def test_a_lists_last_item_before_the_main_clause_goes_on_is_passing():
    text = ("The Secretary welcomed shared progress on disaster preparedness, public health, and renewable energy "
            "investments and reaffirmed his commitment to the partnership between the two countries.")
    assert not {("energy", "renewables"), ("energy", "general")} & keys(text)
    # a renewables story told in its own sentences stays one
    text = ("The Secretary welcomed new solar power plants in Chile. The renewable energy investments, worth 2 "
            "billion dlrs, will double Chile's solar capacity.")
    assert ("energy", "renewables") in keys(text)


def test_trade_in_an_offices_name_and_lubricating_oil_are_no_mentions():
    text = ("LIMA, March 23 - President Alan Garcia named Carlos Torres as the new minister of industry and trade "
            "to replace a minister who resigned last week.")
    assert ("trade", None) not in keys(text)
    text = ("DALLAS, June 1 - Lubeco Inc said it opened a quick oil change centre for trucks. The centre also runs "
            "a used-oil analysis program, and such centres should grow to 15 pct of the oil lubrication market.")
    assert ("energy", "oil") not in keys(text)


def test_a_firm_named_for_imports_and_british_thermal_units_are_no_trade_or_place():
    text = ("FORT WORTH, March 26 - Bay Street Imports Inc said its board declared a two-for-one stock split. \"The "
            "split reflects the directors' outlook for the prospects of Bay Street Imports,\" its president said.")
    assert ("trade", None) not in keys(text)
    text = ("NEW YORK, June 18 - Consolidated Gas Co said spot natural gas prices rose to 2.10 dlrs per mln British "
            "Thermal Units, and gas supplies to its customers fell 5 pct.")
    assert countries(text, ("energy", "gas")) == ["USA"]


def test_a_vegetable_oil_price_list_and_oil_states_as_a_region_are_no_petroleum():
    text = ("U.S. VEGETABLE OILS - April 7\n\nPeanut oil-\n\nCrude FOB Southeast 24.50\n\nSoybean oil-\n\nCrude "
            "FOB Mid-west 15.06\n\nCoconut oil-\n\nCrude CIF New York 18.00\n\nTung oil (Argentine)-\n\nCrude oil "
            "tankcars New York 45.00")
    assert ("energy", "oil") not in keys(text)
    text = ("NEW YORK, April 2 - Business failures rose 8 pct in March. \"Failures continue to be driven up by "
            "increases in the oil and farm states,\" the agency said.")
    assert ("energy", "oil") not in keys(text)
    # "Gulf Arab oil states" selling oil stay an oil story's
    text = ("LONDON, March 5 - OPEC crude oil output fell to 14.7 mln bpd. Japanese buyers are resisting Qatar's "
            "prices and Gulf Arab oil states have pledged to make up any shortfall in sales.")
    assert "JPN" in countries(text, ("energy", "oil"))


# --- the fifteenth round: fresh sets O, P and Q ----------------------------------------------------------

def test_an_export_bonus_or_an_import_tender_is_trade():
    text = ("WASHINGTON, March 5 - The Commodity Credit Corporation has accepted a bid for an export bonus to cover "
            "a sale of 3,000 tonnes of barley to Jordan, the Agriculture Department said.\n\nAnother 10,000 tonnes "
            "of barley remain available to Jordan under the export enhancement program, it said.")
    assert countries(text, ("trade", None)) == ["JOR", "USA"]
    # a player bought in is still no trade
    assert keys("The club signed the latest Brazilian import on Friday.") == set()


def test_a_capitalized_kind_stays_in_the_facilitys_name():
    text = ("NEW YORK, June 1 - Flooding has shut down the Mesa Pipeline, a 24-inch pipeline that carries crude oil "
            "from West Texas, the company said.")
    (row,) = [r for r in rows(text, source="reuters", published="1987-06-01T12:00:00+00:00")
              if r["commodity"] == "oil"]
    assert row["infrastructure"] == ["Mesa Pipeline"]
    # a kind in lower case is no part of the name
    text = "The Palo Verde Unit 1 nuclear power plant in Arizona produced 1,200 MW of electricity for the grid."
    assert {tuple(r["infrastructure"]) for r in rows(text)} == {("Palo Verde Unit 1 nuclear power plant",)}


def test_a_lending_tariff_and_the_parts_of_a_price_index_are_no_trade():
    text = ("AMSTERDAM, April 7 - A further fall in the West German repo rate would trigger a lower special advances "
            "tariff, forcing an official Dutch rate cut, analysts said.")
    assert keys(text, title="DUTCH RATE CUT SEEN") == set()
    text = ("VIENNA, April 7 - Austrian consumer prices rose 1.2 pct in the year to March, the statistics office said. "
            "Both home produced and imported goods rose by 0.2 pct during the month, while domestically generated "
            "inflation was offset by a drop in imports.")
    assert keys(text, title="AUSTRIAN CONSUMER PRICES RISE 1.2 PCT") == set()
    # imports in a trade story stay trade
    text = ("VIENNA, April 7 - Austrian imports from Hungary rose 12 pct in March while exports to Hungary fell, "
            "the statistics office said.")
    assert ("trade", None) in keys(text, title="AUSTRIAN TRADE WITH HUNGARY")


def test_us_written_without_its_last_stop_is_the_united_states():
    text = ("U.S SPOT PRODUCTS - Heating oil prices rose 1.5 cents a gallon and gasoline was steady as refiners cut "
            "crude oil runs, traders said.")
    (row,) = [r for r in rows(text, title="U.S SPOT PRODUCTS", source="reuters", published="1987-06-01T12:00:00+00:00")
              if r["commodity"] == "oil"]
    assert row["countries"] == ["USA"]


def test_a_fuel_paired_with_another_field_a_firms_unit_and_a_consortium_led_from_abroad():
    text = "MANILA, March 3 - The bank was studying proposals for loans to finance geothermal and education projects."
    assert keys(text, title="WORLD BANK LOANS") == set()
    text = ("NEW YORK, June 1 - Occidental Petroleum Corp said its unit Natural Gas Pipeline will delay its "
            "redemption of 202 mln dlrs of debt.")
    assert ("energy", "gas") not in keys(text, title="UNIT DELAYS REDEMPTION")
    text = ("ATHENS, March 27 - Greece said a Canadian-led oil consortium would drill for oil in the Aegean, where "
            "Turkey disputes the oil rights.")
    assert countries(text, ("energy", "oil"), title="GREECE TURKEY OIL ROW") == ["GRC", "TUR"]


# --- the sixteenth round: energy that is one fuel's word ---------------------------------------------------

def test_energy_that_is_one_fuels_word_is_no_second_mention():
    # every sentence of "energy" names one fuel the story has as a key: that fuel's mention only
    text = ("LONDON, May 4 - A tax on imported crude oil would raise fuel bills and weaken the country's "
            "energy security, the report said.\n\nOil imports rose to a record last year, it said.")
    assert keys(text) == {("energy", "oil")}
    text = ("OSLO, May 4 - Norway's gas exports to Germany rose 8 pct. Officials said Norwegian gas was "
            "central to a competitive European energy market.")
    assert ("energy", "general") not in keys(text)


def test_energy_beside_a_fuel_as_its_example_or_beside_two_fuels_stays():
    # the fuel as one example of energy
    text = ("Japan has gained from cheap Australian energy imports and access to minerals, including coal "
            "shipments from Queensland.\n\nCoal exports to Japan rose 10 pct.")
    assert ("energy", "general") in keys(text)
    # a sentence naming two fuels speaks of energy as a whole
    text = ("Energy imports, mostly oil and gas, cost Portugal 4 billion euros.\n\nOil imports rose 3 pct "
            "in the year, the ministry said.")
    assert ("energy", "general") in keys(text)
    # energy measured in "oil equivalent" is energy as a whole
    text = ("SEOUL, June 16 - South Korea's energy consumption rose nine pct to 61 mln tonnes of oil equivalent "
            "in 1986.\n\nOil imports rose 5 pct to 190 mln barrels, officials said.")
    assert ("energy", "general") in keys(text)
    # energy between states is a mention of its own
    text = ("The two leaders agreed to deepen energy cooperation and crude oil supplies between Kazakhstan "
            "and China.\n\nKazakh oil exports to China rose 12 pct.")
    assert ("energy", "general") in keys(text)


def test_trade_or_energy_cooperation_between_two_states_is_a_mention():
    text = ("HANOI, Nov. 20 (Xinhua) - The Vietnamese minister said the bilateral economic and trade cooperation "
            "between Vietnam and Laos had grown fast in recent years.")
    assert countries(text, ("trade", None)) == ["LAO", "VNM"]
    text = ("ASTANA, Nov. 20 (Xinhua) - The two presidents agreed to deepen their cooperation in energy and to "
            "hold talks on a free trade agreement between Kazakhstan and Turkey.")
    assert ("energy", "general") in keys(text)
    # energy saving is no energy key
    assert ("energy", "general") not in keys("The two ministers agreed to boost cooperation in energy saving and "
                                             "environmental protection between Japan and Vietnam.")


def test_a_firms_trade_is_no_energy_mention():
    # "the steel, aerospace and energy concern", "energy retirees": what a firm does, its people
    text = ("DALLAS, April 9 - Acme Corp said it will seek approval from the U.S. bankruptcy court to make payments "
            "to retired steelworkers.\n\nAcme also began talks with the union on a new labor agreement by May 1, the "
            "steel, aerospace and energy concern said.\n\nThe company plans to present a proposal to the U.S. "
            "bankruptcy court in May to deal with pensions for steel and energy retirees, it said.")
    assert ("energy", "general") not in keys(text, title="ACME TO MAKE ONE-TIME BENEFIT PAYMENTS")


def test_another_sense_of_a_fuel_word_is_no_mention():
    # hydrogen peroxide is a chemical; a "grain producers' OPEC" is a likeness, no oil
    assert keys("CHICAGO, March 3 - The chemicals group will build a hydrogen peroxide plant in Thailand with a "
                "local partner.\n\nHydrogen peroxide is used to bleach pulp.") == set()
    text = ("PARIS, March 3 - The minister described the plan as a grain producers' OPEC and said it went against "
            "free trade in farm goods between the United States and Europe.")
    assert ("energy", "oil") not in keys(text)


# --- nineteenth round: lists of every fuel, a source's share of power, listings, descriptors ---------------

def test_one_fuel_of_a_list_of_every_fuel_in_a_story_about_power_is_passing():
    text = ("WASHINGTON, March 4 - The administration said on Wednesday that new rules would hold down electricity "
            "bills for households near data centers.\n\nUtilities must show that new electricity demand from data "
            "centers does not raise prices for other customers, the rules say.\n\nNational oil, natural gas, and "
            "coal production have risen this year, officials added.")
    found = keys(text, title="New rules on electricity prices")
    assert ("energy", "electricity") in found
    assert not found & {("energy", "oil"), ("energy", "gas"), ("energy", "coal")}


def test_a_sources_share_of_the_power_supply_is_that_sources_mention():
    text = ("BOSTON, June 1 - The owners of a nuclear plant in Maine approved a campaign to inform the public about "
            "its safety.\n\nThe campaign notes that nuclear power provides one-fifth of New England's electricity.")
    found = keys(text)
    assert ("energy", "nuclear") in found and ("energy", "electricity") not in found


def test_a_footnote_or_a_diary_line_is_a_listing_not_a_mention():
    assert keys("Acme Apparel Inc YEAR NET\n\nShr 12 cts vs 40 cts\n\nNet 1.1 mln vs 3.2 mln\n\nNOTE: Current year "
                "includes pretax gain of about 1.2 mln dlrs from sale of export quota rights.") == set()
    assert keys("TODAY'S DIARY\n\nSECRETARY BAKER ADDRESSES BANKERS (0930/1030), PRESIDENT MEETS U.S.-MEXICO FREE "
                "TRADE GROUP (1000/1400), PRESS BRIEFING (1500).") == set()


def test_allies_and_trading_partners_and_a_surplus_to_invest_name_no_trade():
    assert keys(FILLER + "The minister said: \"We must improve coordination with our major allies and trading "
                "partners on interest rates.\"") == set()
    assert keys(FILLER + "Korea would profit from rechannelling its large trade surplus into roads and ports in "
                "Africa, the banker said.") == set()
    # a surplus that is the subject of trade talk stays
    assert ("trade", None) in keys(FILLER + "Korea's trade surplus with the United States widened to 9 billion "
                                   "dlrs, the ministry said.")


def test_illegal_dumping_and_a_trade_bodys_meeting_attended_are_no_trade():
    assert ("trade", None) not in keys("CALGARY, April 2 - Yukon Oil Corp was charged with six counts of illegal "
                                       "dumping for discharging drilling mud into the sea last year.")
    text = ("BONN, March 23 - The economics minister denied giving an interview on coal subsidies.\n\nA spokesman "
            "said the minister had called him from Uruguay, where he is attending a General Agreement on Tariffs "
            "and Trade (GATT) ministerial meeting, to deny the interview.")
    assert ("trade", None) not in keys(text)


def test_a_firms_sales_hit_by_lower_exports_are_exports_from_its_home():
    text = ("OSAKA, March 18 - Kaneda Electric Corp <KAN.T> said group net income would fall 40 pct this year.\n\n"
            "The company said the yen's rise cut its sales.\n\nSales of radios rose but television sales fell to "
            "900,000 from one mln due to lower exports to Brazil.")
    assert sorted(countries(text, ("trade", None))) == ["BRA", "JPN"]


def test_exports_that_do_not_include_a_fuel_and_a_crisis_long_past_are_no_mention():
    text = ("LAGOS, April 2 - Nigeria opened talks with Britain on its debt.\n\nNigeria's exports to Britain, "
            "which do not include oil, fell last year, officials said.")
    assert ("energy", "oil") not in keys(text)
    text = ("PARIS, June 3 - The finance minister said the recovery would take years.\n\nThe economy has not "
            "grown so slowly since the oil crisis about 15 years ago, he told parliament.")
    assert ("energy", "oil") not in keys(text)


def test_a_named_power_station_in_a_story_of_nuclear_power_is_the_nuclear_plant():
    text = ("RIO DE JANEIRO, March 31 - The firm that designed Chile's only nuclear plant agreed to pay "
            "compensation for errors, the operators said.\n\nA spokesman for the state utility which runs the "
            "Punta Lobos One power station confirmed the payment.")
    found = {(r["commodity"], tuple(r["infrastructure"])) for r in rows(text) if r["category"] == "energy"}
    assert ("nuclear", ("Punta Lobos One power station",)) in found and not any(c == "electricity" for c, _ in found)


def test_an_office_of_energy_is_no_energy_mention():
    assert keys(FILLER + "Chile's minister of energy and mines, Ana Soto, will meet her Peruvian counterpart on "
                "silver sales.") == set()


def test_a_firms_exports_said_of_the_firm_are_its_homes():
    text = ("NAGOYA, June 18 - Tsubame Motor Corp <TSU.T> predicted a fall in profit this year, its president told "
            "a press conference.\n\nThe company said sales would rise one pct.\n\nTsubame estimated vehicle "
            "exports at 900,000 units, with kits shipped to Brazil up 20 pct, he said.")
    assert sorted(countries(text, ("trade", None))) == ["BRA", "JPN"]


def test_a_row_of_a_capitals_table_and_trade_as_a_yardstick_of_debt_are_no_mention():
    assert keys("MONTREAL INDICES 1200 - APRIL 7\n\nINDUSTRIALS 3895.8 UP 14.6\nOIL/GAS 4169.1 UP 32.2\n\n"
                "VOLUME: 19,540,629") == set()
    assert ("trade", None) not in keys(FILLER + "Considering the strength of Peru's economy and the scale of its "
                                       "imports and exports, this level of foreign debt can be sustained, he said.")


def test_a_facility_that_gives_a_bearing_and_a_fuels_share_of_energy_supply():
    # a place located by the oil fields it lies north of: where the fighting is, nothing said of oil
    assert ("energy", "oil") not in keys(FILLER + "Reports said the rebels' advance put their forces on the road to "
                                         "Dohuk, some 40 miles north of major Iraqi oil fields and refineries.")
    # a fuel's share of the world's energy supply is that fuel's mention, not energy in general
    text = ("HOUSTON, May 4 - A gas industry chief said U.S. gas output would grow.\n\nHe expected natural gas "
            "to meet more energy needs in future.\n\n\"Natural gas will become a bigger part of the world's energy "
            "supply,\" he said.")
    found = keys(text)
    assert ("energy", "gas") in found and ("energy", "general") not in found


def test_states_of_a_later_sentence_that_refers_back_to_the_measure():
    text = ("BRUSSELS, May 5 - The EC Commission proposed a tax on imports of fish oils, officials said.\n\n"
            "The plan is meant to raise money for the farm budget.\n\n"
            "Sweden and Greece might accept the tax if some oils were excluded, diplomats said.")
    assert {"SWE", "GRC"} <= set(countries(text, ("trade", None)))
    # the home of a person who comments on the measure is not a side of it
    text = ("LONDON, May 5 - Japan agreed a package to raise imports of manufactured goods, officials said.\n\n"
            "Chancellor Nigel Lawson said the package was welcome but small.")
    assert "GBR" not in countries(text, ("trade", None))


def test_the_seat_of_a_commentator_and_a_citys_market_are_no_side():
    text = ("NEW YORK, March 3 - OPEC may have to cut output again to halt the slide in oil prices, analysts said.\n\n"
            "\"OPEC must hold to its ceiling,\" said Ann Reyes of Energy Outlook Ltd in New York.")
    assert countries(text, ("energy", "oil")) == []
    text = ("ABU DHABI, March 3 - Qatar's oil minister said OPEC members were keeping to their crude output quotas.\n\n"
            "Crude prices in New York last week fell to their lowest level this year.")
    assert countries(text, ("energy", "oil")) == ["QAT"]
    # a city's consumers are a side: the goods are sold there
    text = ("CANTON, June 2 - The province now imports grain because farmers grow fruit to supply consumer markets "
            "in Hong Kong and Macao, the magazine said.")
    assert "HKG" in countries(text, ("trade", None))


def test_plants_named_in_the_plural_or_with_a_number_word():
    text = ("NEWARK, April 2 - Ratings of Garden Electric were cut because of a rate order for its Salem Cove nuclear "
            "plants, the agency said.")
    assert infrastructure(text, ("energy", "nuclear")) == ["Salem Cove"]
    text = ("NEW YORK, April 1 - Regulators disallowed costs of the Oak Ridge Number two nuclear power plant, the "
            "utility said.")
    assert infrastructure(text, ("energy", "nuclear")) == ["Oak Ridge Number two nuclear power plant"]
    text = ("LIMA, Nov. 25 - A fire forced the closure of Peru's Punta Roja I and Punta Roja II nuclear power "
            "stations on Friday, the operator said.")
    assert infrastructure(text, ("energy", "nuclear")) == ["Punta Roja I", "Punta Roja II"]


def test_a_table_laid_out_by_country_has_the_states_of_its_headings():
    text = ("WASHINGTON, May 7 - The U.S. Agriculture Department detailed world supply/demand data for major "
            "importers and exporters of barley, by country, as follows in mln tonnes --\n\n"
            "CANADA BARLEY, in mln tonnes --\n\n1986/87 1985/86\nProduction 14.50 12.50\nImports Nil Nil\n"
            "Exports 6.00 5.10\n\nSAUDI ARABIA BARLEY, in mln tonnes --\n\n1986/87 1985/86\nProduction Nil Nil\n"
            "Imports 5.20 6.10\nExports Nil Nil\n")
    assert sorted(countries(text, ("trade", None))) == ["CAN", "SAU"]
    # a crude oil named after a town is no place: "North Sea Brent crude", "April Brent traded"
    text = ("NEW YORK, March 3 - Crude oil futures were steady, tracking North Sea Brent crude, traders said.\n\n"
            "April Brent traded as high as 19.40 dlrs a barrel today, above May Brent prices.")
    assert countries(text, ("energy", "oil")) == ["USA"]


def test_a_firms_duties_under_a_sanctions_regime_are_no_sanctions_mention():
    text = ("The PAYMENTS Act makes the United States the leader in digital payments.\n\nCOMBATING ILLICIT FINANCE: "
            "Through registration of payment firms, along with coordination with the Treasury Department on sanctions "
            "enforcement, the PAYMENTS Act reinforces our national security.\n\nThe Act obliges the firms to establish "
            "anti-money laundering and sanctions compliance programs with sanctions list verification.")
    found = rows(text, "Fact Sheet: President Signs the PAYMENTS Act", source="whitehouse.gov",
                 published="2025-07-18T12:00:00+00:00")
    assert ("sanctions", None) not in {(r["category"], r["commodity"]) for r in found}


def test_the_proposal_refers_back_to_the_keys_measure():
    text = ("BRUSSELS, May 5 - The EC Commission proposed a levy on imports of fish meal, officials said.\n\n"
            "Farm groups oppose it.\n\nThe Austrian and Swedish governments said they would vote against the "
            "proposal, diplomats said.")
    assert {"AUT", "SWE"} <= set(countries(text, ("trade", None)))


def test_a_firm_described_as_an_importer_and_power_a_fuel_would_become_are_no_mentions():
    text = ("LONDON, May 2 - Brewer Hollis Plc said it would sell its retail arm, including the pharmacy chain "
            "Boots Lane, speciality U.S. food importer Carver Brothers and the Greenleaf health shops.")
    assert ("trade", None) not in keys(text)
    text = ("OSLO, May 2 - Norway's state oil firm said it wants a 30 pct share of a big offshore Vietnamese gas "
            "field.\n\nThe field's reserves could be sold through the local gas network or by converting the gas to "
            "electricity, sources said.")
    assert keys(text) == {("energy", "gas")}


def test_amounts_from_states_and_states_listed_line_by_line_are_sides():
    text = ("SEOUL, March 27 - South Korean copper imports rose to 38,000 tonnes in February, the federation "
            "said.\n\nThe February total included 9,100 tonnes from Chile against 8,000 in January and 7,200 from "
            "Zambia.")
    assert sorted(countries(text, ("trade", None))) == ["CHL", "KOR", "ZMB"]
    text = ("Today, the President sent letters setting new tariff rates on imports from trading partners.\n\n"
            "The countries he sent letters to today include:\n\nPeru (20%)\n\nGhana (25%)\n\nNepal (30%)\n\n"
            "MORE TO COME: The letters follow earlier talks.")
    found = rows(text, "Fact Sheet: New Tariff Letters", source="whitehouse.gov", published="2025-07-07T12:00:00+00:00")
    (trade,) = [r for r in found if r["category"] == "trade"]
    assert {"PER", "GHA", "NPL"} <= set(trade["countries"])


def test_electronic_power_supplies_are_no_energy_mention():
    text = ("NEW YORK, April 2 - The firm licensed its alloy technology to a Japanese maker. The alloys are used in "
            "such devices as switch-mode power supplies and other electronic components.")
    assert ("energy", "electricity") not in keys(text)


def test_a_town_named_like_towns_abroad_is_read_by_the_states_the_story_names():
    # "Santa Cruz" is a town in the Philippines, California and Bolivia: in a story of Mexican pipelines and
    # Japanese buyers it names no state of its own
    text = ("Mexico's state oil firm will build a crude pipeline to the Pacific port of Santa Cruz, so that tankers "
            "from Japan can load Mexican oil there rather than in the Gulf.")
    assert countries(text, ("energy", "oil")) == ["JPN", "MEX"]
    # a story that names the town's usual state keeps it
    text = ("The Philippines will import more crude oil next year to supply a new refinery near Santa Cruz, "
            "the energy ministry said.")
    assert "PHL" in countries(text, ("energy", "oil"))


def test_a_part_of_a_firm_named_for_its_goods_is_no_mention():
    text = ("The group said it will sell its head office in the capital. Its sugar and oil divisions have already "
            "moved to the coast, and the company plans further moves to cut its head office staff.")
    assert ("energy", "oil") not in keys("SYDNEY, May 4 - " + text)


def test_a_meetings_town_named_again_is_its_venue_not_a_side():
    text = ("Delegates from twenty developing countries ended a trade meeting today ahead of next "
            "month's conference in Geneva on commodity prices. The group would be pressing in Geneva for wider access "
            "to rich markets for its exports, the communique said.")
    assert countries(text, ("trade", None)) == []


def test_observers_named_by_their_state_in_the_title_are_no_side():
    text = ("Stock markets fell sharply again as fears grew over the persistent U.S. trade deficit and "
            "weak American import demand, economists said.")
    assert countries(text, ("trade", None), title="MARKETS NEED MORE THAN WORDS - U.K. ECONOMISTS") == ["USA"]


def test_a_nuclear_stations_name_names_the_plant_and_its_power_plant():
    text = ("The utility said the valves installed at Unit Two of the Lakeside Nuclear Station will be replaced. "
            "The decision will delay start-up of the power plant by four months, adding to its cost.")
    assert keys(text) == {("energy", "nuclear")}
    assert infrastructure(text, ("energy", "nuclear")) == ["Lakeside Nuclear Station"]


def test_a_known_facilitys_name_is_recorded_as_written_whole():
    text = ("The state oil company will invest in the Golden Pass LNG Terminal in Texas, expanding exports "
            "of liquefied natural gas to Europe.")
    assert infrastructure(text, ("energy", "lng")) == ["Golden Pass LNG Terminal"]
    text = "Exports from Nord Stream stopped, and the Nord Stream 2 pipeline never delivered gas to Germany."
    assert sorted(infrastructure(text, ("energy", "gas"))) == ["Nord Stream", "Nord Stream 2"]


def test_a_kind_of_plant_in_a_heading_is_no_plant_name():
    text = ("Retiring An Indonesia Coal-fired Power Plant: The United States will help finance the early "
            "retirement of a coal plant that supplies electricity to the grid in Java.")
    for key in (("energy", "coal"), ("energy", "electricity")):
        for r in rows(text):
            if (r["category"], r["commodity"]) == key:
                assert not any("Coal-fired" in n for n in r["infrastructure"])


def test_who_backs_the_fighters_is_no_side_of_the_power_they_attack():
    text = ("MANAGUA, May 4 - U.S.-backed rebels blew up a pylon carrying power lines to the capital, cutting "
            "electricity supplies to half the city, the defence ministry said.")
    assert countries(text, ("energy", "electricity")) == ["NIC"]


def test_gas_said_only_beside_oil_in_an_oil_story_is_no_gas_mention():
    text = ("JAKARTA, May 4 - The slump in world oil prices has cut the country's oil and natural gas revenues by "
            "half, the finance minister said. Indonesia's crude oil exports fell to 900,000 barrels a day, and "
            "the state oil company will cut its oil output further, he added.")
    assert ("energy", "gas") not in keys(text)
    assert ("energy", "oil") in keys(text)


def test_the_size_of_a_fuels_plant_is_that_fuels_mention():
    text = ("SEOUL, May 4 - The state utility delayed contracts with U.S. firms for its two 950-megawatt nuclear "
            "power plants, a spokesman said. The reactors are due to start up in 1995.")
    assert keys(text) == {("energy", "nuclear")}


def test_a_hydroelectric_projects_name_is_a_renewables_mention():
    text = ("The Energy Department offered to sell the Tallow Creek Hydroelectric project to local utilities, "
            "the department said.")
    assert ("energy", "renewables") in keys(text)
    assert infrastructure(text, ("energy", "renewables")) == ["Tallow Creek Hydroelectric project"]


def test_a_national_trade_body_names_its_state():
    text = ("The company asked the International Trade Commission to end the special tariffs on imported "
            "motorcycles from Japan.")
    assert countries(text, ("trade", None)) == ["JPN", "USA"]


def test_every_run_of_listed_states_after_a_key_is_a_side():
    text = ("U.S. exporters will be able to sell 90,000 tonnes of rice to East African countries under the subsidy "
            "programme, the department said. It said in addition to Kenya, Uganda and Tanzania, three more countries "
            "-- Rwanda, Burundi and Malawi -- have been declared eligible.")
    assert {"KEN", "UGA", "TZA", "RWA", "BDI", "MWI"} <= set(countries(text, ("trade", None)))


def test_goods_for_export_to_states_are_a_trade_flow():
    text = ("PARIS, May 4 - Operators asked for licences to export 8,000 tonnes of barley, traders said. "
            "The requests were for export to Norway and Iceland at a fixed rebate.")
    assert {"NOR", "ISL"} <= set(countries(text, ("trade", None)))


def test_shipments_to_states_in_the_next_sentence_go_on_with_the_flow():
    text = ("Swedish exports to Asia declined by 4 pct last year to 20 billion crowns, the bank said. "
            "Shipments to Japan fell 9 pct and to Thailand by 12 pct.")
    assert set(countries(text, ("trade", None))) == {"SWE", "JPN", "THA"}


def test_a_consignment_before_the_trade_sentences_is_one_more_side():
    text = ("MADRID, May 4 - Portugal agreed to buy 20,000 tonnes of Spanish wheat, a trader said. The firm will "
            "also ship 5,000 tonnes of Spanish wheat to Morocco this month. Spanish wheat exports rose sharply this "
            "season. Greece and Italy are considering imports of Spanish flour.")
    assert "MAR" in countries(text, ("trade", None))


def test_a_delivery_of_goods_to_a_state_names_it():
    text = ("KUALA LUMPUR, May 4 - The licensing authority reports trade in crude palm oil as follows, in ringgit "
            "per tonne. Refined palm oil traded in bulk US dlrs per tonne fob. The market was easier and May "
            "delivery of RBD palm olein to Singapore traded at 850 ringgit per tonne.")
    assert set(countries(text, ("trade", None))) == {"MYS", "SGP"}


def test_a_town_given_with_the_time_of_a_meeting_is_its_venue():
    text = ("LONDON, May 4 - Some OPEC states are unhappy about the prices of their crude oil, but this should not "
            "pose problems when the group reviews its output pact in Vienna next week, analysts said. They said "
            "Nigeria's oil minister will not push the issue in Vienna.")
    assert "AUT" not in countries(text, ("energy", "oil"))


def test_a_currency_in_the_title_names_no_side():
    text = ("HONG KONG, May 4 - A rubber factory of Shanghai will raise a 30 mln U.S. dlr loan, its arranger said. "
            "The money will be used to import equipment. Part of the output will be exported.")
    assert countries(text, ("trade", None), title="SHANGHAI RUBBER FACTORY TO RAISE 30 MLN U.S. DLRS") == ["CHN"]


def test_a_named_pipeline_in_a_story_of_oil_alone_is_the_oils():
    text = ("BOGOTA, May 4 - The state oil company said the country's main oil pipeline was bombed again and "
            "pumping of 170,000 barrels a day was suspended. The attack was the tenth this year on the Rio Claro-"
            "Tolu pipeline, a spokeswoman said.")
    assert infrastructure(text, ("energy", "oil")) == ["Rio Claro-Tolu pipeline"]


def test_a_region_inside_a_firms_name_names_no_state():
    text = ("TULSA, May 4 - The firm said it will refinance the oil and gas properties it bought with notes from "
            "Continental Illinois National Bank, raising its oil output.")
    assert "USA" in countries(text, ("energy", "oil"))  # (the dateline's: the town the story is filed from)
    text = text.replace("TULSA, May 4 - ", "")
    assert countries(text, ("energy", "oil")) == []


def test_one_state_named_only_in_a_contrasted_clause_of_goods_is_no_side_of_the_fuel():
    text = ("TOKYO, May 4 - Growth slowed to 0.1 pct in the quarter. High oil prices have knocked 0.2 pct off "
            "the growth rate, while the falling dollar means products shipped to the U.S. are dearer.")
    assert "USA" not in countries(text, ("energy", "oil"))


def test_south_yemen_before_1990_is_its_own_state():
    text = ("ADEN, May 4 - South Yemen plans an oil export pipeline from its Shabwa fields, built with Soviet "
            "help, the oil ministry said.")
    rows_1987 = rows(text, published="1987-05-04T12:00:00+00:00")
    (oil,) = [r for r in rows_1987 if r["commodity"] == "oil"]
    assert "YMD" in oil["countries"] and "YEM" not in oil["countries"]
    (oil,) = [r for r in rows(text, published="2005-05-04T12:00:00+00:00") if r["commodity"] == "oil"]
    assert "YEM" in oil["countries"] and "YMD" not in oil["countries"]


def test_liquefied_gas_exports_and_cubic_metres_of_fuel_are_no_pipeline_gas():
    text = ("JAKARTA, May 4 - Crude oil exports fell to 7.4 billion dlrs, while liquefied natural gas exports dropped "
            "to 2.8 billion dlrs, the central bank said.")
    assert ("energy", "gas") not in keys(text) and ("energy", "lng") in keys(text)
    text = ("LYON, May 4 - Tanks holding thousands of cubic metres of fuel burst into flames at an oil depot, "
            "firemen said. The fire burned gasoline and fuel oil.")
    assert ("energy", "gas") not in keys(text)


def test_the_states_a_meetings_lead_lists_are_sides_of_the_trade_they_meet_about():
    text = ("QUITO, May 4 - Representatives from Peru, Ecuador, Bolivia and Colombia will meet here Friday to "
            "discuss falling banana prices, an official said. The heads of the growers' groups of the four countries "
            "will take part. The official said Ecuador supports export quotas to lift prices.")
    assert set(countries(text, ("trade", None), title="ANDEAN BANANA MEETING TO BE HELD IN QUITO")) == \
        {"PER", "ECU", "BOL", "COL"}
    # a lead that lists states meeting, under a title about something else, names no sides of a later trade word
    assert set(countries(text, ("trade", None), title="BANANA PRICES SLIDE")) == {"ECU"}


def test_a_trade_body_as_an_employer_is_no_trade_mention():
    text = ("GENEVA, May 4 - Some 300 General Agreement on Tariffs and Trade (GATT) secretariat staff staged a "
            "half-day strike over pay. Pickets at the entrance to the GATT offices said most staff took part.")
    assert ("trade", None) not in keys(text)


def test_goods_bought_by_the_tonne_across_a_border_are_trade():
    text = "CAIRO, May 4 - Jordan bought 150,000 tonnes of Australian wheat for June shipment, traders said."
    assert set(countries(text, ("trade", None))) == {"AUS", "JOR"}
    # bought at home: no border crossed
    assert keys("ACCRA, May 4 - The state board bought 20,000 tonnes of cocoa from local farmers last week.") == set()
    # a fuel bought abroad is that fuel's mention, not a second (trade) one
    text = "The refinery purchased 500,000 tons of crude oil from Nigeria and Venezuela last quarter."
    assert keys(text) == {("energy", "oil")}


def test_goods_of_another_origin_bought_where_the_story_is_filed_are_trade():
    text = "NEW DELHI, May 4 - The state trading corporation bought 6,000 tonnes of Malaysian palm olein, traders said."
    assert set(countries(text, ("trade", None))) >= {"MYS"}
    assert keys("LONDON, May 4 - The Ghana Cocoa Board bought 20,000 tonnes of cocoa from farmers last week.") == set()


def test_a_states_import_tender_is_trade_and_an_export_licence_for_a_fuel_is_the_fuels():
    text = "LONDON, May 4 - The Indian State Trading Corporation purchased 40,000 tonnes of vegetable oils at its " \
           "import tender on Friday, market sources said."
    assert keys(text) == {("trade", None)}
    text = "WASHINGTON, May 4 - The department expedited the LNG export licence process for new terminals."
    assert ("trade", None) not in keys(text)


def test_zaire_is_zar_before_it_took_the_congos_name():
    text = "WASHINGTON, May 4 - The U.S. sold 100,000 tonnes of wheat to Zaire under an export programme, the USDA said."
    then = rows(text, published="1987-05-04T12:00:00+00:00")
    assert [set(r["countries"]) for r in then if r["category"] == "trade"] == [{"USA", "ZAR"}]
    later = rows("WASHINGTON, May 4 - The U.S. sold 100,000 tonnes of wheat to Zaire under an export programme.",
                 published="2004-05-04T12:00:00+00:00")
    assert [set(r["countries"]) for r in later if r["category"] == "trade"] == [{"USA", "COD"}]


def test_where_a_declaration_was_made_or_a_body_set_up_is_no_side_of_the_trade():
    text = ("CANBERRA, May 4 - Australia wants farm trade reform, its trade minister said. Working groups set up in "
            "Geneva after the GATT declaration last September in Punta del Este, Uruguay, have made a start on the "
            "trade talks, he said.")
    assert countries(text, ("trade", None)) == ["AUS"]


def test_an_aim_to_expand_trade_with_partners_unnamed_is_no_mention():
    text = "We will expand our trade with world partners and keep our oceans clean, the President said."
    assert ("trade", None) not in keys(text)


def test_a_fuel_word_in_a_firm_named_by_what_the_story_says_it_is_is_no_mention():
    text = ("MEXICO CITY, May 4 - Camiones Tolteca, a truck subsidiary of Diesel Nacional, a state company, "
            "signed a technical assistance agreement with a U.S. truck maker.")
    assert ("energy", "oil") not in keys(text)


def test_the_megawatts_of_a_named_fuel_plant_are_that_fuels():
    text = ("Ohio Power Co said it has completed the sale of 20 pct of its interest in Unit One of the Beaver Nuclear "
            "Power Plant, receiving 300 mln dlrs for the interest. The utility said the share of its interest in the "
            "1,100 megawatt generating plant was sold to investors who leased it back to the company.")
    assert {k for k in keys(text, title="OHIO POWER SELLS NUCLEAR INTEREST") if k[0] == "energy"} == \
        {("energy", "nuclear")}


def test_a_fuel_a_substitute_displaces_is_no_mention_of_it():
    text = ("MIAMI, May 4 - The firm will sell pellets made from refuse to a cement plant in Florida, to take the "
            "place of about 30 pct of the plant's coal usage.")
    assert ("energy", "coal") not in keys(text)
    # power bought to replace a plant's output is electricity still
    text = ("PHILADELPHIA, May 4 - The utility will spend five mln dlrs a day to replace the electricity its idle "
            "nuclear plant in Pennsylvania would have generated, the chairman said.")
    assert ("energy", "electricity") in keys(text)


def test_a_material_that_conducts_electricity_is_no_electricity_mention():
    text = ("TOKYO, May 4 - Japanese researchers said they have made a ceramic wire which can conduct electricity with "
            "no resistance at higher temperatures.")
    assert ("energy", "electricity") not in keys(text)


def test_marine_oil_and_a_volume_of_fuel_oil_are_no_petroleum_or_gas():
    text = ("BRUSSELS, May 4 - The proposed levy on oils and fats is opposed by the United States and by Norway's "
            "marine oil producers.")
    assert ("energy", "oil") not in keys(text)
    text = "LYON, May 4 - Some 6,000 cubic metres of domestic fuel oil and gasoline burned at the depot in France."
    assert ("energy", "gas") not in keys(text)


def test_the_gas_of_a_story_about_lng_is_its_liquefied_gas():
    text = ("ALGIERS, May 4 - Algeria's state oil company signed a 20-year accord with a U.S. group for the delivery of "
            "liquefied natural gas (LNG), the news agency said.\n\nDeliveries will reach 4.5 billion cubic metres a "
            "year, with the gas carried in Algerian ships to a terminal in Louisiana.")
    found = rows(text, title="ALGERIA SIGNS LNG DEAL WITH U.S. GROUP")
    assert {(r["category"], r["commodity"]) for r in found if r["category"] == "energy"} == {("energy", "lng")}
    assert set(next(r for r in found if r["commodity"] == "lng")["countries"]) == {"DZA", "USA"}
    # a story that also speaks of pipeline gas keeps both
    text2 = text + " The company also exports natural gas to Italy by pipeline."
    found = rows(text2, title="ALGERIA SIGNS LNG DEAL WITH U.S. GROUP")
    assert {("energy", "lng"), ("energy", "gas")} <= {(r["category"], r["commodity"]) for r in found}


def test_the_publishers_government_is_a_side_of_the_tariffs_its_president_imposed():
    text = ("I have imposed tariffs on Brazil, Vietnam, and India, sending a clear message that unfair practices "
            "will be answered. American farmers and workers deserve a level playing field in world trade.")
    found = rows(text, title="National Farm Safety Week, 2025", source="whitehouse.gov",
                 published="2025-09-20T12:00:00+00:00")
    assert {(r["category"], tuple(r["countries"])) for r in found if r["category"] == "trade"} == {
        ("trade", ("BRA", "IND", "USA", "VNM"))}


def test_capital_imports_are_investment_not_trade():
    text = ("BRUSSELS, March 3 - The finance minister said both tax measures were aimed at attracting capital "
            "imports and reducing Belgium's heavy net capital outflows.")
    found = rows(text, title="BELGIUM TO SIMPLIFY TAX SYSTEM", published="1987-03-03T12:00:00+00:00")
    assert [r for r in found if r["category"] == "trade"] == []


def test_a_state_abbreviated_without_its_stop_names_its_country():
    text = ("Pinecrest Energy Inc said it bought interests in three producing oil and gas properties for 1.2 mln "
            "dlrs.\n\nThe largest interest was 30 pct of an oil and gas well in Adams County, Okla, the company said.")
    found = rows(text, title="PINECREST BUYS OIL AND GAS INTERESTS", published="1987-06-18T12:00:00+00:00")
    assert {(r["commodity"], tuple(r["countries"])) for r in found} == {("oil", ("USA",)), ("gas", ("USA",))}


def test_trade_figures_in_a_story_of_one_states_economy_are_that_states_trade():
    lead = ("Investment is expected to rise five pct, the bank said in its annual review of the economy, and "
            "consumer spending about three pct, with unemployment steady at nine pct of the labour force.\n\n"
            "Inflation should slow to 12 pct from 16 pct last year, helped by lower food prices, it said.\n\n")
    text = ("ATHENS, May 4 - Greece's economy will grow about two pct this year, the Bank of Greece said.\n\n" + lead
            + "Imports by volume were forecast to grow six pct this year and exports eight pct.")
    found = rows(text, title="GREEK GDP FORECAST TO GROW TWO PCT", published="1987-05-04T12:00:00+00:00")
    assert [(r["category"], r["countries"]) for r in found if r["category"] == "trade"] == [("trade", ["GRC"])]
    # (figures of no state the story is about: a regional outlook filed from elsewhere)
    text = ("LONDON, May 4 - Growth in southern Europe will average about two pct this year, a bank study said.\n\n"
            + lead + "Imports by volume were forecast to grow six pct this year and exports eight pct.")
    found = rows(text, title="GREEK GROWTH SEEN AT TWO PCT", published="1987-05-04T12:00:00+00:00")
    assert [r for r in found if r["category"] == "trade"] == []


def test_commas_of_numbers_and_dates_make_no_list():
    # "614,000" and "11,180" hold commas but no list of items: the fuels are the story's
    text = ("HOUSTON, May 6 - Delta said the well in Adams County, N.D., flowed 720 barrels of oil and 614,000 cubic "
            "feet of natural gas per day through a 12/64 inch choke from depths of 11,180 to 11,204 feet.")
    assert _passing_hit(text, "barrels") is False
    found = rows(text, title="DELTA IN NORTH DAKOTA OIL FIND", published="1987-05-06T12:00:00+00:00")
    assert {("energy", "oil"), ("energy", "gas")} <= {(r["category"], r["commodity"]) for r in found}
    # (a list stays a list: "coffee, tea, cotton and oil" in a story of farm exports)
    assert _passing_hit("Exports of coffee, tea, cotton and oil fell, the ministry said.", "oil") is True


def _passing_hit(sentence: str, word: str) -> bool:
    a = sentence.find(word)
    return trade_energy._passing(sentence, a, a + len(word))


def test_a_clause_said_again_of_each_name_is_no_list_of_other_things():
    sentence = ("Under the plan, Peru has been allocated an export quota of 400 tonnes, Chile 300, "
                "Mexico 200 and Canada 100.")
    a = sentence.find("export quota")
    assert trade_energy._passing(sentence, a, a + len("export quota"), trade_energy._TRADE_WORD) is False


def test_dumping_in_a_story_of_waste_is_no_trade():
    text = ("TORONTO, March 3 - Northern Chemicals Ltd has been charged with dumping toxic waste into Lake Erie, the "
            "Ontario environment ministry said.\n\nThe dumping is alleged to have occurred in October 1986 and the "
            "company faces a fine of 50,000 dlrs on each count.")
    found = rows(text, title="NORTHERN CHEMICALS CHARGED WITH WASTE DUMPING", published="1987-03-03T12:00:00+00:00")
    assert [r for r in found if r["category"] == "trade"] == []


def test_a_results_note_names_no_fuel():
    # (a guard: the note's list was a passing list before numbers' commas stopped cutting it; the note is no news)
    text = ("IDAHO FALLS, March 3 - Silver Peak Mines Corp said it lost 2.1 mln dlrs in the fourth quarter.\n\n"
            "Shr loss 22 cts vs profit four cts. Net loss 2,100,000 vs profit 400,000. Revs 9,800,000 vs 11,200,000.\n\n"
            "Note: 1986 loss included one-time loss of 1,624,000 dlrs on write-off of certain silver, oil and gas "
            "interests.")
    found = rows(text, title="SILVER PEAK MINES <SPM> 4TH QTR LOSS", published="1987-03-03T12:00:00+00:00")
    assert [r for r in found if r["category"] == "energy"] == []


def test_states_cooperation_in_energy_by_its_name_is_an_energy_mention():
    text = ("The United States and Mexico today launched the U.S.-Mexico Bilateral Clean Energy Partnership in "
            "Washington, to expand grid ties and solar investment between the two countries.")
    found = rows(text, title="Fact Sheet: The U.S.-Mexico Partnership", source="whitehouse.gov",
                 published="2024-06-08T12:00:00+00:00")
    assert ("energy", "general") in {(r["category"], r["commodity"]) for r in found}


def test_a_states_firms_that_buy_the_fuel_are_its_side():
    text = ("MUSCAT, May 4 - Oman's crude oil output fell five pct in April to 560,000 barrels per day, oil "
            "industry sources said. The Japanese firms lift around 90,000 bpd of it under term contracts.")
    assert sorted(countries(text, ("energy", "oil"))) == ["JPN", "OMN"]
    # a firm's home where it is no buyer stays no side (guard)
    text = ("MUSCAT, May 4 - Oman's crude oil output fell five pct in April to 560,000 barrels per day, oil "
            "industry sources said. The Japanese firms running the field expect output to recover.")
    assert countries(text, ("energy", "oil")) == ["OMN"]


def test_states_named_only_in_the_cause_of_sanctions_are_not_its_sides():
    text = ("OTTAWA, June 2 - Canada imposed new sanctions on Iran on Monday. The motion called for wider sanctions "
            "because Tehran insists on making Lebanese elections conditional on the withdrawal of Turkish troops "
            "from neighbouring Syria.")
    assert sorted(countries(text, ("sanctions", None))) == ["CAN", "IRN"]


def test_exporters_in_investors_portfolios_are_shares_not_trade():
    text = ("TOKYO, June 3 - Share prices on the Tokyo market closed slightly lower, brokers said. \"Fund managers "
            "are reshaping their portfolios to sell domestic issues and buy a few more exporters,\" a broker said.")
    assert ("trade", None) not in keys(text)


def test_foreign_trade_credit_lines_are_lending_not_trade():
    text = ("LIMA, May 4 - Bolivia's short-term foreign trade credit lines have more than doubled to 300 mln dlrs "
            "in two years, the central bank said. The banks renewed the lines for another year.")
    assert ("trade", None) not in keys(text)
    # foreign trade itself stays trade (guard)
    assert ("trade", None) in keys("LIMA, May 4 - Bolivia's foreign trade with Chile doubled to 300 mln dlrs "
                                   "in two years, the central bank said.")


# --- twenty-sixth round -------------------------------------------------------------------------

def test_where_a_paper_was_adopted_before_its_time_is_no_side():
    text = ("LIMA, June 2 - Peru criticised the new fisheries protocol. Forty fishing nations adopted the new "
            "protocol last May in Oslo, limiting exports of fishmeal. Peru's fishmeal exports to Canada rose 24 pct.")
    assert countries(text, ("trade", None)) == ["CAN", "PER"]


def test_banks_that_finance_trade_make_no_trade_mention():
    sentence = ("Officials want the banks to pin loans on specific projects, finance trade and invest directly in "
                "debtor countries such as Peru.")
    a = sentence.index("trade")
    assert trade_energy._not_trade_between_economies(sentence, "trade", a, a + 5)
    # (a state's own trade that it finances stays trade)
    sentence = "Peru must finance its trade with Andean neighbours."
    a = sentence.index("trade")
    assert not trade_energy._not_trade_between_economies(sentence, "trade", a, a + 5)


def test_states_named_next_for_their_own_economic_policy_are_no_sides():
    text = ("LIMA, March 26 - Peru's fishmeal industry last year accounted for exports of 1.2 billion dlrs, most of "
            "them to Canada. Chile, Ecuador and Colombia all take a more active role in guiding economic development "
            "and officials here are worried.")
    assert countries(text, ("trade", None)) == ["CAN", "PER"]


def test_a_surname_that_is_a_towns_name_names_no_state():
    text = ("HOUSTON, April 29 - The offshore oil industry is still waiting for a turnaround. \"The leasing program "
            "fails the oil industry,\" said Bill Bradford, executive vice president of an equipment maker.")
    assert countries(text, ("energy", "oil")) == ["USA"]
    # (the town itself stays a place)
    text = "Wool exports from Bradford to Japan rose 10 pct last year, the mills said."
    assert "GBR" in countries(text, ("trade", None))


def test_the_members_of_a_bloc_whose_meeting_the_story_reports_are_its_sides():
    text = ("MANILA, March 2 - Energy ministers of the ten-nation Association of Southeast Asian Nations ended a "
            "meeting here after discussing co-operation in the oil sector, officials said.")
    got = countries(text, ("energy", "oil"), title="ASEAN OIL MEETING ENDS")
    assert {"IDN", "MYS", "PHL", "SGP", "THA", "VNM"} <= set(got)


def test_a_markets_turn_that_lifts_a_firms_results_is_no_mention():
    text = ("DALLAS, March 19 - Acme Drilling Inc said it expects its new contracts and a gradual improvement in "
            "the energy market to allow it to regain profitability this year.")
    assert ("energy", "general") not in keys(text, title="ACME DRILLING SEES RETURN TO PROFIT")
    # (news of the market itself stays a mention)
    assert ("energy", "general") in keys("The energy market in Peru improved as new suppliers entered it.")


def test_importers_of_a_fuel_make_an_energy_mention_and_a_good_named_for_a_fuel_is_trade():
    assert keys("Peru pays subsidies to importers in order to stabilise domestic fuel prices, but higher oil "
                "prices have forced the government to spend more.") == {("energy", "oil")}
    # ("fuel" as a verb is no fuel; engines named for a fuel are goods of trade)
    assert ("trade", None) in keys("A weaker sol will fuel exports to Canada, economists said.")
    assert keys("Japan's exports of cars and diesel engines to Peru rose 10 pct.") == {("trade", None)}


def test_most_favoured_nation_status_is_a_states_trade_treatment():
    text = ("The statement was issued as the President sent to Congress requests for one-year extensions of MFN "
            "for Peru, Chile and Bolivia.")
    assert countries(text, ("trade", None)) == ["BOL", "CHL", "PER"]
    assert ("trade", None) in keys("Canada will keep most favoured nation status for Peru's goods.")
    # (a drug price named after the clause is no trade)
    assert keys("The order lowers drug costs through most-favored-nation pricing for Medicare patients.") == set()


def test_a_firms_line_of_business_or_division_named_for_a_fuel_is_no_mention():
    assert keys("The note said the firm was created by the transfer of all domestic assets of Acme Inc's "
                "liquefied petroleum gas division.") == set()
    assert keys("Its oilfield equipment business has been slimmed and put in a joint venture, Smith noted.") == set()


def test_a_list_item_before_a_subordinate_clause_still_makes_a_list():
    text = ("Weak supply chains for critical minerals affect the production of advanced weapons systems, energy "
            "infrastructure, and everyday consumer goods while making Peru vulnerable to foreign actors.")
    assert ("energy", "general") not in keys(text)
    # (a hit inside the clause that follows the list's last item is no item: "indicators which showed ...")
    text = ("The sol has been bolstered by high Peruvian interest rates, a stable government, and better than "
            "expected economic indicators which showed a sharply reduced foreign trade deficit in May.")
    assert ("trade", None) in keys(text)


def test_a_writedown_of_oilfield_assets_is_accounts_not_oil():
    assert keys("Acme earned 9.6 mln dlrs for the year after a 25.3 mln dlr writedown of oilfield assets.",
                title="ACME SEES RETURN TO PROFIT") == set()


# --- twenty-seventh round -------------------------------------------------------------------------

def test_the_tariffs_a_network_charges_are_its_prices():
    assert keys("The inquiry centres on the tariffs the two companies charge foreign mobile operators to use their "
                "networks when visitors call home from Italy.") == set()
    assert keys("Operators in Italy face a cut in roaming tariffs next year.") == set()
    # (guard: a state's tariffs on goods)
    assert keys("Italy raised tariffs on imported shoes from Vietnam.") == {("trade", None)}


def test_a_firm_named_for_one_state_but_homed_in_another_gives_neither_its_name():
    text = ("SEOUL, May 3 - The plant will supply gas to Korea's state-owned Japanese Gas Supply Corp.\n\n"
            "Malaysia signed a ten-year contract with Japanese Gas Supply Corp for two mln tonnes of LNG a year.")
    got = countries(text, ("energy", "lng"))
    assert "JPN" not in got and "MYS" in got
    # (without a home given in the text, a demonym before a firm stays as it was)
    assert "JPN" in countries("Japanese Gas Supply Corp will import two mln tonnes of LNG from Malaysia.",
                              ("energy", "lng"))


def test_where_a_speaker_passes_or_comments_is_no_side():
    text = ("LAGOS, March 5 - Opec's president said the group was producing well below its 15.8 mln bpd ceiling.\n\n"
            "He said the Opec secretariat in Vienna was finalising the figures for Nigeria and Saudi Arabia.\n\n"
            "He spoke during a brief visit to Paris on his way home from Canada.")
    got = countries(text, ("energy", "oil"))
    assert not {"AUT", "FRA", "CAN"} & set(got) and {"NGA", "SAU"} <= set(got)


def test_a_state_as_a_yardstick_or_an_associations_gathering_is_no_side():
    text = ("Peru provides the best new prospect for oil production, an analyst told the Chilean Petroleum "
            "Exploration Association annual conference.\n\n"
            "With output of over 100,000 bpd Peru would become a Bolivia-level crude exporter.")
    assert countries(text, ("energy", "oil")) == ["PER"]


def test_the_oil_of_an_edible_oil_story_is_no_petroleum():
    text = ("LONDON, March 25 - Peru bought 40,000 tonnes of sunflowerseed oil at its import tender, traders said.\n\n"
            "The business comprised 35,000 tonnes of crude sunflowerseed oil in bulk and 5,000 tonnes of refined oil "
            "in drums.")
    assert ("energy", "oil") not in keys(text)
    # (a story that speaks of petroleum keeps its refined oil)
    text = ("LONDON, March 25 - Peru bought 40,000 tonnes of sunflowerseed oil, traders said.\n\n"
            "Its state refinery also imported 5,000 tonnes of refined oil products and 2 mln barrels of crude from "
            "Ecuador.")
    assert ("energy", "oil") in keys(text)


def test_the_buyers_and_cargoes_of_a_flow_story_are_its_sides():
    text = ("LIMA, March 4 - Peruvian fishmeal exports fell 18 pct to 413,000 tonnes in the first seven months of the "
            "season, the fisheries office said.\n\n"
            "The main buyers were Germany with 189,000 tonnes and Japan 48,000 tonnes.\n\n"
            "But Chinese purchases were up sharply at 58,507 tonnes, and Chile bought 7,599 tonnes compared with zero. "
            "Taiwan took 19,327 tonnes, Korea 8,000 and Vietnam 4,130.\n\n"
            "Six ships are loading 120,000 tonnes. They include 30,000 tonnes for Ecuador and 31,000 for Mexico.")
    got = set(countries(text, ("trade", None)))
    assert {"PER", "CHN", "CHL", "TWN", "KOR", "VNM", "ECU", "MEX"} <= got
    # (a state that buys at home, or money said for a state, is no cargo of the story)
    text = ("LIMA, March 4 - Peruvian fishmeal exports fell 18 pct to 413,000 tonnes, the fisheries office said.\n\n"
            "The government set aside 30 mln dlrs for Ecuador's debt talks.")
    assert "ECU" not in countries(text, ("trade", None))


def test_an_offshore_field_and_a_commercial_nuclear_station_are_named_facilities():
    assert infrastructure("One platform, astride Iran's Ramin offshore oilfield, was hit as oil exports slowed.",
                          ("energy", "oil")) == ["Ramin offshore oilfield"]
    assert infrastructure("The firm will do work worth 200 mln dlrs on Britain's 1150-megawatt Thornby B commercial "
                          "nuclear power station, the board said.", ("energy", "nuclear")) == [
        "Thornby B commercial nuclear power station"]


def test_a_speaker_named_like_a_town_is_a_person_wherever_the_story_names_him():
    text = ("CARACAS, April 8 - Petroleos de Venezuela signed a letter of intent with two firms to exploit coal "
            "deposits in Zulia state.\n\nCarbozulia President Luis Urdaneta said work will begin in May.\n\n"
            "\"The trial shipment will show the quality of the coal,\" Urdaneta said.")
    assert countries(text, ("energy", "coal")) == ["VEN"]


def test_a_filling_station_as_the_scene_of_a_crime_is_no_oil():
    assert keys("LIMA, Oct 19 - Police denied rumours of riots after an armed man killed one person in an attack on "
                "two petrol stations in the city.\n\nHe set fire to one of the petrol stations.") == set()
    # (guard: queues at filling stations are a fuel shortage)
    assert ("energy", "oil") in keys("Long queues formed at petrol stations in Lima as Peru's fuel shortage worsened.")


def test_the_crude_of_a_raw_sugar_story_is_no_oil():
    text = ("HAVANA, May 4 - Cuba's crude sugar harvest is far behind schedule, diplomats said.\n\n"
            "Neither the government nor the press have given figures for tonnes of crude production this harvest.")
    assert ("energy", "oil") not in keys(text, title="CUBA CRUDE SUGAR HARVEST BEHIND SCHEDULE")


def test_the_audience_a_speaker_addresses_is_no_side():
    text = ("LIMA, June 1 - Crude oil prices could stay near 18 dlrs a barrel, an official of Ecuador's state oil "
            "company told a group of Chilean businessmen.")
    assert countries(text, ("energy", "oil")) == ["ECU"]
    # (a state's businessmen who import are a side: no speech is addressed to them)
    assert "CHL" in countries("Chilean businessmen imported 2 mln barrels of crude oil from Ecuador last year.",
                              ("energy", "oil"))


def test_a_fuel_line_named_by_its_ends_keeps_both_towns():
    text = ("LIMA, May 4 - Acme said the field's crude flows through the Talara to Piura oil pipeline, and its gas "
            "through the Cusco to Lima gas pipeline, both in Peru.\n\nPeru's oil and gas output rose 4 pct.")
    assert "Talara to Piura oil pipeline" in infrastructure(text, ("energy", "oil"))
    assert "Cusco to Lima gas pipeline" in infrastructure(text, ("energy", "gas"))


def test_a_host_named_only_as_a_meetings_venue_is_no_side():
    text = ("WASHINGTON, March 4 - The U.S. and Peru settled their dispute over fishmeal export subsidies, trade "
            "officials said.\n\nThe case was resolved at a meeting with Peru's trade minister during a trade "
            "ministers' meeting in Bolivia last week.")
    got = countries(text, ("trade", None))
    assert "BOL" not in got and {"PER", "USA"} <= set(got)
    # (a state the story speaks of besides stays)
    text += "\n\nBolivia also cut its fishmeal import tariffs."
    assert "BOL" in countries(text, ("trade", None))


def test_the_publisher_that_taxes_a_fuels_imports_is_a_side():
    text = ("President Trump is implementing a 25% additional tariff on imports from Peru.\n\n"
            "Energy resources from Peru will have a lower 10% tariff.")
    # (the publisher's state comes from the release's source, the White House)
    found = [r for r in rows(text, title="Fact Sheet: Tariffs on Imports from Peru", source="whitehouse")
             if (r["category"], r["commodity"]) == ("energy", "general")]
    assert found and sorted(found[0]["countries"]) == ["PER", "USA"]


def test_the_states_of_a_tables_rows_are_the_sides_of_its_figures():
    text = ("WASHINGTON, Feb 26 - The U.S. Agriculture Department said cumulative sugar imports from individual "
            "countries during the quota year were as follows, in short tons --\n\n"
            "IMPORTS ALLOCATIONS\nPERU nil 39,130\nCHILE 103 21,840\nBOLIVIA nil 7,500\nECUADOR 5,848 10,010\n")
    assert set(countries(text, ("trade", None))) == {"USA", "PER", "CHL", "BOL", "ECU"}
    # (a stock table's sector line stays no mention of its fuel)
    assert keys("TORONTO INDICES - APRIL 7\n\nTSE 300 3895.8 up 14.6\nGOLDS 8714.4 up 83.7\n"
                "OIL/GAS 4169.1 up 32.2\n\nVOLUME: 19,540,629") == set()


def test_money_market_tariffs_are_rates():
    assert keys("AMSTERDAM, April 7 - Call money and period tariffs were only fractionally changed this week in "
                "Peru, dealers said.") == set()


def test_goods_a_court_case_says_firms_imported_once_are_no_trade():
    text = ("LIMA, March 18 - Acme said a judge granted its request for an injunction barring four companies from "
            "copying or selling its software.\n\nThe companies include Chile-based Andes Soft, which the others "
            "were believed to be importing the software through.")
    assert ("trade", None) not in keys(text, title="ACME WINS COPYRIGHT INJUNCTION")
    # (a court's ruling on a state's duties is trade: the title says so)
    assert ("trade", None) in keys("A court upheld Peru's duties on steel imports from Chile.",
                                   title="COURT UPHOLDS PERU STEEL IMPORT DUTIES")


def test_facilities_named_in_pairs_before_a_plural_kind_are_each_infrastructure():
    # two terminals, two refineries and a find's wells, each named once before the plural kind
    text = ("KUWAIT, April 2 - Kuwaiti crude exports from the Mina'abdi and Shuaiba terminals fell to 900,000 "
            "barrels per day in March, industry sources said. Refinery throughput was cut at the Ahmadi and "
            "Zour export refineries because of lower demand.")
    got = infrastructure(text, ("energy", "oil"))
    assert {"Mina'abdi", "Shuaiba", "Ahmadi", "Zour"} <= set(got)
    text = ("SYDNEY, April 2 - The Kutubu wells in the Southern Highlands flowed 12,000 barrels of oil per day in "
            "tests, the operator said.")
    assert infrastructure(text, ("energy", "oil")) == ["Kutubu"]
    # (a possessive state before the kind is no name: "Norway's terminals")
    text = ("OSLO, April 2 - Crude exports from Norway's terminals rose to 1.2 mln barrels per day in March, the "
            "ministry said.")
    assert infrastructure(text, ("energy", "oil")) == []
    # (an owner or a region before plural refineries is no name; nor a quantifier)
    text = ("MILAN, April 2 - The Gulfo Italiana refineries at Augusta will stay open, while several other Adriatic "
            "refineries are shut for maintenance, cutting crude runs by 200,000 barrels per day. Most terminals "
            "were idle.")
    assert infrastructure(text, ("energy", "oil")) == []
    # (a sentence's capitalized first word before "refinery" is no name)
    text = ("HOUSTON, April 2 - Crude oil stocks at refineries rose 2 mln barrels last week, the institute said. "
            "Combined refinery and pipeline stocks were steady.")
    assert infrastructure(text, ("energy", "oil")) == []


def test_a_capitalized_petroleum_reserve_is_infrastructure():
    text = ("WASHINGTON, March 3 - The administration proposed to sell the Elk Hills Petroleum Reserve to raise "
            "two billion dlrs and get the government out of the oil business.")
    assert infrastructure(text, ("energy", "oil")) == ["Elk Hills Petroleum Reserve"]


def test_sanctions_the_publisher_imposes_in_its_own_release_are_its_states():
    text = ("Today we honour the memory of the victims of the floods and thank the volunteers who helped them. "
            "Across the United States, families mourn loved ones, and we will rebuild the towns together.\n\n"
            "The volunteers came from every walk of life: teachers, nurses, farmers and students who gave their "
            "weekends to clear the roads and to feed the families who had lost their homes.\n\n"
            "We have provided more than $50 million to the towns since the floods began. And, we have imposed "
            "sanctions and visa restrictions on officials who stole the relief funds abroad.")
    got = rows(text, title="Statement from President Jane Doe on the Floods", source="whitehouse")
    assert [(r["category"], r["countries"]) for r in got] == [("sanctions", ["USA"])]
    # (a measure someone else takes, named in passing late in a release, stays no mention)
    text = text.replace("And, we have imposed sanctions", "Critics have called for sanctions")
    assert rows(text, title="Statement from President Jane Doe on the Floods", source="whitehouse") == []


def test_the_two_leaders_of_a_trade_sentence_are_the_pair_named_before():
    text = ("Today, President Joe Biden held a call with Prime Minister Justin Trudeau of Canada. The two leaders "
            "discussed ways to expand bilateral trade in critical minerals. President Biden said he looks forward "
            "to visiting Ottawa later this year.")
    got = rows(text, title="Readout of President Joe Biden’s Call with Prime Minister Justin Trudeau of Canada",
               source="whitehouse.gov")
    assert [(r["category"], sorted(r["countries"])) for r in got] == [("trade", ["CAN", "USA"])]


def test_a_surname_that_opens_a_sentence_is_the_namesake_the_story_introduced():
    # the story's OPEC official, not the minister of the same surname in the reference (whose state would
    # become a side of the oil key)
    text = ("CARACAS, June 16 - OPEC has regained its former role as price-setter in the oil market, acting OPEC "
            "Secretary General Fadhil al-Chalabi said.\n\nAl-Chalabi, speaking at a university here yesterday, "
            "said OPEC would defend the price of oil.")
    got = rows(text, published="1987-06-16T12:00:00+00:00")
    assert [r["countries"] for r in got if r["commodity"] == "oil"] == [[]]


def test_biomass_power_is_renewables():
    assert keys("The government will build two biomass power plants in Thailand to supply 40,000 homes.") == \
        {("energy", "renewables")}


def test_a_ban_referred_back_to_by_another_of_its_names_brings_its_sides():
    text = ("OSLO, March 17 - Sweden's parliament has approved an extensive trade ban against Iran but left "
            "shipowners a loophole, officials said.\n\nThe unilateral boycott gives domestic companies until late "
            "September to cut trade ties with Iran and Syria.")
    got = {(r["category"], r["commodity"]): sorted(r["countries"]) for r in rows(text)}
    assert got[("sanctions", None)] == ["IRN", "SWE", "SYR"]
    # (a bloc's presidency named in a sentence that refers back to the ban is no side of it)
    text += ("\n\nHe said the ban would be tightened before Denmark takes over the presidency of the Nordic Council "
             "from Finland in July.")
    got = {(r["category"], r["commodity"]): sorted(r["countries"]) for r in rows(text)}
    assert "FIN" not in got[("sanctions", None)]


def _infra(text: str, commodity: str) -> list[str]:
    (row,) = [r for r in rows(text) if r["commodity"] == commodity]
    return row["infrastructure"]


def test_a_named_project_or_mine_of_the_keys_sentences_is_infrastructure():
    assert _infra("DENVER, May 4 - The Falcon Ridge project will include open-pit mining of low sulphur coal, the "
                  "company said.", "coal") == ["Falcon Ridge project"]
    assert _infra("RENO, May 4 - Its fifth geothermal well at the KESTREL Project tested steam for power at 400 "
                  "degrees.", "renewables") == ["KESTREL Project"]
    assert _infra("PERTH, May 4 - It owns the Emu Lake Dam mine, which holds a fifth of the world's uranium "
                  "resources.", "nuclear") == ["Emu Lake Dam mine"]
    # an organisation named "The ... Project", a copper mine, a gas-named project in the oil key: none of these
    assert _infra("The ban on oil and gas drilling was welcome, said the Executive Director of The Reef Project.",
                  "oil") == []
    assert _infra("DENVER, May 4 - The coal venture also owns the Island Copper mine in Canada.", "coal") == []
    assert "Peninsular Gas Utilisation Project" not in _infra(
        "KUALA LUMPUR, May 4 - The loan will finance oil products moved by the Peninsular Gas Utilisation Project.", "oil")


def test_two_fields_named_before_one_plural_kind_are_both_infrastructure():
    text = ("HOUSTON, May 4 - Oil and gas prices fell. The company said it sold half of its interest in the Cedar "
            "Bend and South Marlow fields, its two largest producing properties.")
    assert _infra(text, "oil") == ["Cedar Bend", "South Marlow"]
    assert _infra("ABU DHABI, May 4 - Most of the drop in oil output came from the offshore Umm Qasr and Upper and "
                  "Lower Zarqa fields.", "oil") == ["Upper Zarqa", "Lower Zarqa"]
    # the sea the field lies in is no part of its name
    assert _infra("ABERDEEN, May 4 - A decision on developing the Puffin and Gannet North Sea oil fields is due.",
                  "oil") == ["Puffin", "Gannet"]


def test_a_datelines_province_is_where_the_story_is_filed_not_a_side():
    body = ("Acme Inc said its unit concluded the 25 mln U.S. dlr sale of its Denver refinery to Bolt Ltd.\n\n"
            "In addition, Bolt is buying crude oil and refined product inventories at market value, Acme said.")
    (row,) = [r for r in rows("REGINA, Saskatchewan, June 2 - " + body, title="ACME COMPLETES REFINERY SALE",
                              published="1987-06-02T12:00:00+00:00") if r["commodity"] == "oil"]
    assert row["countries"] == ["USA"]
    # a firm's story that names no state is of the state its dateline's unknown town lies in
    (row,) = [r for r in rows("ENID, Okla., April 8 - Acme Corp said lower oil prices cut its earnings by half, and "
                              "it expects oil prices to stay low this year.", title="ACME CITES LOWER OIL PRICES",
                              published="1987-04-08T12:00:00+00:00") if r["commodity"] == "oil"]
    assert row["countries"] == ["USA"]
