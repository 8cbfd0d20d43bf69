#!/usr/bin/env python3
"""Product code is formatted by .clang-format: `clang-format --dry-run --Werror` on every .cpp and
.hpp of engine/, reports/ and cli/ (tests excluded).

    scripts/check_format.py [ROOT] [CLANG_FORMAT]    exit 0 when every file is formatted; 1 listing
                                                     the first differences; 77 without clang-format

To format: clang-format -i FILE (the same binary; scripts/setup.sh installs it).
"""
import os
import shutil
import subprocess
import sys

DIRS = ("engine", "reports", "cli")
EXCLUDE = ()


def product_files(root):
    for d in DIRS:
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, d)):
            dirnames[:] = sorted(x for x in dirnames if x != "tests")
            rel = os.path.relpath(dirpath, root)
            if any(rel == e or rel.startswith(e + os.sep) for e in EXCLUDE):
                continue
            for f in sorted(filenames):
                if f.endswith((".cpp", ".hpp")):
                    yield os.path.join(dirpath, f)


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    tool = sys.argv[2] if len(sys.argv) > 2 else (shutil.which("clang-format-14") or shutil.which("clang-format"))
    if not tool:
        print("check_format: clang-format is not installed (scripts/setup.sh installs it)")
        return 77
    files = list(product_files(root))
    r = subprocess.run([tool, "--dry-run", "--Werror", f"--style=file:{os.path.join(root, '.clang-format')}", *files],
                       capture_output=True, text=True)
    if r.returncode != 0:
        print("\n".join(r.stderr.splitlines()[:40]))
        bad = sorted({line.split(":")[0] for line in r.stderr.splitlines() if ": error:" in line})
        print(f"check_format: {len(bad)} of {len(files)} files are not formatted: {', '.join(os.path.relpath(b, root) for b in bad)}")
        return 1
    print(f"check_format: {len(files)} files formatted")
    return 0


if __name__ == "__main__":
    sys.exit(main())
