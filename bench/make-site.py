#!/usr/bin/env python3
"""Make a synthetic copy of the Upper Back project for the scale benchmark.

usage: make-site.py PROJECT DEST N

Copies pom.xml, jbake.properties, templates/, assets/, data/, .mvn/ and the non-exercise pages of
content/ from PROJECT into DEST, then writes N exercise pages made from the real ones (rotating
through them): unique file names and titles ("Row 0042"), unique `order`, the rest of the header
(muscles, equipment, difficulty...) unchanged, so every value stays valid, and the body with one
sentence added that makes it unique.
"""
import pathlib
import re
import shutil
import sys


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    src, dest, n = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
    dest.mkdir(parents=True, exist_ok=True)
    for f in ["pom.xml", "jbake.properties"]:
        shutil.copy2(src / f, dest / f)
    for d in ["templates", "assets", "data", ".mvn"]:
        shutil.copytree(src / d, dest / d, dirs_exist_ok=True)

    exercises = src / "content" / "exercises"
    originals = []
    for md in sorted((src / "content").rglob("*.md")):
        rel = md.relative_to(src / "content")
        text = md.read_text(encoding="utf-8")
        header = text.split("~~~~~~", 1)[0]
        if md.parent == exercises and re.search(r"^type=exercise\s*$", header, re.M):
            originals.append((md.stem, text))
            continue
        out = dest / "content" / rel
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(md, out)
    if not originals:
        sys.exit("no exercise pages found in " + str(exercises))

    (dest / "content" / "exercises").mkdir(parents=True, exist_ok=True)
    width = max(4, len(str(n)))
    for i in range(n):
        stem, text = originals[i % len(originals)]
        header, body = text.split("~~~~~~", 1)
        number = str(i).zfill(width)
        header = re.sub(r"^title=(.*)$", lambda m: "title=%s %s" % (m.group(1).strip(), number), header, count=1, flags=re.M)
        header = re.sub(r"^order=.*$", "order=%d" % (i + 1), header, count=1, flags=re.M)
        body = body.rstrip("\n") + "\n\nSynthetic copy %s, for the build benchmark.\n" % number
        name = "%s-%s.md" % (stem, number)
        (dest / "content" / "exercises" / name).write_text(header + "~~~~~~" + body, encoding="utf-8")


if __name__ == "__main__":
    main()
