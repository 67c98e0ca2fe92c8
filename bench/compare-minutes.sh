#!/usr/bin/env bash
# Times the whole process of `clerk minutes` against pandoc writing the same minutes (as Markdown) to .docx,
# and prints the ratio. Needs: java, pandoc, hyperfine, python3. Run from anywhere: bench/compare-minutes.sh
#
# The Markdown is pandoc's own reading of Clerk's .docx (made once, untimed), so both programs write the same
# content: headings, paragraphs, lists and the action-item table. Clerk's document carries more (styles, outline
# numbering, header, footer fields, watermark, properties); pandoc's is its default reference document.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$here/cli/target/clerk.jar"
meeting="$here/examples/swtpic/meetings/2017-03-27.yaml"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for tool in java pandoc hyperfine python3; do
  command -v "$tool" >/dev/null || { echo "compare-minutes: $tool is not installed" >&2; exit 2; }
done
if [ ! -f "$jar" ]; then
  (cd "$here" && mvn -q -B -DskipTests package -pl cli -am) >&2
fi

java -jar "$jar" minutes "$meeting" -o "$work/clerk.docx" >/dev/null
pandoc "$work/clerk.docx" -t markdown -o "$work/minutes.md"
# A class-data-sharing archive of the classes one run loads: what a packaged launcher could ship.
java -XX:ArchiveClassesAtExit="$work/clerk.jsa" -jar "$jar" minutes "$meeting" -o "$work/cds.docx" >/dev/null 2>&1

hyperfine --warmup 2 --runs "${RUNS:-10}" --export-json "$work/times.json" \
  -n "clerk minutes" "java -jar '$jar' minutes '$meeting' -o '$work/out.docx'" \
  -n "clerk minutes (AppCDS)" "java -XX:SharedArchiveFile='$work/clerk.jsa' -jar '$jar' minutes '$meeting' -o '$work/out2.docx'" \
  -n "pandoc md->docx" "pandoc '$work/minutes.md' -o '$work/pandoc.docx'"

python3 - "$work/times.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
clerk, cds, pandoc = r["clerk minutes"], r["clerk minutes (AppCDS)"], r["pandoc md->docx"]
for name, x in (("clerk minutes", clerk), ("clerk minutes (AppCDS)", cds), ("pandoc md->docx", pandoc)):
    print(f"{name:24} {x['mean']:.3f} s ± {x['stddev']:.3f} (median {x['median']:.3f} s)")
print(f"ratio clerk/pandoc (mean): {clerk['mean'] / pandoc['mean']:.1f}x")
print(f"ratio clerk with AppCDS/pandoc (mean): {cds['mean'] / pandoc['mean']:.1f}x")
PY
