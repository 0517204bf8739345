using System.Text.Json;

namespace HealthDashboard.Web.Features.Import;

/// <summary>The rejected rows as the import history stores them (JSON) and as their CSV download lists them.</summary>
public static class ImportRejections
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string ToJson(IReadOnlyList<ImportRejection> rejections) => JsonSerializer.Serialize(rejections, Json);

    public static IReadOnlyList<ImportRejection> FromJson(string json) =>
        JsonSerializer.Deserialize<List<ImportRejection>>(json, Json) ?? [];

    public static byte[] ToCsv(IReadOnlyList<ImportRejection> rejections)
    {
        var table = new Export.ExportTable("rejected", ["line", "field", "message", "message_en"],
            rejections.Select(r => (IReadOnlyList<object?>)[r.Line, r.Field, r.Message, r.MessageEn]).ToList());
        return Export.CsvExport.Write(table);
    }
}
