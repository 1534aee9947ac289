"""Polish addresses every reader (issue 28): no masculine-only verb or adjective forms for
"you", and the pronouns for "you" written the same way everywhere (lower case inside a
sentence). The complaint letters speak as the person and give both forms ("złożyłem/
złożyłam"), which stays."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "optout_pl.ts"
DATA = sorted((ROOT / "resources").glob("*/pl.toml"))

# Past tense for "you" (wysłałeś, dostałaś), and the person's own past tense (wysłałem)
# unless followed by the other form ("wysłałem/wysłałam").
GENDERED = re.compile(
    r"\b\w+(?:łeś|łaś)\b|\b[Zz]alogowan[ya]\b|\b(?:[Pp]ewien|[Pp]ewna|[Gg]otow[ya])\b(?=\s*[?!.])"
    r"|\b\w+łem\b(?!/)"
)
# A capital pronoun after a word, a comma, a colon or a dash: inside a sentence.
PRONOUNS = re.compile(
    r"[\w,;:)–—]\s+(Cię|Ci|Ciebie|Tobie|Tobą|Twój|Twoja|Twoje|Twojego|Twojej|Twoją"
    r"|Twoim|Twoich|Twoimi)\b"
)


def polish_texts() -> list[tuple[str, str]]:
    texts = []
    for message in ET.parse(TS).getroot().iter("message"):
        translation = message.find("translation")
        forms = translation.findall("numerusform") or [translation]
        texts += [
            (f"optout_pl.ts: {message.findtext('source')[:50]!r}", f.text or "") for f in forms
        ]
    for path in DATA:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            texts.append((f"{path.parent.name}/pl.toml:{number}", line))
    return texts


def test_there_are_texts_to_check():
    texts = polish_texts()
    assert len(texts) > 500
    assert any("sprzeciw" in text for _, text in texts)


def test_no_masculine_only_forms():
    found = [
        f"{where}: {match.group(0)}"
        for where, text in polish_texts()
        for match in GENDERED.finditer(text)
        if not match.group(0).endswith("łem") or "/" not in text[match.end() : match.end() + 1]
    ]
    # "materiałem" (a noun) and the like are not verbs: only verbs in -łem are checked,
    # which the letters write with both forms.
    found = [item for item in found if not item.endswith(("materiałem", "Materiałem"))]
    assert found == [], "\n".join(found)


def test_the_pronouns_for_you_are_lower_case_inside_a_sentence():
    found = [
        f"{where}: …{text[max(0, m.start() - 20) : m.end() + 10]}…"
        for where, text in polish_texts()
        for m in PRONOUNS.finditer(text)
    ]
    assert found == [], "\n".join(found)


def test_the_check_finds_what_it_looks_for():
    assert GENDERED.search("co wysłałeś")
    assert GENDERED.search("Zalogowany na telefonie?")
    assert not GENDERED.search("tylko osobom zalogowanym")
    assert not GENDERED.search("co zostało wysłane")
    assert not GENDERED.search("złożyłem/złożyłam")
    assert PRONOUNS.search("poinformuje Cię o tym")
    assert not PRONOUNS.search("Twoje odpowiedzi są zapisane.")
