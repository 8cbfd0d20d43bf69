#!/usr/bin/python3
"""A full disk (a small tmpfs, as root); exit 77 (Skipped) when tmpfs cannot be mounted here. The cases live in test_readonly.py.

usage: test_disk_full.py BINARY REPO_ROOT
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_readonly  # noqa: E402

if __name__ == "__main__":
    test_readonly.main("disk-full")
