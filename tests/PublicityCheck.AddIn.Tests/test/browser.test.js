'use strict';
// End to end: the real server (`publicitycheck serve`) and its pages in headless Chromium. The task pane runs
// against a fake Office host injected before its scripts; the web page is driven as a user would drive it.
// Needs Chromium at /usr/bin/chromium (or PUBLICITYCHECK_CHROMIUM) and the .NET SDK; builds the CLI if need be.
const { describe, it, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { samples, requireChromium, chromiumSkip, startServer, launchChromium, watch } = require('../support/server');

// Without Chromium each test is skipped, saying why, unless PUBLICITYCHECK_REQUIRE_TOOLS asks for it to fail.
const skip = chromiumSkip();

const artifacts = path.join(__dirname, '..', 'artifacts');
const publishOn = '2026-03-05';

// A release as Word would hand it over, one body paragraph per item: a protective marking left on the first line
// (an error), a Part II report named (a warning), a quote from a misspelt councillor the roster does not know (info) and a councillor
// quoted in the role the roster gives him.
const release = [
  'OFFICIAL-SENSITIVE',
  'Cabinet agrees sale of Tanyard Lane depot to fund new recycling facility',
  'Wreake Valley Borough Council\'s Cabinet has agreed to sell the former Tanyard Lane depot in Easterby, with the money raised going towards a new recycling transfer station at the Kettleby Moor business park.',
  'The Part II report considered by Cabinet on 4 March set out the offers received after the site was marketed last autumn.',
  '"This is great news for Easterby," said Councillor Helen Marsch.',
  'Councillor Daniel Okafor, Cabinet Lead Member for Finance and Assets, said: "Selling a site we no longer need means we can invest in better recycling facilities without borrowing more."',
];

// A release whose findings carry each kind of fix the pane handles, for the sample council as of 16 March 2026: a
// marking line to remove (safe), a party named in the council's words (two rewordings, each needing a person), the
// same loaded word twice in one paragraph (safe each), a backbencher quoted (advice: whom to quote instead) and a
// councillor given a role she does not hold (the role she holds, safe; or drop the role, needing a person).
const fixDate = '2026-03-16';
const fixRelease = [
  'OFFICIAL-SENSITIVE',
  'New bin rounds for Hollin Bridge',
  'The Labour administration has agreed new bin rounds for Hollin Bridge, starting on Monday 13 April.',
  'The regime for garden waste changes first, and the regime for bulky items follows in May.',
  'Councillor Tom Reid said: "Residents told us the old rounds missed whole streets, and we listened."',
  'Councillor Helen Marsh, Cabinet Lead Member for Finance and Assets, said: "The new rounds cost no more to run than the old ones."',
];

/**
 * Runs in the page before its scripts: a Word host whose document holds `paragraphs` (the setup's, or an array of
 * them), supporting the WordApi version given (1.4 by default), logging what the pane does. Edits change the
 * document as it then reads, and each is logged in order in `events` with the change tracking mode in force; so is
 * every change of that mode. `window.__office.type(i, text)` stands for the user rewriting paragraph i.
 */
function fakeOffice(setup) {
  const { paragraphs: initial, wordApi = '1.4' } = Array.isArray(setup) ? { paragraphs: setup } : setup;
  const paragraphs = initial.slice();
  const log = { selections: [], comments: [], handlers: [], events: [] };
  log.paragraphs = () => paragraphs.slice();
  log.type = (index, text) => { paragraphs[index] = text; };
  window.__office = log;
  let trackingMode = 'Off';
  const describeRange = (range) => ({ paragraph: range.paragraph, offset: range.offset, text: range.text });
  const makeRange = (paragraph, offset, text) => {
    const range = {
      paragraph, offset, text,
      select() { log.selections.push(describeRange(range)); },
      insertComment(comment) { log.comments.push({ ...describeRange(range), comment }); return { load() {} }; },
      expandTo(end) { return makeRange(paragraph, offset, paragraphs[paragraph].slice(offset, end.offset + end.text.length)); },
      // The fake keeps no tracked deletions: the text as it reads with its changes is the text.
      getReviewedText() { return { value: range.text }; },
      insertText(newText, location) {
        if (location !== 'Replace') { throw new Error(`the fake host replaces text only, not "${location}"`); }
        const current = paragraphs[paragraph];
        if (current.slice(offset, offset + text.length) !== text) { throw new Error(`the range at ${paragraph}:${offset} no longer holds "${text}"`); }
        paragraphs[paragraph] = current.slice(0, offset) + newText + current.slice(offset + text.length);
        log.events.push({ replace: { paragraph, offset, text, with: newText }, tracking: trackingMode });
        return makeRange(paragraph, offset, newText);
      },
      load() {},
    };
    return range;
  };
  const makeParagraph = (text, index) => ({
    text,
    load() {},
    getReviewedText() { return { value: text }; },
    getRange(location) {
      if (location === 'Start') { return makeRange(index, 0, ''); }
      if (location === 'End') { return makeRange(index, text.length, ''); }
      return makeRange(index, 0, text);
    },
    search(searchText, options) {
      const items = [];
      const haystack = options && options.matchCase === false ? text.toLowerCase() : text;
      const needle = options && options.matchCase === false ? searchText.toLowerCase() : searchText;
      for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
        items.push(makeRange(index, at, text.slice(at, at + searchText.length)));
      }
      return { items, load() {} };
    },
    delete() {
      if (paragraphs[index] !== text) { throw new Error(`paragraph ${index} no longer reads "${text}"`); }
      paragraphs.splice(index, 1);
      log.events.push({ delete: { paragraph: index, text }, tracking: trackingMode });
    },
  });
  const context = {
    document: {
      // The paragraphs as the document reads now: each load sees the edits made so far.
      body: { get paragraphs() { return { items: paragraphs.map(makeParagraph), load() {} }; } },
      get changeTrackingMode() { return trackingMode; },
      set changeTrackingMode(mode) { trackingMode = mode; log.events.push({ tracking: mode }); },
    },
    sync: () => Promise.resolve(),
  };
  window.Word = {
    ChangeTrackingMode: { off: 'Off', trackAll: 'TrackAll', trackMineOnly: 'TrackMineOnly' },
    run: (callback) => Promise.resolve().then(() => callback(context)),
  };
  window.Office = {
    HostType: { Word: 'Word' },
    EventType: { DocumentSelectionChanged: 'documentSelectionChanged' },
    context: {
      requirements: { isSetSupported: (name, version) => name === 'WordApi' && Number(version) <= Number(wordApi) },
      document: { addHandlerAsync: (type) => { log.handlers.push(type); } },
    },
    onReady(callback) {
      const info = { host: 'Word', platform: 'OfficeOnline' };
      return new Promise((resolve) => setTimeout(() => { if (callback) { callback(info); } resolve(info); }, 0));
    },
  };
}

/** Keeps the page on the server: office.js is answered with nothing (the fake host stands in), anything else is refused. */
async function stayOnServer(page, base) {
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(base)) { return route.continue(); }
    if (url.startsWith('https://appsforoffice.microsoft.com/')) {
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: '/* office.js: the test\'s fake host stands in */' });
    }
    return route.abort('blockedbyclient');
  });
}

/**
 * Clicks the task pane's Check and waits for the server's answer to that check, the one sent with `date`: the pane
 * also checks once as it opens, before the date is filled in, and that answer may come before or after it.
 */
async function clickCheckWithDate(page, date) {
  const dated = page.waitForResponse((r) => r.url().endsWith('/api/v1/check') && r.request().method() === 'POST'
    && JSON.parse(r.request().postData() || '{}').publishOn === date);
  await page.click('#check');
  await dated;
}

async function postJson(base, body) {
  const response = await fetch(`${base}/api/v1/check`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  });
  assert.equal(response.status, 200);
  return response.json();
}

/** The API's answer for a Word file checked as of the date it states. */
async function checkDocx(base, file) {
  const response = await fetch(`${base}/api/v1/check/docx`, {
    method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: fs.readFileSync(file),
  });
  assert.equal(response.status, 200);
  return response.json();
}

/** Drops a file on the web page's box, as a synthetic drop carrying it. */
async function dropFile(page, file) {
  await page.evaluate(({ name, base64 }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name, { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
    const drop = document.getElementById('drop');
    drop.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    drop.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, { name: path.basename(file), base64: fs.readFileSync(file).toString('base64') });
}

/** The web page's status line for n findings. */
function findingsStatus(n) { return n === 0 ? 'No findings.' : `${n} finding${n === 1 ? '' : 's'}.`; }

describe('in Chromium against publicitycheck serve', () => {
  let server;
  let browser;
  let ready;
  // Each test awaits the setup rather than a before hook: node 20 reports the tests of a failed hook as cancelled,
  // not failed, and CI counts failures. So where Chromium is required but missing, each test fails, saying why.
  const setUp = () => {
    ready ??= (async () => {
      requireChromium();
      fs.mkdirSync(artifacts, { recursive: true });
      server = await startServer();
      browser = await launchChromium();
    })();
    return ready;
  };

  after(async () => {
    if (browser) { await browser.close(); }
    if (server) { await server.stop(); }
  });

  it('task pane: lists the findings by severity, selects a finding\'s words and inserts comments', { timeout: 300_000, skip }, async () => {
    await setUp();
    const page = await browser.newPage({ viewport: { width: 360, height: 760 } });
    const problems = watch(page, server.base);
    await stayOnServer(page, server.base);
    await page.addInitScript(fakeOffice, release);
    await page.goto(`${server.base}/addin/`);
    assert.match(page.url(), /\/addin\/taskpane\.html$/);
    await page.fill('#publish-on', publishOn);
    await clickCheckWithDate(page, publishOn);
    await page.waitForFunction(() => /\d+ errors?/.test(document.getElementById('status').textContent));

    const expected = (await postJson(server.base, { paragraphs: release, publishOn })).diagnostics;
    assert.deepEqual(expected.map((d) => d.id).sort(), ['PC0105', 'PC0401', 'PC0402']);
    const groups = await page.$$eval('#findings h2', (hs) => hs.map((h) => h.textContent));
    assert.deepEqual(groups, ['error (1)', 'warning (1)', 'info (1)']);
    const items = await page.$$eval('#findings li.finding', (lis) => lis.map((li) => ({
      className: li.className,
      rule: li.querySelector('.rule').textContent,
      message: li.querySelector('.message').textContent,
      words: li.querySelector('.words')?.textContent,
      help: li.querySelector('a.help').href,
    })));
    assert.deepEqual(items.map((i) => `${i.className} ${i.rule}`), ['finding error PC0402', 'finding warning PC0401', 'finding info PC0105']);
    for (const item of items) {
      const d = expected.find((e) => e.id === item.rule);
      assert.equal(item.message, d.message);
      assert.equal(item.words, `\u201c${d.text}\u201d`);
      // The service serves each rule's page itself, so the link opens wherever the service runs.
      assert.equal(item.help, `${server.base}/rules/${item.rule}`);
    }
    assert.equal(await page.textContent('#status'), '1 error, 1 warning, 1 info');
    assert.deepEqual(await page.evaluate(() => window.__office.handlers), ['documentSelectionChanged']);

    await page.click('#findings li.warning');
    await page.waitForFunction(() => window.__office.selections.length > 0);
    const partTwo = release[3].indexOf('Part II report');
    assert.deepEqual(await page.evaluate(() => window.__office.selections), [{ paragraph: 3, offset: partTwo, text: 'Part II report' }]);

    await page.focus('#findings li.info');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__office.selections.length > 1);
    assert.deepEqual((await page.evaluate(() => window.__office.selections))[1], { paragraph: 4, offset: release[4].indexOf('Councillor Helen Marsch'), text: 'Councillor Helen Marsch' });

    assert.equal(await page.isEnabled('#comment'), true);
    await page.click('#comment');
    await page.waitForFunction(() => /comments? inserted/.test(document.getElementById('status').textContent));
    const comments = await page.evaluate(() => window.__office.comments);
    assert.deepEqual(comments.map((c) => [c.paragraph, c.text]), [[0, 'OFFICIAL-SENSITIVE'], [3, 'Part II report'], [4, 'Councillor Helen Marsch']]);
    for (const c of comments) {
      const d = expected.find((e) => e.text === c.text);
      assert.equal(c.comment, `${d.id} ${d.severity}: ${d.message} (${d.helpUri})`);
    }
    assert.equal(await page.textContent('#status'), '3 comments inserted.');

    await page.screenshot({ path: path.join(artifacts, 'taskpane.png'), fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });

  /** Opens the task pane on a fake Word host holding `setup` (see fakeOffice), checks as of `date` and waits for the list. */
  async function openPane(setup, date) {
    const page = await browser.newPage({ viewport: { width: 360, height: 900 } });
    const problems = watch(page, server.base);
    await stayOnServer(page, server.base);
    await page.addInitScript(fakeOffice, setup);
    await page.goto(`${server.base}/addin/`);
    await page.fill('#publish-on', date);
    await clickCheckWithDate(page, date);
    await page.waitForFunction(() => /^\d+ (error|warning|info)/.test(document.getElementById('status').textContent));
    return { page, problems };
  }

  /** The list item of the finding with rule `id` at `paragraph`:`offset`. */
  function findingItem(page, diagnostics, id, paragraph, offset) {
    const d = diagnostics.find((x) => x.id === id && x.paragraph === paragraph && (offset == null || x.offset === offset));
    assert.ok(d, `the API reports no ${id} at ${paragraph}:${offset}`);
    const { severity } = d;
    const sameGroup = diagnostics.filter((x) => x.severity === severity)
      .sort((a, b) => (a.paragraph - b.paragraph) || (a.offset - b.offset));
    return page.locator(`#findings li.finding.${severity}`).nth(sameGroup.indexOf(d));
  }

  const waitForApplied = (page) => page.waitForFunction(() => /^Applied /.test(document.getElementById('status').textContent));

  it('task pane Apply: turns change tracking on before it replaces the words, then checks again', { timeout: 300_000, skip }, async () => {
    await setUp();
    const expected = (await postJson(server.base, { paragraphs: fixRelease, publishOn: fixDate })).diagnostics;
    const { page, problems } = await openPane(fixRelease, fixDate);
    const item = findingItem(page, expected, 'LOCAL001', 3, 4);
    assert.equal(await item.locator('.fix-title').textContent(), 'Replace \'regime\' with \'administration\'');
    assert.equal(await item.locator('button.apply').getAttribute('aria-label'), 'Apply: Replace \'regime\' with \'administration\'');

    await item.locator('button.apply').click();
    await waitForApplied(page);

    assert.deepEqual(await page.evaluate(() => window.__office.events), [
      { tracking: 'TrackAll' },
      { replace: { paragraph: 3, offset: 4, text: 'regime', with: 'administration' }, tracking: 'TrackAll' },
    ]);
    assert.deepEqual(await page.evaluate(() => window.__office.selections), [], 'applying a fix does not select the finding');
    // Checked again: the finding fixed is gone from the list, the rest are as the API answers for the document now.
    const now = await page.evaluate(() => window.__office.paragraphs());
    assert.equal(now[3], 'The administration for garden waste changes first, and the regime for bulky items follows in May.');
    const after = (await postJson(server.base, { paragraphs: now, publishOn: fixDate })).diagnostics;
    assert.equal(after.length, expected.length - 1);
    assert.equal(await page.locator('#findings li.finding').count(), after.length);
    assert.equal(await page.textContent('#status'), 'Applied 1 fix as tracked changes. 2 errors, 2 warnings, 1 info');
    await page.screenshot({ path: path.join(artifacts, 'taskpane-applied.png'), fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('task pane Apply: where the same words occur twice in a paragraph, replaces the occurrence of the finding applied, from the keyboard', { timeout: 300_000, skip }, async () => {
    await setUp();
    const expected = (await postJson(server.base, { paragraphs: fixRelease, publishOn: fixDate })).diagnostics;
    const second = fixRelease[3].lastIndexOf('regime');
    const { page, problems } = await openPane(fixRelease, fixDate);

    await findingItem(page, expected, 'LOCAL001', 3, second).locator('button.apply').focus();
    await page.keyboard.press('Enter');
    await waitForApplied(page);

    assert.deepEqual(await page.evaluate(() => window.__office.events), [
      { tracking: 'TrackAll' },
      { replace: { paragraph: 3, offset: second, text: 'regime', with: 'administration' }, tracking: 'TrackAll' },
    ]);
    assert.equal((await page.evaluate(() => window.__office.paragraphs()))[3],
      'The regime for garden waste changes first, and the administration for bulky items follows in May.');
    assert.deepEqual(await page.evaluate(() => window.__office.selections), [], 'Enter on the button applies the fix and does not select the finding');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('task pane Apply all safe fixes: applies each finding\'s first safe fix, and none that needs a person', { timeout: 300_000, skip }, async () => {
    await setUp();
    const expected = (await postJson(server.base, { paragraphs: fixRelease, publishOn: fixDate })).diagnostics;
    assert.deepEqual(expected.map((d) => `${d.id} ${d.fixes.map((f) => (f.edits.length === 0 ? 'advice' : f.safe ? 'safe' : 'person')).join(',')}`),
      ['PC0402 safe', 'PC0202 person,person', 'LOCAL001 safe', 'LOCAL001 safe', 'PC0101 advice', 'PC0106 safe,person']);
    const { page, problems } = await openPane(fixRelease, fixDate);
    assert.equal(await page.textContent('#apply-safe'), 'Apply all safe fixes (4)');

    await page.click('#apply-safe');
    await waitForApplied(page);

    const events = await page.evaluate(() => window.__office.events);
    assert.deepEqual(events[0], { tracking: 'TrackAll' });
    // From the end of the document back, so each lands where the check saw it; all of them tracked.
    assert.deepEqual(events.slice(1), [
      { replace: { paragraph: 5, offset: 24, text: 'Cabinet Lead Member for Finance and Assets', with: 'Leader of the Council' }, tracking: 'TrackAll' },
      { replace: { paragraph: 3, offset: 51, text: 'regime', with: 'administration' }, tracking: 'TrackAll' },
      { replace: { paragraph: 3, offset: 4, text: 'regime', with: 'administration' }, tracking: 'TrackAll' },
      { delete: { paragraph: 0, text: 'OFFICIAL-SENSITIVE' }, tracking: 'TrackAll' },
    ]);
    const now = await page.evaluate(() => window.__office.paragraphs());
    assert.deepEqual(now, [
      fixRelease[1],
      fixRelease[2], // PC0202's rewordings need a person: left as it was
      'The administration for garden waste changes first, and the administration for bulky items follows in May.',
      fixRelease[4],
      'Councillor Helen Marsh, Leader of the Council, said: "The new rounds cost no more to run than the old ones."',
    ]);
    const after = (await postJson(server.base, { paragraphs: now, publishOn: fixDate })).diagnostics;
    assert.deepEqual(after.map((d) => `${d.id} ${d.paragraph}`), ['PC0202 1', 'PC0101 3']);
    assert.equal(await page.textContent('#status'), 'Applied 4 fixes as tracked changes. 1 warning, 1 info');
    assert.equal(await page.textContent('#apply-safe'), 'Apply all safe fixes (0)');
    assert.equal(await page.isDisabled('#apply-safe'), true);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('task pane Apply: when the words have changed since the check, applies nothing and says to check again', { timeout: 300_000, skip }, async () => {
    await setUp();
    const expected = (await postJson(server.base, { paragraphs: fixRelease, publishOn: fixDate })).diagnostics;
    const { page, problems } = await openPane(fixRelease, fixDate);
    // The author rewrites the start of the paragraph after the check: the second "regime" is no longer at its offset.
    await page.evaluate(() => window.__office.type(3, 'The rules for garden waste change first, and the regime for bulky items follows in May.'));

    await findingItem(page, expected, 'LOCAL001', 3, fixRelease[3].lastIndexOf('regime')).locator('button.apply').click();
    await page.waitForFunction(() => /changed/.test(document.getElementById('status').textContent));

    assert.equal(await page.textContent('#status'), 'The text has changed since the check; check again. Nothing was applied.');
    assert.deepEqual(await page.evaluate(() => window.__office.events), [], 'neither tracking switched nor any text replaced');
    assert.equal((await page.evaluate(() => window.__office.paragraphs()))[3], 'The rules for garden waste change first, and the regime for bulky items follows in May.');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('task pane: a fix that is advice shows as a suggestion with no Apply button; several candidates are a choice', { timeout: 300_000, skip }, async () => {
    await setUp();
    const expected = (await postJson(server.base, { paragraphs: fixRelease, publishOn: fixDate })).diagnostics;
    const { page, problems } = await openPane(fixRelease, fixDate);

    const quoted = findingItem(page, expected, 'PC0101', 4);
    const advice = expected.find((d) => d.id === 'PC0101').fixes[0];
    assert.deepEqual(advice.edits, []);
    assert.equal(await quoted.locator('.advice').textContent(), `Suggestion: ${advice.title}`);
    assert.equal(await quoted.locator('button').count(), 0);
    // Two candidates for the stated role: a choice, and the one chosen is the one applied.
    const role = findingItem(page, expected, 'PC0106', 5);
    assert.deepEqual(await role.locator('select.fix-choice option').allTextContents(), [
      'Replace \'Cabinet Lead Member for Finance and Assets\' with \'Leader of the Council\'',
      'Drop the stated role \'Cabinet Lead Member for Finance and Assets\' (read it before applying)',
    ]);
    await role.locator('select.fix-choice').selectOption('1');
    assert.equal(await role.locator('button.apply').getAttribute('aria-label'), 'Apply: Drop the stated role \'Cabinet Lead Member for Finance and Assets\'');
    await role.locator('button.apply').click();
    await waitForApplied(page);
    assert.deepEqual((await page.evaluate(() => window.__office.events)).slice(1),
      [{ replace: { paragraph: 5, offset: 22, text: ', Cabinet Lead Member for Finance and Assets,', with: '' }, tracking: 'TrackAll' }]);
    assert.equal((await page.evaluate(() => window.__office.paragraphs()))[5], 'Councillor Helen Marsh said: "The new rounds cost no more to run than the old ones."');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('task pane Apply in a Word without WordApi 1.4: says it cannot track changes and changes nothing', { timeout: 300_000, skip }, async () => {
    await setUp();
    const { page, problems } = await openPane({ paragraphs: fixRelease, wordApi: '1.3' }, fixDate);

    await page.click('#apply-safe');
    await page.waitForFunction(() => /change tracking/.test(document.getElementById('status').textContent));

    assert.equal(await page.textContent('#status'), 'This version of Word cannot turn on change tracking for an add-in (it needs WordApi 1.4: '
      + 'Word 2021 or Microsoft 365), so no fix was applied. Make the change by hand with Track Changes on.');
    assert.deepEqual(await page.evaluate(() => window.__office.events), []);
    assert.deepEqual(await page.evaluate(() => window.__office.paragraphs()), fixRelease);
    assert.deepEqual(problems, []);
    await page.close();
  });

  // Opened in a browser rather than Word, the pane says so and points to the ribbon and the web page. Real office.js,
  // outside Office, resolves onReady with no host; where it cannot be loaded at all there is no Office object.
  for (const [outside, office] of [
    ['office.js finds no Office host', () => { window.Office = { HostType: { Word: 'Word' }, onReady: () => Promise.resolve({ host: null, platform: null }) }; }],
    ['office.js cannot be loaded', null],
  ]) {
    it(`task pane outside Word (${outside}): says it is not in Word and what to do instead`, { timeout: 300_000, skip }, async () => {
      await setUp();
      const page = await browser.newPage({ viewport: { width: 360, height: 760 } });
      const problems = watch(page, server.base);
      const apiRequests = [];
      page.on('request', (r) => { if (new URL(r.url()).pathname.startsWith('/api/')) { apiRequests.push(r.url()); } });
      await stayOnServer(page, server.base);
      if (office) { await page.addInitScript(office); }
      await page.goto(`${server.base}/addin/`);

      await page.waitForFunction(() => !document.getElementById('outside-word').hidden);
      assert.equal(await page.textContent('#outside-word h2'), 'Running outside Word');
      assert.equal(await page.textContent('#status'), 'Not running inside Word: there is no document to check.');
      assert.match((await page.textContent('#outside-word')).replace(/\s+/g, ' '), /open it from the ribbon: Home > Check release/);
      assert.equal(await page.isDisabled('#check'), true);
      assert.equal(await page.isDisabled('#comment'), true);
      assert.equal(await page.isDisabled('#apply-safe'), true);
      await page.screenshot({ path: path.join(artifacts, `taskpane-outside-word-${office ? 'no-host' : 'no-office-js'}.png`), fullPage: true });

      await page.click('#outside-word a[href="/"]');
      await page.waitForURL(`${server.base}/`);
      assert.equal(await page.isVisible('#drop'), true);
      await page.goBack();
      await page.click('#outside-word a[href="help.html"]');
      await page.waitForURL(`${server.base}/addin/help.html`);
      assert.equal(await page.textContent('h1'), 'PublicityCheck for Word');

      assert.deepEqual(apiRequests, []);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  it('web page: a dropped file\'s findings are highlighted in place, and pasted text is checked', { timeout: 300_000, skip }, async () => {
    await setUp();
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const problems = watch(page, server.base);
    await stayOnServer(page, server.base);
    await page.goto(`${server.base}/`);
    await page.fill('#publish-on', publishOn);

    // A Markdown release chosen with the file input: every finding is in the body, so each is a mark.
    const markdownFile = path.join(samples, '2026-03-05-tanyard-lane-depot-sale.md');
    const markdown = fs.readFileSync(markdownFile, 'utf8');
    const mdExpected = (await postJson(server.base, { markdown, publishOn })).diagnostics;
    assert.equal(mdExpected.length, 3);
    await page.setInputFiles('#file', markdownFile);
    await page.waitForFunction(() => /\d+ findings?\./.test(document.getElementById('status').textContent));
    assert.equal(await page.textContent('#status'), `${mdExpected.length} findings.`);
    const marks = await page.$$eval('#release mark', (ms) => ms.map((m) => ({ text: m.textContent, className: m.className, title: m.title })));
    assert.equal(marks.length, mdExpected.length);
    assert.deepEqual(marks, mdExpected.map((d) => ({ text: d.text, className: d.severity, title: `${d.id}: ${d.message}` })));
    assert.equal(await page.locator('#findings li').count(), mdExpected.length);
    assert.ok((await page.textContent('#findings li')).startsWith(`warning PC0401 (line ${mdExpected[0].paragraph + 1}): `));
    await page.screenshot({ path: path.join(artifacts, 'webpage-markdown.png'), fullPage: true });

    // A Word release dropped on the box (a synthetic drop carrying the file): its finding is in the page header,
    // so it is listed but marks nothing in the body.
    const docxFile = path.join(samples, '2026-03-12-home-energy-grants-draft.docx');
    const docx = fs.readFileSync(docxFile);
    const response = await fetch(`${server.base}/api/v1/check/docx?publishOn=${publishOn}`, {
      method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: docx,
    });
    assert.equal(response.status, 200);
    const word = await response.json();
    assert.deepEqual(word.diagnostics.map((d) => `${d.id} ${d.part}`), ['PC0402 header1']);
    await page.evaluate(({ name, base64 }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name, { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
      const drop = document.getElementById('drop');
      drop.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      drop.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, { name: path.basename(docxFile), base64: docx.toString('base64') });
    await page.waitForFunction(() => document.getElementById('status').textContent === '1 finding.');
    const bodyParagraphs = word.paragraphs.filter((p) => p != null && p.trim() !== '');
    assert.equal(await page.locator('#release p').count(), bodyParagraphs.length);
    assert.equal(await page.locator('#release mark').count(), word.diagnostics.filter((d) => d.part === 'body' && d.length > 0).length);
    assert.match(await page.textContent('#findings li'), /^error PC0402 \(header1 paragraph 1\): 'OFFICIAL-SENSITIVE'/);
    assert.equal(await page.getAttribute('#drop', 'class'), 'drop');
    assert.equal(await page.inputValue('#file'), '', 'the file input no longer names the Markdown file checked before');
    // The date the user set stays, and the page says the release itself gives another.
    assert.equal(await page.inputValue('#publish-on'), publishOn);
    assert.equal(await page.textContent('#publish-on-note'),
      `Checked as of the date you set; ${path.basename(docxFile)} says 12 March 2026, from its dateline, \u201cEmbargoed until 00:01, Thursday 12 March 2026\u201d.`);
    await page.screenshot({ path: path.join(artifacts, 'webpage-docx.png'), fullPage: true });

    // Pasted text, one paragraph per line.
    const pasted = release.slice(1).join('\n');
    const pastedExpected = (await postJson(server.base, { paragraphs: release.slice(1), publishOn })).diagnostics;
    await page.fill('#text', pasted);
    await page.click('#check');
    await page.waitForFunction((n) => document.getElementById('status').textContent === `${n} finding${n === 1 ? '' : 's'}.`, pastedExpected.length);
    const pastedMarks = await page.$$eval('#release mark', (ms) => ms.map((m) => `${m.className} ${m.textContent}`));
    assert.deepEqual(pastedMarks, pastedExpected.map((d) => `${d.severity} ${d.text}`));
    assert.deepEqual(pastedMarks, ['warning Part II report', 'info Councillor Helen Marsch']);
    await page.screenshot({ path: path.join(artifacts, 'webpage-pasted.png'), fullPage: true });

    assert.deepEqual(problems, []);
    await page.close();
  });
  it('web page: each finding shows its first suggestion inline, the words struck through beside their replacement, or the advice', { timeout: 300_000, skip }, async () => {
    await setUp();
    const page = await browser.newPage({ viewport: { width: 1100, height: 1000 } });
    const problems = watch(page, server.base);
    await stayOnServer(page, server.base);
    await page.goto(`${server.base}/`);
    await page.fill('#publish-on', fixDate);
    const expected = (await postJson(server.base, { paragraphs: fixRelease, publishOn: fixDate })).diagnostics;

    await page.fill('#text', fixRelease.join('\n'));
    await page.click('#check');
    await page.waitForFunction((n) => document.getElementById('status').textContent === `${n} findings.`, expected.length);

    const shown = await page.$$eval('#findings li', (lis) => lis.map((li) => {
      const s = li.querySelector('.suggestion');
      return s && {
        struck: Array.from(s.querySelectorAll('del'), (e) => e.textContent),
        inserted: Array.from(s.querySelectorAll('ins'), (e) => e.textContent),
        text: s.textContent,
        title: s.title,
      };
    }));
    assert.deepEqual(shown, [
      { struck: ['OFFICIAL-SENSITIVE'], inserted: [], text: 'Suggestion: OFFICIAL-SENSITIVE (remove)', title: 'Remove the line \'OFFICIAL-SENSITIVE\'' },
      { struck: ['The Labour administration'], inserted: ['The council'],
        text: 'Suggestion: The Labour administration The council (check the wording before you use it)', title: 'Replace \'The Labour administration\' with \'The council\'' },
      { struck: ['regime'], inserted: ['administration'], text: 'Suggestion: regime administration', title: 'Replace \'regime\' with \'administration\'' },
      { struck: ['regime'], inserted: ['administration'], text: 'Suggestion: regime administration', title: 'Replace \'regime\' with \'administration\'' },
      { struck: [], inserted: [], text: `Suggestion: ${expected[4].fixes[0].title}`, title: '' },
      { struck: ['Cabinet Lead Member for Finance and Assets'], inserted: ['Leader of the Council'],
        text: 'Suggestion: Cabinet Lead Member for Finance and Assets Leader of the Council', title: 'Replace \'Cabinet Lead Member for Finance and Assets\' with \'Leader of the Council\'' },
    ]);
    assert.match(expected[4].fixes[0].title, /^Quote Councillor .* instead$/);
    // Struck through and set beside, as the eye reads a tracked change.
    assert.equal(await page.$eval('#findings li .suggestion del', (e) => getComputedStyle(e).textDecorationLine), 'line-through');
    await page.screenshot({ path: path.join(artifacts, 'webpage-suggestions.png'), fullPage: true });

    // A finding whose rule offers nothing has no suggestion line.
    await page.fill('#text', release.slice(1).join('\n'));
    await page.click('#check');
    await page.waitForFunction(() => document.getElementById('status').textContent === '2 findings.');
    assert.deepEqual(await page.$$eval('#findings li', (lis) => lis.map((li) => li.querySelector('.suggestion')?.textContent ?? null)),
      [null, 'Suggestion: Helen Marsch Helen Marsh']);

    assert.deepEqual(problems, []);
    await page.close();
  });

  it('web page: a dropped .docx fills the publication date from the release, saying where it came from', { timeout: 300_000, skip }, async () => {
    await setUp();
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const problems = watch(page, server.base);
    await stayOnServer(page, server.base);
    await page.goto(`${server.base}/`);
    assert.equal(await page.inputValue('#publish-on'), '');

    // Dropped with no date set: checked as of its dateline's date, which fills the field.
    const regeneration = path.join(samples, '2026-02-26-town-centre-regeneration.docx');
    const expected = await checkDocx(server.base, regeneration);
    assert.deepEqual(expected.publication, { date: '2026-02-26', source: 'dateline', detail: 'Date: 26 February 2026' });
    await dropFile(page, regeneration);
    await page.waitForFunction(() => document.getElementById('publish-on').value !== '');
    assert.equal(await page.inputValue('#publish-on'), '2026-02-26');
    assert.equal(await page.textContent('#publish-on-note'),
      'Publication date 26 February 2026, taken from 2026-02-26-town-centre-regeneration.docx: its dateline, \u201cDate: 26 February 2026\u201d.');
    assert.equal(await page.textContent('#status'), findingsStatus(expected.diagnostics.length));
    assert.deepEqual(await page.$$eval('#findings li', (lis) => lis.map((li) => li.className)), expected.diagnostics.map((d) => `finding ${d.severity}`));
    await page.screenshot({ path: path.join(artifacts, 'webpage-docx-date.png'), fullPage: true });

    // A date filled in from one file is that file's: the next file dropped takes its own.
    const roadClosure = path.join(samples, '2026-03-06-hollin-bridge-road-closure.docx');
    await dropFile(page, roadClosure);
    await page.waitForFunction(() => document.getElementById('publish-on').value === '2026-03-06');
    assert.equal(await page.textContent('#publish-on-note'),
      'Publication date 6 March 2026, taken from 2026-03-06-hollin-bridge-road-closure.docx: its dateline, \u201cDate: 6 March 2026\u201d.');

    assert.deepEqual(problems, []);
    await page.close();
  });

  it('web page: a file dropped and then text checked shows the text\'s findings, even when the file\'s answer comes last', { timeout: 300_000, skip }, async () => {
    await setUp();
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const problems = watch(page, server.base);
    await stayOnServer(page, server.base);
    // The Word file's answer is held back until the text's has been shown.
    let letTheFileThrough;
    const held = new Promise((resolve) => { letTheFileThrough = resolve; });
    await page.route('**/api/v1/check/docx**', async (route) => { await held; await route.continue(); });
    await page.goto(`${server.base}/`);
    await page.fill('#publish-on', fixDate);
    const text = (await postJson(server.base, { paragraphs: fixRelease, publishOn: fixDate })).diagnostics;
    const file = path.join(samples, '2026-03-12-home-energy-grants-draft.docx');
    const fileAsOfTheDate = await (await fetch(`${server.base}/api/v1/check/docx?publishOn=${fixDate}`, {
      method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: fs.readFileSync(file),
    })).json();
    assert.notEqual(findingsStatus(fileAsOfTheDate.diagnostics.length), findingsStatus(text.length), 'the two answers must look different');

    const fileAnswered = page.waitForResponse((r) => r.url().includes('/api/v1/check/docx'));
    await dropFile(page, file);
    await page.fill('#text', fixRelease.join('\n'));
    await page.click('#check');
    await page.waitForFunction((n) => document.getElementById('status').textContent === n, findingsStatus(text.length));
    letTheFileThrough();
    await fileAnswered;
    await page.waitForTimeout(500); // time for the page to have shown the file's answer, were it going to

    assert.equal(await page.textContent('#status'), findingsStatus(text.length));
    assert.deepEqual(await page.$$eval('#findings li', (lis) => lis.map((li) => li.className)), text.map((d) => `finding ${d.severity}`));
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('a page on another site cannot have the browser post a release to the service', { timeout: 300_000, skip }, async () => {
    await setUp();
    const page = await browser.newPage();
    const attacker = 'http://attacker.example/';
    const docx = fs.readFileSync(path.join(samples, '2026-03-12-home-energy-grants-draft.docx'));
    // The other site's page, answered by the test itself (nothing leaves the machine): a multipart form, which a
    // browser posts anywhere without asking first, carrying a Word file, aimed at the service.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url === attacker) {
        return route.fulfill({ status: 200, contentType: 'text/html', body: `<!doctype html><form id="f" method="post" enctype="multipart/form-data" action="${server.base}/api/v1/check/docx"><input type="file" name="file" id="file"></form>` });
      }
      if (url.startsWith(server.base)) { return route.continue(); }
      return route.abort('blockedbyclient');
    });
    await page.goto(attacker);
    const answer = page.waitForResponse((r) => r.url().startsWith(`${server.base}/api/v1/check/docx`));
    await page.evaluate((base64) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], 'release.docx'));
      document.getElementById('file').files = transfer.files;
      document.getElementById('f').submit();
    }, docx.toString('base64'));
    const response = await answer;
    assert.equal(response.status(), 403);
    assert.equal((await response.json()).title, 'Cross-site request refused');
    await page.close();
  });
});
