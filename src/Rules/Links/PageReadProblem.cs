namespace ComplianceFns.Rules.Links;

/// <summary>Why the crawler could not read a page of the site (kept in a finding's evidence, never shown as such).</summary>
public enum PageReadProblem
{
    /// <summary>No usable answer: an error status, a timeout, a network or redirect failure.</summary>
    Failed,

    /// <summary>The body is larger than the read cap.</summary>
    TooLarge,

    /// <summary>The compressed body inflates past the decompression cap (a compression bomb, or a huge page).</summary>
    InflatesTooFar,

    /// <summary>The answer is not HTML although the address is a page's.</summary>
    NotHtml,

    /// <summary>A status that carries no page (204, 304 …).</summary>
    NoContent,

    /// <summary>The redirects lead outside the site's scope.</summary>
    LeavesScope,

    /// <summary>The page answers 200 but says that it does not exist.</summary>
    NotFoundNotice,
}

public static class PageReadProblemNames
{
    /// <summary>The short Chinese name kept in a finding's evidence (admins read evidence on the report).</summary>
    public static string ToChinese(this PageReadProblem problem) => problem switch
    {
        PageReadProblem.Failed => "无法访问",
        PageReadProblem.TooLarge => "超过大小上限",
        PageReadProblem.InflatesTooFar => "解压后超过上限",
        PageReadProblem.NotHtml => "不是网页",
        PageReadProblem.NoContent => "没有页面内容",
        PageReadProblem.LeavesScope => "跳转到检查范围以外",
        PageReadProblem.NotFoundNotice => "“页面不存在”提示页",
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
    };
}
