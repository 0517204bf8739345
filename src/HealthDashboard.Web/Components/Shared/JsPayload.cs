using System.Text.Json;

namespace HealthDashboard.Web.Components.Shared;

/// <summary>
/// Chart and map data for our JS modules, as one JSON string the module parses. Blazor gives every circuit its own
/// serializer options, so each type passed as a JS-interop argument gets its serializer built again per circuit:
/// about 75 KB of metadata and emitted accessors that stayed with every open wall. Serialized here with one shared
/// options object, that is built once for the whole server; the circuit only ever sees strings.
/// </summary>
public static class JsPayload
{
    // The names JS interop itself would give (camelCase): the modules read the same fields either way.
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Of<T>(T value) => JsonSerializer.Serialize(value, Options);
}
