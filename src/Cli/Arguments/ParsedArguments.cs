namespace ComplianceFns.Cli.Arguments;

/// <summary>
/// What a command was given, after <see cref="CliCommandLine"/> parsed and checked it: positionals, option values
/// and flags. Conversions fail with a Chinese <see cref="UsageException"/> naming the option and the accepted values.
/// </summary>
public sealed class ParsedArguments(IReadOnlyList<string> positionals, IReadOnlyDictionary<string, string> values, IReadOnlySet<string> flags)
{
    public IReadOnlyList<string> Positionals { get; } = positionals;

    public bool Has(string flag) => flags.Contains(flag);

    public string? Value(string name) => values.GetValueOrDefault(name);

    public int? Int(string name, int min, int max)
    {
        if (Value(name) is not { } raw)
        {
            return null;
        }

        if (!int.TryParse(raw, out var value) || value < min || value > max)
        {
            throw new UsageException($"--{name} 应为 {min} 到 {max} 之间的整数（收到“{raw}”）");
        }

        return value;
    }

    /// <summary><c>--deadline-days</c>: working days for 严重, 一般 and 提示, or the defaults (1, 5, 10) without it.</summary>
    public Engine.Reporting.RectificationDeadlineOptions DeadlineDays()
    {
        if (Value("deadline-days") is not { } raw)
        {
            return new();
        }

        return Engine.Reporting.RectificationDeadlineOptions.TryParse(raw)
            ?? throw new UsageException(
                $"--deadline-days 应为三个 0 到 {Engine.Reporting.RectificationDeadlineOptions.MaxWorkingDays} 的整数，依次为严重、一般、提示问题的整改工作日数，如 1,5,10（收到“{raw}”）");
    }

    public string Choice(string name, string fallback, params string[] choices)
    {
        var value = Value(name) ?? fallback;
        return choices.Contains(value) ? value : throw new UsageException($"--{name} 只能取 {string.Join("、", choices)} 之一（收到“{value}”）");
    }
}
