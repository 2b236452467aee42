using ComplianceFns.Infra.Tests.Bicep;

namespace ComplianceFns.Infra.Tests;

/// <summary>Failed invocations raise a platform alert mailed to the configured recipients.</summary>
public sealed class FailureAlertTests
{
    private static readonly CompiledTemplate Template = CompiledTemplate.Main;

    [Fact]
    public void Failed_requests_in_application_insights_raise_the_alert()
    {
        var (alert, _) = Assert.Single(Template.ResourcesOfType("Microsoft.Insights/metricAlerts"));
        var properties = alert["properties"]!;
        var criterion = Assert.Single(properties["criteria"]!["allOf"]!.AsArray())!;

        Assert.Equal("requests/failed", (string?)criterion["metricName"]);
        Assert.Equal("GreaterThan", (string?)criterion["operator"]);
        Assert.Equal(0, (int)criterion["threshold"]!);
        Assert.Equal("[parameters('applicationInsightsId')]", (string?)Assert.Single(properties["scopes"]!.AsArray()));
        Assert.Equal("[reference('monitoring').outputs.applicationInsightsId.value]", (string?)Template.ModuleParameter("failure-alert", "applicationInsightsId"));
        Assert.Single(properties["actions"]!.AsArray());
    }

    [Fact]
    public void The_action_group_mails_the_alert_recipients()
    {
        var (group, _) = Assert.Single(Template.ResourcesOfType("Microsoft.Insights/actionGroups"));

        var receivers = Assert.Single(group["properties"]!["copy"]!.AsArray())!;

        Assert.Equal("emailReceivers", (string?)receivers["name"]);
        Assert.Equal("[length(parameters('recipients'))]", (string?)receivers["count"]);
        Assert.Equal("[parameters('recipients')[copyIndex('emailReceivers')]]", (string?)receivers["input"]!["emailAddress"]);
        Assert.Equal("[parameters('alertRecipients')]", (string?)Template.ModuleParameter("failure-alert", "recipients"));
    }
}
