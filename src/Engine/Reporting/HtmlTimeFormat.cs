using System.Globalization;

namespace ComplianceFns.Engine.Reporting;

/// <summary>Every date on the report is Beijing time (UTC+8; China has no daylight saving).</summary>
public static class HtmlTimeFormat
{
    public static string Beijing(DateTimeOffset time) =>
        BeijingTime.Of(time).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string BeijingDate(DateTimeOffset time) =>
        BeijingTime.Of(time).ToString("MM-dd", CultureInfo.InvariantCulture);

    public static string BeijingTimeOfDay(DateTimeOffset time) =>
        BeijingTime.Of(time).ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    public static string BeijingDateMinute(DateTimeOffset time) =>
        BeijingTime.Of(time).ToString("MM-dd HH:mm", CultureInfo.InvariantCulture);
}
