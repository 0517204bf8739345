using System.Globalization;
using System.Text;
using System.Text.Json;
using HealthDashboard.Data.DataValues;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Features.Export;
using HealthDashboard.Web.Features.Import;
using HealthDashboard.Web.Features.Security;
using HealthDashboard.Web.Features.Units;
using HealthDashboard.Web.Storage;

namespace HealthDashboard.Web.Api;

public static class DataValueSetExportApi
{
    /// <summary>
    /// <c>GET /api/dataValueSets?orgUnit=&amp;period=&amp;children=true</c>: raw values as DHIS2's data value set, in
    /// JSON, or in DHIS2's CSV columns with <c>Accept: text/csv</c> or <c>format=csv</c>; either imports back unchanged.
    /// orgUnit is required (and may repeat), period may repeat (none: every period). Streamed row by row.
    /// </summary>
    public static RouteGroupBuilder MapDataValueSetExport(this RouteGroupBuilder api)
    {
        api.MapGet("/dataValueSets", async Task<IResult> (HttpContext http, OrgUnitCache units, DataStores stores) =>
        {
            var query = http.Request.Query;
            if (query["orgUnit"].Count == 0 || query["orgUnit"].Any(string.IsNullOrWhiteSpace))
            {
                return Problem(StatusCodes.Status400BadRequest, "Cần orgUnit, ví dụ ?orgUnit=AG_LXU&period=202401&children=true.",
                    "orgUnit is needed, e.g. ?orgUnit=AG_LXU&period=202401&children=true.");
            }

            var periods = new List<string>();
            foreach (var text in query["period"])
            {
                if (!Period.TryParse(text, out var period))
                {
                    return Problem(StatusCodes.Status400BadRequest, $"'{text}' không phải là kỳ báo cáo: dùng 202401 (tháng), 2024Q1 (quý) hoặc 2024 (năm).",
                        $"'{text}' is not a period: use 202401 (month), 2024Q1 (quarter) or 2024 (year).");
                }

                periods.Add(period.ToString());
            }

            var childrenText = query["children"].ToString();
            if (childrenText.Length > 0 && !bool.TryParse(childrenText, out _))
            {
                return Problem(StatusCodes.Status400BadRequest, "children phải là true hoặc false.", "children must be true or false.");
            }

            var tree = await units.TreeAsync(http.RequestAborted);
            var chosen = new List<OrgUnit>();
            foreach (var code in query["orgUnit"])
            {
                if (tree.Find(code!.Trim()) is not { } unit)
                {
                    return Problem(StatusCodes.Status404NotFound, $"Không tìm thấy đơn vị có mã '{code}'.", $"No org unit has the code '{code}'.");
                }

                if (!UnitScope.CanRead(http.User, tree, unit.Code))
                {
                    return ApiScope.OutOfScope(code);
                }

                chosen.Add(unit);
            }

            var children = childrenText.Length > 0 && bool.Parse(childrenText);
            var csv = query["format"].ToString().Equals("csv", StringComparison.OrdinalIgnoreCase)
                || http.Request.Headers.Accept.ToString().Contains("text/csv", StringComparison.OrdinalIgnoreCase);
            var reader = new DataValueSetReader(stores.Database);
            var values = chosen.Distinct().ToAsyncEnumerable(u => reader.ReadAsync(u.Id, u.Path, children, periods, http.RequestAborted));
            return csv
                ? Results.Stream(stream => WriteCsvAsync(stream, values), CsvExport.ContentType, "dataValueSets.csv")
                : Results.Stream(stream => WriteJsonAsync(stream, values), "application/json; charset=utf-8");
        });
        return api;
    }

    private static async IAsyncEnumerable<ExportedValue> ToAsyncEnumerable(this IEnumerable<OrgUnit> units, Func<OrgUnit, IAsyncEnumerable<ExportedValue>> read)
    {
        foreach (var unit in units)
        {
            await foreach (var value in read(unit))
            {
                yield return value;
            }
        }
    }

    private static async Task WriteJsonAsync(Stream stream, IAsyncEnumerable<ExportedValue> values)
    {
        await using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteStartArray("dataValues");
        await foreach (var v in values)
        {
            json.WriteStartObject();
            json.WriteString("dataElement", v.DataElement);
            json.WriteString("period", v.Period);
            json.WriteString("orgUnit", v.OrgUnit);
            json.WriteString("value", Number(v.Value));
            json.WriteString("storedBy", v.StoredBy);
            json.WriteString("lastUpdated", v.UpdatedAt.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
            if (v.Comment is not null)
            {
                json.WriteString("comment", v.Comment);
            }

            json.WriteBoolean("followup", false);
            json.WriteEndObject();
            if (json.BytesPending > 64 * 1024)
            {
                await json.FlushAsync();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync();
    }

    // DHIS2's CSV columns, so the file imports into DHIS2 as well as back here; text cells defused against formulas.
    private static async Task WriteCsvAsync(Stream stream, IAsyncEnumerable<ExportedValue> values)
    {
        await using var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024);
        await text.WriteAsync(ImportColumns.Dhis2Header + "\r\n");
        await foreach (var v in values)
        {
            await text.WriteAsync(string.Join(',', CsvExport.Cell(v.DataElement), CsvExport.Cell(v.Period), CsvExport.Cell(v.OrgUnit), "", "",
                CsvExport.Cell(Number(v.Value)), CsvExport.Cell(v.StoredBy), v.UpdatedAt.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
                CsvExport.Cell(v.Comment), "false") + "\r\n");
        }
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static IResult Problem(int status, string vi, string en) => TypedResults.Json(new ApiMessage(vi, en), statusCode: status);
}
