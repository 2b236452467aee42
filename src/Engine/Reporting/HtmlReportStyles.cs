namespace ComplianceFns.Engine.Reporting;

/// <summary>The report's inline style sheet: WCAG AA colours, A4 print rules, no external fonts.</summary>
public static class HtmlReportStyles
{
    public const string Source = """
:root { color-scheme: light; }
body { font-family: "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif;
  color: #1a1a1a; background: #fff; margin: 0 auto; max-width: 1200px; padding: 16px; line-height: 1.5; }
h1 { font-size: 1.6em; margin: 0 0 4px; }
h2 { font-size: 1.3em; border-bottom: 2px solid #1f4e79; padding-bottom: 2px; margin-top: 28px; }
h3 { font-size: 1.1em; margin: 18px 0 6px; }
.meta { color: #444; margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
th, td { border: 1px solid #999; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #e8eef5; }
table.summary { width: auto; min-width: 280px; margin: 0; }
.summary-grid, .trend-grid { display: flex; flex-wrap: wrap; gap: 12px 24px; align-items: flex-start; }
.trend-grid figure { margin: 0; flex: 1 1 480px; max-width: 640px; }
caption { text-align: left; font-weight: bold; padding: 4px 0; }
td.num, th.num { text-align: right; }
.findings td { overflow-wrap: anywhere; word-break: break-word; }
/* A date is read at a glance: one line, never broken at its hyphens or before the time. */
.date, .findings td.date { white-space: nowrap; overflow-wrap: normal; word-break: normal; }
table.findings th, table.today th { white-space: nowrap; }
table.findings th.col-url { min-width: 9em; }
table.findings th.col-evidence { min-width: 13em; }
table.findings th.col-rect { min-width: 11em; }
table.today td:nth-child(2) { white-space: nowrap; }
#today { border: 2px solid #a4000f; border-radius: 4px; padding: 4px 16px 8px; margin-top: 16px; }
#today h2 { margin-top: 8px; border-bottom-color: #a4000f; }
table.today td { overflow-wrap: anywhere; }
.more { margin: 4px 0 8px; }
/* When printing thousands of rows, the browser lays out only the groups on screen. */
table.findings { content-visibility: auto; contain-intrinsic-size: auto 600px; }
a { color: #0645ad; }
a:focus, select:focus, input:focus, button:focus, summary:focus { outline: 3px solid #b35c00; outline-offset: 1px; }
.sev { display: inline-block; padding: 0 6px; border-radius: 3px; color: #fff; white-space: nowrap; }
.sev-serious { background: #a4000f; }
.sev-general { background: #8a4b00; }
.sev-hint { background: #2b5d8a; }
.worse { color: #a4000f; font-weight: bold; }
.better { color: #1d6b2f; font-weight: bold; }
mark { background: #ffe066; color: #1a1a1a; }
.evidence { margin: 0; padding: 0; list-style: none; font-size: 0.9em; }
.evidence span { color: #444; }
.trend { width: 100%; max-width: 640px; height: auto; display: block; }
.trend .axis { stroke: #555; stroke-width: 1; }
.trend .line { fill: none; stroke: #1f4e79; stroke-width: 2; }
.trend circle { fill: #1f4e79; }
.trend text { font-size: 12px; fill: #333; }
.filters { background: #f3f6f9; border: 1px solid #b8c4d0; padding: 8px 12px; display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: end; }
.filters label { display: flex; flex-direction: column; font-size: 0.9em; }
.filters fieldset { border: 1px solid #b8c4d0; margin: 0; padding: 2px 8px 4px; display: flex; gap: 4px 12px; }
.filters legend { font-size: 0.9em; padding: 0 4px; }
.filters fieldset label { flex-direction: row; align-items: center; gap: 2px; font-size: 1em; }
.pager { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; margin: 8px 0 16px; }
.pager button { font: inherit; padding: 2px 10px; }
.note { background: #fff4d6; border: 1px solid #8a4b00; padding: 6px 10px; }
.filters select, .filters input, .filters button { font: inherit; padding: 2px 4px; }
.count { font-weight: bold; margin: 8px 0; }
details > summary { cursor: pointer; font-weight: bold; font-size: 1.1em; margin-top: 24px; }
[hidden] { display: none !important; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  .filters, .count, .pager { display: none; }
  body.filtered #today { display: none; }
  #today { border: none; padding: 0; }
  .site-section + .site-section { break-before: page; }
  table { page-break-inside: auto; }
  tr, td { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: #1a1a1a; text-decoration: none; }
  .sev { color: #000; background: none; border: 1px solid #000; }
  table.findings { content-visibility: visible; table-layout: fixed; font-size: 8.5pt; margin: 2px 0 6px; }
  /* Fixed widths on paper: text columns get the room, the badge and dates just enough, so a row stays a few lines;
     a column a rule's table leaves out gives its room to the message. */
  table.findings th.col-sev { width: 7%; }
  table.findings th.col-url { width: 16%; }
  table.findings th.col-text { width: 13%; }
  table.findings th.col-evidence { width: 14%; }
  table.findings th.col-rect { width: 13%; }
  table.findings th.date { width: 6%; }
  table.findings th.col-url, table.findings th.col-evidence, table.findings th.col-rect { min-width: 0; }
  table.findings td.date { white-space: normal; }
  table.findings th { white-space: normal; }
  th, td { padding: 2px 3px; }
  h2 { margin-top: 12px; }
  h3 { margin: 8px 0 2px; font-size: 10pt; }
  .evidence { font-size: 1em; }
}
""";
}
