"""Sentence splitting on press-release text: our own golden cases, one group per rule."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import summarize
from summarize import resources, split_rules
from summarize.split import split_sentences, split_words


def case(text: str, *sentences: str, id: str):
    return pytest.param(text, list(sentences), id=id)


INITIALS = [
    case("The award went to Maria T. Lopez of Denver.", "The award went to Maria T. Lopez of Denver.", id="middle-initial"),
    case("Grants were made by Albert K. Brandt and others.", "Grants were made by Albert K. Brandt and others.", id="initial-before-surname"),
    case("The team chose Plan B. The results came fast.", "The team chose Plan B.", "The results came fast.", id="letter-ends-sentence"),
    case("It was a tie between you and I. Did anyone else notice?", "It was a tie between you and I.", "Did anyone else notice?", id="pronoun-I-ends"),
    case("The shop is at 410 W. Garden Ave. in Fresno.", "The shop is at 410 W. Garden Ave. in Fresno.", id="compass-point-after-number"),
    case("It mines the low-cost R. Ridge deposit in Utah.", "It mines the low-cost R. Ridge deposit in Utah.", id="initial-after-compound-adjective"),
    case("The film was rated PG-13 or R. The studio chose R.", "The film was rated PG-13 or R.", "The studio chose R.", id="letter-after-or-ends"),
    case("The well reached 512.5 m. Assays follow in June.", "The well reached 512.5 m.", "Assays follow in June.", id="metres-end-sentence"),
    case("The prize went to Dr. R. T. Lund of Oslo. He spoke.", "The prize went to Dr. R. T. Lund of Oslo.", "He spoke.", id="run-of-initials"),
]

NUMBERS = [
    case("Revenue rose 12.5 percent to $4.2 million. Margins improved.", "Revenue rose 12.5 percent to $4.2 million.", "Margins improved.", id="decimals"),
    case("Shares closed at $10.25. Trading volume doubled.", "Shares closed at $10.25.", "Trading volume doubled.", id="amount-ends-sentence"),
    case("Version 2.0 ships to 1,200 stores today.", "Version 2.0 ships to 1,200 stores today.", id="version-number"),
    case("The plant opened in 2019. 2024 was its best year.", "The plant opened in 2019.", "2024 was its best year.", id="number-starts-sentence"),
    case("Please see p. 14 of the filing.", "Please see p. 14 of the filing.", id="page-abbreviation"),
]

LISTS = [
    case("1. Register online. 2. Attend the event.", "1. Register online.", "2. Attend the event.", id="numbered-with-periods"),
    case("1) Apply early 2) Apply often", "1) Apply early", "2) Apply often", id="parens-without-periods"),
    case("The plan has three steps: 1. Plan 2. Build 3. Ship", "The plan has three steps:", "1. Plan", "2. Build", "3. Ship", id="after-colon"),
    case("a. Lower cost b. Higher speed", "a. Lower cost", "b. Higher speed", id="letters"),
    case("\u2022 Faster checkout \u2022 Lower fees", "\u2022 Faster checkout", "\u2022 Lower fees", id="bullets"),
    case("Benefits include lower risk. * Faster setup. * Better support.", "Benefits include lower risk.", "* Faster setup.", "* Better support.", id="flattened-markdown"),
    case("He paid 2) twice and 5) once.", "He paid 2) twice and 5) once.", id="not-a-list"),
]

ELLIPSES = [
    case("Sales were up... way up, in fact.", "Sales were up... way up, in fact.", id="lower-case-after"),
    case("We waited... The results came on Tuesday.", "We waited...", "The results came on Tuesday.", id="sentence-starter-after"),
    case("It was over.... Then came the next round.", "It was over....", "Then came the next round.", id="four-dots"),
    case("The report [...] found steady gains.", "The report [...] found steady gains.", id="bracketed-omission"),
    case("Growth was slow . . . and then it was not.", "Growth was slow . . . and then it was not.", id="spaced-ellipsis"),
]

WEB = [
    case("Learn more at www.acme.com. Registration opens Monday.", "Learn more at www.acme.com.", "Registration opens Monday.", id="domain-ends-sentence"),
    case("Visit https://acme.com/news?id=4. The page lists details.", "Visit https://acme.com/news?id=4.", "The page lists details.", id="url"),
    case("Write to press@acme.io. We reply within a day.", "Write to press@acme.io.", "We reply within a day.", id="email"),
    case("Orders go through Acme.com in most regions.", "Orders go through Acme.com in most regions.", id="domain-inside"),
    case("Contact Jo.Lee@acme.com for details.", "Contact Jo.Lee@acme.com for details.", id="email-inside"),
]

TICKERS = [
    case("Golden Widgets Inc. (NASDAQ: GWID) today announced results.", "Golden Widgets Inc. (NASDAQ: GWID) today announced results.", id="nasdaq"),
    case("Acme Corp. (NYSE: ACME) and Beta Co. (OTCQB: BETA) signed a deal.", "Acme Corp. (NYSE: ACME) and Beta Co. (OTCQB: BETA) signed a deal.", id="two-tickers"),
    case("The shares trade as ABC (TSX.V: ABC). Trading starts Monday.", "The shares trade as ABC (TSX.V: ABC).", "Trading starts Monday.", id="ticker-ends-sentence"),
]

QUOTES = [
    case('"We are proud," said Jane Doe, CEO.', '"We are proud," said Jane Doe, CEO.', id="attribution"),
    case('"We are proud." Jane Doe spoke at the event.', '"We are proud."', "Jane Doe spoke at the event.", id="quote-then-sentence"),
    case('"Is this the future?" asked the analyst.', '"Is this the future?" asked the analyst.', id="question-then-attribution"),
    case("\u201cWe grew. We hired,\u201d said Jane Doe.", "\u201cWe grew.", "We hired,\u201d said Jane Doe.", id="sentences-inside-quote"),
    case('"We delivered," said John Ray, CEO of Acme Inc. "We will keep going."', '"We delivered," said John Ray, CEO of Acme Inc.', '"We will keep going."', id="abbreviation-before-quote"),
    case("The memo read 'Sales are up.' and nothing more.", "The memo read 'Sales are up.' and nothing more.", id="single-quotes"),
]

PARENTHESES = [
    case("The company (founded in 2001.) is based in Ohio.", "The company (founded in 2001.) is based in Ohio.", id="period-inside"),
    case("Profits rose (see table 2.) Costs fell.", "Profits rose (see table 2.)", "Costs fell.", id="parenthesis-ends-sentence"),
    case("The board approved the plan (details below). It takes effect in May.", "The board approved the plan (details below).", "It takes effect in May.", id="after-parenthesis"),
]

LINES = [
    case("Key Highlights\nRevenue grew 20%.\nNew Markets\nWe entered Brazil.", "Key Highlights", "Revenue grew 20%.", "New Markets", "We entered Brazil.", id="headings"),
    case("- Faster checkout\n- Lower fees", "- Faster checkout", "- Lower fees", id="list-items"),
    case("A heading without a stop\n\nThe body follows.", "A heading without a stop", "The body follows.", id="blank-line"),
    case("The buyer is Acme Inc.\n\nThe seller agreed.", "The buyer is Acme Inc.", "The seller agreed.", id="blank-line-after-abbreviation"),
    case("The deal was signed on\nMonday by both sides.", "The deal was signed on", "Monday by both sides.", id="line-without-punctuation"),
    case("The deal was signed.\nBoth sides agreed.", "The deal was signed.", "Both sides agreed.", id="lines-with-punctuation"),
]

TITLES = [
    case("Gov. Maria Lane signed the bill.", "Gov. Maria Lane signed the bill.", id="gov"),
    case("Sen. Tom Hale and Rep. Ann Cho spoke.", "Sen. Tom Hale and Rep. Ann Cho spoke.", id="sen-rep"),
    case("Amb. Rita Singh met the delegation.", "Amb. Rita Singh met the delegation.", id="amb"),
    case("Lt. Gen. Mark Ray led the review.", "Lt. Gen. Mark Ray led the review.", id="lt-gen"),
    case("Dr. Ada Park joined as CTO. Prof. Lee and Mr. Kim attended.", "Dr. Ada Park joined as CTO.", "Prof. Lee and Mr. Kim attended.", id="dr-prof-mr"),
    case("The event is in St. Louis this year.", "The event is in St. Louis this year.", id="st"),
    case("The court cited Quist v. Holder in May. It lost.", "The court cited Quist v. Holder in May.", "It lost.", id="versus-in-a-case"),
    case("It invests from Quarrow Fund V. The fund is new.", "It invests from Quarrow Fund V.", "The fund is new.", id="roman-five-ends"),
    case("Quarrow Labs opened in Minneapolis/St. Paul in May. It hired ten people.",
         "Quarrow Labs opened in Minneapolis/St. Paul in May.", "It hired ten people.", id="st-after-slash"),
    case("The charger outputs 5 v. It ships in June.", "The charger outputs 5 v.", "It ships in June.", id="volts-end"),
    case("Quarrow hired a new CEO/Pres. The board approved it.", "Quarrow hired a new CEO/Pres.", "The board approved it.",
         id="slashed-title-ends"),
]

COMPANIES = [
    case("Acme Holdings Ltd. and Beta Bros. signed the lease.", "Acme Holdings Ltd. and Beta Bros. signed the lease.", id="ltd-bros"),
    case("The deal closed with Acme Co. It was announced Monday.", "The deal closed with Acme Co.", "It was announced Monday.", id="co-ends-sentence"),
    case("Shares of Acme Corp. rose 4%.", "Shares of Acme Corp. rose 4%.", id="corp-inside"),
    case("The buyer is Acme Inc. The seller is Beta LLC.", "The buyer is Acme Inc.", "The seller is Beta LLC.", id="inc-ends-sentence"),
    case("We hired Inland Telecom Inc. (IT) for the bay route.", "We hired Inland Telecom Inc. (IT) for the bay route.", id="inc-parenthesis-continues"),
    case("We hired Inland Telecom Inc. (IT) and Dune Ltd. (THE DUNE) to build it.", "We hired Inland Telecom Inc. (IT) and Dune Ltd. (THE DUNE) to build it.", id="two-abbreviation-parentheses"),
    case("The buyer is Acme Inc. (The deal closed in May.) Then it grew.", "The buyer is Acme Inc.", "(The deal closed in May.)", "Then it grew.", id="inc-before-parenthesized-sentence"),
    case("Trip Notes:* Weather: It rained all week. The ferry still ran.", "Trip Notes:", "* Weather: It rained all week.", "The ferry still ran.", id="bullet-glued-to-label"),
    case("Acme Inc. Chief Executive Jo Ray spoke.", "Acme Inc. Chief Executive Jo Ray spoke.", id="inc-before-title"),
]

MONTHS = [
    case("The show runs Jan. 5 through Feb. 9 in Denver.", "The show runs Jan. 5 through Feb. 9 in Denver.", id="month-day"),
    case("It opened on Sept. 12. Visitors came early.", "It opened on Sept. 12.", "Visitors came early.", id="date-ends-sentence"),
    case("The filing is due in Oct. The board meets first.", "The filing is due in Oct.", "The board meets first.", id="month-ends-sentence"),
]

PLACES = [
    case("The U.S. Department of Energy funded it.", "The U.S. Department of Energy funded it.", id="us-before-name"),
    case("Operations are in the U.S. The team is remote.", "Operations are in the U.S.", "The team is remote.", id="us-ends-sentence"),
    case("The firm is based in Washington, D.C. and employs 40.", "The firm is based in Washington, D.C. and employs 40.", id="dc-inside"),
    case("Offices are in Washington, D.C. Our staff grew.", "Offices are in Washington, D.C.", "Our staff grew.", id="dc-ends-sentence"),
    case("Acme is based in San Jose, Calif. and Boston.", "Acme is based in San Jose, Calif. and Boston.", id="calif"),
    case("The plant in Albany, N.Y. opens in May.", "The plant in Albany, N.Y. opens in May.", id="ny"),
    case("Acme moved to Austin, Tex. The move cut costs.", "Acme moved to Austin, Tex.", "The move cut costs.", id="state-ends-sentence"),
    case("The U.K. and U.N. teams met.", "The U.K. and U.N. teams met.", id="uk-un"),
]

REFERENCES = [
    case("The fund ranked No. 1 in its class.", "The fund ranked No. 1 in its class.", id="no"),
    case("See Nos. 4 and 5 in the table.", "See Nos. 4 and 5 in the table.", id="nos"),
    case("The final is Acme vs. Beta on Friday.", "The final is Acme vs. Beta on Friday.", id="vs"),
    case("Some metals, e.g. Copper and nickel, cost more.", "Some metals, e.g. Copper and nickel, cost more.", id="eg"),
    case("Use the portal, i.e. Acme Connect, to apply.", "Use the portal, i.e. Acme Connect, to apply.", id="ie"),
    case("The study by Chen et al. found gains.", "The study by Chen et al. found gains.", id="et-al"),
    case("The study was led by Chen et al. The results were strong.", "The study was led by Chen et al.", "The results were strong.", id="et-al-ends-sentence"),
    case("Doors open at 9 a.m. Eastern on Friday.", "Doors open at 9 a.m. Eastern on Friday.", id="am"),
    case("The call starts at 10 a.m. The dial-in number follows.", "The call starts at 10 a.m.", "The dial-in number follows.", id="am-ends-sentence"),
    case("Adj. EBITDA rose to $20.5M. Tel. 800-555-0100 for details.", "Adj. EBITDA rose to $20.5M.", "Tel. 800-555-0100 for details.", id="adj-tel"),
    case("It weighs approx. 20 pounds.", "It weighs approx. 20 pounds.", id="approx"),
    case("The talk was Old Maps vs. The New Atlas in May.", "The talk was Old Maps vs. The New Atlas in May.", id="vs-before-capital"),
]

PUNCTUATION = [
    case("What is next? We will expand.", "What is next?", "We will expand.", id="question"),
    case("We did it! The team is thrilled.", "We did it!", "The team is thrilled.", id="exclamation"),
    case("Really?! Yes, really.", "Really?!", "Yes, really.", id="double-punctuation"),
    case("Tickets for Mamma Mia! go on sale today.", "Tickets for Mamma Mia! go on sale today.", id="exclamation-in-name"),
    case("The iPhone app is live. iPad support follows.", "The iPhone app is live.", "iPad support follows.", id="lower-case-brand"),
    case('See "Item 1A. Risk Factors" in the report.', 'See "Item 1A. Risk Factors" in the report.', id="filing-caption"),
    case("JERICHO, N.Y. - (Wire) - Acme signed.", "JERICHO, N.Y. - (Wire) - Acme signed.", id="dash-after-abbreviation"),
    case("It sold out.[1] Demand stayed high.", "It sold out.[1]", "Demand stayed high.", id="footnote"),
    case("Few roles go to women (U.S. Census Survey, 2023), it says. Pay lags.",
         "Few roles go to women (U.S. Census Survey, 2023), it says.", "Pay lags.", id="period-inside-brackets"),
    case("Acme (CEO: Jo Lind. Head office: Oslo) grew. It hired.",
         "Acme (CEO: Jo Lind. Head office: Oslo) grew.", "It hired.", id="sentence-end-inside-brackets-that-close"),
]

KNOWN_MISSES = [
    # An abbreviation followed by a title is read as one sentence: "p.m. Mr." is ambiguous.
    case("The call ended at 5 p.m. Mr. Lee then left.", "The call ended at 5 p.m.", "Mr. Lee then left.", id="time-before-title"),
    # A brand with "!" followed by a capitalized word ends a sentence for us.
    case("He won on Jeopardy! Tuesday night.", "He won on Jeopardy! Tuesday night.", id="exclamation-brand-capitalized"),
]


@pytest.mark.parametrize(
    "text, expected",
    INITIALS + NUMBERS + LISTS + ELLIPSES + WEB + TICKERS + QUOTES + PARENTHESES + LINES
    + TITLES + COMPANIES + MONTHS + PLACES + REFERENCES + PUNCTUATION,
)
def test_split_sentences(text, expected):
    assert split_sentences(text) == expected


@pytest.mark.xfail(strict=True, reason="known miss, kept to show the limits")
@pytest.mark.parametrize("text, expected", KNOWN_MISSES)
def test_known_misses(text, expected):
    assert split_sentences(text) == expected


def test_exported_from_package():
    assert summarize.split_sentences("One. Two.") == ["One.", "Two."]


def test_empty_and_blank_text():
    assert split_sentences("") == []
    assert split_sentences(" \n\n \n") == []


def test_whitespace_is_collapsed_inside_a_sentence():
    assert split_sentences("  The   deal\tclosed.  ") == ["The deal closed."]


WORDS = st.sampled_from(
    ["Acme", "Inc.", "Mr.", "the", "U.S.", "said", "1.", "2)", "...", ". . .", '"We', 'grew,"', "(NASDAQ:", "X)",
     "www.a.com.", "E.", "Smith", "e.g.", "it!", "why?", "\u2022", "*", "-", "\n", "\n\n", "[...]", "Co.", "a."]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=40))
def test_sentences_are_the_input_in_order(words):
    """No word is changed, dropped or moved: only whitespace differs."""
    text = " ".join(words)
    sentences = split_sentences(text)
    assert all(s and s == s.strip() for s in sentences)
    assert " ".join(sentences).split() == text.split()


def test_parameters_are_punkt_parameters_built_from_package_data():
    from nltk.tokenize.punkt import PunktParameters

    params = split_rules.model().params
    assert isinstance(params, PunktParameters)
    assert params.ortho_context  # trained, not empty


@pytest.mark.parametrize("name", ["abbreviations.txt", "abbreviations_before_names.txt"])
def test_curated_abbreviations_are_merged_into_the_data_file(name):
    """Editing a curated list without rerunning bench/train_punkt.py fails here."""
    missing = set(resources.word_set(name)) - split_rules.model().params.abbrev_types
    assert not missing


def test_curated_sentence_starters_are_merged_into_the_data_file():
    missing = set(resources.word_set("sentence_starters.txt")) - split_rules.model().params.sent_starters
    assert not missing


def test_split_words_needs_no_data():
    assert split_words("It's 5.") == ["It", "'s", "5", "."]


def test_a_sentence_run_into_the_next_is_cut_where_a_sentence_opener_follows():
    text = "The group is led by Harbor Funds.By raising money it grew. See inDrive.Money in Brazil. Visit Example.Com today."
    assert split_sentences(text) == ["The group is led by Harbor Funds.", "By raising money it grew.",
                                     "See inDrive.Money in Brazil.", "Visit Example.Com today."]


@pytest.mark.parametrize("text, first", [
    ("Quarrow Labs joined the board on March 3, 2026.The chair will stay in office.", "Quarrow Labs joined the board on March 3, 2026."),
    ("Revenue fell to EUR 2.9 million (2024: EUR 3.1 million).In the lighting unit, orders rose.",
     "Revenue fell to EUR 2.9 million (2024: EUR 3.1 million)."),
])
def test_a_sentence_run_into_the_next_after_a_figure_or_a_bracket_is_cut(text, first):
    assert split_sentences(text)[0] == first
    assert len(split_sentences(text)) == 2


@pytest.mark.parametrize("text, expected", [
    ("Quarrow Press now sells the novel DROWNED: A Very L.A. Wedding Planner. Mara Quist wrote it.",
     ["Quarrow Press now sells the novel DROWNED: A Very L.A. Wedding Planner.", "Mara Quist wrote it."]),
    ('The film "A Very D.C. Wedding Story" opens on Friday. It runs for 90 minutes.',
     ['The film "A Very D.C. Wedding Story" opens on Friday.', "It runs for 90 minutes."]),
    # a sentence after an initialism still ends there
    ("Mara Quist lives in Pompton Plains, N.J. She moved there in 2019.",
     ["Mara Quist lives in Pompton Plains, N.J.", "She moved there in 2019."]),
])
def test_a_title_with_an_initialism_in_it_is_one_sentence(text, expected):
    assert split_sentences(text) == expected
