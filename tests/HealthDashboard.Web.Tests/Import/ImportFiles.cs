using System.Globalization;
using System.Text;
using System.Text.Json;
using HealthDashboard.Web.Features.Export;
using HealthDashboard.Web.Features.Import;

namespace HealthDashboard.Web.Tests.Import;

/// <summary>Import files of each format made from (element, unit, period, value, comment) rows, as people and DHIS2 write them.</summary>
public static class ImportFiles
{
    public static byte[] Make(string format, IReadOnlyList<(string Element, string Unit, string Period, string Value)> keys, Func<int, string?>? comment = null)
    {
        comment ??= _ => null;
        return format switch
        {
            "csv" => Utf8("data_element,org_unit,period,value,comment\r\n" + string.Concat(keys.Select((k, i) =>
                $"{k.Element},{k.Unit},{k.Period},{k.Value},{CsvExport.Cell(comment(i))}\r\n"))),
            "dhis2-csv" => Utf8(ImportColumns.Dhis2Header + "\n" + string.Concat(keys.Select((k, i) =>
                $"{k.Element},{k.Period},{k.Unit},{(i % 2 == 0 ? "" : "HllvX50cXC0")},default,{k.Value},someone,2024-01-01,{CsvExport.Cell(comment(i))},false\n"))),
            "dhis2-json" => JsonSerializer.SerializeToUtf8Bytes(new
            {
                dataSet = "ignored",
                dataValues = keys.Select((k, i) => new
                {
                    dataElement = k.Element, period = k.Period, orgUnit = k.Unit, categoryOptionCombo = "HllvX50cXC0",
                    value = k.Value, comment = comment(i), followup = false,
                }),
            }),
            "xlsx" => XlsxExport.Write(new ExportTable("data", ["data_element", "org_unit", "period", "value", "comment"],
                keys.Select((k, i) => (IReadOnlyList<object?>)[k.Element, k.Unit, k.Period, double.Parse(k.Value, CultureInfo.InvariantCulture), comment(i)]).ToList())),
            _ => throw new ArgumentException(format, nameof(format)),
        };
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static string ContentType(string format) => format is "dhis2-json" ? "application/json" : "text/csv";
}
