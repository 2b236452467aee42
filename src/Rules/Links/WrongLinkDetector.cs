using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ComplianceFns.Rules.Links;

/// <summary>
/// Judges 错链: a link whose text names a document, a specific page or a column that the target page is not.
/// Only confident cases return a verdict; generic texts (更多, 下载, dates, URLs …), targets without a title or
/// heading, and targets known only by the site's name are never judged.
/// </summary>
public static partial class WrongLinkDetector
{
    /// <summary>A 《…》 name this similar to the best title part or heading is the same document.</summary>
    public const double DocumentNameThreshold = 0.6;

    /// <summary>A specific title less similar than this to every title part and heading is another page.</summary>
    public const double SpecificTitleThreshold = 0.2;

    /// <summary>A column name with this share of its bigrams in a title part or heading is the same column.</summary>
    public const double ColumnCoverageThreshold = 0.5;

    public const int MinSpecificTitleCjk = 8;

    private static readonly string[] GenericWords =
    [
        "更多", "详细", "详情", "查看", "点击", "下载", "首页", "返回", "上一页", "下一页", "上一篇", "下一篇", "附件", "原文", "全文",
        "阅读", "打印", "关闭", "尾页", "末页", "进入", "浏览",
    ];

    private static readonly string[] ColumnWords =
    [
        "预决算", "动态", "公告", "公示", "文件", "年报", "指南", "目录", "规划", "计划", "统计", "财政", "人事", "政策", "解读",
        "通知", "要闻", "新闻", "资讯", "法规", "报告", "清单", "名录",
    ];

    // Title parts that name the site or its organ, not the page (…_XX区人民政府网站, …-XX县政府门户).
    private static readonly string[] SiteNameEndings =
    [
        "人民政府", "政府", "政府网", "政府网站", "人民政府网", "门户网站", "门户网", "网站", "门户", "官网", "官方网站", "首页", "主页",
        "办公室", "委员会", "局", "厅", "委", "办", "部", "中心",
    ];

    // Headings every page carries (sidebars, breadcrumbs, sharing widgets): they say nothing about the page.
    private static readonly HashSet<string> ChromeHeadings = new(StringComparer.Ordinal)
    {
        "相关链接", "友情链接", "网站地图", "联系我们", "正文", "详情", "文章详情", "内容详情", "信息详情", "扫一扫", "分享到", "打印本页",
        "关闭窗口", "热点新闻", "热点推荐", "图片新闻", "专题专栏", "相关文章", "相关阅读", "相关信息", "相关附件", "附件", "无障碍", "导航",
        "搜索", "首页", "站内搜索", "网站导航", "返回顶部", "主办单位", "版权所有",
    };

    private static readonly string[] BreadcrumbStarts = ["当前位置", "您当前的位置", "您现在的位置", "您的位置", "所在位置", "现在位置"];

    public static WrongLinkVerdict? Check(string linkText, string? targetTitle, IReadOnlyList<string> targetHeadings)
    {
        ArgumentNullException.ThrowIfNull(linkText);
        ArgumentNullException.ThrowIfNull(targetHeadings);

        var actualTitle = !string.IsNullOrWhiteSpace(targetTitle)
            ? targetTitle.Trim()
            : targetHeadings.FirstOrDefault(heading => !string.IsNullOrWhiteSpace(heading))?.Trim();
        if (actualTitle is null || IsGeneric(linkText))
        {
            return null;
        }

        // Site and organ names, breadcrumbs and whole titles still count as a match; but a document or specific
        // title is only judged against a target that has a specific name of its own (a page titled only by its
        // column or site may well be the document), and a column only against a target with some non-site name.
        var candidates = Candidates(targetTitle, targetHeadings);
        var hasPageName = candidates.Any(candidate => !candidate.IsWhole && !IsSiteName(candidate.Text));
        var hasSpecificName = candidates.Any(candidate => !candidate.IsWhole && !candidate.IsBreadcrumb
            && !IsSiteName(candidate.Text) && IsSpecificName(candidate));

        var names = DocumentNames(linkText);
        if (names.Count > 0)
        {
            return hasSpecificName ? CheckDocumentNames(names, candidates, actualTitle) : null;
        }

        var text = LinkTextSimilarity.Normalize(linkText);
        var cjk = LinkTextSimilarity.CountCjk(text);
        if (cjk == text.Length && text.Length is >= 2 and <= 10 && ColumnWordOf(text) is { } columnWord)
        {
            return hasPageName ? CheckColumn(linkText.Trim(), text, columnWord, candidates, actualTitle) : null;
        }

        return cjk >= MinSpecificTitleCjk && hasSpecificName
            ? CheckSpecificTitle(linkText.Trim(), text, candidates, actualTitle)
            : null;
    }

    private static WrongLinkVerdict? CheckDocumentNames(List<string> names, List<TargetName> candidates, string actualTitle)
    {
        var best = 0.0;
        TargetName? closest = null;
        var expected = names[0];
        foreach (var name in names)
        {
            var normalized = LinkTextSimilarity.Normalize(name);
            foreach (var candidate in candidates)
            {
                if (candidate.Text.Contains(normalized, StringComparison.Ordinal))
                {
                    return null;
                }

                var score = candidate.IsWhole ? 0 : LinkTextSimilarity.Dice(normalized, candidate.Text);
                if (score > best)
                {
                    (best, closest, expected) = (score, candidate, name);
                }
            }
        }

        if (best >= DocumentNameThreshold)
        {
            return YearMismatch(WrongLinkCase.DocumentName, $"《{expected}》", expected, closest!, best, actualTitle);
        }

        return new WrongLinkVerdict(
            WrongLinkCase.DocumentName,
            expected,
            actualTitle,
            best,
            $"链接文字中的文件名《{expected}》未出现在目标页面的标题或主标题中（最高相似度 {Format(best)}）");
    }

    private static WrongLinkVerdict? CheckSpecificTitle(string linkText, string text, List<TargetName> candidates, string actualTitle)
    {
        var best = 0.0;
        TargetName? closest = null;
        foreach (var candidate in candidates)
        {
            var contains = candidate.Text.Contains(text, StringComparison.Ordinal)
                || (candidate.Text.Length >= 4 && text.Contains(candidate.Text, StringComparison.Ordinal));
            if (contains)
            {
                return null;
            }

            var score = candidate.IsWhole ? 0 : LinkTextSimilarity.Dice(text, candidate.Text);
            if (score > best)
            {
                (best, closest) = (score, candidate);
            }
        }

        if (best >= SpecificTitleThreshold)
        {
            return YearMismatch(WrongLinkCase.SpecificTitle, $"“{linkText}”", linkText, closest!, best, actualTitle);
        }

        return new WrongLinkVerdict(
            WrongLinkCase.SpecificTitle,
            linkText,
            actualTitle,
            best,
            $"链接文字“{linkText}”与目标页面的标题和主标题几乎没有共同内容（最高相似度 {Format(best)}）");
    }

    private static WrongLinkVerdict? CheckColumn(string linkText, string text, string columnWord, List<TargetName> candidates, string actualTitle)
    {
        // Compound names (规划计划, 财政预决算) match on any of their column words.
        var words = ColumnWords.Where(word => text.Contains(word, StringComparison.Ordinal)).ToList();
        var best = 0.0;
        foreach (var candidate in candidates)
        {
            if (words.Any(word => candidate.Text.Contains(word, StringComparison.Ordinal)))
            {
                return null;
            }

            best = Math.Max(best, candidate.IsWhole ? 0 : LinkTextSimilarity.Coverage(text, candidate.Text));
        }

        if (best >= ColumnCoverageThreshold)
        {
            return null;
        }

        return new WrongLinkVerdict(
            WrongLinkCase.ColumnName,
            linkText,
            actualTitle,
            best,
            $"栏目链接“{linkText}”指向的页面，其标题、主标题和位置导航中都没有“{columnWord}”或相近的栏目名称（最高相似度 {Format(best)}）");
    }

    /// <summary>
    /// A close match that names another year (last year's report, a 〔2023〕 document number for 〔2024〕) is a wrong
    /// link; the years are read from the texts as written, since normalisation glues them to document numbers.
    /// </summary>
    private static WrongLinkVerdict? YearMismatch(
        WrongLinkCase nameCase, string quotedName, string expected, TargetName closest, double score, string actualTitle)
    {
        var expectedYears = Years(expected);
        var actualYears = Years(closest.Raw);
        if (expectedYears.Count == 0 || actualYears.Count == 0 || expectedYears.Overlaps(actualYears))
        {
            return null;
        }

        return new WrongLinkVerdict(
            WrongLinkCase.YearMismatch,
            expected,
            actualTitle,
            score,
            $"链接文字{quotedName}与目标页面“{closest.Raw}”名称相近但年份不同（链接为 {string.Join('、', expectedYears.Order())} 年，"
            + $"目标为 {string.Join('、', actualYears.Order())} 年）{(nameCase == WrongLinkCase.DocumentName ? "，疑似指向了其他年份的文件" : string.Empty)}");
    }

    private static bool IsSpecificName(TargetName candidate) =>
        LinkTextSimilarity.CountCjk(candidate.Text) >= MinSpecificTitleCjk
        || DocumentNumberPattern().IsMatch(candidate.Raw.Normalize(NormalizationForm.FormKC));

    private static HashSet<string> Years(string text) =>
        YearPattern().Matches(text.Normalize(NormalizationForm.FormKC)).Select(match => match.Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Normalised names the target can be known by: the title and headings whole and split at site-suffix and
    /// breadcrumb separators, without page chrome (相关链接, 当前位置 …).
    /// </summary>
    private static List<TargetName> Candidates(string? title, IReadOnlyList<string> headings)
    {
        var result = new List<TargetName>();
        foreach (var raw in headings.Prepend(title ?? string.Empty))
        {
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            var parts = SeparatorPattern().Split(raw);
            var isBreadcrumb = BreadcrumbPattern().IsMatch(raw);
            foreach (var part in parts)
            {
                AddCandidate(result, part.Trim(), isWhole: false, isBreadcrumb);
            }

            if (parts.Length > 1)
            {
                // The whole spelling keeps names that themselves contain a separator (2021-2025年规划); it is used for
                // containment only, as its site suffix would blur similarity scores.
                AddCandidate(result, raw.Trim(), isWhole: true, isBreadcrumb);
            }
        }

        return result;
    }

    private static void AddCandidate(List<TargetName> candidates, string raw, bool isWhole, bool isBreadcrumb)
    {
        var normalized = LinkTextSimilarity.Normalize(raw);
        if (normalized.Length < 2 || candidates.Any(c => c.Text == normalized) || ChromeHeadings.Contains(normalized)
            || BreadcrumbStarts.Any(start => normalized.StartsWith(start, StringComparison.Ordinal)))
        {
            return;
        }

        candidates.Add(new TargetName(normalized, raw, isWhole, isBreadcrumb));
    }

    private static bool IsSiteName(string normalized) =>
        normalized.Length <= 25 && SiteNameEndings.Any(ending => normalized.EndsWith(ending, StringComparison.Ordinal));

    private static List<string> DocumentNames(string linkText)
    {
        var names = new List<string>();
        foreach (Match match in DocumentNamePattern().Matches(linkText))
        {
            var name = match.Groups["name"].Value.Trim().TrimEnd('…', '.', '。');
            if (LinkTextSimilarity.Normalize(name).Length >= 2)
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static string? ColumnWordOf(string normalized) =>
        ColumnWords.FirstOrDefault(word => normalized.EndsWith(word, StringComparison.Ordinal));

    private static bool IsGeneric(string linkText)
    {
        var trimmed = linkText.Trim();
        if (trimmed.Contains("://", StringComparison.Ordinal) || trimmed.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || DatePattern().IsMatch(trimmed) || PagePattern().IsMatch(trimmed))
        {
            return true;
        }

        var normalized = LinkTextSimilarity.Normalize(trimmed);
        if (normalized.Length < 2 || LinkTextSimilarity.CountCjk(normalized) == 0)
        {
            return true;
        }

        // Short texts built around a generic word: 更多>>, 查看详情, 点击下载, 附件1, 阅读全文.
        return normalized.Length <= 8 && !trimmed.Contains('《') && GenericWords.Any(word => normalized.Contains(word, StringComparison.Ordinal));
    }

    private static string Format(double score) => score.ToString("0.00", CultureInfo.InvariantCulture);

    // Site suffixes (_ | - —) and breadcrumb arrows (> › » ＞ →).
    [GeneratedRegex(@"\s*(?:[_|｜—–>›»＞→]|\s-\s|-)\s*")]
    private static partial Regex SeparatorPattern();

    // 《name》, or 《name… cut off by a truncated link text.
    [GeneratedRegex(@"[《〈](?<name>[^《》〈〉]+)(?:[》〉]|$)")]
    private static partial Regex DocumentNamePattern();

    [GeneratedRegex(@"^[\[【(（]?\s*\d{2,4}\s*[-/.年]\s*\d{1,2}\s*(?:[-/.月]\s*\d{1,2}\s*日?)?\s*月?[\]】)）]?$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^第?\s*\d+\s*页?$")]
    private static partial Regex PagePattern();

    [GeneratedRegex(@"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")]
    private static partial Regex YearPattern();

    // 临政办发〔2024〕12号 and its bracket variants.
    [GeneratedRegex(@"[〔\[(【]\s*(?:19|20)[0-9]{2}\s*[〕\])】]\s*[0-9]+\s*号")]
    private static partial Regex DocumentNumberPattern();

    [GeneratedRegex(@"[>›»＞→]")]
    private static partial Regex BreadcrumbPattern();

    /// <summary>
    /// A name of the target, normalised and as written. <paramref name="IsWhole"/> marks a title or heading kept
    /// unsplit; <paramref name="IsBreadcrumb"/> a part of a location trail (首页 > 政务公开 > 通知公告).
    /// </summary>
    private sealed record TargetName(string Text, string Raw, bool IsWhole, bool IsBreadcrumb);
}
