namespace LinkBench;

/// <summary>One run of one tool: what the process cost and how its report scored.</summary>
public sealed record Measurement(string Tool, int Repetition, int Position, ChildRun Run, ToolReport Report, RecallScore Score);
