"""The domain, the store and sync must run without Qt (headless hub, central server)."""
import subprocess
import sys

import pytest


@pytest.mark.parametrize("module", [
    "kiosk.domain.catalogue", "kiosk.domain.tickets", "kiosk.domain.clock", "kiosk.store.database",
    "kiosk.store.outbox", "kiosk.store.tickets", "kiosk.office", "kiosk.config", "sync",
    "kiosk.services.commands",  # install-service runs as root on a PC that may have no screen yet
    "kiosk.domain.activity_report", "kiosk.store.activity", "kiosk.reports.csv_report",
])
def test_imports_without_pyside6(module):
    code = f"import sys, {module}; assert 'PySide6' not in sys.modules, sorted(m for m in sys.modules if 'PySide' in m)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
