using System.Text;
using System.Text.RegularExpressions;
using ComplianceFns.Rules.Links;
using HtmlAgilityPack;

namespace ComplianceFns.Engine.Extraction;

/// <summary>
/// Reads title, headings, links, anchors and visible text from an HTML page. Built for hostile markup: one
/// iterative pass (no recursion, so deeply nested unclosed tags cannot overflow the stack) and bounded work per link.
/// </summary>
public static partial class HtmlPageParser
{
    public const int MaxLinks = 50_000;
    public const int MaxVisibleTextChars = 200_000;
    public const int MaxHeadings = 10;
    private const int MaxAnchorIds = 100_000;
    private const int MaxHeadingChars = 200;

    /// <summary>What a reader would call the images that have no alt text of their own.</summary>
    private const string SiteIconText = "网站图标";
    private const string VideoPosterText = "视频封面图";

    /// <summary>Real pages nest far less; beyond this the page is flattened (see <see cref="Load"/>).</summary>
    private const int MaxNestingDepth = 400;

    /// <summary>Parses <paramref name="html"/> fetched from <paramref name="pageUrl"/> (an absolute URL).</summary>
    /// <param name="html">The decoded page.</param>
    /// <param name="pageUrl">The page's final absolute URL.</param>
    /// <param name="documentEncoding">
    /// The encoding the page was decoded with (e.g. GBK). Browsers percent-encode non-ASCII characters in a link's
    /// query with it, so the server sees GBK bytes; null means UTF-8.
    /// </param>
    public static ParsedPage Parse(string html, Uri pageUrl, Encoding? documentEncoding = null)
    {
        ArgumentNullException.ThrowIfNull(pageUrl);
        if (!pageUrl.IsAbsoluteUri)
        {
            throw new ArgumentException("The page URL must be absolute.", nameof(pageUrl));
        }

        var document = Load(html ?? string.Empty);
        var scan = Scan(document.DocumentNode);
        var baseUri = ResolveBase(scan.BaseHref, pageUrl);
        var links = ExtractLinks(scan.LinkElements, baseUri, documentEncoding, out var linksTruncated);

        return new ParsedPage(
            Title: scan.Title is null ? null : NullIfEmpty(ElementText.Of(scan.Title)),
            Headings: Headings(scan),
            BaseUri: baseUri,
            Links: links,
            AnchorIds: scan.AnchorIds,
            VisibleText: scan.VisibleText.ToString(),
            NoFollow: scan.NoFollow,
            NoIndex: scan.NoIndex)
        {
            TextOutsideLinks = scan.TextOutsideLinks.ToString(),
            LinksTruncated = linksTruncated,
            VisibleTextTruncated = scan.VisibleText.Truncated,
        };
    }

    /// <summary>
    /// Loads the markup with a nesting cap. HtmlAgilityPack's cost per node grows with its depth and it recurses
    /// through ancestors, so a page of unclosed tags is flattened instead of parsed as a deep tree.
    /// </summary>
    private static HtmlDocument Load(string html)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var markup = attempt switch
            {
                0 => html,
                1 => HtmlFlattener.Flatten(html, keepAnchors: true),
                _ => HtmlFlattener.Flatten(html, keepAnchors: false),
            };
            var document = new HtmlDocument { OptionMaxNestedChildNodes = MaxNestingDepth };
            try
            {
                document.LoadHtml(markup);
                return document;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Too deeply nested (HtmlAgilityPack throws a plain Exception): try a flatter rewrite.
            }
        }

        var empty = new HtmlDocument();
        empty.LoadHtml(string.Empty);
        return empty;
    }

    /// <summary>Everything gathered in the single document walk.</summary>
    private sealed class PageScan
    {
        public HtmlNode? Title { get; set; }
        public string? BaseHref { get; set; }
        public string? ArticleTitleMeta { get; set; }
        public bool NoFollow { get; set; }
        public bool NoIndex { get; set; }
        public List<HtmlNode> LinkElements { get; } = [];
        public List<(HtmlNode Element, int Rank)> HeadingElements { get; } = [];
        public HashSet<string> AnchorIds { get; } = new(StringComparer.Ordinal);
        public CollapsingTextWriter VisibleText { get; } = new(MaxVisibleTextChars, singleLine: false);

        // Text outside links, only as long as a not-found notice can be (the soft-404 check reads it only on a short
        // page): the notice speaks in its own words, not in its link labels ("页面不存在，返回首页").
        public CollapsingTextWriter TextOutsideLinks { get; } = new(SoftNotFoundDetector.ShortTextLimit, singleLine: false);
    }

    private static PageScan Scan(HtmlNode root)
    {
        var scan = new PageScan();
        // (node, exiting): exiting entries close an element so hidden depth and block breaks stay right.
        var pending = new Stack<(HtmlNode Node, bool Exiting)>();
        pending.Push((root, false));
        var hiddenDepth = 0;
        var linkDepth = 0;
        while (pending.Count > 0)
        {
            var (node, exiting) = pending.Pop();
            if (exiting)
            {
                linkDepth -= IsLink(node) ? 1 : 0;
                if (IsTextHiding(node))
                {
                    hiddenDepth--;
                }
                else if (hiddenDepth == 0 && HtmlRendering.IsBlock(node))
                {
                    scan.VisibleText.Break();
                    scan.TextOutsideLinks.Break();
                }

                continue;
            }

            switch (node.NodeType)
            {
                case HtmlNodeType.Text when hiddenDepth == 0:
                    var text = HtmlRendering.TextOf((HtmlTextNode)node);
                    scan.VisibleText.Append(text);
                    if (linkDepth == 0)
                    {
                        scan.TextOutsideLinks.Append(text);
                    }

                    continue;
                case HtmlNodeType.Element:
                    Inspect(node, scan, hiddenDepth > 0);
                    break;
                case HtmlNodeType.Document:
                    break;
                default:
                    continue; // comments, hidden text
            }

            if (node.NodeType == HtmlNodeType.Element)
            {
                if (IsTextHiding(node))
                {
                    hiddenDepth++;
                }
                else if (hiddenDepth == 0 && (HtmlRendering.IsBlock(node) || HtmlRendering.IsCell(node)))
                {
                    if (HtmlRendering.IsCell(node))
                    {
                        scan.VisibleText.Space();
                        scan.TextOutsideLinks.Space();
                    }
                    else
                    {
                        scan.VisibleText.Break();
                        scan.TextOutsideLinks.Break();
                    }
                }

                linkDepth += IsLink(node) ? 1 : 0;
                pending.Push((node, true));
            }

            var children = node.ChildNodes;
            for (var i = children.Count - 1; i >= 0; i--)
            {
                pending.Push((children[i], false));
            }
        }

        return scan;
    }

    private static bool IsLink(HtmlNode node) => node.NodeType == HtmlNodeType.Element && node.Name == "a";

    private static bool IsTextHiding(HtmlNode element) =>
        HtmlRendering.IsNeverRendered(element) || HtmlRendering.IsHidden(element);

    private static void Inspect(HtmlNode element, PageScan scan, bool insideHidden)
    {
        if (!element.HasAttributes)
        {
            if (element.Name == "title")
            {
                scan.Title ??= element;
            }
            else if (!insideHidden && element.Name is "h1" or "h2" or "h3")
            {
                scan.HeadingElements.Add((element, HeadingRank(element.Name)));
            }

            return;
        }

        var id = element.Attributes["id"];
        if (id is not null)
        {
            AddAnchor(scan, id.DeEntitizeValue);
        }

        switch (element.Name)
        {
            case "title":
                scan.Title ??= element;
                break;
            case "base":
                scan.BaseHref ??= element.Attributes["href"]?.DeEntitizeValue;
                break;
            case "meta":
                InspectMeta(element, scan);
                break;
            case "a":
                if (element.Attributes["name"] is { } name)
                {
                    AddAnchor(scan, name.DeEntitizeValue);
                }

                break;
        }

        if (IsLinkBearing(element))
        {
            scan.LinkElements.Add(element);
        }

        if (!insideHidden && !HtmlRendering.IsHidden(element))
        {
            if (element.Name is "h1" or "h2" or "h3")
            {
                scan.HeadingElements.Add((element, HeadingRank(element.Name)));
            }
            else if (element.Name != "title" && HasTitleMarker(element))
            {
                scan.HeadingElements.Add((element, 2));
            }
        }
    }

    private static void AddAnchor(PageScan scan, string? value)
    {
        if (!string.IsNullOrEmpty(value) && scan.AnchorIds.Count < MaxAnchorIds)
        {
            scan.AnchorIds.Add(value);
        }
    }

    private static void InspectMeta(HtmlNode meta, PageScan scan)
    {
        var name = meta.Attributes["name"]?.Value?.Trim();
        var content = HtmlRendering.AttributeText(meta, "content") ?? string.Empty;
        if (string.Equals(name, "robots", StringComparison.OrdinalIgnoreCase))
        {
            var directives = content.ToLowerInvariant().Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries);
            scan.NoFollow |= directives.Contains("nofollow") || directives.Contains("none");
            scan.NoIndex |= directives.Contains("noindex") || directives.Contains("none");
        }
        else if (string.Equals(name, "ArticleTitle", StringComparison.OrdinalIgnoreCase))
        {
            // TRS and similar government CMSs publish the article title here.
            scan.ArticleTitleMeta ??= content;
        }

        if (string.Equals(meta.Attributes["http-equiv"]?.Value?.Trim(), "refresh", StringComparison.OrdinalIgnoreCase))
        {
            scan.LinkElements.Add(meta);
        }
    }

    private static bool IsLinkBearing(HtmlNode element) => element.Name switch
    {
        "a" or "area" or "link" => element.Attributes["href"] is not null,
        "iframe" or "frame" or "script" or "embed" => element.Attributes["src"] is not null,
        "img" or "source" => element.Attributes["src"] is not null || element.Attributes["srcset"] is not null,
        "video" => element.Attributes["src"] is not null || element.Attributes["poster"] is not null,
        "audio" or "track" => element.Attributes["src"] is not null,
        "object" => element.Attributes["data"] is not null,
        _ => false,
    };

    /// <summary>Government templates mark the article title with classes/ids such as "title", "art_title", "biaoti".</summary>
    private static bool HasTitleMarker(HtmlNode element)
    {
        if (element.Name is "ul" or "ol" or "dl" or "table" or "tbody" or "tr" or "select" or "nav" or "form" or "body" or "html")
        {
            return false; // a "title-list" or "titlebar" container is navigation, not a heading
        }

        var classes = element.Attributes["class"]?.Value;
        var id = element.Attributes["id"]?.Value;
        return ContainsTitleWord(classes) || ContainsTitleWord(id);

        static bool ContainsTitleWord(string? value) =>
            value is not null
            && (value.Contains("title", StringComparison.OrdinalIgnoreCase) || value.Contains("biaoti", StringComparison.OrdinalIgnoreCase));
    }

    private static int HeadingRank(string name) => name switch
    {
        "h1" => 1,
        "h2" => 2,
        _ => 3,
    };

    private static IReadOnlyList<string> Headings(PageScan scan)
    {
        var headings = new List<string>();
        if (ElementText.Collapse(scan.ArticleTitleMeta) is { Length: > 0 } articleTitle)
        {
            headings.Add(articleTitle);
        }

        var ordered = scan.HeadingElements
            .Select((candidate, order) => (candidate.Element, candidate.Rank, Order: order))
            .OrderBy(candidate => candidate.Rank)
            .ThenBy(candidate => candidate.Order);
        foreach (var candidate in ordered)
        {
            if (headings.Count >= MaxHeadings)
            {
                break;
            }

            // A "title"-classed box holding a whole list is not a heading; the cap keeps such containers out.
            var text = ElementText.Of(candidate.Element, MaxHeadingChars + 1);
            if (text.Length is > 0 and <= MaxHeadingChars && !headings.Contains(text, StringComparer.Ordinal))
            {
                headings.Add(text);
            }
        }

        return headings;
    }

    private static Uri ResolveBase(string? baseHref, Uri pageUrl)
    {
        var value = baseHref?.Trim();
        if (string.IsNullOrEmpty(value)
            || !Uri.TryCreate(pageUrl, value.Replace('\\', '/'), out var resolved)
            || !resolved.IsAbsoluteUri
            || !HrefResolver.IsHttp(resolved.Scheme))
        {
            return pageUrl;
        }

        return resolved;
    }

    private static List<ExtractedLink> ExtractLinks(List<HtmlNode> elements, Uri baseUri, Encoding? encoding, out bool truncated)
    {
        var links = new List<ExtractedLink>();
        truncated = false;
        foreach (var element in elements)
        {
            if (links.Count >= MaxLinks)
            {
                truncated = true;
                break;
            }

            switch (element.Name)
            {
                case "a":
                    Add(links, element, "href", baseUri, encoding, LinkKind.Anchor, AnchorText(element), attachmentAware: true);
                    break;
                case "area":
                    Add(links, element, "href", baseUri, encoding, LinkKind.Area, ElementText.AltOrTitle(element), attachmentAware: true);
                    break;
                case "iframe" or "frame":
                    Add(links, element, "src", baseUri, encoding, LinkKind.Frame, FrameText(element));
                    break;
                case "img":
                    AddImage(links, element, baseUri, encoding);
                    break;
                case "script":
                    Add(links, element, "src", baseUri, encoding, LinkKind.Script, string.Empty);
                    break;
                case "link" when HasRel(element, "stylesheet") && element.Attributes["disabled"] is null:
                    // A disabled stylesheet is never loaded by a browser, so it cannot fail a reader.
                    Add(links, element, "href", baseUri, encoding, LinkKind.Stylesheet, string.Empty);
                    break;
                case "link" when HasRel(element, "icon"):
                    Add(links, element, "href", baseUri, encoding, LinkKind.Image, SiteIconText);
                    break;
                case "source":
                    AddSource(links, element, baseUri, encoding);
                    break;
                case "video":
                    Add(links, element, "src", baseUri, encoding, LinkKind.Media, FrameText(element));
                    Add(links, element, "poster", baseUri, encoding, LinkKind.Image, VideoPosterText);
                    break;
                case "audio" or "track":
                    Add(links, element, "src", baseUri, encoding, LinkKind.Media, FrameText(element));
                    break;
                case "embed":
                    Add(links, element, "src", baseUri, encoding, LinkKind.Frame, FrameText(element), attachmentAware: true);
                    break;
                case "object":
                    Add(links, element, "data", baseUri, encoding, LinkKind.Frame, FrameText(element), attachmentAware: true);
                    break;
                case "meta":
                    AddRefresh(links, element, baseUri, encoding);
                    break;
            }
        }

        if (links.Count > MaxLinks)
        {
            links.RemoveRange(MaxLinks, links.Count - MaxLinks);
            truncated = true;
        }

        return links;
    }

    private static void Add(List<ExtractedLink> links, HtmlNode element, string attribute, Uri baseUri, Encoding? encoding, LinkKind kind, string text, bool attachmentAware = false)
    {
        var raw = element.Attributes[attribute]?.Value;
        if (raw is not null)
        {
            AddResolved(links, raw, HtmlEntity.DeEntitize(raw) ?? string.Empty, baseUri, encoding, kind, text, attachmentAware);
        }
    }

    private static void AddResolved(List<ExtractedLink> links, string raw, string decoded, Uri baseUri, Encoding? encoding, LinkKind kind, string text, bool attachmentAware)
    {
        if (HrefResolver.Resolve(decoded, baseUri, encoding) is not { } resolved)
        {
            return;
        }

        if (attachmentAware && AttachmentExtensions.IsAttachmentPath(resolved.Target?.AbsolutePath ?? decoded))
        {
            kind = LinkKind.Attachment;
        }

        links.Add(new ExtractedLink(raw, resolved.Target, text, kind, resolved.Fragment));
    }

    private static void AddImage(List<ExtractedLink> links, HtmlNode image, Uri baseUri, Encoding? encoding)
    {
        var text = ElementText.AltOrTitle(image);
        Add(links, image, "src", baseUri, encoding, LinkKind.Image, text);
        var srcset = image.Attributes["srcset"]?.Value;
        if (srcset is null)
        {
            return;
        }

        foreach (var candidate in SrcsetParser.Candidates(HtmlEntity.DeEntitize(srcset) ?? string.Empty))
        {
            AddResolved(links, candidate, candidate, baseUri, encoding, LinkKind.Image, text, attachmentAware: false);
        }
    }

    /// <summary>
    /// A <c>source</c> is an image candidate inside <c>picture</c> (browsers pick one by media query and type, so each
    /// may be the one a reader gets) and a media file inside <c>video</c>/<c>audio</c>.
    /// </summary>
    private static void AddSource(List<ExtractedLink> links, HtmlNode source, Uri baseUri, Encoding? encoding)
    {
        var owner = source.ParentNode;
        while (owner is not null && owner.Name == "source")
        {
            owner = owner.ParentNode; // markup that leaves <source> unclosed nests the next one inside it
        }

        if (owner?.Name != "picture")
        {
            Add(links, source, "src", baseUri, encoding, LinkKind.Media, FrameText(owner ?? source));
            return;
        }

        var text = owner.SelectSingleNode(".//img") is { } image ? ElementText.AltOrTitle(image) : string.Empty;
        var srcset = source.Attributes["srcset"]?.Value;
        foreach (var candidate in SrcsetParser.Candidates(HtmlEntity.DeEntitize(srcset ?? string.Empty) ?? string.Empty))
        {
            AddResolved(links, candidate, candidate, baseUri, encoding, LinkKind.Image, text, attachmentAware: false);
        }
    }

    private static void AddRefresh(List<ExtractedLink> links, HtmlNode meta, Uri baseUri, Encoding? encoding)
    {
        var raw = meta.Attributes["content"]?.Value;
        if (raw is null)
        {
            return;
        }

        var url = RefreshUrl(HtmlEntity.DeEntitize(raw) ?? string.Empty);
        if (url.Length > 0)
        {
            AddResolved(links, raw, url, baseUri, encoding, LinkKind.Anchor, string.Empty, attachmentAware: false);
        }
    }

    /// <summary>The URL in <c>content="5; url='next.html'"</c>; empty when the refresh reloads the same page.</summary>
    internal static string RefreshUrl(string content)
    {
        var match = RefreshPattern().Match(content);
        if (!match.Success)
        {
            return string.Empty;
        }

        var url = match.Groups["url"].Value.Trim();
        if (url.Length > 0 && url[0] is '\'' or '"')
        {
            var end = url.IndexOf(url[0], 1);
            url = end > 0 ? url[1..end] : url[1..];
        }

        return url.Trim();
    }

    private static string AnchorText(HtmlNode anchor)
    {
        var text = ElementText.Of(anchor);
        if (text.Length == 0)
        {
            text = ElementText.FirstImageAlt(anchor);
        }

        return text.Length > 0 ? text : ElementText.Collapse(HtmlRendering.AttributeText(anchor, "title"));
    }

    private static string FrameText(HtmlNode element) =>
        ElementText.Collapse(HtmlRendering.AttributeText(element, "title")) is { Length: > 0 } title
            ? title
            : ElementText.Collapse(HtmlRendering.AttributeText(element, "name"));

    private static bool HasRel(HtmlNode link, string token) =>
        (link.Attributes["rel"]?.Value ?? string.Empty)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Any(value => value.Equals(token, StringComparison.OrdinalIgnoreCase));

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    [GeneratedRegex("""^\s*[0-9.]*\s*[;,]?\s*(?:url\s*=\s*)?(?<url>.*)$""", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex RefreshPattern();
}
