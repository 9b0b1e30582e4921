"""Units, currencies and durations as French writes them.

Recognising a unit is a dictionary look-up (cheap, no pint). The canonical names are pint's, so the
conversion rule can hand them to `registry()`, which loads pint (≈330 ms) only when first asked,
with the French names of grammar/units_fr.txt.
"""
from __future__ import annotations

import functools
import re
from numlint.lazyre import lazy_re

# written form (lowercased, curly apostrophe straightened) -> pint name.  Case matters for a few
# symbols, so CASED is looked up first with the text as written.
CASED = {
    "MW": "megawatt", "GW": "gigawatt", "kW": "kilowatt", "TW": "terawatt",
    "kWh": "kilowatt_hour", "MWh": "megawatt_hour", "GWh": "gigawatt_hour", "TWh": "terawatt_hour",
    "L": "liter",
}
QUANTITY = {
    "km": "kilometer", "kilomètre": "kilometer", "kilomètres": "kilometer",
    "m": "meter", "mètre": "meter", "mètres": "meter",
    "cm": "centimeter", "centimètre": "centimeter", "centimètres": "centimeter",
    "mm": "millimeter", "millimètre": "millimeter", "millimètres": "millimeter",
    "dm": "decimeter", "décimètre": "decimeter", "décimètres": "decimeter",
    "km²": "kilometer ** 2", "km2": "kilometer ** 2", "kilomètres carrés": "kilometer ** 2",
    "kilomètre carré": "kilometer ** 2",
    "m²": "meter ** 2", "m2": "meter ** 2", "mètres carrés": "meter ** 2", "mètre carré": "meter ** 2",
    "m³": "meter ** 3", "m3": "meter ** 3", "mètres cubes": "meter ** 3", "mètre cube": "meter ** 3",
    "ha": "hectare", "hectare": "hectare", "hectares": "hectare",
    "t": "metric_ton", "tonne": "metric_ton", "tonnes": "metric_ton",
    "tonnes métriques": "metric_ton", "quintal": "quintal", "quintaux": "quintal",
    "kg": "kilogram", "kilo": "kilogram", "kilos": "kilogram", "kilogramme": "kilogram",
    "kilogrammes": "kilogram", "g": "gram", "gramme": "gram", "grammes": "gram",
    "l": "liter", "litre": "liter", "litres": "liter", "hl": "hectoliter",
    "hectolitre": "hectoliter", "hectolitres": "hectoliter",
    "°c": "degree_Celsius", "° c": "degree_Celsius", "degré celsius": "degree_Celsius",
    "degrés celsius": "degree_Celsius", "degrés c": "degree_Celsius", "celsius": "degree_Celsius",
    "centigrade": "degree_Celsius", "centigrades": "degree_Celsius",
    "degré": "degree_Celsius", "degrés": "degree_Celsius",
    "°": "degree_Celsius", "° celsius": "degree_Celsius", "degrès": "degree_Celsius",
    "deg": "degree_Celsius", "deg c": "degree_Celsius", "deg celsius": "degree_Celsius",
    "deg centigrade": "degree_Celsius", "deg f": "degree_Fahrenheit", "degrès f": "degree_Fahrenheit",
    "° fahrenheit": "degree_Fahrenheit", "degrés kelvin": "kelvin",
    "ml": "milliliter", "millilitre": "milliliter", "millilitres": "milliliter",
    "cl": "centiliter", "centilitre": "centiliter", "centilitres": "centiliter",
    "gal": "gallon", "onces": "ounce", "once": "ounce", "hectomètre": "hectometer",
    "hectomètres": "hectometer", "microgrammes": "microgram", "milligrammes": "milligram",
    "mg": "milligram", "µg": "microgram", "terawattheures": "terawatt_hour",
    "°f": "degree_Fahrenheit", "° f": "degree_Fahrenheit", "degrés fahrenheit": "degree_Fahrenheit",
    "degré fahrenheit": "degree_Fahrenheit", "degrés f": "degree_Fahrenheit",
    "fahrenheit": "degree_Fahrenheit", "kelvin": "kelvin", "kelvins": "kelvin",
    "km/h": "kilometer / hour", "kilomètres-heure": "kilometer / hour",
    "kilomètres par heure": "kilometer / hour", "kilomètres à l'heure": "kilometer / hour",
    # « mi/h »: the Québec way to write mph
    "mph": "mile / hour", "mi/h": "mile / hour", "m/s": "meter / second", "nœuds": "knot",
    # « 165 km/h (120 miles à l'heure) »: mph written out (« milles » in Québec)
    "miles à l'heure": "mile / hour", "milles à l'heure": "mile / hour",
    "miles par heure": "mile / hour", "milles par heure": "mile / hour",
    # orbits, rockets, meteors and sound: a speed per second (« 7,8 km/s (28 000 km/h) »)
    "km/s": "kilometer / second", "kilomètres par seconde": "kilometer / second",
    "kilomètre par seconde": "kilometer / second", "kilomètres à la seconde": "kilometer / second",
    "mètres par seconde": "meter / second", "mètre par seconde": "meter / second",
    "mètres à la seconde": "meter / second",
    "noeuds": "knot",
    "mégawatt": "megawatt", "mégawatts": "megawatt", "gigawatt": "gigawatt", "gigawatts": "gigawatt",
    "kilowatt": "kilowatt", "kilowatts": "kilowatt", "kwh": "kilowatt_hour",
    "kilowattheure": "kilowatt_hour", "kilowattheures": "kilowatt_hour",
    "mégawattheure": "megawatt_hour", "mégawattheures": "megawatt_hour",
    "gigawattheure": "gigawatt_hour", "gigawattheures": "gigawatt_hour",
    "térawattheure": "terawatt_hour", "térawattheures": "terawatt_hour", "terawattheure": "terawatt_hour",
    "milles": "mile", "miles": "mile", "mile": "mile",
    "milles nautiques": "nautical_mile", "milles marins": "nautical_mile",
    "pied": "foot", "pieds": "foot", "pouce": "inch", "pouces": "inch",
    # rugby, golf, American football (« une percée de 70 mètres (77 yards) »); not the Québec
    # « verge », a word of its own elsewhere
    "yard": "yard", "yards": "yard",
    # areas in the units of North America and Britain (« 6 460 pieds carrés »), common in Québec
    "pieds carrés": "foot ** 2", "pied carré": "foot ** 2", "pouces carrés": "inch ** 2",
    "pouce carré": "inch ** 2", "milles carrés": "mile ** 2", "mille carré": "mile ** 2",
    "miles carrés": "mile ** 2", "mile carré": "mile ** 2", "verges carrées": "yard ** 2",
    "verge carrée": "yard ** 2", "pieds cubes": "foot ** 3", "pied cube": "foot ** 3",
    "centimètres carrés": "centimeter ** 2", "centimètre carré": "centimeter ** 2",
    "kilomètres cubes": "kilometer ** 3", "kilomètre cube": "kilometer ** 3",
    "acre": "acre", "acres": "acre", "gallon": "gallon", "gallons": "gallon",
    "baril": "oil_barrel", "barils": "oil_barrel",
    "litres par mètre carré": "liter / meter ** 2", "mm/h": "millimeter / hour",
    "mètres cubes par seconde": "meter ** 3 / second", "m³/s": "meter ** 3 / second",
    "m3/s": "meter ** 3 / second", "m³ par seconde": "meter ** 3 / second",
    "m3 par seconde": "meter ** 3 / second", "m³ à la seconde": "meter ** 3 / second",
    "m3 à la seconde": "meter ** 3 / second", "hpa": "hectopascal", "hectopascals": "hectopascal",
    # kitchen measures, data sizes, angles: rarer in news, unambiguous after a number
    "tasse": "cup", "tasses": "cup", "cuillère à soupe": "tablespoon",
    "cuillères à soupe": "tablespoon", "cuillère à café": "teaspoon", "cuillères à café": "teaspoon",
    "ug": "microgram", "μg": "microgram", "bits": "bit", "octets": "byte", "octet": "byte",
    "radians": "radian", "radian": "radian", "rad": "radian",
    "degrés fahrenheit": "degree_Fahrenheit",
}
DURATION = {
    "jour": "day", "jours": "day", "semaine": "week", "semaines": "week", "mois": "month",
    "an": "year", "ans": "year", "année": "year", "années": "year", "heure": "hour",
    "heures": "hour", "h": "hour", "minute": "minute", "minutes": "minute", "min": "minute",
    "seconde": "second", "secondes": "second", "siècle": "century", "siècles": "century",
    "décennie": "decade", "décennies": "decade", "nuit": "night", "nuits": "night",
}
# ISO 4217
CURRENCY = {
    "€": "EUR", "euro": "EUR", "euros": "EUR", "eur": "EUR",
    "$": "USD", "us$": "USD", "$us": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD",
    "dollars américains": "USD", "dollars us": "USD", "dollars australiens": "AUD",
    "dollars canadiens": "CAD", "dollar canadien": "CAD", "dollars de hong kong": "HKD",
    "£": "GBP", "gbp": "GBP", "livre sterling": "GBP", "livres sterling": "GBP",
    "chf": "CHF", "franc suisse": "CHF", "francs suisses": "CHF",
    # the West African CFA franc (UEMOA: Senegal, Côte d'Ivoire…); the Central African one is XAF
    "francs cfa": "XOF", "franc cfa": "XOF", "fcfa": "XOF", "f cfa": "XOF", "xof": "XOF", "xaf": "XAF",
    "francs": "FRF", "franc": "FRF",
    "¥": "JPY", "yen": "JPY", "yens": "JPY", "jpy": "JPY", "yuan": "CNY", "yuans": "CNY",
    "cny": "CNY", "rouble": "RUB", "roubles": "RUB", "roupie": "INR", "roupies": "INR",
    "roupies indiennes": "INR", "dirham": "MAD", "dirhams": "MAD", "hryvnia": "UAH",
    "hryvnias": "UAH", "couronnes suédoises": "SEK", "couronnes norvégiennes": "NOK",
    "couronnes danoises": "DKK", "zlotys": "PLN", "zloty": "PLN", "lei": "RON",
    "pounds": "GBP", "shekels": "ILS", "shekel": "ILS", "riyals": "SAR", "riyal": "SAR", "rials": "IRR",
    "pesos": "MXN", "reals": "BRL", "réals": "BRL", "florins": "NLG", "marks": "DEM",
    "cad$": "CAD", "$cad": "CAD", "usd$": "USD", "a$": "AUD",
    "marks finlandais": "FIM", "mark finlandais": "FIM", "marks allemands": "DEM",
    # hundredths: not ISO 4217, named apart so they never add up with the main unit
    "cents": "cent", "centime": "centime", "centimes": "centime",
    "penny": "GBX", "pence": "GBX",
    "pesewa": "GHp", "pesewas": "GHp",        # the Ghanaian cedi's hundredth
    # The dinar of French-language news is most often Tunisia's (its press writes « dinars » bare;
    # Algeria's mostly writes « DA »): a bare « dinars » is TND, as « MD », « MDT » in scanner.py.
    # An adjective names the others.
    "dinar": "TND", "dinars": "TND", "tnd": "TND", "dinars tunisiens": "TND", "dinar tunisien": "TND",
    "dzd": "DZD", "dinars algériens": "DZD", "dinar algérien": "DZD",
    "dinars libyens": "LYD", "dinar libyen": "LYD", "dinars koweïtiens": "KWD",
    "dinar koweïtien": "KWD", "dinars irakiens": "IQD", "dinar irakien": "IQD",
    "dinars jordaniens": "JOD", "dinar jordanien": "JOD", "dinars serbes": "RSD",
    "dinar serbe": "RSD", "dinars bahreïnis": "BHD", "dinar bahreïni": "BHD",
    # Africa and the Indian Ocean
    "naira": "NGN", "nairas": "NGN", "ngn": "NGN", "cedi": "GHS", "cedis": "GHS",
    "francs congolais": "CDF", "franc congolais": "CDF", "francs guinéens": "GNF",
    "franc guinéen": "GNF", "francs rwandais": "RWF", "franc rwandais": "RWF",
    "francs burundais": "BIF", "franc burundais": "BIF", "francs comoriens": "KMF",
    "franc comorien": "KMF", "francs djiboutiens": "DJF", "franc djiboutien": "DJF",
    "francs pacifique": "XPF", "franc pacifique": "XPF", "francs cfp": "XPF", "franc cfp": "XPF",
    "f cfp": "XPF", "xpf": "XPF", "ariary": "MGA", "ouguiya": "MRU", "ouguiyas": "MRU",
    "rand": "ZAR", "rands": "ZAR", "kwanza": "AOA", "kwanzas": "AOA", "birr": "ETB", "birrs": "ETB",
    "shillings kényans": "KES", "shilling kényan": "KES", "shillings ougandais": "UGX",
    "shilling ougandais": "UGX", "shillings tanzaniens": "TZS", "shilling tanzanien": "TZS",
    "shillings somaliens": "SOS", "roupies mauriciennes": "MUR", "roupie mauricienne": "MUR",
    "roupies seychelloises": "SCR",
    # the Middle East (a bare « livres » may be books or pounds, a bare « lires » the Italian lira)
    "livres égyptiennes": "EGP", "livre égyptienne": "EGP", "livres libanaises": "LBP",
    "livre libanaise": "LBP", "livres syriennes": "SYP", "livre syrienne": "SYP",
    "livres soudanaises": "SDG", "livres turques": "TRY", "livre turque": "TRY",
    "lires turques": "TRY", "lire turque": "TRY", "dirhams émiratis": "AED", "dirham émirati": "AED",
    "riyals qataris": "QAR", "rials omanais": "OMR", "rials iraniens": "IRR",
    # Asia
    "baht": "THB", "bahts": "THB", "won": "KRW", "wons": "KRW", "dong": "VND", "dongs": "VND",
    "roupies pakistanaises": "PKR", "roupie pakistanaise": "PKR", "roupies indonésiennes": "IDR",
    "roupiahs": "IDR", "ringgits": "MYR", "riels": "KHR", "kips": "LAK",
    "dollars néo-zélandais": "NZD", "dollar néo-zélandais": "NZD", "dollars singapouriens": "SGD",
    "dollar singapourien": "SGD", "dollars de singapour": "SGD", "dollars taïwanais": "TWD",
    "dollar taïwanais": "TWD",
    # Haiti: a bare « gourdes » may be bottles
    "gourdes haïtiennes": "HTG", "gourde haïtienne": "HTG", "htg": "HTG",
    # Europe (a bare « couronnes » may be crowns); pesetas, escudos, drachmes before the euro
    "forint": "HUF", "forints": "HUF", "lek": "ALL", "leks": "ALL", "lev": "BGN", "leva": "BGN",
    "couronnes tchèques": "CZK", "couronne tchèque": "CZK", "couronnes islandaises": "ISK",
    "couronne islandaise": "ISK", "couronne suédoise": "SEK", "couronne norvégienne": "NOK",
    "couronne danoise": "DKK", "peseta": "ESP", "pesetas": "ESP", "escudo": "PTE", "escudos": "PTE",
    "escudos cap-verdiens": "CVE",
    "drachme": "GRD", "drachmes": "GRD",
}
# short currency names that, capitalised, are more often a name after a number (« 3 Lev »,
# « 2 Won », « 4 Dong », « 3 Rand Paul »): money only as written in lower case
LOWER_ONLY = frozenset({"lev", "won", "dong", "rand", "lek", "naira", "kwanza"})
# the hundredths a main currency is paid in: "15 dollars 50", "1 USD et 23 cents"
SUBUNIT_OF = {"EUR": ("cent", "centime"), "USD": ("cent", "centime"), "CAD": ("cent", "centime"),
              "AUD": ("cent",),
              "CHF": ("centime",), "FRF": ("centime",), "GBP": ("GBX",)}
PERCENT = {"%": "%", "pour cent": "%", "pour-cent": "%", "pourcent": "%", "pourcents": "%",
           "pourcentage": "%", "pour 100": "%", "‰": "‰", "pour mille": "‰",
           "point de pourcentage": "pp", "points de pourcentage": "pp"}


_FOLDED: dict[str, tuple[str, str]] = {}
_HYPHEN_UNIT = lazy_re(r"-([^\W\d_]{2,20})(?![\w'’-])")


def hyphen_unit(text: str, p: int) -> tuple[int, str] | None:
    """« 2,5-km », « trois-tonnes »: a quantity unit tied to its number by a hyphen at p, as
    (end, pint name). Durations are left out: « le quatre-heures » is a snack, not four hours."""
    m = _HYPHEN_UNIT.match(text, p)
    if not m:
        return None
    hit = lookup(m.group(1))
    return (m.end(), hit[1]) if hit and hit[0] == "quantity" else None



def lookup(written: str) -> tuple[str, str] | None:
    """('quantity'|'duration'|'money'|'percent', canonical name) for a unit as written."""
    if written in CASED:
        return "quantity", CASED[written]
    if written.isupper() and len(written) <= 2 and written.isalpha():
        return None                    # "M", "T": initials in prose, not metres or tonnes
    w = " ".join(written.lower().replace("’", "'").split())
    for kind, table in (("percent", PERCENT), ("money", CURRENCY), ("duration", DURATION),
                        ("quantity", QUANTITY)):
        if w in table:
            return kind, table[w]
    if not _FOLDED:
        from numlint.figures.words import strip_accents
        for kind, table in (("quantity", QUANTITY), ("duration", DURATION), ("money", CURRENCY),
                            ("percent", PERCENT)):
            for k, v in table.items():
                _FOLDED.setdefault(strip_accents(k), (kind, v))
    from numlint.figures.words import strip_accents
    return _FOLDED.get(strip_accents(w))


@functools.lru_cache(maxsize=1)
def registry():
    """pint's UnitRegistry with the French unit names of grammar/units_fr.txt (loaded once)."""
    import importlib.resources

    from numlint.resources import grammar_file

    import pint
    ureg = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)
    defs = grammar_file("units_fr.txt")
    with importlib.resources.as_file(defs) as path:
        ureg.load_definitions(str(path))
    return ureg
