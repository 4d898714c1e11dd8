"""`maktab voice missing`: what the kiosk's voice would say without a recorded clip, per language.

    maktab voice missing                 every language of the kiosk
    maktab voice missing --language kab  one language (repeatable); --json for a script

For each language it says whether a speech engine on this machine has a voice for it
(then a prompt without a clip is synthesised; without a voice it is silent) and lists
the prompt ids without a clip `<voice.clips>/<lang>/<id>.wav` nor
`kiosk/assets/voice/<lang>/<id>.wav`, each with the words to record, then the clips that
cannot be played (not 16-bit PCM mono WAV) and why. Exit code 0: the
listing is the answer, even when clips are missing (docs/voice.md).

Thread use: the command's thread (a plain listing; the Qt speech engine is only asked
which voices it has).
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from kiosk.config import Settings
from kiosk.domain.catalogue import load_catalogue
from kiosk.domain.languages import LANGUAGES

EXIT_OK = 0


def add_parser(sub, common) -> None:
    voice = sub.add_parser("voice", help="the kiosk's spoken guidance: recorded clips and voices",
                           description="Check the kiosk's spoken guidance (docs/voice.md).")
    common(voice)
    voice_sub = voice.add_subparsers(dest="voice_command", metavar="ACTION", required=True)
    missing = voice_sub.add_parser(
        "missing", help="list the prompts without a recorded clip, per language",
        description="For each language: whether this machine's speech engine has a voice for it, and the "
                    "prompt ids without a recorded clip (in voice.clips or kiosk/assets/voice), with the words "
                    "to record. A prompt without a clip is synthesised when there is a voice, else silent.")
    common(missing)
    missing.add_argument("--language", choices=LANGUAGES, action="append",
                         help="only this language (repeatable; default: the kiosk's languages)")
    missing.add_argument("--json", action="store_true", help="machine-readable output")


def run(args: argparse.Namespace, settings: Settings) -> int:
    report = missing_clips(settings, args.language or settings.kiosk.languages)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return EXIT_OK
    for language, found in report.items():
        voice = f"spoken by {found['engine']}" if found["engine"] else "no voice here: only recorded clips are heard"
        print(f"{language}: {len(found['missing'])} of {found['prompts']} prompts without a clip ({voice})")
        for item in found["missing"]:
            print(f"  {item['id']}\t{item['text']}")
        for item in found["unusable"]:
            print(f"  unusable clip {item['file']}: {item['problem']}")
    return EXIT_OK


def _clips_in(folders, language: str) -> list[Path]:
    return sorted(path for folder in folders for path in (folder / language).glob("*.wav"))


def engine_name(engine: object) -> str:
    """"espeak-ng", "QtTextToSpeech": what a technician knows the engine by."""
    program = getattr(engine, "program", None)
    return Path(program).name if program else "QtTextToSpeech"


def missing_clips(settings: Settings, languages) -> dict[str, dict]:
    """{language: {"engine": name or None, "prompts": n, "missing": [{"id", "text", "file"}],
    "unusable": [{"file", "problem"}]}} — an unusable clip counts as missing."""
    from kiosk.ui.app import ensure_application
    from kiosk.ui.citizen.voice_prompts import recordable_prompts
    from kiosk.ui.speech.clips import clip_for, clip_problem
    from kiosk.ui.speech.engines import detect_speech_engine
    from kiosk.ui.speech.speaker import clip_folders

    ensure_application()  # the catalogues' translators and the Qt speech engine need it
    catalogue = load_catalogue(settings.kiosk.catalogue)
    folders = clip_folders(settings.voice)
    engine = detect_speech_engine()
    report: dict[str, dict] = {}
    for language in languages:
        prompts = list(recordable_prompts(language, catalogue))
        chosen = engine.engine_for(language) if engine else None
        report[language] = {
            "engine": engine_name(chosen) if chosen else None,
            "prompts": len(prompts),
            "missing": [{"id": prompt_id, "text": text, "file": f"{language}/{prompt_id}.wav"}
                        for prompt_id, text in prompts if clip_for(prompt_id, language, folders) is None],
            "unusable": [{"file": str(path), "problem": problem} for path in _clips_in(folders, language)
                         if (problem := clip_problem(path))],
        }
    return report
