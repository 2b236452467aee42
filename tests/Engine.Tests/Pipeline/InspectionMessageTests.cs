using ComplianceFns.Engine.Pipeline;

namespace ComplianceFns.Engine.Tests.Pipeline;

public sealed class InspectionMessageTests
{
    [Fact]
    public void A_message_round_trips_as_the_documented_json() =>
        Assert.Equal("{\"siteId\":\"sample-gov\",\"runId\":\"sched-20260310T000000Z\"}", new InspectionMessage("sample-gov", "sched-20260310T000000Z").ToJson());

    [Fact]
    public void Parse_reads_what_the_timer_wrote() =>
        Assert.Equal(new InspectionMessage("a", "r"), InspectionMessage.Parse("{\"siteId\":\"a\",\"runId\":\"r\"}"));

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"siteId\":\"a\"}")]
    [InlineData("null")]
    public void A_malformed_body_names_itself(string body)
    {
        var error = Assert.Throws<FormatException>(() => InspectionMessage.Parse(body));
        Assert.Contains(body, error.Message, StringComparison.Ordinal);
        Assert.Null(InspectionMessage.TryParse(body));
    }
}
