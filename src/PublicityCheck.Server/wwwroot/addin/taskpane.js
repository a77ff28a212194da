/* PublicityCheck task pane for Word: reads the paragraphs, posts them to the server it was loaded from, lists the
   findings by severity, selects a finding's words when it is clicked, inserts findings as comments and applies the
   fixes the rules offer as tracked changes. Plain JavaScript with no build step; the logic is exported for the node
   tests (office-addin-mock). */
(function (root) {
  'use strict';

  var SEARCH_LIMIT = 255; // Word's search text limit.
  var SEVERITIES = ['error', 'warning', 'info'];
  // checks: how many checks have been started, so that only the latest one's answer is shown.
  var state = { diagnostics: [], textHash: null, timer: null, applying: false, checks: 0 };

  var KEY_STORAGE = 'publicitycheck.apiKey';
  // Sent with every API request: a page elsewhere cannot send it without the server's leave (a CORS preflight).
  var CLIENT_HEADER = 'X-PublicityCheck';

  function keyStore() {
    try { return root.localStorage || null; } catch (e) { return null; } // storage can be switched off
  }

  /** The server's API key as the user entered it in the pane (kept in this origin's local storage), or null. Never
      read from the page's address: an address leaks through history, logs and the Referer header. */
  function apiKey(doc) {
    var field = doc && doc.getElementById ? doc.getElementById('api-key') : null;
    if (field && field.value) { return field.value; }
    var store = keyStore();
    return (store && store.getItem(KEY_STORAGE)) || null;
  }

  /** Keeps (or, when empty, forgets) the key the user entered. */
  function rememberKey(value) {
    var store = keyStore();
    if (!store) { return; }
    if (value) { store.setItem(KEY_STORAGE, value); } else { store.removeItem(KEY_STORAGE); }
  }

  /** The text of every paragraph of the body, in order: the indexes the server reports findings by. */
  async function readParagraphs(context) {
    var paragraphs = context.document.body.paragraphs;
    paragraphs.load('items');
    await context.sync();
    return currentTexts(context, paragraphs.items);
  }

  /** Each paragraph's text as it reads with its tracked changes made (WordApi 1.4's reviewed text: a tracked deletion
      left out, a tracked insertion in): what the author means to publish, so what is checked and what fixes are
      found in. Word's plain text keeps the words of a tracked deletion, so a fix applied and checked again would
      otherwise be found once more. Without 1.4, where nothing is tracked by the pane, the plain text. */
  async function currentTexts(context, items) {
    if (!trackingSupported()) { return items.map(function (p) { return p.text; }); }
    var reviewed = items.map(function (p) { return p.getReviewedText('Current'); });
    await context.sync();
    return reviewed.map(function (r) { return r.value; });
  }

  /** The places a paragraph holds words as live text: Word's search also finds them in a tracked deletion, which
      (with WordApi 1.4, as currentTexts reads the paragraph) are left out. */
  async function liveMatches(context, paragraph, words) {
    var results = paragraph.search(words, { matchCase: true });
    results.load('items');
    await context.sync();
    if (!trackingSupported()) { return results.items; }
    var current = results.items.map(function (r) { return r.getReviewedText('Current'); });
    await context.sync();
    return results.items.filter(function (r, i) { return current[i].value === words; });
  }

  /** Posts the paragraphs to /api/v1/check and returns the findings. */
  async function check(paragraphs, options) {
    options = options || {};
    var headers = { 'Content-Type': 'application/json' };
    headers[CLIENT_HEADER] = '1';
    if (options.apiKey) { headers['X-API-Key'] = options.apiKey; }
    var body = { paragraphs: paragraphs };
    if (options.publishOn) { body.publishOn = options.publishOn; }
    var response = await (options.fetch || root.fetch)((options.base || '') + '/api/v1/check', {
      method: 'POST', headers: headers, body: JSON.stringify(body)
    });
    var json = await response.json();
    if (!response.ok) {
      var error = new Error(json.detail || json.title || ('HTTP ' + response.status));
      error.status = response.status;
      throw error;
    }
    return json.diagnostics;
  }

  /** Findings grouped by severity, most severe first, each group in document order. */
  function groupBySeverity(diagnostics) {
    return SEVERITIES.map(function (severity) {
      return {
        severity: severity,
        items: diagnostics.filter(function (d) { return d.severity === severity; })
          .sort(function (a, b) { return ((a.paragraph ?? -1) - (b.paragraph ?? -1)) || ((a.offset ?? 0) - (b.offset ?? 0)); })
      };
    }).filter(function (g) { return g.items.length > 0; });
  }

  /** How many times text occurs in paragraphText before offset: which search result is the finding's. */
  function occurrenceBefore(paragraphText, text, offset) {
    var count = 0;
    var at = paragraphText.indexOf(text);
    while (at !== -1 && at < offset) { count++; at = paragraphText.indexOf(text, at + 1); }
    return count;
  }

  /** The range of a finding's words, or the whole paragraph when the words cannot be found. */
  async function findRange(context, diagnostic) {
    var paragraphs = context.document.body.paragraphs;
    paragraphs.load('items');
    await context.sync();
    var index = diagnostic.paragraph == null ? 0 : diagnostic.paragraph;
    var paragraph = paragraphs.items[index];
    if (!paragraph) { return null; }
    var text = diagnostic.text || '';
    if (diagnostic.paragraph == null || !text || text.indexOf('\n') !== -1) { return paragraph.getRange('Whole'); }
    // Counted in the paragraph as the check read it, among the words not struck out.
    var checked = (await currentTexts(context, [paragraph]))[0];
    var head = text.slice(0, SEARCH_LIMIT);
    var starts = await liveMatches(context, paragraph, head);
    var start = starts[occurrenceBefore(checked, head, diagnostic.offset || 0)] || starts[0];
    if (!start) { return paragraph.getRange('Whole'); }
    if (text.length <= SEARCH_LIMIT) { return start; }
    var tail = text.slice(-SEARCH_LIMIT);
    var ends = await liveMatches(context, paragraph, tail);
    var end = ends[occurrenceBefore(checked, tail, (diagnostic.offset || 0) + text.length - tail.length)] || ends[0];
    return end ? start.expandTo(end) : start;
  }

  async function selectFinding(diagnostic) {
    return root.Word.run(async function (context) {
      var range = await findRange(context, diagnostic);
      if (range) { range.select(); await context.sync(); }
    });
  }

  // A finding raised in context (a partisan sentence in a pre-election period) says why after its message.
  function messageOf(d) { return d.raised ? d.message + ' (raised: ' + d.raised + ')' : d.message; }

  function commentText(d) { return d.id + ' ' + d.severity + ': ' + messageOf(d) + ' (' + d.helpUri + ')'; }

  async function insertComments(diagnostics) {
    return root.Word.run(async function (context) {
      for (var i = 0; i < diagnostics.length; i++) {
        var range = await findRange(context, diagnostics[i]);
        if (range) { range.insertComment(commentText(diagnostics[i])); }
      }
      await context.sync();
      return diagnostics.length;
    });
  }

  // Word's API sets: 1.4 brings change tracking (Document.changeTrackingMode) and comments.
  var TRACKING_SET = '1.4';
  var MESSAGES = {
    noTracking: 'This version of Word cannot turn on change tracking for an add-in (it needs WordApi 1.4: Word 2021 or '
      + 'Microsoft 365), so no fix was applied. Make the change by hand with Track Changes on.',
    changed: 'The text has changed since the check; check again. Nothing was applied.',
    spansParagraphs: 'This fix runs across paragraphs and cannot be applied from the pane; make it by hand. Nothing was applied.'
  };

  /** The fixes of a finding that change the text (an "Apply" each), best first. */
  function editFixes(d) { return (d.fixes || []).filter(function (f) { return f.edits && f.edits.length > 0; }); }

  /** The fixes of a finding that are advice only (who could be quoted instead, a date to hold until): shown, never applied. */
  function adviceFixes(d) { return (d.fixes || []).filter(function (f) { return !f.edits || f.edits.length === 0; }); }

  /** What "Apply all safe fixes" applies: for each finding, its first fix that changes the text and is safe to apply
      without a person reading it (as the fix command chooses). */
  function safeFixes(diagnostics) {
    var fixes = [];
    diagnostics.forEach(function (d) {
      var fix = editFixes(d).filter(function (f) { return f.safe; })[0];
      if (fix) { fixes.push(fix); }
    });
    return fixes;
  }

  function trackingSupported() {
    var office = root.Office;
    return !!(office && office.context && office.context.requirements && office.context.requirements.isSetSupported('WordApi', TRACKING_SET));
  }

  /** The range an edit replaces, found by its words within its paragraph (the n-th live occurrence, n counted up to
      its offset), or a reason it cannot be applied. The paragraph must still read oldText at the edit's offset.
      texts: the paragraphs as the check read them (currentTexts). */
  async function locateEdit(context, paragraphs, texts, edit) {
    // The pane sends the body's paragraphs, so every edit is in the body and its indexes are theirs.
    if (edit.endParagraph !== edit.paragraph) {
      return edit.offset === 0 && edit.endOffset === 0 ? locateParagraphs(paragraphs, texts, edit) : { problem: 'spansParagraphs' };
    }
    var paragraph = paragraphs[edit.paragraph];
    var text = texts[edit.paragraph];
    if (!paragraph || text.slice(edit.offset, edit.endOffset) !== edit.oldText) { return { problem: 'changed' }; }
    if (edit.oldText === '') {
      // Nothing to search for: an insertion can be placed only at either end of the paragraph.
      if (edit.offset === 0) { return { edit: edit, range: paragraph.getRange('Start') }; }
      if (edit.offset === text.length) { return { edit: edit, range: paragraph.getRange('End') }; }
      return { problem: 'changed' };
    }
    var head = edit.oldText.slice(0, SEARCH_LIMIT);
    var start = (await liveMatches(context, paragraph, head))[occurrenceBefore(text, head, edit.offset)];
    if (!start) { return { problem: 'changed' }; }
    if (edit.oldText.length <= SEARCH_LIMIT) { return { edit: edit, range: start }; }
    var tail = edit.oldText.slice(-SEARCH_LIMIT);
    var end = (await liveMatches(context, paragraph, tail))[occurrenceBefore(text, tail, edit.endOffset - tail.length)];
    return end ? { edit: edit, range: start.expandTo(end) } : { problem: 'changed' };
  }

  /** An edit that removes whole paragraphs (offset 0 of the first to offset 0 of the one after the last): the
      paragraphs themselves, if they still read as the edit says. */
  function locateParagraphs(paragraphs, texts, edit) {
    var removed = texts.slice(edit.paragraph, edit.endParagraph);
    var text = removed.map(function (t) { return t + '\n'; }).join('');
    if (removed.length !== edit.endParagraph - edit.paragraph || text !== edit.oldText || edit.newText !== '') {
      return { problem: 'changed' };
    }
    return { edit: edit, paragraphs: paragraphs.slice(edit.paragraph, edit.endParagraph) };
  }

  function overlaps(a, b) {
    var before = function (p1, o1, p2, o2) { return p1 < p2 || (p1 === p2 && o1 < o2); };
    var empty = function (e) { return e.paragraph === e.endParagraph && e.offset === e.endOffset; };
    if (empty(a) || empty(b)) { return false; }
    return before(a.paragraph, a.offset, b.endParagraph, b.endOffset) && before(b.paragraph, b.offset, a.endParagraph, a.endOffset);
  }

  /**
   * Applies fixes to the document as tracked changes. Finds every edit's words where the check found them first, and
   * touches nothing at all if any has changed since; then turns change tracking on (never applying without it: a
   * Word without WordApi 1.4 gets nothing) and makes the edits in the same batch, from the end of the document back
   * so each lands where the check saw it. A fix whose edits overlap one taken before it is left. Resolves to
   * { applied, skipped, problem }, problem being a key of MESSAGES or null.
   */
  async function applyFixes(fixes) {
    if (!trackingSupported()) { return { applied: 0, skipped: 0, problem: 'noTracking' }; }
    return root.Word.run(async function (context) {
      var paragraphs = context.document.body.paragraphs;
      paragraphs.load('items');
      await context.sync();
      var texts = await currentTexts(context, paragraphs.items);
      var chosen = [];
      var kept = [];
      var skipped = 0;
      for (var i = 0; i < fixes.length; i++) {
        var fix = fixes[i];
        var clash = fix.edits.some(function (e) { return kept.some(function (k) { return overlaps(e, k); }); });
        if (clash) { skipped++; continue; }
        for (var j = 0; j < fix.edits.length; j++) {
          var target = await locateEdit(context, paragraphs.items, texts, fix.edits[j]);
          if (target.problem) { return { applied: 0, skipped: 0, problem: target.problem }; }
          chosen.push(target);
        }
        kept = kept.concat(fix.edits);
      }
      // Every edit was found as the check saw it: only now is the document touched, tracking on before any text.
      context.document.changeTrackingMode = root.Word.ChangeTrackingMode.trackAll;
      chosen.sort(function (a, b) { return (b.edit.paragraph - a.edit.paragraph) || (b.edit.offset - a.edit.offset); });
      chosen.forEach(function (target) {
        if (target.paragraphs) {
          target.paragraphs.slice().reverse().forEach(function (p) { p.delete(); });
        } else {
          target.range.insertText(target.edit.newText, 'Replace');
        }
      });
      await context.sync();
      return { applied: fixes.length - skipped, skipped: skipped, problem: null };
    });
  }

  function fixCount(n) { return n + (n === 1 ? ' fix' : ' fixes'); }

  /** Applies fixes and says what happened; after a change, checks again so the list shows what is left. */
  async function applyAndRecheck(doc, fixes) {
    // A second press before the first is applied and checked again would work from a list already out of date.
    if (state.applying) { return null; }
    var status = doc.getElementById('status');
    state.applying = true;
    try {
      var outcome = await applyFixes(fixes);
      if (outcome.problem) {
        status.textContent = MESSAGES[outcome.problem];
        return outcome;
      }
      await runCheck(doc, true);
      var done = 'Applied ' + fixCount(outcome.applied) + ' as tracked changes'
        + (outcome.skipped ? '; left ' + fixCount(outcome.skipped) + ' that overlapped another' : '') + '. ';
      status.textContent = done + status.textContent;
      return outcome;
    } catch (e) {
      status.textContent = 'Could not apply: ' + e.message;
      return null;
    } finally {
      state.applying = false;
    }
  }

  function el(doc, tag, className, text) {
    var e = doc.createElement(tag);
    if (className) { e.className = className; }
    if (text != null) { e.textContent = text; }
    return e;
  }

  // A button inside a finding must not also select the finding's words (the item's own click and Enter).
  function keepToItself(control) {
    control.addEventListener('click', function (e) { e.stopPropagation(); });
    control.addEventListener('keydown', function (e) { e.stopPropagation(); });
  }

  function fixLabel(fix) { return fix.title + (fix.safe ? '' : ' (read it before applying)'); }

  /** A finding's remedies: each piece of advice as a line, and an Apply button for the fixes that change the text
      (a choice between them first when there are several). */
  function renderFixes(doc, item, d) {
    adviceFixes(d).forEach(function (fix) { item.appendChild(el(doc, 'span', 'advice', 'Suggestion: ' + fix.title)); });
    var fixes = editFixes(d);
    if (fixes.length === 0) { return; }
    var box = el(doc, 'div', 'fix');
    var button = el(doc, 'button', 'apply', 'Apply');
    button.type = 'button';
    var label = function (fix) { button.setAttribute('aria-label', 'Apply: ' + fix.title); button.title = fix.title; };
    var choose;
    if (fixes.length === 1) {
      box.appendChild(el(doc, 'span', 'fix-title' + (fixes[0].safe ? '' : ' needs-person'), fixLabel(fixes[0])));
    } else {
      choose = el(doc, 'select', 'fix-choice');
      choose.setAttribute('aria-label', 'Fix for ' + d.id);
      fixes.forEach(function (fix, index) {
        var option = el(doc, 'option', null, fixLabel(fix));
        option.value = String(index);
        choose.appendChild(option);
      });
      choose.addEventListener('change', function () { label(fixes[Number(choose.value)]); });
      keepToItself(choose);
      box.appendChild(choose);
    }
    label(fixes[0]);
    button.addEventListener('click', function () { applyAndRecheck(doc, [fixes[choose ? Number(choose.value) : 0]]); });
    keepToItself(button);
    box.appendChild(button);
    item.appendChild(box);
  }

  function render(doc, diagnostics) {
    var container = doc.getElementById('findings');
    container.textContent = '';
    groupBySeverity(diagnostics).forEach(function (group) {
      container.appendChild(el(doc, 'h2', null, group.severity + ' (' + group.items.length + ')'));
      var list = el(doc, 'ul');
      group.items.forEach(function (d) {
        var item = el(doc, 'li', 'finding ' + d.severity);
        item.tabIndex = 0;
        item.appendChild(el(doc, 'span', 'rule', d.id));
        item.appendChild(el(doc, 'span', 'message', messageOf(d)));
        if (d.text) { item.appendChild(el(doc, 'span', 'words', '\u201c' + d.text + '\u201d')); }
        var help = el(doc, 'a', 'help', 'About ' + d.id);
        help.href = d.helpUri; help.target = '_blank'; help.rel = 'noopener';
        help.addEventListener('click', function (e) { e.stopPropagation(); });
        item.appendChild(help);
        renderFixes(doc, item, d);
        item.addEventListener('click', function () { selectFinding(d); });
        item.addEventListener('keydown', function (e) { if (e.key === 'Enter') { selectFinding(d); } });
        list.appendChild(item);
      });
      container.appendChild(list);
    });
  }

  function summary(diagnostics) {
    if (diagnostics.length === 0) { return 'No findings.'; }
    return groupBySeverity(diagnostics).map(function (g) { return g.items.length + ' ' + g.severity + (g.items.length === 1 ? '' : 's'); }).join(', ');
  }

  function hash(paragraphs) { return paragraphs.join('\u2029'); }

  /** Checks the document and shows the findings. Checks can overlap (the one the pane starts when it opens, the
      Check button, a re-check after typing), and their answers can arrive in any order: only the answer to the latest
      check started is shown, so an earlier one (of older text, or another publication date) never replaces it. */
  async function runCheck(doc, force) {
    var status = doc.getElementById('status');
    var mine = null; // numbered once it is sure to be sent: a re-check of unchanged text must not drop one in flight
    try {
      var paragraphs = await root.Word.run(readParagraphs);
      if (!force && hash(paragraphs) === state.textHash) { return state.diagnostics; }
      mine = ++state.checks;
      state.textHash = hash(paragraphs);
      status.textContent = 'Checking\u2026';
      var publishOn = doc.getElementById('publish-on').value || null;
      var diagnostics = await check(paragraphs, { apiKey: apiKey(doc), publishOn: publishOn });
      if (mine !== state.checks) { return state.diagnostics; }
      state.diagnostics = diagnostics;
      render(doc, state.diagnostics);
      status.textContent = summary(state.diagnostics);
      doc.getElementById('comment').disabled = state.diagnostics.length === 0 || !commentsSupported();
      showSafeCount(doc);
      return state.diagnostics;
    } catch (e) {
      if (mine !== null && mine !== state.checks) { return state.diagnostics; }
      status.textContent = 'Could not check: ' + e.message;
      var keyBox = e.status === 401 ? doc.getElementById('server-key') : null;
      if (keyBox) { keyBox.open = true; } // the server wants a key: show where it goes
      return [];
    }
  }

  function commentsSupported() { return trackingSupported(); }

  /** "Apply all safe fixes (n)", off when there are none. */
  function showSafeCount(doc) {
    var button = doc.getElementById('apply-safe');
    if (!button) { return; }
    var n = safeFixes(state.diagnostics).length;
    button.textContent = 'Apply all safe fixes (' + n + ')';
    button.disabled = n === 0;
  }

  /** Re-checks a moment after the user stops editing (Word raises selection changes as they type). */
  function scheduleRecheck(doc, delay) {
    if (state.timer) { root.clearTimeout(state.timer); }
    state.timer = root.setTimeout(function () { state.timer = null; runCheck(doc, false); }, delay == null ? 1500 : delay);
  }

  function start(doc) {
    var keyField = doc.getElementById('api-key');
    if (keyField) {
      keyField.value = apiKey(null) || '';
      keyField.addEventListener('change', function () { rememberKey(keyField.value); });
    }
    doc.getElementById('check').addEventListener('click', function () { runCheck(doc, true); });
    doc.getElementById('comment').addEventListener('click', async function () {
      var n = await insertComments(state.diagnostics);
      doc.getElementById('status').textContent = n + ' comment' + (n === 1 ? '' : 's') + ' inserted.';
    });
    var applySafe = doc.getElementById('apply-safe');
    if (applySafe) {
      applySafe.addEventListener('click', function () { applyAndRecheck(doc, safeFixes(state.diagnostics)); });
    }
    var office = root.Office;
    if (office && office.context && office.context.document && office.context.document.addHandlerAsync) {
      office.context.document.addHandlerAsync(office.EventType.DocumentSelectionChanged, function () { scheduleRecheck(doc); });
    }
    runCheck(doc, true);
  }

  /** Opened in a browser (or another Office application) rather than Word: says so and what to do instead, and turns
      off the buttons that would otherwise do nothing. */
  function showOutsideWord(doc) {
    doc.getElementById('outside-word').hidden = false;
    doc.getElementById('check').disabled = true;
    doc.getElementById('comment').disabled = true;
    var applySafe = doc.getElementById('apply-safe');
    if (applySafe) { applySafe.disabled = true; }
    doc.getElementById('status').textContent = 'Not running inside Word: there is no document to check.';
  }

  /** Starts the pane in Word; anywhere else (no Office host, or office.js not loaded at all) says it is outside Word. */
  function boot(doc) {
    var office = root.Office;
    if (!office || typeof office.onReady !== 'function') {
      showOutsideWord(doc);
      return Promise.resolve(false);
    }
    return Promise.resolve(office.onReady()).then(function (info) {
      var word = info && office.HostType && info.host === office.HostType.Word;
      if (word) { start(doc); } else { showOutsideWord(doc); }
      return !!word;
    });
  }

  var api = {
    apiKey: apiKey, rememberKey: rememberKey, readParagraphs: readParagraphs, check: check, groupBySeverity: groupBySeverity, occurrenceBefore: occurrenceBefore,
    findRange: findRange, selectFinding: selectFinding, insertComments: insertComments, commentText: commentText,
    render: render, summary: summary, runCheck: runCheck, scheduleRecheck: scheduleRecheck, start: start, state: state,
    showOutsideWord: showOutsideWord, boot: boot, editFixes: editFixes, adviceFixes: adviceFixes, safeFixes: safeFixes,
    locateEdit: locateEdit, applyFixes: applyFixes, applyAndRecheck: applyAndRecheck, messages: MESSAGES
  };
  root.PublicityCheckPane = api;
  if (typeof module !== 'undefined' && module.exports) { module.exports = api; }
  // The script is the page's last element, after office.js: by now Office is there, or office.js could not be loaded.
  if (root.document && root.document.getElementById('check')) { boot(root.document); }
})(typeof window !== 'undefined' ? window : globalThis);
