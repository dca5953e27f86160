/** Lower case without accents: the form searched and sorted on, so that "Éric" and "eric" meet. */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}
