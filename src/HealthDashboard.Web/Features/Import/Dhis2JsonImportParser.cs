using System.Text.Json;
using HealthDashboard.Web.Features.DataValues;

namespace HealthDashboard.Web.Features.Import;

/// <summary>
/// DHIS2's dataValueSets JSON, read leniently as DHIS2 clients write it: codes and periods as text or numbers, values
/// as text, numbers or booleans, and a top-level <c>period</c>/<c>orgUnit</c>/<c>attributeOptionCombo</c> that applies
/// to values without their own; <c>"deleted": true</c> asks for the stored value to be removed. A row's "line" is its
/// position in <c>dataValues</c>, from 1.
/// </summary>
public static class Dhis2JsonImportParser
{
    public static ParsedFile Parse(string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException error)
        {
            var where = error.LineNumber is { } line ? $" (dòng {line + 1})" : "";
            var whereEn = error.LineNumber is { } lineEn ? $" (line {lineEn + 1})" : "";
            return ParsedFile.Unreadable(ImportFormat.Dhis2Json, ImportRejection.File("body",
                $"Nội dung không phải JSON hợp lệ{where}.", $"The body is not valid JSON{whereEn}."));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ParsedFile.Unreadable(ImportFormat.Dhis2Json, ImportRejection.File("body", "Nội dung phải là một đối tượng JSON.", "The body must be a JSON object."));
            }

            if (!root.TryGetProperty("dataValues", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                return ParsedFile.Unreadable(ImportFormat.Dhis2Json, ImportRejection.File("dataValues",
                    "Thiếu danh sách dataValues: gửi {\"dataValues\":[{\"dataElement\",\"period\",\"orgUnit\",\"value\"}]}.",
                    "dataValues is missing: send {\"dataValues\":[{\"dataElement\",\"period\",\"orgUnit\",\"value\"}]}."));
            }

            var (period, orgUnit, attributes) = (Text(root, "period"), Text(root, "orgUnit"), Text(root, "attributeOptionCombo"));
            if (IncomingText.First(("period", period), ("orgUnit", orgUnit), ("attributeOptionCombo", attributes)) is { } top)
            {
                return ParsedFile.Unreadable(ImportFormat.Dhis2Json, ImportRejection.File(top.Field, top.Vi, top.En));
            }

            var rows = new List<ImportRow>();
            var rejections = new List<ImportRejection>();
            var index = 0;
            foreach (var value in list.EnumerateArray())
            {
                if (index >= ImportLimits.MaxRows)
                {
                    return ParsedFile.Unreadable(ImportFormat.Dhis2Json, ImportRejection.File("dataValues",
                        $"Tối đa {ImportLimits.MaxRows} giá trị mỗi lần: hãy chia thành nhiều lần gửi.", $"At most {ImportLimits.MaxRows} values at a time: please split them."));
                }

                var (line, at) = (index + 1, index++);
                if (value.ValueKind != JsonValueKind.Object)
                {
                    rows.Add(new ImportRow(line, at, new DataValueInput(null, null, null, null)));
                    continue;
                }

                var input = new DataValueInput(Text(value, "dataElement"), Text(value, "orgUnit") ?? orgUnit,
                    Text(value, "period") ?? period, Text(value, "value"), Text(value, "comment")) { Deleted = Text(value, "deleted") };
                var (categories, attributeCombo) = (Text(value, "categoryOptionCombo"), Text(value, "attributeOptionCombo"));
                var badText = IncomingText.Problem(input) ?? IncomingText.First(("categoryOptionCombo", categories), ("attributeOptionCombo", attributeCombo));
                if (badText is { } t)
                {
                    rejections.Add(new ImportRejection(line, at, t.Field, t.Vi, t.En));
                    continue;
                }

                var combo = Combo(categories, "categoryOptionCombo") ?? Combo(attributeCombo ?? attributes, "attributeOptionCombo");
                if (combo is { } c)
                {
                    rejections.Add(new ImportRejection(line, at, c.Field, Dhis2Defaults.NotDefaultVi(c.Field, c.Value), Dhis2Defaults.NotDefaultEn(c.Field, c.Value)));
                    continue;
                }

                rows.Add(new ImportRow(line, at, input));
            }

            return new ParsedFile(ImportFormat.Dhis2Json, rows, rejections);
        }
    }

    private static (string Field, string? Value)? Combo(string? combo, string name) => Dhis2Defaults.IsDefault(combo) ? null : (name, combo);

    private static string? Text(JsonElement owner, string name) => JsonFieldText.Read(owner, name);
}
