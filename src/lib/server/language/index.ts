import { english } from './en';
import type { Analyser, Analysis, Language } from './types';
import { chinese } from './zh';

export type { Analysis, Language, Span, Token } from './types';

const ANALYSERS: Record<Language, Analyser> = { en: english, zh: chinese };

/** Analyses a text as the given language (the language the scenario is played in). */
export function analyse(text: string, language: Language = 'en'): Analysis {
	return ANALYSERS[language].analyse(text);
}

/**
 * The share of a text's letters written in the language's own script (Latin for English, Han
 * for Chinese): a reply in another script is not read as if it were the scenario's language.
 */
export function scriptShare(text: string, language: Language): number {
	const letters = [...text].filter((ch) => /\p{L}/u.test(ch));
	if (!letters.length) return 0;
	const own = language === 'zh' ? /\p{Script=Han}/u : /\p{Script=Latin}/u;
	return letters.filter((ch) => own.test(ch)).length / letters.length;
}
