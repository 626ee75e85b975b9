from summarize.thing_names import names_a_work, owns_no_one


def test_a_name_written_other_than_as_a_possessive_owns_no_one():
    assert owns_no_one("Broker Complaint Alert", "She is CEO of Broker Complaint Alert, a watchdog.")
    assert not owns_no_one("Broker Complaint Alert", "Read Broker Complaint Alert's guide.")
    # the name inside a longer word is not the name written
    assert not owns_no_one("Broker Complaint Alert", "Read Broker Complaint Alerts' guide.")
    assert not owns_no_one("Quill Vane", "The MacQuill Vane sank.")


def test_a_name_before_a_kind_of_work_names_a_work():
    assert names_a_work("Harbor Quest", "Fans of the Harbor Quest games lined up.")
    assert not names_a_work("Mara Quist", "Mara Quist spoke at the launch.")
