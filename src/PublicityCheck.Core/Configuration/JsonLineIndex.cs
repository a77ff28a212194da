using System.Text;
using System.Text.Json;

namespace PublicityCheck.Configuration;

/// <summary>
/// Remembers the line and column of every value in a JSON file by its JSON path (<c>$.rules.PC0401</c>), so that
/// a configuration error can name the line as well as the path.
/// </summary>
internal sealed class JsonLineIndex
{
    private readonly Dictionary<string, (int Line, int Column)> _positions = new(StringComparer.Ordinal);
    private int _lastLine = -1;
    private long _lastOffset;
    private int _lastColumn;

    private JsonLineIndex()
    {
    }

    public static JsonLineIndex Build(ReadOnlySpan<byte> utf8, JsonReaderOptions options)
    {
        var index = new JsonLineIndex();
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        var reader = new Utf8JsonReader(utf8, options);
        var path = new List<string>();
        var arrayIndexes = new Stack<int>();
        string? pendingProperty = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingProperty = reader.GetString();
                        index.Record(path, pendingProperty, reader.TokenStartIndex, lineStarts, utf8);
                        continue;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        var segment = Enter(arrayIndexes, ref pendingProperty);
                        if (segment is not null)
                        {
                            path.Add(segment);
                        }

                        if (reader.TokenType == JsonTokenType.StartArray)
                        {
                            arrayIndexes.Push(0);
                        }
                        else
                        {
                            arrayIndexes.Push(-1);
                        }

                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        arrayIndexes.Pop();
                        if (path.Count > 0)
                        {
                            path.RemoveAt(path.Count - 1);
                        }

                        AdvanceArray(arrayIndexes);
                        continue;
                    case JsonTokenType.Comment:
                        continue;
                    default:
                        var valueSegment = Enter(arrayIndexes, ref pendingProperty);
                        if (valueSegment is not null && valueSegment.StartsWith('['))
                        {
                            index.Record(path, valueSegment, reader.TokenStartIndex, lineStarts, utf8);
                        }

                        AdvanceArray(arrayIndexes);
                        continue;
                }
            }
        }
        catch (JsonException)
        {
            // The parser proper reports syntax errors; the index keeps what it read.
        }

        return index;
    }

    /// <summary>The line and column of the value at <paramref name="jsonPath"/>, or of its nearest recorded parent.</summary>
    public (int Line, int Column) Find(string jsonPath)
    {
        var path = jsonPath;
        while (path.Length > 1)
        {
            if (_positions.TryGetValue(path, out var position))
            {
                return position;
            }

            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0)
            {
                break;
            }

            path = path[..cut];
        }

        return (1, 1);
    }

    private static string? Enter(Stack<int> arrayIndexes, ref string? pendingProperty)
    {
        if (pendingProperty is not null)
        {
            var name = pendingProperty;
            pendingProperty = null;
            return "." + name;
        }

        if (arrayIndexes.Count > 0 && arrayIndexes.Peek() >= 0)
        {
            return $"[{arrayIndexes.Peek()}]";
        }

        return null;
    }

    private static void AdvanceArray(Stack<int> arrayIndexes)
    {
        if (arrayIndexes.Count > 0 && arrayIndexes.Peek() >= 0)
        {
            arrayIndexes.Push(arrayIndexes.Pop() + 1);
        }
    }

    private void Record(List<string> path, string? segment, long byteOffset, List<int> lineStarts, ReadOnlySpan<byte> utf8)
    {
        var key = new StringBuilder("$");
        foreach (var part in path)
        {
            key.Append(part);
        }

        key.Append(segment is null ? string.Empty : segment.StartsWith('[') ? segment : "." + segment);
        var line = lineStarts.BinarySearch((int)byteOffset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        // Tokens come in order, so the column is counted on from the last one on the same line: a file written on
        // one long line is then counted once, not once per value.
        int column;
        if (line == _lastLine && byteOffset >= _lastOffset)
        {
            column = _lastColumn + Encoding.UTF8.GetCharCount(utf8[(int)_lastOffset..(int)byteOffset]);
        }
        else
        {
            column = Encoding.UTF8.GetCharCount(utf8[lineStarts[line]..(int)byteOffset]) + 1;
        }

        (_lastLine, _lastOffset, _lastColumn) = (line, byteOffset, column);
        _positions.TryAdd(key.ToString(), (line + 1, column));
    }
}
