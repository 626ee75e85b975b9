"""Surnames alone (surnames.py): the role a surname alone is given."""
from __future__ import annotations


def test_surname_roles_only_where_a_person_stands():
    from summarize.surnames import surname_roles
    assert [(m.name, m.role, m.affiliation) for m in surname_roles("“Yes,” said Quist, founder of Harbor Mutual.")] == [
        ("Quist", "founder", "Harbor Mutual")]
    assert surname_roles("Quist, a founder of the Lantern Guild, painted it.")[0].role == "founder"
    assert surname_roles("They met Quist, founder of Harbor Mutual.") == []  # an object, not a subject
    # a copula opening the sentence, after a surname or an honorific and a surname
    assert [(m.name, m.role, m.affiliation) for m in surname_roles("Quist is a co-founder of Harbor Labs.")] == [
        ("Quist", "co-founder", "Harbor Labs")]
    assert [(m.name, m.role) for m in surname_roles("Dr. Quist is the head basketball coach at Avalon High.")] == [
        ("Quist", "head basketball coach")]
    assert surname_roles("Vashkor is the state.") == []  # "state" ends a title but names none
    assert surname_roles("representing Quist, Hale and rapper Dex, spoke.") == []


def test_a_feast_opening_a_sentence_is_no_surname_alone():
    from summarize.surnames import named_again
    sentences = ["Christmas is a special time of the year.", "Quist spent the day at Father Christmas's grotto."]
    assert named_again(sentences, " ".join(sentences)) == frozenset({"Quist"})
