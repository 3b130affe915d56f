namespace ClassicCv.Cli.Tests.Reporting.Html;

/// <summary>What a page did when <see cref="HeadlessChromium"/> opened it.</summary>
/// <param name="Requests">URLs of every request the page started (its own file included).</param>
/// <param name="Errors">Console errors and warnings, exceptions and failed loads, as raw DevTools events.</param>
/// <param name="Probe">The JSON value the probe expression returned.</param>
/// <param name="Screenshot">A full-page PNG screenshot.</param>
internal sealed record PageVisit(IReadOnlyList<string> Requests, IReadOnlyList<string> Errors, string Probe, byte[] Screenshot);
