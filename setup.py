"""Build hook: the wheel carries compiled Qt translations.

Everything else about the package is in pyproject.toml. The `.ts` sources are compiled
to `.qm` with Qt's lrelease (from PySide6-Essentials, a build requirement) straight into
the build folder, so a wheel never depends on what a checkout happens to have compiled.
An editable install (`make setup`) skips this: `make translations` compiles in place.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

_LRELEASE = ("import sys; from PySide6.scripts.pyside_tool import lrelease; "
             "sys.argv[0] = 'lrelease'; sys.exit(lrelease())")


class BuildPyWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        sources = sorted(Path("kiosk", "translations").glob("*.ts"))
        if not sources:
            raise SystemExit("setup.py: no kiosk/translations/*.ts to compile; is this a complete source tree?")
        target = Path(self.build_lib, "kiosk", "translations")
        target.mkdir(parents=True, exist_ok=True)
        for source in sources:
            qm = target / source.with_suffix(".qm").name
            # A failed compile stops the build: a wheel without a language is a broken kiosk.
            subprocess.run([sys.executable, "-c", _LRELEASE, "-silent", str(source), "-qm", str(qm)], check=True)
            if not qm.is_file() or qm.stat().st_size == 0:
                raise SystemExit(f"setup.py: lrelease wrote no {qm} from {source}")


setup(cmdclass={"build_py": BuildPyWithTranslations})
