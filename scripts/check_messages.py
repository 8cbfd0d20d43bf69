#!/usr/bin/python3
"""The message catalogue against the code (engine/text): every message id the code names is in the
catalogue, and every catalogue id is named somewhere (a message no one says is dead text to
translate). Ids are string literals "PART.rest" whose PART is a catalogue part; ids the code builds
at run time are matched by the prefixes listed below.

usage: check_messages.py REPO_ROOT
"""
import os
import re
import sys

ROOT = sys.argv[1]
CAT = os.path.join(ROOT, "engine", "text", "catalogue")
SOURCES = [os.path.join(ROOT, d) for d in ("engine", "cli", "reports")]
# Ids built at run time: "subject." + key, "payee_kind." + kind, "import.what." + kind,
# "ledger." + what + "_recorded_differently", "performance.col." + key.
BUILT = [re.compile(p) for p in (r"subject\.", r"ledger\.noun\.", r"payee_kind\.", r"import\.what\.", r"system\.", r"balance\.by\.", r"ledger\.[a-z_]+_recorded_differently$", r"performance\.col\.", r"web\.nav\.")]
FILE_SUFFIX = re.compile(r"\.(hpp|cpp|inc|toml|csv|xlsx|xls|json|db|md|py|txt)$")


def catalogue_ids():
    ids = {}
    for name in sorted(os.listdir(CAT)):
        with open(os.path.join(CAT, name), encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                m = re.match(r'\s*\{"([a-z_]+\.[A-Za-z0-9_.]+)"', line)
                if m:
                    ids[m.group(1)] = f"{name}:{n}"
    return ids


def named_ids(parts):
    literal = re.compile(r'"((?:%s)\.[A-Za-z0-9_.]+)"' % "|".join(map(re.escape, sorted(parts))))
    named = {}
    for top in SOURCES:
        for dirpath, dirs, files in os.walk(top):
            dirs[:] = [d for d in dirs if d not in ("tests", "catalogue")]
            for name in files:
                if not name.endswith((".cpp", ".hpp")):
                    continue
                path = os.path.join(dirpath, name)
                with open(path, encoding="utf-8") as f:
                    for n, line in enumerate(f, 1):
                        for m in literal.finditer(line):
                            if not FILE_SUFFIX.search(m.group(1)) and not m.group(1).endswith("."):
                                named.setdefault(m.group(1), f"{os.path.relpath(path, ROOT)}:{n}")
    return named


def main():
    ids = catalogue_ids()
    if len(ids) < 10:
        print(f"check_messages: only {len(ids)} ids read from {CAT}; the reader is broken")
        return 1
    parts = {i.split(".")[0] for i in ids}
    named = named_ids(parts)
    missing = sorted(i for i in named if i not in ids)
    unused = sorted(i for i in ids if i not in named and not any(p.match(i) for p in BUILT))
    for i in missing:
        print(f"{named[i]}: message id '{i}' is not in the catalogue")
    for i in unused:
        print(f"{ids[i]}: message id '{i}' is named nowhere in the code")
    print(f"check_messages: {len(ids)} ids in the catalogue, {len(named)} named by the code; "
          f"{len(missing)} missing, {len(unused)} unused")
    return 1 if missing or unused else 0


sys.exit(main())
