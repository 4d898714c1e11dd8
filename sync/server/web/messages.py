"""The strings of the back office, for translators: extract them and add new ones to the .po files.

    python -m sync.server.web.messages missing          strings without an Arabic or French translation
    python -m sync.server.web.messages add AREA         add every string no catalogue has yet to
                                                        locale/<lang>/AREA.po of each language (empty
                                                        translation, to fill in)

Strings are found with Babel's extractors: `_()`, `gettext`, `ngettext`, `{% trans %}` in
templates/; `_`, `N_`, `gettext`, `ngettext` in the Python of sync/server/ (the services'
`InvalidField` messages are marked with `N_`). tests/server/test_web_i18n.py fails when a
string lacks its ar or fr translation. Not used at run time.
"""
from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

from sync.server.web.i18n import LANGUAGES, LOCALE_DIR, read_catalogue

WEB_DIR = Path(__file__).parent
SERVER_DIR = WEB_DIR.parent
KEYWORDS = {"_": None, "N_": None, "gettext": None, "ngettext": (1, 2)}
REQUIRED_LANGUAGES = ("ar", "fr")


def extract() -> dict[str, list[str]]:
    """{English source string: [file:line, …]} over the templates and the server's Python."""
    found: dict[str, list[str]] = {}
    sources = [(SERVER_DIR, [("web/templates/**.html", "jinja2.ext:babel_extract"), ("**.py", "python")])]
    for directory, method_map in sources:
        for filename, lineno, message, _comments, _context in extract_from_dir(
                directory, method_map, keywords=KEYWORDS,
                options_map={"web/templates/**.html": {"extensions": "jinja2.ext.i18n", "trimmed": "false"}}):
            msgid = message[0] if isinstance(message, tuple) else message
            if msgid:
                found.setdefault(msgid, []).append(f"{filename}:{lineno}")
    return found


def missing(languages: Sequence[str] = REQUIRED_LANGUAGES) -> dict[str, list[str]]:
    """{language: [source strings without a translation]}."""
    strings = extract()
    out = {}
    for lang in languages:
        catalogue = read_catalogue(lang)
        out[lang] = sorted(s for s in strings if s not in catalogue or not catalogue[s].string)
    return out


def add(area: str) -> int:
    """Add the strings no catalogue of a language has yet to that language's AREA.po; how many were new."""
    strings = extract()
    added = 0
    for lang in LANGUAGES:
        known = {m.id for po in (LOCALE_DIR / lang).glob("*.po") for m in read_po(po.open("rb")) if m.id}
        path = LOCALE_DIR / lang / f"{area}.po"
        catalogue = read_po(path.open("rb")) if path.exists() else Catalog(locale=lang, domain="backoffice")
        new = [s for s in strings if s not in known]
        for msgid in new:
            catalogue.add(msgid, "", locations=[(loc.rsplit(":", 1)[0], int(loc.rsplit(":", 1)[1]))
                                               for loc in strings[msgid]])
        added = max(added, len(new))
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as fh:
            write_po(fh, catalogue, width=100, omit_header=False)
    return added


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["missing"]:
        gaps = missing()
        for lang, strings in gaps.items():
            for s in strings:
                print(f"{lang}\t{s}")
        return 1 if any(gaps.values()) else 0
    if len(args) == 2 and args[0] == "add":
        print(f"{add(args[1])} new strings added to locale/*/{args[1]}.po")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
