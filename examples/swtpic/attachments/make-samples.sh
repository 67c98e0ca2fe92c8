#!/bin/sh
# Makes the SAMPLE attachments of the worked example's May 22, 2017 meeting (invented material, marked as such on
# every page) with Clerk's own PDF renderer (tagged, PDF/A-1b and PDF/UA-1, Liberation Sans embedded), from the
# shaded clerk.jar. Run from the repository root:
#   examples/swtpic/attachments/make-samples.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
jar="$root/cli/target/clerk.jar"
[ -f "$jar" ] || (cd "$root" && mvn -B -q -DskipTests package -pl cli -am)
java -cp "$jar" "$here/MakeSamples.java" "$here"
ls -l "$here"/*.pdf
