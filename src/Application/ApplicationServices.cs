using FluentValidation;
using FractalGoals.Application.Common.Events;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Versions;
using FractalGoals.Application.Common.Mapping;
using MapsterMapper;
using Microsoft.Extensions.DependencyInjection;

namespace FractalGoals.Application;

public static class ApplicationServices
{
    /// <summary>Registers the use cases' validators and services. Handlers are registered by the Mediator source generator in the host.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(ApplicationServices).Assembly, includeInternalTypes: true);
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<FractalScope>();           // the fractal the gate resolved for this request (ADR 0036)
        services.AddScoped<DomainEventDispatcher>();   // the unit of work's behaviour publishes the command's events (ADR 0037)
        services.AddScoped<WritePrecondition>();       // the request's If-Match, held against what the command changes (ADR 0044)
        services.AddSingleton(_ => MappingConfig.Create());   // built on first resolve: the host compiles it beside the migration check
        services.AddSingleton<IMapper>(sp => new Mapper(sp.GetRequiredService<Mapster.TypeAdapterConfig>()));
        return services;
    }
}
