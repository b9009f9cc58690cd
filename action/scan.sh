#!/usr/bin/env bash
# leakguard's GitHub Action: the scan step. Runs the bundled CLI of the action's checkout
# with node (nothing installed), writes `exit-code` and `summary` to $GITHUB_OUTPUT and
# always exits 0 (the job fails in a later step, after the SARIF upload and the summary).
#
# Inputs (environment; never interpolated into this script's text):
#   REVS      revisions from range.sh (git revisions hold no whitespace: split on it, no globbing)
#   ARGS      more arguments for `leakguard history`, ONE PER LINE (kept whole: no splitting, no globbing)
#   FORMAT    log format; SARIF: the SARIF file to write
#   EVENT_NAME, REPOSITORY, HEAD_REPO (the pull request's head repository), ALLOW_JS_CONFIG
set -uo pipefail

bin="$GITHUB_ACTION_PATH/bin/leakguard.js"
summary="${RUNNER_TEMP:-/tmp}/leakguard-summary.md"
out="${GITHUB_OUTPUT:-/dev/stdout}"

read -r -a revs <<<"${REVS:-}"
args=()
while IFS= read -r line; do
  line="${line#"${line%%[![:space:]]*}"}"
  line="${line%"${line##*[![:space:]]}"}"
  [ -n "$line" ] && args+=("$line")
done <<<"${ARGS:-}"

# Code nobody reviewed: pull_request_target (runs with the base repository's token and
# secrets) and a pull request from a fork. leakguard then loads no JavaScript from the
# checked-out tree (a leakguard.config.js, a formatter module): JSON and YAML only.
untrusted=false
case "${EVENT_NAME:-}" in
  pull_request_target) untrusted=true ;;
  pull_request | pull_request_review | pull_request_review_comment)
    if [ -n "${HEAD_REPO:-}" ] && [ "${HEAD_REPO}" != "${REPOSITORY:-}" ]; then untrusted=true; fi
    ;;
esac
if [ "$untrusted" = true ] && [ "${ALLOW_JS_CONFIG:-false}" != true ]; then
  export LEAKGUARD_NO_JS=1
  echo "leakguard: code from a fork or pull_request_target: JavaScript configs and formatters are not loaded (JSON/YAML only)" >&2
fi

node "$bin" history "${revs[@]}" --format "${FORMAT:-github}" \
  --report "sarif=${SARIF:-leakguard.sarif}" --report "markdown=$summary" "${args[@]}"
code=$?
echo "exit-code=$code" >>"$out"
echo "summary=$summary" >>"$out"
exit 0
