"""What the command line says to people, in French (default) and English.

Kept apart from cli.py so that the wording can be read and reviewed in one place.
"""
from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "error": {"fr": "numlint: {msg}", "en": "numlint: {msg}"},
    "internal": {"fr": "numlint: erreur interne: {msg}", "en": "numlint: internal error: {msg}"},
    "no_such_path": {"fr": "{path}: fichier ou dossier introuvable",
                     "en": "{path}: no such file or directory"},
    "and_more": {"fr": " (et {n} autre(s))", "en": " (and {n} more)"},
    "no_files": {"fr": "aucun article (*.txt, *.md, *.markdown, *.html, *.htm) dans {paths}",
                 "en": "no article (*.txt, *.md, *.markdown, *.html, *.htm) in {paths}"},
    "unknown_code": {"fr": "code de règle inconnu « {code} »", "en": "unknown rule code '{code}'"},
    "unknown_selector": {"fr": "{option}: code de règle inconnu « {code} »",
                         "en": "{option}: unknown rule code '{code}'"},
    "did_you_mean": {"fr": " ; vouliez-vous dire « {name} » ?", "en": "; did you mean '{name}'?"},
    "bad_date": {"fr": "--reference-date: date invalide « {value} » (attendu AAAA-MM-JJ)",
                 "en": "--reference-date: invalid date '{value}' (expected YYYY-MM-DD)"},
    "bad_jobs": {"fr": "--jobs: nombre entier positif attendu, pas « {value} »",
                 "en": "--jobs: a positive integer is expected, not '{value}'"},
    "stdin_twice": {"fr": "« - » (entrée standard) ne peut être donné qu'une fois",
                    "en": "'-' (standard input) may be given only once"},
    "lsp_missing": {"fr": "le serveur de langage n'est pas disponible ({why}) ; installez numlint[lsp]",
                    "en": "the language server is not available ({why}); install numlint[lsp]"},
    "interrupted": {"fr": "interrompu", "en": "interrupted"},
    # config
    "config_unreadable": {"fr": "{path}: configuration illisible: {why}",
                          "en": "{path}: cannot read configuration: {why}"},
    "config_unknown_key": {"fr": "{path}: clé inconnue « {key} » dans {table}",
                           "en": "{path}: unknown key '{key}' in {table}"},
    "config_bad_value": {"fr": "{path}: valeur invalide pour « {key} »: {value} (attendu {expected})",
                         "en": "{path}: invalid value for '{key}': {value} (expected {expected})"},
    "config_unknown_code": {"fr": "{path}: code de règle inconnu « {code} » dans « {key} »",
                            "en": "{path}: unknown rule code '{code}' in '{key}'"},
    "config_missing": {"fr": "{path}: fichier de configuration introuvable",
                       "en": "{path}: configuration file not found"},
    # argparse, translated
    "usage_unrecognized": {"fr": "option ou argument inconnu : {what}",
                           "en": "unrecognized arguments: {what}"},
    "usage_required": {"fr": "argument manquant : {what}", "en": "missing argument: {what}"},
    "usage_choice": {"fr": "{arg} : choix invalide « {value} » (possibles : {choices})",
                     "en": "{arg}: invalid choice '{value}' (choose from {choices})"},
    "usage_expected_one": {"fr": "{arg} : une valeur est attendue", "en": "{arg}: expected one argument"},
    "usage_other": {"fr": "usage : {msg}", "en": "usage: {msg}"},
    # text reporter
    "sev_error": {"fr": "erreur", "en": "error"},
    "sev_warning": {"fr": "avertissement", "en": "warning"},
    "sev_info": {"fr": "info", "en": "info"},
    "note": {"fr": "voir", "en": "see"},
    "summary_unread": {"fr": "Fichier(s) non vérifié(s) : {n}.",
                       "en": "{n} file(s) could not be checked."},
    "summary_none": {"fr": "Aucun problème dans {files} fichier(s).",
                     "en": "No problems in {files} file(s)."},
    "summary": {"fr": "{total} constat(s) dans {files} fichier(s) : {error} erreur(s), "
                      "{warning} avertissement(s), {info} info(s).",
                "en": "{total} finding(s) in {files} file(s): {error} error(s), "
                      "{warning} warning(s), {info} info(s)."},
    # rules / explain / extract tables
    "col_code": {"fr": "code", "en": "code"},
    "col_name": {"fr": "nom", "en": "name"},
    "col_severity": {"fr": "sévérité", "en": "severity"},
    "col_default": {"fr": "active par défaut", "en": "enabled by default"},
    "yes": {"fr": "oui", "en": "yes"},
    "no": {"fr": "non", "en": "no"},
    "fires_on": {"fr": "Signale", "en": "Reports"},
    "quiet_on": {"fr": "Ne signale pas", "en": "Stays quiet on"},
    "explain_head": {"fr": "{code} {name} (sévérité par défaut : {severity}{off})",
                     "en": "{code} {name} (default severity: {severity}{off})"},
    "off_by_default": {"fr": ", désactivée par défaut", "en": ", off by default"},
    "no_figures": {"fr": "Aucun chiffre trouvé.", "en": "No figures found."},
}


def t(msg_id: str, lang: str = "fr", /, **kw) -> str:
    entry = MESSAGES[msg_id]
    return entry.get(lang, entry["fr"]).format(**kw)
