using System.Xml.Linq;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.Security;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace HealthDashboard.Web.Features.Security;

/// <summary>
/// Keeps the data-protection key ring in the app's database, so cookies made by one node are read by every other and
/// survive a restart or a new container. (The keys are stored unencrypted, like the database's other secrets' hashes:
/// whoever can read the database can already read the data it guards.)
/// </summary>
public sealed class DatabaseKeyRepository(IServiceProvider services) : IXmlRepository
{
    private DataProtectionKeyStore Store => new(services.GetRequiredService<Database>());

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        try
        {
            return Store.All().Select(XElement.Parse).ToList();
        }
        catch (Exception error) when (error is System.Data.Common.DbException or InvalidOperationException)
        {
            // Not migrated yet, or no database: the framework then makes a key in memory, and stores it once it can.
            return [];
        }
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        try
        {
            Store.Add(friendlyName, element.ToString(SaveOptions.DisableFormatting));
        }
        catch (Exception error) when (error is System.Data.Common.DbException or InvalidOperationException)
        {
            services.GetRequiredService<ILogger<DatabaseKeyRepository>>().LogWarning(error, "The data-protection key {Name} could not be stored; cookies will not outlive this process", friendlyName);
        }
    }
}
