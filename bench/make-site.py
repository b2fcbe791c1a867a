#!/usr/bin/env python3
"""Make a synthetic copy of the Upper Back project for the scale benchmark.

usage: make-site.py PROJECT DEST N [--stock]

Copies pom.xml, jbake.properties, templates/, assets/, data/, .mvn/, src/ and the non-exercise
pages of content/ from PROJECT into DEST, then writes N exercise pages made from the real ones
(rotating through them): unique file names and titles ("Row 0042"), unique `order`, the rest of
the header (muscles, equipment, difficulty...) unchanged, so every value stays valid, and the body
with one sentence added that makes it unique.
The already-built extension jar (PROJECT/target/upper-back-bake.jar) is copied to DEST/target/,
and the class-data sharing archive (PROJECT/target/cds/maven.jsa) when there is one.

--stock: JBake's own renderers instead ("before"): no extension jar, and the jbake-maven-plugin's
<dependencies> block removed from the copied pom.xml.
"""
import pathlib
import re
import shutil
import sys


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    stock = "--stock" in sys.argv[1:]
    if len(args) != 3:
        sys.exit(__doc__)
    src, dest, n = pathlib.Path(args[0]), pathlib.Path(args[1]), int(args[2])
    dest.mkdir(parents=True, exist_ok=True)
    for f in ["pom.xml", "jbake.properties"]:
        shutil.copy2(src / f, dest / f)
    for d in ["templates", "assets", "data", ".mvn", "src"]:
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
        # Every body differs, as real pages do: identical bodies would let the Markdown cache convert
        # each of the few originals once and flatter the figures.
        body = body.rstrip("\n") + "\n\nSynthetic copy %s, for the build benchmark.\n" % number
        name = "%s-%s.md" % (stem, number)
        (dest / "content" / "exercises" / name).write_text(header + "~~~~~~" + body, encoding="utf-8")

    (dest / "target").mkdir(exist_ok=True)
    pom = dest / "pom.xml"
    if stock:
        text = pom.read_text(encoding="utf-8")
        start = text.index("<artifactId>jbake-maven-plugin</artifactId>")
        end = text.index("</plugin>", start)
        block = re.compile(r"\s*<dependencies>.*?</dependencies>", re.S)
        section, count = block.subn("", text[start:end], count=1)
        if count != 1:
            sys.exit("no <dependencies> block in the jbake-maven-plugin of " + str(pom))
        pom.write_text(text[:start] + section + text[end:], encoding="utf-8")
    else:
        shutil.copy2(src / "target" / "upper-back-bake.jar", dest / "target" / "upper-back-bake.jar")
    # The class-data sharing archive .mvn/jvm.config names, as the copy's own first build would make it.
    cds = src / "target" / "cds" / "maven.jsa"
    if cds.exists():
        (dest / "target" / "cds").mkdir(parents=True, exist_ok=True)
        shutil.copy2(cds, dest / "target" / "cds" / "maven.jsa")


if __name__ == "__main__":
    main()
