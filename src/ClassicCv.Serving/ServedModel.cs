namespace ClassicCv.Serving;

/// <summary>A loaded, warmed-up model: what it is and the pool of its worker instances.</summary>
/// <param name="Description">What <c>GET /v1/models/{name}</c> shows.</param>
/// <param name="Workers">Its instances, one per worker.</param>
public sealed record ServedModel(ModelDescription Description, ModelWorkerPool Workers);
