#!/usr/bin/env bash
# Renders the README's screenshots: the first page of the worked example's minutes, agenda and (once
# `clerk build` makes it) agenda packet, as small PNGs in docs/img/. Needs pdftoppm (poppler-utils); the
# Word agenda is converted with LibreOffice (soffice) when it is installed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
img="$here/docs/img"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
mkdir -p "$img"

"$here/clerk" build "$here/examples/swtpic" --out "$out" --force --quiet

# shot PDF NAME: the first page of PDF, at 50 dpi, as docs/img/NAME.png
shot() {
  pdftoppm -png -r 50 -f 1 -l 1 -singlefile "$1" "$img/$2"
  echo "wrote docs/img/$2.png"
}

shot "$out/2017-03-27-minutes.pdf" minutes-2017-03-27
for packet in "$out"/*-packet.pdf; do
  [ -f "$packet" ] && shot "$packet" "$(basename "$packet" .pdf)"
done
if [ -f "$out/2017-05-22-agenda.pdf" ]; then
  shot "$out/2017-05-22-agenda.pdf" agenda-2017-05-22
elif command -v soffice >/dev/null; then
  soffice --headless "-env:UserInstallation=file://$out/lo" --convert-to pdf --outdir "$out" \
    "$out/2017-05-22-agenda.docx" >/dev/null 2>&1
  shot "$out/2017-05-22-agenda.pdf" agenda-2017-05-22
fi
