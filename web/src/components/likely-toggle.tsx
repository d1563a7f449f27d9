import { LIKELY_RIGHT } from '../../../src/shells/web/query-text.js';

/**
 * The event views' "Likely right only" checkbox. The page owns the state (its address):
 * `onChange` navigates, and the page reads the toggle back from the new address.
 */
export function LikelyToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  return (
    <label class="likely" title={`Only events of confidence 0.5 or more (${LIKELY_RIGHT.term}): on judged pages right 79% of the time, against 42% for all events`}>
      <input type="checkbox" name="likely" checked={on} onChange={(e) => onChange(e.currentTarget.checked)} /> Likely right only (confidence ≥ 0.5)
    </label>
  );
}
