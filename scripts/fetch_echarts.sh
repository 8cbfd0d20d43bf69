#!/usr/bin/env bash
# Fetches Apache ECharts from the npm registry into web/vendor/echarts and checks it against the
# SHA-256 recorded in web/vendor/echarts/SHA256SUMS (the copy kept in the repository is what the
# program serves; run this to prove it is npm's, or, with a new version and SHA256SUMS, to update it).
# usage: scripts/fetch_echarts.sh [VERSION]   (default: the version in web/vendor/echarts/VERSION)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=web/vendor/echarts
version="${1:-$(cat "$dir/VERSION")}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "echarts@$version" >/dev/null && tar xzf "echarts-$version.tgz" package/dist/echarts.min.js package/LICENSE package/NOTICE)
(cd "$tmp/package/dist" && sha256sum -c "$OLDPWD/$dir/SHA256SUMS")
cp "$tmp/package/dist/echarts.min.js" "$tmp/package/LICENSE" "$tmp/package/NOTICE" "$dir/"
echo "$version" > "$dir/VERSION"
echo "echarts $version: SHA-256 checked, copied into $dir"
