import pytest

from summarize.layout import (paragraphs, spaced_quotes, split_labels, split_lost_breaks, text_blocks, unwrap,
                              without_footnote_marks)
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


@pytest.mark.parametrize("text, expected", [
    ("Harbor Mutual's deposits rose 12%.1 The bank opened two branches.",
     "Harbor Mutual's deposits rose 12%. The bank opened two branches."),
    ("Ferry use keeps growing across the bay.2 Quarrow Labs builds the boats.",
     "Ferry use keeps growing across the bay. Quarrow Labs builds the boats."),
    ("A review at the Quarrow Institute [1] found the design sound.",
     "A review at the Quarrow Institute found the design sound."),
    ("The harbour survey,[2] published in May, counted 40 boats.",
     "The harbour survey, published in May, counted 40 boats."),
    ("Most islanders own a boat.\u00b9 Few own two.", "Most islanders own a boat. Few own two."),
])
def test_footnote_marks_are_taken_out(text, expected):
    assert [b.text for b in without_footnote_marks([Block(text)])] == [expected]


@pytest.mark.parametrize("text", [
    "Quarrow Labs moved its wallet to Web 3.0 The update ships in May.",  # a version
    "Mara Quist is the No.1 Seed at the harbour regatta.",  # an abbreviation
    "The park covers 800 km\u00b2 of the island.",  # a unit
    "It uses 650 kW (Table 3.2 of [4]), a tenth of the old rig (Table I, [5]).",  # references as nouns
])
def test_figures_units_and_cited_references_are_no_footnote_marks(text):
    assert [b.text for b in without_footnote_marks([Block(text)])] == [text]


def test_a_footnote_mark_no_longer_hides_a_sentence_end():
    from summarize.pipeline import summarize_text

    text = ("Harbor Mutual Opens Branch\n\nHarbor Mutual opened a branch in Quarrow on Monday, its 12th on the "
            "coast.1 The branch will lend to fishing firms along the harbour front.\n")
    points = [k.text for k in summarize_text(text).key_points]
    assert "Harbor Mutual opened a branch in Quarrow on Monday, its 12th on the coast." in points


def test_a_quote_opened_right_after_a_sentence_end_gets_its_space():
    text = 'Quarrow Labs filed the petition in May."Today\'s vote proves us right," said Mara Quist.'
    assert [b.text for b in spaced_quotes([Block(text)])] == [
        'Quarrow Labs filed the petition in May. "Today\'s vote proves us right," said Mara Quist.']
    closing = 'Mara Quist said "we keep pace with the harbour."Over the year, the line grew.'  # the splitter's job
    assert [b.text for b in spaced_quotes([Block(closing)])] == [closing]
    unclosed = 'The harbour pier is 12" too low.So the board said "fix it."Work starts in May.'  # an inch mark
    assert [b.text for b in spaced_quotes([Block(unclosed)])] == [unclosed]

