using System.Globalization;
using System.Text;
using ComplianceFns.Engine.Storage;

namespace ComplianceFns.Engine.Reporting;

/// <summary>An inline SVG line chart of a site's findings per run (the sum of the run's FindingsByRule).</summary>
public static class HtmlTrendChart
{
    private const int Width = 640;
    private const int Height = 180;
    private const int Left = 48;
    private const int Right = 16;
    private const int Top = 16;
    private const int Bottom = 32;

    /// <summary>The open-findings count a run recorded.</summary>
    public static int OpenCount(RunRecord run) => run.FindingsByRule.Values.Sum();

    /// <summary>
    /// The time axis's two ends, told apart: dates, or date and time when both runs fell on one day, to the second when
    /// within one minute; one label for a single run.
    /// </summary>
    public static (string First, string? Last) AxisLabels(DateTimeOffset first, DateTimeOffset last)
    {
        var firstDate = HtmlTimeFormat.BeijingDate(first);
        var lastDate = HtmlTimeFormat.BeijingDate(last);
        if (firstDate != lastDate)
        {
            return (firstDate, lastDate);
        }

        var firstTime = HtmlTimeFormat.BeijingDateMinute(first);
        var lastTime = HtmlTimeFormat.BeijingDateMinute(last);
        if (firstTime != lastTime)
        {
            return (firstTime, lastTime);
        }

        var firstSecond = HtmlTimeFormat.BeijingTimeOfDay(first);
        var lastSecond = HtmlTimeFormat.BeijingTimeOfDay(last);
        return firstSecond == lastSecond ? (firstTime, null) : ($"{firstDate} {firstSecond}", lastSecond);
    }

    /// <param name="chartId">A unique, markup-safe id prefix (never a site id: those come from configuration).</param>
    public static string Render(string siteId, IReadOnlyList<RunRecord> runsOldestFirst, string chartId)
    {
        var counts = runsOldestFirst.Select(OpenCount).ToList();
        var max = Math.Max(1, counts.DefaultIfEmpty(0).Max());
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double X(int i) => Left + (counts.Count <= 1 ? plotWidth / 2.0 : plotWidth * i / (double)(counts.Count - 1));
        double Y(int count) => Top + plotHeight - (plotHeight * count / (double)max);

        var title = $"站点 {siteId} 最近 {counts.Count} 次检查的问题数量趋势";
        var description = counts.Count == 0
            ? "暂无检查记录。"
            : $"从 {HtmlTimeFormat.Beijing(runsOldestFirst[0].StartedAt)} 到 {HtmlTimeFormat.Beijing(runsOldestFirst[^1].StartedAt)}（北京时间），" +
              $"最少 {counts.Min()} 条，最多 {counts.Max()} 条，最近一次 {counts[^1]} 条。";

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"trend\" role=\"img\" viewBox=\"0 0 {Width} {Height}\" aria-labelledby=\"{chartId}-title {chartId}-desc\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{chartId}-title\">{HtmlText.Encode(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{chartId}-desc\">{HtmlText.Encode(description)}</desc>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top + plotHeight}\" x2=\"{Width - Right}\" y2=\"{Top + plotHeight}\" class=\"axis\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Top + plotHeight}\" class=\"axis\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{Top + 4}\" text-anchor=\"end\">{max}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{Top + plotHeight + 4}\" text-anchor=\"end\">0</text>");
        if (counts.Count > 0)
        {
            var (first, last) = AxisLabels(runsOldestFirst[0].StartedAt, runsOldestFirst[^1].StartedAt);
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"axis-label\" x=\"{Left}\" y=\"{Height - 8}\">{first}</text>");
            if (last is not null)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"axis-label\" x=\"{Width - Right}\" y=\"{Height - 8}\" text-anchor=\"end\">{last}</text>");
            }
            var points = string.Join(' ', counts.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"{X(i):0.#},{Y(c):0.#}")));
            svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"line\" points=\"{points}\"/>");
            for (var i = 0; i < counts.Count; i++)
            {
                var label = $"{HtmlTimeFormat.Beijing(runsOldestFirst[i].StartedAt)}：{counts[i]} 条";
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(i):0.#}\" cy=\"{Y(counts[i]):0.#}\" r=\"3\"><title>{HtmlText.Encode(label)}</title></circle>");
            }
        }

        svg.Append("</svg>");
        return svg.ToString();
    }
}
