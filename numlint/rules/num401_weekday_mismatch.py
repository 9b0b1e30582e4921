from __future__ import annotations

from numlint import calendar
from numlint.rules.base import Context, Rule


class WeekdayMismatch(Rule):
    """Jour de la semaine qui ne correspond pas à la date.

    Ce qu'elle vérifie : « samedi 13 juillet 2025 » alors que le 13 juillet 2025 est un dimanche.
    Sans année écrite, l'année est celle de la date de référence (`--reference-date`, sinon la
    date de publication) : la date est lue à son occurrence la plus proche, à six mois près. Sans
    référence, numlint cherche le moment où tous les couples jour–date de l'article tombent juste ;
    s'il n'y en a aucun (« vendredi 11 juillet » et « samedi 13 juillet »), il signale ceux qui ne
    tiennent pas avec les autres.

    Pourquoi : un jour de la semaine faux trahit une date fausse ; le lecteur ne sait plus lequel
    croire. Dans le doute (date loin de la référence, année écrite ailleurs dans la phrase), la
    règle se tait — sauf quand cette année accompagne un autre mois (« élue en juin 2024 … le
    dimanche 3 novembre ») : elle date cet autre événement ; la date est alors lue dans l'année de
    référence si elle est à deux semaines au plus de celle-ci et qu'un autre couple jour–date de
    l'article, à 45 jours au plus, tombe juste dans cette année.

    Exemple signalé : « Le concert a eu lieu le samedi 13 juillet 2025. »
    Exemple accepté : « vendredi 11 juillet » puis « samedi 12 juillet », sans année.
    ---
    Weekday that does not match the date.

    What it checks: "samedi 13 juillet 2025" when 13 July 2025 is a Sunday. With no year written,
    the year is the reference date's (`--reference-date`, else the publication date): the date is
    read as its occurrence nearest the reference, within six months. With no reference, numlint
    looks for the moment at which every weekday–date pair of the article holds; if there is none
    ("vendredi 11 juillet" and "samedi 13 juillet"), it reports those that do not fit the others.

    Why: a wrong weekday betrays a wrong date; the reader no longer knows which to trust. When in
    doubt (a date far from the reference, a year written elsewhere in the sentence) it stays quiet
    — unless that year goes with another month ("élue en juin 2024 … le dimanche 3 novembre"): it
    dates that other event, and the date is read in the reference year when it lies within two
    weeks of the reference and another weekday–date pair of the article, within 45 days, holds in
    that year.

    Reported: "Le concert a eu lieu le samedi 13 juillet 2025."
    Accepted: "vendredi 11 juillet" then "samedi 12 juillet", with no year.
    """
    code = "NUM401"
    name = "weekday-mismatch"
    severity = "error"
    fires = (
        "Un concert sous la pluie\nLe concert a eu lieu le samedi 13 juillet 2025 devant le château.\n",
        "Deux jours de festival\nLe festival s'ouvre le vendredi 11 juillet.\n\n"
        "La clôture est prévue le samedi 13 juillet au soir.\n",
        ("Grève à la RATP\nUne nouvelle journée de grève est annoncée pour le jeudi 11 mars.\n",
         "2023-03-08"),
    )
    quiet = (
        "Un concert sous la pluie\nLe concert a eu lieu le dimanche 13 juillet 2025 devant le château.\n",
        "Deux jours de festival\nLe festival s'ouvre le vendredi 11 juillet.\n\n"
        "La clôture est prévue le samedi 12 juillet au soir.\n",
        ("Réveillon\nDans la nuit du mardi 31 décembre au mercredi 1er janvier, tout fut calme.\n",
         "2025-01-02"),
    )

    def check(self, ctx: Context):
        cal = calendar.get(ctx)
        for r in cal.mismatches:
            f, when = r.figure, r.when
            if when is None or f.weekday is None or when.weekday() == f.weekday:
                continue    # a date whose weekday is right is never reported
            right_fr, right_en = calendar.weekday_name(when.weekday()), calendar.weekday_name(when.weekday(), "en")
            wrote_fr, wrote_en = calendar.weekday_name(f.weekday), calendar.weekday_name(f.weekday, "en")
            day_fr, day_en = calendar.say(when), calendar.say(when, "en")
            if r.written_year or r.year_from == "context":
                fr = f"le {day_fr} est un {right_fr}, pas un {wrote_fr}"
                en = f"{day_en} is a {right_en}, not a {wrote_en}"
                related = ()
            elif cal.source == "reference":
                fr = (f"le {day_fr} (année de la date de référence {cal.anchor.isoformat()}) "
                      f"est un {right_fr}, pas un {wrote_fr}")
                en = (f"{day_en} (year of the reference date {cal.anchor.isoformat()}) "
                      f"is a {right_en}, not a {wrote_en}")
                related = ()
            else:
                others = r.conflicts[:3]
                if not others:
                    continue
                names_fr = ", ".join(f"« {g.text} »" for g in others)
                names_en = ", ".join(f"'{g.text}'" for g in others)
                day_fr, day_en = calendar.say(when, year=False), calendar.say(when, "en", False)
                fr = (f"aucune année ne s'accorde à la fois avec « {f.text} » et {names_fr} : "
                      f"en {when.year}, où tombent les autres dates, le {day_fr} est un {right_fr}, "
                      f"pas un {wrote_fr}")
                en = (f"no year fits both '{f.text}' and {names_en}: in {when.year}, where the "
                      f"other dates fall, {day_en} is a {right_en}, not a {wrote_en}")
                related = [(g, f"« {g.text} » : un {calendar.weekday_name(g.weekday)} en {when.year}",
                            f"'{g.text}': a {calendar.weekday_name(g.weekday, 'en')} in {when.year}")
                           for g in others]
            yield self.diagnostic(ctx, f, fr=fr, en=en, related=related)
