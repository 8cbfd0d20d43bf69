#!/usr/bin/env python3
"""Product code stays in small pieces: no .cpp over 500 lines, no function over 80 lines.

    scripts/check_sizes.py [ROOT]      exit 0 when every file and function is within the limits,
                                       1 (listing each one over) when not

Product code is engine/, reports/ and cli/ without their tests/. A function is a block whose
opening brace follows a parameter list ")" (optionally const/override/noexcept/-> type) at the
level of a namespace or class; its length counts the lines from its signature's brace to the
closing brace. Comments and string literals are blanked first so their braces do not count.
"""
import os
import re
import sys

MAX_FILE_LINES = 500
MAX_FUNCTION_LINES = 80
DIRS = ("engine", "reports", "cli")

TOKEN = re.compile(r'//[^\n]*|/\*.*?\*/|R"(?P<d>[^(]*)\(.*?\)(?P=d)"|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'', re.S)
FUNC_HEAD = re.compile(r'\)\s*(?:const\s*)?(?:noexcept\s*)?(?:override\s*)?(?:final\s*)?(?:->\s*[\w:<>,\s*&]+)?\s*$')
CONTROL = re.compile(r'\b(if|for|while|switch|catch)\s*\(')


def blank(text):
    """Comments and literals replaced by spaces (newlines kept, so line numbers stay)."""
    return TOKEN.sub(lambda m: re.sub(r'[^\n]', ' ', m.group(0)), text)


def functions(text):
    """(name line, first line, last line) of each function body at namespace or class level."""
    code = blank(text)
    out, stack = [], []  # stack of (kind, start line); kind: 'func' or 'scope'
    line = 1
    for i, ch in enumerate(code):
        if ch == '\n':
            line += 1
        elif ch == '{':
            head = code[max(0, i - 400):i]
            head_line = head.rsplit(';', 1)[-1].rsplit('}', 1)[-1].rsplit('{', 1)[-1]
            in_func = any(k == 'func' for k, _ in stack)
            is_func = not in_func and FUNC_HEAD.search(head_line) and not CONTROL.search(head_line.strip().split('\n')[-1])
            stack.append(('func' if is_func else 'scope', line))
        elif ch == '}' and stack:
            kind, start = stack.pop()
            if kind == 'func':
                out.append((start, line))
    return out


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    problems = []
    for d in DIRS:
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, d)):
            dirnames[:] = [x for x in dirnames if x != "tests"]
            for f in sorted(filenames):
                if not f.endswith((".cpp", ".hpp")):
                    continue
                path = os.path.join(dirpath, f)
                rel = os.path.relpath(path, root)
                text = open(path, encoding="utf-8").read()
                n = text.count('\n')
                if f.endswith(".cpp") and n > MAX_FILE_LINES:
                    problems.append(f"{rel}: {n} lines (limit {MAX_FILE_LINES})")
                for start, end in functions(text):
                    if end - start + 1 > MAX_FUNCTION_LINES:
                        problems.append(f"{rel}:{start}: function of {end - start + 1} lines (limit {MAX_FUNCTION_LINES})")
    for p in problems:
        print(p)
    print(f"check_sizes: {len(problems)} over the limits" if problems else "check_sizes: every file and function within the limits")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
