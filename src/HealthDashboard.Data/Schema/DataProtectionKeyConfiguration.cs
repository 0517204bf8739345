using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthDashboard.Data.Schema;

/// <summary>
/// ASP.NET Core's key ring entries (sign-in cookies, antiforgery), shared by every node, in the table the first release
/// made: keyed by the key's name, which is unique, so Identity's numeric id is not stored.
/// </summary>
internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> entity)
    {
        entity.ToTable("data_protection_key");
        entity.Ignore(e => e.Id);
        entity.HasKey(e => e.FriendlyName).HasName("data_protection_key_pkey");
        entity.Property(e => e.Xml).IsRequired();
    }
}
