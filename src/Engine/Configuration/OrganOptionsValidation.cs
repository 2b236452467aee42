using System.ComponentModel.DataAnnotations;
using ComplianceFns.Rules.Reports.Model;
using ComplianceFns.Rules.Reports.Publication;

namespace ComplianceFns.Engine.Configuration;

/// <summary>Start-up validation of a site's organs, with messages that name the site, the organ and the setting.</summary>
public static class OrganOptionsValidation
{
    public static IEnumerable<string> Validate(SiteOptions site, string siteLabel)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < site.Organs.Count; i++)
        {
            var organ = site.Organs[i];
            var label = $"{siteLabel}: Organs:{i} ({(string.IsNullOrWhiteSpace(organ.Name) ? "no Name" : organ.Name)})";
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(organ, new ValidationContext(organ), results, validateAllProperties: true))
            {
                foreach (var result in results)
                {
                    yield return $"{label}: {result.ErrorMessage}";
                }
            }

            if (!string.IsNullOrWhiteSpace(organ.Name) && !names.Add(organ.Name.Trim()))
            {
                yield return $"{label}: another organ of the site has the same Name.";
            }

            if (!Enum.IsDefined(organ.Level) || organ.Level == OrganLevel.Unknown)
            {
                yield return $"{label}: Level must be one of StateCouncilDepartment, Province, PrefectureCity, County, Township (it decides the deadline).";
            }

            if (!Enum.IsDefined(organ.Kind) || organ.Kind == OrganKind.Unknown)
            {
                yield return $"{label}: Kind must be Government or Department (it decides the deadline).";
            }

            if (!string.IsNullOrWhiteSpace(organ.AnnualReportColumnUrl)
                && (!Uri.TryCreate(organ.AnnualReportColumnUrl, UriKind.Absolute, out var column) || column.Scheme is not ("http" or "https")))
            {
                yield return $"{label}: AnnualReportColumnUrl '{organ.AnnualReportColumnUrl}' is not an absolute http(s) URL.";
            }

            if (!string.IsNullOrWhiteSpace(organ.DeadlineOverride) && !MonthDay.TryParse(organ.DeadlineOverride, out _))
            {
                yield return $"{label}: DeadlineOverride '{organ.DeadlineOverride}' is not a month-day such as 01-20.";
            }

            if (organ.Aliases.Any(string.IsNullOrWhiteSpace))
            {
                yield return $"{label}: Aliases must not contain empty names.";
            }
        }
    }
}
