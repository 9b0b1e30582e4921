"""NUM201 and NUM202 on whole French articles: the traps of the catalogue and the fixtures."""
import json
from pathlib import Path

import pytest

from numlint.engine import Settings, lint

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "rules" / "NUM2xx"
SPEC = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))


def run(text: str, select=("NUM2",), lang="fr", path="article.txt"):
    return lint(text, path=path, settings=Settings(select=list(select), lang=lang))


def codes_lines(text: str, select=("NUM2",)):
    return [(d.code, d.line) for d in run(text, select)]


@pytest.mark.parametrize("name", sorted(SPEC["files"]))
def test_fixture_article(name):
    path = FIXTURES / name
    found = lint(path.read_text(encoding="utf-8"), path=str(path), settings=Settings(select=["NUM2", "NUM3"]))
    assert [[d.code, d.line] for d in found] == SPEC["files"][name]


def test_fixtures_cover_each_rule_three_times_each_way_in_three_formats():
    on_disk = {p.name for p in FIXTURES.iterdir() if p.suffix in (".txt", ".md", ".html")}
    assert on_disk == set(SPEC["files"])
    for code in ("NUM201", "NUM202"):
        fires = [n for n, e in SPEC["files"].items() if any(c == code for c, _ in e)]
        quiet = [n for n, e in SPEC["files"].items() if not any(c == code for c, _ in e)]
        assert len(fires) >= 3 and len(quiet) >= 3, code
        assert {Path(n).suffix for n in fires} == {".txt", ".md", ".html"}, code


TITLE_CONFLICT = ("Pyongyang prêt à envoyer 40.000 soldats supplémentaires\n"
                  "Le renseignement s'inquiète.\n"
                  "Pyongyang s'apprête à déployer 25.000 à 30.000 soldats supplémentaires sur le front.\n")


def test_num201_title_against_text_message():
    (d,) = run(TITLE_CONFLICT)
    assert (d.code, d.line, d.severity) == ("NUM201", 1, "error")
    assert d.message == ("le titre annonce 40.000 soldats supplémentaires, le texte 25.000 à 30.000 "
                         "soldats supplémentaires (ligne 3) pour la même mesure")
    assert d.related and d.related[0].line == 3


def test_num201_message_in_english():
    (d,) = run(TITLE_CONFLICT, lang="en")
    assert d.message.startswith("the title gives 40.000 soldats supplémentaires, the text 25.000 à 30.000")


@pytest.mark.parametrize("body", [
    "Pyongyang enverrait 30.000 soldats supplémentaires.",             # a point inside the range
    "Pyongyang enverrait 28.000 à 35.000 soldats supplémentaires.",    # overlapping ranges
])
def test_num201_quiet_inside_or_overlapping(body):
    text = ("Pyongyang : 25.000 à 30.000 soldats supplémentaires\nLe renseignement s'inquiète.\n"
            "Premier paragraphe sans chiffre.\n" + body + "\n")
    assert codes_lines(text) == []


@pytest.mark.parametrize("a,b", [
    ("plus de 10.000 manifestants", "11.000 manifestants"),
    ("près de 4.000 manifestants", "3.900 manifestants"),
    ("2,5 millions d'habitants", "2.487.000 habitants"),
])
def test_num201_tolerance_from_precision(a, b):
    text = f"Titre sans chiffre\nChapeau.\nLa ville compte {a}.\nAutre paragraphe : on dénombre {b}.\n"
    assert codes_lines(text) == []


@pytest.mark.parametrize("a,b", [
    ("Le cortège a réuni 50.000 manifestants selon la police.", "On comptait 200.000 manifestants selon les organisateurs."),
    ("Ils rejoindront les 11.000 soldats déjà envoyés.", "Pyongyang enverra 25.000 soldats supplémentaires."),
    ("Au 1er mars, 1.200 dossiers ont été déposés.", "Au 15 mars, 1.500 dossiers ont été déposés."),
    ("Dans le Var, 9 morts ont été recensés.", "En France, 12 morts ont été recensés."),
])
def test_num201_different_measures(a, b):
    text = f"Titre sans chiffre\nChapeau.\n{a}\n{b}\n"
    assert codes_lines(text) == []


def test_num201_conflict_between_paragraphs():
    text = ("Glissement de terrain : l'émotion au village\nChapeau.\n"
            "La préfecture, jeudi 3 avril, a annoncé 58 disparus.\n"
            "Ces 85 disparus laissent derrière eux une vallée en deuil.\n")
    assert codes_lines(text) == [("NUM201", 3)]


def test_num201_a_year_apart_from_an_undated_figure_is_another_moment():
    text = ("Cinéma : un été en demi-teinte\nChapeau.\n"
            "Une comédie avait attiré 9,4 millions de spectateurs en 2016, un record.\n"
            "Sur l'ensemble du mois, les salles ont accueilli 14,1 millions de spectateurs.\n")
    assert codes_lines(text) == []


def test_num201_holders_listed_in_one_sentence_are_not_the_measure():
    text = ("Tournoi : l'Irlande sacrée\nChapeau.\nAvec 18 points au pied, l'arrière a fait la différence.\n"
            "L'Irlande termine avec 20 points, devant la France, 15 points, et l'Angleterre, 14 points.\n")
    assert codes_lines(text) == []


def test_num201_a_lead_is_not_a_points_total():
    # the title's lead against the body's lead, one apart: two whole counts do not overlap
    text = ("Ligue 1 : Lens s'impose et compte 3 points d'avance\nChapeau.\n"
            "Les Lensois totalisent 52 points, 2 de plus que Monaco.\n"
            "À cinq journées de la fin, leurs 2 points d'avance restent fragiles.\n")
    assert codes_lines(text) == [("NUM201", 1)]


@pytest.mark.parametrize("body", [
    # a lead and a total of points are two measures
    "Les Lensois totalisent 3 points de plus que l'an dernier et 52 points au total.\n"
    "Ils ont désormais 2 points en poche sur leurs deux derniers matches.\n",
    # « n'en … plus que 2 »: what the lead would become, not a second value of it
    "Leurs 3 points d'avance n'en vaudraient plus que 2 après la réforme.\n",
    "Ils comptent 3 points d'avance sur Monaco.\nMarseille pointe à 9 points de retard.\n",
])
def test_num201_quiet_on_leads(body):
    text = f"Ligue 1 : Lens s'impose et compte 3 points d'avance\nChapeau.\n{body}"
    assert codes_lines(text) == []


@pytest.mark.parametrize("title,body,found", [
    # a margin and a half's points: each its own measure
    ("Top 14 : Lyon écrase Clermont", "Les Lyonnais s'imposent 42 à 9. L'écart de 33 points est un record.\n"
     "En seconde période, les Lyonnais ont inscrit 26 points sans en encaisser.\n", []),
    ("Top 14 : Lyon inscrit 42 points face à Clermont",
     "Une différence de 33 points sépare les deux équipes.\n", []),
    ("Top 14 : Lyon inscrit 42 points face à Clermont",
     "En première mi-temps, les Lyonnais ont inscrit 30 points.\n", []),
    # the same measure twice, one figure changed: still a conflict, margins included
    ("Top 14 : Lyon inscrit 42 points face à Clermont", "Les Lyonnais ont inscrit 48 points.\n", [("NUM201", 1)]),
    ("Top 14 : un écart de 33 points face à Clermont", "L'écart de 35 points est un record.\n", [("NUM201", 1)]),
])
def test_num201_a_margin_and_a_half_are_not_the_total(title, body, found):
    assert codes_lines(f"{title}\nChapeau.\n{body}", select=("NUM201",)) == found


@pytest.mark.parametrize("body,found", [
    # the whole staff, marked « en tout », against the strikers of the title: a set and its subset
    ("Les 310 000 syndiqués cessent le travail lundi.\n"
     "La province compte en tout quelque 480 000 fonctionnaires.\n", []),
    # a second count of the strikers themselves: still a conflict
    ("Les 310 000 syndiqués cessent le travail lundi.\n"
     "Quelque 380 000 fonctionnaires en grève ont défilé.\n", [("NUM201", 1)]),
])
def test_num201_a_whole_en_tout_is_not_the_subset(body, found):
    text = f"Grève : 310 000 fonctionnaires en grève dans la province\nChapeau.\n{body}"
    assert codes_lines(text, select=("NUM201",)) == found


def test_num202_heading_figure_missing_from_body():
    text = ("Tempête : la côte dévastée\nChapeau.\nUne facture de 900 millions d'euros\n"
            "Les assureurs n'ont publié aucune estimation.\n")
    (d,) = run(text)
    assert (d.code, d.line, d.severity) == ("NUM202", 3, "warning")
    assert "900 millions d'euros" in d.message


@pytest.mark.parametrize("heading,body", [
    ("1.500 vols annulés", "Au total, 1.500 vols ont été annulés jeudi."),
    ("Près de 200 passagers bloqués", "À Ajaccio, 196 passagers ont dormi dans l'aérogare."),
    ("18 blessés", "La bousculade a fait 12 blessés à Orly et 6 à Roissy."),
    ("400.000 festivaliers en deux week-ends", "Le festival a accueilli 200.000 festivaliers par week-end."),
    ("25.000 à 30.000 salariés", "Les deux sites emploient entre 25.000 et 30.000 salariés."),
])
def test_num202_supported_headline(heading, body):
    text = f"Titre sans chiffre\nChapeau.\n{heading}\n{body}\n"
    assert codes_lines(text) == []


def test_seed_article_is_clean():
    seed = Path("/work/shared/seeds/europe1-kim-lavrov.txt")
    found = lint(seed.read_text(encoding="utf-8"), path=str(seed))
    assert [d for d in found if d.severity in ("error", "warning")] == []


@pytest.mark.parametrize("title,body,codes", [
    # a share the body gives as two counts, by division or as a change
    ("Le port retrouve 94 % de son trafic d'avant-crise", "Il a vu passer 8,2 millions de conteneurs, contre 8,7 millions en 2019.", []),
    ("Les ventes bondissent de 25 %", "Le groupe a vendu 50.000 voitures, contre 40.000 un an plus tôt.", []),
    ("Le port retrouve 70 % de son trafic d'avant-crise", "Il a vu passer 8,2 millions de conteneurs, contre 8,7 millions en 2019.", ["NUM202"]),
])
def test_num202_headline_share_derived_from_body(title, body, codes):
    text = f"{title}\nChapeau sans chiffre.\n{body}\n"
    assert [c for c, _ in codes_lines(text)] == codes


@pytest.mark.parametrize("heading,body,codes", [
    # an approximate figure of another thing does not give an exact heading figure
    ("Les 640 exposants satisfaits", "Les exposants ont jugé la saison correcte. Près de 600 gendarmes ont été mobilisés.",
     ["NUM202"]),
    # the same thing said roughly, or any count of people, or the exact value of another noun: given
    ("Les 640 exposants satisfaits", "Près de 600 exposants ont jugé la saison correcte.", []),
    ("640 manifestants à Lyon", "Près de 600 personnes ont défilé dans le centre.", []),
    ("640 manifestants à Lyon", "Les organisateurs ont compté 640 marcheurs dans le centre.", []),
    ("Près de 600 manifestants à Lyon", "La police a compté 580 gendarmes et policiers mobilisés.", []),
])
def test_num202_approximate_body_figure_of_another_thing(heading, body, codes):
    text = f"Titre sans chiffre\nChapeau.\n{heading}\n{body}\n"
    assert [c for c, _ in codes_lines(text)] == codes


@pytest.mark.parametrize("body,codes", [
    # « suppressions de postes » and « postes supprimés » are one measure; creations another
    ("Le plan prévoit 1 150 suppressions de postes.\nLes 1 510 postes supprimés concernent surtout le siège.",
     ["NUM201"]),
    ("Le plan prévoit 1 150 suppressions de postes.\nLes 1 150 postes supprimés concernent surtout le siège.", []),
    ("Le plan prévoit 1 150 suppressions de postes.\nIl promet aussi 310 créations de postes dans la logistique.", []),
])
def test_num201_action_noun_and_participle_are_one_measure(body, codes):
    text = f"Plan social chez un distributeur\nChapeau sans chiffre.\n{body}\n"
    assert [c for c, _ in codes_lines(text)] == codes


# A headline share the body never gives, against the body's one share of that thing.
_VOTE = ("Législative partielle : le candidat écologiste élu\n"
         "Le scrutin s'est joué au second tour.\n"
         "{heading}\n"
         "Le candidat écologiste a rassemblé 8 412 voix, soit {share} des suffrages exprimés.\n"
         "{more}\n")


@pytest.mark.parametrize("heading,share,more,codes", [
    # the body's one share of the vote, misquoted by the heading: NUM201 (NUM202 defers to it)
    ("L'écologiste à 57 %", "52,3 %", "La campagne a été courte.", [("NUM201", 3)]),
    ("57 % des suffrages pour l'écologiste", "52,3 %", "La campagne a été courte.", [("NUM201", 3)]),
    # the heading repeats or rounds the body's share
    ("L'écologiste à 52 %", "52,3 %", "La campagne a été courte.", []),
    # two shares the heading may be (the vote, the turnout): unsure which, NUM202 alone
    ("L'écologiste à 57 %", "52,3 %", "La participation a atteint 48,9 % dans la circonscription.",
     [("NUM202", 3)]),
    # the other shares compare, or are listed several to a sentence: the vote's share is still one
    ("L'écologiste à 57 %", "52,3 %", "Son rival a obtenu 27,1 %, la candidate du centre 20,6 %.",
     [("NUM201", 3)]),
    ("L'écologiste à 57 %", "52,3 %", "La participation atteint 44 %, contre 39 % en 2022.",
     [("NUM201", 3)]),
    # far apart: another thing, not a slip; NUM202 alone
    ("L'écologiste à 75 %", "52,3 %", "La campagne a été courte.", [("NUM202", 3)]),
    # a heading share of another subject than the body's
    ("57 % d'abstention", "52,3 %", "La campagne a été courte.", [("NUM202", 3)]),
])
def test_num201_headline_share_against_the_body_share(heading, share, more, codes):
    text = _VOTE.format(heading=heading, share=share, more=more)
    assert codes_lines(text) == codes


def test_num201_headline_share_message():
    (d,) = run(_VOTE.format(heading="L'écologiste à 57 %", share="52,3 %", more="La campagne a été courte."))
    assert d.message == ("l'intertitre annonce 57 %, le texte 52,3 % des suffrages exprimés (ligne 4) "
                         "pour la même mesure")


@pytest.mark.parametrize("title,body", [
    # shares of one thing by region or by year: another place or moment than the headline's
    ("Le chômage grimpe à 8,1 %", "En Bretagne, le chômage touche 7,2 % des actifs."),
    ("Le chômage grimpe à 8,1 %", "En 2019, le chômage touchait 7,2 % des actifs."),
    # a change in points beside a level
    ("Le chômage grimpe à 8,1 %", "Le chômage a augmenté de 0,7 point, à 7,2 % selon l'Insee, contre 6,5 % un an plus tôt."),
])
def test_num201_shares_of_other_scopes_stay_quiet(title, body):
    text = f"{title}\nChapeau sans chiffre.\n{body}\n"
    assert [c for c, _ in codes_lines(text)] in ([], ["NUM202"])


_RACE = ("Cyclisme : une échappée victorieuse dans les Vosges\n"
         "{lede}\n"
         "Le Belge de 24 ans a attaqué à 30 kilomètres de l'arrivée et a résisté au peloton.\n"
         "{body}\n")


@pytest.mark.parametrize("lede,body,codes", [
    # a standfirst that sums the body up (its age is the body's), plus an exact count of a
    # thing the body never speaks of
    ("Le coureur de 24 ans a été acclamé par 25 000 supporters au sommet.",
     "Il s'impose avec 12 secondes d'avance.", [("NUM202", 2)]),
    # the body repeats it, or speaks of that thing (the standfirst gives a whole the body splits)
    ("Le coureur de 24 ans a été acclamé par 25 000 supporters au sommet.",
     "Les 25 000 supporters ont envahi la route.", []),
    ("Sur les 176 coureurs au départ, 150 ont rallié l'arrivée.", "Parmi les coureurs, 26 ont abandonné.", []),
    # a standfirst with context of its own (a distance the body does not give either)
    ("Au terme de 182 kilomètres, le coureur a été acclamé par 25 000 supporters.",
     "Il s'impose avec 12 secondes d'avance.", []),
    # a standfirst with no other figure: nothing says it sums the body up
    ("Le coureur a été acclamé par 25 000 supporters au sommet.", "Il s'impose avec 12 secondes d'avance.", []),
    # an approximate figure, a figure in words, an amount: context the body need not repeat
    ("Le coureur de 24 ans a été acclamé par plus de 25 000 supporters.",
     "Il s'impose avec 12 secondes d'avance.", []),
    ("Le coureur de 24 ans a été acclamé par des milliers de supporters.",
     "Il s'impose avec 12 secondes d'avance.", []),
    ("Le coureur de 24 ans a signé sa douzième victoire, devant trois équipiers.",
     "Il s'impose avec 12 secondes d'avance.", []),
    ("Le coureur de 24 ans offre une étape qui a coûté 2 millions d'euros à la région.",
     "Il s'impose avec 12 secondes d'avance.", []),
])
def test_num202_standfirst_figure(lede, body, codes):
    assert codes_lines(_RACE.format(lede=lede, body=body)) == codes


@pytest.mark.parametrize("dateline,codes", [
    # a paragraph opening with a dateline is the body's first paragraph: no standfirst to check
    ("GÉRARDMER — ", []),
    ("LA BRESSE (Vosges) — ", []),
    ("Gérardmer, 14 juillet (AFP) — ", []),
    ("SAINT-DIÉ-DES-VOSGES, dimanche 14 juillet 2024 – ", []),
    # no dateline: a standfirst, still checked
    ("", [("NUM202", 2)]),
    ("Dimanche, ", [("NUM202", 2)]),
])
def test_num202_a_dateline_opens_the_body_not_a_standfirst(dateline, codes):
    lede = dateline + "Le coureur de 24 ans a été acclamé par 25 000 supporters au sommet."
    assert codes_lines(_RACE.format(lede=lede, body="Il s'impose avec 12 secondes d'avance.")) == codes


def test_num202_standfirst_message():
    (d,) = run(_RACE.format(lede="Le coureur de 24 ans a été acclamé par 25 000 supporters au sommet.",
                            body="Il s'impose avec 12 secondes d'avance."))
    assert d.message == "le chapeau annonce 25 000 supporters, un chiffre que le texte ne donne nulle part"


@pytest.mark.parametrize("body,codes", [
    # « plus de 9 000 … et 40 » adds up to anything above 9 040: it gives no exact heading figure
    ("Plus de 9 000 bénévoles venus de 40 pays ont encadré la course.", [("NUM202", 3)]),
    ("Quelque 30 000 bénévoles et 1 000 policiers ont encadré la course.", []),
])
def test_num202_an_open_sum_gives_no_exact_figure(body, codes):
    text = f"Marathon : la fête dans les rues\nChapeau sans chiffre.\n31 000 spectateurs sur le parcours\n{body}\n"
    assert codes_lines(text) == codes


# Holders: a noun counted for several clubs or regions is not one measure told twice.
@pytest.mark.parametrize("text,codes", [
    # three close values in three sentences: a league table, not a slip
    ("Hockey : Genève-Servette sacré\nChapeau.\n"
     "Avec 98 points, les Genevois terminent la saison régulière en tête.\n"
     "Zoug, deuxième avec 91 points, attendra les séries.\n"
     "Lausanne, troisième avec 87 points, devance Fribourg (84) et Bienne (80).\n", []),
    # a value listed with others in one sentence, its noun carried over, is a holder's
    ("Grippe : l'épidémie recule\nChapeau.\n"
     "Les médecins ont signalé 12.400 consultations chez les adultes.\n"
     "La Flandre compte 13.900 consultations, la Wallonie 6.100 et Bruxelles 2.300.\n", []),
    # two values only, the others far below (a breakdown): still a slip
    ("Industrie : un plan social chez un équipementier\nChapeau.\n"
     "Le plan prévoit 1 480 suppressions de postes.\n"
     "Ces 1 840 suppressions de postes toucheront d'abord les usines.\n"
     "Le site lorrain concentre à lui seul 600 suppressions de postes.\n", [("NUM201", 3)]),
    # a headline against the body is checked even when the body lists holders (once, against
    # the first body value: the later ones are the rivals')
    ("Hockey : Genève-Servette sacré avec 89 points\nChapeau.\n"
     "Avec 98 points, les Genevois terminent la saison régulière en tête.\n"
     "Zoug, deuxième avec 91 points, attendra les séries.\n"
     "Lausanne, troisième avec 87 points, devance Fribourg (84) et Bienne (80).\n",
     [("NUM201", 1)]),
    # another place's value in the sentence is no holder of this one
    ("Séisme : plus de 5 000 morts\nChapeau.\n"
     "Les autorités ont recensé 3 900 morts, ainsi que 700 morts en Syrie voisine.\n"
     "Dans la soirée, le bilan faisait toujours état de 3 900 morts.\n", [("NUM201", 1)]),
])
def test_num201_holders_of_one_noun(text, codes):
    assert codes_lines(text, ("NUM201",)) == codes


@pytest.mark.parametrize("body,codes", [
    # « une soixantaine » is too loose to be a term of the title's sum
    ("Une soixantaine de navires ont défilé devant la rade.\n"
     "La préfecture maritime a compté environ 2 460 visiteurs sur les quais.\n", [("NUM202", 1)]),
    # two written counts that add up to it support it
    ("Soixante navires ont défilé devant la rade.\n"
     "La marine avait engagé 2 400 marins à bord et 600 à terre.\n", []),
])
def test_num202_vague_figures_make_no_sum(body, codes):
    text = "Toulon : 3 000 marins pour la revue navale\nLa rade a accueilli la revue du 14 juillet.\n" + body
    assert codes_lines(text, ("NUM202",)) == codes


@pytest.mark.parametrize("text,codes", [
    # the body repeats the standfirst's figure after « soit »: the standfirst is confirmed, the
    # other values of the noun (last year's, a player's) are other measures
    ("Basket : Villeurbanne finit premier\n"
     "L'Asvel termine la phase régulière avec 52 points et recevra Monaco en demi-finale.\n"
     "Les Villeurbannais comptent 26 succès et 8 revers, soit 52 points en 34 journées.\n"
     "L'an passé, le club n'avait totalisé que 44 points.\n"
     "Son meneur a inscrit à lui seul 48 points lors des deux derniers matchs.\n", []),
    # no repeat anywhere in the body: the standfirst against the body's one value still fires
    ("Basket : Villeurbanne finit premier\n"
     "L'Asvel termine la phase régulière avec 52 points et recevra Monaco en demi-finale.\n"
     "Les Villeurbannais terminent la saison avec 56 points en 34 journées.\n", [("NUM201", 2)]),
    # a « soit » that does not repeat the headline value confirms nothing
    ("Basket : Villeurbanne finit premier\n"
     "L'Asvel termine la phase régulière avec 52 points et recevra Monaco en demi-finale.\n"
     "Les Villeurbannais comptent 28 succès et 6 revers, soit 56 points en 34 journées.\n"
     "L'équipe a terminé la saison avec 56 points.\n", [("NUM201", 2)]),
])
def test_num201_a_soit_repeat_confirms_the_headline(text, codes):
    assert codes_lines(text, ("NUM201",)) == codes


@pytest.mark.parametrize("text,codes", [
    # two parties' records in two paragraphs: every value differs, two holders
    ("Législatives : la droite l'emporte\nChapeau.\n"
     "Le Parti conservateur remporte 41 sièges et 312 000 voix.\n"
     "Les résultats définitifs seront publiés lundi.\n"
     "Les libéraux obtiennent de leur côté 33 sièges et 287 000 voix.\n", []),
    # a team's record against the other's, given in a parenthesis after its name
    ("Football : le derby pour Lyon\nChapeau.\n"
     "Lyon compte désormais 18 victoires, 7 nuls et 9 défaites.\n"
     "L'entraîneur a salué la réaction de ses joueurs.\n"
     "Saint-Étienne (21 victoires, 5 nuls, 8 défaites) garde la deuxième place.\n", []),
    # one value retyped and the other kept: a slip, still found
    ("Législatives : la droite l'emporte\nChapeau.\n"
     "Le Parti conservateur remporte 41 sièges et 312 000 voix.\n"
     "Les résultats définitifs seront publiés lundi.\n"
     "Avec 44 sièges et 312 000 voix, le Parti conservateur gouvernera seul.\n", [("NUM201", 3)]),
    # a headline is still checked against a body record
    ("Législatives : les conservateurs à 45 sièges\nChapeau.\n"
     "Le Parti conservateur remporte 41 sièges et 312 000 voix.\n"
     "Les libéraux obtiennent de leur côté 23 sièges et 187 000 voix.\n", [("NUM201", 1)]),
])
def test_num201_records_of_two_holders(text, codes):
    assert codes_lines(text, ("NUM201",)) == codes


@pytest.mark.parametrize("scope,codes", [
    # a country's count against a continent's, the world's or several countries' total
    ("À l'échelle du continent, on recense plus de 1 500 cas depuis mai.", []),
    ("Au niveau européen, on recense plus de 1 500 cas depuis mai.", []),
    ("À l'échelle mondiale, on recense plus de 1 500 cas depuis mai.", []),
    ("On recense plus de 1 500 cas depuis mai dans 11 pays.", []),
    # without a scope, two body counts that differ beyond a slip may still be two holders or
    # moments the text leaves unnamed: quiet, unless the text says it is the same count again
    ("On recense plus de 1 500 cas depuis mai.", []),
    ("Ce bilan de 1 500 cas depuis mai inquiète les autorités.", [("NUM201", 3)]),
    ("On recense 1 420 cas depuis mai.", [("NUM201", 3)]),       # 1 240 / 1 420: a slip
])
def test_num201_a_scope_is_another_place(scope, codes):
    text = ("Dengue : l'épidémie progresse\nChapeau.\n"
            "Depuis le printemps, la République portugaise a recensé 1 240 cas.\n"
            + scope + "\n")
    assert codes_lines(text, ("NUM201",)) == codes


@pytest.mark.parametrize("body,codes", [
    # a heading drops the currency the body gives: the same sum, scale and noun
    ("Le plan prévoit 11,8 milliards d'euros de nouveaux investissements d'ici 2030.", []),
    ("Le plan prévoit 11,8 milliards d'euros d'ici 2030 pour les réseaux.", []),
    # the body's sum pays for another thing, or is of another size or scale
    ("Le plan prévoit 11,8 milliards d'euros de subventions aux communes.", [("NUM202", 3)]),
    ("Le plan prévoit 8 milliards d'euros de nouveaux investissements d'ici 2030.", [("NUM202", 3)]),
    ("Le plan prévoit 12 millions d'euros de nouveaux investissements d'ici 2030.", [("NUM202", 3)]),
])
def test_num202_a_heading_may_drop_the_currency(body, codes):
    text = f"Budget : le plan de relance adopté\nChapeau sans chiffre.\n12 milliards de nouveaux investissements\n{body}\n"
    assert codes_lines(text, ("NUM202",)) == codes


@pytest.mark.parametrize("heading,body,codes", [
    # an open headline count is reached by any larger value: one of another noun gives it not
    ("Plus de 60 exposants sous la halle", "Le marché a attiré 9 000 visiteurs et 1 200 bénévoles.",
     [("NUM202", 3)]),
    ("Plus de 60 exposants sous la halle", "Le marché a reçu 4 000 visiteurs par jour.", [("NUM202", 3)]),
    ("Plus de 60 exposants sous la halle", "Les 900 visiteurs du premier jour ont croisé 350 bénévoles.",
     [("NUM202", 3)]),
    # its own noun, however far, or terms of its noun; a value of another noun that rounds to it
    ("Plus de 60 exposants sous la halle", "Au total, 240 exposants ont tenu un stand.", []),
    ("Plus de 60 exposants sous la halle", "La halle réunit 41 exposants belges et 27 exposants français.", []),
    ("Plus de 60 exposants sous la halle", "Le marché réunit 64 stands sous la halle.", []),
    # jobs and posts count one thing
    ("Plus de 3 000 emplois supprimés", "Le groupe supprime 1 900 postes en France et 1 300 emplois en Allemagne.", []),
    ("Plus de 3 000 emplois supprimés", "Le groupe supprimera 6 500 postes d'ici 2027.", []),
    # a town's population is no count of things; a value of another noun below the bound never
    # reaches it
    ("Plus de 1 800 animations", "La commune compte environ 52 000 habitants.", [("NUM202", 3)]),
    ("Plus de 1 400 animations", "Quelque 1 000 artistes se sont produits.", [("NUM202", 3)]),
    # a count of people may still be restated by a town's people; its own noun still gives it
    ("Plus de 1 800 bénévoles", "La commune compte environ 2 400 habitants.", []),
    ("Plus de 1 800 animations", "Quelque 1 700 animations ont été proposées.", []),
    ("Plus de 1 800 animations", "Environ 2 000 animations ont été proposées.", []),
])
def test_num202_an_open_headline_count_needs_its_noun(heading, body, codes):
    text = f"Foire : la saison est lancée\nChapeau sans chiffre.\n{heading}\n{body}\n"
    assert codes_lines(text, ("NUM202",)) == codes


@pytest.mark.parametrize("text,codes", [
    # two teams' records sharing a small value (« 11 nuls »): two holders, not one record retyped
    ("Ligue 2 : Rodez champion\nChapeau.\n"
     "Rodez termine avec 19 victoires, 11 nuls et 8 défaites.\n"
     "Le club aveyronnais devance Dunkerque, qui compte 18 victoires, 11 nuls et 9 défaites.\n", []),
    # two places counting passengers in two paragraphs, 8 % apart
    ("Tourisme : une saison record en Corse\nChapeau.\n"
     "Les aéroports de l'île ont accueilli 2,6 millions de passagers cet été.\n"
     "Les ports ont vu passer de leur côté 2,4 millions de passagers.\n", []),
    # the text says it speaks of the same toll again: « ce bilan de »
    ("Sahel : une attaque contre un camp militaire\nChapeau.\n"
     "Dans un communiqué, l'état-major fait état de 27 soldats tués.\n"
     "Ce bilan de 22 soldats tués est le plus lourd depuis deux ans.\n", [("NUM201", 3)]),
    # « ces 1 800 salariés » points back at the count given before
    ("Industrie : le site sera fermé\nChapeau.\n"
     "L'usine de Metz emploie 1 500 salariés.\n"
     "Ces 1 800 salariés seront reclassés d'ici à la fin de l'année.\n", [("NUM201", 3)]),
    # digits swapped between two paragraphs: a slip
    ("Industrie : le site sera fermé\nChapeau.\n"
     "L'usine de Metz emploie 1 347 salariés.\n"
     "Les syndicats rappellent que les 1 437 salariés n'ont pas été consultés.\n", [("NUM201", 3)]),
])
def test_num201_two_body_values_need_a_slip_or_a_back_reference(text, codes):
    assert codes_lines(text, ("NUM201",)) == codes


@pytest.mark.parametrize("lede,body,codes", [
    # the whole of « N des M sièges » counts a container (a language group, an assembly): two
    # wholes of two containers are not one measure, whichever comes first
    ("Avec 31 des 64 sièges du conseil régional, la gauche garde la main.",
     "L'opposition, qui détient 12 des 77 sièges de l'assemblée, conteste le résultat.", []),
    ("Le parti obtient 9 des 48 sièges de la nouvelle chambre.",
     "La liste écologiste remporte 14 des 57 sièges du conseil.", []),
    # a plain count against the body is still compared
    ("La gauche obtient 31 sièges au conseil régional.",
     "Au terme du dépouillement, la gauche détient 37 sièges au conseil régional.", [("NUM201", 2)]),
])
def test_num201_the_whole_of_n_des_m_is_no_candidate(lede, body, codes):
    text = f"Régionales : la gauche garde la région\n{lede}\n{body}\n"
    assert codes_lines(text, ("NUM201",)) == codes


@pytest.mark.parametrize("body,codes", [
    # « passer de 56 à 130 » with the verb's object between: a change, not the range 56-130 that
    # would meet any headline value between its ends
    ("Le parti fait passer son groupe de 56 à 130 députés.", []),
    # a plain range of the noun is still one measure
    ("Les sondages lui accordaient de 140 à 160 députés.", [("NUM201", 1)]),
])
def test_num201_a_change_from_to_is_no_range(body, codes):
    text = f"Législatives : le parti obtient 180 députés\nChapeau sans chiffre.\n{body}\n"
    assert codes_lines(text, ("NUM201",)) == codes


@pytest.mark.parametrize("body,codes", [
    # « d'après le bilan publié dimanche par les organisateurs »: the organisers are the source,
    # and Sunday is when the report was told, not another moment of the count
    ("D'après le bilan publié dimanche par les organisateurs, le festival a accueilli 210 000 spectateurs.",
     [("NUM201", 2)]),
    ("Selon les chiffres présentés lundi à Arles par les organisateurs, 210 000 spectateurs sont venus.",
     [("NUM201", 2)]),
    # another teller: another estimate
    ("D'après le bilan publié dimanche par la préfecture, le festival a accueilli 210 000 spectateurs.", []),
])
def test_num201_a_report_told_by_someone_on_a_day(body, codes):
    text = ("Festival : une affluence record\n"
            f"Le festival a attiré 240 000 spectateurs en quatre jours, selon les organisateurs.\n{body}\n")
    assert codes_lines(text, ("NUM201",)) == codes


@pytest.mark.parametrize("body,codes", [
    # the headline's tonnage retyped in the body, digits swapped or one changed: a slip
    ("Le trafic total s'est établi à 63,8 millions de tonnes en 2024, contre 66,2 millions en 2023.",
     [("NUM201", 1)]),
    ("Le port a traité 68,9 millions de tonnes en 2024, un niveau jamais atteint.", [("NUM201", 1)]),
    # tonnages that differ otherwise: other cargoes, other terminals
    ("Le trafic total s'est établi à 64,1 millions de tonnes en 2024.", []),
    # the body gives the headline's value: the other tonnage is another measure
    ("Le port a traité 68,3 millions de tonnes en 2024. Le vrac liquide représente 63,8 millions de tonnes.",
     []),
    # another year
    ("Le port avait traité 63,8 millions de tonnes en 2019, avant la crise sanitaire.", []),
    # a range or an approximation is no slip
    ("Le trafic total est estimé à environ 63,8 millions de tonnes en 2024.", []),
    # the one body value told twice is still one value: a slip
    ("Le port a traité 63,8 millions de tonnes en 2024. Avec 63,8 millions de tonnes en 2024, "
     "il reste le premier port de France.", [("NUM201", 1)]),
    # two body values, each a slip of the headline: which one it retypes is unsure
    ("Le port a traité 63,8 millions de tonnes en 2024. Avec 68,9 millions de tonnes en 2024, "
     "il reste le premier port de France.", []),
])
def test_num201_a_headline_quantity_retyped_in_the_body(body, codes):
    text = f"Port du Havre : 68,3 millions de tonnes en 2024\nLe port normand bat un record.\n{body}\n"
    assert codes_lines(text, ("NUM201",)) == codes


@pytest.mark.parametrize("lede,body,codes", [
    # the standfirst's share of the votes against the body's one close share of them
    ("La liste sortante arrive en tête avec 41,3 % des voix.",
     "Dimanche, la liste sortante a recueilli 38,1 % des suffrages et obtient 15 sièges.", [("NUM201", 2)]),
    # two close shares in the body: which one the standfirst gives is unsure
    ("La liste sortante arrive en tête avec 41,3 % des voix.",
     "Dimanche, la liste sortante a recueilli 38,1 % des voix. Sa principale rivale obtient 39,6 % des voix.",
     []),
    # the body gives the standfirst's share: the other one is another list's
    ("La liste sortante arrive en tête avec 41,3 % des voix.",
     "La liste sortante a recueilli 41,3 % des voix. La liste écologiste obtient 38,1 % des voix.", []),
    # a share of another thing
    ("La liste sortante arrive en tête avec 41,3 % des inscrits.",
     "Dimanche, la liste sortante a recueilli 38,1 % des voix.", []),
    # a body share without its noun may be anything
    ("La liste sortante arrive en tête avec 41,3 % des voix.",
     "Le taux de participation s'établit à 38,1 %.", []),
])
def test_num201_a_standfirst_share_against_the_body(lede, body, codes):
    text = f"Municipales : la liste sortante en tête\n{lede}\n{body}\n"
    assert codes_lines(text, ("NUM201",)) == codes


@pytest.mark.parametrize("heading,body,codes", [
    # a heading change amount the body gives as a before/after pair of the same thing and unit
    ("Un loyer relevé de 40 euros", "Le loyer mensuel du studio atteint 640 euros, contre 600 euros l'an dernier.", []),
    ("Une cotisation en hausse de 15 euros", "La cotisation annuelle est passée de 120 euros à 135 euros.", []),
    # a range of uncertainty is no before/after pair
    ("Une cotisation en hausse de 15 euros", "La cotisation annuelle coûtera de 120 euros à 135 euros selon le club.",
     [("NUM202", 3)]),
    # no pair whose difference it is: unsupported
    ("Un loyer relevé de 70 euros", "Le loyer mensuel du studio atteint 640 euros, contre 600 euros l'an dernier.",
     [("NUM202", 3)]),
    ("Un loyer relevé de 40 euros", "Le loyer mensuel du studio atteint 640 euros.", [("NUM202", 3)]),
    # the pair in another unit is not the same thing
    ("Un loyer relevé de 40 euros", "Le studio mesure 640 mètres carrés, contre 600 pour le voisin.", [("NUM202", 3)]),
])
def test_num202_heading_change_given_by_a_body_pair(heading, body, codes):
    text = f"# Logement\n\n## {heading}\n\n{body}\n"
    assert [(d.code, d.line) for d in run(text, path="article.md")] == codes


_REFERENDUM = ("Référendum : la réforme des retraites adoptée\n"
               "{heading}\n"
               "Le texte a recueilli {share} de oui, selon les résultats officiels.\n"
               "La participation a atteint 44,8 %. Dans le canton voisin, le non l'emportait avec 53,1 %.\n"
               "{more}\n")


@pytest.mark.parametrize("heading,share,more,codes", [
    # many body shares, but only one of the heading's named thing with the same digits swapped
    ("Une courte victoire avec 51,62 % de oui", "51,26 %", "", [("NUM201", 2)]),
    ("Une courte victoire avec 51,62 % de oui", "51,62 %", "", []),
    # two of them: unsure which one the heading retypes
    ("Une courte victoire avec 51,62 % de oui", "51,26 %", "Les Suisses de l'étranger ont voté à 52,16 % de oui.",
     [("NUM202", 2)]),
    # two digits only, or digits not merely swapped: another figure, not surely a slip
    ("Une victoire avec 54 % de oui", "45 %", "", [("NUM202", 2)]),
    ("Une courte victoire avec 51,62 % de oui", "51,27 %", "", [("NUM202", 2)]),
    # a share of another thing with swapped digits: not the heading's
    ("Une participation de 48,44 %", "51,26 %", "Les femmes ont voté à 44,84 %.", [("NUM202", 2)]),
])
def test_num201_headline_share_with_swapped_digits(heading, share, more, codes):
    text = _REFERENDUM.format(heading=heading, share=share, more=more)
    assert codes_lines(text) == codes


_CONFIDENCE = ("Le gouvernement tombe à l'Assemblée\n"
               "{lede}\n"
               "{body}\n")


@pytest.mark.parametrize("lede,body,codes", [
    # « voix contre » counts the votes against: not the votes the standfirst counts
    ("La ministre n'a obtenu que 207 voix mardi soir, loin de la majorité.",
     "Le texte a réuni 305 voix contre, dont 88 venues de la gauche.", []),
    ("La ministre n'a obtenu que 207 voix mardi soir, loin de la majorité.",
     "Les députés ont exprimé 305 votes pour, un record pour la législature.", []),
    # the same qualifier on both sides: one measure, a slip
    ("La motion a réuni 194 voix contre mardi soir, loin de la majorité.",
     "Le texte a réuni 149 voix contre, dont 61 venues de la gauche.", [("NUM201", 2)]),
    # « contre » followed by a figure stays the comparison
    ("La ministre n'a obtenu que 207 voix mardi soir, loin de la majorité.",
     "Elle a obtenu 270 voix contre 305 pour son rival.", [("NUM201", 2)]),
])
def test_num201_votes_against_or_for_are_a_qualifier(lede, body, codes):
    assert codes_lines(_CONFIDENCE.format(lede=lede, body=body)) == codes


_TOUR = ("Tour de France : {title}\n"
         "Le peloton a rallié les Champs-Élysées dimanche après trois semaines de course.\n"
         "{body}\n")


@pytest.mark.parametrize("title,body,codes", [
    # the body's whole of the noun (« au total », « en tout ») is the value the headline gives
    ("142 coureurs classés à Paris",
     "Au total, 146 coureurs ont été classés au terme de la dernière étape.", [("NUM201", 1)]),
    ("142 coureurs classés à Paris",
     "En tout, 146 coureurs ont été classés au terme de la dernière étape.", [("NUM201", 1)]),
    ("142 coureurs classés à Paris",
     "Au total, 146 coureurs ont été classés, dont 12 Français.", [("NUM201", 1)]),
    ("142 coureurs classés à Paris",
     "Au total, 142 coureurs ont été classés au terme de la dernière étape.", []),
    # the headline's own year against the body's whole of another year
    ("142 coureurs classés en 2024", "Au total, 146 coureurs ont été classés en 2025.", []),
    # a headline count in no state may be a part the text names otherwise (« en grève »)
    ("1 800 salariés en grève chez Airbus",
     "Le groupe emploie au total 2 400 salariés sur le site toulousain.", []),
    # a body whole beside another body value: a whole and its holders, never a body pair
    ("un peloton réduit", "Au total, 146 coureurs ont été classés.\n"
     "À Florence, 164 coureurs classés avaient pris le départ de la première étape.", []),
])
def test_num201_a_headline_against_the_body_whole(title, body, codes):
    assert codes_lines(_TOUR.format(title=title, body=body), ("NUM201",)) == codes


_REGION = ("Occitanie : {title}\n"
           "Les élus régionaux ont adopté le budget vendredi après une longue séance.\n"
           "La Région prévoit 3,9 milliards d'euros de recettes pour 4,25 milliards de dépenses, {body}\n")


@pytest.mark.parametrize("title,body,codes", [
    # a headline sum names its noun first (« le déficit ramené à »), the body works it out
    ("le déficit ramené à 310 millions d'euros", "soit un déficit de 350 millions d'euros.", [("NUM201", 1)]),
    ("le déficit ramené à 310 millions d'euros", "et le déficit atteint 350 millions d'euros.", [("NUM201", 1)]),
    ("le déficit ramené à 310 millions d'euros", "et le déficit s'élève à 350 millions d'euros.",
     [("NUM201", 1)]),
    ("le déficit ramené à 350 millions d'euros", "soit un déficit de 350 millions d'euros.", []),
    # another moment of the noun in the headline: its own year, or « l'an dernier »
    ("un déficit de 310 millions d'euros en 2024", "soit un déficit de 350 millions d'euros en 2025.", []),
    ("un déficit de 310 millions d'euros l'an dernier", "soit un déficit de 350 millions d'euros.", []),
    # another holder, another noun, another measure of the noun (the trade deficit)
    ("le déficit de la métropole ramené à 310 millions d'euros", "soit un déficit de 350 millions d'euros.", []),
    ("la dette ramenée à 310 millions d'euros", "soit un déficit de 350 millions d'euros.", []),
    ("le déficit commercial ramené à 310 millions d'euros", "soit un déficit de 350 millions d'euros.", []),
    # a worked-out sum is a headline's pair only, never a body value's (« soit »)
    ("un budget sous tension", "soit un déficit de 350 millions d'euros. "
     "Ce déficit de 530 millions d'euros inquiète l'opposition.", []),
])
def test_num201_a_headline_sum_against_the_body_value_of_its_noun(title, body, codes):
    assert codes_lines(_REGION.format(title=title, body=body), ("NUM201",)) == codes


@pytest.mark.parametrize("title,codes", [
    # a headline count set « l'an dernier » is not the body's present count
    ("Le Pont du Gard a accueilli 1 300 000 visiteurs l'an dernier", []),
    ("Le Pont du Gard a accueilli 1 300 000 visiteurs", [("NUM201", 1)]),
])
def test_num201_a_headline_of_another_moment(title, codes):
    text = (title + "\nLe site gardois confirme son attrait.\n"
            "Le monument a reçu 1 450 000 visiteurs, un record pour le site.\n")
    assert codes_lines(text, ("NUM201",)) == codes


# A count whose sentence names a person its holder is that person's: two values of two named
# players, or of a named player and of the team, are two measures; one player's, twice, is one.
_MATCH_TITLE = "Handball : Nantes s'impose à Montpellier\n"


@pytest.mark.parametrize("lede,body", [
    # another player's points in the body
    ("Dans un final serré, Nantes a pris le dessus. Lucas Girard a inscrit 11 buts, un record "
     "personnel.",
     "Côté montpelliérain, Hugo Marchal a été le meilleur buteur avec 8 buts, sans suffire."),
    # the team's games in the lede, a named player's games in the body
    ("Avec 21 victoires en 30 matchs, l'équipe nantaise signe sa meilleure saison.",
     "L'arrière, Thomas Leroy, 24 ans, a tenu son rang : 97 buts en 27 matchs."),
    # a player set beside his count
    ("Dans un final serré, Nantes a pris le dessus. Lucas Girard, 11 buts, a fait la différence.",
     "Hugo Marchal a terminé avec 8 buts."),
])
def test_num201_two_holders_are_two_measures(lede, body):
    assert codes_lines(_MATCH_TITLE + lede + "\n" + body + "\n") == []


def test_num201_one_named_holder_told_twice_still_conflicts():
    text = (_MATCH_TITLE + "Dans un final serré, Nantes a pris le dessus. Lucas Girard a inscrit "
            "11 buts, un record personnel.\n"
            "Au coup de sifflet, Lucas Girard a terminé avec 8 buts.\n")
    assert codes_lines(text) == [("NUM201", 2)]


@pytest.mark.parametrize("second,found", [
    # another named player: 52 and 25 are two holders' counts, not a slip
    ("Derrière lui, l'ailier Hugo Marchal a inscrit 25 buts et 40 passes.", []),
    # a teammate told apart, not named
    ("Derrière lui, son coéquipier a inscrit 25 buts et 40 passes.", []),
    # the same named player: the swapped digits are a slip
    ("Au fil de la saison, Thomas Leroy a inscrit 25 buts, un record pour un arrière.",
     [("NUM201", 3)]),
])
def test_num201_a_slip_needs_one_holder(second, found):
    text = ("Handball : la saison de Nantes\nUn bilan flatteur.\n"
            "L'arrière, Thomas Leroy, 24 ans, a porté l'attaque : 52 buts et 61 aides.\n"
            + second + "\n")
    assert codes_lines(text) == found


_OZONE = ("Au sommet du Mauna Loa, le méthane dépasse 1 930 ppb en moyenne annuelle\n"
          "Les relevés de l'observatoire hawaïen confirment la hausse, selon le bilan publié lundi.\n"
          "L'observatoire, installé à 3 397 mètres d'altitude, publie ses relevés chaque mois.\n"
          "{body}\n")


@pytest.mark.parametrize("body,codes", [
    # a body value of a past era is another moment than the headline's unsaid present
    ("Avant la révolution industrielle, la teneur de l'air en méthane était d'environ 1 250 ppb.", []),
    ("À l'ère préindustrielle, la teneur de l'air en méthane était d'environ 1 250 ppb.", []),
    ("Au XIXe siècle, la teneur de l'air en méthane était d'environ 1 250 ppb.", []),
    ("En 1850, la teneur de l'air en méthane était d'environ 1 250 ppb.", []),
    ("Il y a 170 ans, la teneur de l'air en méthane était d'environ 1 250 ppb.", []),
    # the same sentence with no moment: the headline's present, still checked
    ("La teneur de l'air en méthane est d'environ 1 250 ppb.", [("NUM201", 1)]),
])
def test_num201_a_past_era_is_another_moment(body, codes):
    assert [(c, n) for c, n in codes_lines(_OZONE.format(body=body)) if c == "NUM201"] == codes


# a value in a past « lorsque/quand » clause is of another moment than the headline's; the
# sentence after the clause is back at the paragraph's moment
_FOOD_TITLE = "La banque alimentaire a distribué 48 000 colis en 2025\n"


@pytest.mark.parametrize("body,codes", [
    ("En 2025, elle a servi 9 000 familles. C'est le meilleur bilan depuis la pandémie, lorsque "
     "la distribution était retombée sous les 31 000 colis.", []),
    ("En 2025, elle a servi 9 000 familles. C'est le meilleur bilan depuis dix ans, quand les "
     "bénévoles avaient distribué 31 000 colis.", []),
    ("En 2025, elle a servi 9 000 familles, quand les bénévoles en avaient servi 7 000. Elle a "
     "distribué 31 000 colis.", ["NUM201"]),
    ("Elle a distribué 31 000 colis dans la région.", ["NUM201"]),
    ("Lorsque la campagne s'achève, elle a distribué 31 000 colis dans la région.", ["NUM201"]),
])
def test_num201_value_of_a_past_clause(body, codes):
    assert [d.code for d in run(_FOOD_TITLE + "\n" + body + "\n")] == codes


def test_past_clause_moment_ends_with_its_sentence():
    from numlint import document, engine
    text = ("Bilan\n\nEn 2025, la banque a distribué 48 000 colis, quand elle en avait distribué "
            "31 000 auparavant. Elle a servi 9 000 familles.\n")
    _, ms = engine.analyse(document.parse(text, "a.txt"))
    times = {m.figure.text: m.time for m in ms if m.figure.kind == "number"}
    assert times == {"48 000": "2025", "31 000": "passé", "9 000": "2025"}
    # a clause right after a year restates it: that year is the moment kept
    text = "Bilan\n\nC'est deux fois plus qu'en 2019, quand la banque avait distribué 24 000 colis.\n"
    _, ms = engine.analyse(document.parse(text, "a.txt"))
    assert [m.time for m in ms if m.figure.text == "24 000"] == ["2019"]


_TOWN = ("Municipales : le maire sortant réélu avec {head}\n"
         "Le scrutin a été serré jusqu'au bout.\n"
         "Le maire sortant a recueilli 18 305 voix, soit {share} des suffrages exprimés. Sa rivale de "
         "droite obtient 12 960 voix.\n"
         "Le candidat du RN, troisième, totalise 6 117 voix.{more}\n")


@pytest.mark.parametrize("head,share,more,codes", [
    # 6 117 / 12 960 = 47,2 %: two rivals' votes divide to the headline share by chance; the
    # body's share of the same ballots, digits swapped, says which one the headline retypes
    ("47,2 % des voix", "42,7 %", "", [("NUM201", 1)]),
    ("47,2 % des suffrages", "42,7 %", "", [("NUM201", 1)]),
    ("47,2 % des voix", "42,7 %", " La participation a atteint 27,4 %.", [("NUM201", 1)]),
    # the body gives the headline's share, or one that is no swap of it, or only roughly: the
    # ratio still gives the headline figure
    ("47,2 % des voix", "47,2 %", "", []),
    ("47,2 % des voix", "41,9 %", "", []),
    ("47,2 % des voix", "environ 42,7 %", "", []),
    ("47 % des voix", "42,7 %", "", []),
    # two body shares of the ballots with those digits: unsure which one, the ratio stands
    ("47,2 % des voix", "42,7 %", " Dans la commune voisine, le maire a été réélu avec 72,4 % des voix.", []),
])
def test_num201_a_swapped_share_beats_a_chance_ratio(head, share, more, codes):
    assert codes_lines(_TOWN.format(head=head, share=share, more=more)) == codes


_TRAIL = ("Trail : un dixième titre devant {title}\n"
         "La course a tenu toutes ses promesses.\n"
         "Au départ, 1 050 coureurs de 48 nationalités avaient pris place sur la ligne. Seuls 931 ont "
         "rallié l'arrivée.\n"
         "{more}\n")


@pytest.mark.parametrize("title,more,codes", [
    ("1 200 coureurs", "", [("NUM201", 1)]),
    # the body gives the headline's value for its noun in another state: the headline counts that
    ("1 200 coureurs", "Au total, 1 200 coureurs étaient inscrits sur les deux courses du week-end.", []),
    ("1 200 coureurs", "Les organisateurs avaient enregistré 1 200 coureurs inscrits.", []),
    # a close value is no such sign, nor the value of another noun or of another moment
    ("1 200 coureurs", "Les organisateurs avaient enregistré 1 240 coureurs inscrits.", [("NUM201", 1)]),
    ("1 200 coureurs", "Au total, 1 200 bénévoles étaient mobilisés.", [("NUM201", 1)]),
    ("1 200 coureurs", "L'an dernier, 1 200 coureurs étaient inscrits.", [("NUM201", 1)]),
])
def test_num201_the_headline_value_told_in_another_state(title, more, codes):
    assert codes_lines(_TRAIL.format(title=title, more=more)) == codes



@pytest.mark.parametrize("title", ["Grand Raid : 2 600 coureurs sur quatre courses",
                                   "Grand Raid : 2 600 coureurs au départ"])
def test_num201_a_heading_told_by_its_section_is_a_measure_of_its_own(title):
    # the heading and its paragraph give one race's count, which the text does not tell from
    # the whole event's in the title: told twice, it is kept apart (a stale title with its
    # section's count so repeated, « 1 200 coureurs » against « 1 050 coureurs » twice, is
    # missed: the two read alike)
    text = (f"{title}\nLe week-end a été chaud.\nLa Diagonale : 2 100 coureurs\n"
            "Sur la Diagonale, 2 100 coureurs ont pris le départ jeudi soir.\n"
            "Les autres courses ont réuni le reste des concurrents.\n")
    assert codes_lines(text) == []


@pytest.mark.parametrize("title,body", [
    # « après 26 journées » is a moment of the season as much as a count: the body's « après 24
    # journées » is another moment, not a slip (why a stale « après 21 victoires » against the
    # body's « au total, 16 victoires », e122, is left: the two read alike)
    ("Super League : Bâle leader après 26 journées",
     "Après 24 journées, le club n'était encore que troisième."),
    ("Tour de Suisse : Pogacar en jaune après 5 étapes",
     "Après 4 étapes, le Slovène n'était encore que quatrième du classement général."),
])
def test_num201_a_count_after_apres_is_a_moment(title, body):
    text = f"{title}\nLe club a battu son rival dimanche.\nLe match s'est joué à guichets fermés.\n{body}\n"
    assert codes_lines(text) == []
