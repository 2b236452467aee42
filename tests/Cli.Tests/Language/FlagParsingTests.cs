using ComplianceFns.Cli.Arguments;

namespace ComplianceFns.Cli.Tests.Language;

/// <summary>The parser gives a command exactly what was typed: a flag not given is off, a value not given is absent.</summary>
public sealed class FlagParsingTests
{
    private static readonly CliCommandLine CommandLine = new(CommandDispatcher.Commands);

    [Fact]
    public void Flags_are_off_unless_given_and_values_keep_the_last_occurrence_of_either_spelling()
    {
        var plain = CommandLine.Parse(["inspect", "http://127.0.0.1/"]);
        Assert.False(plain.Arguments!.Has("skip-typos"));
        Assert.False(plain.Arguments.Has("ignore-robots"));
        Assert.Null(plain.Arguments.Value("max-pages"));
        Assert.False(plain.Verbose);

        var given = CommandLine.Parse(["inspect", "--skip-typos", "http://127.0.0.1/", "--max-pages=7", "--verbose", "--", "-odd"]);
        Assert.True(given.Arguments!.Has("skip-typos"));
        Assert.False(given.Arguments.Has("ignore-robots"));
        Assert.Equal("7", given.Arguments.Value("max-pages"));
        Assert.True(given.Verbose);
        Assert.Equal(["http://127.0.0.1/", "-odd"], given.Arguments.Positionals);
    }
}
