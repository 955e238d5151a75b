#!/usr/bin/env bash
# Regenerates serverless-qldb-four-violations.json: what the Serverless Framework (v3) deploys for
# ../serverless/qldb-four-violations/serverless.yml — the template `sls package` writes as
# .serverless/cloudformation-template-update-stack.json. Needs the npm registry (not the tests: they read the
# committed JSON). Fake credentials: packaging calls no AWS API.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work=$(mktemp -d)
cd "$work"
npm install --no-audit --no-fund serverless@3 serverless-cloudformation-sub-variables >/dev/null
cp -r "$here/../serverless/qldb-four-violations" svc
cd svc
ln -s ../node_modules node_modules
SLS_TELEMETRY_DISABLED=1 SLS_NOTIFICATIONS_MODE=off AWS_ACCESS_KEY_ID=AKIAEXAMPLEEXAMPLE00 AWS_SECRET_ACCESS_KEY=example \
  ../node_modules/.bin/sls package --stage dev --region eu-west-1 >/dev/null
cp .serverless/cloudformation-template-update-stack.json "$here/serverless-qldb-four-violations.json"
rm -rf "$work"
echo "$here/serverless-qldb-four-violations.json"
