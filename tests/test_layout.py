import pytest

from summarize.layout import paragraphs, split_glued_headings, split_labels, split_lost_breaks, text_blocks, unwrap
from summarize.models import Block


def test_wrapped_lines_are_joined_and_hyphenation_undone():
    lines = ["The company said that its inter-", "national sales rose by a third in the year", "to March."]
    assert [b.text for b in unwrap(lines)] == ["The company said that its international sales rose by a third in the year to March."]


def test_a_compound_seen_elsewhere_keeps_its_hyphen():
    text = "A well-known brand.\n\nThe brand that everyone calls well-\nknown in the trade sold more this year."
    assert text_blocks(text)[1].text == "The brand that everyone calls well-known in the trade sold more this year."


def test_short_lines_stay_apart():
    blocks = unwrap(["Jane Roe", "Acme Corp", "Cleveland, Ohio"])
    assert [b.text for b in blocks] == ["Jane Roe", "Acme Corp", "Cleveland, Ohio"]


def test_list_items_are_their_own_units():
    blocks = unwrap(["Highlights:", "- Sales rose by a third", "  across the region", "* Profit doubled"])
    assert [(b.text, b.kind) for b in blocks] == [
        ("Highlights:", "paragraph"),
        ("Sales rose by a third across the region", "list_item"),
        ("Profit doubled", "list_item"),
    ]


def test_a_heading_after_a_paragraph_ending_is_not_joined():
    lines = ["This is the last line of a long paragraph that ends here.", "About Acme"]
    assert [b.text for b in unwrap(lines)] == lines


def test_flattened_lines_split_at_double_spaces():
    line = "  ".join(["First paragraph of text that goes on for a while." * 3, "Heading", "Second paragraph." * 10])
    assert len(paragraphs(line)) == 3


@pytest.mark.parametrize("inside", ["Omar Haddad,  president of Avalon College, spoke.",
                                    '"We are ready,"  Avalon spokeswoman Lena Park said.',
                                    "The storm closed  roads across the north."])
def test_a_double_space_inside_a_sentence_of_a_flattened_line_is_no_break(inside):
    line = "  ".join(["First paragraph of text that goes on for a while." * 3, inside, "Second paragraph." * 10])
    assert [inside] in paragraphs(line)


def test_a_dateline_keeps_its_wire_glued_to_the_text_in_a_flattened_line():
    line = "Halden, Norway  (Wire)The council voted on Monday. " + "It met again later that week. " * 12
    assert paragraphs(line)[0][0].startswith("Halden, Norway  (Wire)The council")


def test_double_spaces_in_short_lines_are_kept_as_one_paragraph():
    assert [b.text for b in text_blocks("One sentence.  Another one.")] == ["One sentence. Another one."]


def test_compounds_of_a_text_are_found_on_first_use():
    from summarize.layout import Compounds

    compounds = Compounds("A well-known brand. Another line.")
    assert compounds._words is None
    assert "well-known" in compounds and "an-other" not in compounds


def test_an_upper_case_label_glued_to_a_paragraph_becomes_a_heading():
    blocks = split_labels([Block("THE CLAIMS PROCESS:Shareholders may ask the court to act for the class by May 2.")])
    assert blocks == [Block("THE CLAIMS PROCESS", "heading"),
                      Block("Shareholders may ask the court to act for the class by May 2.", "paragraph")]


@pytest.mark.parametrize("text", [
    "WHERE: Grant Park in the city centre, by the lake shore road.",  # one word: a field, not a heading
    "ACME CORP: Phone 555-0100",  # too short to be a sentence
    "The CEO said: We will grow this year across every single region.",  # not upper case
])
def test_other_paragraphs_keep_their_opening(text):
    assert split_labels([Block(text)]) == [Block(text)]


@pytest.mark.parametrize("text, expected", [
    ("OutlookAs demand grows, the plant will double its output.",
     [("Outlook", "heading"), ("As demand grows, the plant will double its output.", "paragraph")]),
    ("Sales rose.A Better Widget LineThe new line ships in May.",
     [("Sales rose.", "paragraph"), ("A Better Widget Line", "heading"), ("The new line ships in May.", "paragraph")]),
    ("About Orbis LabsFounded in 2002, Orbis Labs makes test kits.",
     [("About Orbis Labs", "heading"), ("Founded in 2002, Orbis Labs makes test kits.", "paragraph")]),
    ("2. Faster checkoutIn tests, buyers paid in half the time.",
     [("Faster checkout", "heading"), ("In tests, buyers paid in half the time.", "paragraph")]),
    ("Decades of ServiceThroughout his career, Roe has visited every store.",
     [("Decades of Service", "heading"), ("Throughout his career, Roe has visited every store.", "paragraph")]),
    ("Orbis Labs (ASX: ORB) - Tech With ReachThe firm sells kits.",
     [("Orbis Labs (ASX: ORB) - Tech With Reach", "heading"), ("The firm sells kits.", "paragraph")]),
])
def test_a_heading_glued_to_its_sentence_becomes_a_heading(text, expected):
    assert [(b.text, b.kind) for b in split_glued_headings([Block(text)])] == expected


@pytest.mark.parametrize("text", [
    "Follow Acme on LinkedIn for updates. Our LinkedIn page lists every opening.",
    "Acme makes widgets. It sells them in Oslo, where the firm began in 1990.",
])
def test_camel_case_names_and_ordinary_text_are_not_split(text):
    assert split_glued_headings([Block(text)]) == [Block(text)]


def test_a_heading_glued_to_a_name_the_release_writes_alone_is_split():
    blocks = [Block("Orbis Mining pays out daily."), Block("Three Exceptional Mining PlansOrbis Mining offers three plans.")]
    assert [(b.text, b.kind) for b in split_glued_headings(blocks)][1:] == [
        ("Three Exceptional Mining Plans", "heading"), ("Orbis Mining offers three plans.", "paragraph")]


@pytest.mark.parametrize("texts", [
    ["Leaf Labs pays out daily.", "As GreenLeaf noted, it pays."],  # too short for a heading
    ["Most people agree.", "The Video Platform VideoMost is new. VideoMost ships in May."],  # written whole twice
    ["The Wire reported it.", "PRISM MediaWire distributed the release."],  # a brand's usual second half
])
def test_camel_case_brands_are_not_split_at_a_name(texts):
    blocks = [Block(t) for t in texts]
    assert split_glued_headings(blocks) == blocks


def test_glued_headings_reach_the_cleaner_before_boilerplate_is_set_aside():
    from summarize.clean import clean

    doc = clean("Acme Opens a Plant\n\nAcme opened a plant in Oslo on Monday, its first in Norway.\n\n"
                "Forward-Looking StatementsThis release holds statements about future events and plans.")
    assert [b.text for b in doc.blocks] == ["Acme opened a plant in Oslo on Monday, its first in Norway."]


@pytest.mark.parametrize("text, heading", [
    ("About Brightwater Kids Center At Brightwater Kids Center children learn to swim.", "About Brightwater Kids Center"),
    ("About Quillon Labs Quillon Labs makes anvils for coyotes.", "About Quillon Labs"),
    ("ABOUT QUILLON BOOKS Quillon Books is a publisher in Austin.", "ABOUT QUILLON BOOKS"),
    ("About Brightwater Cheese Since its beginnings in 1882, it has grown.", "About Brightwater Cheese"),
])
def test_an_about_heading_run_into_its_paragraph_is_split(text, heading):
    blocks = split_glued_headings([Block(text)])
    assert blocks[0] == Block(heading, "heading")
    assert blocks[1].text == text[len(heading):].strip()


def test_about_in_a_sentence_is_no_heading():
    blocks = [Block("About Face Studio opened a store in Oslo, and About Face Studio plans more.")]
    assert split_glued_headings(blocks) == blocks


def test_a_one_word_section_heading_before_a_sentence_is_split():
    blocks = split_glued_headings([Block("Background Recent storms have closed three piers.")])
    assert blocks == [Block("Background", "heading"), Block("Recent storms have closed three piers.")]
    assert split_glued_headings([Block("Background checks are required.")]) == [Block("Background checks are required.")]


def test_a_release_wrapped_with_blank_lines_keeps_its_sentences_whole():
    text = ("Ten Silver Rules, a digital marketing agency\n\nspecializing in law firms, has been named to the list,"
            " ranking among the\n\nfastest-growing companies.\n\nAbout Ten Silver Rules\n\nIt helps law firms grow.")
    assert [b.text for b in text_blocks(text)] == [
        "Ten Silver Rules, a digital marketing agency specializing in law firms, has been named to the list,"
        " ranking among the fastest-growing companies.", "About Ten Silver Rules", "It helps law firms grow."]


def test_a_heading_or_a_list_item_does_not_run_on():
    assert len(paragraphs("# Title\n\nlower-case start of a paragraph.")) == 2
    assert len(paragraphs("- first item\n\nsecond line in lower case.")) == 2


def test_a_label_in_capitals_or_a_camel_case_brand_ends_or_opens_its_own_paragraph():
    text = "FOR IMMEDIATE RELEASE\n\neBay, the marketplace, has opened a new office in Leeds today."
    assert [b.text for b in text_blocks(text)][0] == "FOR IMMEDIATE RELEASE"


def test_a_dateline_typed_in_lower_case_does_not_run_on_into_the_title():
    groups = paragraphs("Five Questions for Your Roofer\n\nspringfield, United States - May 5, 2025 / Acme /\n\nBody text.")
    assert groups[1] == ["springfield, United States - May 5, 2025 / Acme /"]


@pytest.mark.parametrize("line, first", [
    ("(CNN)A  Danish man drove into a crowd in the city on Friday, officials said. " + "Police came. " * 30,
     "(CNN)A Danish man drove into a crowd"),
    ("The mayor spoke at the request of  Governor Lee Park, who was away. " + "Police came. " * 30,
     "The mayor spoke at the request of Governor Lee Park"),
    ("Harbor Mutual approved a $0.12 1st  Quarter cash dividend per share. " + "Police came. " * 30,
     "Harbor Mutual approved a $0.12 1st Quarter cash dividend"),
])
def test_a_flattened_line_is_not_cut_inside_a_sentence(line, first):
    assert paragraphs(line)[0][0].startswith(first)


def test_an_about_heading_glued_to_its_first_sentence_without_a_space_is_cut():
    blocks = [Block("Zentrova ships its hiring app today."),
              Block("About ZentrovaMake your hiring faster with Zentrova tools.")]
    assert [(b.kind, b.text) for b in split_glued_headings(blocks)][1:] == [
        ("heading", "About Zentrova"), ("paragraph", "Make your hiring faster with Zentrova tools.")]


def test_about_before_a_camel_case_name_written_nowhere_alone_is_no_heading():
    blocks = [Block("About HubLoop users, most said they would renew this year.")]
    assert split_glued_headings(blocks) == blocks


@pytest.mark.parametrize("text, heading", [
    ("About ZentrovaZentrova is a maker of hiring tools.", "About Zentrova"),
    ("About Vexo, Inc.Vexo, Inc. is a maker of tools.", "About Vexo, Inc."),
    ("About Dr. Lena Park Dr. Lena Park is a surgeon in Ohio.", "About Dr. Lena Park"),
])
def test_an_about_heading_glued_to_the_name_it_repeats_is_cut(text, heading):
    blocks = split_glued_headings([Block(text)])
    assert (blocks[0].kind, blocks[0].text) == ("heading", heading)


@pytest.mark.parametrize("text, heading", [
    ("More Access, More Risk According to the survey, most members of Harbor Mutual hold two cards.",
     "More Access, More Risk"),
    ("A Steady Approach to Daily Meals Rather than chasing trends, Quarrow Foods keeps its range simple.",
     "A Steady Approach to Daily Meals"),
    ("Reaching More U.S. Buyers As part of its rollout, Quarrow Labs will sell through three online shops.",
     "Reaching More U.S. Buyers"),
    ("Mara Quist (1931-1999) In gardening circles, Mara Quist was known for her roses.", "Mara Quist (1931-1999)"),
])
def test_a_title_case_heading_run_into_its_sentence_with_a_space_is_split(text, heading):
    blocks = split_glued_headings([Block(text)])
    assert blocks == [Block(heading, "heading"), Block(text[len(heading):].strip())]


@pytest.mark.parametrize("text", [
    "Quarrow Labs Inc. The company makes valves for water utilities.",  # a sentence ends first
    "Valve Starter Plan: With a small stake, a buyer earns a fixed return.",  # a label, not a heading
    "Harbor Capital, the Boston Series A firm founded by Mara Quist, raised a fund.",  # an apposition
    "Mara Quist, a Harbor Who's Who listee and owner of Quist Insurance, spoke.",
    "Will Quarrow Labs Continue With its Record Growth? The firm thinks so.",  # the question goes on
    "Quarrow Valve Works Inc Today announced a plant in Dunmore.",  # a name without its period
])
def test_a_sentence_opening_with_capitals_is_no_glued_heading(text):
    assert split_glued_headings([Block(text)]) == [Block(text)]


@pytest.mark.parametrize("text, heading", [
    ("The Hidden Costs of Slow LeaksLeaks may look small, but they rot floors.", "The Hidden Costs of Slow Leaks"),
    ("A New Monthly Plan for Small ShopsRecognizing that budgets differ, Quarrow Labs now bills monthly.",
     "A New Monthly Plan for Small Shops"),
])
def test_a_title_case_heading_run_into_a_sentence_without_a_space_is_split(text, heading):
    blocks = split_glued_headings([Block(text)])
    assert blocks == [Block(heading, "heading"), Block(text[len(heading):])]


@pytest.mark.parametrize("text", [
    "Mara Quist, CEO of SingularityNET and Harbor Labs, spoke at the fair.",  # capitals after the glue
    "Based on CoinGecko data for the last month, Quarrow Coin rose by a third.",  # three words only
    "Harbor, Quarrow, OceanAlpha and Dune Labs will speak at the fair.",  # a list, not a heading
])
def test_a_camel_case_name_inside_a_sentence_is_no_glued_heading(text):
    assert split_glued_headings([Block(text)]) == [Block(text)]


@pytest.mark.parametrize("text, heading", [
    ("About Quarrow Tool and Die Quarrow Tool & Die® makes presses in Ohio.", "About Quarrow Tool and Die"),
    ("About the Harbor Mutual Trust The Harbor Mutual Trust funds schools.", "About the Harbor Mutual Trust"),
    ("About QuarrowHD® Established in 2020, QuarrowHD makes cameras.", "About QuarrowHD®"),
])
def test_an_about_heading_run_into_a_paragraph_naming_it_again_is_split(text, heading):
    blocks = split_glued_headings([Block(text)])
    assert blocks[0] == Block(heading, "heading")
    assert blocks[1].text == text[len(heading):].strip()


@pytest.mark.parametrize("text", [
    "About Harbor Labs and the Harbor Labs Fund: both were founded by Mara Quist.",  # ends on a small word
    "About Quarrow Holdings Denver-based Quarrow Holdings owns two teams.",  # not a name's word
])
def test_about_before_a_name_said_again_in_a_sentence_is_no_heading(text):
    assert split_glued_headings([Block(text)]) == [Block(text)]


@pytest.mark.parametrize(
    "text, parts",
    [
        ("The fair drew guests from Oslo and Lyon. ________ A Warm Welcome The fair opened with a song.",
         ["The fair drew guests from Oslo and Lyon.", "A Warm Welcome The fair opened with a song."]),
        ("Why Choose Quarrow Labs?* Fast Setup: The kit pairs in seconds.",
         ["Why Choose Quarrow Labs?", "Fast Setup: The kit pairs in seconds."]),
        ("Quarterly Results* Revenue: Harbor Mutual earned $4 million.", ["Quarterly Results", "Revenue: Harbor Mutual earned $4 million."]),
    ],
)
def test_a_rule_or_a_glued_bullet_star_marks_a_lost_break(text, parts):
    assert [b.text for b in split_lost_breaks([Block(text, "paragraph")])] == parts


@pytest.mark.parametrize(
    "text",
    ["Quarrow Labs (NASDAQ: QRW)* is in talks with Harbor Mutual.", "A study (2020;13(5):559)* shows gains.",
     "At a Glance * The kit pairs in seconds.", "The chant was \"never a ni** club.\""],
)
def test_a_footnote_star_or_a_masked_word_is_no_lost_break(text):
    assert [b.text for b in split_lost_breaks([Block(text, "paragraph")])] == [text]
