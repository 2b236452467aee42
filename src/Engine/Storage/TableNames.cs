using System.Text.RegularExpressions;

namespace ComplianceFns.Engine.Storage;

/// <summary>The table service's naming rule: 3-63 letters or digits, starting with a letter.</summary>
public static partial class TableNames
{
    internal const string PartPattern = "^[A-Za-z][A-Za-z0-9]*$";

    public static bool IsValid(string name) => ValidName().IsMatch(name);

    /// <summary>Prefix + name, checked, so a bad configuration fails with a clear message before any request.</summary>
    public static string Combine(string? prefix, string name)
    {
        var combined = (prefix ?? string.Empty) + name;
        if (!IsValid(combined))
        {
            throw new ArgumentException(
                $"Table name '{combined}' is invalid: it must be 3-63 letters or digits and start with a letter.", nameof(name));
        }

        return combined;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex ValidName();
}
