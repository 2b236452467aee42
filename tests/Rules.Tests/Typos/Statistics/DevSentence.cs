namespace ComplianceFns.Rules.Tests.Typos.Statistics;

/// <summary>One line of the shared typo development set (dev.jsonl).</summary>
public sealed record DevSentence(string Id, string Text, IReadOnlyList<DevError> Errors, int DocYear);

/// <summary>A gold error: UTF-16 offsets, end exclusive.</summary>
public sealed record DevError(int Start, int End, string Wrong, string Correct, string Type);

/// <summary>A prediction in score.py's format; <see cref="Suggestion"/> may be null.</summary>
public sealed record DevPrediction(string Id, int Start, int End, string? Suggestion);
