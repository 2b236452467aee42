using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace ComplianceFns.Engine.Uploads;

/// <summary>
/// The uploads container must be a container name and differ from the results container: if they were the same,
/// every result file written would fire the trigger again, be checked, and write a result of its own, without end.
/// </summary>
public sealed partial class UploadOptionsValidator(bool requireUploadsContainer) : IValidateOptions<UploadOptions>
{
    public ValidateOptionsResult Validate(string? name, UploadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var container = options.UploadsContainer;
        if (string.IsNullOrWhiteSpace(container))
        {
            return requireUploadsContainer
                ? ValidateOptionsResult.Fail("UploadsContainer (a root setting) must name the container uploads arrive in, e.g. 'uploads'.")
                : ValidateOptionsResult.Success;
        }

        if (!ContainerName().IsMatch(container))
        {
            return ValidateOptionsResult.Fail($"UploadsContainer '{container}' must be a blob container name: 3-63 lowercase letters, digits and single hyphens.");
        }

        return string.Equals(container, options.ResultsContainer, StringComparison.OrdinalIgnoreCase)
            ? ValidateOptionsResult.Fail($"UploadsContainer and Uploads:ResultsContainer are both '{container}': each result would trigger a check of itself. Use two containers.")
            : ValidateOptionsResult.Success;
    }

    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ContainerName();
}
