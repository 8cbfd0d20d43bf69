#!/usr/bin/python3
"""Golden tests: run the real `fundledger` binary and compare stdout, stderr and exit codes.

A .t file is a script, one command per `$` line, run in a fresh temporary directory whose
ledger is ./fundledger.db (FUNDLEDGER_DB), with the clock pinned (FUNDLEDGER_NOW) and USER=clerk.
`{root}` in a command is the repository root. After a command:
  > TEXT     an expected stdout line (if any are given, stdout must match them exactly)
  ! TEXT     an expected stderr line (if any are given, stderr must match them exactly)
  ~ TEXT     stderr must contain TEXT
  ? N        expected exit code (default 0)
  unchanged  the ledger file is byte-for-byte what it was before the command
Lines starting with # are comments; the first says why the test exists.
With FUNDLEDGER_APPROVE=1 the file is rewritten with the actual stdout/exit codes.
"""
import hashlib, os, shlex, subprocess, sys, tempfile


def parse(path):
    cmds = []
    for raw in open(path, encoding="utf-8").read().split("\n"):
        if raw.startswith("$ "):
            cmds.append({"cmd": raw[2:], "out": None, "err": None, "contains": [], "rc": 0, "unchanged": False, "comments": []})
        elif raw.startswith("#") or not raw.strip():
            if cmds:
                cmds[-1]["comments"].append(raw)
        elif not cmds:
            raise SystemExit(f"{path}: expectation before the first command: {raw}")
        elif raw.startswith("> ") or raw == ">":
            cmds[-1]["out"] = (cmds[-1]["out"] or []) + [raw[2:]]
        elif raw.startswith("! ") or raw == "!":
            cmds[-1]["err"] = (cmds[-1]["err"] or []) + [raw[2:]]
        elif raw.startswith("~ "):
            cmds[-1]["contains"].append(raw[2:])
        elif raw.startswith("? "):
            cmds[-1]["rc"] = int(raw[2:])
        elif raw.strip() == "unchanged":
            cmds[-1]["unchanged"] = True
        else:
            raise SystemExit(f"{path}: cannot read line: {raw}")
    return cmds


def digest(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest() if os.path.exists(path) else None


def main():
    binary, root, test = sys.argv[1], sys.argv[2], sys.argv[3]
    header = [l for l in open(test, encoding="utf-8").read().split("\n") if l.startswith("#") and not l.startswith("#!")]
    cmds = parse(test)
    if not cmds or not any(c["out"] is not None or c["err"] is not None or c["contains"] or c["unchanged"] for c in cmds):
        sys.exit(f"{test}: no command with an expected output; a golden test must check something")
    approve = os.environ.get("FUNDLEDGER_APPROVE") == "1"
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, FUNDLEDGER_DB=os.path.join(tmp, "fundledger.db"), FUNDLEDGER_NOW="2026-01-15T08:00:00Z", USER="clerk",
                   LC_ALL="C.UTF-8")
        env.pop("FUNDLEDGER_READONLY", None)
        for c in cmds:
            argv = [binary] + [a.replace("{root}", root).replace("{tmp}", tmp) for a in shlex.split(c["cmd"])]
            before = [digest(os.path.join(tmp, "fundledger.db" + s)) for s in ("",)]
            p = subprocess.run(argv, cwd=tmp, env=env, capture_output=True, text=True, timeout=300)
            out, err = p.stdout.rstrip("\n").split("\n") if p.stdout else [], p.stderr.rstrip("\n").split("\n") if p.stderr else []
            err = [e.replace(root, "{root}").replace(tmp, "{tmp}") for e in err]
            out = [o.replace(root, "{root}").replace(tmp, "{tmp}") for o in out]
            if approve:
                c["rc"], c["out"] = p.returncode, out
                if c["err"] is not None or p.returncode != 0:
                    c["err"] = err
                continue
            where = f"$ {c['cmd']}"
            if p.returncode != c["rc"]:
                failures.append(f"{where}\n  exit {p.returncode}, expected {c['rc']}\n  stderr: {p.stderr}")
            if c["out"] is not None and out != c["out"]:
                failures.append(f"{where}\n  stdout differs:\n" + "\n".join("  | " + l for l in out) + "\n  expected:\n" + "\n".join("  | " + l for l in c["out"]))
            if c["err"] is not None and err != c["err"]:
                failures.append(f"{where}\n  stderr differs:\n" + "\n".join("  | " + l for l in err) + "\n  expected:\n" + "\n".join("  | " + l for l in c["err"]))
            for s in c["contains"]:
                if s not in "\n".join(err):
                    failures.append(f"{where}\n  stderr lacks: {s}\n  stderr: {p.stderr}")
            if c["unchanged"] and before != [digest(os.path.join(tmp, "fundledger.db"))]:
                failures.append(f"{where}\n  the ledger file changed")
    if approve:
        lines = [l for l in header]
        for c in cmds:
            lines.append(f"$ {c['cmd']}")
            lines += [f"> {l}" if l else ">" for l in (c["out"] or [])]
            lines += [f"! {l}" if l else "!" for l in (c["err"] or [])]
            lines += [f"~ {s}" for s in c["contains"]]
            if c["rc"]:
                lines.append(f"? {c['rc']}")
            if c["unchanged"]:
                lines.append("unchanged")
            lines += [l for l in c["comments"] if l.strip() and l not in header]
        open(test, "w", encoding="utf-8").write("\n".join(lines) + "\n")
        print(f"approved {test}")
        return 0
    for f in failures:
        print(f, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
