"""`maktab voice missing` as a technician uses it: a real subprocess, a real folder of clips."""
import json
import os
import subprocess
import sys

from tests.ui.voice_recorder import write_clip


def maktab_voice(tmp_path, config, *args):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "kiosk.cli", "voice", "missing", "--config", str(config),
                           "--data-dir", str(tmp_path), *args], capture_output=True, text=True, timeout=120, env=env)


def test_missing_lists_the_prompts_without_a_clip_and_who_speaks_each_language(tmp_path):
    clips = tmp_path / "voice"
    write_clip(clips / "kab" / "home.prompt.wav")
    write_clip(clips / "kab" / "button.take-ticket.wav")
    (clips / "kab" / "help.asked.wav").write_bytes(b"ID3\x04 an MP3 given a .wav name")
    config = tmp_path / "maktab.toml"
    config.write_text(f'[voice]\nclips = "{clips}"\n', encoding="utf-8")

    result = maktab_voice(tmp_path, config, "--language", "kab", "--language", "fr", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report) == {"kab", "fr"}
    kab = {item["id"]: item for item in report["kab"]["missing"]}
    assert report["kab"]["engine"] is None  # no voice for Kabyle: only clips are heard
    assert "home.prompt" not in kab and "button.take-ticket" not in kab
    assert kab["help.asked"]["file"] == "kab/help.asked.wav"
    assert "button.service-EC-N12" in kab  # the catalogue's services too
    assert len(kab) == report["kab"]["prompts"] - 2  # the MP3 does not count as a clip
    [unusable] = report["kab"]["unusable"]
    assert unusable["file"].endswith("kab/help.asked.wav")
    assert "not a PCM WAV file" in unusable["problem"] and "16-bit PCM mono" in unusable["problem"]
    french = {item["id"]: item["text"] for item in report["fr"]["missing"]}
    assert french["ticket.your_number"] == "Votre numéro est"  # the number follows from letter and digit clips
    assert french["digit.0"] == "0" and french["letter.A"] == "A"
    assert french["home.prompt"] == "Bienvenue. Pour prendre un ticket, choisissez «\u00a0Prendre un ticket\u00a0»."

    text = maktab_voice(tmp_path, config, "--language", "kab")
    assert text.returncode == 0, text.stderr
    assert text.stdout.startswith(f"kab: {len(kab)} of {report['kab']['prompts']} prompts without a clip "
                                  "(no voice here: only recorded clips are heard)")
    assert "  help.asked\t" in text.stdout
    assert "unusable clip " in text.stdout and "help.asked.wav: not a PCM WAV file" in text.stdout


def test_a_wrong_language_is_refused_with_the_choices(tmp_path):
    config = tmp_path / "maktab.toml"
    config.write_text("", encoding="utf-8")
    result = maktab_voice(tmp_path, config, "--language", "tzm")
    assert result.returncode == 2
    assert "invalid choice: 'tzm'" in result.stderr and "'kab'" in result.stderr
