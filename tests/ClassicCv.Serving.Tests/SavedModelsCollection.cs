namespace ClassicCv.Serving.Tests;

/// <summary>The test classes that share one <see cref="SavedModels"/> training run.</summary>
[CollectionDefinition(Name)]
public sealed class SavedModelsCollection : ICollectionFixture<SavedModels>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "saved models";
}
