namespace HealthDashboard.Web.Features.Admin.Playlists;

public static class PlaylistsServiceCollectionExtensions
{
    public static IServiceCollection AddPlaylistAdmin(this IServiceCollection services)
    {
        services.AddSingleton<PlaylistsText>();
        services.AddScoped<PlaylistService>();
        return services;
    }
}
