/** `<folder>/<name>.coulisse`, with the folder's own separator (the server may run on Windows). */
export function pathIn(folder: string, name: string): string {
  const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return `${folder.replace(/[\\/]+$/, '')}${separator}${name}.coulisse`;
}
