import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectLanguage, foreignParagraphs } from './language.js';

describe('foreignParagraphs', () => {
  const english = 'The government said on Monday that the police would not move against the protesters in the city centre, and the opposition criticised the decision.';
  const german = 'Die Regierung in Berlin hat am Montag erklärt, dass die Polizei die Demonstranten in der Innenstadt nicht angreifen werde. Die Opposition kritisierte die Entscheidung scharf.';
  const french = 'Le gouvernement a déclaré lundi que la police ne interviendrait pas contre les manifestants dans le centre-ville, et l’opposition a vivement critiqué cette décision.';
  const text = [english, german, 'Short line in Deutsch: die Polizei.', french].join('\n\n');
  const spans = text.split('\n\n').map((p) => ({ start: text.indexOf(p), end: text.indexOf(p) + p.length }));

  it('finds the paragraphs reliably in another language, with the language', () => {
    assert.deepEqual(foreignParagraphs(text, spans).map((f) => [text.slice(f.span.start, f.span.start + 13), f.code]), [['Die Regierung', 'de'], ['Le gouverneme', 'fr']]);
  });

  it('leaves English and paragraphs too short to judge alone', () => {
    assert.deepEqual(foreignParagraphs(text, [spans[0]!, spans[2]!]), []);
  });
});

describe('detectLanguage', () => {
  it('leaves a one-sentence English brief to the English stages: another guess close to English is unsure', () => {
    for (const brief of ['Israeli troops killed three Palestinian gunmen in Jenin.', 'Israeli soldiers shot dead three Palestinians in Jenin on Monday.']) {
      const guess = detectLanguage(brief);
      assert.ok(guess.code === 'en' || !guess.reliable, `${brief}: ${JSON.stringify(guess)}`);
    }
  });

  it('takes a short sentence of English function words as English when English is close to the best guess', () => {
    // franc put French first (English 0.80 of it): the events of the brief were not coded.
    assert.deepEqual(detectLanguage('Police detained ten protesters in Cairo on Monday.'), { code: 'en', reliable: false });
  });

  it('still tells short French, Dutch and Portuguese sentences whose words look like English function words', () => {
    assert.deepEqual(detectLanguage('Il a dit que la police a arrêté dix personnes à Paris.'), { code: 'fr', reliable: true });
    assert.deepEqual(detectLanguage('De minister is gisteren naar Parijs gegaan en was daar blij.'), { code: 'nl', reliable: true });
    assert.deepEqual(detectLanguage('O presidente foi a Lisboa e a ministra ficou em casa ontem.'), { code: 'pt', reliable: true });
  });

  it('still tells a short German or Spanish sentence reliably', () => {
    assert.deepEqual(detectLanguage('Die Regierung hat am Montag neue Maßnahmen gegen die Krise beschlossen.'), { code: 'de', reliable: true });
    assert.deepEqual(detectLanguage('El gobierno anunció el lunes nuevas medidas contra la crisis económica.'), { code: 'es', reliable: true });
  });
});
