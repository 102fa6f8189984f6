#!/usr/bin/env bash
# Makes docs/screenshots/*.png from the real window under Xvfb (apt-get install xvfb libgtk-3-0 fonts-noto-core).
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q test-compile
cp=$(mvn -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
display=:97
Xvfb "$display" -screen 0 1440x900x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb' EXIT
sleep 1
DISPLAY=$display java -cp "target/classes:target/test-classes:$cp" org.newsdesk.ui.ScreenshotTour docs/screenshots
DISPLAY=$display java -cp "target/classes:target/test-classes:$cp" org.newsdesk.ui.TableScreenshot docs/screenshots
DISPLAY=$display java -cp "target/classes:target/test-classes:$cp" org.newsdesk.ui.TranslationScreenshots docs/screenshots
DISPLAY=$display java -cp "target/classes:target/test-classes:$cp" org.newsdesk.ui.TranslationScreenshots docs/screenshots ar
DISPLAY=$display java -cp "target/classes:target/test-classes:$cp" org.newsdesk.ui.InterfaceScreenshots docs/screenshots
