"""Names folded together before vectorising: acronyms and misspelt names."""

from summarizer.facts.vectorise import acronyms, name_variants, terms, tfidf


def test_long_names_are_matched_with_the_acronyms_of_the_set() -> None:
    texts = ["The Federal Aviation Administration grounded the jets on Monday.",
             "The FAA said the order stands until inspections end.",
             "Officials at the Department of Public Works checked the bridge."]
    assert acronyms(texts) == {"Federal Aviation Administration": "FAA"}


def test_a_name_and_its_acronym_in_brackets_are_one_mention() -> None:
    texts = ["The Federal Aviation Administration (FAA) grounded the jets.",
             "The FAA said the Federal Aviation Administration would decide."]
    first, second = terms(texts, "english")
    assert first == ["faa", "ground", "jet"]
    assert second == ["faa", "faa", "decid"]  # two mentions apart ("said" is a stop word)


def test_names_one_letter_apart_fold_into_the_most_used_spelling() -> None:
    texts = ["Mayor Tom Hallett opened the bridge.", "Hallett said it was safe.",
             "Mayor Hallet disagreed with engineers.", "Holloway arrived late."]
    assert name_variants(texts) == {"Hallet": "Hallett"}


def test_words_also_written_in_lower_case_are_not_names() -> None:
    texts = ["Parts of Paris flooded.", "The parts were shipped to Paris."]
    assert name_variants(texts) == {}


def test_a_name_written_in_lower_case_inside_a_longer_token_is_no_name() -> None:
    names = ["Mayor Tom Hallett opened the bridge.", "Hallett said it was safe.",
             "Mayor Hallet disagreed with engineers."]
    assert name_variants([*names, "The hallet's wall was safe."]) == {}  # token "hallet's"
    assert name_variants([*names, "The u.s.hallet wall was safe."]) == {}
    # not a whole word in lower case: the name stands
    assert name_variants([*names, "The hallet2 and halletx walls were safe."]) == {
        "Hallet": "Hallett"}


def test_misspelt_names_make_sentences_more_alike() -> None:
    same = ["Governor Okonkwo resigned on Friday.", "Governor Okonkwo resigned on Friday."]
    misspelt = ["Governor Okonkwo resigned on Friday.", "Governor Okonkow resigned on Friday."]
    other = ["Governor Okonkwo resigned on Friday.", "Governor Adeyemi resigned on Friday."]

    def similarity(pair: list[str]) -> float:
        X = tfidf(pair, "english")
        return float((X[0] @ X[1].T).toarray()[0, 0])

    assert similarity(misspelt) == similarity(same) > similarity(other)
