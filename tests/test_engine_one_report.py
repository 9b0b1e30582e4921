"""A headline figure NUM201 finds contradicted is reported once, not also as never given (NUM202)."""
import numlint


def _codes(text):
    return sorted((d.code, d.line) for d in numlint.lint(text, path="a.txt"))


def test_a_contradicted_headline_is_not_also_unsupported():
    text = ("Retraites : 200 000 manifestants à Lyon selon la CGT\n\n"
            "Le cortège a traversé la ville jeudi.\n\n"
            "La CGT a revendiqué 150 000 participants, la préfecture, qui a dénombré 21 000 manifestants, "
            "beaucoup moins.\n")
    found = _codes(text)
    assert ("NUM201", 1) in found
    assert ("NUM202", 1) not in found


def test_an_unsupported_headline_alone_still_warns():
    text = ("Retraites : 200 000 manifestants à Lyon\n\n"
            "Le cortège a traversé la ville jeudi.\n\n"
            "La préfecture n'a pas communiqué de chiffre.\n")
    assert ("NUM202", 1) in _codes(text)
