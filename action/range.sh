#!/usr/bin/env bash
# leakguard's GitHub Action: which commits to scan for this event, written to
# $GITHUB_OUTPUT as `revs=...` (revisions for `leakguard history`; empty: every ref) and
# `skip=true|false`. A shallow checkout is deepened first (actions/checkout fetches one
# commit unless told `fetch-depth: 0`), and a commit the range needs is fetched by sha.
#
# Inputs (environment): RANGE (an explicit range wins), EVENT_NAME, BEFORE, AFTER (push),
# BASE_SHA, HEAD_SHA (pull_request), DEFAULT_BRANCH, REMOTE (default origin).
set -euo pipefail

remote="${REMOTE:-origin}"
zero='0000000000000000000000000000000000000000'
out="${GITHUB_OUTPUT:-/dev/stdout}"

emit() {
  echo "revs=$1" >>"$out"
  echo "skip=$2" >>"$out"
  echo "leakguard: scanning ${1:-every ref}" >&2
}

have() { git cat-file -e "$1^{commit}" 2>/dev/null; }

need() {
  have "$1" && return 0
  git fetch --quiet --no-tags "$remote" "$1" 2>/dev/null || true
  have "$1"
}

# the default branch as a remote-tracking ref (a single-branch checkout lacks it)
default_branch() {
  have "refs/remotes/$remote/$DEFAULT_BRANCH" && return 0
  git fetch --quiet --no-tags "$remote" "+refs/heads/$DEFAULT_BRANCH:refs/remotes/$remote/$DEFAULT_BRANCH" 2>/dev/null || true
  have "refs/remotes/$remote/$DEFAULT_BRANCH"
}

if [ "$(git rev-parse --is-shallow-repository)" = true ]; then
  echo "::notice title=leakguard::shallow checkout: fetching the history leakguard needs (set fetch-depth: 0 on actions/checkout to skip this)"
  git fetch --quiet --no-tags --unshallow "$remote" || git fetch --quiet --no-tags --deepen=1000000 "$remote"
fi

if [ -n "${RANGE:-}" ]; then
  emit "$RANGE" false
  exit 0
fi

case "${EVENT_NAME:-}" in
  pull_request | pull_request_target | merge_group)
    if need "${BASE_SHA:-}" && need "${HEAD_SHA:-}"; then
      emit "$BASE_SHA..$HEAD_SHA" false
    else
      echo "::warning title=leakguard::base or head commit of the pull request not found: scanning every ref"
      emit "" false
    fi
    ;;
  push)
    if [ "${AFTER:-$zero}" = "$zero" ]; then
      emit "" true # a deleted branch: nothing to scan
    elif [ "${BEFORE:-$zero}" != "$zero" ] && need "$BEFORE"; then
      emit "$BEFORE..$AFTER" false
    elif [ -n "${DEFAULT_BRANCH:-}" ] && default_branch && [ "$(git rev-parse "refs/remotes/$remote/$DEFAULT_BRANCH")" != "$AFTER" ]; then
      # a new branch (or a force push whose old tip is gone): its commits not on the default branch
      emit "refs/remotes/$remote/$DEFAULT_BRANCH..$AFTER" false
    else
      emit "$AFTER" false
    fi
    ;;
  *)
    emit "" false # schedule, workflow_dispatch, ...: the whole history
    ;;
esac
