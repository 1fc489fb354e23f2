namespace FractalGoals.Domain.Templates;

/// <summary>Stable codes of the rules this module enforces (the problem document's <c>code</c>).</summary>
public static class TemplateRules
{
    public const string NameRequired = "templates.name_required";
    public const string DataRequired = "templates.data_required";
    public const string Deleted = "templates.deleted";
    public const string AlreadyDeleted = "templates.already_deleted";
    public const string NotDeleted = "templates.not_deleted";
    public const string FractalDeleted = "templates.fractal_deleted";
    public const string CrossFractal = "templates.cross_fractal";
}
