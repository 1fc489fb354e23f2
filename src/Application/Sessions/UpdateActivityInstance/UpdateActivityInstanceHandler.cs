using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Goals.Specifications;
using FractalGoals.Application.ReadModels;
using FractalGoals.Application.Sessions.Specifications;
using FractalGoals.Application.Sessions.UpdateSession;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using Mediator;

namespace FractalGoals.Application.Sessions.UpdateActivityInstance;

/// <summary>
/// A manual edit, creating the instance first when it is missing and both ids are sent. Times with an offset are
/// converted to server-local time, so a naive stored start and a typed <c>…Z</c> stop combine without error;
/// the duration follows the times (negative allowed, Q-15). On the session-scoped route (<see cref="UpdateActivityInstanceCommand.InSession"/>)
/// only an instance of that session is edited, and nothing is created.
/// </summary>
internal sealed class UpdateActivityInstanceHandler(
    FractalScope fractal, IReadRepository<Goal> goals, IRepository<ActivityInstance> instances, IReadRepository<ActivityDefinition> activities, TimeProvider clock)
    : ICommandHandler<UpdateActivityInstanceCommand, Result<ActivityInstanceNode>>
{
    public async ValueTask<Result<ActivityInstanceNode>> Handle(UpdateActivityInstanceCommand command, CancellationToken cancellationToken)
    {
        if (command.InSession is { } sessionText)
        {
            // The session-scoped route edits only what is there: no creation, one 404 for whatever is not this session's.
            if (!GoalId.TryParse(sessionText, out var sessionId) || !ActivityInstanceId.TryParse(command.InstanceId, out var ownId)
                || await instances.FirstOrDefaultAsync(new InstanceOfSessionSpec(fractal.RootId, sessionId, ownId, forUpdate: true), cancellationToken) is not { } own)
                return Result<ActivityInstanceNode>.NotFound(SessionMessages.InstanceNotFound);
            return await EditAsync(command, own, clock.LocalNow(), cancellationToken);
        }

        if (!ActivityInstanceId.TryParse(command.InstanceId, out var instanceId))
            return Result<ActivityInstanceNode>.NotFound(SessionMessages.MissingCreationDetails);

        var now = clock.LocalNow();
        var instance = await instances.FirstOrDefaultAsync(new InstanceOfFractalSpec(fractal.RootId, instanceId, forUpdate: true), cancellationToken);
        if (instance is null)
        {
            if (string.IsNullOrEmpty(command.PracticeSessionId) || string.IsNullOrEmpty(command.ActivityDefinitionId))
                return Result<ActivityInstanceNode>.NotFound(SessionMessages.MissingCreationDetails);
            var created = await InstanceCreation.CreateAsync(fractal.RootId, instanceId, command.PracticeSessionId, command.ActivityDefinitionId,
                goals, instances, activities, now, cancellationToken);
            if (created.Failure is { } failure) return failure;
            instance = created.Instance!;
        }
        return await EditAsync(command, instance, now, cancellationToken);
    }

    private async Task<Result<ActivityInstanceNode>> EditAsync(UpdateActivityInstanceCommand command, ActivityInstance instance, DateTime now, CancellationToken cancellationToken)
    {
        if (command.TimeStart.IsPresent || command.TimeStop.IsPresent)
            instance.SetTimes(Time(command.TimeStart, instance.TimeStart), Time(command.TimeStop, instance.TimeStop), now);
        if (command.Completed.IsPresent) instance.SetCompleted(command.Completed.Value, now);
        if (command.Notes.IsPresent) instance.SetNotes(command.Notes.Value, now);
        if (command.Sets.IsPresent) instance.ReplaceSets(JsonText.Parse(command.Sets.Value, "sets"), now);
        return InstanceJson.Node(instance, await SessionViews.LookupAsync(fractal.RootId, activities, cancellationToken));
    }

    private DateTime? Time(Patch<string> patch, DateTime? current)
    {
        if (!patch.IsPresent) return current;
        if (string.IsNullOrEmpty(patch.Value)) return null;
        return ClientTime.TryParseDateTime(patch.Value, clock, out var value) ? value : current;   // the validator let only parseable text through
    }
}
