using System.Text;
using ComplianceFns.Functions.Hosting;
using ComplianceFns.Functions.Middleware;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
// ASP.NET Core integration: the report function takes HttpRequest and returns IActionResult.
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<InspectionFailureMiddleware>();
builder.Services.AddComplianceFunctions(builder.Configuration);
builder.Build().Run();
