"""Qt-free SQLite storage of one office: migrations, repositories and the outbox.

One file in WAL mode with durable commits (synchronous=FULL). Every change is made
inside `transaction()` together with the outbox event that tells the central server
about it, so a crash at any instant leaves both or neither.
"""
