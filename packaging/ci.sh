#!/usr/bin/env bash
# CI of the packaging on Debian: builds the Linux bundle (build.py runs its self-test and
# checks that no library is missing from it), runs the self-test again from outside the
# checkout, starts the app from the bundle offscreen, validates the desktop integration
# files as committed, as staged into the bundle and as installed by install.sh, and prints
# the build time. The Debian package is installed into this machine with dpkg, its
# self-test run from /usr/bin and the package removed again (as root; otherwise only its
# contents are checked). Exits non-zero on the first failure.
#
# The Debian packages it needs are listed in packaging/linux/ci-packages.txt; run as
# root, it installs the missing ones itself.
set -euo pipefail
cd "$(dirname "$0")/.."

APP_ID=io.github.aws_advisor.AwsAdvisor
LINUX=packaging/linux
BUNDLE=packaging/dist/aws-advisor
start=$(date +%s)

missing=()
while read -r pkg; do
    [[ -n "$pkg" ]] || continue
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$pkg")
done <"$LINUX/ci-packages.txt"
if ((${#missing[@]})); then
    if [[ $(id -u) != 0 ]]; then
        echo "packaging CI: missing Debian packages: ${missing[*]}" >&2
        exit 1
    fi
    echo "Installing Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Offscreen comes from the self-test itself: CI has no display, and QT_QPA_PLATFORM is
# deliberately left as the caller set it.
build_start=$(date +%s)
uv run --group packaging python packaging/build.py --deb
build_seconds=$(($(date +%s) - build_start))

# The bundle's file list: licence notices present, nothing the app does not need that the
# build machine happened to have (GTK theme plugin and libraries, EGLFS and other platforms).
for f in THIRD-PARTY-NOTICES.txt LGPL-3.0.txt GPL-3.0.txt LICENSE; do
    test -s "$BUNDLE/$f" || { echo "packaging CI: $f missing from the bundle" >&2; exit 1; }
done
grep -q "PySide6" "$BUNDLE/THIRD-PARTY-NOTICES.txt"
unwanted=$(cd "$BUNDLE" && find . \( -name 'libqgtk3*' -o -name 'libgtk-3*' -o -name 'libgdk-3*' \
    -o -name 'libqeglfs*' -o -path '*egldeviceintegrations*' \) -print)
if [[ -n "$unwanted" ]]; then
    echo "packaging CI: unwanted files in the bundle:" >&2
    echo "$unwanted" >&2
    exit 1
fi
echo "bundle: $(find "$BUNDLE" -type f | wc -l) files, $(du -sh "$BUNDLE" | cut -f1)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bundle_exe=$(realpath "$BUNDLE/aws-advisor")
(cd "$work" && "$bundle_exe" --self-test)
# The app itself starts from the bundle: the main window is painted once, offscreen, with
# throwaway settings and data folders.
mkdir -p "$work/home"
(cd "$work" && HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" \
    XDG_DATA_HOME="$work/home/data" XDG_CACHE_HOME="$work/home/cache" \
    QT_QPA_PLATFORM=offscreen timeout 120 \
    "$bundle_exe" --exit-after-first-paint --no-user-trees)
echo "bundle app start: main window painted"

# desktop-file-validate exits 0 on warnings: fail on anything but hints.
validate_desktop() {
    local output
    output=$(desktop-file-validate "$1" 2>&1) || { echo "$output"; return 1; }
    if grep -v '^[^:]*: hint: ' <<<"$output" | grep -q .; then
        echo "$output"
        return 1
    fi
    echo "desktop-file-validate: $1 OK"
}
# appstreamcli exits non-zero on warnings and errors; infos and pedantic notes pass. The
# pedantic notes left are explained in packaging/README.md.
validate_metainfo() {
    appstreamcli validate --pedantic --no-net "$1"
}

validate_desktop "$LINUX/$APP_ID.desktop"
validate_metainfo "$LINUX/$APP_ID.metainfo.xml"
validate_metainfo "$BUNDLE/share/metainfo/$APP_ID.metainfo.xml"

# install.sh into a staging root, then check what it installed.
root="$work/root"
DESTDIR="$root" PREFIX=/usr/local "$BUNDLE/install.sh"
share="$root/usr/local/share"
validate_desktop "$share/applications/$APP_ID.desktop"
grep -qx "Exec=/usr/local/bin/aws-advisor %f" "$share/applications/$APP_ID.desktop"
validate_metainfo "$share/metainfo/$APP_ID.metainfo.xml"
for size in 16 24 32 48 64 128 256 512; do
    test -s "$share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
test -s "$share/icons/hicolor/scalable/apps/$APP_ID.svg"
test "$(readlink "$root/usr/local/bin/aws-advisor")" = /usr/local/lib/aws-advisor/aws-advisor
"$root/usr/local/lib/aws-advisor/aws-advisor" --version
update-mime-database "$share/mime"
grep -q "application/x-awsadvisor:\*\.awsadvisor" "$share/mime/globs2"
DESTDIR="$root" PREFIX=/usr/local "$BUNDLE/install.sh" --uninstall
if find "$root" -type f | grep -v "/share/mime/" | grep -q .; then
    echo "install.sh --uninstall left files behind:" >&2
    find "$root" -type f | grep -v "/share/mime/" >&2
    exit 1
fi

# The Debian package: what it holds, then installed, run and removed on this machine.
deb=$(ls packaging/dist/aws-advisor_*.deb)
grep -q "^ Depends: libc6 (>= " <<<"$(dpkg-deb --info "$deb")"
contents=$(dpkg-deb --contents "$deb")
for f in ./usr/bin/aws-advisor ./usr/lib/aws-advisor/aws-advisor \
    ./usr/lib/aws-advisor/THIRD-PARTY-NOTICES.txt ./usr/share/doc/aws-advisor/copyright \
    "./usr/share/applications/$APP_ID.desktop" "./usr/share/metainfo/$APP_ID.metainfo.xml" \
    "./usr/share/mime/packages/$APP_ID.xml" "./usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"; do
    grep -qF " $f" <<<"$contents" || { echo "packaging CI: $f missing from $deb" >&2; exit 1; }
done
if [[ $(id -u) == 0 ]]; then
    dpkg -i "$deb"
    (cd "$work" && /usr/bin/aws-advisor --self-test)
    validate_desktop "/usr/share/applications/$APP_ID.desktop"
    grep -qx "Exec=/usr/bin/aws-advisor %f" "/usr/share/applications/$APP_ID.desktop"
    validate_metainfo "/usr/share/metainfo/$APP_ID.metainfo.xml"
    grep -q "application/x-awsadvisor:\*\.awsadvisor" /usr/share/mime/globs2
    dpkg -r aws-advisor
    if [[ -e /usr/bin/aws-advisor || -e /usr/lib/aws-advisor ]] || dpkg -L aws-advisor >/dev/null 2>&1; then
        echo "packaging CI: dpkg -r aws-advisor left the program behind" >&2
        exit 1
    fi
    echo "deb: installed with dpkg -i, self-test passed from /usr/bin, removed with dpkg -r"
else
    echo "deb: not root, so $deb was checked but not installed"
fi

echo "packaging CI passed: bundle built in ${build_seconds} s, all checks in $(($(date +%s) - start)) s"
