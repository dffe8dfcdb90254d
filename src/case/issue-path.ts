/** Formats a Zod issue path as the field name users see everywhere: `baseline[2].fte`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** A Zod issue as far as Flokk reads it. */
interface ZodIssueLike {
  path: readonly PropertyKey[];
  code: string;
  message: string;
}

/**
 * Zod's issues as Flokk's field issues, at every boundary alike: the path as users see it, and Flokk's own
 * checks (code `custom`, their key as the message) under their key with the message in `language`.
 */
export function toFieldIssues(
  issues: readonly ZodIssueLike[],
  translate: (key: string) => string,
): { path: string; code: string; message: string }[] {
  return issues.map((issue) => ({
    path: formatIssuePath(issue.path),
    code: issue.code === 'custom' ? issue.message : issue.code,
    message: issue.code === 'custom' ? translate(issue.message) : issue.message,
  }));
}
