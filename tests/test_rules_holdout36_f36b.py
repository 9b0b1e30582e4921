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
