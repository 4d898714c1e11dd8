"""`python -m kiosk.hub`: the hub's technician commands (see kiosk/hub/cli.py)."""
import sys

from kiosk.hub.cli import main

sys.exit(main())
