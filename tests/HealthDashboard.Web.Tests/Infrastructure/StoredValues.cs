using System.Globalization;

namespace HealthDashboard.Web.Tests.Infrastructure;

/// <summary>Raw values read straight from a test's database, to write a plausible new one next to them.</summary>
public static class StoredValues
{
    /// <summary>The unit's most recent value of the element.</summary>
    public static async Task<double> LatestAsync(Data.Db.Database database, string element, string unit)
    {
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT v.value FROM data_value v JOIN org_unit u ON u.id = v.org_unit_id JOIN data_element e ON e.id = v.data_element_id " +
                              "WHERE e.code = $element AND u.code = $unit ORDER BY v.period DESC LIMIT 1";
        foreach (var (name, text) in new[] { ("$element", element), ("$unit", unit) })
        {
            var parameter = command.CreateParameter();
            (parameter.ParameterName, parameter.Value) = (name, text);
            command.Parameters.Add(parameter);
        }

        return Convert.ToDouble(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
