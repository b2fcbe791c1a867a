#!/usr/bin/env python3
"""Time split of one instrumented `mvn jbake:generate` run, from its time-stamped log.

usage: split.py LOG START END PREFIX

LOG: Maven's output with -Dorg.slf4j.simpleLogger.showDateTime=true,
     -Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS and org.jbake.* at info.
START, END: epoch seconds just before mvn was started and just after it exited.
Prints `PREFIX.<part>_s: seconds` lines:
  maven_start   JVM start to Maven's first log line (absent with -q: then counted in plugin_load)
  plugin_load   to JBake's "Baking has started"
  db_start      to the first "Processing [" line (OrientDB start, template engines, extractors)
  crawl         to the first "Rendering" line (parse every file into the database)
  render        to "Baking finished!", split into:
    render.documents  content pages and the site files (feed, search index, sitemap, archive),
                      which the extension renders on the same threads: the first "Rendering"
                      line to the last one
    render.assets     from there to the end of baking (copying assets/)
  shutdown      "Baking finished!" to the end of the process
"""
import datetime
import re
import sys

STAMP = re.compile(r"^(?:\x1b\[[0-9;]*m)*(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}) \[\w+\] (.*)$")


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    log, start, end, prefix = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
    lines = []
    with open(log, encoding="utf-8", errors="replace") as f:
        for raw in f:
            m = STAMP.match(raw.rstrip("\n"))
            if m:
                t = datetime.datetime.strptime(m.group(1), "%Y-%m-%dT%H:%M:%S.%f").timestamp()
                lines.append((t, m.group(2)))
    if not lines:
        sys.exit("split.py: no time-stamped lines in " + log)

    def first(pred):
        return next(((t, i) for i, (t, msg) in enumerate(lines) if pred(msg)), (None, None))

    def last(pred):
        return next(((lines[i][0], i) for i in range(len(lines) - 1, -1, -1) if pred(lines[i][1])), (None, None))

    baking, _ = first(lambda m: m.startswith("Baking has started"))
    processing, _ = first(lambda m: m.startswith("Processing ["))
    rendering, first_doc = first(lambda m: m.startswith("Rendering"))
    last_doc_t, last_doc = last(lambda m: m.startswith("Rendering"))
    finished, fin = first(lambda m: m.startswith("Baking finished"))
    if None in (baking, processing, rendering, finished):
        sys.exit("split.py: JBake's info lines are missing from %s (is org.jbake.* at info?)" % log)
    maven_first = lines[0][0] if lines[0][0] < baking and not lines[0][1].startswith("Baking") else None

    out = []
    if maven_first is not None:
        out.append(("maven_start", maven_first - start))
        out.append(("plugin_load", baking - maven_first))
    else:
        out.append(("maven_start_and_plugin_load", baking - start))
    out.append(("db_start", processing - baking))
    out.append(("crawl", rendering - processing))
    out.append(("render", finished - rendering))
    out.append(("render.documents", last_doc_t - rendering))
    out.append(("render.assets", finished - last_doc_t))
    out.append(("shutdown", end - finished))
    out.append(("total", end - start))
    for name, seconds in out:
        print("%s.%s_s: %.2f" % (prefix, name, max(seconds, 0.0)))


if __name__ == "__main__":
    main()
