using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Rules.Typos;

/// <summary>One suspected typo in a text: UTF-16 offsets (C# string indices, end exclusive) into the checked text.</summary>
/// <param name="Start">First UTF-16 code unit of the wrong text.</param>
/// <param name="End">One past the last code unit.</param>
/// <param name="Text">The wrong text, <c>text[Start..End]</c>.</param>
/// <param name="Suggestion">What it should read; empty when the fix is to delete the span.</param>
/// <param name="RuleId">Stable rule id, e.g. <c>typo.political-formulation</c>.</param>
/// <param name="Severity">严重 for the serious classes, 一般 for ordinary typos, 提示 for style and format.</param>
/// <param name="Reason">A short Simplified-Chinese explanation, e.g. “固定提法”四个自信“写错”.</param>
public sealed record TypoHit(int Start, int End, string Text, string Suggestion, string RuleId, Severity Severity, string Reason);
