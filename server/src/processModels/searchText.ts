/** The text the German full-text index covers for a model (see the GIN index in the migration). */
export function searchTextOf(model: {
  title: string;
  description: string;
  tags: string[];
  activityLabels: string[];
}): string {
  return [model.title, model.description, model.tags.join(' '), model.activityLabels.join(' ')]
    .filter(Boolean)
    .join('\n');
}
