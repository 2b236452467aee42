using ComplianceFns.Rules.Links;

namespace ComplianceFns.Rules.Tests.Links;

/// <summary>The HTML standard's rule for where a fragment points, as lychee's fragments fixture exercises it.</summary>
public sealed class FragmentTargetTests
{
    private static readonly HashSet<string> Ids = new(StringComparer.Ordinal) { "in-the-beginning", "tangent%3A-kustomize", "Upper-ÄÖö", "第一章" };

    [Theory]
    [InlineData("in-the-beginning")]
    [InlineData("tangent%3A-kustomize")] // the id itself holds "%3A": the raw fragment matches first
    [InlineData("Upper-ÄÖö")]
    [InlineData("Upper-%C3%84%C3%96%C3%B6")] // matches only after percent-decoding
    [InlineData("%E7%AC%AC%E4%B8%80%E7%AB%A0")]
    [InlineData("top")]
    [InlineData("TOP")]
    public void A_fragment_naming_an_element_or_the_top_is_found(string fragment) =>
        Assert.True(FragmentTarget.IsFound(fragment, Ids));

    [Theory]
    [InlineData("in-the-end")]
    [InlineData("in-THE-begiNNing")] // ids are case-sensitive
    [InlineData("tangent:-kustomize")] // the decoded form of an id does not name the id that holds the escape
    [InlineData("missing:~:text=foo")] // the element part before a text directive still has to exist
    public void A_fragment_naming_no_element_is_not_found(string fragment) =>
        Assert.False(FragmentTarget.IsFound(fragment, Ids));

    [Theory]
    [InlineData(":~:text=rutrum")]
    [InlineData(":~:text=consectetur%20adipiscing%20elit.-,Sed%20porta,-nisl%20sit%20amet")]
    [InlineData(":~:text=non-existent")]
    [InlineData("in-the-beginning:~:text=foo")]
    public void A_text_fragment_never_needs_an_element(string fragment) =>
        Assert.True(FragmentTarget.IsFound(fragment, Ids));

    [Fact]
    public void A_readme_heading_rendered_with_the_user_content_prefix_is_found()
    {
        var readme = new HashSet<string>(StringComparer.Ordinal) { "user-content-section-one" };

        Assert.True(FragmentTarget.IsFound("section-one", readme));
        Assert.False(FragmentTarget.IsFound("nonexistent", readme));
    }

    [Theory]
    [InlineData("/route")]
    [InlineData("!/legacy-route")]
    public void A_hash_route_of_a_script_driven_page_never_needs_an_element(string fragment) =>
        Assert.True(FragmentTarget.IsFound(fragment, Ids));

    [Theory]
    [InlineData("%E7%AC%AC%E4%BA%8C%E7%AB%A0", "第二章")]
    [InlineData("part2:~:text=abc", "part2")]
    [InlineData("bad%zz", "bad%zz")]
    public void Display_decodes_and_drops_the_directive(string fragment, string expected) =>
        Assert.Equal(expected, FragmentTarget.Display(fragment));
}
