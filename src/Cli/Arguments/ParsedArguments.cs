namespace ComplianceFns.Cli.Arguments;

/// <summary>
/// A small POSIX-style parser: positionals, <c>--name value</c>, <c>--name=value</c> and boolean <c>--flag</c>.
/// Unknown options are errors, so a typo never silently changes a run.
/// </summary>
public sealed class ParsedArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public List<string> Positionals { get; } = [];

    public static ParsedArguments Parse(IEnumerable<string> args, IReadOnlySet<string> valueOptions, IReadOnlySet<string> flagOptions)
    {
        var parsed = new ParsedArguments();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg == "--")
            {
                parsed.Positionals.Add(arg);
                continue;
            }

            var name = arg[2..];
            string? inline = null;
            var eq = name.IndexOf('=');
            if (eq >= 0)
            {
                inline = name[(eq + 1)..];
                name = name[..eq];
            }

            if (flagOptions.Contains(name) && inline is null)
            {
                parsed._flags.Add(name);
            }
            else if (valueOptions.Contains(name))
            {
                if (inline is null && !e.MoveNext())
                {
                    throw new UsageException($"--{name} needs a value.");
                }

                parsed._values[name] = inline ?? e.Current;
            }
            else
            {
                throw new UsageException($"Unknown option --{name}.");
            }
        }

        return parsed;
    }

    public bool Has(string flag) => _flags.Contains(flag);

    public string? Value(string name) => _values.GetValueOrDefault(name);

    public int? Int(string name, int min, int max)
    {
        if (Value(name) is not { } raw)
        {
            return null;
        }

        if (!int.TryParse(raw, out var value) || value < min || value > max)
        {
            throw new UsageException($"--{name} must be a whole number from {min} to {max} (got '{raw}').");
        }

        return value;
    }

    public string Choice(string name, string fallback, params string[] choices)
    {
        var value = Value(name) ?? fallback;
        return choices.Contains(value) ? value : throw new UsageException($"--{name} must be one of {string.Join(", ", choices)} (got '{value}').");
    }
}

public sealed class UsageException(string message) : Exception(message);
