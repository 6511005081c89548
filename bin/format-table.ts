/** Left-aligned columns two spaces apart; the last column is not padded (titles may be wide CJK). */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]))).join("  ");
  return [header, ...rows].map(line).join("\n");
}
