using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using HealthDashboard.Data.Boundaries;
using HealthDashboard.Web.Storage;

namespace HealthDashboard.Web.Features.Map;

/// <summary>
/// Assembles and keeps each map's FeatureCollection, keyed by unit and level: boundaries change only when an admin
/// loads new ones, while every open map and every live update would otherwise read and join them again. A failed
/// read is not kept, so the next request tries again.
/// </summary>
public sealed class MapGeometryCache(DataStores stores)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<MapGeometry>>> _maps = new(StringComparer.OrdinalIgnoreCase);

    public static string KeyOf(string unitCode, MapLevel level) => $"{unitCode.ToUpperInvariant()}|{MapLevels.ToName(level)}";

    public async Task<MapGeometry> GetAsync(string unitCode, MapLevel level)
    {
        var key = KeyOf(unitCode, level);
        var entry = _maps.GetOrAdd(key, k => new Lazy<Task<MapGeometry>>(() => LoadAsync(k, unitCode, level)));
        try
        {
            return await entry.Value;
        }
        catch
        {
            _maps.TryRemove(new KeyValuePair<string, Lazy<Task<MapGeometry>>>(key, entry));
            throw;
        }
    }

    /// <summary>Forgets every assembled map, for when boundaries are replaced.</summary>
    public void Invalidate() => _maps.Clear();

    private async Task<MapGeometry> LoadAsync(string key, string unitCode, MapLevel level)
    {
        // Not the caller's token: the result is shared, and one closed tab must not cancel it for everyone.
        var store = new BoundaryStore(stores.Database);
        var areas = await store.DescendantsAsync(unitCode, MapLevels.KindOf(level));
        var outlines = level == MapLevel.Commune ? await store.DescendantsAsync(unitCode, MapLevels.KindOf(MapLevel.District)) : null;
        var areasCollection = Collection(areas);
        var areasJson = areasCollection.ToJsonString();
        var outlinesJson = outlines is { Count: > 0 } ? Collection(outlines).ToJsonString() : null;
        var version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(areasJson + outlinesJson)))[..16];
        return new MapGeometry(key, areasJson, outlinesJson, areas.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase),
            outlinesJson is null ? [] : [.. outlines!.Keys.Order(StringComparer.Ordinal)], version,
            MapGeometryApi.Url(unitCode, level, version), outlinesJson is null ? null : MapGeometryApi.Url(unitCode, level, version, outlines: true),
            MapBounds.Of(areasCollection));
    }

    private static JsonObject Collection(IReadOnlyDictionary<string, string> boundaries)
    {
        var features = new JsonArray();
        foreach (var (code, json) in boundaries.OrderBy(b => b.Key, StringComparer.Ordinal))
        {
            foreach (var feature in FeaturesOf(JsonNode.Parse(json)))
            {
                // The code is the id plotly matches locations against, whatever the stored file called its features.
                feature["id"] = code;
                RingWinding.ForD3(feature);
                features.Add(feature);
            }
        }

        return new JsonObject { ["type"] = "FeatureCollection", ["features"] = features };
    }

    /// <summary>A stored boundary may be a FeatureCollection, a Feature or a bare geometry.</summary>
    private static IEnumerable<JsonObject> FeaturesOf(JsonNode? node)
    {
        if (node is not JsonObject obj)
        {
            yield break;
        }

        switch ((string?)obj["type"])
        {
            case "FeatureCollection" when obj["features"] is JsonArray list:
                foreach (var item in list.OfType<JsonObject>().ToList())
                {
                    list.Remove(item);
                    yield return item;
                }

                break;
            case "Feature":
                yield return obj;
                break;
            case "Polygon" or "MultiPolygon":
                yield return new JsonObject { ["type"] = "Feature", ["properties"] = new JsonObject(), ["geometry"] = obj };
                break;
        }
    }
}
