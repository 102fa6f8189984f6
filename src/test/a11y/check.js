#!/usr/bin/env node
// Runs axe-core on exported article pages in Debian's headless Chromium, once with the light and once with
// the dark colour scheme (prefers-color-scheme emulated), and lists every violation.
//
//   node check.js page.html [more.html ...]
//
// Exit status: 0 no violations, 1 violations found, 2 the check itself could not run.
// The browser is never downloaded: CHROMIUM (default /usr/bin/chromium) names the one to drive.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');
const puppeteer = require('puppeteer-core');
const axe = require('axe-core');

const SCHEMES = ['light', 'dark'];
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

async function main(files) {
  if (files.length === 0) {
    console.error('usage: node check.js page.html [more.html ...]');
    return 2;
  }
  for (const file of files) {
    if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) {
      console.error(`not a file: ${file}`);
      return 2;
    }
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-a11y-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: profile,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  let violations = 0;
  try {
    const page = await browser.newPage();
    // Exported pages must stand alone: anything not on disk (a web font, a remote picture) is refused.
    await page.setRequestInterception(true);
    page.on('request', (request) => (request.url().startsWith('file:') || request.url().startsWith('data:')
      ? request.continue() : request.abort()));
    for (const file of files) {
      for (const scheme of SCHEMES) {
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await page.goto(pathToFileURL(path.resolve(file)).href, { waitUntil: 'load' });
        if (!await page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme)) {
          throw new Error(`Chromium did not emulate prefers-color-scheme: ${scheme}`);
        }
        await page.evaluate(axe.source);
        const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
        const label = `${path.basename(file)} [${scheme}]`;
        for (const v of results.violations) {
          for (const node of v.nodes) {
            violations++;
            console.log(`VIOLATION ${label} ${v.id} (${v.impact}) at ${node.target.join(' ')}: ${v.help}`
              + ` <${v.helpUrl}>`);
            if (node.failureSummary) {
              console.log('  ' + node.failureSummary.replace(/\n/g, '\n  '));
            }
          }
        }
        if (results.violations.length === 0) {
          console.log(`ok ${label}`);
        }
      }
    }
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  console.log(`axe-core ${axe.version}: ${violations} violation(s) in ${files.length} page(s), light and dark`);
  return violations === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then((code) => process.exit(code), (error) => {
  console.error(`the accessibility check could not run: ${error.stack || error}`);
  process.exit(2);
});
