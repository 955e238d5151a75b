#!/usr/bin/env bash
# Regenerates each fixture's plan.json with the real terraform (1.11) and AWS provider (5.100), offline:
#   test/templates/inputs/terraform/generate.sh [PLUGIN_DIR]   (default /opt/tf-plugins)
# Each folder here with a main.tf is planned in a scratch copy (fake static credentials, no API calls: see the
# provider block), then `terraform show -json` writes plan.json beside main.tf. Tests read the committed JSON and
# never need terraform. Review the diff after a terraform or provider upgrade.
set -euo pipefail
cd "$(dirname "$0")"
plugins=${1:-/opt/tf-plugins}
export TF_CLI_CONFIG_FILE=/dev/null TF_IN_AUTOMATION=1 CHECKPOINT_DISABLE=1
for dir in */; do
  dir=${dir%/}
  [ -f "$dir/main.tf" ] || continue
  work=$(mktemp -d)
  cp -r "$dir"/. "$work"/
  rm -f "$work/plan.json"
  terraform -chdir="$work" init -input=false -plugin-dir="$plugins" >/dev/null
  terraform -chdir="$work" plan -input=false -refresh=false -out=plan.out >/dev/null
  # Pretty-printed, so that a diff of the fixture is readable; `timestamp` removed and `relevant_attributes` (listed
  # in no fixed order) sorted, so that it is stable.
  terraform -chdir="$work" show -json plan.out | node -e '
    let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => {
      const plan = JSON.parse(s); delete plan.timestamp;
      plan.relevant_attributes?.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      process.stdout.write(JSON.stringify(plan, null, 1) + "\n");
    });' > "$dir/plan.json"
  rm -rf "$work"
  echo "$dir/plan.json"
done
