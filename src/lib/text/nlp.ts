import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;

let instance: Nlp | undefined;

/**
 * The shared wink-nlp instance (English "lite" model). Loading the model takes ~200 ms,
 * so it is created on first use and reused by every caller in the process.
 */
export function nlp(): Nlp {
  instance ??= winkNLP(model);
  return instance;
}
