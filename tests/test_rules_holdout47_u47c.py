"""NUM403 and NUM404 misses of the corpus after round 46, grouped by why the rule stayed quiet.

NUM404
- an age then a second aside of the same name, a bare noun whose birth it tells (« X, 54 ans,
  chef d'équipe né en 1962 »): the figures stage only paired an age with a birth aside right
  after it → e282. FIXED.
- « À N ans » opening the sentence, the birth after it in an aside of the subject, the verb in a
  past tense (« À 44 ans, né en 1975, il n'avait jamais connu … », « À 27 ans, ce coureur …, où il
  a vu le jour en 1996, disputait … ») → e251, e364. LEFT: an imperfect or pluperfect after « À N
  ans » is just as often a moment of a story a few years back (« À 19 ans, née en 2001, elle
  vivait encore chez ses parents »); only the article's subject (today's race, this year's
  drought) tells it is today's age.

NUM403
- the span's end named by the event dated in the sentence before (« durera 33 jours, du dimanche
  30 août jusqu'au jour du vote » after « Le scrutin aura lieu le lundi 5 octobre ») → e375.
- sittings over a span with a weekend: fewer days than the span's weekdays may be spread out (the
  gate of _may_sit) → e187. LEFT (documented precision choice).
- the duration and the two dates in three different paragraphs, tied only by the event's name
  (« le procès s'était ouvert le lundi 9 », « le verdict … vendredi 13 », « au terme de deux
  semaines de débats ») → e353. LEFT: a verdict may come after the debates end.
- the start inferred from « dès le lendemain » of a date in another sentence (« neuf jours de
  recherches ») → e370. LEFT.
- an announced length against the real end, told as an overrun (« annonçaient alors une
  interruption de quatre jours … n'a pourtant franchi le pont que le lundi 12 ») → e356. LEFT: the
  gap between plan and outcome is the story itself.
"""
import pytest

from _lint_kit import codes

_MD = "---\ntitle: {title}\ndate: {date}\n---\n\n# {title}\n\nLe chantier touche à sa fin.\n\n{body}\n"


def md(body: str, date: str = "2026-11-20", title: str = "La vallée reprend son souffle") -> str:
    return _MD.format(title=title, date=date, body=body)


# -- NUM404: « X, 54 ans, chef d'équipe né en 1962 »: the second aside of the name, a bare noun, ---
# tells the birth of the same one
@pytest.mark.parametrize("body,found", [
    ("« On a tenu bon tout l'hiver », raconte Odile Marchand, 41 ans, infirmière née à Lyon en 1975.",
     ["NUM404"]),
    ("« On a tenu bon tout l'hiver », raconte Odile Marchand, 51 ans, infirmière née à Lyon en 1975.",
     []),
    ("Karim Benali, 48 ans, conducteur d'engins né en 1970, a rejoint l'équipe au printemps.",
     ["NUM404"]),
    ("Karim Benali, 56 ans, conducteur d'engins né en 1970, a rejoint l'équipe au printemps.", []),
    ("« Le village revit », confie Paul Girard, 57 ans, un ancien mineur, né le 3 mai 1961.",
     ["NUM404"]),
    # the noun's own complement, or a kin: someone else's birth
    ("« On a tenu bon tout l'hiver », raconte Odile Marchand, 41 ans, mère d'une fille née en 2010.",
     []),
    ("« On a tenu bon tout l'hiver », raconte Odile Marchand, 41 ans, fille d'un mineur né en 1930.",
     []),
    ("« On a tenu bon tout l'hiver », raconte Odile Marchand, 41 ans, voisine de la victime née en 1930.",
     []),
    ("« On a tenu bon tout l'hiver », raconte Odile Marchand, 41 ans, avec son fils né en 2010.", []),
    # a year before the age dates it: the age then
    ("En 2010, Odile Marchand, 35 ans, infirmière née en 1975, avait rejoint le service.", []),
])
def test_num404_age_then_noun_aside_with_birth(body, found):
    assert codes(md(body), "NUM404", path="a.md") == found


def txt(body: str) -> str:
    return f"La campagne est lancée\nLes partis affûtent leurs arguments.\n\n{body}\n"


# -- NUM403: a span from a date « jusqu'au scrutin », « jusqu'à la finale », the event dated by ---
# the sentence right before, whose subject it is (the same noun, or two words for the vote)
@pytest.mark.parametrize("body,found", [
    ("Le référendum se tiendra le dimanche 8 mars. La campagne officielle durera trois semaines, du "
     "lundi 2 février jusqu'au scrutin.", ["NUM403"]),
    ("Le référendum se tiendra le dimanche 8 mars. La campagne officielle durera cinq semaines, du "
     "lundi 2 février jusqu'au scrutin.", []),
    ("L'élection est fixée au dimanche 14 juin. La campagne durera 12 jours, du samedi 23 mai, "
     "jour du dépôt des listes, jusqu'au jour du vote.", ["NUM403"]),
    ("L'élection est fixée au dimanche 14 juin. La campagne durera 22 jours, du samedi 23 mai, "
     "jour du dépôt des listes, jusqu'au jour du vote.", []),
    ("La finale aura lieu le dimanche 21 juin. Le festival durera huit jours, du 2 juin jusqu'à la "
     "finale.", ["NUM403"]),
    ("La finale aura lieu le dimanche 21 juin. Le festival durera vingt jours, du 2 juin jusqu'à la "
     "finale.", []),
    # another event than the one dated, or the eve of it: quiet
    ("La finale aura lieu le dimanche 21 juin. Le festival durera huit jours, du 2 juin jusqu'à la "
     "demi-finale.", []),
    ("Le scrutin aura lieu le dimanche 21 juin. La campagne durera huit jours, du 2 juin jusqu'à la "
     "veille du vote.", []),
    ("Le premier tour aura lieu le dimanche 21 juin. La campagne durera huit jours, du 2 juin "
     "jusqu'au scrutin.", []),
    # something else dated between, or after the span: which date ends it is unsure
    ("Le scrutin aura lieu le dimanche 21 juin. Les listes seront closes le 10 juin. La campagne "
     "durera huit jours, du 2 juin jusqu'au vote.", []),
    ("Le scrutin, d'abord prévu le 7 juin, aura lieu le dimanche 21 juin. La campagne durera huit "
     "jours, du 2 juin jusqu'au vote.", []),
    ("Le scrutin aura lieu le dimanche 21 juin. La campagne durera huit jours, du 2 juin jusqu'au "
     "vote, puis le dépouillement du lundi 22 juin.", []),
])
def test_num403_span_until_the_event_dated_before(body, found):
    assert codes(txt(body), "NUM403", path="a.txt") == found
