using System.Text;

namespace ConflictEventsApi.ScaleData;

/// <summary>Plausible diplomatic prose of a given length, from a fixed vocabulary (no real facts).</summary>
public static class SyntheticText
{
    private static readonly string[] Words =
    [
        "delegation", "talks", "ceasefire", "opposition", "government", "envoy", "congress", "boycott",
        "statement", "minister", "rebels", "negotiations", "agreement", "de-escalation", "zone", "round",
        "sponsors", "invited", "rejected", "announced", "postponed", "the", "of", "and", "in", "to", "a",
        "said", "on", "with", "for", "that", "peace", "process", "humanitarian", "corridor", "council",
        "committee", "constitution", "transition", "spokesman", "foreign", "ministry", "security",
        "forces", "withdrawal", "monitoring", "observers", "guarantors", "resolution", "sanctions",
        "refugees", "elections", "reform", "dialogue", "summit", "capital", "province", "border",
    ];

    public static string Sentence(Random random, int length)
    {
        var text = new StringBuilder(length + 16);
        text.Append("The ");
        while (text.Length < length)
        {
            text.Append(Words[random.Next(Words.Length)]);
            text.Append(text.Length % 97 < 8 ? ". " : " ");
        }
        text.Length = length - 1;
        text.Append('.');
        return text.ToString();
    }
}
