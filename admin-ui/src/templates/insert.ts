/** `[[[NAME]]]`: the syntax of a template variable (docs/DESIGN.md §6). */
export function variableToken(name: string): string {
  return `[[[${name}]]]`
}

/** Puts `text` in place of value[start, end) and says where the cursor goes (just after it). */
export function insertAt(value: string, start: number, end: number, text: string): { value: string; cursor: number } {
  const from = Math.max(0, Math.min(start, value.length))
  const to = Math.max(from, Math.min(end, value.length))
  return { value: value.slice(0, from) + text + value.slice(to), cursor: from + text.length }
}

/** The `[[[NAMES]]]` a template uses that are not in `known` (to warn before the server refuses them). */
export function unknownVariables(template: string, known: ReadonlySet<string>): string[] {
  const found = new Set<string>()
  for (const m of template.matchAll(/\[\[\[([^\]\s]*)\]\]\]/g)) if (!known.has(m[1])) found.add(m[1])
  return [...found]
}
