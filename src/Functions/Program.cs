using System.Text;
using ComplianceFns.Functions.Hosting;
using ComplianceFns.Functions.Middleware;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

// GBK/GB2312 pages need the code-pages provider before any decode.
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

var builder = FunctionsApplication.CreateBuilder(args);
// ASP.NET Core integration: the report function takes HttpRequest and returns IActionResult.
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<InspectionFailureMiddleware>();
builder.Services.AddComplianceFunctions(builder.Configuration);
builder.Build().Run();
