"""The cleaner on small releases written for these tests, one per input kind."""
import pytest

from summarize.clean import clean
from summarize.errors import InputError, UsageError

SEED_LIKE = """Ministers of Two Nations Meet in Baku

Ministers of Two Nations Meet in Baku

BAKU, Nov. 27 (Reuters) - Azerbaijan`s foreign minister met his Kazakh counterpart in Baku on Tuesday to discuss trade.
The two sides agreed to expand rail links.

"This is a good day for our region," the minister said.

###
"""

EMAIL_WRAPPED = """Acme Opens New Plant in Ohio

CLEVELAND, OH, March 3, 2025 /Example Wire/ -- Acme Corp, a maker of
industrial tools, today opened a new plant that will serve inter-
national customers across the region and create three hundred new
jobs over the next two years, the company said.

The plant cost $40 million to build and is Acme's third in the state.
It will run on solar power from a nearby well-known farm and employ
local engineers.

Media Contact:
Jane Roe
Acme Corp
jane.roe@example.com
+1 216 555 0100
"""

MARKDOWN = """# Acme Launches **Rocket** Service

## A new way to reach orbit

NEW YORK -- Acme Corp today launched a [rocket service](https://example.com/rocket) for small satellites.

![Acme rocket](https://example.com/rocket.png)

- Three launches a year
- Payloads up to *500 kg*

| Year | Launches |
|------|----------|
| 2025 | 3 |

---

### About Acme

Acme Corp builds rockets. For more information, visit https://example.com.

### Forward-Looking Statements

This release contains forward-looking statements that involve risks.
"""

HTML_PAGE = """<!DOCTYPE html>
<html><head><title>Acme Wins Award | Acme News</title>
<script>var tracking = "Acme Wins Award tracking script";</script>
<style>p { color: red; }</style></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News menu item</a></li></ul></nav>
<div class="sidebar">Subscribe to our newsletter today for deals.</div>
<article>
<h1>Acme Wins Design Award</h1>
<p>PARIS, FRANCE - June 17, 2026 - Acme Corp won the annual design award for its new chair, the jury said on Tuesday.</p>
<p>The chair is made from recycled wood and sells in twelve countries.</p>
<figure><img src="chair.jpg"><figcaption>Photo courtesy of Acme</figcaption></figure>
<h2>About Acme</h2>
<p>Acme Corp is a furniture maker founded in 1950.</p>
</article>
<footer>Copyright 2026 Acme. All rights reserved.</footer>
</body></html>
"""


def texts(document):
    return [block.text for block in document.blocks]


def reasons(document):
    return {item.reason for item in document.removed}


def test_seed_like_text_headline_once_dateline_and_apostrophe():
    document = clean(SEED_LIKE)
    assert document.headline == "Ministers of Two Nations Meet in Baku"
    assert all("Ministers of Two Nations" not in text for text in texts(document))
    assert document.dateline.place == "BAKU"
    assert texts(document)[0].startswith("Azerbaijan's foreign minister")
    assert "Reuters" not in " ".join(texts(document))
    assert "###" not in " ".join(texts(document))
    assert "repeated headline" in reasons(document)


def test_email_wrapped_release_is_unwrapped_and_contacts_removed():
    document = clean(EMAIL_WRAPPED)
    assert document.headline == "Acme Opens New Plant in Ohio"
    assert document.dateline.date == "2025-03-03"
    assert document.dateline.place == "CLEVELAND, OH"
    first, second = texts(document)
    assert first.startswith("Acme Corp, a maker of industrial tools")
    assert "international customers" in first
    assert "well-known farm" in second
    assert "\n" not in first
    body = " ".join(texts(document))
    assert "Jane Roe" not in body and "example.com" not in body and "555" not in body
    assert any(item.reason.startswith("contact") for item in document.removed)


def test_markdown_release():
    document = clean(MARKDOWN)
    assert document.headline == "Acme Launches Rocket Service"
    assert document.subheadline == "A new way to reach orbit"
    assert document.dateline.place == "NEW YORK"
    body = texts(document)
    assert body[0] == "Acme Corp today launched a rocket service for small satellites."
    kinds = {block.text: block.kind for block in document.blocks}
    assert kinds["Three launches a year"] == "list_item"
    assert kinds["Payloads up to 500 kg"] == "list_item"
    joined = " ".join(body)
    assert "https://" not in joined and "2025 | 3" not in joined
    assert "builds rockets" not in joined and "forward-looking" not in joined
    assert {"image", "table", "about section", "forward-looking section"} <= reasons(document)


def test_html_page_main_content_only():
    document = clean(HTML_PAGE)
    assert document.headline == "Acme Wins Design Award"
    assert document.dateline.place == "PARIS, FRANCE"
    assert document.dateline.date == "2026-06-17"
    joined = " ".join(texts(document))
    assert joined.startswith("Acme Corp won the annual design award")
    assert "recycled wood" in joined
    for noise in ("menu item", "newsletter", "tracking", "color: red", "Copyright", "Photo courtesy", "furniture maker"):
        assert noise not in joined


def test_format_override_keeps_markdown_syntax_as_text():
    document = clean("Title Here\n\nSee [the site](https://example.com) now.", input_format="text")
    assert texts(document) == ["See [the site](https://example.com) now."]
    markdown = clean("Title Here\n\nSee [the site](https://example.com) now.", input_format="markdown")
    assert texts(markdown) == ["See the site now."]


def test_a_txt_file_is_read_by_its_content():
    page = "<p>Not a heading</p>"
    assert texts(clean("Title\n\n" + page, filename="release.txt")) == [page]
    document = clean("# Acme Opens a Plant\n\nAcme opened a [plant](https://example.com) today.", filename="release.txt")
    assert document.headline == "Acme Opens a Plant"
    assert texts(document) == ["Acme opened a plant today."]


def test_unknown_format_is_a_usage_error():
    with pytest.raises(UsageError):
        clean("text", input_format="pdf")


@pytest.mark.parametrize(
    "line, reason",
    [
        ("-30-", "end-mark"),
        ("SOURCE Acme Corp", "source"),
        ("View original content: https://example.com/news", "view-original"),
        ("Photo credit: Jane Roe", "image"),
        ("Follow us on Twitter and LinkedIn", "social"),
        ("https://example.com/page", "url-only"),
        ("press@example.com", "email-only"),
        ("+1 (555) 010-0199", "phone-only"),
        ("For more information, visit www.example.com.", "call-to-action"),
        ("Read More>>", "link-text"),
        ("This article has been disseminated on behalf of Acme Corp and may include paid advertising.", "disclaimer"),
    ],
)
def test_boilerplate_lines_are_removed(line, reason):
    document = clean(f"Acme Grows\n\nAcme Corp grew its sales by ten percent this year, it said.\n\n{line}")
    assert texts(document) == ["Acme Corp grew its sales by ten percent this year, it said."]
    assert any(item.text == line and item.reason.startswith(reason) for item in document.removed)


@pytest.mark.parametrize(
    "header, reason",
    [
        ("About Acme Corp", "about section"),
        ("About 404 Studio", "about section"),
        ("About Acme Corp.", "about section"),
        ("About Acme Tools Co., Ltd.", "about section"),
        ("Forward-Looking Statements", "forward-looking section"),
        ("Safe Harbor Statement", "forward-looking section"),
        ("Media Contacts", "contact section"),
        ("Investor Relations Contact:", "contact section"),
        ("Notes to Editors", "notes section"),
    ],
)
def test_boilerplate_sections_are_removed(header, reason):
    text = f"Acme Grows\n\nAcme Corp grew its sales by ten percent this year, it said.\n\n{header}\n\nAcme Corp makes anvils and sells them to coyotes worldwide."
    document = clean(text)
    assert texts(document) == ["Acme Corp grew its sales by ten percent this year, it said."]
    assert (header, reason) in {(item.text, item.reason) for item in document.removed}


def test_a_line_ending_on_another_period_is_no_heading():
    text = "Acme Grows\n\nSales rose by ten percent this year.\n\nAbout twenty people came.\n\nAcme Corp makes anvils and sells them to coyotes worldwide."
    assert texts(clean(text))[-1] == "Acme Corp makes anvils and sells them to coyotes worldwide."


def test_inline_about_header_removes_the_paragraph():
    document = clean("Acme Grows\n\nSales rose by ten percent this year.\n\nAbout Acme: Acme Corp makes anvils.")
    assert texts(document) == ["Sales rose by ten percent this year."]


def test_inline_about_header_with_a_dash_needs_the_name_repeated():
    document = clean("Books Free\n\nThe author offers two books.\n\nAbout Face - A professor is hunted on an island.\n\nAbout Acme - Acme sells books.")
    assert texts(document) == ["The author offers two books.", "About Face - A professor is hunted on an island."]


def test_inline_headers_with_abbreviations_and_glued_text():
    document = clean(
        "Acme Grows\n\nSales rose by ten percent this year.\n\n"
        "About Acme Tools, Inc.: Acme has made tools since 1950.\n\nContacts:Jane Roe(555) 010-0199jane@example.com"
    )
    assert texts(document) == ["Sales rose by ten percent this year."]


def test_a_contact_block_at_the_top_ends_at_the_first_prose_paragraph():
    text = (
        "Acme Splits Its Shares\n\nCONTACT: Jane Roe\n\nRoe Public Relations\n\njane@example.com\n\n"
        "NEW YORK -- Acme Corp said it will split its shares two for one at the end of the month, "
        "giving every holder a second share for each one held, the board said on Friday."
    )
    document = clean(text)
    assert document.dateline.place == "NEW YORK"
    assert texts(document) == [text.split("NEW YORK -- ")[1]]
    assert not document.warnings


def test_body_resumes_after_a_boilerplate_heading_section():
    text = "# Acme Grows\n\nSales rose by ten percent.\n\n## About Acme\n\nAcme makes anvils.\n\n## Next Steps\n\nThe company will open two stores next year in Ohio."
    assert texts(clean(text))[-1] == "The company will open two stores next year in Ohio."


def test_flattened_release_with_double_spaces_is_split():
    body = "  ".join(["Acme Corp opened a store in the city center today, the company said in a statement."] * 2 + ["About Acme", "Acme makes anvils for everyone."])
    text = "Acme Opens Store\n\n" + body.replace("today", "on Monday", 1) + " " * 2 + "x" * 250
    document = clean(text)
    assert "Acme makes anvils for everyone." not in texts(document)
    assert any(item.text == "About Acme" for item in document.removed)


def test_normalization_of_spaces_quotes_and_soft_hyphens():
    document = clean("Acme Grows\n\nAcme\u00a0Corp\u2019s \u201cinter\u00adnational\u201d  sales\u200b rose.")
    assert texts(document) == ['Acme Corp\'s "international" sales rose.']


def test_body_that_is_all_boilerplate_is_kept_with_a_warning():
    document = clean("Acme Grows\n\nAbout Acme\n\nAcme makes anvils for coyotes and sells them worldwide.")
    assert texts(document) == ["Acme makes anvils for coyotes and sells them worldwide."]
    assert document.warnings


def test_subheadline_glued_to_the_dateline_is_split_off():
    text = "Museum Opens Wing\n\nKids love the new wing (Example Wire) - August 25, 2024 - Glendale, CA -- The museum opened a wing on Sunday."
    document = clean(text)
    assert document.subheadline == "Kids love the new wing"
    assert document.dateline.place == "Glendale, CA"
    assert texts(document) == ["The museum opened a wing on Sunday."]


def test_caption_sentence_glued_before_the_dateline_is_split_off():
    text = (
        "Museum Opens Wing\n\nThe founder, pictured at the opening, cut the ribbon. (Example Wire) - August 25, 2024 - "
        "Glendale, CA -- The museum opened a wing on Sunday."
    )
    document = clean(text)
    assert document.dateline.date == "2024-08-25"
    assert texts(document)[-1] == "The museum opened a wing on Sunday."
    assert all("Example Wire" not in t for t in texts(document))


def test_two_datelines_and_a_repeated_subheadline_leave_the_body():
    text = (
        "# Acme Brings Fiber to Townville\n\nFiber coming to 3,000 homes\n\nTownville, United States - January 27, 2025 / Example Apps /\n\n"
        "Fiber coming to 3,000 homes\n\nTOWNVILLE, Texas -- Acme announced today that building has begun."
    )
    document = clean(text)
    assert document.subheadline == "Fiber coming to 3,000 homes"
    assert document.dateline.date == "2025-01-27"
    assert texts(document) == ["Acme announced today that building has begun."]


def test_about_before_a_number_is_not_a_header():
    document = clean("Fair Draws Crowd\n\nAbout 200 people came. Attendance: a record for the fair.\n\nAbout half of them were children.")
    assert texts(document) == ["About 200 people came. Attendance: a record for the fair.", "About half of them were children."]


def test_a_release_without_body_keeps_its_subheadline_as_body():
    document = clean("# Acme Guide Unveiled\n\nAcme: find better strategies for business\n\nTownville, United States - October 7, 2025 / Acme /")
    assert texts(document) == ["Acme: find better strategies for business"]
    assert document.warnings


def test_a_lead_sentence_restating_the_headline_leaves():
    document = clean("How to File a Claim in Ohio\n\nWondering how to file a claim in Ohio? Acme Law explains the steps in a new guide.")
    assert texts(document) == ["Acme Law explains the steps in a new guide."]
    assert ("Wondering how to file a claim in Ohio?", "repeated headline") in {(r.text, r.reason) for r in document.removed}


@pytest.mark.parametrize(
    "paragraph, reason",
    [
        (
            'The information above about Acme Corp. (the "Company") may contain "forward-looking statements" within the '
            "meaning of Section 27A of the Securities Act of 1933. Actual results may differ.",
            "forward-looking",
        ),
        ("Acme uses its investor website to disclose material information and to comply with Regulation FD.", "disclaimer"),
    ],
)
def test_unheaded_legal_paragraphs_are_boilerplate(paragraph, reason):
    document = clean(f"Acme Grows\n\nAcme Corp grew its sales by ten percent this year, it said.\n\n{paragraph}")
    assert texts(document) == ["Acme Corp grew its sales by ten percent this year, it said."]
    assert (paragraph, reason) in {(item.text, item.reason) for item in document.removed}


def test_a_sentence_that_only_mentions_forward_looking_statements_stays():
    text = "Acme Grows\n\nAnalysts said the forward-looking statements in the plan were cautious. Sales rose."
    assert texts(clean(text)) == ["Analysts said the forward-looking statements in the plan were cautious. Sales rose."]


def test_character_references_resolve_in_text_but_html_is_left_to_its_parser():
    assert clean("Acme &amp; Sons Open a Plant\n\nAcme &amp; Sons opened a plant in Dover on Monday.").headline == \
        "Acme & Sons Open a Plant"
    doc = clean("<html><body><h1>Tags</h1><p>Write &lt;p&gt; to open a paragraph in any page.</p></body></html>",
                input_format="html")
    assert doc.blocks[0].text == "Write <p> to open a paragraph in any page."


def test_a_dateline_before_a_repeated_headline_stays():
    text = ("Acme Opens a Plant in Ohio\n\nCLEVELAND, OH, March 3, 2025 /Example Wire/ -- Acme Opens a Plant in Ohio\n\n"
            "The plant will employ three hundred people from the region.")
    document = clean(text)
    assert (document.dateline.place, document.dateline.date) == ("CLEVELAND, OH", "2025-03-03")
    assert texts(document) == ["The plant will employ three hundred people from the region."]


def test_a_title_glued_to_a_second_dateline_becomes_a_heading():
    text = ("# Acme Grows in Portugal\n\nAcme Opens an Office\n\nPorto, Portugal - January 30, 2026 / Acme /\n\n"
            "Acme Expands Its Reach Across the Iberian CoastLisbon, Portugal - Acme continues to grow in the region.")
    document = clean(text)
    assert document.dateline.place == "Porto, Portugal"
    assert [(b.kind, b.text) for b in document.blocks] == [
        ("heading", "Acme Expands Its Reach Across the Iberian Coast"),
        ("paragraph", "Acme continues to grow in the region."),
    ]


def test_a_page_behind_a_password_is_refused():
    text = "# Protected: Acme Opens a Store\n\nThis content is password protected. To view it please enter your password below:\n\nPassword:\n"
    with pytest.raises(InputError, match="password"):
        clean(text)


def test_a_login_prompt_beside_text_is_set_aside_with_a_warning():
    document = clean("Acme Opens a Store\n\nAcme opened its first store in Ohio on Monday.\n\nYou must be logged in to read more.")
    assert texts(document) == ["Acme opened its first store in Ohio on Monday."]
    assert any("password or a login" in w for w in document.warnings)


def test_a_question_opening_a_wire_story_is_no_headline():
    document = clean("(CNN)Is it a prank or a new menu?  We will know on Monday. " + "The chain said little more. " * 12)
    assert document.headline is None
    assert texts(document)[0].startswith("Is it a prank or a new menu?")


def test_a_release_mark_with_a_date_gives_the_dateline_its_date():
    document = clean("Acme Repairs Gas Mains in Townville\n\nFOR IMMEDIATE RELEASE - MAY 4, 2026\n\n"
                     "Acme began replacing gas mains in Townville on Monday, the company said.")
    assert (document.dateline.place, document.dateline.date) == (None, "2026-05-04")
    assert texts(document) == ["Acme began replacing gas mains in Townville on Monday, the company said."]


def test_a_release_mark_dates_a_dateline_without_a_year():
    document = clean("Acme Repairs Gas Mains\n\nFOR IMMEDIATE RELEASE - MAY 4, 2026\n\n"
                     "TOWNVILLE, Ohio, May 4 -- Acme began replacing gas mains on Monday, the company said.")
    assert (document.dateline.place, document.dateline.date) == ("TOWNVILLE, Ohio", "2026-05-04")


KICKED = ("{kicker}\n\nHollowbrook Tools Reports Record Second-Quarter Sales\n\n"
          "TOWNVILLE, Ohio, May 4, 2026 -- Hollowbrook Tools Inc. today reported sales of $12 million, up 9%.")


@pytest.mark.parametrize("kicker", ["Quarterly Results", "Technology", "Hollowbrook Tools", "Company News:"])
def test_a_kicker_over_the_headline_is_set_aside(kicker):
    document = clean(KICKED.format(kicker=kicker))
    assert document.headline == "Hollowbrook Tools Reports Record Second-Quarter Sales"
    assert document.subheadline is None
    assert kicker in [r.text for r in document.removed]


@pytest.mark.parametrize("label", ["PRESS RELEASE", "Media Advisory", "NEWS", "News Release"])
def test_a_label_naming_the_kind_of_text_is_no_headline(label):
    document = clean(f"{label}\n\nHollowbrook reports record sales for its second quarter\n\n"
                     "Hollowbrook Tools Inc. today reported sales of $12 million, up 9%.")
    assert document.headline == "Hollowbrook reports record sales for its second quarter"


def test_a_dated_label_above_the_headline_dates_the_dateline():
    document = clean("Press Release - May 4, 2026\n\nHollowbrook reports record sales\n\n"
                     "TOWNVILLE, Ohio -- Hollowbrook Tools Inc. today reported sales of $12 million, up 9%.")
    assert (document.headline, document.dateline.date) == ("Hollowbrook reports record sales", "2026-05-04")


def test_a_short_headline_with_a_verb_keeps_its_subheadline():
    document = clean("Hollowbrook Acquires Tinmere\n\nDeal Brings Two Plants And Four Hundred Workers To Hollowbrook\n\n"
                     "TOWNVILLE, Ohio, May 4, 2026 -- Hollowbrook Tools Inc. said today it bought Tinmere Ltd.")
    assert document.headline == "Hollowbrook Acquires Tinmere"
    assert document.subheadline == "Deal Brings Two Plants And Four Hundred Workers To Hollowbrook"


def test_the_lines_of_a_fixture_over_a_sports_preview_are_no_headline():
    document = clean("Millbrook Stadium\n\nSaturday, 12 March\n\n1500 GMT\n\nJane Doe (Kent)\n\n"
                     "Townville will be without their captain, who injured a knee in training on Tuesday. "
                     "The visitors are unbeaten in five games.")
    assert document.headline is None
    assert texts(document)[0].startswith("Townville will be without their captain")
    assert [r.reason for r in document.removed] == ["fixture"] * 4


@pytest.mark.parametrize("joint, colon", [(".", ": "), (". ", ": "), (".", ":")])
def test_an_about_section_run_into_the_paragraph_before_it_is_set_aside(joint, colon):
    text = (f"Acme Grows\n\nSales rose by ten percent this year. The call is in English{joint}"
            f"About Acme SE{colon}Acme SE is the leading maker of anvils. It sells them to coyotes.")
    assert texts(clean(text)) == ["Sales rose by ten percent this year. The call is in English."]


def test_about_inside_a_paragraph_without_the_name_again_stays():
    text = "Acme Grows\n\nSales rose this year. About Face: a novel, is out now and sells well."
    assert texts(clean(text)) == ["Sales rose this year. About Face: a novel, is out now and sells well."]


PLANT = "Quarrow Labs Opens a Plant in Brenton\n\nBRENTON, Texas{date} -- Quarrow Labs opened a plant today. It will employ 200 people."


def test_a_contact_block_over_the_headline_is_no_headline():
    document = clean("Media Contact:\nMara Quist\nDirector of Communications\n555-123-4567\nmara@quarrowlabs.example\n\n"
                     "FOR IMMEDIATE RELEASE\n\n" + PLANT.format(date=", May 4, 2026"))
    assert document.headline == "Quarrow Labs Opens a Plant in Brenton"
    assert document.subheadline is None
    assert "Mara Quist" in [r.text for r in document.removed]


def test_a_date_alone_over_the_headline_dates_the_dateline():
    document = clean("Tuesday, May 4, 2026\n\n" + PLANT.format(date=""))
    assert document.headline == "Quarrow Labs Opens a Plant in Brenton"
    assert (document.dateline.place, document.dateline.date) == ("BRENTON, Texas", "2026-05-04")
    assert texts(document) == ["Quarrow Labs opened a plant today. It will employ 200 people."]


def test_the_issuers_name_over_the_headline_is_no_headline():
    document = clean("Quarrow Labs, Inc.\n\n" + PLANT.format(date=", May 4, 2026"))
    assert document.headline == "Quarrow Labs Opens a Plant in Brenton"


def test_a_short_headline_ending_on_a_legal_form_is_still_the_headline():
    # An issuer's name line stands over a headline, never over the body's first sentence.
    document = clean("Q3 Results for Acme Corp.\n\nAcme Corp. said on Monday that revenue rose 12% to $40 million.\n\n"
                     "The company also raised its outlook for the year.")
    assert document.headline == "Q3 Results for Acme Corp."


@pytest.mark.parametrize("debris", [" -", " |", " \u2013"])
def test_a_separator_left_at_the_headlines_end_goes(debris):
    document = clean(PLANT.replace("Brenton\n", f"Brenton{debris}\n", 1).format(date=", May 4, 2026"))
    assert document.headline == "Quarrow Labs Opens a Plant in Brenton"


def test_a_short_headline_naming_a_deal_is_kept_after_a_release_mark():
    document = clean("FOR IMMEDIATE RELEASE\n\nQuarrow Labs Acquires Tinmere Corp.\n\n"
                     "BRENTON, Texas, May 4, 2026 -- Quarrow Labs said today it bought Tinmere Corp. for $4 million.")
    assert document.headline == "Quarrow Labs Acquires Tinmere Corp."


def test_a_headline_ending_with_a_colon_goes_on_in_the_line_under_it():
    document = clean("# Quarrow Labs Releases the Second Book in Its Series:\n\n\u201cTeam Work: Lessons from a Fable\u201d\n\n"
                     "BRENTON, TX / PR Karma / May 4, 2026\n\nQuarrow Labs, a maker of valves, released its second book today.")
    assert document.headline == 'Quarrow Labs Releases the Second Book in Its Series: "Team Work: Lessons from a Fable"'
    assert document.subheadline is None
    assert document.dateline.place == "BRENTON, TX"


@pytest.mark.parametrize("mark", ["*** FOR IMMEDIATE RELEASE ***", "-- FOR IMMEDIATE RELEASE --"])
def test_a_decorated_release_mark_is_no_headline(mark):
    document = clean(f"{mark}\n\n" + PLANT.format(date=", May 4, 2026"))
    assert document.headline == "Quarrow Labs Opens a Plant in Brenton"
    assert document.subheadline is None


def test_a_rule_under_the_headline_is_set_aside():
    document = clean(PLANT.replace("Brenton\n", "Brenton\n=======================\n", 1).format(date=", May 4, 2026"))
    assert document.headline == "Quarrow Labs Opens a Plant in Brenton"
    assert document.subheadline is None
    assert texts(document) == ["Quarrow Labs opened a plant today. It will employ 200 people."]


def test_one_line_of_sentences_pasted_alone_is_the_body_not_a_headline():
    doc = clean('Quarrow Corp. opened a plant in Reno. "We are pleased," said Mara Quist, chief executive of Quarrow Corp.\n')
    assert doc.headline is None
    assert [b.text for b in doc.blocks] == ['Quarrow Corp. opened a plant in Reno. "We are pleased," said Mara Quist, chief executive of Quarrow Corp.']
    assert clean("Quarrow Labs Opens a Plant in Reno\n").headline == "Quarrow Labs Opens a Plant in Reno"  # a title stays one
