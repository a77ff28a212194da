/* The plain web page: paste text or drop a .docx or .md, see the findings highlighted in place, each with its first
   suggested fix. */
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };

  // A finding raised in context (a partisan sentence in a pre-election period) says why after its message.
  function messageOf(d) { return d.raised ? d.message + ' (raised: ' + d.raised + ')' : d.message; }

  function publishOn() { return $('publish-on').value || undefined; }

  // Whether the date field holds a date the user chose. A date filled in from a file is the file's: the next file
  // dropped is checked as of its own date, not the last one's.
  var dateChosen = false;

  var SOURCES = {
    dateline: function (p) { return 'its dateline, \u201c' + p.detail + '\u201d'; },
    frontMatter: function (p) { return 'its \u201c' + p.detail + '\u201d property'; },
    documentProperties: function (p) {
      return p.detail === 'modified' ? 'Word\'s record of when it was last saved (it states no date of its own)'
        : 'Word\'s record of when it was created (it states no date of its own)';
    },
    fileName: function (p) { return 'its file name, ' + p.detail; }
  };

  function longDate(iso) {
    return new Date(iso + 'T00:00:00Z').toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  }

  /** After a file is checked: fills the date field with the date the release states, unless the user chose one,
      and says where the date came from. */
  function takeDate(file, publication) {
    var note = $('publish-on-note');
    var from = publication && (SOURCES[publication.source] || function () { return publication.source; })(publication);
    if (dateChosen) {
      note.textContent = publication && publication.date !== publishOn()
        ? 'Checked as of the date you set; ' + file.name + ' says ' + longDate(publication.date) + ', from ' + from + '.'
        : '';
      return;
    }
    if (publication) {
      $('publish-on').value = publication.date;
      note.textContent = 'Publication date ' + longDate(publication.date) + ', taken from ' + file.name + ': ' + from + '.';
    } else {
      $('publish-on').value = '';
      note.textContent = file.name + ' states no publication date, so it was checked as of today; set the date and drop it again if it goes out another day.';
    }
  }

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text != null) { e.textContent = text; }
    return e;
  }

  /** A finding's first suggestion, inline: the words it would change struck through with their replacement beside
      them, or its advice as a line (whom to quote instead, the date to hold the release until); null if none. */
  function suggestion(d) {
    var fix = (d.fixes || [])[0];
    if (!fix) { return null; }
    var line = element('div', 'suggestion');
    line.appendChild(element('span', 'label', 'Suggestion: '));
    if (!fix.edits || fix.edits.length === 0) {
      line.appendChild(element('span', 'advice', fix.title));
      return line;
    }
    fix.edits.forEach(function (edit, i) {
      if (i > 0) { line.appendChild(document.createTextNode('; ')); }
      // A line removed whole ends with its line break: show the words.
      var old = edit.oldText.replace(/\n+$/, '');
      if (old) { line.appendChild(element('del', null, old)); }
      if (old && edit.newText) { line.appendChild(document.createTextNode(' ')); }
      if (edit.newText) { line.appendChild(element('ins', null, edit.newText)); }
      if (!edit.newText) { line.appendChild(element('span', 'removed', ' (remove)')); }
    });
    if (!fix.safe) { line.appendChild(element('span', 'person', ' (check the wording before you use it)')); }
    line.title = fix.title;
    return line;
  }

  async function post(url, body, contentType) {
    // X-PublicityCheck: a page elsewhere cannot send it without the server's leave (a CORS preflight), so the server
    // knows the request comes from its own pages.
    var response = await fetch(url, { method: 'POST', headers: { 'Content-Type': contentType, 'X-PublicityCheck': '1' }, body: body });
    var json = await response.json();
    if (!response.ok) { throw new Error(json.detail || json.title); }
    return json;
  }

  /** Shows the release with its findings marked, and lists them. lines: the paragraphs are a Markdown file's lines,
      laid out as the file is (a blank line between paragraphs) rather than each line as a paragraph of its own. */
  function show(paragraphs, diagnostics, lines) {
    var release = $('release');
    release.textContent = '';
    release.className = lines ? 'release lines' : 'release';
    paragraphs.forEach(function (text, index) {
      if (text == null || text.trim() === '') {
        if (lines) { var gap = document.createElement('p'); gap.className = 'gap'; release.appendChild(gap); }
        return;
      }
      var p = document.createElement('p');
      var at = 0;
      // Only body findings mark the body: a header's or footnote's paragraph 0 is not the body's.
      diagnostics.filter(function (d) { return d.paragraph === index && d.length > 0 && (!d.part || d.part === 'body'); })
        .sort(function (a, b) { return a.offset - b.offset; })
        .forEach(function (d) {
          if (d.offset < at) { return; }
          p.appendChild(document.createTextNode(text.slice(at, d.offset)));
          var mark = document.createElement('mark');
          mark.className = d.severity;
          mark.title = d.id + ': ' + messageOf(d);
          mark.textContent = text.slice(d.offset, d.offset + d.length);
          p.appendChild(mark);
          at = d.offset + d.length;
        });
      p.appendChild(document.createTextNode(text.slice(at)));
      release.appendChild(p);
    });
    var list = $('findings');
    list.textContent = '';
    diagnostics.forEach(function (d) {
      var li = document.createElement('li');
      li.className = 'finding ' + d.severity;
      var where = d.paragraph == null ? 'whole release' : (d.part && d.part !== 'body' ? d.part + ' ' : '') + (lines ? 'line ' : 'paragraph ') + (d.paragraph + 1);
      li.textContent = d.severity + ' ' + d.id + ' (' + where + '): ' + messageOf(d) + ' ';
      var a = document.createElement('a');
      a.href = d.helpUri; a.textContent = 'about ' + d.id;
      li.appendChild(a);
      var suggested = suggestion(d);
      if (suggested) { li.appendChild(suggested); }
      list.appendChild(li);
    });
    $('status').textContent = diagnostics.length === 0 ? 'No findings.' : diagnostics.length + ' finding' + (diagnostics.length === 1 ? '' : 's') + '.';
  }

  // How many checks have been started: a file dropped and then text checked (or the other way round) overlap, and
  // only the answer to the latest check started is shown, whichever answer arrives last.
  var checks = 0;

  async function checkText() {
    var mine = ++checks;
    var paragraphs = $('text').value.split(/\r?\n/);
    $('file').value = ''; // the results are the text's now, not a file's
    try {
      var result = await post('/api/v1/check', JSON.stringify({ paragraphs: paragraphs, publishOn: publishOn() }), 'application/json');
      if (mine !== checks) { return; }
      show(paragraphs, result.diagnostics);
    } catch (e) {
      if (mine === checks) { $('status').textContent = 'Could not check: ' + e.message; }
    }
  }

  async function checkFile(file) {
    var mine = ++checks;
    $('status').textContent = 'Checking ' + file.name + '\u2026';
    // Only a date the user chose overrides the one the release states.
    var date = dateChosen ? publishOn() : undefined;
    try {
      if (/\.(md|markdown)$/i.test(file.name)) {
        var markdown = await file.text();
        var md = await post('/api/v1/check', JSON.stringify({ markdown: markdown, publishOn: date }), 'application/json');
        if (mine !== checks) { return; }
        show(markdown.split(/\r?\n/), md.diagnostics, true);
        takeDate(file, md.publication);
      } else {
        var url = '/api/v1/check/docx' + (date ? '?publishOn=' + date : '');
        var word = await post(url, await file.arrayBuffer(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
        if (mine !== checks) { return; }
        show(word.paragraphs || [], word.diagnostics);
        takeDate(file, word.publication);
      }
    } catch (e) {
      if (mine === checks) { $('status').textContent = 'Could not check ' + file.name + ': ' + e.message; }
    }
  }

  $('publish-on').addEventListener('input', function () { dateChosen = this.value !== ''; $('publish-on-note').textContent = ''; });
  $('check').addEventListener('click', function () { checkText(); });
  $('file').addEventListener('change', function () { if (this.files[0]) { checkFile(this.files[0]); } });
  var drop = $('drop');
  drop.addEventListener('dragover', function (e) { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', function () { drop.classList.remove('over'); });
  drop.addEventListener('drop', function (e) {
    e.preventDefault();
    drop.classList.remove('over');
    if (e.dataTransfer.files[0]) { $('file').value = ''; checkFile(e.dataTransfer.files[0]); }
  });
})();
