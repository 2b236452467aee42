namespace ComplianceFns.Rules.Links;

/// <summary>
/// Whether a link's <c>#fragment</c> finds its place on the target page, by the HTML standard's "find a potential
/// indicated element": an id (or an <c>a name</c>) equal to the fragment as written, then to its percent-decoded
/// form; an empty fragment and "top" mean the top of the page. A text directive (<c>#:~:text=…</c>, a browser's
/// "copy link to highlight") is cut off first: it highlights text and never names an element.
/// </summary>
public static class FragmentTarget
{
    /// <summary>Starts the fragment directive; the browser removes it and everything after it before scrolling.</summary>
    public const string DirectiveDelimiter = ":~:";

    /// <summary>
    /// GitHub and Gitee render a README heading as <c>id="user-content-x"</c> and their own script scrolls <c>#x</c> to it,
    /// so such a link works for every reader although no element is named <c>x</c>.
    /// </summary>
    private const string UserContentPrefix = "user-content-";

    /// <summary>True when a browser finds where the fragment points, or the fragment names no element to find.</summary>
    /// <param name="fragment">The fragment without '#', as written in the href.</param>
    /// <param name="anchorIds">The ids and anchor names of the target page.</param>
    public static bool IsFound(string fragment, IReadOnlySet<string> anchorIds)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        ArgumentNullException.ThrowIfNull(anchorIds);
        var indicated = WithoutDirective(fragment);
        if (indicated.Length == 0 || IsClientRoute(indicated) || anchorIds.Contains(indicated))
        {
            return true;
        }

        var decoded = Decode(indicated);
        return anchorIds.Contains(decoded)
            || decoded.Equals("top", StringComparison.OrdinalIgnoreCase)
            || anchorIds.Contains(UserContentPrefix + decoded);
    }

    /// <summary>The fragment as a reader should see it in a finding: the directive cut off, percent-escapes decoded.</summary>
    public static string Display(string fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        return Decode(WithoutDirective(fragment));
    }

    private static string WithoutDirective(string fragment)
    {
        var directive = fragment.IndexOf(DirectiveDelimiter, StringComparison.Ordinal);
        return directive >= 0 ? fragment[..directive] : fragment;
    }

    // "#/news/1" and "#!/news/1" are routes of a script-driven page (hash routing): the script reads them, no element does.
    private static bool IsClientRoute(string fragment) => fragment.StartsWith('/') || fragment.StartsWith("!/", StringComparison.Ordinal);

    private static string Decode(string fragment)
    {
        if (!fragment.Contains('%'))
        {
            return fragment;
        }

        try
        {
            return Uri.UnescapeDataString(fragment);
        }
        catch (UriFormatException)
        {
            return fragment;
        }
    }
}
