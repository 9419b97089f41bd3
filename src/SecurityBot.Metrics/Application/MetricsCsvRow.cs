namespace SecurityBot.Metrics.Application;

/// <summary>One figure in the export: a section, the figure, what it is broken down by (empty for a total), its value, the previous period's value where there is one, and the unit.</summary>
internal sealed record MetricsCsvRow(string Section, string Figure, string Dimension, string Value, string PreviousValue, string Unit);
