#!/bin/sh
# leakguard in a GitLab CI job (see the README's GitLab CI section): which commits to scan,
# the scan, and the reports, written whatever the outcome.
#
# Range: a merge request pipeline scans CI_MERGE_REQUEST_DIFF_BASE_SHA..CI_COMMIT_SHA; a push
# CI_COMMIT_BEFORE_SHA..CI_COMMIT_SHA; a new branch (before is all zeros), or a force push
# whose old tip is gone, the branch's own commits: CI_DEFAULT_BRANCH..CI_COMMIT_SHA (the
# default branch is fetched: GitLab fetches only the pipeline's branch); the default branch
# itself with no usable before-sha, its whole history. Never a revision git does not have,
# so never exit code 2 for that.
# Reports: gl-secret-detection-report.json (artifacts:reports:secret_detection) and
# leakguard-junit.xml (artifacts:reports:junit); when leakguard fails before writing them
# (exit code 2: a bad config, ...), a report with status "failure" saying so.
# Arguments are passed on to `leakguard history` (e.g. --fail-on high).
set -u
zero=0000000000000000000000000000000000000000
report=gl-secret-detection-report.json
junit=leakguard-junit.xml
if [ -n "${LEAKGUARD:-}" ]; then lg="$LEAKGUARD"
elif [ -x ./node_modules/.bin/leakguard ]; then lg=./node_modules/.bin/leakguard
else lg=leakguard; fi

have() { git cat-file -e "$1^{commit}" 2>/dev/null; }
need() { have "$1" || git fetch -q --no-tags origin "$1" 2>/dev/null; have "$1"; }

base=''
if [ -n "${CI_MERGE_REQUEST_DIFF_BASE_SHA:-}" ] && need "$CI_MERGE_REQUEST_DIFF_BASE_SHA"; then
  base="$CI_MERGE_REQUEST_DIFF_BASE_SHA"
elif [ -n "${CI_COMMIT_BEFORE_SHA:-}" ] && [ "$CI_COMMIT_BEFORE_SHA" != "$zero" ] && need "$CI_COMMIT_BEFORE_SHA"; then
  base="$CI_COMMIT_BEFORE_SHA"
elif [ -n "${CI_DEFAULT_BRANCH:-}" ] && [ "${CI_COMMIT_BRANCH:-}" != "$CI_DEFAULT_BRANCH" ] &&
  git fetch -q --no-tags origin "+refs/heads/$CI_DEFAULT_BRANCH:refs/remotes/origin/$CI_DEFAULT_BRANCH" 2>/dev/null; then
  base="refs/remotes/origin/$CI_DEFAULT_BRANCH"
fi
if [ -n "$base" ]; then range="$base..$CI_COMMIT_SHA"; else range="$CI_COMMIT_SHA"; fi
echo "leakguard: scanning $range" >&2

rm -f "$report" "$junit"
started=$(date -u +%Y-%m-%dT%H:%M:%S)
"$lg" history "$range" --report "gitlab=$report" --report "junit=$junit" "$@"
code=$?
if [ ! -s "$report" ]; then
  version=$("$lg" --version 2>/dev/null || echo unknown)
  tool="{\"id\":\"leakguard\",\"name\":\"leakguard\",\"version\":\"$version\",\"vendor\":{\"name\":\"leakguard\"}}"
  printf '{"version":"15.2.1","scan":{"analyzer":%s,"scanner":%s,"type":"secret_detection","start_time":"%s","end_time":"%s","status":"failure","messages":[{"level":"fatal","value":"leakguard exited with code %s before writing its report: see the job log"}]},"vulnerabilities":[]}\n' \
    "$tool" "$tool" "$started" "$(date -u +%Y-%m-%dT%H:%M:%S)" "$code" >"$report"
fi
if [ ! -s "$junit" ]; then
  printf '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="leakguard" tests="1" failures="0" errors="1"><testsuite name="leakguard" tests="1" failures="0" errors="1"><testcase name="leakguard history" classname="leakguard"><error message="leakguard exited with code %s: see the job log"/></testcase></testsuite></testsuites>\n' "$code" >"$junit"
fi
exit "$code"
