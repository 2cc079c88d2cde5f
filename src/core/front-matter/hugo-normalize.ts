/**
 * Pure: the adjustments Hugo makes to front matter values before templates see them in `.Params`.
 */

/**
 * `data` with Hugo's normalisations applied (a new object when something changed; `data` itself is never
 * mutated). A string `aliases` becomes a list split on whitespace, as Hugo's `cast.ToStringSlice` splits it.
 */
export function normalizeParams(data: Record<string, unknown>): Record<string, unknown> {
  const aliases = data['aliases'];
  if (typeof aliases !== 'string') return data;
  return { ...data, aliases: aliases.split(/\s+/).filter((s) => s !== '') };
}
