namespace LinkBench;

/// <summary>A tool exited without a usable report; the benchmark stops with a non-zero exit code.</summary>
public sealed class ToolFailedException(string message) : Exception(message);
