#!/bin/sh
# The pre-commit framework's pre-push hook (see .pre-commit-hooks.yaml). pre-commit reads
# the pushed refs from git itself and passes them here as variables, not on standard
# input: scan the commits FROM..TO, or, when none of the pushed branch is on the remote
# yet, the whole branch.
bin="$(dirname "$0")/../bin/leakguard.js"
if [ -n "${PRE_COMMIT_FROM_REF:-}" ] && [ -n "${PRE_COMMIT_TO_REF:-}" ]; then
  exec "$bin" history --quiet "$PRE_COMMIT_FROM_REF..$PRE_COMMIT_TO_REF"
fi
exec "$bin" history --quiet "${PRE_COMMIT_LOCAL_BRANCH:-HEAD}"
