"""The organizations a release names: evidence, merging, what is kept."""
from __future__ import annotations

import pytest

from summarize.org_names import OrgMention
from summarize.release_orgs import _complements, stands_in


def test_stands_in_is_a_whole_word_search():
    import re

    from hypothesis import given
    from hypothesis import strategies as st

    @given(st.lists(st.sampled_from(["Roe", "Roes", "_", "é", " ", ".", "Jane Roe", "9"]), max_size=6).map("".join),
           st.sampled_from(["Roe", "Jane Roe", "e", "Roe."]))
    def agrees(sentence, name):
        assert stands_in(sentence, name) == bool(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", sentence))

    agrees()
    assert stands_in("Jane Roe said.", "Roe") and not stands_in("Roesch said.", "Roe")


def test_the_body_a_title_names_is_an_organization_of_the_release():
    from summarize.release_orgs import _body_in_role

    assert _body_in_role("Secretary of the Narvia Hispanic Caucus") == "Narvia Hispanic Caucus"
    assert _body_in_role("Vice President of Geology & Resources") is None
    assert _body_in_role("Vice President of Sales") is None


def test_the_field_after_an_org_word_and_for_is_no_organization_of_its_own():
    mentions = [OrgMention("Marlow Institute for Technology Law & Policy"),
                OrgMention("Operations for Pendergraph Management"), OrgMention("Board of Cherry SE")]
    assert _complements(mentions) == {"Technology Law & Policy"}
    assert _complements([OrgMention("Marlow Institute for Technology Law & Policy", strong=False)]) == set()


def test_an_about_heading_that_names_an_organization_by_its_shape_is_kept():
    from summarize.release_orgs import release_organizations

    sentences = [(0, "Zentro Labs released a survey of 500 managers.", False)]
    found = release_organizations(sentences, set(), about=("Zentro Labs", "Quellor Research Institute", "Nimbo"))
    assert "Quellor Research Institute" in found  # its name says what it is, though only the About section names it
    assert "Nimbo" not in found  # a bare name needs the body too


def test_a_name_the_release_shortens_to_a_surname_is_a_person():
    from summarize.release_orgs import release_organizations

    sentences = [(0, "On Sunday, Tomasz Wrebel won the final in straight sets.", False),
                 (1, "Greek sprinter Kostas Varnelis also won on Sunday.", False),
                 (2, "Varnelis won in 2002 and Wrebel has won twice since.", False),
                 (3, "Brindle Vane has signed a deal with Ostrava Tools.", False),
                 (4, "Brindle Vane has opened a plant, and the vane makers at Brindle cheered.", False)]
    found = release_organizations(sentences, set())
    assert "Wrebel" not in found and "Varnelis" not in found
    assert "Brindle Vane" in found  # shortened to its first word, as a firm is


def test_an_acronym_defined_for_an_organization_found_otherwise_is_its_alias():
    from summarize.release_orgs import release_organizations

    text = ["In May the Humane Paws Quellor Valley (HPQV), the region's largest shelter, took in 40 dogs.",
            "Jane Roe, President of Humane Paws Quellor Valley, said the shelter is full.", "HPQV will add beds."]
    found = release_organizations([(i, s, False) for i, s in enumerate(text)], set())
    assert found == {"Humane Paws Quellor Valley": {"HPQV"}}
    text = ["Patients filed an Abbreviated New Drug Application (ANDA) in May.", "The ANDA was accepted."]
    assert release_organizations([(i, s, False) for i, s in enumerate(text)], set()) == {}


def test_a_name_the_release_writes_after_new_inside_a_sentence_keeps_it():
    from summarize.release_orgs import release_organizations

    text = ["New Quarrow Functional Psychiatry, located in Lancaster, PA, is a leading provider of care.",
            "Patients book visits through New Quarrow Functional Psychiatry in Lancaster."]
    found = release_organizations([(i, s, False) for i, s in enumerate(text)], set())
    assert list(found) == ["New Quarrow Functional Psychiatry"]


def test_a_headline_that_opens_with_a_name_is_a_second_sighting():
    from summarize.release_orgs import release_organizations

    text = [(0, "Quarrow Publishers announces the release of a new horror novel.", False),
            (1, "The novel follows a bullied teen in a small town.", False)]
    assert release_organizations(text, set(), headline="Quarrow Publishers Unleash a Dark New Horror") == {
        "Quarrow Publishers": set()}
    assert release_organizations(text, set(), headline="A Dark New Horror From Quarrow Publishers") == {}
    assert release_organizations(text, set()) == {}


def test_a_product_named_like_a_company_is_left_out_unless_the_release_names_it_as_a_body():
    from summarize.org_candidates import product_names
    from summarize.release_orgs import release_organizations

    sentences = [(0, "Quarrow Labs, a software company, steps in with its face swap tool, Pindle AI.", False),
                 (1, "Pindle AI offers flexibility regarding file sizes.", False),
                 (2, "Harbor Mutual named Velmo AI (NASDAQ: VLMO), a delivery firm, its partner.", False),
                 (3, "Harbor Mutual runs the Velmo AI platform in its branches.", False)]
    assert product_names(sentences[3][1]) == {"Velmo AI"}
    found = release_organizations(sentences, set())
    assert "Pindle AI" not in found and "Quarrow Labs" in found
    assert "Velmo AI" in found  # its ticker says it is a company


@pytest.mark.parametrize("headline, ok", [
    ("VORLAX: 20 Years of Excellence in Tools", True), ("VORLAX Opens a Plant in Ohio", True),
    ("VORLAX - A Commitment to Quality", True), ("Brindle Launches VORLAX for Home Users", False),
    ("VORLAX OPENS A PLANT IN OHIO", False),  # every word in capitals: no name stands out
])
def test_a_name_in_capitals_found_by_a_weak_cue_is_kept_when_it_opens_the_headline(headline, ok):
    from summarize.release_orgs import release_organizations

    sentences = [(0, "As a reliable tool supplier, VORLAX has built long-term partnerships.", False),
                 (1, "VORLAX tools reach customers worldwide.", False)]
    assert ("VORLAX" in release_organizations(sentences, set(), headline=headline)) is ok


def test_what_a_headline_has_another_organization_launch_is_its_product():
    from summarize.release_orgs import release_organizations

    sentences = [(0, "Quarrow Labs announced the launch of Pindlo, a marketing operating system.", False),
                 (1, "Pindlo offers campaign insights, and Pindlo leverages lead data.", False)]
    found = release_organizations(sentences, set(), headline="Quarrow Labs Unveils Pindlo: A Marketing System")
    assert "Quarrow Labs" in found and "Pindlo" not in found
    # with no organization launching it, a founder's start-up stays
    found = release_organizations(sentences, set(), headline="Mara Quist Launches Pindlo for Small Firms")
    assert "Pindlo" in found


def test_a_number_written_before_a_name_every_time_is_part_of_it_and_before_a_street_an_address():
    from summarize.release_orgs import release_organizations

    sentences = [(0, "Quarrow Labs opened 42 Handles Corp. in Ohio.", False),
                 (1, "Shoppers love 42 Handles Corp. and its frozen yogurt.", False),
                 (2, "The firm has offices at 18 Brindle Vane Road, and 18 Brindle Vane Road announced a fair.", False),
                 (3, "Visit 18 Brindle Vane Road today.", False)]
    found = release_organizations(sentences, set())
    assert "42 Handles Corp." in found and "Handles Corp." not in found
    assert not any("Brindle Vane" in name for name in found)


def test_a_number_or_coined_word_before_most_sightings_and_the_headline_is_part_of_the_name():
    from summarize.release_orgs import release_organizations

    sentences = [(0, "Since its opening, 7Q Bait Shop announced longer hours on the lake.", False),
                 (1, "Anglers praise the staff at 7Q Bait Shop for their advice.", False),
                 (2, "In the summer, Bait Shop in Lake Harl adds longer hours.", False),
                 (3, "Quarrow Labs opened 318 Pindle Studio in Avalon.", False),
                 (4, "Pindle Studio Inc. is a design firm.", False)]
    found = release_organizations(sentences, set(), headline="318 Pindle Studio Marks Two Years - 7Q Bait Shop Too")
    assert "7Q Bait Shop" in found and "Bait Shop" not in found
    assert "318 Pindle Studio Inc." in found  # its legal suffix left off where the number stands
    sentences = [(0, "The 2024 Quellor Motors catalogue lists the roadster.", False),
                 (1, "Fans of the 2024 Quellor Motors range queued.", False)]
    assert "Quellor Motors" in release_organizations(sentences, set(), headline="2024 Quellor Motors Roadster Wins")


def test_a_title_and_a_person_the_release_names_are_no_organization():
    from summarize.release_orgs import release_organizations

    sentences = [(0, "Quarrow Labs signed an agreement with Harbor Mutual, CEO Mara Quist said on Monday.", False),
                 (1, "Mara Quist, chief executive of Quarrow Labs, spoke at the Law Office of Mara Quist.", False)]
    found = release_organizations(sentences, set())
    assert "Harbor Mutual" in found and "Law Office of Mara Quist" in found
    assert not any(name.endswith("CEO Mara Quist") for name in found)


def test_a_release_names_a_body_cut_short_once():
    from summarize.release_orgs import release_organizations

    sentences = [(0, "Officers of the Quarrow Police Department arrived at noon.", False),
                 (1, "The Police Department said the road was closed.", False),
                 (2, "The Police Department later opened it.", False)]
    assert release_organizations(sentences, set()) == {"Quarrow Police Department": {"Police Department"}}


def test_a_name_opening_on_another_ones_initials_is_that_organization():
    from summarize.release_orgs import release_organizations

    sentences = [(0, "The Quarrow Valley Foundation funds research.", False),
                 (1, "The QV Foundation said the grant would double.", False),
                 (2, "The QV Foundation opened an office.", False)]
    assert release_organizations(sentences, set()) == {"Quarrow Valley Foundation": {"QV Foundation"}}


def test_a_name_ending_in_the_surname_of_a_person_named_by_honorific_is_that_person():
    from summarize.release_orgs import release_organizations

    sentences = [(0, '"Quorin Vellard has been a valuable contributor on security issues," said a spokeswoman.', False),
                 (1, "Quorin Vellard was director of the Avalon Security Division within the Avalon Department of Safety.", False),
                 (2, "Mr Vellard took up his post in May.", False)]
    assert release_organizations(sentences, set()) == {"Avalon Department of Safety": set()}


def test_a_well_known_product_or_coin_is_no_organization_unless_someone_works_for_it():
    from summarize.release_orgs import release_organizations

    sentences = [(0, "Shoppers now ask platforms like ChatGPT and Quarrow Labs for advice.", False),
                 (1, "Harbor Mutual partners with Quarrow Labs on payments in Bitcoin (BTC).", False),
                 (2, "Quarrow Labs, a software company, also holds Bitcoin.", False)]
    found = release_organizations(sentences, set())
    assert "Quarrow Labs" in found and "ChatGPT" not in found and "Bitcoin" not in found
    assert "Bitcoin" in release_organizations(sentences, set(), about=("Bitcoin",))


def test_a_short_form_an_executive_works_for_is_not_listed_twice():
    from summarize.pipeline import summarize_text

    text = ("Quarrowfin Biopharma Ltd. (NASDAQ: QRWF) today announced a new trial in Ohio.\n\n"
            "\u201cWe are pleased,\u201d said Mara Quist, Quarrowfin\u2019s Chief Business Officer.\n")
    orgs = [o.name for o in summarize_text(text).participants.organizations]
    assert orgs == ["Quarrowfin Biopharma Ltd."]


def test_a_name_of_ordinary_words_the_release_writes_as_a_lower_case_phrase_is_none():
    from summarize.release_orgs import release_organizations

    sentences = [(0, "Mara Quist joined Harbor Mutual, a firm working in all areas of construction law.", False),
                 (1, "Peers rank her among the Rising Stars in Construction Law, said Harbor Mutual.", False),
                 (2, "She once advised the Quarrow Labs board and the Chinese foreign ministry.", False),
                 (3, "The Foreign Ministry said it agreed, and Quarrow Labs did too.", False)]
    found = release_organizations(sentences, set())
    assert "Construction Law" not in found and "Harbor Mutual" in found
    assert "Foreign Ministry" in found  # a proper word before its lower-case form: still a body


def test_a_party_found_by_its_members_word_is_listed_under_the_party_s_name():
    from summarize.release_orgs import _parties_named

    assert _parties_named({"Tory": set(), "Harbor Mutual": set()}) == {"Conservative Party": {"Tory"}, "Harbor Mutual": set()}
    assert _parties_named({"Liberal Democrats": set(), "Lib Dem": set()}) == {"Liberal Democrats": {"Lib Dem"}}
    assert _parties_named({"Labour": set()}) == {"Labour": set()}  # the party's own name


def test_a_company_the_headline_names_with_its_legal_suffix_is_an_organization():
    from summarize.release_orgs import release_organizations

    sentences = [(0, "The shareholders of quarrow solar AG are invited to the annual meeting on 6 May.", False),
                 (1, "The meeting will be held in Berlin.", False)]
    found = release_organizations(sentences, {"Berlin"}, headline="Invitation to the Annual Meeting of Quarrow Solar AG")
    assert list(found) == ["Quarrow Solar AG"]
    # its verbs and small words are no part of its name; a name the body never writes is left
    found = release_organizations(sentences, {"Berlin"}, headline="Harbor Mutual Files Suit Against Quarrow Solar AG")
    assert list(found) == ["Quarrow Solar AG"]
    assert not release_organizations(sentences, {"Berlin"}, headline="Harbor Mutual Signs Deal With Tessel Labs Inc.")


def test_a_club_found_by_the_last_word_of_its_name_is_listed_under_its_full_name():
    from summarize.release_orgs import _clubs_named

    text = "Leeds United beat Harbor Mutual on Sunday.\nThe win lifts United to third, said the United boss."
    assert _clubs_named({"United": set(), "Harbor Mutual": set()}, text) == {
        "Leeds United": {"United"}, "Harbor Mutual": set()}
    # two towns' clubs share the word: which one is unknown
    assert _clubs_named({"United": set()}, text + "\nManchester United lost.") == {"United": set()}
    assert _clubs_named({"United": set()}, "The United boss spoke.") == {"United": set()}


def test_a_town_and_an_event_s_word_name_a_tournament_not_a_body():
    from summarize.release_orgs import _a_town_s_event, release_organizations

    assert _a_town_s_event("Sydney International") and _a_town_s_event("Leeds Marathon")
    assert not _a_town_s_event("Harbor International") and not _a_town_s_event("Leeds Union International")
    sentences = [(0, "Mara Quist won the Sydney International on Saturday.", False),
                 (1, "The Sydney International is her first title since Quarrow Labs signed her.", False)]
    assert "Sydney International" not in release_organizations(sentences, set())


def test_an_affiliation_run_on_past_its_suffix_into_the_next_sentence_ends_at_the_suffix():
    from summarize.release_orgs import release_organizations

    text = ["The firm left bankruptcy last year and changed its name to Quarrow Inc. "
            "Former Harbortel chief executive Tomas Vell faces trial this month."]
    found = release_organizations([(i, s, False) for i, s in enumerate(text)], set())
    assert not any("Former" in name for name in found)
    from summarize.organizations import ends_at_its_suffix

    assert ends_at_its_suffix("Quarrow Co. Ltd.") == "Quarrow Co. Ltd."


def test_the_release_s_own_company_in_ordinary_words_stays_though_the_words_are_written_low():
    from summarize.release_orgs import release_organizations

    text = ["Fresh Home Services announced a new plant in Avalon on Monday.",
            "The plant will offer fresh home services to farms and towns."]
    sentences = [(i, s, False) for i, s in enumerate(text)]
    assert "Fresh Home Services" in release_organizations(sentences, set(), headline="Fresh Home Services Opens Plant in Avalon")
    text[0] = "Shares of Fresh Home Services rose 5% on Monday."
    sentences = [(i, s, False) for i, s in enumerate(text)]
    assert "Fresh Home Services" in release_organizations(sentences, set(), about=("Fresh Home Services",))
    # an ordinary phrase the release names nowhere as its own is still dropped
    assert "Fresh Home Services" not in release_organizations(sentences, set())


def test_an_about_heading_run_into_its_paragraph_names_the_release_s_company():
    from summarize.pipeline import clean_text
    from summarize.release_orgs import about_names

    text = ("# Invitation to the Earnings Call of Quarrow Network SE - Quarterly Statement Q1/2026\n\n"
            "AVALON, GERMANY - April 29, 2026 - Dr Mara Quist (CEO) invites all investors to the Earnings Call "
            "on 6 May 2026. The conference language is English.\n\n"
            "About Quarrow Network SE: Quarrow Network SE is the leading provider of lotteries on the internet. "
            "Founded in 1999, it went public in 2005.")
    document = clean_text(text)
    assert about_names(document) == ("Quarrow Network SE",)
    from summarize.participants import extract_participants

    assert "Quarrow Network SE" in {o.name for o in extract_participants(document).organizations}


def test_the_name_a_headline_opens_on_before_its_verb_is_the_release_s_company():
    from summarize.release_orgs import release_organizations

    text = ["Quillfab has firmly established itself as a trusted brand in music software.",
            "Built on years of work, Quillfab serves millions of listeners worldwide."]
    sentences = [(i, s, False) for i, s in enumerate(text)]
    assert "Quillfab" in release_organizations(sentences, set(), headline="Quillfab Launches New Radio Converter")
    # a person's name before the verb is no company: "Mara West Joins Acme"
    text = ["Acme Labs announced the appointment of Mara West as Senior Advisor.", "Mara West led banks for years."]
    sentences = [(i, s, False) for i, s in enumerate(text)]
    assert "Mara West" not in release_organizations(sentences, set(), headline="Mara West Joins Acme Labs as Advisor")


def test_a_dateline_ending_on_its_issuer_between_slashes_names_the_release_s_company():
    from summarize.pipeline import clean_text
    from summarize.release_orgs import about_names

    text = ("# Custom SEO Strategies to Enhance Your Business\n\n"
            " Avalon Park, United States - April 5, 2025 / Quarrow Web Marketing /\n\n"
            "In the digital age, companies need a strong online presence. As a standout SEO agency, "
            "Quarrow Web Marketing tailors each plan to its client.")
    document = clean_text(text)
    assert about_names(document) == ("Quarrow Web Marketing",)
    # ordinary words alone that the body never gives are a distributor's name, not the company's
    document = clean_text(text.replace("Quarrow Web Marketing /", "Digital Agency /"))
    assert about_names(document) == ()


def test_the_headline_s_company_written_low_once_is_still_a_name():
    from summarize.release_orgs import release_organizations

    text = ["In fast-paced crypto, Quillnode is excited to launch a free staking plan.",
            "Start with quillnode's free staking plan!", "Quillnode is democratizing staking."]
    sentences = [(i, s, False) for i, s in enumerate(text)]
    headline = "Quillnode Introduces Free Staking Plan"
    assert "Quillnode" in release_organizations(sentences, set(), headline=headline)
    # a word written low with its article is the word: "Rescuers" beside "the rescuers"
    text[1] = "Start with the quillnode plan!"
    sentences = [(i, s, False) for i, s in enumerate(text)]
    assert "Quillnode" not in release_organizations(sentences, set(), headline=headline)


def test_a_headline_company_the_body_names_only_by_its_defined_short_name():
    from summarize.release_orgs import release_organizations

    text = ["QRNX’s network of agencies focuses on data-driven strategy.",
            "For years, speed was the measure of marketing, and QRNX thinks strategy now wins."]
    sentences = [(i, s, False) for i, s in enumerate(text)]
    found = release_organizations(sentences, set(), headline="QRNX Holding Corp. (QRNX): In Marketing’s AI Era, Strategy Wins")
    assert found == {"QRNX Holding Corp.": {"QRNX"}}


def test_a_ticker_s_colon_in_an_about_heading_does_not_end_the_name():
    from summarize.pipeline import clean_text
    from summarize.release_orgs import about_names

    text = ("# Quarrow Robotics Inc. Reports Record Sales for the Second Quarter of 2026\n\n"
            "RENO, Nev., May 4, 2026 - Quarrow Robotics Inc. (NASDAQ: QRBT) said sales rose 20 percent in the "
            "quarter. Mara Quist, chief executive officer, said the new plant was running.\n\n"
            "About Quarrow Robotics Inc. (NASDAQ: QRBT) Quarrow Robotics Inc. makes warehouse robots. It was founded in 2001.")
    assert not any("(NASDAQ" in n for n in about_names(clean_text(text)))  # (was "Quarrow Robotics Inc. (NASDAQ")


def test_a_product_an_about_heading_describes_is_no_organization_for_being_in_the_headline():
    from summarize.participants import extract_participants
    from summarize.pipeline import clean_text

    text = ("# Harbor Robotics Adds Support for Quarrow Vision Pro\n\n"
            "RENO, Nev., May 4, 2026 - Harbor Robotics said its arms now work with the headset. "
            "Mara Quist, chief executive officer of Harbor Robotics, said the update ships today.\n\n"
            "About Quarrow Vision Pro\n\nQuarrow Vision Pro is a headset for engineers.")
    assert [o.name for o in extract_participants(clean_text(text)).organizations] == ["Harbor Robotics"]
