"""Round 50 (z50c): patterns behind unseen-article misses, on sentences of our own."""
from _lint_kit import codes


def _html(*paras, published="2026-05-05"):
    body = "".join(f"<p>{p}</p>\n" for p in paras)
    return ('<html><head><meta property="article:published_time" content="'
            f'{published}T08:00:00+01:00"></head><body><h1>Marché du gaz</h1>\n{body}</body></html>')


# NUM401: a yearless date of the news week, a past event of another year recalled later on
_RECALL = "Les experts rappellent que la tempête du 28 avril 2025 avait privé de courant des milliers de foyers."
_NEWS = "Le ministre a réuni les opérateurs lundi 4 mai."


def test_num401_news_date_not_excused_by_an_old_event_recalled_later():
    text = _html("Le prix a touché son plancher le samedi 26 avril, en milieu de journée.", _NEWS, _RECALL)
    assert codes(text, "NUM401", path="a.html") == ["NUM401"]


def test_num401_news_date_other_wording_fires():
    text = _html("C'est le lundi 28 avril que la bourse a enregistré sa plus forte baisse.", _NEWS,
                 "On se souvient de la grève du 2 mai 2025, qui avait paralysé le port.")
    assert codes(text, "NUM401", path="a.html") == ["NUM401"]


def test_num401_right_weekday_quiet():
    text = _html("Le prix a touché son plancher le dimanche 26 avril, en milieu de journée.", _NEWS, _RECALL)
    assert codes(text, "NUM401", path="a.html") == []


def test_num401_old_event_told_before_the_date_quiet():
    # the story of 2025 is told first: the yearless date may be of it
    text = _html(_RECALL, "Le prix a touché son plancher le samedi 26 avril, en milieu de journée.", _NEWS)
    assert codes(text, "NUM401", path="a.html") == []


def test_num401_old_year_in_the_sentence_quiet():
    text = _html("En 2025, le prix avait touché son plancher le samedi 26 avril.", _NEWS, _RECALL)
    assert codes(text, "NUM401", path="a.html") == []


# NUM501: « environ » widens by the step the converted number is written to, not a flat tenth
def _t(s):
    return "Sécheresse\n" + s + "\n"


def test_num501_about_too_far_for_its_precision_fires():
    assert codes(_t("Le barrage culmine à 1 046 pieds (environ 340 mètres) au-dessus du lit."), "NUM501") == ["NUM501"]
    assert codes(_t("La retenue est descendue à 2 130 pieds (près de 690 mètres)."), "NUM501") == ["NUM501"]


def test_num501_about_rounded_conversions_quiet():
    for s in ("La boucle fait 1 mile (environ 1,6 km).", "Ils ont marché 3 miles (environ 5 km).",
              "Le sommet est à 5 000 pieds (environ 1 500 mètres).", "L'épreuve couvre 26,2 miles (environ 42 km).",
              "Le barrage culmine à 1 046 pieds (environ 320 mètres) au-dessus du lit.",
              "La citerne contient 100 gallons (environ 400 litres)."):
        assert codes(_t(s), "NUM501") == [], s
