"""`python -m kiosk.sync_cli`: the same as the `maktab-sync` command."""
import sys

from kiosk.sync_cli.main import main

sys.exit(main())
