using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace FractalGoals.Application;

public static class ApplicationServices
{
    /// <summary>Registers the use cases' validators. Handlers are registered by the Mediator source generator in the host.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(ApplicationServices).Assembly, includeInternalTypes: true);
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
