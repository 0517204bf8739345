namespace HealthDashboard.Web.Storage;

public static class SettingsFileExtensions
{
    /// <summary>
    /// <c>--settings appsettings.samples/postgres.json</c> (or HD_SETTINGS) adds one of the working sample files on top of
    /// appsettings.json, so a set-up is chosen on the command line without copying files into the project.
    /// </summary>
    public static IConfigurationBuilder AddSettingsFileFromCommandLine(this ConfigurationManager configuration, string[] args)
    {
        var file = configuration["settings"] ?? Environment.GetEnvironmentVariable("HD_SETTINGS");
        if (string.IsNullOrWhiteSpace(file))
        {
            return configuration;
        }

        var path = Path.GetFullPath(file);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The settings file '{path}' given with --settings does not exist.", path);
        }

        // Command-line and environment values still win over the file, as they do over appsettings.json.
        configuration.AddJsonFile(path, optional: false, reloadOnChange: false);
        configuration.AddEnvironmentVariables();
        configuration.AddCommandLine(args);
        return configuration;
    }
}
