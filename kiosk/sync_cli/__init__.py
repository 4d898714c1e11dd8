"""`maktab-sync`: the technician's sync tool at an office (enroll, status, push/pull, outbox,
USB export, doctor, database backup/restore).

This is the one place where the office (`kiosk`) and the sync client (`sync`) are wired
together for a technician: `sync` knows nothing of `kiosk` and is handed the office's
outbox and update sink as ports (`sync.ports`, built by `kiosk.sync_adapter`). A thin
argparse layer, one module per command group:

    main        the parser, the entry point (`maktab-sync = kiosk.sync_cli.main:main`) and its error → exit code table
    context     exit codes, the run's settings / sync state / office, output, progress bar
    enrolment   enroll
    exchange    push, pull, export (USB)
    outbox      status, outbox list | show | retry-rejected
    doctor      doctor
    backup      backup, restore

It runs in its own process beside a running kiosk: the office database is SQLite in WAL
mode, so both may use it at once, and pushes are idempotent, so the kiosk's loop and this
tool may push the same events without harm. Main thread only.

Exit codes (also in `--help` and docs/operations.md):
  0  ok
  1  failed (refused by the server, not enrolled, bad file, database problem, TLS not valid)
  2  usage or configuration error
  3  server unreachable (network down, timeout, busy for longer than --max-wait, or a
     captive portal answering in its place); nothing was lost, try again later
  4  done, but the server rejected some events (they are parked: see `outbox list --state rejected`)
"""
