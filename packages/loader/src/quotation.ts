/** Whether character `at` of the sentence lies inside double quotation marks. */
export function insideQuote(sentence: string, at: number): boolean {
  let open = false;
  for (let i = 0; i < at; i++) {
    const c = sentence[i];
    if (c === "“") open = true;
    else if (c === "”") open = false;
    else if (c === '"') open = !open;
  }
  return open;
}
