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
        var actors = filter.ActorIds;
        var sql = new SqlFilter()
            .When(filter.IncludeSpoken && actors.Length > 0 ? actors : null,
                "(s.actor_id = ANY(@actorIds) OR s.speaker_id = ANY(@actorIds))", "actorIds")
            // One actor is an equality, so the (actor, sort key, id) index yields the page in order.
            .When(!filter.IncludeSpoken && actors.Length == 1 ? actors[0] : null, "s.actor_id = @actor", "actor")
            .When(!filter.IncludeSpoken && actors.Length > 1 ? actors : null, "s.actor_id = ANY(@actorIds)", "actorIds")
            .When(filter.EventIds, "s.target_event_id = ANY(@eventIds)", "eventIds")
            // A stance's track (stance_tracks, 1008), read from its kept rows (1014): through the
            // view, the planner joined every stance of the track before sorting the page.
            .When(filter.Tracks, "EXISTS (SELECT 1 FROM stance_track_rows st WHERE st.stance_id = s.id AND st.track = ANY(@tracks))", "tracks")
            .When(filter.Kinds, "s.kind = ANY(@kinds)", "kinds")
            .When(filter.Polarity is { } polarity ? (short)polarity : null, "s.polarity = @polarity", "polarity")
            .When(filter.From, "s.stated_on >= @from", "from")
            .When(filter.To, "s.stated_on <= @to", "to")
            .When(filter.SpeakerId, "s.speaker_id = @speaker", "speaker")
            .When(filter.TargetActorIds, "s.target_actor_id = ANY(@targetActorIds)", "targetActorIds")
            .When(filter.TargetTypes, "s.target_type = ANY(@targetTypes)", "targetTypes")
            .When(filter.SourceId, "EXISTS (SELECT 1 FROM citations c WHERE c.stance_id = s.id AND c.source_id = @source)", "source")
            // The document of the summary and quotes, kept with the dataset under a GIN index
            // (stance_documents, 1009): a rare word is found through the index, a common one by walking
            // the list's date order and checking each stance's document.
            .When(filter.Text, """
                EXISTS (SELECT 1 FROM stance_documents d
                        WHERE d.stance_id = s.id AND d.document @@ websearch_to_tsquery('english', @text))
                """, "text");
        return (sql.Where, sql.Parameters);
    }
}
