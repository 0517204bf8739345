using System.IO.Compression;
using System.Text;
using HealthDashboard.Web.Features.Export;

namespace HealthDashboard.Web.Tests.Import;

/// <summary>The corpus of bad files, made here (never committed: one is 50 MB), each with the content type the API gets it as.</summary>
public static class MalformedFiles
{
    public static IEnumerable<(string Name, byte[] Bytes, string ContentType)> All(ImportApp app)
    {
        var (e, u) = (app.Elements[0], app.Stations[0]);
        const string H = "data_element,org_unit,period,value,comment\n";
        (string, byte[], string) Csv(string name, string text) => (name, Encoding.UTF8.GetBytes(text), "text/csv");
        (string, byte[], string) Json(string name, string text) => (name, Encoding.UTF8.GetBytes(text), "application/json");
        var random = new Random(7);
        var junk = new byte[4096];
        random.NextBytes(junk);
        var highBytes = junk.Select(b => (byte)(b | 0x80)).ToArray();

        yield return ("empty", [], "text/csv");
        yield return Csv("whitespace only", "  \r\n\t\n");
        yield return ("byte-order mark only", [0xEF, 0xBB, 0xBF], "text/csv");
        yield return ("Windows-1258 text", Encoding.Latin1.GetBytes(H + $"{e},{u},201501,5,ghi chú é\n"), "text/csv");
        yield return ("binary junk", junk, "text/csv");
        yield return ("high bytes, not UTF-8", highBytes, "text/csv");
        yield return ("PNG image", [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 0, 0, 0, 13], "text/csv");
        yield return ("zip header then junk", [(byte)'P', (byte)'K', 3, 4, .. junk], "text/csv");
        yield return ("zip that is not a workbook", Zip(), "text/csv");
        yield return Csv("header only", H);
        yield return Csv("missing value column", "data_element,org_unit,period\n" + $"{e},{u},201501\n");
        yield return Csv("unknown extra column", "data_element,org_unit,period,value,extra\n" + $"{e},{u},201501,5,x\n");
        yield return Csv("repeated column", "data_element,org_unit,period,value,value\n" + $"{e},{u},201501,5,6\n");
        yield return Csv("no header", $"{e},{u},201501,5\n");
        yield return Csv("row with missing columns", H + $"{e},{u},201501\n");
        yield return Csv("row with an extra column", H + $"{e},{u},201501,5,ok,extra\n");
        yield return Csv("unknown data element", H + $"NO_SUCH_ELEMENT,{u},201501,5\n");
        yield return Csv("unknown org unit", H + $"{e},NO_SUCH_UNIT,201501,5\n");
        yield return Csv("period with a dash", H + $"{e},{u},2015-01,5\n");
        yield return Csv("month 13", H + $"{e},{u},201513,5\n");
        yield return Csv("future period", H + $"{e},{u},{DateTime.Today.Year + 1}01,5\n");
        yield return Csv("quarter for a monthly element", H + $"{e},{u},2015Q1,5\n");
        yield return Csv("negative number", H + $"{e},{u},201501,-5\n");
        yield return Csv("huge number", H + $"{e},{u},201501,1e20\n");
        yield return Csv("beyond the element's range", H + $"PC_VISITS,{u},201501,100001\n");
        yield return Csv("1e15 visits at one station", H + $"PC_VISITS,{u},201501,1e15\n");
        yield return Csv("1e-400, not zero but stored as zero", H + "STAT_OOP,SYN_P001,2015,1e-400\n");
        yield return Json("JSON 1e-400 as a number", "{\"dataValues\":[{\"dataElement\":\"STAT_OOP\",\"orgUnit\":\"SYN_P001\",\"period\":\"2015\",\"value\":1e-400}]}");
        yield return Csv("station visits at a province", H + "PC_VISITS,SYN_P001,201501,5\n");
        yield return Csv("station visits at a district", H + "PC_VISITS,SYN_P001_D01,201501,5\n");
        yield return Csv("hospital beds at a station", H + $"BEDS,{u},201501,5\n");
        yield return Csv("province statistic at a district", H + "STAT_LE,SYN_P001_D01,2015,70\n");
        yield return Csv("NaN", H + $"{e},{u},201501,NaN\n");
        yield return Csv("Infinity", H + $"{e},{u},201501,Infinity\n");
        yield return Csv("fraction for a whole-number element", H + $"{e},{u},201501,12.5\n");
        yield return Csv("words for a number", H + $"{e},{u},201501,mười\n");
        yield return Csv("decimal comma", H + $"{e},{u},201501,\"12,5\"\n");
        yield return Csv("same key twice", H + $"{e},{u},201501,5\n{e},{u},201501,6\n");
        yield return Csv("unclosed quote", H + $"{e},{u},201501,5,\"never closed\n");
        yield return Csv("comment too long", H + $"{e},{u},201501,5,{new string('x', 1001)}\n");
        yield return Csv("DHIS2 CSV with a disaggregation", "dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value\n" + $"{e},201501,{u},Fz0Lx4IwyD1,,5\n");
        yield return Csv("too many rows", H + string.Concat(Enumerable.Repeat($"{e},{u},201501,5\n", 100_001)));
        yield return Json("invalid JSON", "{\"dataValues\": [");
        yield return Json("JSON array", "[1, 2]");
        yield return Json("JSON without dataValues", "{\"values\": []}");
        yield return Json("JSON with no values", "{\"dataValues\": []}");
        yield return Json("deleted neither true nor false", $"{{\"dataValues\":[{{\"dataElement\":\"{e}\",\"orgUnit\":\"{u}\",\"period\":\"201501\",\"value\":\"5\",\"deleted\":\"maybe\"}}]}}");
        yield return Json("deleted as a number", $"{{\"dataValues\":[{{\"dataElement\":\"{e}\",\"orgUnit\":\"{u}\",\"period\":\"201501\",\"value\":\"5\",\"deleted\":1}}]}}");
        yield return Json("deletion without a period", $"{{\"dataValues\":[{{\"dataElement\":\"{e}\",\"orgUnit\":\"{u}\",\"deleted\":true}}]}}");
        yield return Csv("deleted column neither true nor false", "data_element,org_unit,period,value,deleted\n" + $"{e},{u},201501,5,yes\n");
        yield return Csv("deletion of an unknown org unit", "data_element,org_unit,period,value,deleted\n" + $"{e},NO_SUCH_UNIT,201501,,true\n");
        yield return Json("JSON with a category option combo", $"{{\"dataValues\":[{{\"dataElement\":\"{e}\",\"orgUnit\":\"{u}\",\"period\":\"201501\",\"value\":\"5\",\"categoryOptionCombo\":\"Fz0Lx4IwyD1\"}}]}}");
        yield return ("workbook with a wrong header", XlsxExport.Write(new ExportTable("data", ["code", "unit", "when", "value"], [[e, u, "201501", 5.0]])), "text/csv");
        yield return ("workbook with a bad value", XlsxExport.Write(new ExportTable("data", ["data_element", "org_unit", "period", "value"], [[e, u, "201501", "nhiều"]])), "text/csv");
        yield return ("50 MB file", Fifty(H + $"{e},{u},201501,5\n"), "text/csv");
    }

    private static byte[] Zip()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("notes.txt").Open());
            entry.Write("not a workbook");
        }

        return stream.ToArray();
    }

    private static byte[] Fifty(string start)
    {
        var bytes = new byte[50 * 1024 * 1024];
        Array.Fill(bytes, (byte)'\n');
        Encoding.UTF8.GetBytes(start).CopyTo(bytes, 0);
        return bytes;
    }
}
