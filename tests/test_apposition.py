"""What follows a name: appositions, credentials, a role stated with "as"."""
from __future__ import annotations

import pytest

from summarize.apposition import apposition, bracketed_role, copula_role
from summarize.role_after import appointed_role, as_role, founded_role, headline_office


@pytest.mark.parametrize("after, expected", [
    (", Chief Executive Officer of Vantor Mills, Inc., said.", ("Chief Executive Officer", "Vantor Mills, Inc.")),
    (", PhD, President and CEO of Helix Labs, stated.", ("President and CEO", "Helix Labs")),
    (" – Vice President, FilmHedge, Former Executive in Residence at CMII.", ("Vice President", "FilmHedge")),
    (", CPA and Chairman of Debt.com.", ("Chairman", "Debt.com")),
    (", Director of External Affairs for Lotto.com.", ("Director of External Affairs", "Lotto.com")),
    (", CEO of Quillan Forge announced plans to open a plant.", ("CEO", "Quillan Forge")),
    (", director of Norway's Fjordline Maritime Museum presented a model.", ("director", "Fjordline Maritime Museum")),
    (", spokesman of Canada's Dairy Council said.", ("spokesman", "Dairy Council")),
    (", founder of Brightleaf.About Brightleaf Brightleaf builds tools.", ("founder", "Brightleaf")),
    (", Avalon Association for Rural Broadband Executive Director:", ("Executive Director", "Avalon Association for Rural Broadband")),
    (", Executive Director, Brightleaf Institute for Water Law & Policy:", ("Executive Director", "Brightleaf Institute for Water Law & Policy")),
    (", Vice President, Global Operations Strategy & Planning, said.", ("Vice President, Global Operations Strategy & Planning", None)),
    (", previously a co-founder of the design firm Tidewell.", ("former co-founder", "Tidewell")),
    (", formerly CEO of Helix Labs, said.", ("former CEO", "Helix Labs")),
    (", then the tournament director, said.", ("then tournament director", None)),
    (", Vice President for Environmental Affairs, told reporters.", ("Vice President for Environmental Affairs", None)),
    (", Director of E-Commerce and Marketing for Tidewell, a designer.", ("Director of E-Commerce and Marketing", "Tidewell")),
    (", program director for CARE International, said.", ("program director", "CARE International")),
    (", CEO shares that, \"We grew.\"", ("CEO", None)),
    (", current Secretary of State of Vermont, spoke.", ("current Secretary of State", "Vermont")),
    (", Director, Technology & Supply Chain at Martha's Book Bank.", ("Director, Technology & Supply Chain", "Martha's Book Bank")),
    (", director of the IMF's European Department, said.", ("director", "IMF")),
    (", Founder of Joy of Baking Company™.", ("Founder", "Joy of Baking Company")),
    (", Chief Product & Marketing Officer, Quillan Business, said.", ("Chief Product & Marketing Officer", "Quillan Business")),
    (", Vice President, Global Operations Strategy & Planning, said.", ("Vice President, Global Operations Strategy & Planning", None)),
    (", and Lena Park said.", (None, None)),
    (", who called the reports fake.", (None, None)),
    (", Marlow co-founded Tidewell, a sensor company.", (None, None)),
    (", Asian studies professor at Brightleaf University.", ("Asian studies professor", "Brightleaf University")),
    # an -ing word or a modal after the title is the sentence's, not the role's
    (", a lawyer representing Mara Quist, said.", ("lawyer", None)),
    (", the lawyer leading the class action against Quarrow, said.", ("lawyer", None)),
    (", chief operating officer of Quarrow Labs, said.", ("chief operating officer", "Quarrow Labs")),
    (", the defender could only fire his shot wide.", (None, None)),
    # an em dash touching the words opens or ends an apposition
    ("—the CEO & Founder of Quarrow Training—joined the show.", ("CEO & Founder", "Quarrow Training")),
    (", Director of New Developments for The Lindwell Group—Harbor's premier team in Avalon.",
     ("Director of New Developments", "The Lindwell Group")),
    (", Deputy Lia Fenn, Sergeant Tomas Vey and others.", (None, None)),  # the next person of a list
    # a unit named with "of", then the body; a minister's portfolio
    (", Vice President of Merchandising, Quarrow Beauty. “We grew.”", ("Vice President of Merchandising", "Quarrow Beauty")),
    (", Minister of Health and Wellness, said.", ("Minister of Health and Wellness", None)),
    (", Minister of Tourism, Civil Aviation, Urban Development, and Labor.", ("Minister of Tourism", None)),
    (", President of Quarrow Labs, Harbor Corp.", ("President", "Quarrow Labs")),  # a body, not a unit
    # a unit, then the body, ending the apposition
    (", Director, Diversity & Inclusion Programs, Quarrow Labs; Tomas Vey", ("Director, Diversity & Inclusion Programs", "Quarrow Labs")),
    (", Managing Director, Customer Products, Brightleaf.", ("Managing Director, Customer Products", "Brightleaf")),
    (", CEO, Quarrow Labs, Boston.", ("CEO", "Quarrow Labs")),  # a place
    (", CEO, Quarrow Labs, Tomas Vey, CFO", ("CEO", "Quarrow Labs")),  # the next person
])
def test_the_role_and_organization_an_apposition_gives(after, expected):
    assert apposition(after) == expected


@pytest.mark.parametrize("after, role", [
    (" as its new chief financial officer.", "chief financial officer"),
    (" as Executive Chairman, and Lia Moss as a member.", "Executive Chairman"),
    (" spoke as a doyen of the diplomatic corps in Baku.", "doyen of the diplomatic corps"),
    (" said as President Lindqvist arrived.", None),
    (" noted that the deal positions Vantor as a near-term producer.", None),
    (" works with firms such as a chief executive would.", None),
])
def test_a_role_stated_with_as(after, role):
    assert as_role(after) == role


@pytest.mark.parametrize("after, expected", [
    (" is the co-founder of Quillan, a maker of pens.", ("co-founder", "Quillan")),
    (" is CEO of Vantor Mills Inc. and a pilot.", ("CEO", "Vantor Mills Inc.")),
    (" is a photographer based in Leeds.", ("photographer", None)),
    (" is tipped to win best actor.", (None, None)),
    (" is emerging as a leader in golf.", (None, None)),
    (" is a leading provider of tools.", (None, None)),
    (" is the author of 'A Finger in the Pie', a memoir.", (None, None)),
    # the words before "of" end in a title by itself or a person's noun, not a title's last word
    (" is the state.", (None, None)),
    (" is a dermatologist at Quarrow Skin Clinic.", ("dermatologist", "Quarrow Skin Clinic")),
    (" is a pioneer in the field of optics.", (None, None)),
])
def test_a_role_stated_with_is(after, expected):
    assert copula_role(after) == expected


def test_praise_is_no_role():
    assert apposition(", a pioneer in the field of optics, said") == (None, None)


def test_where_a_person_is_based_and_a_dangling_including_are_no_role():
    assert apposition(", a veteran investor based in Oslo, said") == ("veteran investor", None)
    assert apposition(", the author of ten books including “Quiet Rooms”, said")[0] == "author of ten books"


def test_role_after_who_serves_or_served_as():
    assert apposition(", who has served as president of Harbor Mutual since 2021, will lead it.") == (
        "president", "Harbor Mutual")
    assert apposition(", who served as CEO of Quarrow, said") == ("former CEO", "Quarrow")


def test_list_of_roles_keeps_its_and_and_may_hold_four():
    assert apposition(", Founder, President, and CEO of Harbor Mutual, said") == (
        "Founder, President, and CEO", "Harbor Mutual")
    assert apposition(", Author, Tax Attorney, Speaker, and Adjunct Professor at Avalon College, said") == (
        "Author, Tax Attorney, Speaker, and Adjunct Professor", "Avalon College")
    assert apposition(", Founder, President, and Ada Moss said") == ("Founder, President", None)


def test_when_a_role_takes_effect_is_no_part_of_it():
    assert apposition(", chief executive officer effective March 17, said") == ("chief executive officer", None)


def test_kind_of_body_before_its_name_and_a_clause_after_a_role():
    assert apposition(", legal director of the rights organisation Quarrow Watch, said") == ("legal director", "Quarrow Watch")
    assert apposition(", head of the abbey told local media.") == ("head of the abbey", None)
    assert apposition(", the minister's zeal for the job remains strong.") == (None, None)


def test_a_participle_phrase_after_a_role_is_no_part_of_it():
    assert apposition(" - Noted educator and clinician in sports medicine focused on knee injuries") == (
        "Noted educator and clinician in sports medicine", None)
    assert apposition(", MD - Educator and clinician in sports medicine") == ("Educator and clinician in sports medicine", None)
    assert apposition(", a tax lawyer specializing in estates, said") == ("tax lawyer", None)
    assert apposition(", an actor famed for playing villains, said") == ("actor", None)
    # a passive verb belongs to a clause, and no title before the participle: kept whole (and refused)
    assert apposition(", King Orvo I and other rulers have been linked to it, the report says.") == (None, None)


@pytest.mark.parametrize("after", [
    ", stepped into the CEO role last year.",  # a verb and its preposition: a clause
    ", who is married to a naval officer, said",
    ", offering financial advisory solutions, and Quarrow, a maker of kites.",  # a participle with no title
    ", alongside industry experts discussing growth, will speak.",
    ", starring rapper Dex Moss.",  # a film's, or a work's
    ", winning best actress, while ...",
])
def test_a_clause_after_a_name_is_no_role(after):
    assert apposition(after) == (None, None)


def test_a_participle_or_an_adjective_may_open_a_role():
    assert apposition(", leading researcher in the study, said")[0] == "leading researcher in the study"
    assert apposition(", managing partner at Quarrow Labs, said") == ("managing partner", "Quarrow Labs")


@pytest.mark.parametrize("after", [
    ", runner Ada Moss and Quarrow co-founder and philanthropist Tomas Vey.",  # the next people of a list
    ", Quarrow co-founder Zhaoxu Lin, angel investor Oren Baly, and more.",
    ", Avalon Party's elections chief Lord Fennick said.",
])
def test_a_role_naming_another_person_is_refused(after):
    assert apposition(after) == (None, None)


def test_an_honorific_or_a_kind_of_body_before_a_name_in_a_role_is_no_other_person():
    assert apposition(", the Lord Chief Justice, had said") == ("Lord Chief Justice", None)
    assert apposition(", lawyer for Mr Fennick, said") == ("lawyer", "Mr Fennick")
    assert apposition(", co-founder of the analytics consultancy Roe Hale, said") == ("co-founder", "Roe Hale")


def test_a_role_ends_before_a_word_that_leads_to_a_quoted_title():
    assert apposition(', the acclaimed author behind "Quiet Rooms", has won.') == ("acclaimed author", None)
    assert apposition(', author of a new book for cooks called "Salt", said') == ("author of a new book for cooks", None)


def test_a_plural_title_given_to_one_of_its_holders_is_singular():
    assert apposition(", founders of the Avalon Piano Council, said") == ("founder", "Avalon Piano Council")
    assert apposition(", analysts with Quarrow Research, said", plural=True) == ("analyst", "Quarrow Research")
    assert apposition(", analysts with Quarrow Research, said") == (None, None)  # a name alone: a list goes on
    assert apposition(", members of the Supervisory Board of Quarrow AG, resigned") == (
        "member of the Supervisory Board", "Quarrow AG")
    assert apposition(", boss of Quarrow, said") == ("boss", "Quarrow")


def test_a_person_noun_before_a_first_name_in_a_role_is_another_person():
    assert apposition(", footballer Fennick and Quarrow co-founder and philanthropist Bill Banks.") == (None, None)
    assert apposition(", current Secretary of State of Avalon and former Dunmore County Recorder; and")[0] == (
        "current Secretary of State")  # "former" is no person's noun


def test_a_spaced_dash_ends_a_role_and_may_lead_to_its_organization():
    assert apposition(", the propaganda minister -- to sway the crowds, said") == ("propaganda minister", None)
    assert apposition(", Program Manager – Quarrow Sustainability, said") == ("Program Manager", "Quarrow Sustainability")


def test_a_role_ends_before_where_or_the_verb_of_a_report():
    assert apposition(", her boss at a pub where she worked, said") == ("her boss at a pub", None)
    assert apposition(", a cocoa farmer from Edo state told Reuters.") == ("cocoa farmer from Edo state", None)


def test_a_persons_noun_heads_a_role_no_title_word_names():
    assert apposition(" - Award-winning nutritionist focused on gut health") == ("Award-winning nutritionist", None)
    assert apposition(", RD - Nutritionist focused on gut health") == ("Nutritionist", None)
    assert apposition(", a volunteer at Avalon Food Bank, said") == ("volunteer", "Avalon Food Bank")
    assert apposition(", a number of sellers, said") == (None, None)  # no person's noun


def test_founded_role_reads_the_body_founded():
    assert founded_role(" founded Quarrow Labs in 2019") == ("founder", "Quarrow Labs")
    assert founded_role(" and Ada Rinn co-founded the Harbor Guild") == ("co-founder", "Harbor Guild")
    assert founded_role(" founded March Events") == (None, None)
    assert founded_role(" said the firm was founded in 2019") == (None, None)


def test_bracketed_role_reads_the_bracket_or_what_follows_it():
    assert bracketed_role(" (CEO, Quarrow Labs) said") == ("CEO", "Quarrow Labs")
    assert bracketed_role(" (MBA), Partner at Quarrow Labs, said") == ("Partner", "Quarrow Labs")
    assert bracketed_role(" (Quist), a sailor") == (None, None)
    assert bracketed_role(" (Spain) said") == (None, None)


@pytest.mark.parametrize("after, role", [
    (", a teacher who shares a son with his ex-wife, said", "teacher"),
    (", a lecturer on tides at Quarrow University, said", "lecturer on tides"),
    (", a fashion commentator, said", "fashion commentator"),
    (", the TV presenter, said", "TV presenter"),
])
def test_an_occupation_news_reports_give_is_a_role(after, role):
    assert apposition(after)[0] == role


@pytest.mark.parametrize("after", [", started as a reporter with one small paper, said",
                                   ", praised Vashkor as a brave writer, a pious man.",
                                   ", accused Lord Vey of having contempt for victims."])
def test_a_verb_and_as_is_a_clause_not_a_role(after):
    assert apposition(after) == (None, None)


def test_a_place_abbreviated_after_a_name_is_no_degree():
    assert apposition(", U.S. army chief of staff, said") == ("U.S. army chief of staff", None)
    assert apposition(", M.D., said") == (None, None)


@pytest.mark.parametrize("after, expected", [
    (", the commander of the Quarrow Guard, said", ("commander", "Quarrow Guard")),
    (", a chaplain, said", ("chaplain", None)),
    (", the chief negotiator, said", ("chief negotiator", None)),
])
def test_ranks_clergy_and_envoys_are_roles(after, expected):
    assert apposition(after) == expected


@pytest.mark.parametrize("after", [", Dean Mara, and Tomas Vey played.", ", Mara Singer and Tomas Vey, who went on to run it."])
def test_the_next_names_of_a_list_are_no_role(after):
    assert apposition(after) == (None, None)


def test_a_title_and_its_end_are_a_role_though_both_are_first_names():
    assert apposition(", Dean Emerita, said") == ("Dean Emerita", None)


def test_as_a_lower_case_role_and_a_capitalized_one():
    assert as_role(" as member and Chairman of the Board of Quarrow Labs.") == "member and Chairman"


def test_a_dotted_degree_then_the_title_with_no_comma():
    assert apposition(", Ph.D. Founder and CEO of Quarrow Labs, said") == ("Founder and CEO", "Quarrow Labs")


@pytest.mark.parametrize("after, expected", [
    (", who heads the Harbor Guild, said.", ("head", "Harbor Guild")),
    (", who co-founded Quarrow Labs in 2019, said.", ("co-founder", "Quarrow Labs")),
    (", who also chairs the Avalon Rights Network.", ("chair", "Avalon Rights Network")),
    (", who heads back to Geneva on Sunday.", (None, None)),  # a place, not a body
    (", who chairs the committee.", (None, None)),  # no body named
    (", who heads Quarrow Labs' research team.", ("head of research team", "Quarrow Labs")),  # not the whole body's head
    (", who heads Quarrow Labs' research team in Oslo.", (None, None)),  # the unit goes on
    (", who leads Harbor Mutual’s Trade Credit business.", ("head of Trade Credit business", "Harbor Mutual")),
    (", who leads marketing at Quarrow Labs, said.", ("head of marketing", "Quarrow Labs")),
    (", who leads the way at Quarrow Labs.", (None, None)),  # no field of work
    (", who leads workshops at Quarrow Academy, said.", (None, None)),  # an activity, no field of work
    (", who leads worship at Grace Chapel, said.", (None, None)),
    (", who leads engineering at Quarrow Labs, said.", ("head of engineering", "Quarrow Labs")),
    (", who leads Tomas Vey's campaign team.", (None, None)),  # a person's
    (", who leads Quarrow Institutional.", (None, None)),  # led alone: maybe a unit of another body
    (", who heads the Avalon Computer Science and Robotics Laboratory's data group.", (None, None)),  # cut short
    (", who chairs the Harbor Guild pensions committee.", (None, None)),
])
def test_a_clause_whose_verb_names_the_office(after, expected):
    assert apposition(after) == expected


def test_a_role_after_who_is_now_or_also():
    assert apposition(", who is now the director of the Museum of Avalon History, said.") == (
        "director", "Museum of Avalon History")
    assert apposition(", who is also the vice-president of the Harbor Guild.") == ("vice-president", "Harbor Guild")
    # "who was also" tells a past office, not a current one
    assert apposition(", who was also the Harbor Guild's president, left the company.") == (None, None)


def test_years_of_experience_are_no_part_of_a_role():
    assert apposition(", a seasoned stylist with over three decades of experience, said.") == ("seasoned stylist", None)
    assert apposition(", a trauma nurse with nearly 20 years of care experience, said.") == ("trauma nurse", None)
    assert apposition(", partner with Harbor Mutual, said.") == ("partner", "Harbor Mutual")


def test_a_department_someone_heads_is_no_organization():
    assert apposition(", who heads Investor Relations, said") == (None, None)
    assert apposition(", who heads the Harbor Guild, said") == ("head", "Harbor Guild")


@pytest.mark.parametrize("before, after, role", [
    ("", " has been named Chief Technology Officer of Quarrow Labs.", "Chief Technology Officer"),
    ("", " was promoted to vice president of sales.", "vice president"),
    ("Quarrow Labs named ", " its chief executive on Monday.", "chief executive"),
    ("Quarrow Labs promoted ", " to Vice President of Client Experience.", "Vice President"),
    ("", " was named a partner at the firm.", "partner"),
    # no office: a ranking, an honour, a prize, a body, a day
    ("", " was named one of the most influential women in tech.", None),
    ("", " was named a Massachusetts Super Lawyer.", None),
    ("", " will be named best supporting actress.", None),
    ("", " was named Coach of the Year after a 12-1 season.", None),
    ("", " was named Entrepreneur of the Year.", None),
    ("", " was elected to the board of Quarrow Labs.", None),
    ("Quarrow Labs appointed ", " to its board.", None),
    ("Quarrow Labs named ", " on Monday.", None),
    ("", " was named President Lindqvist's adviser.", None),
    ("Quarrow Labs thanked ", " its chief executive.", None),  # no appointment
])
def test_an_appointment_told_without_as(before, after, role):
    assert appointed_role(before, after) == role

def test_a_capitalized_name_ending_in_a_plural_title_is_a_body_not_a_role():
    assert apposition(", Quarrow Business Advisors of Utah County, won the award.") == (None, None)
    assert apposition(", Quarrow Business Advisors of Utah County, won.", plural=True) == (None, None)
    assert apposition(", Senior Advisors at Harbor Mutual, said.", plural=True) == ("Senior Advisor", "Harbor Mutual")
    assert apposition(", Managing Partner of Harbor Partners, said.") == ("Managing Partner", "Harbor Partners")


def test_a_tie_to_another_person_after_and_is_no_part_of_the_role():
    assert apposition(", a crime writer and his longtime confidante, because she knew.") == ("crime writer", None)
    assert apposition(", co-founder and Quarrow's chief scientist, said.")[0] == "co-founder and Quarrow's chief scientist"  # two offices
    assert apposition(", first president and Vey's best friend, said.") == ("first president", None)
    assert apposition(", Chairman and CEO of Quarrow Labs, said.") == ("Chairman and CEO", "Quarrow Labs")


def test_a_long_relative_clause_after_a_short_role_is_no_part_of_it():
    after = ", a war photographer who has spent time in war zones ranging from the coast to the hills of Avalon."
    assert apposition(after) == ("war photographer", None)
    assert copula_role(" is a war photographer who has spent time in war zones ranging from the coast to the hills.") == (
        "war photographer", None)
    # a list the clause ends stays unread: "member of the ... Board of Supervisors and one of the six who ..."
    after = ", current member of the Avalon County Board of Supervisors and one of the six who stopped the plan."
    assert apposition(after)[1] != "Supervisors"


def test_a_head_keeps_what_it_heads():
    assert as_role(" as Senior Advisor and Head of Financial Market Strategy.") == "Senior Advisor and Head of Financial Market Strategy"
    assert as_role(" as Head of Sales, effective May 1.") == "Head of Sales"
    assert as_role(" as Executive Chairman of Quarrow Labs.") == "Executive Chairman"  # the body is the affiliation


@pytest.mark.parametrize("before, after, office", [
    ("", " Joins Quarrow Labs as Chief Marketing Officer", "Chief Marketing Officer"),
    ("Quarrow Labs Appoints ", " as Chief Financial Officer", "Chief Financial Officer"),
    ("Quarrow Labs Names ", " President", "President"),
    ("Harbor Mutual Promotes ", " to Senior Account Manager", "Senior Account Manager"),
    ("", " Named Chief Executive of Quarrow Labs", "Chief Executive"),
    ("", " Named Coach of the Year", None),  # an award
    ("", " Joins Quarrow Labs Board of Directors", None),  # no office named
    ("Quarrow Labs Thanks ", " as Chief Financial Officer", None),  # no appointment
])
def test_the_office_a_title_case_headline_gives(before, after, office):
    assert headline_office(before, after) == office
