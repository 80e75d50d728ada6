/**
 * The password policy: a new password must not be common or trivially guessable, as zxcvbn-ts
 * estimates it with the common-password and diceware dictionaries and keyboard adjacency graphs of
 * @zxcvbn-ts/language-common (a kept list, not a hand-made one), the account's username and
 * display name and the product's own names counting as words an attacker would try first.
 * Length bounds (10–128 characters) stay in the request schemas; this module is the rest.
 *
 * Passwords set without a person choosing them (the demo accounts' `lantian-demo`, seeded
 * directly) do not pass through it.
 *
 * @module
 */
import { ZxcvbnFactory, type TranslationKeys } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

/** Least zxcvbn score (0–4) accepted: 3 = "safely unguessable: moderate protection from offline slow-hash attacks". */
export const MIN_PASSWORD_SCORE = 3;

/** Words any attacker of this console tries first, besides the account's own names. */
const PRODUCT_WORDS = ['lantian', '蓝天', 'xinfu', '忻府', 'xinzhou', '忻州'];

/** zxcvbn's feedback keys in English (the package ships keys only; @zxcvbn-ts/language-en is not a dependency). */
const translations: TranslationKeys = {
  warnings: {
    straightRow: 'it is a straight row of keys on the keyboard',
    keyPattern: 'it is a short keyboard pattern',
    simpleRepeat: 'it repeats a character, like "aaa"',
    extendedRepeat: 'it repeats a group of characters, like "abcabcabc"',
    sequences: 'it is a common sequence of characters, like "abc" or "1234"',
    recentYears: 'it contains a recent year',
    dates: 'it contains a date',
    topTen: 'it is among the ten most used passwords',
    topHundred: 'it is among the hundred most used passwords',
    common: 'it is a commonly used password',
    similarToCommon: 'it is close to a commonly used password',
    wordByItself: 'it is a single word',
    namesByThemselves: 'it is a name or surname on its own',
    commonNames: 'it is built on a common name or surname',
    userInputs: 'it contains the username, the display name or the name of this console',
    pwned: 'it has appeared in a data breach',
  },
  suggestions: {
    l33t: 'avoid predictable letter substitutions like "@" for "a"',
    reverseWords: 'avoid reversed spellings of common words',
    allUppercase: 'capitalise some letters, not all',
    capitalization: 'capitalise more than the first letter',
    dates: 'avoid dates and years that are associated with you',
    recentYears: 'avoid recent years',
    associatedYears: 'avoid years that are associated with you',
    sequences: 'avoid common sequences of characters',
    repeated: 'avoid repeated words and characters',
    longerKeyboardPattern: 'use longer keyboard patterns and change typing direction several times',
    anotherWord: 'add more words that are less common',
    useWords: 'use several words, but avoid common phrases',
    noNeed: 'you can create strong passwords without symbols, numbers or uppercase letters',
    pwned: 'if you use this password elsewhere, change it there too',
  },
  timeEstimation: {
    ltSecond: 'less than a second',
    second: '{base} second',
    seconds: '{base} seconds',
    minute: '{base} minute',
    minutes: '{base} minutes',
    hour: '{base} hour',
    hours: '{base} hours',
    day: '{base} day',
    days: '{base} days',
    month: '{base} month',
    months: '{base} months',
    year: '{base} year',
    years: '{base} years',
    centuries: 'centuries',
  },
};

let estimator: ZxcvbnFactory | undefined;

/** The estimator, built on first use (loading the dictionaries takes ~0.3 s). */
function passwordEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs, translations });
  return estimator;
}

/**
 * Why `password` is refused as too easy to guess, or null when it passes: a zxcvbn score below
 * {@link MIN_PASSWORD_SCORE}, with zxcvbn's warning (what makes it guessable) and first suggestion
 * where it has them.
 *
 * @param password - the new password (its length already checked)
 * @param userInputs - the account's username and display name: a password built on them is weak
 * @example
 * passwordPolicyProblem('password12', ['zhang']);
 * // 'too easy to guess (strength 1 of 4, at least 3 needed): ' +
 * //   'it is a commonly used password; add more words that are less common'
 * passwordPolicyProblem('blue-sky-over-xinfu-9', ['zhang']); // null
 */
export function passwordPolicyProblem(password: string, userInputs: readonly string[]): string | null {
  const inputs = [...userInputs, ...PRODUCT_WORDS].filter((word) => word.length > 0);
  const result = passwordEstimator().check(password, inputs);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const why = [result.feedback.warning, result.feedback.suggestions[0]].filter((part): part is string => Boolean(part));
  const advice = why.length ? `: ${why.join('; ')}` : '; use a longer passphrase of several uncommon words';
  return `too easy to guess (strength ${result.score} of 4, at least ${MIN_PASSWORD_SCORE} needed)${advice}`;
}
