using System.Collections.Frozen;

namespace ComplianceFns.SampleSite.Pages;

/// <summary>The static files under Content/, embedded as resources named <c>site/&lt;relative path&gt;</c>.</summary>
internal static class EmbeddedContent
{
    private const string Prefix = "site/";

    private static readonly Lazy<FrozenDictionary<string, byte[]>> Files = new(Load);

    /// <summary>The file at a site path such as <c>/xxgk/zn/index.html</c>, or null.</summary>
    public static byte[]? Find(string sitePath) =>
        Files.Value.TryGetValue(sitePath.TrimStart('/'), out var bytes) ? bytes : null;

    public static string ReadText(string sitePath) =>
        Find(sitePath) is { } bytes
            ? System.Text.Encoding.UTF8.GetString(bytes)
            : throw new FileNotFoundException($"The sample site has no embedded file '{sitePath}'.");

    public static IEnumerable<string> AllPaths => Files.Value.Keys.Select(k => "/" + k);

    private static FrozenDictionary<string, byte[]> Load()
    {
        var assembly = typeof(EmbeddedContent).Assembly;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            // %(RecursiveDir) uses the build machine's separator.
            files[name[Prefix.Length..].Replace('\\', '/')] = buffer.ToArray();
        }
        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
