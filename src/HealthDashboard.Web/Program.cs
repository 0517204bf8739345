using HealthDashboard.Web.Api;
using HealthDashboard.Web.Components;
using HealthDashboard.Web.Diagnostics;
using HealthDashboard.Web.Errors;
using HealthDashboard.Web.Features.Charts;
using HealthDashboard.Web.Features.Account;
using HealthDashboard.Web.Features.Catalog;
using HealthDashboard.Web.Features.DataEntry;
using HealthDashboard.Web.Features.DataValues;
using HealthDashboard.Web.Features.Export;
using HealthDashboard.Web.Features.Import;
using HealthDashboard.Web.Features.Map;
using HealthDashboard.Web.Features.Overview;
using HealthDashboard.Web.Features.Quality;
using HealthDashboard.Web.Features.Rankings;
using HealthDashboard.Web.Features.Security;
using HealthDashboard.Web.Features.Station;
using HealthDashboard.Web.Features.Trends;
using HealthDashboard.Web.Features.Units;
using HealthDashboard.Web.Features.Wall;
using HealthDashboard.Web.Features.Admin;
using HealthDashboard.Web.Features.Admin.Playlists;
using HealthDashboard.Web.Features.ViewQueries;
using HealthDashboard.Web.Jobs;
using HealthDashboard.Web.Localization;
using HealthDashboard.Web.Realtime;
using HealthDashboard.Web.Realtime.Hub;
using HealthDashboard.Web.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddSettingsFileFromCommandLine(args);

// MudBlazor's _content/ files are only served by `dotnet run` in Development unless the app is published; this makes the
// built app serve them in every environment (DESIGN.md).
builder.WebHost.UseStaticWebAssets();

builder.Services.AddDashboardData(builder.Configuration);
builder.Services.AddDashboardLocalization();
builder.Services.AddDashboardErrors();
builder.Services.AddDashboardSecurity(builder.Configuration);
builder.Services.AddAccountPages();
builder.Services.AddUnits();
builder.Services.AddCatalog();
builder.Services.AddAggregation();
builder.Services.AddDataValueWrites(builder.Configuration);
builder.Services.AddImports();
builder.Services.AddRealtimePush();
builder.Services.AddDashboardJobs(builder.Configuration);
builder.Services.AddOverview();
builder.Services.AddWall();
builder.Services.AddPlaylistAdmin();
builder.Services.AddSecurityAdmin();
builder.Services.AddViewQueries();
builder.Services.AddTrends();
builder.Services.AddRankings();
builder.Services.AddStationProfile();
builder.Services.AddDataEntry();
builder.Services.AddCharts();
builder.Services.AddMap();
builder.Services.AddDataQuality();
builder.Services.AddDashboardUi();
builder.Services.AddDashboardDiagnostics();

var app = builder.Build();

app.UsePlotlyBundle();

// Before the error handling, so that its 500s carry the headers too.
app.UseSecurityHeaders();
app.UseDashboardErrors();
app.UseDashboardLocalization();
app.UseDashboardSecurity();
app.UseAntiforgery();
// Scripts, styles and fonts are the same for everyone; the sign-in page needs them before anyone has signed in.
app.MapStaticAssets().AllowAnonymous();
app.MapCultureEndpoint();
app.MapAccountEndpoints();
app.MapDashboardApi(app.Configuration);
app.MapExports();
app.MapImports();
app.MapRealtimePush();
app.MapJobsDashboard();
app.MapDashboardUi();

app.Run();

/// <summary>The entry point, public so that WebApplicationFactory can start the app in tests.</summary>
public partial class Program;
