#!/usr/bin/env bash
# The .deb's round trip on Debian 12, as a new user meets it: apt-get install the package, start the installed
# launcher's command line to make a library, then open that library from the desktop with an empty home folder
# under Xvfb (xdg-open, through the desktop entry and MIME type the package registered): the first-start question,
# then the window naming that library; quit with Ctrl+Q, then apt-get remove the package and find nothing of it
# left in /opt, the menus or the icon theme. It also proves the start-up archive (class-data sharing) made at
# install time is used: -Xshare:on refuses to start when the archive does not fit.
#
# Usage, as root:  packaging/linux/deb-roundtrip.sh target/installer/newsdesk_*.deb
# Run by DebRoundTripIT (mvn -B verify as root on Debian). Installs the tools it needs if they are missing:
# xvfb xdotool xdg-utils libfile-mimeinfo-perl shared-mime-info desktop-file-utils.
set -euo pipefail

started=$(date +%s)
fail() { echo "deb round trip failed: $*" >&2; exit 1; }
say() { printf '[%4ds] %s\n' "$(( $(date +%s) - started ))" "$*"; }

[ $# -eq 1 ] && [ -f "$1" ] || fail "give the .deb to test (usage: $0 newsdesk_VERSION_ARCH.deb)."
deb=$(realpath "$1")
[ "$(id -u)" = 0 ] || fail "run it as root: it installs and removes a package."
command -v apt-get >/dev/null && command -v dpkg >/dev/null || fail "it needs Debian's apt-get and dpkg."
installed() { # true while dpkg has the package unpacked (removed packages keep only a "config-files" record)
    case "$(dpkg-query -W -f='${db:Status-Status}' newsdesk 2>/dev/null)" in
        ""|not-installed|config-files) return 1 ;;
        *) return 0 ;;
    esac
}
if installed || [ -e /opt/newsdesk ]; then
    fail "Newsdesk is already installed here (/opt/newsdesk): remove it first, this test starts from none."
fi

export DEBIAN_FRONTEND=noninteractive
apt_install() {
    apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "$@" >/dev/null 2>&1 \
        || { apt-get -o DPkg::Lock::Timeout=600 update -qq >/dev/null 2>&1 && apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "$@" >/dev/null; }
}
tools=()
for pair in Xvfb:xvfb xdotool:xdotool xdg-open:xdg-utils mimetype:libfile-mimeinfo-perl \
            update-mime-database:shared-mime-info update-desktop-database:desktop-file-utils; do
    command -v "${pair%%:*}" >/dev/null || tools+=("${pair#*:}")
done
if [ ${#tools[@]} -gt 0 ]; then
    say "installing the test's tools: ${tools[*]}"
    apt_install "${tools[@]}" || fail "could not install ${tools[*]}."
fi

work=$(mktemp -d)
opt_before=$(ls -A /opt)
app_pid=""
xvfb_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    if installed; then apt-get -o DPkg::Lock::Timeout=600 remove -y -qq newsdesk >/dev/null 2>&1 || true; fi
    dpkg --purge newsdesk >/dev/null 2>&1 || true # the "config-files" record a removal keeps
    rm -rf "$work"
}
trap cleanup EXIT

# ---- install
say "apt-get install $(basename "$deb")"
t=$(date +%s)
apt_install "$deb" || fail "apt-get could not install $(basename "$deb") and what it depends on."
say "installed in $(( $(date +%s) - t )) s: $(du -sh /opt/newsdesk | cut -f1) in /opt/newsdesk"
launcher=/opt/newsdesk/bin/Newsdesk
[ -x "$launcher" ] || fail "$launcher is missing after the install."
[ -f /usr/share/applications/newsdesk-Newsdesk.desktop ] || fail "no desktop entry in /usr/share/applications."

# ---- the command line, with the start-up archive (-Xshare:on makes an archive that does not fit a fatal error),
#      makes the library the desktop opens below
library="$work/documents/Round trip.newsdesk"
mkdir -p "$work/cli-home" "$work/documents"
HOME="$work/cli-home" JAVA_TOOL_OPTIONS="-Xshare:on -Xlog:cds=info:file=$work/cds.log" \
    "$launcher" new --headline "Opened from the file manager" --library "$library" >"$work/cli.out" 2>&1 \
    || fail "the installed launcher does not make a library with its class-data-sharing archive: $(tail -3 "$work/cli.out")"
grep -q "Opened archive /opt/newsdesk/lib/app/newsdesk.jsa" "$work/cds.log" \
    || fail "the launcher did not open /opt/newsdesk/lib/app/newsdesk.jsa."
say "the installed launcher uses its start-up archive /opt/newsdesk/lib/app/newsdesk.jsa ($(du -h /opt/newsdesk/lib/app/newsdesk.jsa | cut -f1))"

# ---- a display, and a person's eyes and hands on it
Xvfb -displayfd 5 -nolisten tcp -screen 0 1280x800x24 5>"$work/display" 2>/dev/null &
xvfb_pid=$!
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || fail "Xvfb did not start."
display=":$(tr -d '\n' < "$work/display")"

await_window() { # regex timeout -> prints the window id
    local deadline=$(( $(date +%s) + $2 )) id
    while [ "$(date +%s)" -lt "$deadline" ]; do
        id=$(DISPLAY=$display xdotool search --onlyvisible --name "$1" 2>/dev/null | head -1 || true)
        [ -n "$id" ] && { echo "$id"; return 0; }
        sleep 0.2
    done
    return 1
}
await_title() { # window regex timeout -> prints the title
    local deadline=$(( $(date +%s) + $3 )) title=""
    while [ "$(date +%s)" -lt "$deadline" ]; do
        title=$(DISPLAY=$display xdotool getwindowname "$1" 2>/dev/null || true)
        [[ "$title" =~ $2 ]] && { echo "$title"; return 0; }
        sleep 0.2
    done
    echo "$title"
    return 1
}
as_user() { # runs a command as a person with an empty home folder would, on the display
    env -i HOME="$work/home" DISPLAY="$display" PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 "$@"
}
quit_app() {
    DISPLAY=$display xdotool windowfocus --sync "$1" key --clearmodifiers ctrl+q
    for _ in $(seq 300); do kill -0 "$app_pid" 2>/dev/null || { app_pid=""; return 0; }; sleep 0.1; done
    fail "Newsdesk did not quit on Ctrl+Q within 30 s."
}
mkdir -p "$work/home"

# ---- the desktop knows the package's file types and that Newsdesk opens them
type=$(as_user xdg-mime query filetype "$library")
[ "$type" = application/x-newsdesk-library ] || fail "xdg-mime sees \"$type\" for a .newsdesk file."
handler=$(as_user xdg-mime query default application/x-newsdesk-library)
[ "$handler" = newsdesk-Newsdesk.desktop ] || fail "the default application for .newsdesk files is \"$handler\"."
touch "$work/documents/reply.newsdesk-review"
type=$(as_user xdg-mime query filetype "$work/documents/reply.newsdesk-review")
[ "$type" = application/x-newsdesk-review ] || fail "xdg-mime sees \"$type\" for a .newsdesk-review file."

# ---- a first start, empty home, from the desktop: xdg-open follows the package's MIME type and desktop entry to
#      the installed launcher; the first-start question, then the window on that library, named in its title
t=$(date +%s)
as_user xdg-open "$library" >"$work/open.out" 2>&1 &
welcome=$(await_window '^Welcome to Newsdesk$' 180) || fail "xdg-open \"$library\": no first-start question within 180 s: $(tail -5 "$work/open.out")"
app_pid=$(pgrep -f '^/opt/newsdesk/bin/Newsdesk' | head -1 || true)
[ -n "$app_pid" ] || fail "xdg-open did not start /opt/newsdesk/bin/Newsdesk."
DISPLAY=$display xdotool windowfocus --sync "$welcome" key --clearmodifiers Return
window=$(await_window '^Newsdesk' 180) || fail "no Newsdesk window within 180 s after the question."
say "first start from the desktop, empty home: the window is up $(( $(date +%s) - t )) s after xdg-open"
title=$(await_title "$window" '^Newsdesk — Opened from the file manager — Round trip\.newsdesk$' 180) \
    || fail "opened by xdg-open, the window's title is \"$title\"."
say "  titled \"$title\" after $(( $(date +%s) - t )) s"
quit_app "$window"

# ---- remove: nothing left in /opt, the menus or the icon theme
t=$(date +%s)
apt-get -o DPkg::Lock::Timeout=600 remove -y -qq newsdesk >/dev/null || fail "apt-get remove newsdesk failed."
say "removed in $(( $(date +%s) - t )) s"
[ ! -e /opt/newsdesk ] || fail "/opt/newsdesk is still there after the removal: $(find /opt/newsdesk | head -5)"
[ "$(ls -A /opt)" = "$opt_before" ] || fail "/opt changed: $(ls -A /opt)"
[ ! -e /usr/share/applications/newsdesk-Newsdesk.desktop ] || fail "the desktop entry is still installed."
left=$(find /usr/share/icons /usr/share/mime/packages -name 'newsdesk*' -o -name 'application-x-newsdesk*' 2>/dev/null)
[ -z "$left" ] || fail "left behind: $left"
say "deb round trip OK: installed, started, opened a library from the desktop, removed leaving nothing"
