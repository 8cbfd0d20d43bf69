#!/usr/bin/python3
"""A ledger file chmod 0444 and a read-only folder (run as nobody when root); exit 77 (Skipped) when that cannot be done here. The cases live in test_readonly.py.

usage: test_readonly_permissions.py BINARY REPO_ROOT
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_readonly  # noqa: E402

if __name__ == "__main__":
    test_readonly.main("permissions")
