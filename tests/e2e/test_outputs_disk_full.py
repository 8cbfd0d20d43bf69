#!/usr/bin/python3
"""Outputs on a full disk (issue 18): as root, a small tmpfs holds the outputs (the ledger stays
elsewhere) and an old file at each output path; the tmpfs is then filled to the last byte. Every
writer — report monthly, report disclosure (.xlsx, and .csv with its households file), plan
--write, export audit — fails with exit 3, the old files keep their bytes, and no temporary file or
folder is left. After the filler is removed the same writes succeed. Exit 77 (Skipped) when tmpfs
cannot be mounted here (not root, or no permission to mount).

usage: test_outputs_disk_full.py BINARY REPO_ROOT
"""
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_outputs as outputs  # noqa: E402
from test_outputs import BIN, OLD, ROOT, SKIPPED, fixture, sha, temps  # noqa: E402


def fill(path):
    """Writes zeros to `path` until the file system is full."""
    with open(path, "wb", buffering=0) as f:
        block = b"\0" * (64 * 1024)
        while True:
            try:
                f.write(block)
            except OSError:
                break
        for size in (4096, 512, 1):
            try:
                while True:
                    f.write(b"\0" * size)
            except OSError:
                pass


def main():
    if os.geteuid() != 0:
        print("SKIP outputs on a full disk: mounting a small tmpfs needs root")
        sys.exit(SKIPPED)
    t = fixture.Failures("outputs-disk-full")
    with tempfile.TemporaryDirectory() as tmp:
        db = fixture.prepare_ledger(BIN, ROOT, os.path.join(tmp, "base.db"))
        mnt = os.path.join(tmp, "small")
        os.mkdir(mnt)
        m = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", mnt], capture_output=True, text=True)
        if m.returncode != 0:
            print(f"SKIP outputs on a full disk: cannot mount tmpfs: {m.stderr.strip()}")
            sys.exit(SKIPPED)
        try:
            cases = outputs.writers(mnt) + [("export audit", ["export", "audit", "--year", "2017", "--out", f"{mnt}/pkg"], [])]
            for _, _, files in cases:
                for f in files:
                    with open(f, "wb") as out:
                        out.write(OLD)
            filler = os.path.join(mnt, "filler")
            fill(filler)
            for label, args, files in cases:
                r = fixture.run(BIN, db, *args)
                t.check(r.returncode == 3, f"disk full: {label}: exit {r.returncode}, expected 3: {r.stderr[:300]}")
                t.check("unchanged" in r.stderr or "no package" in r.stderr or "disk full" in r.stderr,
                        f"disk full: {label}: the message should say nothing was changed: {r.stderr[:300]}")
                for f in files:
                    t.check(open(f, "rb").read() == OLD, f"disk full: {label}: {os.path.basename(f)} lost its old bytes")
                t.check(not temps(mnt), f"disk full: {label}: temporary files left: {temps(mnt)}")
                t.check(not os.path.exists(f"{mnt}/pkg"), f"disk full: {label}: a package folder was left")
            os.remove(filler)
            for label, args, files in cases:
                r = fixture.run(BIN, db, *args)
                t.check(r.returncode == 0, f"after freeing room: {label}: exit {r.returncode}: {r.stderr[:300]}")
                for f in files:
                    t.check(open(f, "rb").read() != OLD, f"after freeing room: {label}: {os.path.basename(f)} not written")
            v = fixture.run(BIN, db, "verify", "--package", f"{mnt}/pkg")
            t.check(v.returncode == 0, f"after freeing room: the package does not verify: {v.stdout[:300]}")
            print(f"disk full: {len(cases)} writers refused (exit 3), old files intact, no temporary files; all write once there is room")
        finally:
            subprocess.run(["umount", mnt], capture_output=True)
    t.finish()


if __name__ == "__main__":
    main()
