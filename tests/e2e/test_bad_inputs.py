#!/usr/bin/python3
"""The bad-input catalogue (tests/bad_inputs/MANIFEST.tsv): every malformed file must be refused
with exit 2, a message at the expected FILE:LINE (FILE:LINE:COLUMN where the engine names the
column) that holds both the offending value and the reason (the rule or invariant broken), and a
ledger byte-for-byte unchanged.
GOOD.tsv lists encodings that must import (GB18030, BOM, CRLF); large UTF-8 and GB18030 files
whose characters straddle the reader's 64 KiB chunk boundaries are generated here and must import.

usage: test_bad_inputs.py BINARY REPO_ROOT
"""
import json
import os
import re
import sys
import tempfile

ROOT = sys.argv[2]
sys.path.insert(0, os.path.join(ROOT, "tests", "bad_inputs"))
import fixture  # noqa: E402

BIN = os.path.abspath(sys.argv[1])
CAT = os.path.join(ROOT, "tests", "bad_inputs")
CHUNK = 1 << 16  # engine/ledger/csv.cpp reads the file in chunks of this size


def manifest(t):
    entries = []
    with open(os.path.join(CAT, "MANIFEST.tsv"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if not t.check(len(fields) == 4, f"MANIFEST.tsv:{n}: expected 4 fields (path, location, value, reason): {fields}"):
                continue
            path, loc, value, reason = fields
            t.check(re.fullmatch(r"[1-9][0-9]*(:[1-9][0-9]*)?", loc) is not None,
                    f"MANIFEST.tsv:{n}: location {loc!r} is not LINE or LINE:COLUMN")
            # The value and the reason are two different assertions: neither may be empty or
            # hold the other (else "the reason" would be the value again).
            t.check(value.strip() != "" and reason.strip() != "", f"MANIFEST.tsv:{n}: {path}: empty value or reason")
            t.check(value not in reason and reason not in value,
                    f"MANIFEST.tsv:{n}: {path}: the value {value!r} and the reason {reason!r} overlap")
            entries.append((path, loc, value, reason))
    return entries


def bad_inputs(t, base, work):
    entries = manifest(t)
    t.check(len({p for p, _, _, _ in entries}) == len(entries), "MANIFEST.tsv lists a path twice")
    kinds = {p.split("/")[0] for p, _, _, _ in entries}
    t.check(len(entries) >= 60, f"catalogue has only {len(entries)} entries")
    t.check(kinds >= {"sources", "households", "allocations", "disbursements", "corrections", "budget"},
            f"catalogue misses kinds: {kinds}")
    fixture.copy_ledger(base, work)
    before = fixture.digest(work)
    for path, loc, value, reason in entries:
        t.check(os.path.exists(os.path.join(CAT, path)), f"{path}: listed in MANIFEST.tsv but missing")
        r = fixture.run(BIN, work, "import", path.split("/")[0], path, cwd=CAT)
        err = r.stderr
        t.check(r.returncode == 2, f"{path}: exit {r.returncode}, expected 2; stderr: {err[:300]}")
        # The message at exactly PATH:LINE: (or PATH:LINE:COLUMN: when the catalogue names the
        # column) must name both what is wrong (the value) and why (the reason).
        at = [m for m in err.splitlines() if m.startswith(f"{path}:{loc}: ")]
        if t.check(at, f"{path}: no message at '{path}:{loc}: '; got: {err[:300]}"):
            t.check(any(value in m for m in at), f"{path}:{loc}: the message lacks the value {value!r}; got: {at}")
            t.check(any(reason in m for m in at), f"{path}:{loc}: the message lacks the reason {reason!r}; got: {at}")
            t.check(any(value in m and reason in m for m in at),
                    f"{path}:{loc}: no one message holds both {value!r} and {reason!r}; got: {at}")
        t.check("nothing was written" in err, f"{path}: stderr does not say nothing was written")
        after = fixture.digest(work)
        if not t.check(after == before, f"{path}: the ledger changed"):
            fixture.copy_ledger(base, work)
    print(f"FIGURE bad inputs tried: {len(entries)}, each with value and reason")
    t.check(fixture.integrity(work) == "ok", "integrity_check after the catalogue")
    r = fixture.run(BIN, work, "verify")
    t.check(r.returncode == 0, f"verify after the catalogue: {r.stdout} {r.stderr}")


# Codes a clerk types, kept as they are in Chinese messages (the choices listed with their names).
CODES = {"reversal", "recovery", "transfer", "household", "enterprise", "cooperative", "village", "other", "yes",
         "no", "year", "lifetime", "CSV", "UTF", "GB18030", "TOML", "Excel", "BOM", "fundledger", "YYYY",
         # source categories and payee kinds: the codes a file holds, listed with their Chinese names
         "central", "provincial", "city", "county", "microcredit", "social", "individual", "government", "advance"}


def english_prose(line, path, value):
    """English words of a Chinese message, less the path, the value, quoted parts, identifiers and codes."""
    line = line.replace(path, " ").replace(value, " ")
    line = re.sub(r"“[^”]*”|'[^']*'|\"[^\"]*\"|`[^`]*`|--[A-Za-z-]+", " ", line)
    line = re.sub(r"[A-Za-z0-9]*[0-9_/.-][A-Za-z0-9_/.-]*|\b[A-Z]{2,}\b", " ", line)  # codes, ids, amounts, CODES
    return [w for w in re.findall(r"[A-Za-z]{3,}", line) if w not in CODES]


def bad_value(value):
    """The bad value itself from the catalogue's English 'value' column: the quoted part ('"-1万"' ->
    -1万), a single token as it is, or None when the column is an English phrase."""
    q = re.search(r'"([^"]+)"|\'([^\']+)\'', value)
    if q:
        return q.group(1) or q.group(2)
    return value if " " not in value.strip() else None


def bad_inputs_in_chinese(t, base, work):
    """The catalogue again under zh: the same place and value, 错误, 未写入任何内容, no English prose."""
    fixture.copy_ledger(base, work)
    before = fixture.digest(work)
    mixed = 0
    entries = manifest(t)
    for path, loc, value, _reason in entries:
        r = fixture.run(BIN, work, "import", path.split("/")[0], path, cwd=CAT, extra_env={"FUNDLEDGER_LANG": "zh"})
        t.check(r.returncode == 2, f"zh {path}: exit {r.returncode}")
        at = [m for m in r.stderr.splitlines() if m.startswith(f"{path}:{loc}: 错误: ")]
        core = bad_value(value)
        if t.check(at, f"zh {path}: no message at '{path}:{loc}: 错误: '; got: {r.stderr[:300]}") and core:
            t.check(any(core in m for m in at), f"zh {path}:{loc}: the message lacks the value {core!r}: {at}")
        t.check("未写入任何内容" in r.stderr, f"zh {path}: stderr does not say nothing was written")
        for m in r.stderr.splitlines():
            words = english_prose(m, path, value)
            if not t.check(not words, f"zh {path}: English in a Chinese message {words}: {m}"):
                mixed += 1
    t.check(fixture.digest(work) == before, "zh: the ledger changed")
    print(f"FIGURE bad inputs under zh: {len(entries)}, lines with English prose: {mixed}")


def import_good(t, work, path, kind, n, cwd):
    r = fixture.run(BIN, work, "--format", "json", "import", kind, path, cwd=cwd)
    if not t.check(r.returncode == 0, f"{path}: must import, exit {r.returncode}: {r.stderr[:300]}"):
        return
    t.check(json.loads(r.stdout)["added"] == n, f"{path}: expected {n} rows added: {r.stdout}")


def straddling(make_row, header, encoding, chunks=6):
    """A households file in `encoding` of about `chunks` reader chunks, and how many chunk
    boundaries fall inside a multi-byte character (deterministic data; the test needs >= 1)."""
    rows, size, i = [header.encode(encoding)], len(header.encode(encoding)), 0
    while size < chunks * CHUNK:
        r = make_row(i).encode(encoding)
        rows.append(r)
        size += len(r)
        i += 1
    data = b"".join(rows)
    cut = 0
    for b in range(CHUNK, len(data), CHUNK):
        head = data[:b]
        if len(head.decode(encoding, errors="ignore").encode(encoding)) < b:
            cut += 1
    return data, i, cut


def good_inputs(t, base, work, tmp):
    fixture.copy_ledger(base, work)
    with open(os.path.join(CAT, "GOOD.tsv"), encoding="utf-8") as f:
        for line in f:
            path, kind, n = line.rstrip("\n").split("\t")
            import_good(t, work, path, kind, int(n), CAT)
    names = dict(fixture.query(work, "SELECT household_id, head_name FROM household WHERE household_id LIKE 'G-%'"))
    t.check(names.get("G-101") == "陈德明", f"GB18030 name stored as {names.get('G-101')!r}")
    t.check(names.get("G-401") == "𠮷田", f"4-byte GB18030 name stored as {names.get('G-401')!r}")
    t.check(names.get("G-201") == "陈德明", f"BOM file's first row stored as {names.get('G-201')!r}")
    # Large files: a character cut by the reader's chunk boundary must not be an error.
    header = "household_id,head_name,id_number,town,village,members,registered,poverty_cause\n"
    for enc, prefix in (("utf-8", "U"), ("gb18030", "B")):
        data, rows, cut = straddling(lambda i: f"{prefix}-{i:05d},测试户主{'甲乙丙丁'[i % 4] * (i % 7 + 1)},,大荆镇,南村,3,是,缺资金\n",
                                     header if enc == "utf-8" else header.replace("head_name", "户主姓名"), enc)
        t.check(cut >= 1, f"{enc}: no chunk boundary falls inside a character; the test proves nothing")
        p = os.path.join(tmp, f"big_{enc}.csv")
        with open(p, "wb") as f:
            f.write(data)
        import_good(t, work, p, "households", rows, tmp)
    got = fixture.query(work, "SELECT count(*) FROM household WHERE household_id LIKE 'U-%' AND head_name LIKE '测试户主%'")
    t.check(got and got[0][0] > 0, f"large UTF-8 names not stored whole: {got}")
    # The same row twice in one file (pasted twice in Excel): recorded once, the second line skipped
    # with a warning naming both lines.
    p = os.path.join(tmp, "twice.csv")
    with open(p, "w", encoding="utf-8") as f:
        f.write(header + "W-001,王二,,大荆镇,南村,3,是,缺资金\n" * 2)
    r = fixture.run(BIN, work, "--format", "json", "import", "households", p)
    t.check(r.returncode == 0 and json.loads(r.stdout or "{}").get("added") == 1 and
            json.loads(r.stdout or "{}").get("skipped") == 1, f"the same row twice: {r.returncode} {r.stdout} {r.stderr}")
    t.check(f"{p}:3: warning: household 'W-001' appears twice in this file (lines 2 and 3) with the same content: "
            "line 3 skipped" in r.stderr, f"the same row twice: no warning naming both lines: {r.stderr}")
    r = fixture.run(BIN, work, "verify")
    t.check(r.returncode == 0, f"verify after the good inputs: {r.stdout} {r.stderr}")


def main():
    t = fixture.Failures("bad_inputs")
    with tempfile.TemporaryDirectory() as tmp:
        base = fixture.prepare_ledger(BIN, ROOT, os.path.join(tmp, "base.db"))
        work = os.path.join(tmp, "work.db")
        bad_inputs(t, base, work)
        bad_inputs_in_chinese(t, base, work)
        good_inputs(t, base, work, tmp)
    t.finish()


if __name__ == "__main__":
    main()
