/** The sentence around an offset, found in the text alone (renderers have no parse). */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let a = start;
  while (a > 0 && !/[.!?\n]/.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && !(/[.!?\n]/.test(text[b]) && (b + 1 >= text.length || /\s/.test(text[b + 1])))) b++;
  return { start: a, end: Math.min(text.length, b + 1) };
}
