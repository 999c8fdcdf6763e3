#!/usr/bin/env bash
# Regenerates data/sample (the made-up company Acme) from its seed. Same seed, same bytes: the test
# SampleWorkspaceTest fails when the committed sample and the generator disagree.
# The generator uses only the JDK, so it runs with Java's source launcher; no build needed.
set -euo pipefail
root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exec java "$root/metrics-report/src/test/java/dev/onboardingcost/report/sample/SampleWorkspaceGenerator.java" \
  "${1:-$root/data/sample}"
