using ComplianceFns.Rules.Reports.Model;
using ComplianceFns.Rules.Reports.Publication;

namespace ComplianceFns.Rules.Tests.Reports.Publication;

public sealed class PublicationDeadlineTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Fact]
    public void A_department_report_is_due_on_31_January()
    {
        var deadline = PublicationDeadline.For(2023, OrganLevel.County, OrganKind.Department);

        Assert.Equal(new DateOnly(2024, 1, 31), deadline.Date);
        Assert.True(deadline.IsStatutory);
        Assert.Equal("2024年1月31日", deadline.ChineseDate);
    }

    [Fact]
    public void Published_at_23_59_Beijing_on_the_deadline_is_on_time_and_at_midnight_after_it_is_late()
    {
        var deadline = PublicationDeadline.For(2023, OrganLevel.County, OrganKind.Department);

        Assert.True(deadline.IsMetBy(new DateTimeOffset(2024, 1, 31, 23, 59, 0, Beijing)));
        Assert.False(deadline.IsMetBy(new DateTimeOffset(2024, 2, 1, 0, 0, 0, Beijing)));
        // The same instants written in UTC: 15:59 and 16:00 on 31 January.
        Assert.True(deadline.IsMetBy(new DateTimeOffset(2024, 1, 31, 15, 59, 0, TimeSpan.Zero)));
        Assert.False(deadline.IsMetBy(new DateTimeOffset(2024, 1, 31, 16, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void The_deadline_has_passed_only_once_the_whole_Beijing_day_is_over()
    {
        var deadline = PublicationDeadline.For(2023, OrganLevel.County, OrganKind.Department);

        Assert.False(deadline.HasPassed(new DateTimeOffset(2024, 1, 31, 23, 59, 59, Beijing)));
        Assert.True(deadline.HasPassed(new DateTimeOffset(2024, 2, 1, 0, 0, 0, Beijing)));
    }

    [Fact]
    public void A_governments_own_report_is_due_on_31_March()
    {
        var deadline = PublicationDeadline.For(2022, OrganLevel.County, OrganKind.Government);

        Assert.Equal(new DateOnly(2023, 3, 31), deadline.Date);
        Assert.True(deadline.IsMetBy(new DateOnly(2023, 3, 31)));
        Assert.False(deadline.IsMetBy(new DateOnly(2023, 4, 1)));
        Assert.Equal(1, deadline.DaysLate(new DateOnly(2023, 4, 1)));
    }

    [Theory]
    [InlineData(OrganKind.Department)]
    [InlineData(OrganKind.Government)]
    public void Reports_on_2018_and_earlier_keep_the_old_31_March_date(OrganKind kind)
    {
        var deadline = PublicationDeadline.For(2018, OrganLevel.County, kind, new MonthDay(1, 20));

        Assert.Equal(new DateOnly(2019, 3, 31), deadline.Date);
        Assert.True(deadline.IsMetBy(new DateOnly(2019, 2, 20)));
    }

    [Fact]
    public void A_township_defaults_to_31_January_even_as_a_government()
    {
        Assert.Equal(new DateOnly(2024, 1, 31), PublicationDeadline.For(2023, OrganLevel.Township, OrganKind.Government).Date);
    }

    [Fact]
    public void A_configured_local_date_replaces_the_default_and_is_named_as_such()
    {
        var deadline = PublicationDeadline.For(2021, OrganLevel.Township, OrganKind.Government, new MonthDay(1, 20));

        Assert.Equal(new DateOnly(2022, 1, 20), deadline.Date);
        Assert.False(deadline.IsStatutory);
        Assert.Equal("规定期限", deadline.ChineseLabel);
    }

    [Theory]
    [InlineData("01-20", 1, 20)]
    [InlineData("3-1", 3, 1)]
    public void Month_day_parses(string text, int month, int day)
    {
        Assert.True(MonthDay.TryParse(text, out var value));
        Assert.Equal(new MonthDay(month, day), value);
    }

    [Theory]
    [InlineData("02-29")]
    [InlineData("13-01")]
    [InlineData("1月20日")]
    [InlineData("")]
    public void Month_day_rejects_days_that_do_not_exist_every_year(string text) => Assert.False(MonthDay.TryParse(text, out _));
}
