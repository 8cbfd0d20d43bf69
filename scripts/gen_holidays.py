#!/usr/bin/python3
"""data/holidays/CN.toml from the npm package chinese-days (the State Council's holiday arrangements).

    npm pack chinese-days && tar xzf chinese-days-*.tgz
    scripts/gen_holidays.py package/dist/chinese-days.json [--tarball chinese-days-X.Y.Z.tgz] \
        [--from 2016] [--to 2026] > data/holidays/CN.toml

The package's version is read from the package.json above the data file (package/package.json).
The output is the same for the same input (no time stamps): regenerate, diff, commit.

Each year's table lists the days off the package lists (holidays, 放假) and the weekend days worked
in their place (workdays, 补班), each with its festival's name as the State Council's notice names
it. The generator refuses the package's data unless every year looks sane (days off, statutory
days, 补班 days on weekends only; see check()), and reads its own output back (tomllib) to compare
it, date by date, with the package.
"""
import argparse
import datetime
import hashlib
import json
import os
import sys
import tomllib

# The package's Chinese names -> the names of the State Council's notices (国务院办公厅关于...节假日安排的通知).
NAMES = {
    "元旦": "元旦",
    "春节": "春节",
    "清明": "清明节",
    "清明节": "清明节",
    "劳动节": "劳动节",
    "端午": "端午节",
    "端午节": "端午节",
    "中秋": "中秋节",
    "中秋节": "中秋节",
    "国庆节": "国庆节",
}
DAYS_OFF = range(20, 41)        # days off a year (holidays), weekends inside a holiday included
STATUTORY = (10, 11, 13)        # 法定假日天数: 11 until 2024, 13 from 2025; 10 when 中秋 falls on 国庆 (2020)
WORKDAYS = range(3, 11)         # 补班 days a year


def die(msg):
    sys.stderr.write(f"gen_holidays: {msg}\n")
    sys.exit(1)


def festival(value, where):
    """'Spring Festival,春节,3' -> ('春节', 3)."""
    parts = value.split(",")
    if len(parts) != 3 or parts[1] not in NAMES or not parts[2].isdigit():
        die(f"{where}: unexpected entry {value!r}")
    return NAMES[parts[1]], int(parts[2])


def read_package(path):
    with open(path, "rb") as f:
        raw = f.read()
    data = json.loads(raw)
    pkg_json = os.path.join(os.path.dirname(os.path.abspath(path)), os.pardir, "package.json")
    try:
        with open(pkg_json, encoding="utf-8") as f:
            pkg = json.load(f)
    except OSError as e:
        die(f"{pkg_json}: {e.strerror} (the data file must be the package's dist/chinese-days.json)")
    if pkg.get("name") != "chinese-days":
        die(f"{pkg_json}: not the chinese-days package")
    return data, pkg["version"], hashlib.sha256(raw).hexdigest()


def by_year(data, first, last):
    """{year: {'holidays': [(date, name)], 'workdays': [...], 'statutory': {name: n}}}."""
    years = {y: {"holidays": [], "workdays": [], "statutory": {}} for y in range(first, last + 1)}
    for kind in ("holidays", "workdays"):
        for day, value in data[kind].items():
            d = datetime.date.fromisoformat(day)
            if d.year not in years:
                continue
            name, statutory = festival(value, f"{kind}.{day}")
            years[d.year][kind].append((d, name))
            if kind == "holidays":
                years[d.year]["statutory"][name] = statutory
    for y in years.values():
        y["holidays"].sort()
        y["workdays"].sort()
    return years


def check(years):
    for year, y in years.items():
        off, work = y["holidays"], y["workdays"]
        if len(off) not in DAYS_OFF:
            die(f"{year}: {len(off)} days off, expected {DAYS_OFF.start}..{DAYS_OFF.stop - 1}")
        statutory = sum(y["statutory"].values())
        if statutory not in STATUTORY:
            die(f"{year}: {statutory} statutory days ({y['statutory']}), expected one of {STATUTORY}")
        if len(work) not in WORKDAYS:
            die(f"{year}: {len(work)} 补班 days, expected {WORKDAYS.start}..{WORKDAYS.stop - 1}")
        for d, name in work:
            if d.weekday() < 5:
                die(f"{d} ({name}): a 补班 day on a weekday")
        both = {d for d, _ in off} & {d for d, _ in work}
        if both:
            die(f"{year}: both a day off and a 补班 day: {sorted(both)}")


def day_list(key, days):
    lines = [f"{key} = ["]
    lines += [f'  {{ date = {d.isoformat()}, name = "{name}" }},' for d, name in days]
    lines.append("]")
    return lines


def render(years, version, sha256, tarball):
    out = [
        "# 国务院办公厅 节假日安排 (the State Council's holiday arrangements), one [[year]] a year:",
        "#   holidays  the days off (放假), weekends inside a holiday included where the source lists them",
        "#   workdays  the weekend days worked in their place (调休上班, 补班)",
        "# each with its festival's name. A date is working when it is Monday to Friday and not a holiday,",
        "# or a Saturday or Sunday listed under workdays (engine/calendar/work_calendar.hpp).",
        "# A year not listed here is not known: fundledger refuses to count working days in it. To add",
        "# next year's arrangement or a local day off, write a file of the same form and load it after",
        "# this one; its days override this file's (see README.md, Calendars).",
        "#",
        f"# Generated by scripts/gen_holidays.py from the npm package chinese-days {version}",
        f"# (dist/chinese-days.json sha256 {sha256}"
        + (f";\n#  chinese-days-{version}.tgz sha256 {tarball})" if tarball else ")"),
        "# Do not edit by hand: regenerate.",
    ]
    for year, y in years.items():
        counts = ", ".join(f"{name} {n}" for name, n in y["statutory"].items())
        out += ["", "[[year]]", f"year = {year}", f"# 法定假日天数 {sum(y['statutory'].values())}: {counts}"]
        out += day_list("holidays", y["holidays"])
        out += day_list("workdays", y["workdays"])
    return "\n".join(out) + "\n"


def compare(text, years):
    """The written TOML read back equals the package's days, year by year."""
    doc = tomllib.loads(text)
    got = {t["year"]: t for t in doc["year"]}
    if sorted(got) != sorted(years):
        die(f"read back: years {sorted(got)} != {sorted(years)}")
    for year, y in years.items():
        for kind in ("holidays", "workdays"):
            back = [(e["date"], e["name"]) for e in got[year][kind]]
            if back != y[kind]:
                die(f"read back: {year} {kind} differ from the package")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", help="the package's dist/chinese-days.json")
    ap.add_argument("--tarball", help="the package's .tgz (npm pack), to record its sha256")
    ap.add_argument("--from", dest="first", type=int, default=2016)
    ap.add_argument("--to", dest="last", type=int, default=2026)
    ap.add_argument("-o", "--out", help="write here instead of stdout")
    a = ap.parse_args()
    data, version, sha256 = read_package(a.data)
    tarball = None
    if a.tarball:
        with open(a.tarball, "rb") as f:
            tarball = hashlib.sha256(f.read()).hexdigest()
    years = by_year(data, a.first, a.last)
    check(years)
    text = render(years, version, sha256, tarball)
    compare(text, years)
    if a.out:
        with open(a.out, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    for year, y in years.items():
        sys.stderr.write(f"{year}: {len(y['holidays'])} days off, {len(y['workdays'])} 补班\n")


if __name__ == "__main__":
    main()
