"""Maktab's performance benchmarks (DESIGN.md §9). Run: `python -m benchmarks [--quick] [--json PATH]`."""
