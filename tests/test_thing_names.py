from summarize.thing_names import names_a_band, names_a_business, names_a_work, owns_no_one, plays_a_part


def test_a_name_written_other_than_as_a_possessive_owns_no_one():
    assert owns_no_one("Broker Complaint Alert", "She is CEO of Broker Complaint Alert, a watchdog.")
    assert not owns_no_one("Broker Complaint Alert", "Read Broker Complaint Alert's guide.")
    # the name inside a longer word is not the name written
    assert not owns_no_one("Broker Complaint Alert", "Read Broker Complaint Alerts' guide.")
    assert not owns_no_one("Quill Vane", "The MacQuill Vane sank.")


def test_a_name_before_a_kind_of_work_names_a_work():
    assert names_a_work("Harbor Quest", "Fans of the Harbor Quest games lined up.")
    assert not names_a_work("Mara Quist", "Mara Quist spoke at the launch.")


def test_a_name_after_a_kind_of_band_or_before_a_plural_verb_names_a_band():
    assert names_a_band("Quill Harbor", "Scottish rock band Quill Harbor won two awards.")
    assert names_a_band("Quill Harbor", "He toured with members of Quill Harbor and others.")
    assert names_a_band("Quill Harbor", "The prize went to Leeds. Quill Harbor have won it before.")
    assert names_a_band("Quill Harbor", "The shortlist named Quill Harbor, who were nominated twice.")


def test_a_person_in_a_list_or_owning_a_group_names_no_band():
    assert not names_a_band("Mara Quist", "Prop Tomas Brandt and flanker Mara Quist have flu.")
    assert not names_a_band("Mara Quist", "Former neighbours of Mara Quist, who have sued, spoke.")
    assert not names_a_band("Mara Quist", "He spoke to members of Mara Quist's family.")
    assert not names_a_band("Mara Quist", "Chair of the writing group Mara Quist opened it.")
    assert not names_a_band("Mara Quist", "If Mara Quist were elected, she would act.")


def test_a_name_after_an_actor_s_part_names_a_character():
    assert plays_a_part("Sean Vell", "Cliff Roe stars as Sean Vell, a teacher.")
    assert plays_a_part("Tomas Brandt", "Quist is the comic book character Tomas Brandt.")
    assert plays_a_part("Mara Quist", "She is known for the lead role of Mara Quist.")
    assert not plays_a_part("Mara Quist", "Questions about the role of Mara Quist in the talks grew.")
    assert not plays_a_part("Mara Quist", "Roe played Mara Quist in the final.")


def test_a_name_after_a_kind_of_work_names_a_work():
    assert names_a_work("Vera Quist", "Leigh's film Vera Quist won the prize.")
    assert names_a_work("Billy Vell", "Previews of the musical Billy Vell were delayed.")
    assert not names_a_work("Mara Quist", "The film director Mara Quist spoke.")
    assert not names_a_work("Mara Quist", "He hopes to play Mara Quist in the final.")


def test_a_name_after_a_kind_of_business_or_a_stake_names_a_business():
    assert names_a_business("Sun Vellum", "Alfa has a one-fifth stake in Sun Vellum.")
    assert names_a_business("Mara Quist", "German marques Mara Quist and Harbor kept their lead.")
    assert not names_a_business("Mara Quist", "Harbor made a bid for Mara Quist, the striker.")
    assert not names_a_business("Mara Quist", "The company's founder, Mara Quist, spoke.")


def test_a_person_founding_the_business_named_before_is_no_business():
    assert not names_a_business("Mara Quist", "The company Mara Quist founded in 2010 now employs 200 people.")
    assert names_a_business("Mara Quist", "Harbor Mutual took a stake in Mara Quist last year.")


def test_voices_as_a_noun_is_no_part_an_actor_plays():
    assert not plays_a_part("Mara Quist", "The panel features industry voices Mara Quist and Tomas Reed.")
    assert plays_a_part("Mara Quist", "The film has Ada Park voicing Mara Quist, a teacher.")


def test_a_name_after_a_kind_of_vessel_or_a_count_of_wins_names_a_ship_or_a_title():
    from summarize.thing_names import names_a_ship_or_title
    assert names_a_ship_or_title("Lena Harmony", "The cruise liner Lena Harmony sailed.")
    assert names_a_ship_or_title("Olympia", "Tomas Varga (three-time Mr. Olympia) trained.")
    assert not names_a_ship_or_title("Lena Harmony", "The two-time winner Lena Harmony sailed.")


def test_a_name_always_written_after_at_names_a_venue():
    from summarize.thing_names import only_after_at
    assert only_after_at("Albert Quarrow", "He won at Albert Quarrow. The race at Albert Quarrow was wet.")
    assert not only_after_at("Tomas Varga", "We met at Tomas Varga's home.")
    assert not only_after_at("Tomas Varga", "Tomas Varga spoke. We met at Tomas Varga.")
    assert not only_after_at("Tomas Varga", "Much criticism has been aimed at Tomas Varga.")
    assert not only_after_at("Tomas Varga", "The senator hit back at Tomas Varga. Varga had criticized the bill.")  # the surname alone
