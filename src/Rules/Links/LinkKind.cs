namespace ComplianceFns.Rules.Links;

/// <summary>What kind of reference a link is: how a reader or browser uses the target.</summary>
public enum LinkKind
{
    /// <summary><c>a href</c> to a page.</summary>
    Anchor,

    /// <summary><c>area href</c> in an image map.</summary>
    Area,

    /// <summary><c>iframe</c>/<c>frame src</c>.</summary>
    Frame,

    /// <summary><c>img src</c> (and <c>srcset</c> candidates).</summary>
    Image,

    /// <summary><c>script src</c>.</summary>
    Script,

    /// <summary><c>link rel=stylesheet href</c>.</summary>
    Stylesheet,

    /// <summary>A link to a document file (PDF, DOC, XLS, ZIP …).</summary>
    Attachment,

    /// <summary>A hyperlink found inside a PDF or DOCX attachment.</summary>
    DocumentLink,

    /// <summary><c>video</c>/<c>audio</c>/<c>source src</c> and caption <c>track src</c>: what the page plays.</summary>
    Media,
}

public static class LinkKindNames
{
    public static string ToChinese(this LinkKind kind) => kind switch
    {
        LinkKind.Anchor => "链接",
        LinkKind.Area => "图片热区链接",
        LinkKind.Frame => "内嵌框架",
        LinkKind.Image => "图片",
        LinkKind.Script => "脚本",
        LinkKind.Stylesheet => "样式表",
        LinkKind.Attachment => "附件",
        LinkKind.DocumentLink => "附件内链接",
        LinkKind.Media => "音视频",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Resources a browser loads by itself: a failure breaks how the page looks or works.</summary>
    public static bool IsEmbeddedResource(this LinkKind kind) =>
        kind is LinkKind.Image or LinkKind.Script or LinkKind.Stylesheet or LinkKind.Media;
}
