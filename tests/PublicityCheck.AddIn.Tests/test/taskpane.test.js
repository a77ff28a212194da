'use strict';
// The task pane's logic against a mocked Word host (office-addin-mock), with no browser and no server.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { OfficeMockObject } = require('office-addin-mock');
const pane = require(path.join(__dirname, '..', '..', '..', 'src', 'PublicityCheck.Server', 'wwwroot', 'addin', 'taskpane.js'));

const release = [
  'Cabinet agrees sale of Tanyard Lane depot',
  'The Part II report considered by Cabinet set out the offers; a second Part II report followed.',
];
const finding = { id: 'PC0401', severity: 'warning', message: 'Business taken in private', paragraph: 1, offset: release[1].lastIndexOf('Part II report'), length: 14, text: 'Part II report', helpUri: 'https://example.org/PC0401.md' };

function mockWord(log) {
  const paragraph = (text) => ({
    text,
    search(searchText) {
      log.push(['search', searchText]);
      const items = [];
      for (let at = text.indexOf(searchText); at !== -1; at = text.indexOf(searchText, at + 1)) {
        items.push({ at, select() { log.push(['select', at]); }, insertComment(c) { log.push(['comment', at, c]); } });
      }
      return { items, load() {} };
    },
    getRange() { return { select() { log.push(['select', 'whole']); }, insertComment(c) { log.push(['comment', 'whole', c]); } }; },
  });
  const mock = new OfficeMockObject({
    context: { document: { body: { paragraphs: { items: release.map(paragraph) } } } },
    run: async function (callback) { return callback(this.context); },
  });
  return mock;
}

test('readParagraphs_ReturnsEveryParagraphText', async () => {
  global.Word = mockWord([]);
  assert.deepEqual(await global.Word.run(pane.readParagraphs), release);
});

test('groupBySeverity_PutsErrorsFirst', () => {
  const groups = pane.groupBySeverity([finding, { ...finding, id: 'PC0402', severity: 'error' }, { ...finding, id: 'PC0003', severity: 'info', paragraph: null }]);
  assert.deepEqual(groups.map((g) => g.severity), ['error', 'warning', 'info']);
});

test('check_PostsTheParagraphsAndPublicationDate', async () => {
  let sent;
  const fetch = async (url, init) => { sent = { url, init }; return { ok: true, json: async () => ({ diagnostics: [finding] }) }; };
  const diagnostics = await pane.check(release, { fetch, publishOn: '2026-03-05', apiKey: 'k' });
  assert.equal(sent.url, '/api/v1/check');
  assert.deepEqual(JSON.parse(sent.init.body), { paragraphs: release, publishOn: '2026-03-05' });
  assert.equal(sent.init.headers['X-API-Key'], 'k');
  assert.equal(sent.init.headers['X-PublicityCheck'], '1');
  assert.equal(diagnostics[0].id, 'PC0401');
});

test('selectFinding_SelectsTheOccurrenceAtTheFindingsOffset', async () => {
  const log = [];
  global.Word = mockWord(log);
  await pane.selectFinding(finding);
  assert.deepEqual(log, [['search', 'Part II report'], ['select', finding.offset]]);
});

test('selectFinding_SearchesTheFirst255CharactersOfALongFinding', async () => {
  const log = [];
  global.Word = mockWord(log);
  await pane.selectFinding({ ...finding, offset: 0, text: 'x'.repeat(300) });
  assert.equal(log[0][1].length, 255);
});

test('insertComments_CommentsEachFindingWithItsRuleAndHelpLink', async () => {
  const log = [];
  global.Word = mockWord(log);
  const count = await pane.insertComments([finding]);
  assert.equal(count, 1);
  assert.deepEqual(log.at(-1), ['comment', finding.offset, 'PC0401 warning: Business taken in private (https://example.org/PC0401.md)']);
});

test('insertComments_SaysWhyARaisedFindingIsMoreSeriousThanItsRule', async () => {
  const log = [];
  global.Word = mockWord(log);
  const raised = { ...finding, id: 'PC0201', severity: 'error', message: 'Partisan language (0.97): "failed"', raised: 'in the pre-election period for the borough council elections of 7 May 2026' };
  await pane.insertComments([raised]);
  assert.equal(log.at(-1)[2], 'PC0201 error: Partisan language (0.97): "failed" (raised: in the pre-election period for the borough council elections of 7 May 2026) (https://example.org/PC0401.md)');
});

/** The elements runCheck touches, as plain objects. */
function fakePane(key) {
  const elements = {
    status: { textContent: '' }, 'publish-on': { value: '2026-03-05' }, comment: { disabled: true },
    findings: { textContent: '' }, 'api-key': { value: key || '' }, 'server-key': { open: false },
  };
  return { elements, getElementById: (id) => elements[id] || null, createElement: () => ({ appendChild() {}, addEventListener() {} }) };
}

/** Runs a check with fetch stubbed, the page opened at `address` and `stored` in local storage; returns the headers sent. */
async function headersSent({ address, stored, typed, status = 200 }) {
  global.Word = mockWord([]);
  global.location = new URL(address);
  const storage = new Map(stored ? [['publicitycheck.apiKey', stored]] : []);
  global.localStorage = { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => storage.set(k, v), removeItem: (k) => storage.delete(k) };
  let sent;
  global.fetch = async (url, init) => {
    sent = init.headers;
    return { ok: status < 400, status, json: async () => (status < 400 ? { diagnostics: [] } : { title: 'API key required' }) };
  };
  const doc = fakePane(typed);
  try {
    await pane.runCheck(doc, true);
  } finally {
    delete global.fetch; delete global.location; delete global.localStorage;
  }
  return { headers: sent, doc };
}

test('runCheck_DoesNotTakeTheApiKeyFromThePageAddress', async () => {
  const { headers } = await headersSent({ address: 'https://localhost:5443/addin/taskpane.html?key=from-the-address' });
  assert.equal(headers['X-API-Key'], undefined);
  assert.equal(headers['X-PublicityCheck'], '1');
});

test('runCheck_SendsTheKeyTheUserEnteredOrStored', async () => {
  const stored = await headersSent({ address: 'https://localhost:5443/addin/taskpane.html?key=from-the-address', stored: 'kept-key' });
  assert.equal(stored.headers['X-API-Key'], 'kept-key');
  const typed = await headersSent({ address: 'https://localhost:5443/addin/taskpane.html', stored: 'kept-key', typed: 'typed-key' });
  assert.equal(typed.headers['X-API-Key'], 'typed-key');
});

test('runCheck_ShowsTheKeyFieldWhenTheServerAsksForAKey', async () => {
  const { doc } = await headersSent({ address: 'https://localhost:5443/addin/taskpane.html', status: 401 });
  assert.equal(doc.elements['server-key'].open, true);
  assert.equal(doc.elements.status.textContent, 'Could not check: API key required');
});

test('runCheck_ShowsTheLatestChecksFindingsWhenAnEarlierChecksAnswerArrivesAfterIt', async () => {
  // The check the pane starts when it opens (no date yet) is answered after the one the user started with a date.
  global.Word = mockWord([]);
  global.location = new URL('https://localhost:5443/addin/taskpane.html');
  global.localStorage = { getItem: () => null, setItem() {}, removeItem() {} };
  const answers = [];
  global.fetch = (url, init) => new Promise((resolve) => answers.push({ publishOn: JSON.parse(init.body).publishOn, resolve }));
  const answer = (publishOn, diagnostics) => answers.find((a) => a.publishOn === publishOn).resolve({ ok: true, status: 200, json: async () => ({ diagnostics }) });
  const doc = fakePane();
  // Elements the findings are drawn with; this test reads what was shown from the state and the status line.
  const element = () => ({ appendChild() {}, addEventListener() {}, setAttribute() {}, classList: { add() {} } });
  doc.createElement = element;
  doc.elements.findings = element();
  try {
    doc.elements['publish-on'].value = '';
    const opening = pane.runCheck(doc, true);
    await new Promise((resolve) => setImmediate(resolve));
    doc.elements['publish-on'].value = '2026-03-05';
    const clicked = pane.runCheck(doc, true);
    await new Promise((resolve) => setImmediate(resolve));
    answer('2026-03-05', [finding]);
    await clicked;
    answer(undefined, []);
    await opening;
  } finally {
    delete global.fetch; delete global.location; delete global.localStorage;
  }

  assert.deepEqual(pane.state.diagnostics, [finding]);
  assert.equal(doc.elements.status.textContent, '1 warning');
});

test('runCheck_ShowsTheAnswerOfTheCheckInFlightWhenARecheckFindsTheTextUnchanged', async () => {
  // Check is clicked; before its answer comes, a selection change re-checks, finds the same text and sends nothing.
  global.Word = mockWord([]);
  global.location = new URL('https://localhost:5443/addin/taskpane.html');
  global.localStorage = { getItem: () => null, setItem() {}, removeItem() {} };
  let answerTheCheck;
  global.fetch = () => new Promise((resolve) => { answerTheCheck = resolve; });
  const doc = fakePane();
  const element = () => ({ appendChild() {}, addEventListener() {}, setAttribute() {}, classList: { add() {} } });
  doc.createElement = element;
  doc.elements.findings = element();
  try {
    const clicked = pane.runCheck(doc, true);
    await new Promise((resolve) => setImmediate(resolve));
    await pane.runCheck(doc, false);
    answerTheCheck({ ok: true, status: 200, json: async () => ({ diagnostics: [finding] }) });
    await clicked;
  } finally {
    delete global.fetch; delete global.location; delete global.localStorage;
  }

  assert.deepEqual(pane.state.diagnostics, [finding]);
  assert.equal(doc.elements.status.textContent, '1 warning');
});

test('rememberKey_KeepsTheKeyInLocalStorageAndForgetsAnEmptyOne', () => {
  const storage = new Map();
  global.localStorage = { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => storage.set(k, v), removeItem: (k) => storage.delete(k) };
  try {
    pane.rememberKey('kept-key');
    assert.equal(storage.get('publicitycheck.apiKey'), 'kept-key');
    assert.equal(pane.apiKey(null), 'kept-key');
    pane.rememberKey('');
    assert.equal(storage.has('publicitycheck.apiKey'), false);
  } finally {
    delete global.localStorage;
  }
});

/** Starts the pane the way the page does, with `office` as the global Office object (undefined: office.js not loaded). */
async function bootWith(office) {
  const doc = fakePane();
  doc.elements['outside-word'] = { hidden: true };
  doc.elements.check = { disabled: false, addEventListener() {} };
  if (office) { global.Office = office; }
  try {
    return { word: await pane.boot(doc), elements: doc.elements };
  } finally {
    delete global.Office;
  }
}

function officeIn(host) {
  return { HostType: { Word: 'Word', Excel: 'Excel' }, onReady: () => Promise.resolve({ host, platform: host ? 'PC' : null }) };
}

for (const [where, office] of [['OfficeJsFindsNoHost', officeIn(null)], ['OfficeJsNotLoaded', undefined], ['InExcel', officeIn('Excel')]]) {
  test(`boot_${where}_SaysItIsOutsideWordAndTurnsTheButtonsOff`, async () => {
    const { word, elements } = await bootWith(office);
    assert.equal(word, false);
    assert.equal(elements['outside-word'].hidden, false);
    assert.equal(elements.check.disabled, true);
    assert.equal(elements.comment.disabled, true);
    assert.equal(elements.status.textContent, 'Not running inside Word: there is no document to check.');
  });
}

// Applying fixes: a Word host with change tracking (WordApi 1.4) whose paragraphs log each edit in order. `deleted`
// gives, by paragraph, a span [from, to) of its text that is a tracked deletion: Word's plain text and its search
// keep it, its reviewed text leaves it out. Turning tracking on before the edits is asserted in the browser tests,
// whose fake host logs both in order.
function trackingWord(paragraphs, log, deleted = {}) {
  const live = (index, from, to) => {
    const [dFrom, dTo] = deleted[index] || [0, 0];
    const text = paragraphs[index];
    return text.slice(from, Math.min(to, Math.max(from, dFrom))) + text.slice(Math.max(from, Math.min(to, dTo)), to);
  };
  const range = (index, at, text) => ({
    at, text,
    getReviewedText() { return { value: live(index, at, at + text.length) }; },
    expandTo(end) { return range(index, at, paragraphs[index].slice(at, end.at + end.text.length)); },
    insertText(newText, location) { log.push(['insertText', index, at, text, newText, location]); },
  });
  const paragraph = (text, index) => ({
    text,
    getReviewedText() { return { value: live(index, 0, text.length) }; },
    search(searchText) {
      const items = [];
      for (let at = text.indexOf(searchText); at !== -1; at = text.indexOf(searchText, at + 1)) { items.push(range(index, at, searchText)); }
      return { items, load() {} };
    },
    delete() { log.push(['delete', index]); },
  });
  return new OfficeMockObject({
    ChangeTrackingMode: { trackAll: 'TrackAll' },
    context: { document: { changeTrackingMode: 'Off', body: { paragraphs: { items: paragraphs.map(paragraph) } } } },
    run: async function (callback) { return callback(this.context); },
  });
}

const wordApi14 = { context: { requirements: { isSetSupported: (name, version) => name === 'WordApi' && Number(version) <= 1.4 } } };

/** A fix replacing paragraph `p`'s characters from..to, which read `oldText`, with `newText`. */
function replaceFix(p, from, oldText, newText, safe = true) {
  return { title: `Replace '${oldText}' with '${newText}'`, safe, edits: [{ paragraph: p, offset: from, endParagraph: p, endOffset: from + oldText.length, oldText, newText, part: 'body' }] };
}

async function applyIn(paragraphs, fixes, deleted) {
  const log = [];
  global.Word = trackingWord(paragraphs, log, deleted);
  global.Office = wordApi14;
  try {
    return { outcome: await pane.applyFixes(fixes), log };
  } finally {
    delete global.Office;
  }
}

test('safeFixes_TakesEachFindingsFirstSafeFixThatChangesTheText', () => {
  const advice = { title: 'Quote Councillor Helen Marsh (Leader of the Council) instead', safe: false, edits: [] };
  const rewording = replaceFix(1, 0, 'The Labour administration', 'The council', false);
  const spelling = replaceFix(2, 51, 'Helen Marsch', 'Helen Marsh');
  const role = replaceFix(3, 24, 'Cabinet Lead Member', 'Leader of the Council');
  const dropRole = { ...replaceFix(3, 22, ', Cabinet Lead Member,', ''), safe: false };

  const chosen = pane.safeFixes([
    { id: 'PC0101', fixes: [advice] }, { id: 'PC0202', fixes: [rewording] }, { id: 'PC0105', fixes: [spelling] },
    { id: 'PC0106', fixes: [dropRole, role] }, { id: 'PC0401', fixes: [] },
  ]);

  assert.deepEqual(chosen, [spelling, role]);
});

test('applyFixes_AnEditLongerThanWordsSearchLimit_ReplacesFromTheStartOfItsWordsToTheEnd', async () => {
  const long = 'Under the previous administration '.repeat(9).trim();
  const paragraphs = ['Depot sale agreed', `${long}, the depot stood empty.`];

  const { outcome, log } = await applyIn(paragraphs, [replaceFix(1, 0, long, 'For years', false)]);

  assert.equal(outcome.problem, null);
  assert.ok(long.length > 255);
  assert.deepEqual(log, [['insertText', 1, 0, long, 'For years', 'Replace']]);
});

test('applyFixes_AMarkingLineThatNoLongerReadsAsChecked_AppliesNothing', async () => {
  const removeLine = { title: 'Remove the line \'OFFICIAL-SENSITIVE\'', safe: true, edits: [{ paragraph: 0, offset: 0, endParagraph: 1, endOffset: 0, oldText: 'OFFICIAL-SENSITIVE\n', newText: '', part: 'body' }] };

  const { outcome, log } = await applyIn(['OFFICIAL', 'Depot sale agreed'], [removeLine, replaceFix(1, 0, 'Depot', 'Yard')]);

  assert.equal(outcome.problem, 'changed');
  assert.equal(pane.messages.changed, 'The text has changed since the check; check again. Nothing was applied.');
  assert.deepEqual(log, []);
});

test('applyFixes_FixesThatOverlap_AppliesTheFirstAndLeavesTheOther', async () => {
  const paragraphs = ['Depot sale agreed', 'The Tory regime sold the depot.'];
  const party = replaceFix(1, 0, 'The Tory regime', 'The council', false);
  const word = replaceFix(1, 9, 'regime', 'administration');

  const { outcome, log } = await applyIn(paragraphs, [party, word]);

  assert.deepEqual(outcome, { applied: 1, skipped: 1, problem: null });
  assert.deepEqual(log, [['insertText', 1, 0, 'The Tory regime', 'The council', 'Replace']]);
});

test('applyAndRecheck_PressedAgainBeforeTheFirstIsAppliedAndChecked_AppliesOnce', async () => {
  const log = [];
  const paragraphs = ['Depot sale agreed', 'The regime sold the depot.'];
  global.Word = trackingWord(paragraphs, log);
  global.Office = wordApi14;
  global.fetch = async () => ({ ok: true, status: 200, json: async () => ({ diagnostics: [] }) });
  const doc = fakePane();
  const fix = replaceFix(1, 4, 'regime', 'administration');
  try {
    const outcomes = await Promise.all([pane.applyAndRecheck(doc, [fix]), pane.applyAndRecheck(doc, [fix])]);

    assert.deepEqual(outcomes, [{ applied: 1, skipped: 0, problem: null }, null]);
    assert.deepEqual(log, [['insertText', 1, 4, 'regime', 'administration', 'Replace']]);
    assert.equal(doc.elements.status.textContent, 'Applied 1 fix as tracked changes. No findings.');
  } finally {
    delete global.Office; delete global.fetch;
  }
});

// After one "regime" was replaced with change tracking on, Word's text still holds it, struck through.
const afterOneFix = 'The regimeadministration for garden waste changes first, and the regime for bulky items follows in May.';
const struckThrough = { 1: [4, 10] };

test('readParagraphs_WithATrackedDeletion_ReadsTheTextAsItWillBePublished', async () => {
  global.Word = trackingWord(['Bin rounds change', afterOneFix], [], struckThrough);
  global.Office = wordApi14;
  try {
    assert.deepEqual(await global.Word.run(pane.readParagraphs),
      ['Bin rounds change', 'The administration for garden waste changes first, and the regime for bulky items follows in May.']);
  } finally {
    delete global.Office;
  }
});

test('applyFixes_WordsAlsoInATrackedDeletion_ReplacesTheLiveOccurrenceAtTheFindingsOffset', async () => {
  const published = 'The administration for garden waste changes first, and the regime for bulky items follows in May.';

  const { outcome, log } = await applyIn(['Bin rounds change', afterOneFix], [replaceFix(1, published.indexOf('regime'), 'regime', 'administration')], struckThrough);

  assert.equal(outcome.problem, null);
  assert.deepEqual(log, [['insertText', 1, afterOneFix.lastIndexOf('regime'), 'regime', 'administration', 'Replace']]);
});

test('findRange_WordsAlsoInATrackedDeletion_FindsTheLiveOccurrenceAtTheFindingsOffset', async () => {
  const published = 'The administration for garden waste changes first, and the regime for bulky items follows in May.';
  global.Word = trackingWord(['Bin rounds change', afterOneFix], [], struckThrough);
  global.Office = wordApi14;
  try {
    const diagnostic = { ...finding, id: 'LOCAL001', paragraph: 1, offset: published.indexOf('regime'), length: 6, text: 'regime' };

    const range = await global.Word.run((context) => pane.findRange(context, diagnostic));

    assert.equal(range.at, afterOneFix.lastIndexOf('regime'));
  } finally {
    delete global.Office;
  }
});
