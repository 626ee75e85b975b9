#!/bin/sh
# The property tests with the "thorough" Hypothesis profile (2,000 examples a test instead of
# the CI's 40): run before a release, or after changing the cleaner, splitter or scorers.
# Extra pytest arguments pass through, e.g. `bench/properties_thorough.sh -k cli -x`.
cd "$(dirname "$0")/.." || exit 1
HYPOTHESIS_PROFILE=thorough exec python -m pytest -q -p no:cacheprovider tests/test_properties.py "$@"
