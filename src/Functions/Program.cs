using System.Text;
using ComplianceFns.Engine;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

// GBK/GB2312 pages need the code-pages provider before any decode.
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

var builder = FunctionsApplication.CreateBuilder(args);
builder.Services.AddComplianceEngine(builder.Configuration);
builder.Build().Run();
