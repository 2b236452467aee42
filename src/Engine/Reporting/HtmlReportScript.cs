namespace ComplianceFns.Engine.Reporting;

/// <summary>
/// The report's only script: filters rows by severity, rule, site and text, keeps the state in location.hash so a
/// filtered view can be shared, and shows "显示 N / M 条". A constant: no data is ever written into it.
/// </summary>
public static class HtmlReportScript
{
    public const string Source = """
(function () {
  'use strict';
  var form = document.getElementById('filters');
  if (!form) { return; }
  var fields = { severity: form.elements.namedItem('severity'), rule: form.elements.namedItem('rule'),
    site: form.elements.namedItem('site'), q: form.elements.namedItem('q') };
  var openRows = Array.prototype.slice.call(document.querySelectorAll('tr.finding'));
  var resolvedRows = Array.prototype.slice.call(document.querySelectorAll('tr.resolved-finding'));
  var shown = document.getElementById('shown-count');
  var total = document.getElementById('total-count');
  var summary = document.getElementById('filter-summary');

  function hasOption(select, value) {
    for (var i = 0; i < select.options.length; i++) { if (select.options[i].value === value) { return true; } }
    return false;
  }

  function readHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    ['severity', 'rule', 'site'].forEach(function (name) {
      var value = params.get(name) || '';
      fields[name].value = hasOption(fields[name], value) ? value : '';
    });
    var q = params.get('q') || '';
    if (fields.q.value !== q) { fields.q.value = q; }
  }

  function matches(row) {
    var q = fields.q.value.trim().toLowerCase();
    return (!fields.severity.value || row.getAttribute('data-severity') === fields.severity.value)
      && (!fields.rule.value || row.getAttribute('data-rule') === fields.rule.value)
      && (!fields.site.value || row.getAttribute('data-site') === fields.site.value)
      && (!q || (row.getAttribute('data-search') || '').indexOf(q) >= 0);
  }

  function apply() {
    var visible = 0;
    openRows.forEach(function (row) { var ok = matches(row); row.hidden = !ok; if (ok) { visible++; } });
    resolvedRows.forEach(function (row) { row.hidden = !matches(row); });
    // Hide a rule group or site section whose rows are all filtered out, so headings never stand empty.
    document.querySelectorAll('.rule-group, .site-section').forEach(function (group) {
      group.hidden = group.querySelector('tr.finding:not([hidden]), tr.resolved-finding:not([hidden])') === null;
    });
    shown.textContent = String(visible);
    total.textContent = String(openRows.length);
    describe();
  }

  // Says in words which filters are active (also what --dump-dom shows, since it serialises no form state).
  function describe() {
    var parts = [];
    [['severity', '严重程度'], ['rule', '规则'], ['site', '站点']].forEach(function (pair) {
      var select = fields[pair[0]];
      if (select.value) { parts.push(pair[1] + '“' + select.options[select.selectedIndex].text + '”'); }
    });
    var q = fields.q.value.trim();
    if (q) { parts.push('搜索“' + q + '”'); }
    summary.textContent = parts.length ? '（筛选条件：' + parts.join('，') + '）' : '';
  }

  function writeHash() {
    var params = new URLSearchParams();
    ['severity', 'rule', 'site', 'q'].forEach(function (name) {
      var value = name === 'q' ? fields[name].value.trim() : fields[name].value;
      if (value) { params.set(name, value); }
    });
    var hash = params.toString();
    if (location.hash.replace(/^#/, '') !== hash) {
      try { history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search); }
      catch (e) { location.hash = hash; }
    }
    apply();
  }

  form.addEventListener('submit', function (event) { event.preventDefault(); });
  form.addEventListener('change', writeHash);
  form.addEventListener('input', writeHash);
  form.addEventListener('reset', function (event) {
    event.preventDefault();
    ['severity', 'rule', 'site', 'q'].forEach(function (name) { fields[name].value = ''; });
    writeHash();
  });
  window.addEventListener('hashchange', function () { readHash(); apply(); });
  readHash();
  apply();
  // When the page became usable (parsed and filtered), for the benchmark and for anyone timing a large report.
  document.documentElement.setAttribute('data-ready-ms', String(Math.round(performance.now())));
})();
""";
}
