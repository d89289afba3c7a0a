#!/bin/sh
# Install (or remove) the AWS Advisor Linux bundle and its desktop integration.
#
# Run it from the unpacked bundle folder (packaging/build.py copies it there):
#     ./install.sh              for you alone, below ~/.local (root: below /usr/local)
#     ./install.sh --uninstall  removes what it installed
# Environment: PREFIX (install below it instead), DESTDIR (stage into it, e.g. for a
# distribution package; the caches of the real system are then not updated).
#
# Installs PREFIX/lib/aws-advisor (the bundle with its licence notices), PREFIX/bin/aws-advisor (a link to it),
# the .desktop entry, the AppStream metainfo, the MIME type of .awsadvisor workshop files
# and the icons in the hicolor theme (PNG sizes and scalable SVG).
set -eu

APP_ID=io.github.aws_advisor.AwsAdvisor
here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)

if [ -z "${PREFIX:-}" ]; then
    if [ "$(id -u)" = 0 ]; then PREFIX=/usr/local; else PREFIX="$HOME/.local"; fi
fi
DESTDIR=${DESTDIR:-}
appdir="$PREFIX/lib/aws-advisor"
bindir="$PREFIX/bin"
share="$PREFIX/share"

refresh_caches() {
    [ -z "$DESTDIR" ] || return 0
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$share/mime" || true
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$share/applications" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t -f "$share/icons/hicolor" || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$DESTDIR$appdir"
    rm -f "$DESTDIR$bindir/aws-advisor" \
        "$DESTDIR$share/applications/$APP_ID.desktop" \
        "$DESTDIR$share/metainfo/$APP_ID.metainfo.xml" \
        "$DESTDIR$share/mime/packages/$APP_ID.xml" \
        "$DESTDIR$share/icons/hicolor/scalable/apps/$APP_ID.svg"
    for png in "$DESTDIR$share"/icons/hicolor/*/apps/"$APP_ID.png"; do
        rm -f "$png"
    done
    refresh_caches
    echo "AWS Advisor removed from $PREFIX"
    exit 0
elif [ $# -gt 0 ]; then
    echo "usage: $0 [--uninstall]" >&2
    exit 2
fi

if [ ! -x "$here/aws-advisor" ] || [ ! -d "$here/share" ]; then
    echo "install.sh: run me from the unpacked AWS Advisor bundle folder" >&2
    exit 1
fi

# The bundle, replacing an older one.
rm -rf "$DESTDIR$appdir"
mkdir -p "$DESTDIR$appdir" "$DESTDIR$bindir"
cp -R "$here/aws-advisor" "$here/_internal" "$DESTDIR$appdir/"
# The licence and the third-party notices (Qt and PySide6 are LGPL-3.0) go with the program.
for notice in LICENSE THIRD-PARTY-NOTICES.txt LGPL-3.0.txt GPL-3.0.txt; do
    if [ -f "$here/$notice" ]; then cp "$here/$notice" "$DESTDIR$appdir/"; fi
done
ln -sf "$appdir/aws-advisor" "$DESTDIR$bindir/aws-advisor"

# Desktop integration: the entry starts the installed program by its full path, so it
# works even where PREFIX/bin is not on the desktop session's PATH.
case "$bindir" in
    *[[:space:]]*) exec_path="\"$bindir/aws-advisor\"" ;;
    *) exec_path="$bindir/aws-advisor" ;;
esac
mkdir -p "$DESTDIR$share/applications" "$DESTDIR$share/metainfo" "$DESTDIR$share/mime/packages"
exec_sed=$(printf '%s' "$exec_path" | sed 's/[&|\\]/\\&/g')
sed "s|^Exec=aws-advisor |Exec=$exec_sed |" "$here/share/applications/$APP_ID.desktop" \
    >"$DESTDIR$share/applications/$APP_ID.desktop"
cp "$here/share/metainfo/$APP_ID.metainfo.xml" "$DESTDIR$share/metainfo/"
cp "$here/share/mime/packages/$APP_ID.xml" "$DESTDIR$share/mime/packages/"
for icon_dir in "$here"/share/icons/hicolor/*/apps; do
    size=$(basename "$(dirname "$icon_dir")")
    mkdir -p "$DESTDIR$share/icons/hicolor/$size/apps"
    cp "$icon_dir"/* "$DESTDIR$share/icons/hicolor/$size/apps/"
done
refresh_caches

echo "AWS Advisor installed: $appdir"
echo "Start it from the applications menu or with: $bindir/aws-advisor"
