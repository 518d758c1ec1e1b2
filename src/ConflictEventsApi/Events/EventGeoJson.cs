namespace ConflictEventsApi.Events;

/// <summary>A GeoJSON FeatureCollection (RFC 7946) of events; nextCursor is a foreign member for paging.</summary>
public sealed record EventFeatureCollection(IReadOnlyList<EventFeature> Features, string? NextCursor)
{
    /// <summary>Always FeatureCollection.</summary>
    public string Type => "FeatureCollection";

    public static EventFeatureCollection From(IReadOnlyList<EventSummary> events, string? nextCursor) =>
        new(events.Select(e => new EventFeature(
            e.Id,
            e.Latitude is { } latitude && e.Longitude is { } longitude ? new PointGeometry([longitude, latitude]) : null,
            e)).ToArray(), nextCursor);
}

/// <summary>One event as a GeoJSON Feature; geometry is null when the sources locate it nowhere.</summary>
public sealed record EventFeature(string Id, PointGeometry? Geometry, EventSummary Properties)
{
    /// <summary>Always Feature.</summary>
    public string Type => "Feature";
}

/// <summary>A GeoJSON Point: [longitude, latitude].</summary>
public sealed record PointGeometry(decimal[] Coordinates)
{
    /// <summary>Always Point.</summary>
    public string Type => "Point";
}
