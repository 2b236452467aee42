using System.Net;
using ComplianceFns.Engine.Fetching;

namespace ComplianceFns.Engine.Tests.Fetching;

public sealed class AddressGuardTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("10.0.0.1")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fd00:ec2::254")]
    [InlineData("fc00::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("64:ff9b::7f00:1")]
    [InlineData("64:ff9b::a9fe:a9fe")]
    [InlineData("2002:7f00:1::1")]
    [InlineData("2002:a9fe:a9fe::1")]
    [InlineData("::127.0.0.1")]
    [InlineData("::a9fe:a9fe")]
    [InlineData("::ffff:0:7f00:1")]
    [InlineData("2001:db8::1")]
    [InlineData("2001:0:4136:e378:8000:63bf:3fff:fdd2")]
    [InlineData("100::1")]
    [InlineData("64:ff9b:1::808:808")]
    [InlineData("::")]
    public void Non_public_addresses_are_refused(string address)
    {
        Assert.False(AddressGuard.IsPublic(IPAddress.Parse(address)));
        Assert.NotNull(AddressGuard.Strict.Refusal("example.gov.cn", IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("192.169.0.1")]
    [InlineData("2400:3200::1")]
    [InlineData("64:ff9b::808:808")]
    [InlineData("2002:808:808::1")]
    public void Public_addresses_pass(string address)
    {
        Assert.True(AddressGuard.IsPublic(IPAddress.Parse(address)));
        Assert.Null(AddressGuard.Strict.Refusal("example.gov.cn", IPAddress.Parse(address)));
    }

    [Fact]
    public void An_allowed_host_may_resolve_to_a_private_address_but_others_may_not()
    {
        var guard = new AddressGuard(["intranet.gov.cn", "127.0.0.1"]);
        Assert.Null(guard.Refusal("INTRANET.gov.cn.", IPAddress.Parse("10.1.2.3")));
        Assert.Null(guard.Refusal("127.0.0.1", IPAddress.Loopback));
        Assert.NotNull(guard.Refusal("other.gov.cn", IPAddress.Parse("10.1.2.3")));
        Assert.NotNull(guard.Refusal("localhost", IPAddress.Loopback));
    }
}
