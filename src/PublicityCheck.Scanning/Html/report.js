(function () {
  'use strict';
  var severity = document.getElementById('filter-severity');
  var rule = document.getElementById('filter-rule');
  var newOnly = document.getElementById('filter-new');
  var shown = document.getElementById('shown');
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr.finding'));
  var blocks = Array.prototype.slice.call(document.querySelectorAll('section.file-block'));

  function apply() {
    var count = 0;
    rows.forEach(function (row) {
      var visible = (severity.value === '' || row.dataset.severity === severity.value)
        && (rule.value === '' || row.dataset.rule === rule.value)
        && (!newOnly.checked || row.dataset.status === 'new');
      row.classList.toggle('hidden', !visible);
      if (visible) { count++; }
    });
    blocks.forEach(function (block) {
      var any = block.querySelector('tr.finding:not(.hidden)') !== null;
      var filtering = severity.value !== '' || rule.value !== '' || newOnly.checked;
      block.classList.toggle('hidden', filtering && !any);
    });
    shown.textContent = count + ' of ' + rows.length + ' findings shown';
    shown.dataset.shown = String(count);
    shown.dataset.total = String(rows.length);
  }

  [severity, rule, newOnly].forEach(function (control) { control.addEventListener('change', apply); });
  apply();
  document.body.dataset.ready = 'true';
}());
