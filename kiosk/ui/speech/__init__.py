"""Sound out of the kiosk and the hall display: speech engines and WAV players, shared by
the display's spoken calls (kiosk/ui/display/announcer.py) and the citizen kiosk's voice
guide (kiosk/ui/citizen/voice_guide.py).

    engines.py   text → speech: QtTextToSpeech, espeak-ng, the choice among those installed
    players.py   a WAV file → the loudspeaker: QtMultimedia or pw-play / paplay / aplay
    speaker.py   the kiosk's one voice: what to say now, off the GUI thread, stopped at a touch
    clips.py     recorded prompts: <folder>/<lang>/<prompt id>.wav, checked before use
"""
