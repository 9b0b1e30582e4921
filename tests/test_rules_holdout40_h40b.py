"""Holdout 40 (h40b): NUM403 patterns, with our own sentences."""
from _lint_kit import codes


def test_led_open_close_aside_then_pendant_longer_fires():
    text = ("Ouverte le lundi 6 juillet 2026 et refermée le mercredi 8 juillet 2026, la foire a attiré "
            "pendant dix jours les familles de la région.")
    assert codes(text, "NUM403", path="a.txt") == ["NUM403"]


def test_led_open_close_aside_then_pendant_fitting_quiet():
    text = ("Ouverte le lundi 6 juillet 2026 et refermée le mercredi 8 juillet 2026, la foire a attiré "
            "pendant trois jours les familles de la région.")
    assert codes(text, "NUM403", path="a.txt") == []


def test_led_open_close_aside_then_pendant_part_quiet():
    # a part of the span: « pendant deux jours » of a longer opening
    text = ("Ouvert le lundi 6 juillet 2026 et fermé le vendredi 31 juillet 2026, le musée a accueilli "
            "pendant deux jours des classes de la ville.")
    assert codes(text, "NUM403", path="a.txt") == []


def test_pendant_without_closing_participle_quiet():
    text = ("Ouverte le lundi 6 juillet 2026, la foire a attiré le mercredi 8 juillet 2026 "
            "pendant dix jours encore des visiteurs.")
    assert codes(text, "NUM403", path="a.txt") == []


def test_phase_length_then_colon_span_longer_fires():
    text = ("Le plan prévoit une phase de cinq jours : les équipes travailleront du lundi 9 au "
            "dimanche 15 novembre 2026.")
    assert codes(text, "NUM403", path="a.txt") == ["NUM403"]


def test_phase_length_then_colon_span_fitting_quiet():
    text = ("Le plan prévoit une phase de cinq jours : les équipes travailleront du lundi 9 au "
            "vendredi 13 novembre 2026.")
    assert codes(text, "NUM403", path="a.txt") == []


def test_phases_plural_quiet():
    text = ("Le plan prévoit trois phases de cinq jours : les équipes travailleront du lundi 2 au "
            "dimanche 29 novembre 2026.")
    assert codes(text, "NUM403", path="a.txt") == []


def test_one_phase_among_others_quiet():
    text = ("Le plan prévoit une phase de cinq jours, puis une autre : les équipes travailleront du "
            "lundi 2 au dimanche 15 novembre 2026.")
    assert codes(text, "NUM403", path="a.txt") == []
