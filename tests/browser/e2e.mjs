// End-to-end test of the analyst web page in Debian's headless Chromium.
//
//   cd tests/browser && npm install && BASE_URL=http://127.0.0.1:8080 node e2e.mjs
//
// Needs a running server at BASE_URL (default http://127.0.0.1:8080) and
// /usr/bin/chromium (apt-get install -y chromium). Env:
//   BASE_URL           server to test
//   REFERENCE_ARTICLE  the reference article (default <repo>/../shared/seeds/morocco-world-news-khiame.txt);
//                      when it is not there (a bare clone), the article shipped as the
//                      page's example (GET /v1/example) is analysed instead, with checks
//                      that hold for any article in place of the reference's four quotes
//   CHROMIUM           browser binary (default /usr/bin/chromium)
//   ANALYSE_TIMEOUT_MS how long one analysis may take (default 60000)
// Screenshots go to <repo>/target/browser/. Prints "N passed, N failed" last and
// exits non-zero when anything failed.
import { chromium } from 'playwright-core';
import { readFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const BASE_URL = (process.env.BASE_URL || 'http://127.0.0.1:8080').replace(/\/+$/, '');
const ORIGIN = new URL(BASE_URL).origin;
const ARTICLE_PATH = process.env.REFERENCE_ARTICLE ||
  path.resolve(repo, '..', 'shared', 'seeds', 'morocco-world-news-khiame.txt');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const TIMEOUT = Number(process.env.ANALYSE_TIMEOUT_MS || 60000);
const SHOTS = path.join(repo, 'target', 'browser');

// The four full direct quotes of the reference article, in document order.
const EXPECTED_FULL = [
  ['favor', 'would benefit the two countries'],
  ['favor', 'No one can ever convince me'],
  ['favor', 'We will surely not keep any secret'],
  ['against', 'fertile ground for terrorism'],
];
const EXPECTED_TOPICS = ['diplomacy', 'terrorism', 'trafficking'];

let passed = 0;
let failed = 0;
const pageErrors = [];
const foreignRequests = [];

async function test(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok - ${name}`);
  } catch (err) {
    failed++;
    const msg = (err && err.message ? err.message : String(err))
      .replace(/\x1b\[[0-9;]*m/g, '') // Playwright colours its call logs
      .split('\n').filter((l) => l.trim()).slice(0, 6).join('\n    ');
    console.log(`FAIL - ${name}\n    ${msg}`);
  }
}

function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}

function finish(code) {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(code ?? (failed ? 1 : 0));
}

// A hard stop so that a hung browser never hangs CI.
setTimeout(() => {
  failed++;
  console.log('FAIL - the whole run took longer than 5 minutes');
  finish(1);
}, 5 * 60 * 1000).unref();

function watch(page) {
  page.on('pageerror', (err) => pageErrors.push(String(err && err.message ? err.message : err)));
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return;
    if (new URL(url).origin !== ORIGIN) foreignRequests.push(url);
  });
}

function isClassify(res) {
  return new URL(res.url()).pathname === '/v1/classify' && res.request().method() === 'POST';
}

// Fills the article box, clicks Analyse and waits for the answer to be drawn.
async function analyse(page, text) {
  await page.locator('textarea').first().fill(text);
  const [res] = await Promise.all([
    page.waitForResponse(isClassify, { timeout: TIMEOUT }),
    page.getByRole('button', { name: 'Analyse', exact: true }).click(),
  ]);
  return res;
}

// Waits until quotes or the error box are shown; saves a screenshot either way when asked.
async function waitForQuotes(page, screenshot) {
  const either = page.locator('mark.quote:visible, #error:visible').first();
  await either.waitFor({ state: 'visible', timeout: TIMEOUT });
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
  if (await page.locator('#error').isVisible()) {
    throw new Error(`the page shows an error: ${(await page.locator('#error').innerText()).trim()}`);
  }
}

async function noHorizontalScroll(page) {
  return page.evaluate(() => {
    const d = document.documentElement;
    return { scrollWidth: d.scrollWidth, clientWidth: d.clientWidth, bodyScroll: document.body.scrollWidth };
  });
}

async function main() {
  let article;
  let reference = true;
  try {
    article = await readFile(ARTICLE_PATH, 'utf8');
  } catch (err) {
    reference = false;
    try {
      const res = await fetch(BASE_URL + '/v1/example');
      article = (await res.json()).text;
      console.log(`# ${ARTICLE_PATH} is not there: analysing the shipped example article`);
    } catch (e) {
      failed++;
      console.log(`FAIL - no reference article (${err.message}) and no example (${e.message})`);
      finish(1);
    }
  }
  await mkdir(SHOTS, { recursive: true });

  let browser;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  } catch (err) {
    failed++;
    console.log(`FAIL - launch ${CHROMIUM}: ${err.message.split('\n')[0]}`);
    finish(1);
  }

  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(TIMEOUT);
    const page = await context.newPage();
    watch(page);

    await test('the page loads with an article box, an Analyse button and a hidden error box', async () => {
      const res = await page.goto(BASE_URL + '/', { waitUntil: 'load' });
      assert(res && res.ok(), `GET / answered ${res && res.status()}`);
      await page.locator('textarea').first().waitFor({ state: 'visible' });
      await page.getByRole('button', { name: 'Analyse', exact: true }).waitFor({ state: 'visible' });
      const error = page.locator('#error');
      assert(await error.count() === 1, 'there is no #error element');
      assert(await error.getAttribute('role') === 'alert', '#error does not have role="alert"');
      assert(!(await error.isVisible()), '#error is visible before anything was done');
      assert(await page.locator('[role="status"], [aria-live]').count() > 0, 'there is no live region for status');
    });

    await test('"Load example" loads the shipped article and shows its title, link and licence', async () => {
      const res = await page.request.get(BASE_URL + '/v1/example');
      assert(res.status() === 200, `GET /v1/example answered ${res.status()}`);
      const example = await res.json();
      const button = page.getByRole('button', { name: 'Load example' });
      await button.waitFor({ state: 'visible', timeout: 5000 });
      const credit = page.locator('#example-credit');
      assert(!(await credit.isVisible()), 'the credit is shown before the example is loaded');
      await button.click();
      const value = await page.locator('textarea').first().inputValue();
      assert(value === example.text.replace(/\r\n?/g, '\n'), 'the article box does not hold the example after clicking');
      await credit.waitFor({ state: 'visible', timeout: 5000 });
      const text = await credit.innerText();
      assert(text.includes(example.title), `the credit does not name the title: ${text}`);
      assert(/Creative Commons Attribution 2\.5/.test(text), `the credit has no attribution: ${text}`);
      const hrefs = await credit.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert(hrefs.includes(example.url), `the credit does not link ${example.url}: ${JSON.stringify(hrefs)}`);
      await page.screenshot({ path: path.join(SHOTS, 'example.png'), fullPage: true });
      await page.locator('textarea').first().fill('something else');
      assert(!(await credit.isVisible()), 'the credit stays after the text was replaced');
    });

    await test('the stance legend lists the labels of GET /v1/models', async () => {
      const models = await (await page.request.get(BASE_URL + '/v1/models')).json();
      const legend = await page.locator('#legend li[data-stance]').evaluateAll((els) => els.map((e) => e.dataset.stance));
      assert(JSON.stringify(legend) === JSON.stringify(models.stance_labels),
        `legend ${JSON.stringify(legend)} vs stance_labels ${JSON.stringify(models.stance_labels)}`);
    });

    await test(reference
      ? 'analysing the reference article draws exactly four full quotes: favor, favor, favor, against'
      : 'analysing the example article draws every full quote the API finds, with its stance', async () => {
      const res = await analyse(page, article);
      if (!reference) {
        assert(res.status() === 200, `POST /v1/classify answered ${res.status()}`);
        const data = await res.json();
        await waitForQuotes(page, path.join(SHOTS, 'analysis.png'));
        const want = data.quotes.filter((q) => q.kind === 'full').map((q) => q.stance);
        const drawn = await page.locator('mark.quote.kind-full').evaluateAll((els) => els.map((e) => e.dataset.stance));
        assert(want.length >= 3, `the example has only ${want.length} full quotes`);
        assert(JSON.stringify(drawn) === JSON.stringify(want), `drawn ${JSON.stringify(drawn)}, API ${JSON.stringify(want)}`);
        return;
      }
      assert(res.status() === 200, `POST /v1/classify answered ${res.status()}: ${(await res.text()).slice(0, 200)}`);
      await waitForQuotes(page, path.join(SHOTS, 'analysis.png'));
      const full = await page.locator('mark.quote.kind-full').evaluateAll((els) => els.map((e) => ({
        text: e.textContent,
        stance: e.dataset.stance,
        kind: e.dataset.kind,
        classes: e.className,
      })));
      assert(full.length === 4, `expected 4 mark.quote.kind-full, found ${full.length}: ` +
        JSON.stringify(full.map((f) => [f.stance, f.text.slice(0, 40)])));
      EXPECTED_FULL.forEach(([stance, snippet], i) => {
        const f = full[i];
        assert(f.text.includes(snippet), `quote ${i + 1} should contain "${snippet}", it reads "${f.text.slice(0, 80)}"`);
        assert(f.stance === stance && f.classes.split(/\s+/).includes(`stance-${stance}`),
          `quote ${i + 1} ("${snippet}") should be ${stance}, it is data-stance=${f.stance} class="${f.classes}"`);
        assert(f.kind === 'full', `quote ${i + 1} has data-kind=${f.kind}`);
      });
    });

    await test('the text is drawn whole: the result reads as the submitted article (speaker labels aside)', async () => {
      const drawn = await page.evaluate(() => {
        // the nearest element that holds every quote is the drawn text
        const total = document.querySelectorAll('mark.quote').length;
        let root = document.querySelector('mark.quote');
        while (root.parentElement && root.querySelectorAll('mark.quote').length < total) root = root.parentElement;
        if (root.matches('mark.quote')) root = root.parentElement;
        const clone = root.cloneNode(true);
        clone.querySelectorAll('.speaker').forEach((s) => s.remove());
        return clone.textContent;
      });
      const submitted = article.replace(/\r\n?/g, '\n');
      assert(drawn === submitted, `the drawn text differs from the article (lengths ${drawn.length} vs ${submitted.length})`);
    });

    const stanceLabels = (await (await page.request.get(BASE_URL + '/v1/models')).json()).stance_labels;
    await test('every quote is focusable with an aria-label, data-kind and data-stance', async () => {
      const marks = await page.locator('mark.quote').evaluateAll((els) => els.map((e) => ({
        tabindex: e.getAttribute('tabindex'),
        label: e.getAttribute('aria-label') || '',
        kind: e.dataset.kind,
        stance: e.dataset.stance,
        speaker: e.getAttribute('data-speaker'),
      })));
      assert(marks.length >= 4, `only ${marks.length} quotes drawn`);
      for (const [i, m] of marks.entries()) {
        assert(m.tabindex === '0', `quote ${i + 1} has tabindex=${m.tabindex}`);
        assert(m.label.trim().length > 0, `quote ${i + 1} has no aria-label`);
        assert(['full', 'partial', 'indirect', 'mixed'].includes(m.kind), `quote ${i + 1} has data-kind=${m.kind}`);
        assert(stanceLabels.includes(m.stance), `quote ${i + 1} has data-stance=${m.stance}, not one of ${stanceLabels}`);
        assert(m.speaker !== null, `quote ${i + 1} has no data-speaker attribute`);
      }
    });

    await test(reference ? 'a speaker label reads "Abdelhak Khiame"' : 'speaker labels are drawn', async () => {
      const names = await page.locator('.speaker').allInnerTexts();
      if (!reference) {
        assert(names.some((n) => n.trim().length > 0), 'no speaker label is drawn');
        return;
      }
      assert(names.some((n) => n.trim() === 'Abdelhak Khiame'),
        `no .speaker reads "Abdelhak Khiame"; found ${JSON.stringify([...new Set(names)].slice(0, 5))}`);
    });

    await test('three topic bars (terrorism, trafficking, diplomacy) with a meter each', async () => {
      const bars = await page.locator('.topic-bar').evaluateAll((els) => els.map((e) => {
        const meter = e.matches('[role="meter"]') ? e : e.querySelector('[role="meter"]');
        return {
          label: e.dataset.label,
          visible: e.getClientRects().length > 0,
          text: e.textContent,
          now: meter ? meter.getAttribute('aria-valuenow') : null,
        };
      }));
      assert(bars.length === 3, `expected 3 .topic-bar, found ${bars.length}`);
      const labels = bars.map((b) => b.label).sort();
      assert(JSON.stringify(labels) === JSON.stringify(EXPECTED_TOPICS), `topic bars are ${JSON.stringify(labels)}`);
      for (const b of bars) {
        assert(b.visible, `the ${b.label} bar is not shown`);
        assert(b.text.includes(b.label), `the ${b.label} bar does not show its label`);
        assert(/\d\.\d/.test(b.text), `the ${b.label} bar does not show its score`);
        const v = Number(b.now);
        assert(b.now !== null && Number.isFinite(v) && v >= 0 && v <= 1, `the ${b.label} meter has aria-valuenow=${b.now}`);
      }
    });

    await test('keyboard focus on a quote shows its stance scores; Escape hides them', async () => {
      const first = page.locator('mark.quote.kind-full').first();
      await first.focus();
      const tip = page.locator('#tooltip');
      await tip.waitFor({ state: 'visible', timeout: 5000 });
      const text = await tip.innerText();
      for (const s of stanceLabels) assert(text.includes(s), `the tooltip does not name ${s}: ${text}`);
      assert(/\d\.\d\d/.test(text), `the tooltip shows no scores: ${text}`);
      assert(/said|cue/i.test(text), `the tooltip of a direct quote shows no cue: ${text}`);
      if (await first.getAttribute('data-speaker')) {
        assert(/score \d\.\d\d/.test(text), `the tooltip shows no speaker score: ${text}`);
      }
      const focusStyle = await first.evaluate((e) => getComputedStyle(e).outlineStyle);
      assert(focusStyle !== 'none', 'a focused quote has no visible outline');
      await page.screenshot({ path: path.join(SHOTS, 'analysis-tooltip.png') });
      await page.keyboard.press('Escape');
      await tip.waitFor({ state: 'hidden', timeout: 5000 });
    });

    await test('"Mark sentences by topic" marks sentences by their labels', async () => {
      const toggle = page.getByLabel('Mark sentences by topic');
      await toggle.check();
      const marked = await page.evaluate(() => [...document.querySelectorAll('[data-labels]')]
        .filter((e) => {
          const cs = getComputedStyle(e);
          return cs.backgroundImage !== 'none' || cs.backgroundColor !== 'rgba(0, 0, 0, 0)' ||
            cs.textDecorationLine !== 'none';
        }).length);
      assert(marked > 0, 'no sentence is marked after turning the toggle on');
      await page.screenshot({ path: path.join(SHOTS, 'analysis-sentences.png'), fullPage: true });
      await toggle.uncheck();
    });

    await test('Ctrl+Enter in the article box analyses', async () => {
      const box = page.locator('textarea').first();
      await box.focus();
      const [res] = await Promise.all([
        page.waitForResponse(isClassify, { timeout: TIMEOUT }),
        page.keyboard.press('Control+Enter'),
      ]);
      assert(res.status() === 200, `POST /v1/classify answered ${res.status()}`);
      await waitForQuotes(page);
    });

    await test('an empty text shows "#error" saying the text is empty', async () => {
      const res = await analyse(page, '');
      assert(res.status() >= 400, `POST /v1/classify with empty text answered ${res.status()}`);
      const error = page.locator('#error');
      await error.waitFor({ state: 'visible', timeout: 5000 });
      const text = (await error.innerText()).trim();
      assert(/empty/i.test(text), `#error reads "${text}"`);
    });

    await context.close();

    await test('at 360 px width the analysed page has no horizontal scrolling', async () => {
      const narrow = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });
      narrow.setDefaultTimeout(TIMEOUT);
      try {
        const p = await narrow.newPage();
        watch(p);
        await p.goto(BASE_URL + '/', { waitUntil: 'load' });
        let m = await noHorizontalScroll(p);
        assert(m.scrollWidth <= m.clientWidth, `empty page: scrollWidth ${m.scrollWidth} > ${m.clientWidth}`);
        await analyse(p, article);
        await waitForQuotes(p);
        m = await noHorizontalScroll(p);
        assert(m.scrollWidth <= m.clientWidth, `with results: scrollWidth ${m.scrollWidth} > ${m.clientWidth}`);
        await p.locator('mark.quote').last().focus();
        await p.waitForTimeout(100);
        m = await noHorizontalScroll(p);
        assert(m.scrollWidth <= m.clientWidth, `with a tooltip: scrollWidth ${m.scrollWidth} > ${m.clientWidth}`);
        await p.keyboard.press('Escape');
        await p.screenshot({ path: path.join(SHOTS, 'analysis-360.png'), fullPage: true });
        assert(await p.locator('.speaker').count() > 0, 'no speaker labels at 360 px');
      } finally {
        await narrow.close();
      }
    });

    await test('no script errors and nothing fetched from another origin', async () => {
      assert(pageErrors.length === 0, `script errors: ${pageErrors.slice(0, 3).join(' | ')}`);
      assert(foreignRequests.length === 0, `requests to other origins: ${foreignRequests.slice(0, 3).join(' ')}`);
    });
  } finally {
    await browser.close().catch(() => {});
  }
  finish();
}

main().catch((err) => {
  failed++;
  console.log(`FAIL - unexpected: ${err && err.stack ? err.stack : err}`);
  finish(1);
});
