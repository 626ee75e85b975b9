"""Organization evidence: what the sentence around a name says (the finder)."""
from __future__ import annotations

import pytest

from summarize.org_merge import merge
from summarize.org_names import OrgMention, clean_org, is_org_name
from summarize.organizations import sentence_orgs


def test_role_prefix_is_cut_from_organization():
    names = [m.name for m in sentence_orgs("Tim Ash, CEO of Quarry Stone Group, spoke.")]
    assert "Quarry Stone Group" in names
    assert not any(n.startswith("CEO") for n in names)


def test_items_of_a_cued_list_are_organizations():
    names = [m.name for m in sentence_orgs("It served clients including Norvik, Talbot Freight and Quellix.")]
    assert names == ["Norvik", "Talbot Freight", "Quellix"]


def test_possessive_institution_and_place_after_org_word():
    names = [m.name for m in sentence_orgs("She taught at Queen's College London and Avalon Tech.")]
    assert "Queen's College London" in names
    assert is_org_name("Queen's College London")
    assert is_org_name("Council on Coastal Waters")


def test_date_after_on_and_inner_the_do_not_extend_names():
    names = [m.name for m in sentence_orgs("The rule was set by Harbor Markets Group on March 3, 2025.")]
    assert "Harbor Markets Group" in names
    names = [m.name for m in sentence_orgs("The Pine Valley Festival The Pine Valley Arts Alliance announced its lineup.")]
    assert "Pine Valley Arts Alliance" in names
    assert not any("Festival The" in n for n in names)


def test_an_abbreviated_month_after_on_does_not_extend_a_name():
    names = [m.name for m in sentence_orgs("Nurses trained with the Quellor Heart Association on Sept. 16 at the arena.")]
    assert "Quellor Heart Association" in names
    assert not any(n.endswith("Sept") for n in names)


def test_sponsors_are_organizations_but_possessive_owners_and_products_are_not():
    names = [m.name for m in sentence_orgs("The gala is sponsored by Brightloom, Kestrel Group and Maplewick.")]
    assert {"Brightloom", "Maplewick"} <= set(names)
    names = [m.name for m in sentence_orgs("It works in collaboration with Zentrix’s flagship platform.")]
    assert "Zentrix" not in names
    names = [m.name for m in sentence_orgs("Super Saver Plan offers unlimited data to members.")]
    assert "Super Saver Plan" not in names


def test_heading_glued_after_about_is_collapsed():
    names = [m.name for m in sentence_orgs("About Lumen Works Co. Lumen Works Co. is a design studio.")]
    assert "Lumen Works Co." in names
    assert not any(n.count("Lumen") > 1 for n in names)


def test_ordinary_words_before_a_practice_name_no_organization():
    assert not is_org_name("Customer Relationship Management")
    assert not is_org_name("Predictive Data Analytics")
    assert is_org_name("Global Credit Products Group")  # ordinary words, but a body's head word
    assert is_org_name("Crane Data Analytics")  # a proper word makes it a name
    assert is_org_name("Advanced Risk Management, Inc.")  # and so does a legal suffix
    found = sentence_orgs("The firm offers Customer Relationship Management (CRM) tools.")
    assert [m.name for m in found] == []


def test_two_organizations_joined_by_and_are_two():
    names = {m.name for m in sentence_orgs("Grants came from the College of the Pines and Harbor Mayo Hospital.")}
    assert {"College of the Pines", "Harbor Mayo Hospital"} <= names
    names = {m.name for m in sentence_orgs("She chairs the Council on Lifestyle and Coastal Health this year.")}
    assert "Coastal Health" not in names  # "and" joins the complement of "Council on"


def test_an_ordinary_org_word_before_and_does_not_split_a_commission():
    names = {m.name for m in sentence_orgs("The plan won approval from the Quarrow Oil and Gas Commission this week.")}
    assert "Quarrow Oil and Gas Commission" in names and "Quarrow Oil" not in names
    names = {m.name for m in sentence_orgs("Supply deals were signed by Quarrow Oil and Velmor Gas Partners.")}
    assert {"Quarrow Oil", "Velmor Gas Partners"} <= names
    names = {m.name for m in sentence_orgs("In a filing with the Avalon Securities and Exchange Commission, Quarrow Oil said so.")}
    assert "Avalon Securities and Exchange Commission" in names


@pytest.mark.parametrize("sentence, orgs", [
    ("She holds a Master of Business Administration from Avalon University.", ["Avalon University"]),
    ("He earned a Bachelor of Science in Civil Engineering at Avalon University.", ["Avalon University"]),
    ("He earned a B.S. in Health Administration at Avalon University.", ["Avalon University"]),
    ("She has a degree in Aerospace Engineering from Avalon University.", ["Avalon University"]),
    ("He joined the Small Business Administration in 2010.", ["Small Business Administration"]),
])
def test_a_degree_or_its_field_of_study_is_no_organization(sentence, orgs):
    assert [m.name for m in sentence_orgs(sentence)] == orgs


def test_an_event_name_cut_after_its_number_is_no_organization():
    sentence = "Clene Inc. will present at the H.C. Wainwright 26th Annual Global Investment Conference."
    assert "Annual Global Investment" not in [m.name for m in sentence_orgs(sentence)]
    assert "Clene Inc." in [m.name for m in sentence_orgs(sentence)]


def test_a_name_alone_in_quotes_is_a_title_unless_it_is_defined_there():
    names = {m.name for m in sentence_orgs('Her books include "The Healing Power of Your Aura" and more.')}
    assert "Healing Power of Your Aura" not in names and "The Healing Power of Your Aura" not in names
    names = {m.name for m in sentence_orgs('It files with the Securities and Exchange Commission (the "SEC").')}
    assert "Securities and Exchange Commission" in names


def test_a_second_role_after_and_is_no_part_of_the_organization():
    names = {m.name for m in sentence_orgs('"Good," said Omar Haddad, Executive Vice President of Tidewell Bank and '
                                           'President and Chief Operating Officer of Tidewell Insurance.')}
    assert "Tidewell Bank" in names
    assert not any(" and " in n or n.startswith("Chief") for n in names)
    assert clean_org("Department of Health and Human Services") == "Department of Health and Human Services"


def test_a_name_with_and_inside_is_one_organization():
    names = [m.name for m in sentence_orgs("Prices rose, said the Tax and Trade Board.")]
    assert names == ["Tax and Trade Board"]
    found = sentence_orgs("Inspectors of the Boating Safety and Health Administration (BSHA) came.")
    assert [(m.name, m.aliases) for m in found][:1] == [("Boating Safety and Health Administration", ("BSHA",))]
    assert "Health Administration" not in [m.name for m in found]


def test_an_acronym_spelling_the_end_of_a_name_defines_all_of_it():
    found = sentence_orgs("It holds a permit from the Alcohol and Pepper Tax and Trade Bureau (TTB).")
    assert ("Alcohol and Pepper Tax and Trade Bureau", ("TTB",)) in [(m.name, m.aliases) for m in found]
    assert not any(m.name in ("Tax and Trade Bureau", "Trade Bureau") for m in found)


def test_an_acronym_keeps_the_commas_of_its_name():
    found = sentence_orgs("The Office for Fish, Seeds and Rural Affairs (OFSRA) agreed.")
    assert ("Office for Fish, Seeds and Rural Affairs", ("OFSRA",)) in [(m.name, m.aliases) for m in found]


def test_two_names_joined_by_and_stay_two():
    assert [m.name for m in sentence_orgs("Norvik Capital and Talbot Partners signed.")] == ["Norvik Capital", "Talbot Partners"]
    # the last "and" of a list
    names = [m.name for m in sentence_orgs("Panelists come from Lava, Domain Money and True Trading Group.")]
    assert "Domain Money and True Trading Group" not in names


def test_ordinary_words_after_a_head_and_for_are_its_field():
    assert is_org_name("Marlow Institute for Technology Law & Policy")
    assert is_org_name("Center for Trade and Energy Policy")
    names = [m.name for m in sentence_orgs("She leads the Marlow Institute for Technology Law & Policy today.")]
    assert names == ["Marlow Institute for Technology Law & Policy"]
    assert not is_org_name("University of Avalon Research Program")
    assert not is_org_name("Podcast of the Year")


def test_a_call_to_action_verb_is_not_part_of_the_name():
    assert [m.name for m in sentence_orgs("Join Norvik Mining and grow your income.")] == ["Norvik Mining"]
    assert [m.name for m in sentence_orgs("Explore Talbot Health's services here.")] == ["Talbot Health"]
    # the verb of the sentence follows: the name is the subject
    assert "Discover Harbor Holdings" in [m.name for m in sentence_orgs("Discover Harbor Holdings reported growth.")]


def test_a_headline_verb_separates_two_organizations():
    found = sentence_orgs("Quarry Stone Partners Updates Coverage on Talbot Freight Corp. (NASDAQ: TFC)")
    names = {m.name for m in found}
    assert {"Quarry Stone Partners", "Talbot Freight Corp."} <= names
    assert not any("Updates" in n for n in names)


def test_a_name_ending_a_quoted_title_is_the_title():
    assert sentence_orgs('They published "What Comes Next for the Avalon Field Amid Rising Venture Capital".') == []


def test_an_acronym_for_a_kind_of_thing_defines_no_organization():
    assert sentence_orgs("The panel covered Exchange-Listed Notes (ELNs), trends and risks.") == []
    assert sentence_orgs("It launched its first Exchange-Listed Note (ELN) on Monday.") == []
    assert sentence_orgs("Members formed a Decentralized Avalon Organization (DAO) to vote.") == []
    # one body, whatever the article says of the word after it
    found = sentence_orgs("It cited a Coastal Trade Organization (CTO) report.")
    assert ("Coastal Trade Organization", ("CTO",)) in [(m.name, m.aliases) for m in found]


def test_a_list_after_a_kind_of_organization_names_organizations():
    names = [m.name for m in sentence_orgs("The store stocks top brands like Norvane, Quellor, and Brisk Hollow.")]
    assert {"Norvane", "Quellor", "Brisk Hollow"} <= set(names)
    names = [m.name for m in sentence_orgs("Fees may be paid through a pay-later provider like Zipwell or Paylo.")]
    assert {"Zipwell", "Paylo"} <= set(names)
    names = [m.name for m in sentence_orgs("It works with key players in the market like Dunmore’s to build tools.")]
    assert "Dunmore’s" in names  # a name ending in "’s" that owns nothing after it


def test_a_kind_list_stops_where_its_items_do():
    names = [m.name for m in sentence_orgs("It works with Korean platforms such as Kestro and Avalonian companies like Nimbo.")]
    assert {"Kestro", "Nimbo"} <= set(names) and "Avalonian" not in names  # a qualifier, not an item
    names = [m.name for m in sentence_orgs("It runs ads across platforms like Zentro and Quibb, AI-powered tracking and more.")]
    assert "AI-powered" not in names
    names = [m.name for m in sentence_orgs("Zentro offers staking on its platform, including ZTC, QTH and other assets.")]
    assert "ZTC" not in names  # "including" after one platform lists what it offers


def test_the_head_of_a_business_names_it():
    names = [m.name for m in sentence_orgs("Jane Roe, President and CEO of Quellora, will speak.")]
    assert "Quellora" in names
    found = sentence_orgs("Jane Roe – President of Friends in Film & Music Avalon (FIFMA) spoke.")
    assert any(m.name == "Friends in Film & Music Avalon" and "FIFMA" in m.aliases for m in found)
    for sentence in ("Jane Roe, Vice President of Merchandising Operations, spoke.",  # a function
                     "Secretary of State Jane Roe spoke.",
                     "John Roe, CEO of AI-based Edutech startup Zentrix, spoke."):  # a noun follows
        assert not [m.name for m in sentence_orgs(sentence) if m.name.startswith(("Merch", "State", "Edutech"))]


def test_an_acronym_with_a_letter_more_is_still_the_name_before_it():
    found = sentence_orgs("The Avalon Latino Film Alliance (AVLFA) announced its lineup.")
    assert any(m.name == "Avalon Latino Film Alliance" and m.aliases == ("AVLFA",) for m in found)
    found = sentence_orgs("The Avalon Film Alliance (XYZ) announced its lineup.")
    assert not any("XYZ" in m.aliases for m in found)  # letters that do not spell it


def test_an_item_among_named_organizations_is_one():
    names = [m.name for m in sentence_orgs("She taught at Avalon University, Quellor Institute and ZSUA among others.")]
    assert "ZSUA" in names
    names = [m.name for m in sentence_orgs("He worked at Norvik Holdings, Talbot Freight Inc. and Quellix.")]
    assert "Quellix" in names
    names = [m.name for m in sentence_orgs("Jane Roe, CEO, Norvik Holdings, Talbot Freight Inc. and Quellix.")]
    assert "CEO" not in names
    names = [m.name for m in sentence_orgs("He met Norvik Holdings and Quellix.")]
    assert "Quellix" not in names  # one named organization beside it is too little


def test_the_owner_of_an_annual_conference_holds_it():
    names = [m.name for m in sentence_orgs("Acme will join H.R. Quarrington’s 12th Annual Global Growth Conference.")]
    assert "H.R. Quarrington" in names
    names = [m.name for m in sentence_orgs("Jane Roe’s remarks opened the Annual Global Growth Conference.")]
    assert "Jane Roe" not in names


def test_a_place_that_opens_a_name_keeps_its_first_word():
    from summarize.org_names import clean_org

    assert clean_org("The New York Stock Exchange") == "New York Stock Exchange"
    assert clean_org("New Acme Labs") == "Acme Labs"  # "new" before any other name is no part of it
    assert clean_org("The New Quarrow Mining Company") == "New Quarrow Mining Company"  # a capitalized "The" says so
    names = [m.name for m in sentence_orgs("Investors in The New Quarrow Mining Company cheered.")]
    assert names == ["New Quarrow Mining Company"]


@pytest.mark.parametrize("sentence, name", [
    ("It was named one of Ohio's Most Admired Companies this year.", "Most Admired Companies"),
    ("Adjusted EBITDA of $295,000 beat the forecast.", "Adjusted EBITDA"),
    ("The 2025 Inc. Power Partners list honors advisers.", "Inc. Power Partners"),
])
def test_award_lists_and_metrics_are_no_organizations(sentence, name):
    assert name not in [m.name for m in sentence_orgs(sentence)]


def test_a_name_ending_in_a_lower_case_compound_is_a_description():
    assert "Award-winning" not in [m.name for m in sentence_orgs("Award-winning Acme Labs opened a plant.")]


def test_a_country_in_brackets_is_no_ticker_and_a_market_may_follow_the_exchange():
    from summarize.organizations import ticker_orgs

    assert ticker_orgs("Harpists such as Marie Dulac (France) and Ines Vogt (Six Nations) played.") == []
    assert ticker_orgs("Kestrel Mining Corp. (NasdaqGS: KSTM) reported.") == [OrgMention("Kestrel Mining Corp.", ("KSTM",))]
    assert ticker_orgs("Fenwick Bancorp (NASDAQ Global Select Market: FNWK) reported.")[0].aliases == ("FNWK",)
    assert ticker_orgs("Avalon Leaf Inc. (OTCMKTS: AVLF) grew.")[0].aliases == ("AVLF",)  # not "OTCMKTS"


@pytest.mark.parametrize("sentence, name", [
    ("The deal lets oil firm Varnokol sell gas abroad.", "Varnokol"),
    ("Shares in budget carrier Skyvane rose on Monday.", "Skyvane"),
    ("Regulators fined retail giant Brimmart last year.", "Brimmart"),
    ("The state broadcaster Telvira said talks had failed.", "Telvira"),
])
def test_a_kind_of_business_before_a_name_makes_it_an_organization(sentence, name):
    assert name in [m.name for m in sentence_orgs(sentence)]


@pytest.mark.parametrize("sentence", [
    "Guests can watch the game on giant Lumora screens.",  # an adjective, not "gas giant"
    "The aircraft carrier Valiance sailed at dawn.",
    "The software firm Orbelle, Jane Roe and Tom Blake met in May.",  # a kind makes no list
    "He swapped a cross-chain Dexor token for cash.",
])
def test_a_kind_word_that_is_no_business_cue(sentence):
    assert [m.name for m in sentence_orgs(sentence) if m.name in ("Lumora", "Valiance", "Jane Roe", "Dexor")] == []


@pytest.mark.parametrize("sentence, org", [
    ("Quillon is a leading maker of garden tools.", True),
    ("Brightwave is the largest independent, family-owned utility in the region.", True),
    ("Varga is a great coach and a good man.", False),  # "is a" alone says nothing of a body
    ("Tarvik is a big city in the north.", False),
    ("Marlo is one of the highest honors within our organization.", False),
])
def test_is_a_makes_an_organization_only_before_an_organization_noun(sentence, org):
    name = sentence.split()[0]
    assert (OrgMention(name, strong=False) in sentence_orgs(sentence)) is org


@pytest.mark.parametrize("sentence, name, trade", [
    ("The deal joined Quarry Works, LLC dba Granite Row Builders and Beta Labs.", "Quarry Works, LLC", "Granite Row Builders"),
    ("Talvo Inc. (OTC: TLVO), doing business as Brightline Media, reported sales.", "Talvo Inc.", "Brightline Media"),
    ("The suit names Orvane, Inc. d/b/a Pixlo as defendant.", "Orvane, Inc.", "Pixlo"),
    ("The suit names Orvane, Inc. D/B/A Pixlo as defendant.", "Orvane, Inc.", "Pixlo"),
    ("Orvane Labs DBA Pixlo Media reported sales.", "Orvane Labs", "Pixlo Media"),  # capitals run the span over
])
def test_a_trade_name_is_an_alias_of_the_company(sentence, name, trade):
    assert OrgMention(name, (trade,)) in sentence_orgs(sentence)


def test_a_list_after_giants_names_organizations():
    names = [m.name for m in sentence_orgs("She worked with retail giants like Brimmart and Costavo for years.")]
    assert "Brimmart" in names and "Costavo" in names


def test_an_apposition_about_someone_behind_a_company_is_no_organization():
    assert "Tovik Bereszi" not in [m.name for m in sentence_orgs(
        "Tovik Bereszi, the man behind the Quellor games group, has bought it back.")]
    assert "Quellor Games" in [m.name for m in sentence_orgs("Quellor Games, the games group, has bought it back.")]


@pytest.mark.parametrize("sentence, name", [
    ("The firm signed a partnership with Under Lumen last week.", "Under Lumen"),
    ("New Quarry Gold Inc. (TSX: NQG) reported output.", "New Quarry Gold Inc."),
    ("Fans queued outside the All Avalon Club on Sunday.", "All Avalon Club"),
])
def test_a_word_that_opens_names_is_kept_inside_a_sentence_or_before_a_suffix(sentence, name):
    assert name in [m.name for m in sentence_orgs(sentence)]


def test_a_force_or_a_mutual_is_an_organization():
    assert is_org_name("Coastal Flood Task Force")
    assert is_org_name("Liberty Harbor Mutual")
    from tests.test_people import found_in

    assert found_in("She was Chair of its Harbor Safety Task Force.") == []


def test_an_acronyms_full_name_described_as_a_body_is_an_organization():
    names = {m.name: m.aliases for m in sentence_orgs(
        "Bright Harbor Technology (BHT), one of Norland's leading sports nutrition brands, announced a deal.")}
    assert names.get("Bright Harbor Technology") == ("BHT",)


def test_a_quoted_short_name_joins_a_name_with_and_inside():
    # the alias spells the whole ("Lantern Rates and Tariffs Counsel"), not the part after "and"
    found = sentence_orgs('Lantern Rates and Tariffs Counsel LLC ("LRT Counsel") opened an office.')
    assert OrgMention("Lantern Rates and Tariffs Counsel LLC", ("LRT Counsel",)) in found
    assert not any(m.name.startswith("Tariffs") for m in found)
    found = sentence_orgs("The case was filed by Quarrow Metals and Alloys, LLC (“Quarrow Metals”) last week.")
    assert {m.name for m in found if "Alloys" in m.name} == {"Quarrow Metals and Alloys, LLC"}


def test_a_quoted_short_name_of_several_words_is_an_alias():
    found = sentence_orgs('Tollan Bright Hydrogen Works Ltd. ("TollanBright Works") signed it.')
    assert OrgMention("Tollan Bright Hydrogen Works Ltd.", ("TollanBright Works",)) in found
    merged = merge([OrgMention("Mara Al Quist Gas Distribution LLC", ("Mara Al Gas",)), OrgMention("Mara Al Gas")])
    assert merged == {"Mara Al Quist Gas Distribution LLC": {"Mara Al Gas"}}


def test_a_defined_acronym_before_a_corporate_verb_names_an_organization():
    found = sentence_orgs("The Quellor Community Kitchen (QCK) announces its fourth annual auction.")
    assert OrgMention("Quellor Community Kitchen", ("QCK",), strong=False) in found
    assert not any(m.name == "Internet of Things" for m in sentence_orgs("The Internet of Things (IoT) has been a catalyst."))
    assert not any(m.name == "Quarrow Ledger Protocol" for m in sentence_orgs("The Quarrow Ledger Protocol (QLP) is a blockchain network."))


def test_plural_partnerships_and_agreements_cue_organizations():
    names = [m.name for m in sentence_orgs("It formed partnerships with QRV Holdings, Talbot Freight and Quellix.")]
    assert {"QRV Holdings", "Quellix"} <= set(names)
    names = [m.name for m in sentence_orgs("It signed supply agreements with Harlow Tanneries on Monday.")]
    assert "Harlow Tanneries" in names


def test_where_a_business_is_may_stand_between_its_name_and_its_verb():
    found = sentence_orgs("Quarrow Functional Psychiatry, located in Lancaster, PA, is a leading provider of care.")
    assert OrgMention("Quarrow Functional Psychiatry", strong=False) in found


def test_the_patent_office_is_one_body_though_and_splits_it():
    names = [m.name for m in sentence_orgs("Quarrow Labs won a patent from the US Patent and Trademark Office in May.")]
    assert "US Patent and Trademark Office" in names and "Trademark Office" not in names


def test_a_coined_word_of_digits_and_capitals_stays_in_the_name():
    names = [m.name for m in sentence_orgs("Today Quarrow 3D Printing Corp. (OTC: QTDP) opened a plant.")]
    assert "Quarrow 3D Printing Corp." in names
    assert "Quarrow" not in names


def test_a_show_is_an_event_or_a_programme_not_an_organization():
    assert not is_org_name("Quarrow International Motor Show")
    names = [m.name for m in sentence_orgs("Acme Labs will exhibit at the Quarrow Boat Show in May.")]
    assert "Acme Labs" in names and "Quarrow Boat Show" not in names


def test_a_token_or_a_coin_is_a_product_not_its_maker():
    names = [m.name for m in sentence_orgs("Quarrow Token offers holders a share of fees.")]
    assert "Quarrow Token" not in names
    assert not is_org_name("Harbor Game Coin")


@pytest.mark.parametrize("sentence, name", [
    ("She spoke at the UN Economic and Social Council in May.", "UN Economic and Social Council"),
    ("He studied at the Virtual Quarrow Education and Resource Center in May.", "Virtual Quarrow Education and Resource Center"),
])
def test_ordinary_words_after_and_finish_the_name_before_it(sentence, name):
    assert [m.name for m in sentence_orgs(sentence)] == [name]


def test_two_bodies_joined_by_and_stay_two():
    names = [m.name for m in sentence_orgs("It works with Quarrow Labs and Research Institute staff.")]
    assert "Quarrow Labs" in names
    names = [m.name for m in sentence_orgs("Strengthened Liquidity and Capital Resources")]
    assert not any(" and " in n for n in names)


def test_a_place_that_is_a_first_name_too_makes_a_name_of_ordinary_words_a_possible_organization():
    # "Georgia" and "Art" are first names, "Gentle" an ordinary word: the place makes it a name
    assert sentence_orgs("Gentle Georgia Art launches a collection of hand-made prints.") == [
        OrgMention("Gentle Georgia Art", strong=False)]
    assert sentence_orgs("Open Art launches a collection of hand-made prints.") == []


@pytest.mark.parametrize("sentence, found", [
    ("As one of Norland's top tool brands, Kafrio has provided tools for twenty years.", "Kafrio"),
    ("As a leading provider of payroll software in Texas, Brindle Vane keeps growing.", "Brindle Vane"),
    ("As a mother of three, Mara Quist knows this.", None),
    ("As a partner, Mara Quist knows this.", None),
])
def test_what_a_sentence_opening_on_as_says_of_the_name_after_its_comma(sentence, found):
    assert sentence_orgs(sentence) == ([OrgMention(found, strong=False)] if found else [])


def test_ordinary_words_ending_in_an_org_word_may_be_a_name_the_sentence_makes_an_organization():
    assert sentence_orgs("Traders Insurance is pleased to announce new part-time policies.") == [
        OrgMention("Traders Insurance", strong=False)]
    assert sentence_orgs("Open Today is pleased to announce new part-time policies.") == []


def test_a_name_thrilled_or_delighted_to_announce_is_a_possible_organization():
    assert sentence_orgs("Pinnock Hemp is thrilled to announce a new line.") == [OrgMention("Pinnock Hemp", strong=False)]
    assert sentence_orgs("Quarrow Racing is delighted to confirm its driver.") == [OrgMention("Quarrow Racing", strong=False)]


def test_ordinary_words_after_a_or_an_name_a_kind_of_body_unless_a_noun_follows():
    names = [m.name for m in sentence_orgs("Quarrow Labs merged with a Special Purpose Acquisition Corp. in 2021.")]
    assert "Special Purpose Acquisition Corp." not in names and "Quarrow Labs" in names
    names = [m.name for m in sentence_orgs("Records were given to an Internal Revenue Service agent.")]
    assert "Internal Revenue Service" in names


def test_an_acronym_spelled_out_in_parentheses_after_it_is_the_name_s_alias():
    found = sentence_orgs("Mara Quist, chair of QC3 (Quarrow Coalition for Coastal Crafts), spoke.")
    assert ("Quarrow Coalition for Coastal Crafts", ("QC3",)) in [(m.name, m.aliases) for m in found]
    found = sentence_orgs("Tickets go through the HTA (Harbor Tennis Association) this year.")
    assert ("Harbor Tennis Association", ("HTA",)) in [(m.name, m.aliases) for m in found]
    # an article before the acronym: a kind of business, not one
    assert not [m for m in sentence_orgs("Quarrow Labs is an MSB (Money Services Business) now.") if m.aliases == ("MSB",)]


def test_a_short_name_defined_after_a_located_name_leaves_the_place_out():
    found = sentence_orgs('It sold Columbia, MD-based Quarrow Labs, Inc. ("Quarrow") to Harbor Mutual.')
    assert ("Quarrow Labs, Inc.", ("Quarrow",)) in [(m.name, m.aliases) for m in found]


def test_a_name_ends_at_its_legal_suffix_when_a_capitalized_word_follows():
    def names(sentence):
        return [m.name for m in sentence_orgs(sentence, [])]

    assert names("The prize is funded by the Avalon Harp Society, Inc. Inclusion in the final round follows.") == [
        "Avalon Harp Society, Inc."]
    assert names("Quarrow Partners Co., Ltd. WBB Securities LLC acted as advisers.") == [
        "Quarrow Partners Co., Ltd.", "WBB Securities LLC"]
