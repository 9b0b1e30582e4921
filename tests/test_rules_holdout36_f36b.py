"""NUM403 on the thirty-sixth holdout's misses, by pattern: an event whose start is told by the
participle « lancée le … » (not the act « a lancé le … », nor a restart « relancée le … ») and
whose end follows in its sentence, against the length written as its noun complement."""
import pytest

from _lint_kit import codes


@pytest.mark.parametrize("text,expected", [
    # from Monday 2 to Sunday 8 March is six days (seven counting both ends), not four
    ("Santé\nCette campagne de dépistage de quatre jours, lancée le lundi 2 mars par la ministre à "
     "Sokodé, s'est achevée le dimanche 8 mars à Lomé.\n", ["NUM403"]),
    # the same, with dates that fit (three days, four counting both ends)
    ("Santé\nCette campagne de dépistage de quatre jours, lancée le lundi 2 mars par la ministre à "
     "Sokodé, s'est achevée le jeudi 5 mars à Lomé.\n", []),
    # the act of launching, not the participle of the event: the event may start later
    ("Santé\nLa ministre a lancé le lundi 2 mars une campagne de quatre jours, qui s'est achevée "
     "le dimanche 8 mars.\n", []),
    # a restart after a pause: the event may have begun before
    ("Santé\nCette campagne de quatre jours, relancée le lundi 2 mars après une suspension, s'est "
     "achevée le dimanche 8 mars.\n", []),
])
def test_launched_participle_starts_the_event(text, expected):
    assert codes(text, "NUM403", path="a.txt") == expected


@pytest.mark.parametrize("text,expected", [
    # from Saturday 10 January to Saturday 9 May is 119 days, not 100
    ("Musée\nL'exposition, ouverte le samedi 10 janvier 2026 avec la venue de la ministre et "
     "refermée le samedi 9 mai 2026, aura duré 100 jours.\n", ["NUM403"]),
    ("Musée\nLe salon, lancé le lundi 2 mars 2026 et achevé le dimanche 8 mars 2026, a duré "
     "quatre jours.\n", ["NUM403"]),
    # the same, with a length that fits
    ("Musée\nL'exposition, ouverte le samedi 10 janvier 2026 avec la venue de la ministre et "
     "refermée le samedi 9 mai 2026, aura duré 120 jours.\n", []),
    # a stage inside the span: which two dates bound the length is unsure
    ("Musée\nL'exposition, ouverte le samedi 10 janvier 2026, prolongée le samedi 21 mars et "
     "refermée le samedi 9 mai 2026, aura duré 100 jours.\n", []),
    # a closing that starts a closure: « pour deux jours » is not the span from the opening
    ("Route\nOuverte le samedi 10 janvier 2026, la route a été refermée le samedi 9 mai 2026 pour "
     "deux jours.\n", []),
    # the length of another thing, not told of the aside's subject
    ("Grève\nCommencée le lundi 2 mars 2026, la grève s'est achevée le dimanche 8 mars 2026 et la "
     "médiation a duré deux jours.\n", []),
    # days of a trial: the sittings may skip weekends and be spread out
    ("Justice\nLe procès, ouvert le lundi 2 mars 2026 et clos le vendredi 20 mars 2026, a duré "
     "neuf jours.\n", []),
])
def test_length_of_what_its_aside_opens_and_closes(text, expected):
    assert codes(text, "NUM403", path="a.txt") == expected
