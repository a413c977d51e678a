/** A front-matter or other format problem, with the line it is on when there is one. */
export class FormatError extends Error {
  override name = "FormatError";
  constructor(
    message: string,
    readonly line: number | null,
  ) {
    super(message);
  }
}
