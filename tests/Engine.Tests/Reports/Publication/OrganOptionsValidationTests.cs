using ComplianceFns.Engine.Configuration;
using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Engine.Tests.Reports.Publication;

public sealed class OrganOptionsValidationTests
{
    private static SitesOptions With(params OrganOptions[] organs) => new()
    {
        Sites = [new SiteOptions { Id = "county", StartUrls = ["http://127.0.0.1/"], Organs = [.. organs] }],
    };

    private static OrganOptions Valid() => new()
    {
        Name = "某某县人民政府",
        Level = OrganLevel.County,
        Kind = OrganKind.Government,
        AnnualReportColumnUrl = "http://127.0.0.1/xxgk/ndbg/index.html",
    };

    [Fact]
    public void A_complete_organ_is_valid_and_defaults_to_2019_and_0_9()
    {
        var organ = Valid();

        Assert.True(new SitesOptionsValidator().Validate(null, With(organ)).Succeeded);
        Assert.Equal(2019, organ.FirstYear);
        Assert.Equal(0.9, organ.DuplicateSimilarityThreshold);
    }

    [Theory]
    [InlineData("")]
    [InlineData("01-20")]
    public void A_blank_or_month_day_deadline_override_is_valid(string deadlineOverride)
    {
        var organ = Valid();
        organ.DeadlineOverride = deadlineOverride;

        Assert.True(new SitesOptionsValidator().Validate(null, With(organ)).Succeeded);
    }

    [Fact]
    public void Each_bad_setting_is_named_with_the_site_and_organ()
    {
        var bad = Valid();
        bad.Kind = OrganKind.Unknown;
        bad.AnnualReportColumnUrl = "/xxgk/ndbg/";
        bad.DeadlineOverride = "1月20日";
        bad.DuplicateSimilarityThreshold = 1.5;

        var failures = new SitesOptionsValidator().Validate(null, With(bad)).Failures!.ToList();

        Assert.All(failures, f => Assert.StartsWith("Inspection:Sites:0 (county): Organs:0 (某某县人民政府): ", f));
        Assert.Contains(failures, f => f.Contains("Kind must be Government or Department", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("AnnualReportColumnUrl '/xxgk/ndbg/'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("DeadlineOverride '1月20日'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("DuplicateSimilarityThreshold", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_organs_of_a_site_cannot_share_a_name_and_a_name_is_required()
    {
        var unnamed = Valid();
        unnamed.Name = "";

        var failures = new SitesOptionsValidator().Validate(null, With(Valid(), Valid(), unnamed)).Failures!.ToList();

        Assert.Contains(failures, f => f.Contains("Organs:1 (某某县人民政府): another organ of the site has the same Name", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Organs:2 (no Name)", StringComparison.Ordinal));
    }
}
