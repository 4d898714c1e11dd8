"""Recorded prompts: `<folder>/<language>/<prompt id>.wav`, first folder first.

A clip must be a 16-bit PCM mono WAV (kiosk/assets/voice/README.txt, docs/voice.md);
one that is not — an MP3 renamed, a stereo or 8-bit file, a damaged header — is skipped
with a warning naming the file and what is wrong, and the prompt is synthesised instead
(or silent). `maktab voice missing` reports the same problems to the technician.

Thread use: any (reads file headers: call off the GUI thread, as the `Speaker` does).
"""
from __future__ import annotations

import logging
import wave
from collections.abc import Sequence
from pathlib import Path

log = logging.getLogger(__name__)

_warned: set[Path] = set()


def clip_problem(path: Path) -> str | None:
    """What is wrong with the clip at `path` for the kiosk, or None when it can be played."""
    try:
        with wave.open(str(path), "rb") as clip:
            if clip.getsampwidth() != 2 or clip.getnchannels() != 1:
                return (f"{clip.getsampwidth() * 8}-bit, {clip.getnchannels()} channel(s): "
                        "record it again as 16-bit PCM mono")
            if clip.getnframes() == 0:
                return "it holds no sound"
    except (wave.Error, EOFError) as exc:
        return f"not a PCM WAV file ({exc}): save it as WAV, 16-bit PCM mono"
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    return None


def clip_for(prompt_id: str, language: str, folders: Sequence[Path]) -> Path | None:
    """The first playable `<folder>/<language>/<prompt_id>.wav` in `folders`' order."""
    for folder in folders:
        path = folder / language / f"{prompt_id}.wav"
        if not path.is_file():
            continue
        problem = clip_problem(path)
        if problem is None:
            return path
        if path not in _warned:  # once per file, not at every touch
            _warned.add(path)
            log.warning("voice clip %s skipped: %s", path, problem)
    return None
