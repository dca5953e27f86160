import { sql, type RawBuilder } from 'kysely';

/**
 * Makes typed text match itself in a LIKE pattern: `%`, `_` and the backslash get a backslash before them. Only
 * a query that says `escape '\'` after the pattern reads them that way; without that clause SQLite takes the
 * backslash for an ordinary character.
 */
export function escapeLike(text: string): string {
  return text.replace(/[%_\\]/g, '\\$&');
}

/** `column like pattern escape '\'`: the pattern's text made with `escapeLike`, its `%` and `_` placed around it. */
export function likePattern(column: string, pattern: string): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(column)} like ${pattern} escape '\\'`;
}
