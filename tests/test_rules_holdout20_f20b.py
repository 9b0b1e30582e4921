"""NUM304 on a pattern met in the twentieth holdout: a poll's answers told over two sentences,
the second closed by those with no opinion (« 62 % ne lui font pas confiance et 8 % ne se
prononcent pas »)."""
import pytest

from numlint.engine import Settings, lint


def found(body: str, select: str, title: str = "Baromètre politique de novembre") -> list[str]:
    text = title + "\nUn chapeau sans chiffre.\n" + body + "\n"
    return [d.code for d in lint(text, path="article.txt", settings=Settings(select=[select]))]


@pytest.mark.parametrize("body,codes", [
    # yes in one sentence, no and no opinion in the next: past 100 %
    ("La maire recueille la confiance de 41 % des sondés, en hausse de deux points. 55 % ne lui "
     "font pas confiance et 9 % ne se prononcent pas.", ["NUM304"]),                    # 105
    ("Le projet de tramway est soutenu par 58 % des habitants interrogés. 39 % s'y opposent, "
     "et 7 % sont sans opinion.", ["NUM304"]),                                          # 104
    ("Le ministre convainc 47 % des personnes interrogées. 49 % le jugent peu crédible et "
     "8 % ne savent pas.", ["NUM304"]),                                                 # 104
    ("Le ministre convainc 47 % des personnes interrogées, 49 % le jugent peu crédible. "
     "8 % ne se prononcent pas.", ["NUM304"]),                                          # 104
    # the same answers adding to 100 %: quiet
    ("La maire recueille la confiance de 36 % des sondés, en hausse de deux points. 55 % ne lui "
     "font pas confiance et 9 % ne se prononcent pas.", []),
    ("Le projet de tramway est soutenu par 54 % des habitants interrogés. 39 % s'y opposent, "
     "et 7 % sont sans opinion.", []),
    # a comparison before the poll's yes is no share of it
    ("Le président obtient 30 % de confiance, contre 28 % en octobre. Ils sont 68 % à ne pas "
     "lui faire confiance et 2 % ne se prononcent pas.", []),
    # no « no opinion » share closing the second sentence: two questions, not one split
    ("La maire recueille la confiance de 41 % des sondés. 55 % des électeurs de gauche ne lui "
     "font pas confiance et 9 % des abstentionnistes non plus.", []),
    # the no-opinion share ends a split of its own sentence; the share before is another question
    ("Le maire est connu de 72 % des habitants. Parmi eux, 45 % approuvent son action, 47 % la "
     "désapprouvent et 8 % ne se prononcent pas.", []),
    # among a group: each share of its own group
    ("La maire recueille 41 % chez les retraités. 55 % chez les actifs ne lui font pas "
     "confiance et 9 % ne se prononcent pas.", []),
])
def test_num304_poll_answers_closed_by_no_opinion(body, codes):
    assert found(body, "NUM304") == codes
