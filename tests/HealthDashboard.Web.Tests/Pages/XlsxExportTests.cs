using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using HealthDashboard.Web.Features.Export;

namespace HealthDashboard.Web.Tests.Pages;

public sealed class XlsxExportTests
{
    [Fact]
    public void AWorkbookReadBackHoldsTheSameCellsNumbersAsNumbersAndFormulasAsText()
    {
        var table = new ExportTable("Xếp hạng", ["Hạng", "Đơn vị", "Giá trị"], [[1, "Phường Mỹ Hòa", 0.0], [2, "=SUM(1)", 12.5], [null, "Xã Mỹ Khánh", null]]);

        using var stream = new MemoryStream(XlsxExport.Write(table));
        using var document = SpreadsheetDocument.Open(stream, false);

        var workbook = document.WorkbookPart!;
        Assert.Equal("Xếp hạng", workbook.Workbook.Descendants<Sheet>().Single().Name?.Value);
        var rows = workbook.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal(["Hạng", "Đơn vị", "Giá trị"], rows[0].Elements<Cell>().Select(Text));
        Assert.Equal(["2", "=SUM(1)", "12.5"], rows[2].Elements<Cell>().Select(Text));
        Assert.Equal(["B3", "C3"], rows[2].Elements<Cell>().Skip(1).Select(c => c.CellReference!.Value!));
        Assert.Equal(CellValues.Number, rows[2].Elements<Cell>().Last().DataType!.Value);
        // Text stays text: no cell of the workbook is a formula.
        Assert.Empty(workbook.WorksheetParts.Single().Worksheet.Descendants<CellFormula>());
        Assert.Equal(["", "Xã Mỹ Khánh", ""], rows[3].Elements<Cell>().Select(Text));
    }

    [Fact]
    public void ColumnLettersGoPastZ() => Assert.Equal(["A", "Z", "AA", "AB"], new[] { 0, 25, 26, 27 }.Select(XlsxExport.Column));

    private static string Text(Cell cell) => cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? "";
}
