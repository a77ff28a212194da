/* PublicityCheck task pane for Word: reads the paragraphs, posts them to the server it was loaded from, lists the
   findings by severity, selects a finding's words when it is clicked and inserts findings as comments. Plain
   JavaScript with no build step; the logic is exported for the node tests (office-addin-mock). */
(function (root) {
  'use strict';

  var SEARCH_LIMIT = 255; // Word's search text limit.
  var SEVERITIES = ['error', 'warning', 'info'];
  var state = { diagnostics: [], textHash: null, timer: null };

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
    return paragraphs.items.map(function (p) { return p.text; });
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
    var head = text.slice(0, SEARCH_LIMIT);
    var results = paragraph.search(head, { matchCase: true });
    results.load('items');
    await context.sync();
    var start = results.items[occurrenceBefore(paragraph.text, head, diagnostic.offset || 0)] || results.items[0];
    if (!start) { return paragraph.getRange('Whole'); }
    if (text.length <= SEARCH_LIMIT) { return start; }
    var tail = text.slice(-SEARCH_LIMIT);
    var ends = paragraph.search(tail, { matchCase: true });
    ends.load('items');
    await context.sync();
    var end = ends.items[occurrenceBefore(paragraph.text, tail, (diagnostic.offset || 0) + text.length - tail.length)] || ends.items[0];
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

  function el(doc, tag, className, text) {
    var e = doc.createElement(tag);
    if (className) { e.className = className; }
    if (text != null) { e.textContent = text; }
    return e;
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

  async function runCheck(doc, force) {
    var status = doc.getElementById('status');
    try {
      var paragraphs = await root.Word.run(readParagraphs);
      if (!force && hash(paragraphs) === state.textHash) { return state.diagnostics; }
      state.textHash = hash(paragraphs);
      status.textContent = 'Checking\u2026';
      var publishOn = doc.getElementById('publish-on').value || null;
      state.diagnostics = await check(paragraphs, { apiKey: apiKey(doc), publishOn: publishOn });
      render(doc, state.diagnostics);
      status.textContent = summary(state.diagnostics);
      doc.getElementById('comment').disabled = state.diagnostics.length === 0 || !commentsSupported();
      return state.diagnostics;
    } catch (e) {
      status.textContent = 'Could not check: ' + e.message;
      var keyBox = e.status === 401 ? doc.getElementById('server-key') : null;
      if (keyBox) { keyBox.open = true; } // the server wants a key: show where it goes
      return [];
    }
  }

  function commentsSupported() {
    var office = root.Office;
    return !!(office && office.context && office.context.requirements && office.context.requirements.isSetSupported('WordApi', '1.4'));
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
    showOutsideWord: showOutsideWord, boot: boot
  };
  root.PublicityCheckPane = api;
  if (typeof module !== 'undefined' && module.exports) { module.exports = api; }
  // The script is the page's last element, after office.js: by now Office is there, or office.js could not be loaded.
  if (root.document && root.document.getElementById('check')) { boot(root.document); }
})(typeof window !== 'undefined' ? window : globalThis);
