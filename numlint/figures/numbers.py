"""Placeholder: find(text) -> list of figures (or masked spans), offsets local to text."""


def find(text: str) -> list:
    return []
