using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FractalGoals.Infrastructure.Persistence.Configurations.Templates;

/// <summary>Table <c>session_templates</c> (domain-rules §3.9).</summary>
internal sealed class SessionTemplateConfiguration : IEntityTypeConfiguration<SessionTemplate>
{
    public void Configure(EntityTypeBuilder<SessionTemplate> builder)
    {
        builder.ToTable("session_templates");
        builder.HasKey(t => t.Id);
        builder.Ignore(t => t.DomainEvents);

        builder.Property(t => t.Id).Column("id", "VARCHAR", 0);
        builder.Property(t => t.Name).Column("name", "VARCHAR", 1).IsRequired();
        builder.Property(t => t.Description).Column("description", "VARCHAR", 2);
        builder.Property(t => t.RootId).Column("root_id", "VARCHAR", 3).IsRequired();
        builder.Property(t => t.CreatedAt).Column("created_at", "DATETIME", 4);
        builder.Property(t => t.TemplateData).Column("template_data", "VARCHAR", 5).IsRequired();
        builder.Property(t => t.DeletedAt).Column("deleted_at", "DATETIME", 6);
        builder.Property(t => t.UpdatedAt).Column("updated_at", "DATETIME", 7);

        builder.HasOne<Goal>().WithMany().HasForeignKey(t => t.RootId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex([nameof(SessionTemplate.RootId)], "idx_session_templates_root");
    }
}
