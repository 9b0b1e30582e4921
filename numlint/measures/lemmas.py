"""A small French lexicon for the measure stage: function words, qualifiers, cues, lemmas.

Hand-made on purpose: a lemmatizer library costs hundreds of milliseconds of start-up for the few
hundred nouns news figures count, and its tagger guesses wrong on elliptic news syntax anyway.
"""
from __future__ import annotations

from functools import lru_cache

# Words that are never the counted noun right after a figure.
STOP = frozenset("""
à a ai au aux avec avait avaient avant après apres auprès c' ce ces cet cette chacun chacune
chaque comme contre d' dans de des depuis devant dont du elle elles en entre environ est et été
étaient était être eux font fut il ils j' jusqu' l' la le les leur leurs lors lorsqu' lui m' mais
même moins n' ne ni non nous on ont ou où par parmi pas pendant peu plus pour près presque puis
qu' que qui quelque s' sa sans se selon ses si soit son sont sous sur tandis tant toujours tous
tout toute toutes très un une vers via voire vont y aussi déjà encore seulement seul seuls seule
seules environ quelques plusieurs autour ainsi alors donc doit doivent peut peuvent sera seront
serait seraient aurait auraient avoir fait faisait restent reste devrait devraient
chez malgré dès durant envers hormis sauf outre parmi jusque quand puisque
grâce
lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui demain
""".split())

# Time nouns: "12 mois" is a duration, never the subject of a count.
TIME_NOUNS = frozenset("""
seconde secondes minute minutes heure heures h jour jours semaine semaines mois an ans année
années décennie décennies siècle siècles nuit nuits fois
""".split())

# Scale and approximation nouns between a number and its noun: "2,5 millions de", "une dizaine de".
SCALE = frozenset("""
mille million millions milliard milliards millier milliers centaine centaines dizaine dizaines
douzaine douzaines vingtaine trentaine quarantaine cinquantaine soixantaine quinzaine
""".split())

# Adjectives that may stand between a figure and its noun.
PRE_ADJ = frozenset("""
nouveaux nouvelles nouveau nouvelle premiers premières derniers dernières petits petites grands
grandes jeunes seuls seules principaux principales anciens anciennes précédents précédentes
""".split())

# Qualifiers that make a different measure: state and event, who. Surface -> lemma.
_QUAL_FORMS = {
    "tué": "tué", "blessé": "blessé", "mort": "mort", "disparu": "disparu", "déployé": "déployé",
    "envoyé": "envoyé", "supplémentaire": "supplémentaire", "interpellé": "interpellé",
    "évacué": "évacué", "annulé": "annulé", "hospitalisé": "hospitalisé", "arrêté": "arrêté",
    "détruit": "détruit", "endommagé": "endommagé", "incendié": "brûlé", "brûlé": "brûlé",
    "sinistré": "sinistré", "déplacé": "déplacé", "réfugié": "réfugié", "mobilisé": "mobilisé",
    "inscrit": "inscrit", "exprimé": "exprimé", "gréviste": "gréviste", "licencié": "licencié",
    "supprimé": "supprimé", "créé": "créé", "vendu": "vendu", "touché": "touché",
    "civil": "civil", "militaire": "militaire", "nord-coréen": "nord-coréen", "russe": "russe",
    "ukrainien": "ukrainien", "israélien": "israélien", "palestinien": "palestinien",
    "français": "français", "étranger": "étranger", "occidental": "occidental",
    "public": "public", "privé": "privé", "aérien": "aérien", "scientifique": "scientifique",
    "grave": "grave", "léger": "léger", "autre": "autre", "précédent": "précédent",
    "décédé": "mort", "péri": "mort", "survivant": "survivant", "rescapé": "rescapé", "morte": "mort", "tuée": "tué", "perdu": "perdu",
}
# Qualifiers that say who is counted (nationality, status), not what happened to them.
WHO = frozenset({"civil", "militaire", "nord-coréen", "russe", "ukrainien", "israélien",
                 "palestinien", "français", "étranger", "occidental", "public", "privé",
                 "aérien", "scientifique"})
# Neutral words: read through, never a qualifier of their own.
AUX = frozenset("""
ont été sont a est étaient était avaient avait ont-ils qui y se s' de nouveau encore
entièrement totalement partiellement légèrement grièvement gravement au moins déjà fait
""".split())
# Words after a noun that end its qualifier phrase.
BREAK = frozenset("""
dont soit contre selon d'après et mais car lorsque tandis alors pour par dans en à au aux sur
avec sans vers depuis entre lors après avant où que
""".split())

CASUALTY = {"tué": "tué", "mort": "tué", "blessé": "blessé"}

# "2 839 suppressions de postes" counts postes, supprimés: the participle that "postes supprimés"
# gives (regular -é forms only, as participle() reads them)
ACTION_NOUNS = {"suppression": "supprimé", "création": "créé", "annulation": "annulé",
                "fermeture": "fermé", "embauche": "embauché"}

# Irregular plurals and invariable forms.
_NOUNS = {
    "voix": "voix", "fois": "fois", "pays": "pays", "mois": "mois", "prix": "prix", "corps": "corps",
    "décès": "décès", "succès": "succès", "procès": "procès", "accès": "accès", "bras": "bras",
    "français": "français", "choix": "choix", "croix": "croix", "cours": "cours", "secours": "secours",
    "fils": "fils", "gens": "gens", "os": "os", "discours": "discours", "recours": "recours",
    "concours": "concours", "héros": "héros", "bus": "bus", "virus": "virus", "abus": "abus",
    "travaux": "travaux", "frais": "frais", "yeux": "œil", "cieux": "ciel", "animaux": "animal",
    "hôpitaux": "hôpital", "journaux": "journal", "chevaux": "cheval", "généraux": "général",
    "locaux": "local", "canaux": "canal", "hectares": "hectare", "bureaux": "bureau",
    "morts": "mort", "blessés": "blessé", "personnes": "personne", "soldats": "soldat",
    "électeurs": "électeur", "eaux": "eau", "lieux": "lieu", "jeux": "jeu", "feux": "feu",
    "pneus": "pneu", "bijoux": "bijou", "genoux": "genou", "cailloux": "caillou",
}

CHANGE_UP = frozenset({"hausse", "progression", "croissance", "augmentation", "gain", "bond",
                       "envolée", "relèvement", "accroissement"})
CHANGE_DOWN = frozenset({"baisse", "recul", "diminution", "repli", "chute", "perte", "réduction",
                         "contraction", "déclin", "reflux", "décrue"})
CHANGE_VERBS = frozenset({"passé", "passée", "passés", "passées", "passe", "passent", "passer",
                          "passait", "passant", "passaient", "passera", "passeront", "passerait",
                          "passeraient", "grimpé", "chuté", "augmenté", "progressé", "bondi",
                          "reculé", "diminué", "baissé", "évolué",
                          # the other tenses of the intransitive ones (« son produit grimpe de 20,4 à
                          # 21,9 millions »); not « baisse », « chute », nouns as often (« une baisse
                          # de 10 à 15 % » is the size of the fall)
                          "grimpe", "grimpent", "grimpait", "grimpaient", "grimpera", "grimperont",
                          "progresse", "progressent", "progressait", "progressaient", "progressera",
                          "augmente", "augmentent", "augmentait", "augmentaient", "augmentera",
                          "recule", "reculent", "reculait", "reculaient", "reculera",
                          "diminue", "diminuent", "diminuait", "diminuaient", "diminuera",
                          "bondit", "bondissent", "bondissait", "bondira",
                          "évolue", "évoluent", "évoluait", "évoluaient", "évoluera",
                          "baissent", "baissait", "baissaient", "chutent", "chutait", "chutaient",
                          # « le chiffre d'affaires a glissé de 3,4 à 3,3 milliards »
                          "glissé", "glissée", "glissés", "glissées", "glisse", "glissent", "glissait"})
MULTIPLY = {"doublé": 2.0, "triplé": 3.0, "quadruplé": 4.0, "doubler": 2.0, "tripler": 3.0,
            "double": 2.0, "triple": 3.0}

FRACTIONS = {
    ("la", "moitié"): 1 / 2, ("un", "tiers"): 1 / 3, ("un", "quart"): 1 / 4,
    ("deux", "tiers"): 2 / 3, ("trois", "quarts"): 3 / 4, ("un", "cinquième"): 1 / 5,
    ("un", "dixième"): 1 / 10, ("les", "trois"): None,
}

SOURCE_VERBS = frozenset({"revendique", "revendiquent", "revendiquait", "revendiqué",
                          "revendiquaient", "comptabilise", "comptabilisé", "recense", "recensé",
                          "recensait", "dénombre", "dénombré", "compte", "compté", "annonce",
                          "annoncé", "estime", "estiment", "estimé", "affirme", "avance",
                          "avancent", "évalue", "évaluent", "évoque", "évoquent", "chiffre",
                          "chiffré", "indique", "précisé", "fait"})
SOURCE_DET = frozenset({"le", "la", "les", "l'", "des", "du", "de", "d'", "un", "une", "son", "sa",
                        "ses", "leur", "leurs", "plusieurs", "certains", "nos"})

# "3 millions d'euros par jour", "1,62 enfant par femme": a rate, not a count.
RATE_NOUNS = frozenset("""
jour an année mois semaine heure minute seconde nuit habitant femme homme personne tête élève classe
action mètre kilomètre kilo kilogramme litre foyer ménage salarié tonne hectare unité exemplaire
passager voyageur vol trajet match saison week-end soir soirée édition séance étape
""".split())

# "a augmenté de 230 000": the figure is a difference
CHANGE_BY = frozenset({"augmenté", "diminué", "baissé", "progressé", "reculé", "grimpé", "chuté",
                       "gagné", "perdu", "augmente", "diminue", "baisse", "progresse", "recule",
                       "grimpe", "chute", "gagne", "perd", "augmenter", "baisser", "réduire",
                       "augmentent", "baissent", "progressent", "reculent", "diminuent", "creusé",
                       "allégé", "alourdi", "accru", "réduit", "relevé", "abaissé"})
# a part with its own verb ("11 800 ont pris le départ et 9 400 ont franchi la ligne"): a
# funnel of nested subsets, not a list of disjoint parts
AUX_VERBS = frozenset({"ont", "sont", "a", "est", "se", "s'", "avaient", "étaient", "avait", "était"})
PLACE_NOUNS = frozenset({"province", "région", "ville", "commune", "département", "préfecture",
                         "wilaya", "comté", "état", "canton", "capitale", "métropole", "île"})

SOURCE_ADJ = frozenset({"dernier", "dernière", "derniers", "nouveau", "nouvel", "nouvelle", "premier",
                        "première", "premiers", "récent", "récente", "propre", "propres"})

RELATIVE_TIMES = {
    ("l'", "an", "dernier"): "an-1", ("l'", "année", "dernière"): "an-1",
    ("un", "an", "plus", "tôt"): "an-1", ("l'", "an", "passé"): "an-1",
    ("la", "veille"): "veille", ("le", "lendemain"): "lendemain", ("l'", "an", "prochain"): "an+1",
    ("le", "week-end", "précédent"): "weekend-1", ("la", "semaine", "dernière"): "semaine-1",
    ("le", "mois", "dernier"): "mois-1", ("l'", "été", "dernier"): "été-1",
    # a past era, long before the article's present (« avant la révolution industrielle »)
    ("ère", "préindustrielle"): "préindustriel", ("époque", "préindustrielle"): "préindustriel",
    ("période", "préindustrielle"): "préindustriel", ("niveau", "préindustriel"): "préindustriel",
    ("révolution", "industrielle"): "préindustriel", ("ère", "industrielle"): "préindustriel",
}
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre")


@lru_cache(maxsize=1 << 14)   # pure, asked again and again for the same words
def qualifier(word: str) -> str | None:
    """Lemma of a qualifier word ("blessées" -> "blessé"), or None when it is not one."""
    w = word.lower()
    if w in _QUAL_FORMS:
        return _QUAL_FORMS[w]
    for cut in ("es", "s", "e"):
        if w.endswith(cut) and w[:-len(cut)] in _QUAL_FORMS:
            return _QUAL_FORMS[w[:-len(cut)]]
    if w.endswith("aux") and w[:-3] + "al" in _QUAL_FORMS:
        return _QUAL_FORMS[w[:-3] + "al"]
    if w.endswith("ennes") or w.endswith("enne"):
        base = w[:w.rfind("enne")] + "en"
        return _QUAL_FORMS.get(base)
    return None


_ADJ_ENDINGS = ("ants", "ant", "ents", "ifs", "ives", "if", "ive", "aux", "al", "els", "elles",
                "iens", "iennes", "ien", "ienne", "ais", "aises", "ois", "oises", "ains", "aines",
                "aires", "aire", "iques", "ique", "eux", "euses", "euse", "ins", "ines", "és", "ées",
                "ée", "us", "ues", "is", "ies", "ites", "its", "aux")


@lru_cache(maxsize=1 << 14)
def adjective(raw: str) -> str | None:
    """An adjective right after the counted noun ("enfants survivants") as a singular lemma."""
    w = raw.lower()
    if not raw[:1].islower() or len(w) < 4 or w in STOP or w in AUX or w in BREAK or w in TIME_NOUNS:
        return None
    if w in WEEKDAYS or w in MONTHS or w.endswith("ment"):
        return None
    if not w.endswith(_ADJ_ENDINGS):
        return None
    q = qualifier(w)
    if q:
        return q
    if w.endswith("aux"):
        return w[:-3] + "al"
    if w.endswith(("euses", "euse")):
        return w[:w.rfind("euse")] + "eux"
    for cut in ("es", "s"):
        if w.endswith(cut) and not w.endswith(("eux",)) and len(w) > 5:
            base = w[:-len(cut)]
            return base[:-1] if base.endswith("e") and base[-2:-1] == "é" else base
    return w


@lru_cache(maxsize=1 << 14)
def participle(word: str) -> str | None:
    """A past participle read as a state ("annulés" -> "annulé"): only the regular -é forms."""
    w = word.lower()
    if w in STOP:
        return None     # « malgré », a preposition: « 32 points malgré la défaite » has no state
    for cut in ("ées", "és", "ée"):
        if w.endswith(cut) and len(w) > len(cut) + 3:
            return w[:-len(cut)] + "é"
    if w.endswith("é") and len(w) > 4:
        return w
    return None


# nouns in -ai and -oi whose plural takes an s (« 4 essais », « 300 emplois »)
_AI_OI = frozenset("""
essai délai balai quai geai minerai étai remblai déblai emploi convoi roi loi envoi renvoi tournoi
beffroi désarroi
""".split())


# the plural first word of a compound noun, whose second word is lemmatised on its own
_PLURAL_HEADS = {"hauts": "haut", "hautes": "haute", "grands": "grand", "grandes": "grande",
                 "petits": "petit", "petites": "petite", "beaux": "beau", "belles": "belle",
                 "demi": "demi", "sous": "sous", "porte": "porte", "garde": "garde"}


@lru_cache(maxsize=1 << 14)
def noun_lemma(word: str) -> str:
    """Singular lemma of a counted noun: soldats -> soldat, voix -> voix, hôpitaux -> hôpital."""
    w = word.lower().replace("’", "'")
    if w in _NOUNS:
        return _NOUNS[w]
    head, dash, rest = w.partition("-")
    if dash and head in _PLURAL_HEADS:
        return _PLURAL_HEADS[head] + "-" + noun_lemma(rest)    # « hauts-fourneaux », « grands-parents »
    if w.endswith(("ais", "ois")) and w[:-1] not in _AI_OI:
        return w    # « Sénégalais », « Québécois », « palais »: the singular is the same word
    if w.endswith("eaux") or w.endswith("eux"):
        return w[:-1]
    if w.endswith("aux") and len(w) > 5:
        return w[:-3] + "al"
    if w.endswith("s") and len(w) > 3 and not w.endswith("ss"):
        return w[:-1]
    return w


# acronyms written in capitals that news counts (« 12 000 PME », « deux TER sur cinq », « 40 CRS »);
# other capitals after a figure are names (« 3 OM »), so only these are taken
ACRONYM_NOUNS = frozenset("""
pme tpe eti tgv ter rer crs sdf ehpad etp cdd cdi hlm ivg avc oqtf vtc suv irm
""".split())
# nouns in -ment, which the adverb test below would refuse: after an ordinal (« le 14e
# arrondissement », « le deuxième amendement ») or a figure (« un logement sur trois »)
MENT_NOUNS = frozenset("""
arrondissement appartement logement établissement département régiment bâtiment gouvernement
amendement monument abonnement emplacement lotissement jugement mouvement élément
""".split())


@lru_cache(maxsize=1 << 14)
def is_noun_candidate(word: str) -> bool:
    """Could this word be the counted noun? Lower-case content words, or demonyms (Américains)."""
    if not word or len(word) < 2:
        return False
    w = word.lower()
    if w in STOP or w in AUX or w in BREAK or w in WEEKDAYS or w in MONTHS:
        return False
    if word[0].isupper():
        if w in ACRONYM_NOUNS and (word.isupper() or word[1:].islower()):
            return True
        # demonyms in the plural are counted ("130 millions d'Américains"); other names are not
        return w.endswith(("ains", "aises", "ais", "ois", "oises", "iens", "iennes", "ens"))
    if w.endswith("ment") and len(w) > 6 and w not in MENT_NOUNS:
        return False
    # conjugated verbs ("22 millions iront", "12 restaient"): future and imperfect plurals
    if w.endswith(("ront", "aient", "èrent", "irent", "erait", "eront")):
        return False
    return True
