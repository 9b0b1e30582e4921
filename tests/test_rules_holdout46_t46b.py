"""Holdout 46 (t46b): patterns from unseen articles, in our own sentences."""
from _lint_kit import codes


# « Sur ces N, A VERB un objet … et B un autre objet »: the verb of the later part is dropped,
# its object opens on an article at once — one list, the whole right there.
def test_gapped_object_parts_exceed_whole():
    assert codes("Sur ces 6 000 élèves, 3 700 ont choisi une filière professionnelle dans le "
                 "secteur privé et 2 900 un cursus général.", "NUM302", path="a.txt") == ["NUM302"]
    assert codes("Sur les 6 000 élèves, 3 700 préparent un diplôme professionnel du secteur privé, "
                 "2 900 une licence générale.", "NUM302", path="a.txt") == ["NUM302"]
    assert codes("Sur ces 900 chantiers, 610 attendent un permis de construire ou de démolir et "
                 "420 une étude de sol.", "NUM302", path="a.txt") == ["NUM302"]


def test_gapped_object_quiet_lookalikes():
    # the parts fit their whole
    assert codes("Sur ces 6 000 élèves, 3 700 préparent un diplôme professionnel dans le secteur "
                 "privé et 2 100 une licence générale.", "NUM302", path="a.txt") == []
    # another moment, not another part
    assert codes("Sur ces 6 000 élèves, 3 700 préparent un diplôme professionnel dans le secteur "
                 "privé et 2 900 un an plus tôt.", "NUM302", path="a.txt") == []
    # a clause of its own
    assert codes("Sur ces 6 000 élèves, 3 700 préparent un diplôme professionnel dans le secteur "
                 "privé, qui en compte 2 900 au total.", "NUM302", path="a.txt") == []
    # no whole opened by « sur ces »
    assert codes("Cette année, 3 700 élèves préparent un diplôme professionnel dans le secteur "
                 "privé et 2 900 une licence générale.", "NUM302", path="a.txt") == []


# « X en a expliqué A, celles de Y B et les Z C »: « celle(s) de » names an item as an article
# does, and the last item may come after « et » alone.
def test_en_list_celle_de_and_et():
    assert codes("Le mois a compté 412 suppressions. Les pannes en ont expliqué 260, celles de la "
                 "voirie 90 et les grèves 70.", "NUM302", path="a.txt") == ["NUM302"]
    assert codes("Le club a recruté 300 bénévoles. Le quartier nord en a fourni 180, celui du port "
                 "140.", "NUM302", path="a.txt") == ["NUM302"]


def test_en_list_quiet_lookalikes():
    # the parts fit
    assert codes("Le mois a compté 412 suppressions. Les pannes en ont expliqué 260, celles de la "
                 "voirie 90 et les grèves 50.", "NUM302", path="a.txt") == []
    # another moment for the last item
    assert codes("Le mois a compté 412 suppressions. Les pannes en ont expliqué 260, celles de la "
                 "voirie 90 et les grèves 70 l'an dernier.", "NUM302", path="a.txt") == []
    # a verb of its own: another measure
    assert codes("Le mois a compté 412 suppressions. Les pannes en ont expliqué 260, celles de la "
                 "voirie 90 et les grèves ont duré 70 jours.", "NUM302", path="a.txt") == []
