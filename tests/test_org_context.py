from summarize.organizations import sentence_orgs


def test_the_words_of_a_quoted_title_are_no_organization():
    sentence = "Quarrow Labs is featured in an editorial titled “Investors Eye Next-Gen Imaging Technologies in Growing Markets.”"
    names = [m.name for m in sentence_orgs(sentence)]
    assert not any("Imaging Technologies" in n for n in names)
    names = [m.name for m in sentence_orgs('A column titled "Why Rates Fall" praises Harbor Mutual Insurance.')]
    assert "Harbor Mutual Insurance" in names


def test_a_heading_of_ordinary_words_run_into_its_paragraph_is_no_organization():
    names = [m.name for m in sentence_orgs("Tailored Solutions for Diverse Industries: Quarrow Labs designs courses for each trade.")]
    assert "Tailored Solutions for Diverse Industries" not in names and "Quarrow Labs" in names
    names = [m.name for m in sentence_orgs("Clients named their reasons: - Fair Prices (80%) - Excellent Customer Service (74.3%)")]
    assert "Excellent Customer Service" not in names
    names = [m.name for m in sentence_orgs("* Gaming & Interactive Media – Build games with Harbor Mutual Insurance.")]
    assert "Gaming & Interactive Media" not in names and "Harbor Mutual Insurance" in names
    # a name with a proper word stays, heading or not; so do ordinary words inside a sentence
    assert "Quarrow Business Solutions" in [m.name for m in sentence_orgs("Quarrow Business Solutions: a new office opens.")]
    assert "Real Business Solutions" in [m.name for m in sentence_orgs("Jane Roe joined Real Business Solutions: a firm in Avalon.")]


def test_a_cued_list_of_people_names_no_organizations():
    sentence = "The gala was organized by Mara Quist, supported by B Tomas Vell, Quillan, Dara Lind Ostrow, Nfeli Karam and Ana Sorel."
    names = [m.name for m in sentence_orgs(sentence)]
    assert not {"Quillan", "Nfeli Karam", "Ana Sorel"} & set(names)
    sentence = "He joins Jonny Wilkes, Tim Stamp and Paul Grove in reaching that mark."
    assert sentence_orgs(sentence) == []
    # one founder's name among brands leaves the brands bodies
    names = [m.name for m in sentence_orgs("It sells elite brands such as Richard Quell, Quarrow, Harbor Mutual and Pellow.")]
    assert {"Quarrow", "Pellow"} <= set(names)
    # a name of three words is a person's only after an initial or a title, not after more initials
    names = [m.name for m in sentence_orgs("It was backed by lenders such as Q.R. Morgan Hale, Quarrow Morgan Reed and Pellow.")]
    assert {"Q.R. Morgan Hale", "Pellow"} <= set(names)


def test_an_ordinary_word_in_the_possessive_opens_a_name():
    names = [m.name for m in sentence_orgs("It works with the Children’s Defense Fund and Harbor Mutual Insurance.")]
    assert "Children’s Defense Fund" in names and "Defense Fund" not in names
    names = [m.name for m in sentence_orgs("A loan from the People's Bank of China helped.")]
    assert names == ["People's Bank of China"]
    # an organization or a place owning a unit stays apart, and so does an owner in capitals
    assert "Russia’s Foreign Ministry" not in [m.name for m in sentence_orgs("Russia’s Foreign Ministry said no.")]
    assert "QUARROW's Client Services Group" not in [m.name for m in sentence_orgs("QUARROW's Client Services Group said no.")]


def test_a_possessive_word_after_the_opens_the_name():
    names = [m.name for m in sentence_orgs("Groups like the Gull’s Rock Harbor Association and Quarrow Labs joined.")]
    assert "Gull’s Rock Harbor Association" in names and "Rock Harbor Association" not in names
    # a body owning its unit is no part of the unit's name
    assert "Navy’s Harbor Patrol Association" not in [m.name for m in sentence_orgs(
        "Groups like the Navy’s Harbor Patrol Association and Quarrow Labs joined.")]


def test_a_possessive_inside_a_name_stays_in_it():
    def names(sentence):
        return [m.name for m in sentence_orgs(sentence)]
    # a legal suffix after a possessive: the name has the possessive (and a sentence after "Inc." is no part of it)
    assert "Quarry’s Inc." in names("Mara Quist, Head of Talent, Quarry’s Inc. She joined in 2020.")
    assert not any("Inc." in n for n in names("Quarry’s Inc. 5000 ranking rose to 212th."))  # the magazine's list
    assert not any("Inc." in n for n in names("Vey’s Inc. magazine profile ran in March."))
    assert "McQuill's Corp." in names("Sales at McQuill's Corp. rose 5% last year, the company said.")
    # a place, then a plural's possessive, then an org word: one institution
    assert "Avalon Children's Hospital" in names("Doctors at Avalon Children's Hospital said the boy is fine.")
    # (a plural alone owns a field, not a body: "Women's Health")
    assert not any("Women's" in n for n in names("We offer Primary Care, Women's Health and Nutrition services."))
    # a name in the possessive, "of" and a place: a business
    assert "Quillan's of Avalon" in names("All assets are insured by Quillan's of Avalon since 2020.")
    assert "Monra's of Fair Oaks Ranch" in names("Monra's of Fair Oaks Ranch will hold its grand opening on Monday.")
    # a company owning a unit is still two names
    assert "Quarrow Labs's Advisory Board" not in names("Quarrow Labs's Advisory Board met on Monday.")
