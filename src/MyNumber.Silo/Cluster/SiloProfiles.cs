namespace MyNumber.Silo.Cluster;

/// <summary>The profiles a silo can start with: one <c>appsettings-&lt;name&gt;.json</c> each in <c>silo-config/</c>.</summary>
public static class SiloProfiles
{
    public static IReadOnlyList<string> Known()
    {
        var prefix = "appsettings-";
        return [.. Directory.EnumerateFiles(SiloConfigFiles.FindDirectory(), prefix + "*.json")
            .Select(f => Path.GetFileNameWithoutExtension(f)[prefix.Length..])
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Throws an <see cref="ArgumentException"/> with a one-line message for a profile that has no file.</summary>
    public static void Require(string profile)
    {
        var known = Known();
        if (!known.Contains(profile, StringComparer.Ordinal))
        {
            throw new ArgumentException($"--profile: unknown silo profile '{profile}' (known: {string.Join(", ", known)})");
        }
    }
}
