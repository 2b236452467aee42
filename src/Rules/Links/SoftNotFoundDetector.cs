using System.Text.RegularExpressions;

namespace ComplianceFns.Rules.Links;

/// <summary>
/// Recognises a "soft 404": a page that answers 200 but says it does not exist. Precision first: a phrase counts in
/// the title or a heading (the page's own name), or in the visible text only when that text is short, as error pages
/// are. A long article that mentions "404" or 页面不存在 in passing is a real page.
/// </summary>
public static partial class SoftNotFoundDetector
{
    /// <summary>Visible text at or above this length is an article, not an error page.</summary>
    public const int ShortTextLimit = 600;

    // A title or heading longer than this (after the site suffix is cut) is an article's name, not an error banner.
    private const int MaxBannerLength = 40;

    private const int MinArticleHeadingLength = 15;

    // Longest first, so the most specific phrase is reported.
    private static readonly string[] ChinesePhrases =
    [
        "您所访问的页面不存在", "您访问的页面不存在", "找不到该页面", "该页面已删除", "页面不存在", "页面未找到", "找不到页面",
        "信息已删除", "文章不存在", "信息不存在", "内容不存在", "页面已失效",
    ];

    // Official replies to disclosure requests are titled 政府信息不存在告知书; they are real documents.
    private static readonly string[] DocumentWords = ["告知", "申请", "答复", "决定书"];

    private static readonly (string Phrase, Regex Pattern)[] EnglishPhrases =
    [
        ("404 Not Found", NotFound404Pattern()),
        ("Error 404", Error404Pattern()),
        ("404错误", Chinese404Pattern()),
        ("Page Not Found", PageNotFoundPattern()),
        ("Not Found", NotFoundPattern()),
        ("404", Bare404Pattern()),
    ];

    /// <summary>The phrase that marks the page as "does not exist" (from the list above), or null for a real page.</summary>
    /// <param name="textOutsideLinks">The visible text without link labels, when known: a short page is a notice by its
    /// own words ("页面不存在，返回首页"), not by a link labelled "Not Found". Whether the page is short is still judged
    /// on all of <paramref name="visibleText"/>, so a list page of links is never read as a notice.</param>
    public static string? Detect(string? title, IReadOnlyList<string> headings, string visibleText, string? textOutsideLinks = null)
    {
        ArgumentNullException.ThrowIfNull(headings);
        ArgumentNullException.ThrowIfNull(visibleText);

        foreach (var banner in headings.Prepend(title ?? string.Empty))
        {
            var text = Collapse(banner);
            if (text.Length > 0 && IsBannerLike(text) && Match(text) is { } phrase)
            {
                return phrase;
            }
        }

        // A long heading that is not an error banner is an article's title: a short news item, not an error page.
        if (headings.Any(heading => Collapse(heading).Length >= MinArticleHeadingLength))
        {
            return null;
        }

        var body = Collapse(visibleText);
        return body.Length > 0 && body.Length < ShortTextLimit ? Match(textOutsideLinks is null ? body : Collapse(textOutsideLinks)) : null;
    }

    private static string? Match(string text)
    {
        foreach (var phrase in ChinesePhrases)
        {
            var at = text.IndexOf(phrase, StringComparison.Ordinal);
            if (at >= 0 && !IsQuoted(text, at) && !IsInsideDocumentName(text, at, phrase.Length))
            {
                return phrase;
            }
        }

        foreach (var (phrase, pattern) in EnglishPhrases)
        {
            if (pattern.IsMatch(text))
            {
                return phrase;
            }
        }

        return null;
    }

    private static bool IsBannerLike(string text)
    {
        var name = text.Split(['_', '|', '｜', '-', '—', '–'], 2)[0].Trim();
        return (name.Length == 0 ? text : name).Length <= MaxBannerLength;
    }

    // “页面不存在” in quotes is a mention (an article about broken links), not the page speaking.
    private static bool IsQuoted(string text, int at) => at > 0 && text[at - 1] is '“' or '"' or '「' or '『' or '‘' or '\'';

    private static bool IsInsideDocumentName(string text, int at, int length)
    {
        var from = Math.Max(0, at - 6);
        var to = Math.Min(text.Length, at + length + 6);
        var around = text[from..to];
        return DocumentWords.Any(word => around.Contains(word, StringComparison.Ordinal));
    }

    private static string Collapse(string text) => WhitespacePattern().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();

    [GeneratedRegex(@"(?<![0-9A-Za-z])404\s*[-:：]?\s*not\s*found(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex NotFound404Pattern();

    [GeneratedRegex(@"(?<![A-Za-z])error\s*[-:：]?\s*404(?![0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex Error404Pattern();

    [GeneratedRegex(@"(?<![0-9A-Za-z])404\s*错误|错误\s*(代码|码)?\s*[:：]?\s*404(?![0-9])")]
    private static partial Regex Chinese404Pattern();

    [GeneratedRegex(@"(?<![A-Za-z])page\s*not\s*found(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex PageNotFoundPattern();

    [GeneratedRegex(@"(?<![A-Za-z])not\s+found(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex NotFoundPattern();

    // 404 as its own token; not a number's part (第404号, 共404条, 0571-404…, /404.html).
    [GeneratedRegex(@"(?<![0-9A-Za-z第共约/.\-])404(?![0-9A-Za-z号条个元人次件项篇名户家位.])(?!页(?!面))")]
    private static partial Regex Bare404Pattern();
}
