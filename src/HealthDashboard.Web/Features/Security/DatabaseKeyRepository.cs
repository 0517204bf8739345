using System.Collections.Concurrent;
using System.Xml.Linq;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.Security;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace HealthDashboard.Web.Features.Security;

/// <summary>
/// Keeps the data-protection key ring in the app's database, so cookies made by one node are read by every other and
/// survive a restart or a new container. (The keys are stored unencrypted, like the rest of the database: whoever can
/// read it can already read the data the cookies guard.) A key made before the first start has migrated the database
/// (a sign-in page opened in its first second) is kept in memory and stored as soon as the table is there.
/// </summary>
public sealed partial class DatabaseKeyRepository(IServiceProvider services) : IXmlRepository
{
    private readonly ConcurrentDictionary<string, XElement> _pending = new();

    private DataProtectionKeyStore Store => new(services.GetRequiredService<Database>());

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        StorePending();
        try
        {
            return Store.All().Select(XElement.Parse).Concat(_pending.Values).ToList();
        }
        catch (Exception error) when (error is System.Data.Common.DbException or InvalidOperationException)
        {
            return [.. _pending.Values];
        }
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        _pending[friendlyName] = element;
        StorePending();
    }

    /// <summary>Stores what could not be stored yet; called after the migrations too.</summary>
    public void StorePending()
    {
        foreach (var (name, element) in _pending)
        {
            try
            {
                Store.Add(name, element.ToString(SaveOptions.DisableFormatting));
                _pending.TryRemove(name, out _);
            }
            catch (Exception error) when (error is System.Data.Common.DbException or InvalidOperationException)
            {
                LogNotStoredYet(services.GetRequiredService<ILogger<DatabaseKeyRepository>>(), name, error.Message);
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The data-protection key {Name} is kept in memory until the database can store it: {Reason}")]
    private static partial void LogNotStoredYet(ILogger logger, string name, string reason);
}
