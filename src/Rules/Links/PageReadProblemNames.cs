namespace ComplianceFns.Rules.Links;

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
        PageReadProblem.DamagedAttachment => "附件文件已损坏",
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
    };
}
