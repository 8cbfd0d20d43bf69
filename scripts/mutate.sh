#!/bin/sh
# Mutation testing (see scripts/mutate.py for the options): applies each one-line mutation of the
# catalogue scripts/mutations.tsv to a copy of the tree, builds it and runs the suite.
exec /usr/bin/python3 "$(dirname "$0")/mutate.py" "$@"
