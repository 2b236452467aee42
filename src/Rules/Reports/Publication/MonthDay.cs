using System.Globalization;

namespace ComplianceFns.Rules.Reports.Publication;

/// <summary>A day of the year without a year (a local deadline such as 01-20), written "MM-dd".</summary>
public readonly record struct MonthDay(int Month, int Day)
{
    public static bool TryParse(string? text, out MonthDay value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)
            || !DateTime.TryParseExact(text.Trim(), ["MM-dd", "M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        // 02-29 would not exist in most years; a deadline must exist every year.
        if (parsed.Month == 2 && parsed.Day == 29)
        {
            return false;
        }

        value = new MonthDay(parsed.Month, parsed.Day);
        return true;
    }

    public DateOnly InYear(int year) => new(year, Month, Day);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Month:00}-{Day:00}");
}
