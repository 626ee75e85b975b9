"""Flags for sentences that read badly as stand-alone bullets."""
from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from summarize.bullets import (
    FLAGS, SEVERITY, call_to_action, flags, penalty,
)

PLAIN = "The city council approved a new budget of 4 million dollars for the harbour on Monday."


def test_a_plain_news_sentence_raises_no_flag():
    assert flags(PLAIN) == {name: 0.0 for name in FLAGS}


def test_flags_come_in_the_order_of_FLAGS():
    # the ranker reads the values as columns in this order
    assert tuple(flags("Why now?")) == FLAGS


@pytest.mark.parametrize(
    "text, flag",
    [
        ("New Harbour Budget Approved By The Council", "fragment"),
        ("# New harbour budget approved.", "fragment"),
        ("Explore Our New Harbour Tours This Summer!", "fragment"),
        ("Rebuilding The Old Harbour And Its Pier The council voted on Monday.", "fragment"),
        ("[Read the budget](https://example.org/budget).", "fragment"),
        ("and the council approved it after a long debate.", "fragment"),
        ("Quick and Easy Boarding One of the new ferries carries 300 people.", "fragment"),
        ("OUR HISTORY The harbour company opened its first office in 1950.", "fragment"),
        ("What is the Harbour Pass?The pass lets you ride every ferry for a week.", "fragment"),
        ("A New Pier for the CityThe council opened the pier on Monday.", "fragment"),
        ("Fares and PassesOne of the new passes covers every ferry in the bay.", "fragment"),
        ("Harbour Day 2025To mark the day, the council opens the old pier.", "fragment"),
        ("Because the council never voted on the harbour budget last spring.", "fragment"),
        ("Unless you are one of the islanders who ride the ferry every day.", "fragment"),
        ("Will the new budget be enough to repair the harbour?", "question"),
        ("He added that the harbour would reopen in the spring of next year.", "dangling"),
        ("However, the council postponed the vote on the harbour budget.", "dangling"),
        ("In addition, the council approved funds for the library.", "dangling"),
        ("Consequently, the ferry will leave the harbour an hour earlier.", "dangling"),
        ("For this reason, the council closed the old pier to visitors.", "dangling"),
        ('"We are thrilled to be part of this wonderful project," said the mayor.', "praise"),
        ("This partnership underscores our commitment to innovative harbour services.", "promotional"),
        ("Founded in 1950, the harbour company has built a solid name in the region.", "background"),
        ("In today's busy shipping market, harbours compete for every vessel.", "background"),
        ("Harbourline Ferries Ltd. is a leading operator of island ferries.", "background"),
        ("In the ever-evolving landscape of island travel, ferries face new rivals.", "background"),
        ("In an era where travellers want speed, Harbourline stands out from the crowd.", "background"),
        ("In an industry long known for delays, Harbourline runs every ferry on time.", "background"),
        ("In a travel world filled with fleeting fads, one ferry line keeps it simple.", "background"),
        ("In a space known for delays, Harbourline runs every ferry on time.", "background"),
        ("As the world shifts toward greener travel, the demand for electric ferries grows.", "background"),
        ("As the ferry market continues to evolve, Harbourline is well placed to grow.", "background"),
        ("Whether you're commuting or sightseeing, Harbourline has a ferry for you.", "background"),
        ("With island travel becoming increasingly popular, ferries fill up early.", "background"),
        ("Seasickness, a common and unpleasant condition, troubles many ferry passengers.", "background"),
        ("During these uncertain times, ferries remain a lifeline for islanders.", "background"),
        ("In this article, we explore five reasons to take the ferry to the island.", "background"),
        ("To learn more about the harbour project, visit the council website.", "call_to_action"),
        ("For more information, write to press@example.org or call us.", "call_to_action"),
        ("Register here.", "call_to_action"),
        ("Read more: Ten tips for a day at the harbour .", "call_to_action"),
        ("See more Harbour Heroes of the Year .", "call_to_action"),  # the link's colon gone
        ("This image may be ordered by typing its number in the box below.", "call_to_action"),
        ("Visit harbourtours.lol and join the conversation on Telegram.", "call_to_action"),
        ("Such as the cost of mooring a boat in the harbour for a season.", "dangling"),
        ("Easy Boarding: Passengers walk straight onto the ferry.", "dangling"),
        ("Here is how the new ferry timetable works: .", "dangling"),
        ("Tickets & Passes: Buy them at the harbour office.", "dangling"),
        ("WHERE: The old pier at the end of Harbour Street.", "dangling"),
        ("1. Night Crossings: Ferries leave the harbour every hour until midnight.", "dangling"),
        ("Quiet Cabins \u2013 Passengers can sleep through the crossing.", "dangling"),
        ("\u2022 Easy Boarding \u2014 Riders walk straight onto the ferry.", "dangling"),
        ("Web3 Tickets: Riders pay for the ferry with Quarrow's wallet.", "dangling"),  # no figure: a digit in a name
        ("It passed.", "short"),
    ],
)
def test_each_flag_fires_on_its_kind_of_sentence(text, flag):
    assert flags(text)[flag] > 0


@pytest.mark.parametrize("text", [
    "In the Soviet era, the harbour was closed to foreign ships.",
    "In the U.S. market, Harbourline sold 40,000 ferry tickets in May.",
    "As the storm moved north, the council closed the harbour for two days.",
    "In a sign that ferries are increasingly popular, the council bought 2 more.",
    "In a space that once housed a fish market, the harbour museum opens on Friday.",
])
def test_a_time_or_a_market_named_plainly_is_not_background(text):
    assert flags(text)["background"] == 0.0


def test_news_about_a_leader_is_not_background():
    assert flags("The council chose Harbourline, which will run a new ferry line from May.")["background"] == 0.0


def test_a_quote_with_a_figure_is_not_pure_praise():
    text = '"We are thrilled that 40 new jobs come to the harbour this year," said the mayor.'
    assert flags(text)["praise"] == 0.0


@pytest.mark.parametrize("text", [
    "Update: The council approved the harbour budget on Monday.",
    "The mayor said: \"We will rebuild the pier.\"",
    "Price Lock: Fares stay fixed for 3 years.",  # a figure: a fact worth its label
    "Ann Berg \u2013 Chief Executive of Harbourline \u2013 opened the new pier.",  # a name and a role
    "Harbourline \u2013 the island's ferry line \u2013 opened a new pier.",
])
def test_a_one_word_label_a_quote_or_a_figure_is_not_a_list_item(text):
    assert flags(text)["dangling"] == 0.0


def test_a_demonstrative_with_its_noun_is_not_dangling():
    assert flags("This budget adds 12 new buses to the city fleet next year.")["dangling"] == 0.0


@pytest.mark.parametrize("text, flagged", [
    ("This means islanders can cross twice as often for the same fare.", True),
    ("That may change on March 17, when the council votes on the pier.", True),
    ("This has led the council to order two more ferries.", True),
    ("This is the first ferry on the island to run on batteries.", True),
    ("This year the ferry carried 40,000 people across the bay.", False),
    ("This partnership grows the ferry network to 12 harbours.", False),
    ('"This is a great day for the harbour," said the mayor.', False),
])
def test_a_demonstrative_standing_alone_before_its_verb_is_dangling(text, flagged):
    assert bool(flags(text)["dangling"]) is flagged


@pytest.mark.parametrize("text, flagged", [
    ("(Probably a lot better than waiting for the night ferry.)", True),
    ("(The second ferry, the Quarrow Star, sails on May 1.)", True),
    ("The second ferry (the Quarrow Star) sails on May 1.", False),
    ("(Reuters) The council approved the harbour budget on Monday.", False),
])
def test_a_sentence_wholly_in_brackets_is_an_aside(text, flagged):
    assert bool(flags(text)["dangling"]) is flagged


@pytest.mark.parametrize("text, flagged", [
    ("Passengers: 300 Ferry: Quarrow Star (built 2019) Route: Dunmore to Quarrow Crossing time: 40 minutes.", True),
    ("Key Features: Quiet Engine: Runs on batteries. Open Deck: Seats 80 riders in summer.", True),
    ("Harbor Mutual (NYSE: HM | TSX: HMX) opened a ferry line to Quarrow on Monday.", False),
    ('The mayor said: "The ferry carries 300 people a day to the island."', False),
])
def test_labelled_values_run_together_are_a_fragment(text, flagged):
    assert bool(flags(text)["fragment"]) is flagged


def test_a_name_starting_like_a_pronoun_is_not_dangling():
    assert flags("Hershey announced a new chocolate factory in the valley.")["dangling"] == 0.0


def test_long_sentences_are_penalized_more_the_longer_they_are():
    long = " ".join(["word"] * 90) + "."
    longer = " ".join(["word"] * 150) + "."
    assert 0 < flags(long)["long"] < flags(longer)["long"] == 1.0
    assert flags(PLAIN)["long"] == 0.0


def test_a_sentence_made_of_the_headline_words_is_flagged_with_the_others():
    # the ranker's cheap pre-selection of long texts sums `penalty`, so it sees this flag too
    title = {"harbor", "research", "updat", "coverag", "quarrow", "lab"}
    made_of_it = ["quarrow", "lab", "harbor", "research", "updat", "coverag", "quarrow", "lab"]
    found = flags("Quarrow Labs: Harbor Research updates coverage on Quarrow Labs.", None, made_of_it, title)
    assert found["restated"] == 1.0
    assert penalty(found) >= SEVERITY["restated"] > SEVERITY["fragment"]
    news = ["quarrow", "lab", "grew", "valv", "sale", "second", "quarter"]
    assert flags("Quarrow Labs grew valve sales in the second quarter.", None, news, title)["restated"] == 0.0
    assert flags("Quarrow Labs: Harbor Research updates coverage.")["restated"] == 0.0  # no words given


def test_penalty_weighs_flags_by_severity():
    values = {name: 0.0 for name in FLAGS}
    assert penalty(values) == 0.0
    values["fragment"] = 1.0
    assert penalty(values) == SEVERITY["fragment"]
    values["question"] = 1.0
    assert penalty(values) == SEVERITY["fragment"] + 1.0


def test_a_sentence_after_a_colon_or_full_of_names_is_not_a_title():
    assert flags("Update: The council approved the harbour budget on Monday.")["fragment"] == 0.0
    assert flags("Mayor Anna Berg and Deputy Mayor Tom Lind opened the harbour.")["fragment"] == 0.0
    assert flags("The League One side held the champions to a draw at home.")["fragment"] == 0.0
    assert flags("The mayor wrote about the harbour on her LinkedIn page on Monday.")["fragment"] == 0.0
    assert flags("The ferry line ran 2024 trips, up from 1980 a year before.")["fragment"] == 0.0
    assert flags("Because the storm hit, the council closed the old pier for a week.")["fragment"] == 0.0
    assert flags("Because of the storm the council closed the old pier for a week.")["fragment"] == 0.0
    assert flags("Because the storm hit -- the worst in years -- the council closed the pier.")["fragment"] == 0.0
    assert flags("Because the storm hit -- the council closed the pier for a week.")["fragment"] == 0.0


def test_marketing_words_with_a_figure_are_not_promotion():
    assert flags("The innovative crane lifts 40 tonnes, twice as much as the old one.")["promotional"] == 0.0


_PIECES = st.sampled_from(["learn more", "learn", "more", " ", "visit ", "www.", "a@b.io", "thrilled",
                           "state-of-the-art", "game", "-changing", "x", "groundbreaking", "click here", "."])


@given(st.lists(_PIECES, max_size=8).map("".join))
def test_word_list_literal_test_never_changes_the_answer(text):
    from summarize.bullets import _call_to_action, _praise, _promo

    for word_list in (_call_to_action(), _praise(), _promo()):
        assert word_list.search(text) == bool(word_list.pattern.search(text))


@given(st.text(alphabet=st.sampled_from("aZ09'-_ .,"), max_size=30))
@example("A well-known brand's 3-D A_B x--y 'quoted' it's-")
def test_ascii_word_pattern_finds_the_same_words(text):
    from summarize.bullets import _ASCII_WORD, WORD

    if text.isascii():
        assert _ASCII_WORD.findall(text) == WORD.findall(text)


def test_thats_points_back_to_the_sentence_before():
    assert flags("That's where Acme steps in.")["dangling"] == 1.0
    assert flags("That’s why we built it for you.")["dangling"] == 1.0
    assert flags("That company is Acme Holdings Ltd.")["dangling"] == 0.0


@pytest.mark.parametrize("sentence, flagged", [
    ("Watch the segment here.", True),
    ("Listen to the full episode here.", True),
    ("In a recent episode of Building Texas (watch here), Bryan Lee discusses rates.", False),
])
def test_a_pointer_to_a_recording_is_a_call_to_action(sentence, flagged):
    assert bool(call_to_action(sentence)) is flagged


@pytest.mark.parametrize("text, expected", [
    ("Upcoming Trends in Consumer Financing and BNPL", True),
    ("Firms like Beta Labs Inc. are bound to have access to…", True),
    ("Learn And Play Montessori School, a provider of early education, is excited to announce it.", False),
    ("zkMe Network celebrates its second anniversary", False),
    ("Quarrow Labs reported strong demand for its harbor sensors […]", True),
    ("Mara Quist said demand had grown in every region [...]", True),
    ("To claim a refund from Harbor Mutual, three conditions must be met:", True),
    ("Mara Quist said the plan was simple: \"We build where the demand is.\"", False),
])
def test_a_title_or_a_cut_off_teaser(text, expected):
    from summarize.bullets import title_or_cut_off

    assert title_or_cut_off(text) is expected


def test_a_sentence_opening_on_a_brand_written_lower_case_first_is_no_fragment():
    assert not flags("eBay, the online marketplace, today announced a new seller program.")["fragment"]
    assert flags("and then the program grew across the region.")["fragment"]
    assert not flags("u-ferry (OSE: UFR), the island ferry line, opened a new route.")["fragment"]
    assert not flags("harbour.fyi is excited to announce a new ferry timetable app.")["fragment"]
    assert not flags("ka\u00efa Ferries announced a night route to the island.")["fragment"]
    assert flags("e.g., the ferry that leaves the harbour at night.")["fragment"]
    assert flags("www.harbourline.example has the new timetable.")["fragment"]


def test_a_name_with_a_dot_is_no_connective():
    assert not flags("So.Ferry is proud to announce a night route to the island.")["dangling"]
    assert flags("So the ferry left the harbour an hour early.")["dangling"]


@pytest.mark.parametrize("text, flagged", [
    ("Simultaneously, riders get a discount on the night ferry.", True),
    ("Lastly, the pier gets new lights before the summer.", True),
    ("After all, the harbour has been closed for a year.", True),
    ("What's more, the ferry now carries bicycles for free.", True),
    ("Plus, the ferry now carries bicycles for free.", True),
    ("In contrast, only 12 riders used the night ferry.", True),
    ("Well, the pier was never finished.", True),
    ("Finally, the council thanked the harbour staff.", True),
    ("More specifically, the old ferries cannot carry cars.", True),
    ("Such delays should never happen on a ferry line.", True),
    ("No, the ferry did not leave the harbour that night.", True),
    ("Since then, the ferry has left the harbour on time.", True),
    ("At the time, the council owned the old pier.", True),
    ("No ferry left the harbour during the storm.", False),
    ("Since the storm, the ferry has left the harbour on time.", False),
    ("At the time of the vote, the council owned the old pier.", False),
    # the bare word opening a sentence that stands alone
    ("Finally open after a year, the pier welcomed 500 visitors.", False),
    ("Well known for its ferries, Harbourline opened a new route.", False),
    ("In response to rising fares, the council cut the ferry tax.", False),
    ("Plush seats are fitted on the new ferry.", False),
])
def test_a_connective_continuing_an_argument_is_dangling(text, flagged):
    assert bool(flags(text)["dangling"]) is flagged


@pytest.mark.parametrize("text, flagged", [
    ('"We are so glad to be back at the harbour!"', True),
    ("\u201cThe new ferry changes everything for the islanders.\u201d", True),
    ('"The new ferry changes everything for the islanders.', True),  # a longer quote's first sentence
    ('The islanders have waited long enough."', True),  # ... and its last
    ('"The new ferry carries 300 people," said the mayor.', False),
    ('"We are back," said the mayor of the harbour town.', False),
    ('"The ferry carries 300 people, twice as many as before."', False),  # a figure: a fact
    ('The film "Harbour Lights" opens at the pier cinema on Friday.', False),
    ('The mayor said: "We will rebuild the pier."', False),
])
def test_a_quote_with_no_speaker_is_dangling(text, flagged):
    assert bool(flags(text)["dangling"]) is flagged


@pytest.mark.parametrize("sentence, flagged", [
    ("Harbourline (www.harbourline.example) today opened a ferry route to the island.", False),
    ("Harbourline, at https://harbourline.example/, is pleased to announce a new route.", False),
    ("The council approved the ferry budget on Monday (https://lnk.example/x1).", False),
    ("Harbourline (https://harbourline.example / 555-0100) today opened a new route.", False),
    ("Timetables are available at www.harbourline.example.", True),
    ("Tickets: https://harbourline.example/tickets", True),
    ("The council published its report, [Ferry Study 2025](https://council.example/study).", True),
])
def test_a_link_given_as_a_reference_is_no_call_to_action(sentence, flagged):
    assert bool(call_to_action(sentence)) is flagged


@pytest.mark.parametrize("text, flagged", [
    ("That was the verdict of most riders on the first night ferry.", True),
    ("This is why the council closed the old pier to visitors.", True),
    ("These include a night ferry and a new pier for fishing boats.", True),
    ("This comes a week after the council approved the harbour budget.", True),
    ("That means the ferry will leave the harbour an hour earlier.", True),
    ("This ferry is the first to run on batteries alone.", False),  # a noun phrase
    ("That ferry was the last to leave the harbour on Friday.", False),
    ("This marks the first time the harbour has a night ferry.", False),
    ('"This is why we built the pier," said the mayor.', False),  # inside a quote: the speaker's own
])
def test_a_demonstrative_standing_alone_points_back(text, flagged):
    assert bool(flags(text)["dangling"]) is flagged


@pytest.mark.parametrize("text, flagged", [
    ("Harbourline stands out as the go-to ferry for island visitors.", True),
    ("The new route cements the company's position at the forefront of island travel.", True),
    ("The night ferry promises an unforgettable trip that will elevate every crossing.", True),
    ("The harbour is a one-stop shop for boats, bait and ferry tickets.", True),
    ("The film is a reimagining of an old harbour legend.", False),  # a noun, not a pitch
    ("The council stands by its decision to close the old pier.", False),
])
def test_marketing_claims_in_other_words_are_promotional(text, flagged):
    assert bool(flags(text)["promotional"]) is flagged


@pytest.mark.parametrize("text, flagged", [
    ('"Our crews are the heart of this harbour," said Ann Berg, head of Harbourline.', True),
    ('"I have dreamed of this day for years," said the ferry captain.', True),
    ("\u201cIt feels really good,\u201d says the mayor.", True),
    ('"The night ferry carries 300 people," said Ann Berg.', False),  # a figure
    ('"We see more riders from Nordby and Sundholm every week," said Ann Berg.', False),  # names
    ('"The old ferries were slow, noisy and often late, and the island deserved much better than that," said Ann Berg.', False),
    ('The mayor said the ferry would run all winter.', False),
])
def test_a_short_sound_bite_is_a_quote_with_no_fact(text, flagged):
    assert bool(flags(text)["praise"]) is flagged


@pytest.mark.parametrize("name, finder", [("praise_words.txt", "_praise"), ("promo_words.txt", "_promo")])
def test_every_listed_phrase_is_found_whole(name, finder):
    # The lists are searched as one trie: each phrase still counts from a word start to its end.
    from summarize import bullets, resources

    search = getattr(bullets, finder)().search
    for phrase in resources.word_set(name):
        assert search(f"it is {phrase} today"), phrase
        assert not search(f"it is x{phrase} today"), phrase
        assert not search(f"it is {phrase}x today"), phrase


@pytest.mark.parametrize(
    "text",
    [
        "The wait is nearly over.",
        "Calling all harbour lovers!",
        "Ferry rides have come a long way.",
        "Harbour Days fans, your summer plans just got better!",
        # a call to the reader, however long, when it holds no figure
        "Step into the glittering world of harbour ballet as the Quarrow Dance Troupe takes the old pier stage.",
        "Don't miss this chance to sail the whole bay with Harbor Mutual's crew at no cost.",
        "Check out the ferry line's new timetable here.",
        # a promise of news to come, even with a date in it
        "Stay tuned for Harbor Mutual's showcase at the June 6 Ferry Night, where it will share its plans.",
        "Keep an eye out for the 2026 timetable.",
    ],
)
def test_a_teaser_is_flagged_in_a_release_only(text):
    assert flags(text, release="")["teaser"] == 1.0
    assert flags(text)["teaser"] == 0.0  # a news story may open on a short line: "There were screams."


@pytest.mark.parametrize(
    "text",
    [
        "Quarrow Labs' chief is gone.",  # a name
        "The ferry now costs 4 dollars.",  # a figure
        '"We are back!"',  # a quote (dealt with as a quote)
        "The harbour council approved a budget for the repair of the old pier and its lights on Monday.",
        "Join the ferry crew on May 4 for free rides across the bay.",  # a call with a date: the news
        "Learn And Play Academy opened a second school on the harbour front this week.",  # a name
        '"Imagine a ferry that runs on sunlight," said Mara Quist.',  # a quote
        "Watch parties will be held in every harbour town on Friday night.",  # a noun, not a call
        "Experience shows that ferry riders prefer early boats to late ones.",
    ],
)
def test_a_short_fact_is_no_teaser(text):
    assert flags(text, release="")["teaser"] == 0.0


def test_a_short_line_on_a_name_the_release_writes_again_is_no_teaser():
    body = "Quarrow Labs launched Tidy, a robot. Tidy needs no markers. In pilots, Tidy picked 410 items."
    assert flags("Tidy needs no markers.", release=body)["teaser"] == 0.0
    assert flags("Robots need no markers.", release=body)["teaser"] == 1.0
    body = "Quarrow Labs and Shop Harbor opened a pier. Shop Harbor runs the stalls."
    assert flags("Shop the old pier with a guide this summer.", release="")["teaser"] == 1.0
    assert flags("Shop the old pier with a guide this summer.", release=body)["teaser"] == 0.0  # a name


def test_it_opening_a_release_sentence_dangles_but_not_in_a_story():
    text = "It forecasts the harbour trade and the ferry routes of the coming year."
    assert flags(text, release="")["dangling"] == 1.0  # the product named before
    assert flags(text)["dangling"] == 0.0  # a story's "It" is often its subject
    assert flags("It's portable, quiet and perfect for the ferry ride.", release="")["dangling"] == 1.0
    assert flags("It cuts the harbour budget by 24% to $18 million.", release="")["dangling"] == 0.0  # a fact
    assert flags("Items ship from the harbour depot within 2 days.", release="")["dangling"] == 0.0
