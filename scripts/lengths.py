#!/usr/bin/env python3
"""The size bar of issue 14: no source file in src/ over 450 lines, no function over 80 lines.

    scripts/lengths.py [--max-file 450] [--max-fn 80] [DIR ...]   (default DIR: src)

Prints every file and function over its bar (and the longest of each) and exits 1 if any is over.
A function's length counts from its `fn` line to its closing brace, comments and blank lines
included; braces inside strings, characters and comments are skipped.
"""
import argparse
import pathlib
import re
import sys

FN = re.compile(r"^\s*(?:pub(?:\([^)]*\))?\s+)?(?:const\s+)?(?:async\s+)?(?:unsafe\s+)?(?:extern\s+\"[^\"]*\"\s+)?fn\s+(\w+)")


def code_only(line, state):
    """`line` without comments, strings and char literals; `state` carries a block comment."""
    out, i = [], 0
    while i < len(line):
        if state["block"]:
            end = line.find("*/", i)
            if end < 0:
                return "".join(out)
            state["block"], i = False, end + 2
        elif line.startswith("//", i):
            break
        elif line.startswith("/*", i):
            state["block"], i = True, i + 2
        elif line[i] == '"' or line.startswith('r#"', i) or line.startswith('r"', i):
            raw = line[i] == "r"
            hashes = len(re.match(r"r(#*)", line[i:]).group(1)) if raw else 0
            close = '"' + "#" * hashes
            j = line.find('"', i) + 1
            while j <= len(line):
                k = line.find(close, j)
                if k < 0:
                    state["string"] = close if raw else '"'
                    return "".join(out)
                if not raw and line[k - 1] == "\\" and not line[k - 2 : k] == "\\\\":
                    j = k + 1
                    continue
                i = k + len(close)
                break
        elif line[i] == "'" and re.match(r"'(\\.|[^\\'])[^']*'", line[i:]) and not re.match(r"'\w+\b(?!')", line[i:]):
            i += re.match(r"'(\\.|[^\\'])[^']*'", line[i:]).end()
        else:
            out.append(line[i])
            i += 1
    return "".join(out)


def functions(path):
    """(name, first line, length) of every function in `path`."""
    lines = path.read_text(encoding="utf-8").splitlines()
    state = {"block": False, "string": None}
    stack, found, depth = [], [], 0
    for number, line in enumerate(lines, 1):
        if state["string"]:
            end = line.find(state["string"])
            if end < 0:
                continue
            line, state["string"] = line[end + len(state["string"]) :], None
        m = FN.match(line)
        code = code_only(line, state)
        if m and not state["block"]:
            stack.append((m.group(1), number, depth, False))
        for c in code:
            if c == "{":
                depth += 1
                if stack and not stack[-1][3] and depth == stack[-1][2] + 1:
                    stack[-1] = stack[-1][:3] + (True,)
            elif c == "}":
                depth -= 1
                if stack and stack[-1][3] and depth == stack[-1][2]:
                    name, start, _, _ = stack.pop()
                    found.append((name, start, number - start + 1))
            elif c == ";" and stack and not stack[-1][3] and depth == stack[-1][2]:
                stack.pop()  # a declaration without a body (trait method, extern)
    return len(lines), found


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--max-file", type=int, default=450)
    p.add_argument("--max-fn", type=int, default=80)
    p.add_argument("dirs", nargs="*", default=["src"])
    args = p.parse_args()
    over, longest_file, longest_fn = [], (0, ""), (0, "")
    for d in args.dirs:
        for path in sorted(pathlib.Path(d).rglob("*.rs")):
            total, fns = functions(path)
            longest_file = max(longest_file, (total, str(path)))
            if total > args.max_file:
                over.append(f"{path}: {total} lines (bar {args.max_file})")
            for name, start, length in fns:
                longest_fn = max(longest_fn, (length, f"{path}:{start} fn {name}"))
                if length > args.max_fn:
                    over.append(f"{path}:{start}: fn {name} is {length} lines (bar {args.max_fn})")
    print(f"longest file: {longest_file[1]} ({longest_file[0]} lines); longest function: {longest_fn[1]} ({longest_fn[0]} lines)")
    for o in over:
        print("OVER", o)
    print(f"{len(over)} over the bar" if over else "every file and function within the bar")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
