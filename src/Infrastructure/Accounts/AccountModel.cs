using System.Text;
using FractalGoals.Domain.Goals;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FractalGoals.Infrastructure.Accounts;

/// <summary>
/// The account tables beside the reference schema (ADR 0051, listed as intended additions of ADR 0019): Identity's
/// user store without roles, named like our own tables (snake_case tables and columns, <c>ix_</c> indexes), and
/// <c>fractal_owners</c>. Every text column is declared TEXT and every flag BOOLEAN, so PostgreSQL maps them like ours
/// (text in the "C" collation, boolean); <c>lockout_end</c> (a DateTimeOffset) keeps each provider's own mapping: TEXT with
/// its offset on SQLite, <c>timestamp with time zone</c> on PostgreSQL.
/// </summary>
internal static class AccountModel
{
    public const string UsersTable = "users";
    public const string OwnersTable = "fractal_owners";

    /// <summary>The new tables, parents first.</summary>
    public static readonly IReadOnlyList<string> Tables = [UsersTable, "user_claims", "user_logins", "user_tokens", OwnersTable];

    /// <summary>Runs after Identity's own <c>OnModelCreating</c>, which declared the entities and their keys.</summary>
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AccountUser>(user =>
        {
            user.ToTable(UsersTable);
            // Identity names these two itself; ours all start with ix_ (the foreign-key convention is off, ADR 0019).
            user.HasIndex(u => u.NormalizedUserName).HasDatabaseName("ix_users_normalized_user_name").IsUnique();
            user.HasIndex(u => u.NormalizedEmail).HasDatabaseName("ix_users_normalized_email");
        });
        modelBuilder.Entity<IdentityUserClaim<string>>(claim =>
        {
            claim.ToTable("user_claims");
            claim.HasIndex(c => c.UserId).HasDatabaseName("ix_user_claims_user");
        });
        modelBuilder.Entity<IdentityUserLogin<string>>(login =>
        {
            login.ToTable("user_logins");
            login.HasIndex(l => l.UserId).HasDatabaseName("ix_user_logins_user");
        });
        modelBuilder.Entity<IdentityUserToken<string>>(token => token.ToTable("user_tokens"));   // its key starts with user_id

        modelBuilder.Entity<FractalOwner>(owner =>
        {
            owner.ToTable(OwnersTable);
            owner.HasKey(o => o.RootId);
            owner.Property(o => o.RootId).HasColumnName("root_id").HasColumnType("TEXT");
            owner.Property(o => o.UserId).HasColumnName("user_id").HasColumnType("TEXT").IsRequired();
            owner.HasOne<Goal>().WithOne().HasForeignKey<FractalOwner>(o => o.RootId).OnDelete(DeleteBehavior.Cascade);
            owner.HasOne<AccountUser>().WithMany().HasForeignKey(o => o.UserId).OnDelete(DeleteBehavior.Cascade);
            owner.HasIndex(o => o.UserId).HasDatabaseName("ix_fractal_owners_user");
        });

        foreach (var type in new[] { typeof(AccountUser), typeof(IdentityUserClaim<string>), typeof(IdentityUserLogin<string>), typeof(IdentityUserToken<string>) })
        {
            var entity = modelBuilder.Entity(type);
            foreach (var property in entity.Metadata.GetProperties())
            {
                entity.Property(property.Name).HasColumnName(SnakeCase(property.Name));
                if (property.ClrType == typeof(string)) entity.Property(property.Name).HasColumnType("TEXT");
                if (property.ClrType == typeof(bool)) entity.Property(property.Name).HasColumnType("BOOLEAN");   // as goals.completed
            }
        }
    }

    private static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) text.Append('_');
            text.Append(char.ToLowerInvariant(name[i]));
        }
        return text.ToString();
    }
}
