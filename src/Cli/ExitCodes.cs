namespace ComplianceFns.Cli;

public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>--fail-on was given and a finding at or above that severity exists.</summary>
    public const int FindingsAtThreshold = 1;

    public const int Usage = 2;

    /// <summary>The command itself failed (storage unreachable, unreadable input).</summary>
    public const int Failure = 3;
}
