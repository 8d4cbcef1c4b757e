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

type ItsFunction = Parameters<ReturnType<ReturnType<Nlp['readDoc']>['tokens']>['out']>[0];

/**
 * An `its.*` helper typed for `out()`. wink-nlp's declarations give `its.lemma` and `its.stem`
 * an extra addons parameter that the `out()` overloads do not accept, although that is the
 * documented call; this narrows the helper without changing what runs.
 */
export function itsHelper(helper: unknown): ItsFunction {
  return helper as ItsFunction;
}
