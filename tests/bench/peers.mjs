// "The same work" for the peers, in node and (bundled by esbuild) in Chromium: what each
// must do to give what readout gives, people, quotes and money in sentences of an article.
//   wink-nlp: readDoc with its whole default pipeline (sentences, tokens, POS, negation,
//     named entities incl. MONEY/DATE/CARDINAL), then every entity with its detail, every
//     sentence and every token's type taken out.
//   compromise: nlp(text), then .people(), .quotations() and .money() taken out as arrays.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import nlp from 'compromise';

/** wink-nlp's work on one text. */
export async function winkWork() {
  const wink = winkNLP(model);
  const its = wink.its;
  return (text) => {
    const doc = wink.readDoc(text);
    return doc.entities().out(its.detail).length + doc.sentences().out().length + doc.tokens().out(its.type).length;
  };
}

/** compromise's work on one text. */
export async function compromiseWork() {
  return (text) => {
    const doc = nlp(text);
    return doc.people().out('array').length + doc.quotations().out('array').length + doc.money().out('array').length;
  };
}
