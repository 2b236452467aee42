using System.Globalization;
using System.Text;
using ComplianceFns.Engine.Reporting;

namespace ComplianceFns.Engine.Alerts;

/// <summary>Folds the alerts of one burst into one mail: a subject that counts them, and each alert with its details.</summary>
public static class AlertMailComposer
{
    public static AlertMail Compose(IReadOnlyList<string> to, IReadOnlyList<Alert> alerts, string subjectPrefix)
    {
        ArgumentOutOfRangeException.ThrowIfZero(alerts.Count);
        var ordered = alerts.OrderBy(a => a.Kind).ThenBy(a => a.SiteId, StringComparer.Ordinal).ThenBy(a => a.RaisedAt).ToList();
        var first = ordered[0];
        var subject = ordered.Count == 1
            ? $"{subjectPrefix}{first.Kind.ToChinese()}：{first.SiteLabel}"
            : $"{subjectPrefix}{ordered.Count} 条告警：{first.Kind.ToChinese()}（{first.SiteLabel}）等";

        var text = new StringBuilder();
        var html = new StringBuilder();
        var sites = ordered.Select(a => a.SiteId).Distinct().Count();
        var intro = ordered.Count == 1
            ? "政务公开网站巡检产生 1 条告警："
            : $"政务公开网站巡检产生 {ordered.Count} 条告警，涉及 {sites} 个站点（同一时段内的告警合并为一封邮件）：";
        text.AppendLine(intro).AppendLine();
        html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
            .Append(HtmlText.Encode(subject)).Append("</title></head><body style=\"font-family:sans-serif\">")
            .Append("<p>").Append(HtmlText.Encode(intro)).Append("</p><ol>");

        for (var i = 0; i < ordered.Count; i++)
        {
            var alert = ordered[i];
            var when = BeijingTime.Of(alert.RaisedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            var repeated = alert.Occurrences > 1 ? $"（本时段内共 {alert.Occurrences} 次）" : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"{i + 1}. 【{alert.Kind.ToChinese()}】{alert.SiteLabel}：{alert.Summary}{repeated}").AppendLine();
            text.Append(CultureInfo.InvariantCulture, $"   时间：{when}（北京时间）").AppendLine();
            html.Append("<li><p><strong>【").Append(HtmlText.Encode(alert.Kind.ToChinese())).Append("】")
                .Append(HtmlText.Encode(alert.SiteLabel)).Append("</strong>：").Append(HtmlText.Encode(alert.Summary + repeated))
                .Append("<br>时间：").Append(HtmlText.Encode(when)).Append("（北京时间）</p>");
            if (alert.Details.Count > 0)
            {
                html.Append("<ul>");
                foreach (var line in alert.Details)
                {
                    text.Append("   - ").AppendLine(line);
                    html.Append("<li>").Append(HtmlText.Encode(line)).Append("</li>");
                }

                html.Append("</ul>");
            }

            text.AppendLine();
            html.Append("</li>");
        }

        const string footer = "此邮件由巡检系统自动发送；同一告警在设定时段内不重复发送。";
        text.AppendLine(footer);
        html.Append("</ol><p style=\"color:#666\">").Append(HtmlText.Encode(footer)).Append("</p></body></html>");
        return new AlertMail(to, subject, text.ToString(), html.ToString());
    }
}
