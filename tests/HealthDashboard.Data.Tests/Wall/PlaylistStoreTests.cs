using HealthDashboard.Data.Schema;
using HealthDashboard.Data.Wall;
using HealthDashboard.Domain.Wall;

namespace HealthDashboard.Data.Tests.Wall;

/// <summary>Wall playlists written and read back on both engines (PostgreSQL's 32-bit seconds once failed to read).</summary>
public class PlaylistStoreTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task APlaylistRoundTripsWithItsSlidesAndIsReplacedByCode(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await new SchemaMigrator(db.Database).MigrateAsync();
        var store = new PlaylistStore(db.Database);
        var slides = new List<WallSlide> { new(WallSlideKind.Kpi, "AG"), new(WallSlideKind.Map, "AG", "HI_COV", "commune", 45) };

        await store.SaveAsync(new WallPlaylist("giao-ban", "Giao ban", 20, slides));
        await store.SaveAsync(new WallPlaylist("giao-ban", "Giao ban tuần", 30, slides));

        var read = (await store.FindAsync("giao-ban"))!;
        Assert.Equal(("Giao ban tuần", 30), (read.Name, read.SecondsPerSlide));
        Assert.Equal(slides, read.Slides);
        Assert.Single(await store.ListAsync());
    }
}
