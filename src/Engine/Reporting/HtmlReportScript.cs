namespace ComplianceFns.Engine.Reporting;

/// <summary>
/// The report's only script. It reads every finding from the JSON data block (<see cref="ReportDataBlock"/>), filters
/// by severity, rule, site and text over that data (not over DOM rows), renders one page of rows at a time with the
/// same markup as <see cref="HtmlFindingList"/>, keeps filters and page in location.hash so a view can be shared,
/// shows "显示 N / M 条", and renders every row of the current filter before printing. It builds nodes with
/// textContent only, so no data ever becomes markup. A constant: no data is ever written into it.
/// </summary>
public static class HtmlReportScript
{
    public const string Source = """
(function () {
  'use strict';
  var form = document.getElementById('filters');
  var dataNode = document.getElementById('report-data');
  if (!form || !dataNode) { return; }
  var data = JSON.parse(dataNode.textContent);
  var S = data.s, SEV = data.sev, RULES = data.rules, NAMES = data.names || {}, PAGE_SIZE = data.pageSize;
  var RESOLVED_COLUMNS = data.resolvedColumns;
  // Row layout, see ReportDataBlock.
  var SITE = 1, RULE = 2, PAGE = 3, PAGE_HREF = 4, TARGET = 5, TARGET_HREF = 6, TEXT = 7, MESSAGE = 8, EVIDENCE = 9, FIRST = 10, LAST = 11, RECT = 12;
  // Optional columns, see FindingColumns: a rule's open table leaves out the ones its findings never fill.
  var COL_TARGET = 1, COL_TEXT = 2, COL_EVIDENCE = 4, COL_RECT = 8, COL_ALL = 15;
  var HEADERS = [['严重程度', 'col-sev', 0], ['所在页面', 'col-url', 0], ['链接目标', 'col-url', COL_TARGET],
    ['链接文字 / 问题文字', 'col-text', COL_TEXT], ['问题说明', 'col-message', 0], ['证据', 'col-evidence', COL_EVIDENCE],
    ['整改情况', 'col-rect', COL_RECT], ['首次发现', 'date', 0]];
  var fields = { severity: form.elements.namedItem('severity'), rule: form.elements.namedItem('rule'),
    site: form.elements.namedItem('site'), q: form.elements.namedItem('q') };
  var shown = document.getElementById('shown-count');
  var total = document.getElementById('total-count');
  var summary = document.getElementById('filter-summary');
  var lists = [
    { rows: data.open, resolved: false, page: 1, all: false, count: 0, search: null,
      container: document.getElementById('open-list'), pager: document.getElementById('open-pager') },
    { rows: data.resolved, resolved: true, page: 1, all: false, count: 0, search: null,
      container: document.getElementById('resolved-list'), pager: document.getElementById('resolved-pager') }
  ];
  var openList = lists[0];
  var appliedKey = null;

  function str(i) { return i < 0 ? '' : S[i]; }

  function siteName(i) { var id = S[i]; return Object.prototype.hasOwnProperty.call(NAMES, id) ? NAMES[id] : id; }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function hasOption(select, value) {
    for (var i = 0; i < select.options.length; i++) { if (select.options[i].value === value) { return true; } }
    return false;
  }

  function severityName(token) {
    for (var i = 0; i < SEV.length; i++) { if (SEV[i][0] === token) { return SEV[i][1]; } }
    return null;
  }

  // Checks the radio explicitly: assigning '' to a RadioNodeList's value does not check the "全部" radio.
  function setSeverity(value) {
    for (var i = 0; i < fields.severity.length; i++) { fields.severity[i].checked = fields.severity[i].value === value; }
  }

  function readHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    var severity = params.get('severity') || '';
    setSeverity(severityName(severity) ? severity : '');
    ['rule', 'site'].forEach(function (name) {
      var value = params.get(name) || '';
      fields[name].value = hasOption(fields[name], value) ? value : '';
    });
    var q = params.get('q') || '';
    if (fields.q.value !== q) { fields.q.value = q; }
    openList.page = parseInt(params.get('page') || '1', 10) || 1;
  }

  function filterKey() {
    return [fields.severity.value, fields.rule.value, fields.site.value, fields.q.value.trim().toLowerCase()].join('\u0000');
  }

  // Lower-cased message, page, target, shown text and the office's record (责任人, 措施 …) of each row, built on the first search only.
  function searchable(list) {
    if (!list.search) {
      list.search = list.rows.map(function (r) {
        var text = '', rect = '';
        for (var i = 1; i < r[TEXT].length; i += 2) { text += str(r[TEXT][i]); }
        for (i = 1; i < r[RECT].length; i += 2) { rect += str(r[RECT][i]) + '\n'; }
        return [str(r[MESSAGE]), str(r[PAGE]), str(r[TARGET]), text, rect].join('\n').toLowerCase();
      });
    }
    return list.search;
  }

  function filtered(list) {
    var severity = fields.severity.value, rule = fields.rule.value, site = fields.site.value;
    var q = fields.q.value.trim().toLowerCase();
    var search = q ? searchable(list) : null;
    var result = [];
    for (var i = 0; i < list.rows.length; i++) {
      var r = list.rows[i];
      if ((severity && SEV[r[0]][0] !== severity) || (rule && RULES[r[RULE]][0] !== rule)
        || (site && S[r[SITE]] !== site) || (q && search[i].indexOf(q) < 0)) { continue; }
      result.push(r);
    }
    return result;
  }

  function urlCell(textIndex, hrefIndex) {
    var td = el('td');
    if (textIndex < 0) { return td; }
    // Only URLs the server judged absolute http(s) carry an href; anything else stays text.
    var node = el(hrefIndex >= 0 ? 'a' : 'span', 'url', S[textIndex]);
    if (hrefIndex >= 0) {
      node.setAttribute('href', S[hrefIndex]);
      node.setAttribute('rel', 'noopener noreferrer');
      node.setAttribute('referrerpolicy', 'no-referrer');
    }
    td.appendChild(node);
    return td;
  }

  // Label and value pairs (evidence, the office's record) as a list in one cell.
  function lines(pairs) {
    var list = el('ul', 'evidence');
    for (var i = 0; i < pairs.length; i += 2) {
      var item = el('li');
      item.appendChild(el('span', null, str(pairs[i]) + '：'));
      item.appendChild(document.createTextNode(str(pairs[i + 1])));
      list.appendChild(item);
    }
    var td = el('td');
    td.appendChild(list);
    return td;
  }

  function row(r, resolved, columns) {
    var severity = SEV[r[0]];
    var tr = el('tr', resolved ? 'resolved-finding' : 'finding');
    tr.setAttribute('data-severity', severity[0]);
    tr.setAttribute('data-rule', RULES[r[RULE]][0]);
    tr.setAttribute('data-site', S[r[SITE]]);
    var td = el('td');
    td.appendChild(el('span', 'sev sev-' + severity[0], severity[1]));
    tr.appendChild(td);
    tr.appendChild(urlCell(r[PAGE], r[PAGE_HREF]));
    if (columns & COL_TARGET) { tr.appendChild(urlCell(r[TARGET], r[TARGET_HREF])); }
    var i;
    if (columns & COL_TEXT) {
      td = el('td');
      for (i = 0; i < r[TEXT].length; i += 2) {
        var kind = r[TEXT][i], text = str(r[TEXT][i + 1]);
        td.appendChild(kind === 1 ? el('mark', null, text) : kind === 2 ? el('br') : document.createTextNode(text));
      }
      tr.appendChild(td);
    }
    tr.appendChild(el('td', null, str(r[MESSAGE])));
    if (columns & COL_EVIDENCE) { tr.appendChild(lines(r[EVIDENCE])); }
    if (columns & COL_RECT) { tr.appendChild(lines(r[RECT])); }
    tr.appendChild(el('td', 'date', str(r[FIRST])));
    tr.appendChild(el('td', 'date', str(r[LAST])));
    return tr;
  }

  function table(resolved, columns) {
    var node = el('table', 'findings');
    var head = el('tr');
    HEADERS.concat([[resolved ? '整改确认' : '最近发现', 'date', 0]]).forEach(function (header) {
      if (header[2] && !(columns & header[2])) { return; }
      var th = el('th', header[1], header[0]);
      th.setAttribute('scope', 'col');
      head.appendChild(th);
    });
    node.appendChild(el('thead')).appendChild(head);
    node.appendChild(el('tbody'));
    return node;
  }

  // One page (or, for printing, all) of the filtered rows, grouped by site and rule with the filtered counts.
  function renderList(list) {
    var rows = filtered(list);
    var pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
    list.count = rows.length;
    list.page = Math.min(Math.max(1, list.page), pages);
    var slice = list.all ? rows : rows.slice((list.page - 1) * PAGE_SIZE, list.page * PAGE_SIZE);
    var siteCounts = {}, ruleCounts = {};
    rows.forEach(function (r) {
      siteCounts[r[SITE]] = (siteCounts[r[SITE]] || 0) + 1;
      ruleCounts[r[SITE] + ' ' + r[RULE]] = (ruleCounts[r[SITE] + ' ' + r[RULE]] || 0) + 1;
    });
    var fragment = document.createDocumentFragment();
    var section = null, body = null, site = -1, rule = -1, columns = COL_ALL;
    slice.forEach(function (r) {
      var newSite = r[SITE] !== site, newGroup = newSite || (!list.resolved && r[RULE] !== rule);
      if (newSite) {
        section = fragment.appendChild(el('section', 'site-section'));
        section.appendChild(el(list.resolved ? 'h3' : 'h2', null,
          '站点：' + siteName(r[SITE]) + (list.resolved ? '（已整改 ' : '（') + siteCounts[r[SITE]] + ' 条）'));
      }
      if (newGroup) {
        columns = list.resolved ? RESOLVED_COLUMNS : RULES[r[RULE]][2];
        var node = table(list.resolved, columns);
        if (list.resolved) {
          section.appendChild(node);
        } else {
          var group = section.appendChild(el('div', 'rule-group'));
          group.appendChild(el('h3', null, RULES[r[RULE]][1] + '（' + ruleCounts[r[SITE] + ' ' + r[RULE]] + ' 条）'));
          group.appendChild(node);
        }
        body = node.tBodies[0];
      }
      body.appendChild(row(r, list.resolved, columns));
      site = r[SITE];
      rule = r[RULE];
    });
    if (!slice.length) {
      fragment.appendChild(el('p', null, list.rows.length ? '没有符合筛选条件的问题。' : list.resolved ? '没有已整改问题。' : '没有未整改问题。'));
    }
    list.container.replaceChildren(fragment);
    list.pager.querySelector('.page-status').textContent = list.all
      ? '全部 ' + rows.length + ' 条'
      : '第 ' + list.page + ' / ' + pages + ' 页（每页 ' + PAGE_SIZE + ' 条）';
    list.pager.querySelector('[data-page="prev"]').disabled = list.all || list.page <= 1;
    list.pager.querySelector('[data-page="next"]').disabled = list.all || list.page >= pages;
    list.pager.hidden = list.resolved && pages === 1;
  }

  function apply() {
    lists.forEach(renderList);
    appliedKey = filterKey();
    // A filtered print is that list only; 今日必改 stays on screen (see the print styles).
    document.body.classList.toggle('filtered', appliedKey.replace(/\u0000/g, '') !== '');
    shown.textContent = String(openList.count);
    total.textContent = String(openList.rows.length);
    describe();
  }

  // Says in words which filters are active (also what --dump-dom shows, since it serialises no form state).
  function describe() {
    var parts = [];
    if (fields.severity.value) { parts.push('严重程度“' + severityName(fields.severity.value) + '”'); }
    [['rule', '规则'], ['site', '站点']].forEach(function (pair) {
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
    if (openList.page > 1) { params.set('page', String(openList.page)); }
    var hash = params.toString();
    if (location.hash.replace(/^#/, '') !== hash) {
      try { history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search); }
      catch (e) { location.hash = hash; }
    }
    apply();
  }

  // Radios and selects fire both input and change: render once per actual change of the filters.
  function onFilter() {
    if (filterKey() === appliedKey) { return; }
    lists.forEach(function (list) { list.page = 1; });
    writeHash();
  }

  // Printing shows every row of the current filter, not just the page on screen.
  function showAll(all) {
    if (openList.all === all) { return; }
    openList.all = all;
    renderList(openList);
  }

  form.addEventListener('submit', function (event) { event.preventDefault(); });
  form.addEventListener('input', onFilter);
  form.addEventListener('change', onFilter);
  form.addEventListener('reset', function (event) {
    event.preventDefault();
    setSeverity('');
    ['rule', 'site', 'q'].forEach(function (name) { fields[name].value = ''; });
    onFilter();
  });
  lists.forEach(function (list) {
    list.pager.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-page]');
      if (!button) { return; }
      list.page += button.getAttribute('data-page') === 'next' ? 1 : -1;
      if (list === openList) { writeHash(); } else { renderList(list); }
      list.container.scrollIntoView({ block: 'start' });
    });
  });
  document.getElementById('print-all').addEventListener('click', function () { showAll(true); window.print(); });
  window.addEventListener('beforeprint', function () { showAll(true); });
  window.addEventListener('afterprint', function () { showAll(false); });
  if (window.matchMedia) {
    window.matchMedia('print').addEventListener('change', function (event) { showAll(event.matches); });
  }
  window.addEventListener('hashchange', function () { readHash(); apply(); });
  readHash();
  apply();
  // When the page became usable (data read, filtered, first page shown), for the benchmark and for anyone timing it.
  document.documentElement.setAttribute('data-ready-ms', String(Math.round(performance.now())));
})();
""";
}
