using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace PublicityCheck.Classification.Encoding;

/// <summary>
/// Reads a resource embedded in a .NET assembly file without loading the assembly: its metadata names the resource
/// and gives its offset in the file's resource section, where a four-byte length precedes the bytes. No code of the
/// assembly runs, and nothing of it joins the process's load contexts.
/// </summary>
internal static class ManagedResources
{
    /// <summary>The bytes of the resource named <paramref name="name"/> in the assembly at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not an assembly, or has no such resource, or its length runs past the section.</exception>
    public static byte[] Read(string path, string name)
    {
        using var file = File.OpenRead(path);
        try
        {
            using var pe = new PEReader(file);
            if (!pe.HasMetadata || pe.PEHeaders.CorHeader is not { } cor)
            {
                throw new InvalidDataException($"'{path}' is not a .NET assembly.");
            }

            var metadata = pe.GetMetadataReader();
            foreach (var handle in metadata.ManifestResources)
            {
                var resource = metadata.GetManifestResource(handle);
                if (!resource.Implementation.IsNil || !metadata.StringComparer.Equals(resource.Name, name))
                {
                    continue;
                }

                var section = pe.GetSectionData(cor.ResourcesDirectory.RelativeVirtualAddress);
                var directorySize = Math.Min(cor.ResourcesDirectory.Size, section.Length);
                if (resource.Offset < 0 || resource.Offset > directorySize - sizeof(int))
                {
                    throw new InvalidDataException($"The resource '{name}' of '{path}' lies outside its resource section.");
                }

                var reader = section.GetReader(0, directorySize);
                reader.Offset = (int)resource.Offset;
                var length = reader.ReadInt32();
                if (length < 0 || length > reader.RemainingBytes)
                {
                    throw new InvalidDataException($"The resource '{name}' of '{path}' runs past its resource section.");
                }

                return reader.ReadBytes(length);
            }

            throw new InvalidDataException($"'{path}' has no resource '{name}'.");
        }
        catch (BadImageFormatException ex)
        {
            throw new InvalidDataException($"'{path}' is not a .NET assembly: {ex.Message}", ex);
        }
    }
}
