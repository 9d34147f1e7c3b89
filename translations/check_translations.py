#!/usr/bin/env python3
"""Checks that the committed translations are complete and current.

    check_translations.py [LUPDATE] [--strict]

Runs lupdate (default /usr/lib/qt6/bin/lupdate) over core/, ui/ and app/ into a temporary copy of
each translations/hindsight_*.ts, with the options the build uses (see app/CMakeLists.txt), and
fails (exit 1) if a message
  - is missing: the sources have a string the committed .ts does not,
  - is unfinished, or its translation (any plural form) is empty,
  - gains or loses a placeholder (%1..%9, %n; %L1 counts as %1) against its source,
  - gains or loses a keyboard accelerator (&x) against its source.
hindsight_de.ts holds every string; hindsight_en.ts (English is the source language) holds only the
plural forms, as lupdate -pluralonly writes them.

It also warns (and with --strict fails) about strings that will not be found at run time:
  - a tr() helper that translates in another context than the one lupdate files its strings under,
  - a literal in a tr()/translate() call that lupdate did not extract.

Exit 0 prints one line, e.g. "de: 265 of 265 translated; en: 5 of 5 plural forms".
Exit 2: lupdate could not be run.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS_DIR = os.path.join(ROOT, "translations")
SOURCE_DIRS = ["core", "ui", "app"]
# As in app/CMakeLists.txt: the .cpp and .h files, no locations, no obsolete entries.
LUPDATE_OPTIONS = ["-extensions", "cpp,h", "-no-obsolete"]
# The languages whose .ts holds only the plural forms (the source language).
PLURAL_ONLY = {"en"}

PLACEHOLDER = re.compile(r"%L?([1-9]|n)")
ACCELERATOR = re.compile(r"&(?!&)(?=\S)")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or "")))


def accelerators(text):
    return len(ACCELERATOR.findall((text or "").replace("&&", "")))


def short(text, width=90):
    text = (text or "").replace("\n", "\\n")
    return text if len(text) <= width else text[: width - 1] + "…"


class Message:
    def __init__(self, context, element):
        self.context = context
        self.source = element.findtext("source") or ""
        self.comment = element.findtext("comment") or ""
        self.numerus = element.get("numerus") == "yes"
        tr = element.find("translation")
        self.type = tr.get("type", "") if tr is not None else "unfinished"
        if tr is None:
            self.forms = []
        elif self.numerus:
            self.forms = [nf.text or "" for nf in tr.findall("numerusform")]
        else:
            self.forms = [tr.text or ""]
        self.locations = [(loc.get("filename"), int(loc.get("line", "0"))) for loc in element.findall("location")]

    @property
    def key(self):
        return (self.context, self.source, self.comment)

    def where(self):
        if not self.locations:
            return self.context
        path, line = self.locations[0]
        return "%s:%d (%s)" % (os.path.relpath(path, ROOT), line, self.context)


def read_ts(path):
    root = ET.parse(path).getroot()
    messages = []
    for context in root.findall("context"):
        name = context.findtext("name") or ""
        messages.extend(Message(name, m) for m in context.findall("message"))
    return root.get("language", ""), messages


def run_lupdate(lupdate, ts_path, plural_only):
    cmd = [lupdate, *SOURCE_DIRS, *LUPDATE_OPTIONS, "-locations", "absolute", "-ts", ts_path]
    if plural_only:
        cmd.append("-pluralonly")
    try:
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    except OSError as e:
        print("check_translations: cannot run %s: %s" % (lupdate, e), file=sys.stderr)
        sys.exit(2)
    if proc.returncode != 0:
        print("check_translations: %s failed:\n%s%s" % (" ".join(cmd), proc.stdout, proc.stderr), file=sys.stderr)
        sys.exit(2)


def check_file(lupdate, ts_name, tmp):
    """Returns (language, problems, translated, total, current messages)."""
    committed_path = os.path.join(TS_DIR, ts_name)
    language, committed = read_ts(committed_path)
    lang = language.split("_")[0] or ts_name[len("hindsight_"):-len(".ts")]
    plural_only = lang in PLURAL_ONLY
    work = os.path.join(tmp, ts_name)
    shutil.copyfile(committed_path, work)
    run_lupdate(lupdate, work, plural_only)
    _, current = read_ts(work)

    committed_by_key = {m.key: m for m in committed}
    problems = []
    translated = 0
    for m in current:
        old = committed_by_key.get(m.key)
        what = []
        if old is None:
            what.append("missing from %s" % ts_name)
        elif old.type in ("unfinished", "vanished", "obsolete"):
            what.append("unfinished")
        elif not old.forms or any(not f.strip() for f in old.forms):
            what.append("empty translation")
        else:
            for form in old.forms:
                if placeholders(form) != placeholders(m.source):
                    what.append("placeholders %s in translation “%s”, source has %s"
                                % (" ".join("%" + p for p in placeholders(form)) or "none", short(form, 60),
                                   " ".join("%" + p for p in placeholders(m.source)) or "none"))
                    break
                if accelerators(form) != accelerators(m.source):
                    what.append("accelerator (&) in translation “%s” does not match the source" % short(form, 60))
                    break
        if what:
            problems.append("  %s: “%s”: %s" % (m.where(), short(m.source), "; ".join(what)))
        else:
            translated += 1
    current_keys = {m.key for m in current}
    stale = [m for m in committed if m.key not in current_keys]
    return lang, problems, translated, len(current), current, stale, plural_only


# --- Run-time context checks (warnings) ----------------------------------------------------------

LITERAL = r'(?:u8)?"(?:[^"\\\n]|\\.)*"'
HELPER_LAMBDA = re.compile(r'auto\s+tr\s*=\s*\[[^\]]*\]\s*\([^)]*\)\s*\{\s*return\s+'
                           r'QCoreApplication::translate\(\s*"([^"]+)"\s*,\s*\w+\s*\)')
HELPER_FUNCTION = re.compile(r'QString\s+tr\s*\(\s*const\s+char\s*\*\s*\w+\s*\)\s*\{\s*return\s+'
                             r'QCoreApplication::translate\(\s*"([^"]+)"\s*,\s*\w+\s*\)')
BARE_TR = re.compile(r'(?<![\w:.>])tr\s*\(')
TR_CALLS = (re.compile(r'(?<![\w:.>])(?:tr|QT_TR_NOOP|QT_TR_N_NOOP)\s*\(\s*((?:' + LITERAL + r'\s*)+)'),
            re.compile(r'\b(?:translate|QT_TRANSLATE_NOOP|QT_TRANSLATE_N_NOOP)\s*\(\s*' + LITERAL
                       + r'\s*,\s*((?:' + LITERAL + r'\s*)+)'))
ESCAPES = {"n": "\n", "t": "\t", '"': '"', "'": "'", "\\": "\\"}


def unquote(literals):
    text = "".join(lit[lit.index('"') + 1:-1] for lit in re.findall(LITERAL, literals))
    return re.sub(r"\\(.)", lambda m: ESCAPES.get(m.group(1), m.group(0)), text)


def block_end(text, start):
    """The offset of the brace that closes the block around start."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth < 0:
                return i
    return len(text)


def runtime_warnings(messages):
    by_file = {}
    for m in messages:
        for path, line in m.locations:
            by_file.setdefault(os.path.realpath(path), []).append((line, m))
    extracted = {m.source for m in messages}
    warnings = []
    for directory in SOURCE_DIRS:
        for dirpath, _, files in os.walk(os.path.join(ROOT, directory)):
            for name in sorted(files):
                if not name.endswith((".cpp", ".h")):
                    continue
                path = os.path.realpath(os.path.join(dirpath, name))
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                lines = text.split("\n")
                rel = os.path.relpath(path, ROOT)
                # tr() helpers: lupdate files their strings under the enclosing class or namespace.
                for pattern, whole_file in ((HELPER_LAMBDA, False), (HELPER_FUNCTION, True)):
                    for h in pattern.finditer(text):
                        first = text.count("\n", 0, h.start()) + 1
                        # A lambda reaches to the end of the block it is defined in.
                        last = len(lines) if whole_file else \
                            text.count("\n", 0, block_end(text, text.index("}", h.end()) + 1)) + 1
                        wrong = {}
                        for line, m in by_file.get(path, []):
                            if first < line <= last and m.context != h.group(1) \
                                    and BARE_TR.search(" ".join(lines[max(0, line - 2):line])):
                                wrong.setdefault(m.context, []).append(line)
                        for ctx, at in sorted(wrong.items()):
                            warnings.append("  %s:%d: tr() translates in context “%s”, but lupdate files %d string(s) "
                                            "(lines %s) under “%s”; they will show untranslated"
                                            % (rel, first, h.group(1), len(at), ", ".join(map(str, sorted(at))), ctx))
                # Literals in translation calls that lupdate did not pick up.
                for call in (c for pattern in TR_CALLS for c in pattern.finditer(text)):
                    source = unquote(call.group(1))
                    if source and source not in extracted:
                        line = text.count("\n", 0, call.start()) + 1
                        warnings.append("  %s:%d: lupdate did not extract “%s”" % (rel, line, short(source)))
    return warnings


def main(argv):
    for stream in (sys.stdout, sys.stderr):
        stream.reconfigure(errors="backslashreplace")
    strict = "--strict" in argv
    args = [a for a in argv if a != "--strict"]
    if any(a.startswith("-") for a in args) or len(args) > 1:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    lupdate = args[0] if args else "/usr/lib/qt6/bin/lupdate"

    ts_names = sorted(n for n in os.listdir(TS_DIR) if n.startswith("hindsight_") and n.endswith(".ts"))
    if not ts_names:
        print("check_translations: no translations/hindsight_*.ts", file=sys.stderr)
        return 1
    failed = False
    summary = []
    full_messages = []
    with tempfile.TemporaryDirectory(prefix="hindsight-ts-") as tmp:
        for ts_name in ts_names:
            lang, problems, done, total, current, stale, plural_only = check_file(lupdate, ts_name, tmp)
            if not plural_only:
                full_messages = current
            summary.append("%s: %d of %d %s" % (lang, done, total, "plural forms" if plural_only else "translated"))
            if problems:
                failed = True
                print("%s: %d of %d messages need work (fix them in translations/%s, after "
                      "`cmake --build BUILD --target update_translations`):" % (lang, total - done, total, ts_name))
                print("\n".join(problems))
            if stale:
                print("%s: warning: %d entr%s in %s no longer in the sources (update_translations drops them):"
                      % (lang, len(stale), "y" if len(stale) == 1 else "ies", ts_name))
                print("\n".join("  %s: “%s”" % (m.context, short(m.source)) for m in stale))
    warnings = runtime_warnings(full_messages)
    if warnings:
        print("warning: strings that will not be translated at run time:")
        print("\n".join(warnings))
        failed = failed or strict
    print("; ".join(summary))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
