using System.Text.Json;
using HealthDashboard.Web.Features.DataValues;
using HealthDashboard.Web.Features.Import;

namespace HealthDashboard.Web.Api;

/// <summary>
/// Reads the JSON of the write endpoints leniently, as DHIS2 clients send it: codes and periods as text or numbers,
/// values as text ("12"), numbers or booleans, and in a data value set a top-level <c>period</c>/<c>orgUnit</c> that
/// applies to values without their own; <c>"deleted": true</c> removes the stored value. Only a body that is not that
/// shape at all is refused here; every per-value problem is left to <see cref="DataValueValidator"/> (bad characters
/// too: <see cref="IncomingText"/>), so all of them are reported together.
/// </summary>
public static class DataValueRequestReader
{
    public static async Task<(IReadOnlyList<DataValueInput> Inputs, DataValueProblem? Problem)> ReadAsync(HttpRequest request, bool isSet)
    {
        // Decoded strictly first, as an import is: bytes that are not UTF-8 get the line they are on, not an exception.
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, request.HttpContext.RequestAborted);
        if (!ImportTextDecoder.TryDecode(body.ToArray(), out var text, out var notText))
        {
            return ([], new DataValueProblem(null, "body", notText!.Message, notText.MessageEn));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException error)
        {
            return ([], new DataValueProblem(null, "body",
                $"Nội dung không phải JSON hợp lệ ({error.Message.Split('.')[0]}).", $"The body is not valid JSON ({error.Message.Split('.')[0]})."));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ([], new DataValueProblem(null, "body", "Nội dung phải là một đối tượng JSON.", "The body must be a JSON object."));
            }

            if (!isSet)
            {
                return ([Read(root, null, null)], null);
            }

            if (!root.TryGetProperty("dataValues", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                return ([], new DataValueProblem(null, "dataValues",
                    "Thiếu danh sách dataValues: gửi {\"dataValues\":[{\"dataElement\",\"period\",\"orgUnit\",\"value\"}]}.",
                    "dataValues is missing: send {\"dataValues\":[{\"dataElement\",\"period\",\"orgUnit\",\"value\"}]}."));
            }

            var period = Text(root, "period");
            var orgUnit = Text(root, "orgUnit");
            return (list.EnumerateArray().Select(v => Read(v, period, orgUnit)).ToList(), null);
        }
    }

    private static DataValueInput Read(JsonElement value, string? defaultPeriod, string? defaultOrgUnit) =>
        value.ValueKind != JsonValueKind.Object
            ? new DataValueInput(null, null, null, null)
            : new DataValueInput(Text(value, "dataElement"), Text(value, "orgUnit") ?? defaultOrgUnit, Text(value, "period") ?? defaultPeriod,
                Text(value, "value"), Text(value, "comment")) { Deleted = Text(value, "deleted") };

    private static string? Text(JsonElement owner, string name) => JsonFieldText.Read(owner, name);
}
