import { Tokenizer } from 'htmlparser2';

/**
 * htmlparser2's tokenizer, stepping over runs of characters that cannot change its state instead of
 * visiting them one by one: in text, up to the next `<` or `&`; in a quoted attribute value, up to
 * its closing quote or the next `&`; and, where it waits for one character (inside <script> and
 * <style>, comments, closing tags), to that character by indexOf. Same tokens, same DOM: each
 * state it steps through does nothing for the characters stepped over (a text character that is
 * neither `<` nor `&` is just text). Parsing pages is about a tenth of the pipeline; in text and
 * attribute values, with entities decoded, htmlparser2 walks its state machine per character.
 *
 * The steps it replaces are private in htmlparser2's types (TokenizerInternals names what it
 * reaches); skipping-tokenizer.test.ts checks the DOM against the plain tokenizer's on pages and
 * edge cases, and dom.ts falls back to the plain tokenizer if those steps are ever gone.
 */
interface TokenizerInternals {
  buffer: string;
  index: number;
  offset: number;
  decodeEntities: boolean;
  stateText(c: number): void;
  stateInAttributeValueDoubleQuotes(c: number): void;
  stateInAttributeValueSingleQuotes(c: number): void;
  fastForwardTo(c: number): boolean;
}

const LT = 0x3c;
const AMP = 0x26;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

/** Where the next occurrence of one character is, remembered: asked again from further on, the answer holds until passed. */
class NextChar {
  private from = -1;
  private at = -1;

  constructor(private readonly char: string) {}

  forget(): void {
    this.from = -1;
    this.at = -1;
  }

  /** The index of the first `char` of buffer at or after `from`; buffer.length when there is none. */
  find(buffer: string, from: number): number {
    if (from < this.from || from > this.at) {
      const at = buffer.indexOf(this.char, from);
      this.from = from;
      this.at = at < 0 ? buffer.length : at;
    }
    return this.at;
  }
}

const plain = Tokenizer.prototype as unknown as TokenizerInternals;

/** Whether this htmlparser2 still has the steps SkippingTokenizer replaces (else dom.ts parses with the plain one). */
export const CAN_SKIP = [plain.stateText, plain.stateInAttributeValueDoubleQuotes, plain.stateInAttributeValueSingleQuotes, plain.fastForwardTo].every(
  (step) => typeof step === 'function',
);

export class SkippingTokenizer extends Tokenizer {
  readonly nextLt = new NextChar('<');
  readonly nextAmp = new NextChar('&');
  readonly nextDoubleQuote = new NextChar('"');
  readonly nextSingleQuote = new NextChar("'");

  override write(chunk: string): void {
    // A new buffer: what was found in the last one is no longer where it was.
    this.nextLt.forget();
    this.nextAmp.forget();
    this.nextDoubleQuote.forget();
    this.nextSingleQuote.forget();
    super.write(chunk);
  }
}

/** A SkippingTokenizer as its steps see it (its own fields and the tokenizer's private ones). */
type Skipping = TokenizerInternals & Pick<SkippingTokenizer, 'nextLt' | 'nextAmp' | 'nextDoubleQuote' | 'nextSingleQuote'>;

/**
 * Puts the index on the character before `next` (a buffer position): the parse loop then moves on to
 * `next` itself, as it would have after visiting every character before it.
 */
function skipTo(t: Skipping, next: number): void {
  t.index = t.offset + next - 1;
}

const steps: Pick<TokenizerInternals, 'stateText' | 'stateInAttributeValueDoubleQuotes' | 'stateInAttributeValueSingleQuotes' | 'fastForwardTo'> = {
  stateText(this: Skipping, c: number): void {
    if (c === LT || c === AMP || !this.decodeEntities) return plain.stateText.call(this, c);
    const from = this.index - this.offset + 1;
    skipTo(this, Math.min(this.nextLt.find(this.buffer, from), this.nextAmp.find(this.buffer, from)));
  },
  stateInAttributeValueDoubleQuotes(this: Skipping, c: number): void {
    if (c === DOUBLE_QUOTE || c === AMP || !this.decodeEntities) return plain.stateInAttributeValueDoubleQuotes.call(this, c);
    const from = this.index - this.offset + 1;
    skipTo(this, Math.min(this.nextDoubleQuote.find(this.buffer, from), this.nextAmp.find(this.buffer, from)));
  },
  stateInAttributeValueSingleQuotes(this: Skipping, c: number): void {
    if (c === SINGLE_QUOTE || c === AMP || !this.decodeEntities) return plain.stateInAttributeValueSingleQuotes.call(this, c);
    const from = this.index - this.offset + 1;
    skipTo(this, Math.min(this.nextSingleQuote.find(this.buffer, from), this.nextAmp.find(this.buffer, from)));
  },
  /** As htmlparser2's (moves the index onto the next `c` and says whether there was one), by indexOf. */
  fastForwardTo(this: Skipping, c: number): boolean {
    const at = this.buffer.indexOf(String.fromCharCode(c), this.index - this.offset + 1);
    if (at >= 0) {
      this.index = this.offset + at;
      return true;
    }
    // The parse loop increments the index after each step: one before the end ends it.
    this.index = this.buffer.length + this.offset - 1;
    return false;
  },
};
Object.assign(SkippingTokenizer.prototype, steps);
