using ComplianceFns.Rules.Links;

namespace ComplianceFns.Engine.Crawling;

/// <summary>A page of the site the crawler could not read: a start page with no usable answer, or a page it had to skip.</summary>
/// <param name="Url">The start URL as configured (canonical), or the page's final URL.</param>
/// <param name="Reason">The cause in Chinese, e.g. "服务器返回 500（服务器内部错误）".</param>
public sealed record UnreadPage(string Url, bool IsStart, PageReadProblem Problem, string Reason, int? Status, string? ContentType)
{
    /// <summary>The sentence for the run record and the summary.</summary>
    public string Message => PageReadFindingFactory.Message(Url, IsStart, Reason, Problem);
}
