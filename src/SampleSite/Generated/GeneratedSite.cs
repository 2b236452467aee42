using System.Globalization;
using System.Net;
using System.Text;

namespace ComplianceFns.SampleSite.Generated;

/// <summary>
/// A deterministic site of N pages for the benchmark. Pages form a tree (each page links to its children, so every
/// page is reachable from "/" within a few levels) plus seeded random cross links; about 2 % of pages also link to
/// a missing page.
/// </summary>
internal sealed class GeneratedSite
{
    public const int ImagePoolSize = 20;
    private const int ImagesPerPage = 3;
    private const int TargetBodyBytes = 8 * 1024;

    private readonly int _seed;
    private readonly int[][] _links;
    private readonly int[][] _images;
    private readonly Dictionary<int, string> _brokenTargetBySource;
    private readonly Dictionary<int, List<string>> _outsideLinksBySource = [];

    /// <param name="outsideLinks">Absolute URLs on other hosts, each linked from one seeded page.</param>
    public GeneratedSite(int pages, int linksPerPage, int seed, IReadOnlyList<string>? outsideLinks = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pages, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(linksPerPage, 1);
        PageCount = pages;
        _seed = seed;
        var random = new Random(seed);
        var fanOut = Math.Max(2, linksPerPage / 2);
        _links = new int[pages][];
        _images = new int[pages][];
        for (var page = 0; page < pages; page++)
        {
            var links = new List<int>();
            for (var child = page * fanOut + 1; child <= page * fanOut + fanOut && child < pages; child++)
            {
                links.Add(child);
            }
            var wanted = Math.Min(linksPerPage, pages - 1);
            for (var attempts = 0; links.Count < wanted && attempts < wanted * 4; attempts++)
            {
                var other = random.Next(pages);
                if (other != page && !links.Contains(other))
                {
                    links.Add(other);
                }
            }
            _links[page] = [.. links];
            _images[page] = [.. Enumerable.Range(0, ImagesPerPage).Select(_ => random.Next(ImagePoolSize))];
        }

        var brokenCount = Math.Max(1, (int)Math.Round(pages * 0.02));
        _brokenTargetBySource = Enumerable.Range(0, pages).OrderBy(_ => random.Next()).Take(brokenCount)
            .ToDictionary(source => source, source => string.Create(CultureInfo.InvariantCulture, $"/p/missing-{source}.html"));

        // A random of its own, so adding outside links leaves the rest of a seed's site as it was.
        var outside = new Random(unchecked(seed + 1));
        foreach (var url in outsideLinks ?? [])
        {
            var source = outside.Next(pages);
            if (!_outsideLinksBySource.TryGetValue(source, out var list))
            {
                _outsideLinksBySource[source] = list = [];
            }

            list.Add(url);
        }
    }

    /// <summary>Absolute outside URL → the page (index) that links it.</summary>
    public IEnumerable<KeyValuePair<int, string>> OutsideLinks =>
        _outsideLinksBySource.SelectMany(pair => pair.Value.Select(url => new KeyValuePair<int, string>(pair.Key, url)));

    public int PageCount { get; }

    public static string PagePath(int page) =>
        page == 0 ? "/" : string.Create(CultureInfo.InvariantCulture, $"/p/{page}.html");

    public static string ImagePath(int image) => string.Create(CultureInfo.InvariantCulture, $"/img/{image}.png");

    /// <summary>Source page index → missing target path.</summary>
    public IReadOnlyDictionary<int, string> BrokenTargets => _brokenTargetBySource;

    public byte[] Render(int page)
    {
        var title = string.Create(CultureInfo.InvariantCulture, $"某某县政务信息第{page}号");
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
            .Append(title).Append("_某某县人民政府</title></head>\n<body>\n<h1>").Append(title).Append("</h1>\n");
        foreach (var image in _images[page])
        {
            html.Append("<img src=\"").Append(ImagePath(image)).Append("\" alt=\"配图\">\n");
        }
        html.Append("<ul>\n");
        foreach (var target in _links[page])
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{PagePath(target)}\">某某县政务信息第{target}号</a></li>\n");
        }
        if (_brokenTargetBySource.TryGetValue(page, out var missing))
        {
            html.Append("<li><a href=\"").Append(WebUtility.HtmlEncode(missing)).Append("\">已删除的政务信息</a></li>\n");
        }
        foreach (var url in _outsideLinksBySource.GetValueOrDefault(page) ?? [])
        {
            html.Append("<li><a href=\"").Append(WebUtility.HtmlEncode(url)).Append("\">相关单位网站</a></li>\n");
        }
        html.Append("</ul>\n");

        // Page-specific but deterministic filler (HashCode is randomised per process, so plain arithmetic).
        var filler = new Random(unchecked((_seed * 1_000_003) + page) & int.MaxValue);
        var sentences = ChineseFiller.Sentences;
        while (Encoding.UTF8.GetByteCount(html.ToString()) < TargetBodyBytes)
        {
            html.Append("<p>");
            for (var i = 0; i < 6; i++)
            {
                html.Append(sentences[filler.Next(sentences.Count)]);
            }
            html.Append("</p>\n");
        }
        html.Append("</body></html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }
}
