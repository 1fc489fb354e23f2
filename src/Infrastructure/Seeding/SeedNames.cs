namespace FractalGoals.Infrastructure.Seeding;

/// <summary>One kind of practice a fractal is about: names for its goals, groups and activities, and plausible metrics.</summary>
internal sealed record SeedTheme(
    string Ultimate, IReadOnlyList<string> Goals, IReadOnlyList<string> Groups, IReadOnlyList<string> Activities, IReadOnlyList<SeedMetric> Metrics)
{
    public static readonly IReadOnlyList<SeedTheme> All =
    [
        new("Become a confident guitarist",
            ["Play ten songs by heart", "Master the CAGED shapes", "Clean barre chords", "Improvise over a blues", "Sight-read simple melodies", "Alternate picking at speed", "Learn the fretboard notes"],
            ["Technique", "Repertoire", "Theory", "Ear training", "Rhythm"],
            ["Scale practice", "Chord changes", "Finger independence warm up", "Legato runs", "Song run-through", "Arpeggio sweeps", "Strumming patterns", "Interval recognition", "Transcription", "Metronome pushes"],
            [new("Tempo", "bpm", 60, 180), new("Reps", "count", 3, 30), new("Accuracy", "%", 50, 100), new("Mistakes", "count", 0, 12)]),
        new("Be strong and mobile at fifty",
            ["Bodyweight pull-ups x15", "Press a full handstand", "Front lever hold", "Deadlift twice bodyweight", "Touch toes with straight legs", "Run 10 km under 50 minutes"],
            ["Strength", "Skills", "Mobility", "Conditioning"],
            ["Pull-ups", "Handstand practice", "Pike push-ups", "Deadlift", "Squat", "Front lever tucks", "Hamstring stretch", "Interval run", "Dips", "Rows"],
            [new("Reps", "count", 1, 20), new("Weight", "kg", 10, 180), new("Hold", "s", 5, 90), new("Distance", "km", 1, 15)]),
        new("Speak Spanish fluently",
            ["Hold a 30-minute conversation", "Read a novel in Spanish", "Pass the B2 exam", "Master the subjunctive", "Understand podcasts at full speed"],
            ["Vocabulary", "Grammar", "Listening", "Speaking"],
            ["Flashcards", "Verb drills", "Podcast listening", "Shadowing", "Conversation practice", "Reading", "Dictation", "Writing prompts"],
            [new("Cards", "count", 10, 200), new("Minutes", "min", 5, 60), new("Score", "%", 40, 100), new("Words", "count", 50, 800)]),
        new("Write and ship a novel",
            ["Finish the first draft", "Outline all three acts", "Revise the middle", "Find beta readers", "Query twenty agents"],
            ["Drafting", "Craft", "Revision"],
            ["Morning pages", "Scene drafting", "Dialogue exercise", "Line edits", "Outline session", "Reading like a writer"],
            [new("Words", "count", 100, 3000), new("Pages", "count", 1, 20), new("Minutes", "min", 10, 120)]),
        new("Play chess at 2000 rating",
            ["Reach 1600 online", "Know a full opening repertoire", "Convert winning endgames", "Calculate five moves deep"],
            ["Tactics", "Openings", "Endgames", "Games"],
            ["Tactics puzzles", "Opening review", "Endgame drills", "Rapid game", "Game analysis", "Blindfold visualisation"],
            [new("Puzzles", "count", 5, 60), new("Rating", "elo", 1200, 2100), new("Accuracy", "%", 50, 98)]),
    ];
}

/// <summary>A metric name and unit, with the range its recorded values fall in.</summary>
internal sealed record SeedMetric(string Name, string Unit, double Min, double Max);

internal static class SeedNames
{
    public static readonly IReadOnlyList<string> Sections = ["Warm Up", "Main Practice", "Skill Work", "Cool Down", "Review"];

    public static readonly IReadOnlyList<string> Colors = ["#3A86FF", "#ff388e", "#8338EC", "#FB5607", "#06D6A0", "#FFBE0B"];

    public static readonly IReadOnlyList<string> Notes =
        ["Felt good today", "Tired, kept it short", "New personal best", "Focus on form next time", "Struggled with the second half", "Clean run"];

    public static readonly IReadOnlyList<string> Levels = ["Foundations", "Consistency", "Speed", "Control", "Endurance", "Polish"];

    public static string SplitName(int position, int count) =>
        count == 2 ? (position == 0 ? "Left" : "Right") : $"Split #{position + 1}";
}
