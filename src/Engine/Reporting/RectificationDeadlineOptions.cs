using System.Globalization;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Engine.Reporting;

/// <summary>
/// 整改时限: how many working days an office has to rectify a finding, by severity, counted from the day the finding's
/// current occurrence was first seen (Beijing time). Working days are Monday to Friday: public holidays and the
/// weekends worked in their place (调休) are not modelled, so a deadline across a holiday is earlier than the legal one.
/// A deadline the office typed into the ledger and imported wins over the computed one.
/// </summary>
public sealed class RectificationDeadlineOptions
{
    public const int MaxWorkingDays = 250;

    /// <summary>严重: 1 working day.</summary>
    public int SeriousWorkingDays { get; init; } = 1;

    /// <summary>一般: 5 working days.</summary>
    public int GeneralWorkingDays { get; init; } = 5;

    /// <summary>提示: 10 working days.</summary>
    public int HintWorkingDays { get; init; } = 10;

    public int WorkingDaysFor(Severity severity) => severity switch
    {
        Severity.Serious => SeriousWorkingDays,
        Severity.General => GeneralWorkingDays,
        _ => HintWorkingDays,
    };

    /// <summary>The computed deadline: the Nth working day after the day the current occurrence was first seen.</summary>
    public DateOnly ComputedDeadline(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var start = DateOnly.FromDateTime(BeijingTime.Of(FindingVersion.OccurrenceStart(finding)).DateTime);
        return AddWorkingDays(start, WorkingDaysFor(finding.Severity));
    }

    /// <summary>The deadline the ledger shows: the office's own, else the computed one.</summary>
    public DateOnly DeadlineFor(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Rectification?.Deadline ?? ComputedDeadline(finding);
    }

    /// <summary>Monday to Friday only; 0 days is the day itself.</summary>
    public static DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = start;
        while (workingDays > 0)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                workingDays--;
            }
        }

        return day;
    }

    /// <summary>"严重 1 个工作日，一般 5 个工作日，提示 10 个工作日", as the ledger's notes state the rule.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"严重 {SeriousWorkingDays} 个工作日，一般 {GeneralWorkingDays} 个工作日，提示 {HintWorkingDays} 个工作日");

    /// <summary>Three whole numbers for 严重, 一般 and 提示, e.g. "1,5,10" (Chinese commas too); null when malformed.</summary>
    public static RectificationDeadlineOptions? TryParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split([',', '，', '、'], StringSplitOptions.TrimEntries);
        if (parts.Length != 3)
        {
            return null;
        }

        var days = new int[3];
        for (var i = 0; i < 3; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out days[i]) || days[i] > MaxWorkingDays)
            {
                return null;
            }
        }

        return new RectificationDeadlineOptions { SeriousWorkingDays = days[0], GeneralWorkingDays = days[1], HintWorkingDays = days[2] };
    }
}
