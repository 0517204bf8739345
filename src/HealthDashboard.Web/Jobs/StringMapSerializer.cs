using System.Collections;
using System.Collections.Specialized;
using System.Text.Json;
using Quartz;
using Quartz.Spi;

namespace HealthDashboard.Web.Jobs;

/// <summary>
/// Quartz's AdoJobStore needs a serializer for job data maps. Its own binary one needs BinaryFormatter (gone from .NET 9)
/// and the System.Text.Json package is only in the feed for Quartz 4, so this one stores string maps as JSON. Our jobs
/// keep only strings in their maps (the store runs with UseProperties), and calendars are not used.
/// </summary>
public sealed class StringMapSerializer : IObjectSerializer
{
    public void Initialize()
    {
        // Nothing to set up: System.Text.Json needs no configuration for a string map.
    }

    public byte[] Serialize<T>(T obj) where T : class =>
        JsonSerializer.SerializeToUtf8Bytes(ToStringMap(obj));

    public T DeSerialize<T>(byte[] data) where T : class
    {
        var map = JsonSerializer.Deserialize<Dictionary<string, string?>>(data) ?? [];
        object result = typeof(T).IsAssignableFrom(typeof(NameValueCollection))
            ? ToCollection(map)
            : typeof(T).IsAssignableFrom(typeof(JobDataMap))
                ? new JobDataMap((IDictionary<string, object>)map.ToDictionary(p => p.Key, p => (object)p.Value!))
                : throw new NotSupportedException($"Only string maps are stored; {typeof(T).Name} is not one.");
        return (T)result;
    }

    private static Dictionary<string, string?> ToStringMap(object obj) => obj switch
    {
        NameValueCollection collection => collection.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => collection[k]),
        IDictionary<string, object?> dictionary => dictionary.ToDictionary(p => p.Key, p => AsString(p.Key, p.Value)),
        IDictionary dictionary => dictionary.Keys.Cast<object>().ToDictionary(k => k.ToString()!, k => AsString(k.ToString()!, dictionary[k])),
        _ => throw new NotSupportedException($"Only string maps are stored; {obj.GetType().Name} is not one."),
    };

    private static string? AsString(string key, object? value) => value switch
    {
        null => null,
        string text => text,
        _ => throw new NotSupportedException($"Job data '{key}' is a {value.GetType().Name}; only strings are stored."),
    };

    private static NameValueCollection ToCollection(Dictionary<string, string?> map)
    {
        var collection = new NameValueCollection();
        foreach (var (key, value) in map)
        {
            collection[key] = value;
        }

        return collection;
    }
}
