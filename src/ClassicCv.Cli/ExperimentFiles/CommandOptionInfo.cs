using System.ComponentModel;
using System.Reflection;
using Spectre.Console.Cli;

namespace ClassicCv.Cli.ExperimentFiles;

/// <summary>
/// One option of a command, read from its settings type (the <c>[CommandOption]</c>, <c>[Description]</c> and
/// <c>[DefaultValue]</c> attributes), so experiment files, <c>classiccv init</c> and the run's rerun command follow
/// every option a command has without listing them again.
/// </summary>
/// <param name="Name">The long name without dashes (e.g. <c>calibration-folds</c>): the key in an experiment file.</param>
/// <param name="ShortName">The one-letter name, if any (e.g. <c>f</c>).</param>
/// <param name="IsFlag">Whether the option takes no value (a boolean switch).</param>
/// <param name="Description">The help text.</param>
/// <param name="Default">The documented default, or <c>null</c> when the option has none.</param>
/// <param name="Property">The settings property it sets.</param>
internal sealed record CommandOptionInfo(string Name, string? ShortName, bool IsFlag, string Description, string? Default, PropertyInfo Property)
{
    /// <summary>Every option of a settings type, in declaration order (base class first).</summary>
    /// <typeparam name="TSettings">The command's settings type.</typeparam>
    public static IReadOnlyList<CommandOptionInfo> Of<TSettings>()
        where TSettings : CommandSettings
    {
        var types = new Stack<Type>();
        for (var type = typeof(TSettings); type is not null && type != typeof(CommandSettings); type = type.BaseType)
        {
            types.Push(type);
        }

        return [.. types.SelectMany(type => type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .Select(property => (Property: property, Option: property.GetCustomAttribute<CommandOptionAttribute>()))
            .Where(p => p.Option is not null)
            .Select(p => new CommandOptionInfo(
                p.Option!.LongNames[0],
                p.Option.ShortNames.FirstOrDefault(),
                p.Property.PropertyType == typeof(bool),
                // Spectre's markup escapes ([[ ]]) read as plain brackets in files.
                (p.Property.GetCustomAttribute<DescriptionAttribute>()?.Description ?? "").Replace("[[", "[", StringComparison.Ordinal).Replace("]]", "]", StringComparison.Ordinal),
                p.Property.GetCustomAttribute<DefaultValueAttribute>()?.Value?.ToString(),
                p.Property))];
    }

    /// <summary>Whether a command-line argument names this option (<c>--name</c>, <c>--name=value</c>, <c>-x</c>).</summary>
    /// <param name="argument">One argument.</param>
    public bool IsNamedBy(string argument) =>
        argument == $"--{Name}" || argument.StartsWith($"--{Name}=", StringComparison.Ordinal) || (ShortName is not null && argument == $"-{ShortName}");
}
