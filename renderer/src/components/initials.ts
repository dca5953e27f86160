/** "Atelier Coulisse" → "AC": two letters for an avatar. */
export function initials(name: string): string {
  const words = name.split(/[\s'’-]+/).filter((w) => /^[\p{L}\p{N}]/u.test(w));
  const letters = words.length >= 2 ? [words[0]![0], words[1]![0]] : [...(words[0] ?? '').slice(0, 2)];
  return letters.join('').toUpperCase();
}
