"""Headings run into the text after them become heading blocks."""
from __future__ import annotations

import pytest

from summarize.headings import split_glued_headings
from summarize.models import Block


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
    # any word that opens a sentence after a run-in heading (one list, `heading_openers`)
    ("From Teacher to MayorA retired chemistry teacher, Mara Quist won the vote in 2022.",
     [("From Teacher to Mayor", "heading"), ("A retired chemistry teacher, Mara Quist won the vote in 2022.", "paragraph")]),
    ("Round-the-Clock Care for Harbor FamiliesOnce a call comes in, a nurse answers within minutes.",
     [("Round-the-Clock Care for Harbor Families", "heading"),
      ("Once a call comes in, a nurse answers within minutes.", "paragraph")]),
])
def test_a_heading_glued_to_its_sentence_becomes_a_heading(text, expected):
    assert [(b.text, b.kind) for b in split_glued_headings([Block(text)])] == expected


@pytest.mark.parametrize("text", [
    "Follow Acme on LinkedIn for updates. Our LinkedIn page lists every opening.",
    "Acme makes widgets. It sells them in Oslo, where the firm began in 1990.",
    "MoveOn is organizing rallies across the state this week.",  # a brand, not "Move" + "On is ..."
    "Sales rose. SpotOn said its orders doubled in May.",
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
