using Dapper;

namespace ConflictEventsApi.Data;

/// <summary>The filters of GET /stances (and of /stats/stances, which counts the same stances), already validated.</summary>
public sealed record StanceFilter(
    string[] ActorIds, string[] EventIds, string[] Tracks, string[] Kinds, int? Polarity,
    DateOnly? From, DateOnly? To, string? SpeakerId)
{
    /// <summary>Also the stances these actors spoke for another (an organ's spokesperson, an envoy).</summary>
    public bool IncludeSpoken { get; init; }
    public string? Text { get; init; }
    public string? SourceId { get; init; }
    public string[] TargetActorIds { get; init; } = [];
    public string[] TargetTypes { get; init; } = [];
    /// <summary>Newest first (sort=-date).</summary>
    public bool Descending { get; init; }

    /// <summary>Every stance of one actor, as coded.</summary>
    public static StanceFilter OfActor(string actorId) => new([actorId], [], [], [], null, null, null, null);
}

/// <summary>The stance filters as SQL over <c>stances s</c>, shared by the stance list and the stance counts.</summary>
public static class StanceFilterSql
{
    /// <summary>Fixed SQL fragments joined for the filters in use; every value is a parameter.</summary>
    public static (string Where, DynamicParameters Parameters) Where(StanceFilter filter)
    {
        var clauses = new List<string> { "TRUE" };
        var parameters = new DynamicParameters();
        if (filter.IncludeSpoken && filter.ActorIds.Length > 0)
        {
            clauses.Add("(s.actor_id = ANY(@actorIds) OR s.speaker_id = ANY(@actorIds))");
            parameters.Add("actorIds", filter.ActorIds);
        }
        // One actor is an equality, so the (actor, sort key, id) index yields the page in order.
        else if (filter.ActorIds.Length == 1)
        {
            clauses.Add("s.actor_id = @actor");
            parameters.Add("actor", filter.ActorIds[0]);
        }
        else if (filter.ActorIds.Length > 1)
        {
            clauses.Add("s.actor_id = ANY(@actorIds)");
            parameters.Add("actorIds", filter.ActorIds);
        }
        if (filter.EventIds.Length > 0)
        {
            clauses.Add("s.target_event_id = ANY(@eventIds)");
            parameters.Add("eventIds", filter.EventIds);
        }
        if (filter.Tracks.Length > 0)
        {
            clauses.Add("EXISTS (SELECT 1 FROM stance_tracks st WHERE st.stance_id = s.id AND st.track = ANY(@tracks))");
            parameters.Add("tracks", filter.Tracks);
        }
        if (filter.Kinds.Length > 0)
        {
            clauses.Add("s.kind = ANY(@kinds)");
            parameters.Add("kinds", filter.Kinds);
        }
        if (filter.Polarity is { } polarity)
        {
            clauses.Add("s.polarity = @polarity");
            parameters.Add("polarity", (short)polarity);
        }
        if (filter.From is { } from)
        {
            clauses.Add("s.stated_on >= @from");
            parameters.Add("from", from);
        }
        if (filter.To is { } to)
        {
            clauses.Add("s.stated_on <= @to");
            parameters.Add("to", to);
        }
        if (filter.SpeakerId is { } speaker)
        {
            clauses.Add("s.speaker_id = @speaker");
            parameters.Add("speaker", speaker);
        }
        if (filter.TargetActorIds.Length > 0)
        {
            clauses.Add("s.target_actor_id = ANY(@targetActorIds)");
            parameters.Add("targetActorIds", filter.TargetActorIds);
        }
        if (filter.TargetTypes.Length > 0)
        {
            clauses.Add("s.target_type = ANY(@targetTypes)");
            parameters.Add("targetTypes", filter.TargetTypes);
        }
        if (filter.SourceId is { } source)
        {
            clauses.Add("EXISTS (SELECT 1 FROM citations c WHERE c.stance_id = s.id AND c.source_id = @source)");
            parameters.Add("source", source);
        }
        if (filter.Text is { } text)
        {
            clauses.Add("""
                to_tsvector('english', s.summary || ' ' ||
                    coalesce((SELECT string_agg(c.quote, ' ') FROM citations c WHERE c.stance_id = s.id), ''))
                @@ websearch_to_tsquery('english', @text)
                """);
            parameters.Add("text", text);
        }
        return (string.Join(" AND ", clauses), parameters);
    }
}
