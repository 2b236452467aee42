namespace ComplianceFns.Engine.Extraction;

/// <summary>Collects document links once each, up to the cap.</summary>
internal sealed class DocumentLinkCollector
{
    public const int MaxLinks = 10_000;

    private static readonly string[] SkippedPrefixes = ["mailto:", "tel:", "javascript:"];

    private readonly List<DocumentLink> _links = [];
    private readonly HashSet<(string Uri, string Text, int? Page)> _seen = [];

    public bool Truncated { get; private set; }

    public bool IsFull => _links.Count >= MaxLinks;

    public IReadOnlyList<DocumentLink> Links => _links;

    public bool Contains(string uri, int? page) => _links.Exists(link => link.Page == page && link.Uri == uri);

    public void Add(string? uri, string? text, int? page)
    {
        var target = uri?.Trim();
        if (string.IsNullOrEmpty(target) || SkippedPrefixes.Any(prefix => target.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        if (IsFull)
        {
            Truncated = true;
            return;
        }

        var cleanText = ElementText.Collapse(text);
        if (_seen.Add((target, cleanText, page)))
        {
            _links.Add(new DocumentLink(target, cleanText, page));
        }
    }
}
