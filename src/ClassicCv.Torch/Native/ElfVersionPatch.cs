using System.Buffers.Binary;
using System.Text;

namespace ClassicCv.Torch.Native;

/// <summary>
/// Marks one symbol-version requirement of an ELF64 little-endian shared library as weak (<c>VER_FLG_WEAK</c>) in a
/// byte image of the file. glibc's loader accepts a library whose weak version requirement is missing from the
/// providing library; nothing else in the file changes.
/// </summary>
internal static class ElfVersionPatch
{
    private const uint SectionTypeVerneed = 0x6ffffffe;
    private const ushort WeakFlag = 0x2;

    /// <summary>Sets the weak flag on the requirement named <paramref name="version"/>; returns false when it is absent.</summary>
    /// <param name="elf">The whole library file, modified in place.</param>
    /// <param name="version">e.g. <c>GLIBCXX_3.4.32</c>.</param>
    public static bool MakeWeak(byte[] elf, string version)
    {
        ArgumentNullException.ThrowIfNull(elf);
        if (elf.Length < 64 || elf[0] != 0x7f || elf[1] != (byte)'E' || elf[2] != (byte)'L' || elf[3] != (byte)'F' || elf[4] != 2 || elf[5] != 1)
        {
            throw new InvalidDataException("Not an ELF64 little-endian file.");
        }

        var span = elf.AsSpan();
        var sectionsAt = checked((int)BinaryPrimitives.ReadUInt64LittleEndian(span[0x28..]));
        var sectionSize = BinaryPrimitives.ReadUInt16LittleEndian(span[0x3A..]);
        var sectionCount = BinaryPrimitives.ReadUInt16LittleEndian(span[0x3C..]);
        for (var s = 0; s < sectionCount; s++)
        {
            var header = span[(sectionsAt + (s * sectionSize))..];
            if (BinaryPrimitives.ReadUInt32LittleEndian(header[4..]) != SectionTypeVerneed)
            {
                continue;
            }

            var offset = checked((int)BinaryPrimitives.ReadUInt64LittleEndian(header[0x18..]));
            var link = (int)BinaryPrimitives.ReadUInt32LittleEndian(header[0x28..]);
            var strings = checked((int)BinaryPrimitives.ReadUInt64LittleEndian(span[(sectionsAt + (link * sectionSize) + 0x18)..]));
            return MarkInChain(elf, offset, strings, version);
        }

        return false;
    }

    private static bool MarkInChain(byte[] elf, int need, int strings, string version)
    {
        var span = elf.AsSpan();
        while (true)
        {
            var count = BinaryPrimitives.ReadUInt16LittleEndian(span[(need + 2)..]);
            var aux = need + (int)BinaryPrimitives.ReadUInt32LittleEndian(span[(need + 8)..]);
            for (var a = 0; a < count; a++)
            {
                var nameAt = strings + (int)BinaryPrimitives.ReadUInt32LittleEndian(span[(aux + 8)..]);
                var end = Array.IndexOf(elf, (byte)0, nameAt);
                if (Encoding.ASCII.GetString(elf, nameAt, end - nameAt) == version)
                {
                    var flags = BinaryPrimitives.ReadUInt16LittleEndian(span[(aux + 4)..]);
                    BinaryPrimitives.WriteUInt16LittleEndian(span[(aux + 4)..], (ushort)(flags | WeakFlag));
                    return true;
                }

                aux += (int)BinaryPrimitives.ReadUInt32LittleEndian(span[(aux + 12)..]);
            }

            var next = BinaryPrimitives.ReadUInt32LittleEndian(span[(need + 12)..]);
            if (next == 0)
            {
                return false;
            }

            need += (int)next;
        }
    }
}
