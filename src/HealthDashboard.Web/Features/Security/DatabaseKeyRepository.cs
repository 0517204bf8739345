using System.Collections.Concurrent;
using System.Xml.Linq;
using HealthDashboard.Data.Schema;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Web.Features.Security;

/// <summary>
/// Keeps the data-protection key ring in the app's database through EF Core (the framework's
/// <see cref="EntityFrameworkCoreXmlRepository{TContext}"/> on the data_protection_key table), so cookies made by one node
/// are read by every other and survive a restart or a new container. (The keys are stored unencrypted, like the rest of
/// the database: whoever can read it can already read the data the cookies guard.) A key made before the first start
/// has migrated the database (a sign-in page opened in its first second) is kept in memory and stored as soon as the
/// table is there: the framework's repository alone would fail that page.
/// </summary>
public sealed partial class DatabaseKeyRepository(IServiceProvider services) : IXmlRepository
{
    private readonly ConcurrentDictionary<string, XElement> _pending = new();
    private readonly Lazy<EntityFrameworkCoreXmlRepository<DashboardDbContext>> _stored =
        new(() => new EntityFrameworkCoreXmlRepository<DashboardDbContext>(services, services.GetRequiredService<ILoggerFactory>()));

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        StorePending();
        try
        {
            return _stored.Value.GetAllElements().Concat(_pending.Values).ToList();
        }
        catch (Exception error) when (IsNotReady(error))
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
                _stored.Value.StoreElement(element, name);
                _pending.TryRemove(name, out _);
            }
            catch (Exception error) when (IsNotReady(error))
            {
                LogNotStoredYet(services.GetRequiredService<ILogger<DatabaseKeyRepository>>(), name, error.Message);
                return;
            }
        }
    }

    // No table yet (SQLite or PostgreSQL's error, or EF Core's wrapping of it on a save), or no database configured.
    private static bool IsNotReady(Exception error) =>
        error is System.Data.Common.DbException or DbUpdateException or InvalidOperationException;

    [LoggerMessage(Level = LogLevel.Information, Message = "The data-protection key {Name} is kept in memory until the database can store it: {Reason}")]
    private static partial void LogNotStoredYet(ILogger logger, string name, string reason);
}
