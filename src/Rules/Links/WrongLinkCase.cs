namespace ComplianceFns.Rules.Links;

/// <summary>Which evidence made <see cref="WrongLinkDetector"/> call a link 错链.</summary>
public enum WrongLinkCase
{
    /// <summary>The link text names a document in 《…》 that the target's title and headings do not name.</summary>
    DocumentName,

    /// <summary>The link text is a specific title and the target's title and headings share almost nothing with it.</summary>
    SpecificTitle,

    /// <summary>The target is named like the document or title the link promises, but for another year.</summary>
    YearMismatch,

    /// <summary>The link text is a column name (通知公告, 政策解读 …) the target does not carry.</summary>
    ColumnName,
}
