namespace HealthDashboard.Web.Features.Import;

/// <summary>The file formats an import reads, told apart by their content and header (<see cref="ImportFileReader"/>).</summary>
public enum ImportFormat
{
    /// <summary>Ours: <c>data_element,org_unit,period,value[,comment]</c>, as <c>export datavalues</c> writes it.</summary>
    Csv,

    /// <summary>The template from /import: our columns on the first sheet.</summary>
    Xlsx,

    /// <summary>DHIS2 dataValueSets JSON: <c>{"dataValues":[{"dataElement","period","orgUnit","value",…}]}</c>.</summary>
    Dhis2Json,

    /// <summary>DHIS2 dataValueSets CSV: <c>dataElement,period,orgUnit,categoryOptionCombo,attributeOptionCombo,value,…</c>.</summary>
    Dhis2Csv,
}
