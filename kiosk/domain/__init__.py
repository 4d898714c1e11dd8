"""Qt-free rules and data types of the citizen office.

Nothing here imports Qt, SQL or the network; every function is plain Python and
runs on whatever thread calls it.
"""
