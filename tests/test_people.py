"""Person mentions: titles, appositions, attributions."""
from __future__ import annotations

import pytest

from summarize.name_prefix import split_prefix
from summarize.people import sentence_people


def found_in(sentence: str) -> list[tuple]:
    """(name, role, affiliation) of each person the sentence names."""
    return [(p.name, p.role, p.affiliation) for p in sentence_people(sentence)]


def test_lower_case_title_with_owner_before_name():
    found = sentence_people("Crestline Foods’ former CEO Dana Price joined the board.")
    assert found[0].name == "Dana Price"
    assert found[0].role == "former CEO"  # a past title (role_before.past_title)
    assert found[0].affiliation == "Crestline Foods"


def test_two_part_apposition_role():
    found = sentence_people("said Omar Reyes, Managing Director, Head of Credit Trading at Bank of Avalon.")
    assert found[0].role == "Managing Director, Head of Credit Trading"
    assert found[0].affiliation == "Bank of Avalon"
    assert found[0].quoted


def test_department_after_of_stays_in_role():
    found = sentence_people("Lena Park, Vice President of Sales & Marketing at Orbit Cable, added more.")
    assert found[0].role == "Vice President of Sales & Marketing"
    assert found[0].affiliation == "Orbit Cable"


def test_name_after_a_title_of_the_organization_in_a_list():
    found = sentence_people("Hosted by council members Jane Roe, and Secretary of the Avalon Caucus Omar Haddad, the event opens.")
    omar = next(p for p in found if p.name == "Omar Haddad")
    assert omar.role == "Secretary of the Avalon Caucus"


# --- the attribution test read from the end agrees with the regex it replaces ---------------

import re  # noqa: E402

from hypothesis import example, given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from summarize.titles import SPEECH as _SPEECH  # noqa: E402
from summarize.people import said_before  # noqa: E402

_SAID_BEFORE = re.compile(rf"(?:{_SPEECH})\s+(?:by\s+)?$")
_PIECES = st.sampled_from(["said", "unsaid", "according to", "pointed out", "by", "By", "Said", " ", "  ",
                           "\n", "\t", ",", "x", "Jane", "noted"])


@given(st.lists(_PIECES, max_size=8).map("".join))
@example("as she said ")
@example("according to  ")
@example("was shared by ")
@example("said by")
@example("saidby ")
@example("said by  \t")
@example("")
def test_said_before_is_the_regex(before):
    assert said_before(before) == bool(_SAID_BEFORE.search(before))


def test_said_before_examples():
    assert said_before("The deal closes soon, said ")
    assert said_before("The view was shared by ")
    assert not said_before("He said")  # the name must follow a space
    assert not said_before("The vote was passed by ")


def test_an_owner_before_a_lower_case_title_is_capitalized():
    found = sentence_people("It is our best car, said Crane's chief executive Ulrich Moss.")
    assert (found[0].name, found[0].role, found[0].affiliation) == ("Ulrich Moss", "chief executive", "Crane")


def test_a_word_of_a_title_alone_is_no_role():
    found = sentence_people("The house belongs to Dana Price, who designed the entire home.")
    assert found == [] or found[0].role is None
    assert split_prefix("Home Secretary Tom Hale")[:2] == (["Home Secretary"], ["Tom", "Hale"])


def test_a_title_after_the_names_a_body_not_a_person():
    assert sentence_people("The resolution went to the General Assembly on Monday.") == []
    assert sentence_people("Questions go to the Investor Relations team.") == []
    found = sentence_people("He met the Prime Minister Tomas Varga in Paris.")
    assert [(p.name, p.role) for p in found] == [("Tomas Varga", "Prime Minister")]


@pytest.mark.parametrize("sentence, role", [
    ("Dana Price, who is chairman of Crane Widgets, spoke.", "chairman"),
    ("Dana Price, currently a consultant at Northgate, spoke.", "consultant"),
    ("Crane Widgets named Dana Price, as its new Chief Executive Officer, on Monday.", "new Chief Executive Officer"),
    ("\"It works,\" said Dana Price, who previously served as CEO.", None),  # a clause, not a role
    ("Dana Price, will be the main speaker at the event, said so.", None),
])
def test_an_apposition_that_is_a_clause_gives_no_role(sentence, role):
    found = sentence_people(sentence)
    assert [p.name for p in found] == ["Dana Price"]
    assert found[0].role == role


@pytest.mark.parametrize("sentence", [
    "The survey was run by ranking partner Zephyr Workplace for the journal.",
    "Alternative Medicine Professional Talia Ruiz said the clinic would open.",
    "\"Prices fell,\" said Halvard Research in a note.",
    "\"We grew fast,\" said Brightpath Co-Founder in a note.",
])
def test_a_name_ending_in_a_common_word_that_is_no_surname_is_no_person(sentence):
    assert "Workplace" not in str(sentence_people(sentence))
    assert all(not p.name.endswith(("Professional", "Research", "Co-Founder")) for p in sentence_people(sentence))


@pytest.mark.parametrize("sentence, name", [
    ("\"Prices fell,\" said Paxwell Singer, chief economist at Orbis.", "Paxwell Singer"),
    ("\"We are ready,\" said Thanh Do, chief financial officer of Orbis.", "Thanh Do"),
])
def test_a_frequent_surname_that_is_a_common_word_keeps_the_person(sentence, name):
    assert name in [p.name for p in sentence_people(sentence)]


def test_a_first_name_or_honorific_keeps_a_name_of_common_words():
    assert [p.name for p in sentence_people("Will Fan, partner at Open Harbor, said so.")] == ["Will Fan"]
    assert [p.name for p in sentence_people("Dr. Rose Banks spoke first.")] == ["Rose Banks"]


@pytest.mark.parametrize("sentence", [
    "Cedar Crest, an Erickson Senior Living community in Pompton Plains, will host it.",
    "Witness Directory, showcasing the firm's marketing strategies, lists it.",
    "Tidewater County, where Crane Widgets will offer a suite of services, agreed.",
])
def test_a_description_is_no_evidence_of_a_person(sentence):
    """An apposition that names no title ("founder", "director") describes a thing; it
    makes a name of unknown first name no person."""
    assert sentence_people(sentence) == []


def test_an_apposition_with_a_title_still_makes_a_person():
    found = sentence_people("Arvind Ramamurthy, Chief of Market Development at Northgate, spoke.")
    assert [(p.name, p.role, p.affiliation) for p in found] == [
        ("Arvind Ramamurthy", "Chief of Market Development", "Northgate")]
    found = sentence_people("Zelda Okonkwo, a founder of Tidal Labs, spoke.")
    assert [(p.name, p.role) for p in found] == [("Zelda Okonkwo", "founder")]


def test_a_speech_verb_after_the_role_is_no_part_of_it():
    found = sentence_people("Dana Price, CEO of the fund manager Crane Capital commented: \"We are ready.\"")
    assert found[0].role == "CEO of the fund manager Crane Capital"


@pytest.mark.parametrize("sentence", [
    "Guests include Dana Price, Clippers coach Brian Shaw, and others.",
    "The cast: Dana Price, Maria Lopez and Rene Lavan as the colonel.",
])
def test_an_apposition_naming_someone_else_is_no_role(sentence):
    found = {p.name: p.role for p in sentence_people(sentence)}
    assert found.get("Dana Price") is None


def test_a_name_after_of_in_a_role_is_an_organization():
    found = sentence_people("Dana Price, president of Walt Disney Studios, spoke.")
    assert found[0].role == "president"
    assert found[0].affiliation == "Walt Disney Studios"


def test_a_department_is_no_affiliation():
    found = sentence_people("Dana Price, Director, Sales, said it sold out.")
    assert found[0].role == "Director" and found[0].affiliation is None


def test_a_possessive_after_a_speech_verb_is_no_speaker():
    assert sentence_people("He highlighted Crane Bay Auctions' policy of fair pricing.") == []
    found = sentence_people("said Dana Price's lawyer, Tom Hale, on Monday.")
    assert all(not p.quoted for p in found if p.name == "Dana Price")


def test_honorable_is_an_honorific():
    found = sentence_people("The Honorable Marsha Hendry, Minister of Tourism, opened the fair.")
    assert [p.name for p in found] == ["Marsha Hendry"]


def test_prof_without_a_stop_is_an_honorific():
    assert [p.name for p in sentence_people('"I come from a village," says Prof Raj Quist.')] == ["Raj Quist"]


def test_an_arabic_particle_surname_is_part_of_the_name():
    found = sentence_people("On Monday, Prime Minister Haider al-Rahman ordered the troops home.")
    assert [(p.name, p.role) for p in found] == [("Haider al-Rahman", "Prime Minister")]


@pytest.mark.parametrize("sentence, role, affiliation", [
    ("In the interview, Orbis's CEO, Dana Price, spoke about growth.", "CEO", "Orbis"),
    ("They will hear from the Company's Chairman and CEO, Dana Price, on Monday.", "Chairman and CEO", None),
    ("Gen. Dana Price, chairman of the U.S. Joint Chiefs of Staff, told the panel.", "chairman",
     "U.S. Joint Chiefs of Staff"),
])
def test_a_title_before_the_name_with_its_owner(sentence, role, affiliation):
    assert found_in(sentence) == [("Dana Price", role, affiliation)]


def test_a_verb_after_the_name_starts_no_role():
    found = sentence_people('Its spokesman, Omar Haddad, called the reports of a deal "premature."')
    assert [(p.name, p.role) for p in found] == [("Omar Haddad", "spokesman")]


@pytest.mark.parametrize("sentence, role, affiliation", [
    ('"We stay," said Dana Price, Founder, President, and CEO of Tidal Labs.', "Founder, President, and CEO", "Tidal Labs"),
    ("Dana Price, Chief Medical Officer, joined the Executive Team in May.", "Chief Medical Officer", None),
    ('"We stay," said Dana Price, Attorney at Law.', "Attorney at Law", None),
])
def test_an_apposition_of_several_titles(sentence, role, affiliation):
    assert found_in(sentence) == [("Dana Price", role, affiliation)]


def test_a_list_of_titled_names_gives_each_their_own_title():
    found = sentence_people("The team includes Executive Director Dana Price, Training Manager Omar Haddad, "
                            "and Chief Customer Officer Lena Brook.")
    assert [(p.name, p.role) for p in found] == [
        ("Dana Price", "Executive Director"), ("Omar Haddad", "Training Manager"), ("Lena Brook", "Chief Customer Officer")]


@pytest.mark.parametrize("sentence, role, affiliation", [
    ("The U.S. ambassador to Avalon, Omar Haddad, was in stable condition.", "ambassador to Avalon", "United States"),
    ("The Academy should ask its Council member, Prof. Haddad, to speak.", "Council member", None),
    ("South Korean President Omar Haddad condemned it.", "President", "South Korea"),
])
def test_a_title_with_a_qualifier_or_a_two_word_demonym(sentence, role, affiliation):
    found = sentence_people(sentence)
    assert [(p.role, p.affiliation) for p in found if p.name.endswith("Haddad")] == [(role, affiliation)]


@pytest.mark.parametrize("sentence, expected", [
    ("Avalon County Sheriff Omar Haddad said the road was closed.", [("Omar Haddad", "Sheriff", "Avalon County")]),
    ("The Avalon County Sheriff said the road was closed.", []),
    ("Police Chief Omar Haddad spoke on Monday.", [("Omar Haddad", "Police Chief", None)]),
])
def test_law_enforcement_titles_and_county_offices(sentence, expected):
    assert found_in(sentence) == expected


@pytest.mark.parametrize("sentence, role, affiliation", [
    ("Labour leader Omar Haddad said so.", "leader", "Labour"),
    ("New York Observer editor Omar Haddad said so.", "editor", "New York Observer"),
    ("French president Omar Haddad said so.", "president", "France"),
    ("The spokesman Omar Haddad said so.", "spokesman", None),
    ("Award-winning author Omar Haddad said so.", "author", None),
    ("Defense attorney Omar Haddad said so.", "Defense attorney", None),  # the kind of role stays in it
    ("Executive producer Omar Haddad said so.", "Executive producer", None),
    ("Council member Omar Haddad said so.", "Council member", None),
])
def test_a_name_before_a_lower_case_title_owns_it(sentence, role, affiliation):
    assert found_in(sentence) == [("Omar Haddad", role, affiliation)]


def test_a_sentence_starter_before_a_demonym_title_is_no_part_of_the_country():
    found = sentence_people("As Israeli Prime Minister Omar Haddad said, it is over.")
    assert [(p.role, p.affiliation) for p in found] == [("Prime Minister", "Israel")]


@pytest.mark.parametrize("sentence, role, affiliation", [
    ('"It works," said Omar Haddad, WPG President.', "President", "WPG"),
    ('"It works," said Omar Haddad, Acme Widgets Chief Executive Officer.', "Chief Executive Officer", "Acme Widgets"),
    ('"It works," said Omar Haddad, Senior Vice President.', "Senior Vice President", None),
    ('"It works," said Omar Haddad, HR Director.', "HR Director", None),
    ('"It works," says Omar Haddad, CEO.   "We are glad."', "CEO", None),
    ("The company's President and CEO, Omar Haddad, will speak.", "President and CEO", None),
])
def test_an_organization_before_the_title_in_an_apposition(sentence, role, affiliation):
    assert found_in(sentence) == [("Omar Haddad", role, affiliation)]


def test_an_apposition_naming_another_persons_title_is_no_role():
    found = sentence_people("After a meeting with Iranian Foreign Minister Omar Haddad, U.S. Secretary of State "
                            "Dana Kerry said on Monday that talks would go on.")
    assert [(p.name, p.role, p.affiliation) for p in found] == [
        ("Omar Haddad", "Foreign Minister", "Iran"), ("Dana Kerry", "Secretary of State", "United States")]


def test_a_connecting_word_of_a_title_is_no_title_word():
    from summarize import lexicon
    assert "of" not in lexicon.title_words() and "secretary" in lexicon.title_words()


def test_new_before_an_owner_is_no_part_of_it_unless_it_names_a_place():
    found = [(p.role, p.affiliation) for t in ("New Avalon manager Omar Haddad said so.",
                                               "New Zealand coach Omar Haddad said so.")
             for p in sentence_people(t)]
    assert found == [("manager", "Avalon"), ("coach", "New Zealand")]


@pytest.mark.parametrize("sentence, role", [
    ("Historian Omar Haddad said the bones were the king's.", "Historian"),
    ("The film is by photographer Omar Haddad.", "photographer"),
    ("Omar Haddad, a diplomat who's been serving for years, said so.", "diplomat"),
])
def test_professions_and_relative_clauses(sentence, role):
    assert [(p.name, p.role) for p in sentence_people(sentence)] == [("Omar Haddad", role)]


def test_a_title_that_is_a_frequent_surname_ends_a_name():
    found = sentence_people('"We grow," said Paxton Singer, Chief Operating Officer at Acme Labs.')
    assert [(p.name, p.role, p.affiliation) for p in found] == [("Paxton Singer", "Chief Operating Officer", "Acme Labs")]


def test_where_someone_is_from_is_no_part_of_their_name():
    assert [p.name for p in sentence_people('"Yes," said Texas-based Omar Haddad.')] == ["Omar Haddad"]


def test_a_role_cut_before_a_quoted_name_ends_on_its_title():
    found = sentence_people('Omar Haddad, founder of the "Looking for Kings" project, said so.')
    assert [(p.name, p.role) for p in found] == [("Omar Haddad", "founder")]


@pytest.mark.parametrize("name", ["Marine Corps", "Costa Cruises", "Erebus Pictures"])
def test_an_organization_word_at_the_end_makes_no_person(name):
    assert sentence_people(f"The deal with {name} was signed on Monday.") == []


def test_a_title_before_a_surname_like_a_bridge_keeps_the_person():
    assert found_in("Rabbi Dan Bridge led the service on Friday.") == [("Dan Bridge", "Rabbi", None)]


def test_a_name_shaped_owner_before_a_lower_case_title_is_no_person():
    assert found_in("Maple Grove attorney Dana Price filed the motion.") == [("Dana Price", "attorney", "Maple Grove")]


@pytest.mark.parametrize("sentence, affiliation", [
    ("Maple Grove attorney Dana Price, of Price & Okafor, filed the motion.", "Price & Okafor"),
    ("The study was led by Professor Omar Haddad, of the University of Avalon.", "University of Avalon"),
    ("The motion was filed by attorney Dana Price, of Price & Okafor.", "Price & Okafor"),
    ("The motion was filed by attorney Dana Price, of Price & Co.", "Price & Co."),
    ("The motion was filed by attorney Dana Price, of Springfield, on Monday.", None),  # a town, not whom she represents
])
def test_an_of_apposition_names_the_organization(sentence, affiliation):
    assert found_in(sentence)[0][2] == affiliation


def test_a_name_joined_by_an_ampersand_before_a_title_is_no_owner():
    assert all(p.affiliation is None for p in sentence_people("Thanks go to Omar & Professor Dana Price for the loan."))


@pytest.mark.parametrize("sentence, expected", [
    ('"It works," said Jane Roe of Acme Widgets LLP.', ("Jane Roe", None, "Acme Widgets LLP")),
    ("Dr Omar Haddad of the University of Avalon said the tests were clear.", ("Omar Haddad", None, "University of Avalon")),
    ('"It works," said Jane Roe of Boston.', ("Jane Roe", None, None)),
    ("Dale Quist of Top Dog Training has been voted the best.", ("Dale Quist", None, "Top Dog Training")),
    ("Prof. Omar Haddad from Avalon University stated, “It works.”", ("Omar Haddad", None, "Avalon University")),
    ('"It works," said Jane Roe from Toronto.', ("Jane Roe", None, None)),  # a place
    ('"It works," said Jane Roe from University of Avalon and John Doe.', ("Jane Roe", None, "University of Avalon")),
    ("said Mara Quist of Harbor Radio Weekly.", ("Mara Quist", None, "Harbor Radio Weekly")),
])
def test_a_person_of_an_organization_works_there(sentence, expected):
    assert found_in(sentence) == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("said Dana Price, analyst at research firm Orbis Metrics.", ("Dana Price", "analyst", "Orbis Metrics")),
    ("said Omar Haddad, spokesman for the campaign group Avalon Rights.", ("Omar Haddad", "spokesman", "Avalon Rights")),
    ("said Jane Roe, head of global markets at Avalon Bank.", ("Jane Roe", "head of global markets", "Avalon Bank")),
])
def test_a_kind_of_body_before_its_name_is_no_part_of_the_role(sentence, expected):
    assert found_in(sentence) == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("Avalon Gov. Dana Price said the bill would pass.", ("Dana Price", "Governor", None)),
    ("Texas Sen. Omar Haddad said the bill would pass.", ("Omar Haddad", "Senator", "Texas")),
    ("Retired Army Maj. Gen. Dana Price said the bill would pass.", ("Dana Price", None, None)),
    ("Russian Defense Minister Gen. Omar Haddad said the talks would go on.", ("Omar Haddad", "Defense Minister", "Russia")),
    ("Gov. Dana Price said the bill would pass.", ("Dana Price", "Governor", None)),
])
def test_an_abbreviated_rank_inside_the_name_is_read(sentence, expected):
    assert found_in(sentence) == [expected]


def test_a_scholarship_named_after_a_doctor_is_no_person():
    assert sentence_people("The Dr. Omar Haddad Science Scholarship is awarded each spring.") == []


@pytest.mark.parametrize("sentence, role", [
    ("Defence Secretary Omar Haddad said the plan works.", "Defence Secretary"),
    ("Health Secretary Dana Price said the plan works.", "Health Secretary"),
    ("Associate Transport Minister Dana Price said the plan works.", "Associate Transport Minister"),
])
def test_a_portfolio_is_part_of_the_office(sentence, role):
    assert found_in(sentence)[0][1:] == (role, None)


def test_a_portfolio_word_is_no_title_word():
    assert found_in("Forum Health CEO Dana Price said the plan works.") == [("Dana Price", "CEO", "Forum Health")]


@pytest.mark.parametrize("sentence, expected", [
    ("Ousted President Omar Haddad fled the capital.", [("Omar Haddad", "President", None)]),
    ("United CEO Dana Price said the fleet would grow.", [("Dana Price", "CEO", "United")]),
    ("Sunni Muslim leaders met in the capital on Monday.", []),
])
def test_describing_words_own_no_title_and_faiths_name_no_one(sentence, expected):
    assert found_in(sentence) == expected


def test_a_nickname_stays_in_the_name_and_out_of_its_checks():
    assert found_in('said Omar "Oz" Haddad, chief executive of Avalon Labs.') == [
        ('Omar "Oz" Haddad', "chief executive", "Avalon Labs")]


@pytest.mark.parametrize("sentence, role", [
    ("Vantor Mills named Owen Pratt as its new chief financial officer.", "chief financial officer"),
    ("Vantor Mills appointed Owen Pratt, Jr. as Executive Chairman, and Lia Moss as a member of the board.",
     "Executive Chairman"),
    ("Owen Pratt, a veteran of three turnarounds, has joined the company as its CFO.", "CFO"),
    ("Owen Pratt spoke on behalf of the alliance as a doyen of the diplomatic corps in Narvia.",
     "doyen of the diplomatic corps"),
    ("Owen Pratt is widely recognized as the president of Vantor Mills.", "president"),
])
def test_role_stated_with_as_after_the_name(sentence, role):
    assert found_in(sentence)[0][:2] == ("Owen Pratt" if ", Jr." not in sentence else "Owen Pratt Jr.", role)


@pytest.mark.parametrize("sentence", [
    "Owen Pratt noted that the milestone positions Vantor as a potential near-term producer.",
    "Owen Pratt spoke as President Lindqvist arrived.",
    "Owen Pratt works with firms such as a chief executive would.",
])
def test_an_as_phrase_about_someone_or_something_else_is_no_role(sentence):
    assert [p.role for p in sentence_people(sentence) if p.name == "Owen Pratt"] in ([None], [])


def test_the_other_persons_as_role_is_not_taken():
    found = dict((name, role) for name, role, _ in found_in(
        "Vantor Mills appointed Owen Pratt, Jr. as Executive Chairman, and Lia Moss as a member of the board."))
    assert found == {"Owen Pratt Jr.": "Executive Chairman", "Lia Moss": "member of the board"}


def test_an_organization_after_a_nationality_and_its_kind():
    assert found_in('"Done," explains Omar Reyes, CTO of the Mexican agency Brisa.') == [("Omar Reyes", "CTO", "Brisa")]


def test_a_doctorate_written_without_periods_is_a_credential():
    assert found_in("Rita Okafor, PhD, President and Chief Executive Officer of Helix Labs, stated, “We are ready.”") == [
        ("Rita Okafor", "President and Chief Executive Officer", "Helix Labs")]


def test_a_clause_after_credentials_is_no_role():
    found = found_in("Helix Labs’ CEO, Rita Okafor, MD, PhD, believes the platform will help patients.")
    assert found == [("Rita Okafor", "CEO", "Helix Labs")]


@pytest.mark.parametrize("sentence, role, affiliation", [
    ("said Omar Reyes, Director of External Affairs for Lotto.com.", "Director of External Affairs", "Lotto.com"),
    ("said Omar Reyes, Director of Communications of the Company.", "Director of Communications", None),
    ("said Omar Reyes, Director of the Center for Law and Justice.", "Director", "Center for Law and Justice"),
])
def test_a_department_stays_in_the_role_and_the_owner_after_it_is_the_affiliation(sentence, role, affiliation):
    assert found_in(sentence) == [("Omar Reyes", role, affiliation)]


@pytest.mark.parametrize("sentence, affiliation", [
    ("Helix Labs’ CEO, Rita Okafor, said it.", "Helix Labs"),
    ("Meanwhile Helix Labs’ CEO, Rita Okafor, said it.", "Helix Labs"),
    ("The Group’s CEO, Rita Okafor, said it.", None),
])
def test_an_owner_whose_name_ends_in_an_org_word_is_read_whole(sentence, affiliation):
    assert found_in(sentence)[0][2] == affiliation


def test_a_name_alone_in_quotes_is_a_title_not_a_person():
    assert found_in('The town was the backdrop for the movie "Star Wars," filmed in 1976.') == []
    assert found_in('He checked in under the name "Everett Moore" and paid cash.') == []
    assert [name for name, _, _ in found_in('"We are ready," said Mara Lind.')] == ["Mara Lind"]


@pytest.mark.parametrize("sentence, role, affiliation", [
    ('"Great," said Omar Reyes, CEO of Featured.', "CEO", "Featured"),
    ('"Great," said Omar Reyes, owner of Clean and Simple Cleaning.', "owner", "Clean and Simple Cleaning"),
    ('"Great," said Omar Reyes, owner of Zachary’s Jewelers.', "owner", "Zachary’s Jewelers"),
    ('"Great," said Omar Reyes, CEO of Fellow.app.', "CEO", "Fellow.app"),
    ('"Great," said Omar Reyes, founder of Tesla and X.', "founder", "Tesla"),
    ('"Great," said Omar Reyes, Vice President of Sales and Marketing.', "Vice President of Sales and Marketing", None),
])
def test_a_title_heading_a_whole_organization_is_never_of_a_department(sentence, role, affiliation):
    assert found_in(sentence) == [("Omar Reyes", role, affiliation)]


def test_a_participle_clause_after_the_name_is_no_role():
    found = found_in("Justice Omar Haddad, writing for the majority in Roe v. Wade, said so.")
    assert found[0][:2] == ("Omar Haddad", "Justice")


@pytest.mark.parametrize("sentence, name, role", [
    ("But Green MSP Mark Tallard fears voters may miss out.", "Mark Tallard", "MSP"),
    ("Euro MP Robert Kilbride-Silk was hit by a protester.", "Robert Kilbride-Silk", "MP"),
])
def test_a_member_of_parliament_by_letters(sentence, name, role):
    assert found_in(sentence)[0][:2] == (name, role)


def test_the_first_role_of_a_long_apposition_with_its_organization():
    found = found_in("“It matters,” said Rita Okafor, M.D., FAHA, volunteer president of the Avalon Heart Association "
                     "and senior vice president of women’s health and executive director of the Lind Institute.")
    assert found == [("Rita Okafor", "volunteer president", "Avalon Heart Association")]


def test_a_long_apposition_naming_someone_else_gives_no_organization():
    found = found_in("Guests included Australian Prime Minister Omar Haddad, Leader of the Avalon House of Commons "
                     "Lena Park and former Avalon Secretary of State Mara Lind.")
    assert found[0] == ("Omar Haddad", "Prime Minister", "Australia")


def test_a_rejected_second_part_brings_no_organization():
    found = found_in("Greg Robertson, SVP and General Manager, will represent Notify at the Senior Safety booth.")
    assert found[0] == ("Greg Robertson", "SVP and General Manager", None)


def test_a_place_before_resident_is_no_person():
    assert [n for n, _, _ in found_in("Royal Palm Beach resident Maria Lopez earned the award.")] == ["Maria Lopez"]


@pytest.mark.parametrize("sentence, affiliation", [
    ("Asad Malik, CEO of iRocket, said, “We are ready.”", "iRocket"),
    ("Asad Malik, founder of eCommerceHub.com, said, “We are ready.”", "eCommerceHub.com"),
])
def test_an_organization_named_in_lower_camel_case(sentence, affiliation):
    assert found_in(sentence) == [("Asad Malik", sentence.split(", ")[1].split(" of ")[0], affiliation)]


@pytest.mark.parametrize("sentence, expected", [
    ("Current Avalon boss Roy Hodgkin is known to be a bit of an Italophile.", ("Roy Hodgkin", "boss", "Avalon")),
    ("Blur guitarist Graham Coxley said so.", ("Graham Coxley", "guitarist", "Blur")),
])
def test_informal_titles_and_a_time_word_before_the_owner(sentence, expected):
    assert found_in(sentence)[0] == expected


def test_a_capitalized_informal_title_before_one_word_is_a_brand():
    assert "Furniture" not in [name for name, _, _ in found_in("Leaders from Boss Furniture and Barita joined.")]


@pytest.mark.parametrize("sentence, expected", [
    ("* Erik Gordon – Vice President, FilmHedge, Former Executive in Residence at CMII, spoke.",
     ("Erik Gordon", "Vice President", "FilmHedge")),
    ('"Great," said Tara Yunkin, Senior Manager, Cortland Biomedical, in a statement.',
     ("Tara Yunkin", "Senior Manager", "Cortland Biomedical")),
    ("He has worked with Usher Raymond, Rapper Future, and Gucci Mane.", ("Usher Raymond", "Rapper Future", None)),
    ('"Great," said Dr. Eric Grimson, chancellor of the Avalon Institute, Dr. Lena Park added.',
     ("Eric Grimson", "chancellor", "Avalon Institute")),
])
def test_a_name_alone_after_a_role_is_its_organization_unless_it_ends_a_list(sentence, expected):
    assert found_in(sentence)[0] == expected


def test_the_last_name_of_a_list_is_no_organization():
    found = found_in("It was sold to a group with Victor Pinchuk, a banker, and Rinat Akhmetov, a steel magnate.")
    assert [affiliation for name, _, affiliation in found if name == "Victor Pinchuk"] == [None]


def test_a_role_joined_to_the_credentials_by_and():
    assert found_in("“We cannot stop now,” says Howard Dvorak, CPA and Chairman of Debt.com.") == [
        ("Howard Dvorak", "Chairman", "Debt.com")]


def test_a_former_role_in_an_apposition_yields_to_the_current_title():
    assert found_in("The team includes CEO Omar Haddad, former CEO of Helix Labs, and others.") == [
        ("Omar Haddad", "CEO", None)]
    assert found_in("Omar Haddad, previously a co-founder of Helix Labs, joined today.") == [
        ("Omar Haddad", "former co-founder", "Helix Labs")]


def test_a_title_word_before_a_full_name_is_still_a_title():
    assert found_in("General Omar Haddad said the troops would leave.") == [("Omar Haddad", "General", None)]


def test_organization_after_a_title_without_of_is_no_person():
    assert found_in('"We grow," said Jane Roe, CEO Zentora.') == [("Jane Roe", "CEO", "Zentora")]
    # an owner of someone's role is still a person
    found = found_in("Six were interviewed, including Mary Lewis' coach Omar Reyes.")
    assert [p[0] for p in found] == ["Mary Lewis", "Omar Reyes"]


def test_nationality_before_a_title_names_the_country_or_nothing():
    assert found_in("Scottish comedian Jane Roe will host the show.") == [("Jane Roe", "comedian", "Scotland")]
    assert found_in("The print is by English artist Omar Reyes.") == [("Omar Reyes", "artist", None)]
    found = found_in("Omar Reyes, a spokesman for the Austrian foreign ministry, said more.")
    assert found[0][2] == "Austria"
    assert found_in("Filipino-American author Omar Reyes signs copies.") == [("Omar Reyes", "author", None)]  # a heritage


def test_a_kind_of_role_before_a_capitalized_title_is_part_of_the_role():
    assert found_in("Spine Surgeon Omar Reyes performed the first procedure.") == [("Omar Reyes", "Spine Surgeon", None)]
    assert found_in("But Norland's Supreme Leader Omar Reyes spoke.") == [("Omar Reyes", "Supreme Leader", "Norland")]


def test_a_middle_name_that_is_also_a_title_stays_in_the_name():
    assert split_prefix("Maria Dean Holloway")[:2] == ([], ["Maria", "Dean", "Holloway"])
    assert split_prefix("Tory MP Jane Roe")[:2] == (["MP"], ["Jane", "Roe"])


def test_a_describing_word_is_no_affiliation():
    found = found_in("Jane Roe, chief executive of the Frankfurt-based exchange, said no.")
    assert found[0][2] is None


def test_a_title_with_a_possessive_is_not_cut_at_it():
    assert found_in("Former Harlow City State's Attorney Jane Roe spoke on Monday.") == [
        ("Jane Roe", "State's Attorney", "Harlow City")]


@pytest.mark.parametrize("sentence", ["The AHL-SG (Agent Harbor Layer) logs it, said staff.",
                                      "The Agent Harbor Layer (AHL) logs it, said staff."])
def test_the_long_form_of_an_acronym_is_no_person(sentence):
    assert sentence_people(sentence) == []


def test_a_person_before_an_unrelated_acronym_stays_one():
    assert [p.name for p in sentence_people("Jane Roe (CEO) said so.")] == ["Jane Roe"]


def test_a_thing_led_by_someone_with_a_title_is_no_person():
    assert sentence_people("Pitches include Blue Lantern, a water business led by an LA-based CEO; and more.") == []
    assert [p.role for p in sentence_people("Jane Roe, a founder led by curiosity, spoke.")] == ["founder led by curiosity"]


@pytest.mark.parametrize("sentence, names", [
    ("Dr. Sofia Lindqvist said the results were striking.", ["Sofia Lindqvist"]),
    ("\"We are ready,\" said Charlotte Quimby, the chief executive.", ["Charlotte Quimby"]),
    ("Austin Marlowe, founder of Tidal Labs, spoke first.", ["Austin Marlowe"]),
    ("The plant in Charlotte Monday opened.", []),
])
def test_a_first_name_spelled_like_a_city_is_a_persons_with_context(sentence, names):
    assert [p.name for p in sentence_people(sentence)] == names


def test_a_role_after_as_makes_an_unknown_first_name_a_persons():
    found = sentence_people("The company said that Priya Ramanathan will join as chief financial officer.")
    assert [(p.name, p.role) for p in found] == [("Priya Ramanathan", "chief financial officer")]


def test_a_part_played_in_a_film_is_no_role():
    found = sentence_people("The film, starring Dr. Oskar Valdane as the famed scientist Roald Amundsen, opens in May.")
    assert [(p.name, p.role) for p in found if p.name == "Oskar Valdane"] == [("Oskar Valdane", None)]


@pytest.mark.parametrize("sentence, expected", [
    ("after manhandling referee Tomas Vey.", ("Tomas Vey", "referee", None)),
    ("Quarrow striker Tomas Vey scored.", ("Tomas Vey", "striker", "Quarrow")),
    ("Quarrow brought striker Tomas Vey on.", ("Tomas Vey", "striker", None)),  # a verb, not a kind of striker
])
def test_sports_roles_before_a_name(sentence, expected):
    assert found_in(sentence) == [expected]


def test_a_title_before_a_list_of_names_is_no_role_of_the_list_holding_a_name():
    found = found_in("The Avalon-based athlete and team-mates Mara Quist, Tomas Vey and Lia Fenn won.")
    assert ("Tomas Vey", "athlete and team-mates Mara Quist", None) not in found


def test_a_name_made_a_describing_word_is_no_person():
    assert found_in("It was a Will Smith-starring film, said Ada Moss.") == [("Ada Moss", None, None)]
    assert found_in("A Willy Wonka-esque factory opened.") == []


def test_rank_before_an_owner_is_not_the_owner():
    assert found_in("Senior Avalon Party backbencher Mark Hale said no.") == [("Mark Hale", "backbencher", "Avalon Party")]


def test_owner_of_a_lower_case_title_may_hold_of():
    assert found_in("said University of Avalon professor Ada Moss.") == [("Ada Moss", "professor", "University of Avalon")]


def test_a_numbered_name_is_a_product():
    assert found_in("Bestsellers like Mark Hale #3 and others, said Ada Moss.") == [("Ada Moss", None, None)]


@pytest.mark.parametrize("sentence, role", [
    ("Ms Vogel thanked the city's mayor, Tomas Varga, for the grant.", "mayor"),
    ("Fans cheered the club's manager, Tomas Varga, after the game.", "manager"),
])
def test_a_title_owned_by_a_kind_of_body_before_a_name_is_its_role(sentence, role):
    assert [(p.name, p.role) for p in sentence_people(sentence) if p.name == "Tomas Varga"] == [("Tomas Varga", role)]


@pytest.mark.parametrize("sentence, name", [
    ("Vladimir Okonkwo opened the plant on Monday.", "Vladimir Okonkwo"),
    ("The deal was signed by Gareth Lindqvist in Oslo.", "Gareth Lindqvist"),
])
def test_a_first_name_from_outside_the_census_makes_a_person(sentence, name):
    assert [p[0] for p in found_in(sentence)] == [name]


def test_a_royal_title_with_a_first_name_alone_is_a_person():
    assert found_in("King Abdullah met the delegation in Amman.") == [("Abdullah", "King", None)]
    assert found_in("Pope Francis will visit the shelter.") == [("Francis", "Pope", None)]
    assert found_in("Officers from the Prince George's County police arrived.") == []
    assert found_in("Minister Jane spoke.") == []  # any other title with a first name alone: a fragment


@pytest.mark.parametrize("sentence, names", [
    ("The watch appeared on his wrist in the film Jane Holloway.", []),
    ("Nominees include high school comedy Jane Holloway.", []),
    ("They hired a crew to film Jane Holloway at home.", ["Jane Holloway"]),  # a verb, not a work
])
def test_a_name_after_a_kind_of_work_is_its_title(sentence, names):
    assert [p[0] for p in found_in(sentence)] == names


def test_a_plural_title_after_the_last_of_two_names():
    assert ("Tomas Vey", "analyst", "Quarrow Research") in found_in("Ada Moss and Tomas Vey, analysts with Quarrow Research, said so.")
    assert ("Tomas Vey", "President", None) in found_in("a plot against President Tomas Vey, members of Congress and others.")


def test_an_apposition_that_describes_a_body_makes_no_person():
    assert found_in("They also featured Penny Lane Sweets, a family-owned business from Dover, at the fair.") == []
    assert found_in("Jane Roe, a founder of a bakery in Ohio, spoke.") == [("Jane Roe", "founder of a bakery in Ohio", None)]


@pytest.mark.parametrize("sentence, expected", [
    ("Mara Quist founded Quarrow Labs in 2019 to help growers.", [("Mara Quist", "founder", "Quarrow Labs")]),
    ("Tovin Marsh and Ada Rinn co-founded the Harbor Guild in Salem.",
     [("Tovin Marsh", "co-founder", "Harbor Guild"), ("Ada Rinn", "co-founder", "Harbor Guild")]),
    ("Mara Quist founded in March a clinic for growers.", [("Mara Quist", None, None)]),
])
def test_founding_deed_gives_founder_role(sentence, expected):
    assert sorted(found_in(sentence)) == sorted(expected)


@pytest.mark.parametrize("sentence, expected", [
    ("Mara Quist (CEO, Quarrow Labs) and Tovin Marsh (CFO) joined the panel.",
     [("Mara Quist", "CEO", "Quarrow Labs"), ("Tovin Marsh", "CFO", None)]),
    ("The film follows Ada Rinn (Quist) on her voyage.", [("Ada Rinn", None, None)]),
])
def test_role_in_a_bracket_after_the_name(sentence, expected):
    assert sorted(found_in(sentence)) == sorted(expected)


@pytest.mark.parametrize("span, expected", [
    ("Father Tomas Brell", ([], ["Tomas", "Brell"], None, True)),
    ("Father Christmas", ([], ["Father", "Christmas"], None, False)),
])
def test_clerical_father_before_a_full_name(span, expected):
    assert split_prefix(span) == expected


def test_clerical_father_is_a_person_not_a_body():
    assert found_in("Father Tomas Brell is thrilled to announce a new series.") == [("Tomas Brell", None, None)]


def test_name_after_my_without_title_is_no_person():
    assert found_in("I used to dread grooming because my Golden Retriever would shed.") == []
    assert found_in("Our founder Mara Quist said it works.") == [("Mara Quist", "founder", None)]


def test_orchestra_chairs_are_titles():
    found = found_in("Ada Rinn (Principal Cello, Avalon Philharmonic) and Tovin Marsh (Associate Concertmaster) played.")
    assert sorted(found) == [("Ada Rinn", "Principal Cello", "Avalon Philharmonic"),
                             ("Tovin Marsh", "Associate Concertmaster", None)]


def test_an_instrument_of_an_orchestra_chair_is_no_title_word():
    # "Principal Viola" is a title, but "Viola" alone heads none: a body named after it keeps its role's owner
    assert found_in("Jane Roe, Viola Labs CEO, spoke on Monday.") == [("Jane Roe", "CEO", "Viola Labs")]


def test_a_titled_peer_after_the_is_a_person_whatever_his_surname():
    # "the General Assembly" is no person, but an honorific makes one of a common word
    assert [(m.name, m.role) for m in sentence_people("The Attorney General Lord Baker has issued no instructions.")] == [
        ("Lord Baker", "Attorney General")]


def test_a_kind_after_an_article_is_no_person_but_a_name_is():
    assert sentence_people("Quarrow Law is proud to serve as a Presenter Level Sponsor for the cup.") == []
    assert [m.name for m in sentence_people("They managed just one chance, a Paul Vashkor header over the bar.")] == [
        "Paul Vashkor"]


def test_a_name_after_the_with_no_title_is_a_body_s_but_a_glued_name_is_kept():
    assert sentence_people("The inquiry will be led by the Harbor Transport Gendarmerie, a spokesman for the "
                           "Quarrow prosecutor's office said Tuesday.") == []
    assert [m.name[-10:] for m in sentence_people("Shadow leader of the Commons Oliver Vey said no.")] == ["Oliver Vey"]


def test_a_person_shaped_name_after_the_names_a_thing_unless_it_describes_what_follows():
    assert sentence_people("The summit will take place at the Hilton Quarrow, convening physicians.") == []
    assert sentence_people("The farmhouse, once known as the Bennett Farm, is old.") == []
    assert [m.name for m in sentence_people("It was the sequel to the Tomas Varga comedy Meet Again.")] == ["Tomas Varga"]


def test_a_title_known_by_the_alone_after_the_names_a_person_but_a_paper_is_not():
    assert [m.name for m in sentence_people("Later the Quarrow Lama said he would stay.")] == ["Quarrow Lama"]
    assert sentence_people("Later the Quarrow Mail said it would stay.") == []


@pytest.mark.parametrize("sentence, affiliation", [
    ("She told QNN's Mara Quist that the road was closed.", "QNN"),
    ("Labour's Tomas Vey said the pair had a scorching.", "Labour"),
    ("Britain's Tomas Vey won the race.", "United Kingdom"),
    ("He met Obama's Tomas Vey there.", None),  # a person's, not a body's
    ("The company's Tomas Vey said so.", None),
])
def test_a_body_or_country_owning_a_name_is_its_affiliation(sentence, affiliation):
    assert [m.affiliation for m in sentence_people(sentence) if m.name == "Tomas Vey" or m.name == "Mara Quist"] == [affiliation]


@pytest.mark.parametrize("sentence, names", [
    ("Vey was anxious, Le Quotidien newspaper reported Sunday.", []),
    ("Der Morgen reported that the talks failed.", []),
    ("The house was built by architect Le Vasseur in 1931.", ["Le Vasseur"]),  # a role makes the person
    ("Le Van Hung said the harvest was poor.", ["Le Van Hung"]),  # a Vietnamese name of three
    ("Les Quarrow said the harvest was poor.", ["Les Quarrow"]),  # "Les" is a first name too
])
def test_a_name_opened_by_a_foreign_article_is_a_paper_or_a_place(sentence, names):
    assert [m.name for m in sentence_people(sentence)] == names


@pytest.mark.parametrize("sentence", ["The market is led by drugs like Ada Quist’s (NYSE: ADQ) Sorelle and others.",
                                      "Tomas Vey (NASDAQ: TVEY) said revenue grew.",
                                      "Tomas Vey (HKEX: 8123) said revenue grew."])  # any exchange of data/exchanges.txt
def test_a_name_with_a_ticker_is_a_listed_company(sentence):
    assert sentence_people(sentence) == []


def test_a_title_before_the_name_outranks_an_apposition_that_describes():
    [m] = sentence_people("We appeal to President Quarrow, the leader of a proud country, to show mercy.")
    assert m.role == "President"


def test_an_appointment_gives_the_office():
    assert found_in("Quarrow Labs promoted Owen Pratt to Vice President of Client Experience.") == [
        ("Owen Pratt", "Vice President", None)]
    assert [role for _, role, _ in found_in("Lia Moss has been named Chief Technology Officer.")] == ["Chief Technology Officer"]


@pytest.mark.parametrize("sentence, found", [
    ('"It works," said Tomas Varga Chief Executive Officer of Quarrow Labs.',
     ("Tomas Varga", "Chief Executive Officer", "Quarrow Labs")),
    ('"It works," said Rana Vey President and CEO of Harbor Mutual.', ("Rana Vey", "President and CEO", "Harbor Mutual")),
    ("The study was done with the help of Margaret Vey MP and a team of writers.", ("Margaret Vey", "MP", None)),
    ("Quarrow Labs named Rana Vey CEO on Monday.", ("Rana Vey", "CEO", None)),  # (was "CEO on Monday")
    ("The board named Rana Vey President and CEO.", ("Rana Vey", "President and CEO", None)),
])
def test_a_title_after_a_name_with_no_comma_is_the_role(sentence, found):
    assert found_in(sentence) == [found]


def test_a_title_word_that_is_a_surname_stays_in_the_name():
    assert [m.name for m in sentence_people("The death of Martin Luther King saw it postponed.")] == ["Martin Luther King"]


def test_a_body_s_letters_after_of_are_the_affiliation_and_end_the_name():
    assert found_in('"It works," said Tracey Vey of QLS.') == [("Tracey Vey", None, "QLS")]
    assert found_in("Chancellor Gene Quist of the QCLA called it a moment.") == [("Gene Quist", "Chancellor", "QCLA")]


@pytest.mark.parametrize("sentence, role, affiliation", [
    ("The rescue was led by Sgt. Mara Quist of the county police.", "Sergeant", None),
    ('"We are ready," said Lt. Col. Mara Quist.', "Lieutenant Colonel", None),
    ('"We are ready," Pentagon spokesman Col. Mara Quist said.', "spokesman", "Pentagon"),  # the office over the rank
    ('"We are ready," the commander of the Harbor Guard, Gen. Mara Quist, said.', "commander of the Harbor Guard", None),
    ("Honored were the Avalon Sheriff's Department Deputy Tomas Reyes, Sergeant Mara Quist and others.", "Sergeant", None),
])
def test_a_rank_abbreviated_before_a_name_is_a_role_an_office_beats(sentence, role, affiliation):
    m = next(m for m in sentence_people(sentence) if m.name == "Mara Quist")
    assert (m.role, m.affiliation) == (role, affiliation)


@pytest.mark.parametrize("sentence, found", [
    ('"We are pleased," said Robert A. Dean, chief executive of Quarrow Labs.', ("Robert A. Dean", "chief executive", "Quarrow Labs")),
    ("Mark J. Judge, a partner at Vey LLP, said it works.", ("Mark J. Judge", "partner", "Vey LLP")),
    ("Lisa Marie Nurse, a partner at Vey LLP, said it works.", ("Lisa Marie Nurse", "partner", "Vey LLP")),
])
def test_a_surname_that_is_a_title_word_after_an_initial_or_a_middle_name_stays_in_the_name(sentence, found):
    assert found_in(sentence) == [found]


@pytest.mark.parametrize("sentence, role, affiliation", [
    ("Quillby Lt. Gov. Mara Quist said the bill would pass.", "Lieutenant Governor", None),  # both abbreviations
    ("Brigadier General Mara Quist said the unit was ready.", "Brigadier General", None),  # a rank of two words
])
def test_a_rank_of_two_words_stays_whole(sentence, role, affiliation):
    m = next(m for m in sentence_people(sentence) if m.name == "Mara Quist")
    assert (m.role, m.affiliation) == (role, affiliation)


def test_a_span_after_a_capitalized_word_and_of_ends_a_body_s_name():
    assert sentence_people("But the Quarrow Office for the Coordination of Tidal Affairs said the toll would rise.") == []
    assert [m.name for m in sentence_people("A friend of Tomas Varga said the toll would rise.")] == ["Tomas Varga"]
    assert [m.name for m in sentence_people("Ahead of Tomas Varga's visit, Quarrow Labs signed.")] == ["Tomas Varga"]  # an opener
