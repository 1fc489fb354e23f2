using Mapster;

namespace FractalGoals.Application.Common.Mapping;

/// <summary>
/// The one Mapster configuration (read side only, ADR 0022): scans Application for <see cref="IRegister"/> classes
/// and compiles, so a broken mapping fails at start-up and in a unit test, not per request.
/// </summary>
public static class MappingConfig
{
    public static TypeAdapterConfig Create()
    {
        var config = new TypeAdapterConfig { RequireExplicitMapping = true, RequireDestinationMemberSource = true };
        config.Scan(typeof(MappingConfig).Assembly);
        config.Compile();
        return config;
    }
}
