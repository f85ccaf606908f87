#!/usr/bin/env bash
# Regenerates the territoires shipped with the program from the npm package @etalab/decoupage-administratif
# (the State's open-data team keeps it in step with the INSEE Code officiel géographique; 6.0.0 = COG 2026).
# Usage: scripts/territoires.sh [version]   (run from the project root; needs npm and cargo)
set -euo pipefail
version=${1:-6.0.0}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@etalab/decoupage-administratif@$version" >/dev/null)
cargo run --quiet -p socle --example build_territoires -- "$work"/etalab-decoupage-administratif-"$version".tgz \
  crates/socle/data/territoires.json.gz
