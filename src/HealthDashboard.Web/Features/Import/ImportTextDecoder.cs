using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text.Unicode;

namespace HealthDashboard.Web.Features.Import;

/// <summary>
/// Turns a text file's bytes into text, strictly: UTF-8 (with or without its byte-order mark) or UTF-16 with one.
/// Anything else is refused with a message rather than guessed at, because a guess (Windows-1258, TCVN3) would
/// store wrong diacritics in comments without anyone noticing. Bytes that are not UTF-8 (an overlong form, a
/// surrogate written as UTF-8, a cut sequence) and NUL are refused with the line they are on.
/// </summary>
public static class ImportTextDecoder
{
    public static bool TryDecode(byte[] bytes, out string text, out ImportRejection? problem)
    {
        (text, problem) = ("", null);
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            return TryDecodeUtf16(bytes.AsSpan(2), bigEndian: bytes[0] == 0xFE, out text, out problem);
        }

        var body = bytes.AsSpan(bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0);
        // A NUL is where binary files (and UTF-16 without its mark) show themselves; in text it is never meant.
        if (body.IndexOf((byte)0) is var nul and >= 0)
        {
            problem = NotText(body[..nul].Count((byte)'\n') + 1);
            return false;
        }

        var chars = new char[body.Length];
        if (Utf8.ToUtf16(body, chars, out var read, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            var line = body[..read].Count((byte)'\n') + 1;
            problem = ImportRejection.File("file",
                $"Tệp không được mã hóa UTF-8: dòng {line} có byte không hợp lệ trong UTF-8 (có thể tệp là Windows-1258 hoặc TCVN3). Trong Excel, hãy lưu bằng \"CSV UTF-8\".",
                $"The file is not UTF-8 text: line {line} has bytes that are not valid UTF-8 (it may be Windows-1258 or TCVN3). In Excel, save it as \"CSV UTF-8\".");
            return false;
        }

        text = new string(chars, 0, written);
        return true;
    }

    private static bool TryDecodeUtf16(ReadOnlySpan<byte> body, bool bigEndian, out string text, out ImportRejection? problem)
    {
        (text, problem) = ("", null);
        var chars = MemoryMarshal.Cast<byte, char>(body).ToArray();
        if (bigEndian == BitConverter.IsLittleEndian)
        {
            var units = MemoryMarshal.Cast<char, ushort>(chars.AsSpan());
            BinaryPrimitives.ReverseEndianness(units, units);
        }

        if (chars.AsSpan().IndexOf('\0') is var nul and >= 0)
        {
            problem = NotText(chars.AsSpan(0, nul).Count('\n') + 1);
            return false;
        }

        // Checked by converting to UTF-8, which stops at the first unpaired surrogate.
        var scratch = new byte[chars.Length * 3];
        var status = Utf8.FromUtf16(chars, scratch, out var read, out _, replaceInvalidSequences: false);
        if (status != OperationStatus.Done || body.Length % 2 != 0)
        {
            var line = chars.AsSpan(0, read).Count('\n') + 1;
            problem = ImportRejection.File("file",
                $"Tệp UTF-16 không hợp lệ: dòng {line} có nửa cặp thay thế (surrogate) đứng lẻ hoặc tệp bị cắt dở.",
                $"The UTF-16 file is not valid: line {line} has a lone surrogate, or the file is cut short.");
            return false;
        }

        text = new string(chars);
        return true;
    }

    private static ImportRejection NotText(int line) => ImportRejection.File("file",
        $"Tệp không phải là tệp văn bản (CSV, JSON) hay bảng tính .xlsx: dòng {line} có ký tự NUL (mã 0). Hãy chọn đúng tệp.",
        $"The file is not a text file (CSV, JSON) or an .xlsx spreadsheet: line {line} has a NUL character (code 0). Please choose the right file.");
}
