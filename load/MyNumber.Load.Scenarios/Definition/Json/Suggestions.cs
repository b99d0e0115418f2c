namespace MyNumber.Load.Scenarios.Definition.Json;

/// <summary>"Did you mean" hints for misspelt names, so a typo costs one look instead of a search through the docs.</summary>
internal static class Suggestions
{
    /// <summary>The closest candidate within a couple of edits, as a message suffix, or "".</summary>
    public static string DidYouMean(string text, IEnumerable<string> candidates)
    {
        var best = candidates
            .Select(c => (Candidate: c, Distance: Distance(text.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(c => c.Distance <= Math.Max(1, Math.Min(3, c.Candidate.Length / 3)))
            .OrderBy(c => c.Distance)
            .FirstOrDefault();
        return best.Candidate is null ? "" : $"; did you mean \"{best.Candidate}\"?";
    }

    /// <summary>Up to three candidates containing the text, for long titles where edit distance says little.</summary>
    public static string Containing(string text, IEnumerable<string> candidates)
    {
        var found = candidates.Where(c => c.Contains(text, StringComparison.OrdinalIgnoreCase)).Distinct().Take(3).ToList();
        return found.Count == 0 ? "" : "; did you mean " + string.Join(" or ", found.Select(c => $"\"{c}\"")) + "?";
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
