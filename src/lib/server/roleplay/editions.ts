/**
 * A scenario's editions: the original (English) and its translations, one story each with the
 * same id, rules and scoring. A new run starts in the reader's language when the scenario is
 * translated into it; a run always continues in the edition it started in (its version says
 * which), whatever language the page is shown in later.
 */
import { contentLocale } from '../content/locales';
import type { Scenario } from './types';

/** The edition for a reader's interface language, or the original. */
export function scenarioIn(scenario: Scenario, locale: string): Scenario {
	const l = contentLocale(locale);
	return (l && scenario.translations[l]) || scenario;
}

/** The edition a run was played in, by the run's recorded version (undefined once edited). */
export function editionOf(scenario: Scenario, version: string): Scenario | undefined {
	if (scenario.version === version) return scenario;
	return Object.values(scenario.translations).find((s) => s?.version === version);
}

/** The edition to show a run in: its own, else the reader's (the run is then out of date). */
export function runEdition(scenario: Scenario, version: string, locale: string): Scenario {
	return editionOf(scenario, version) ?? scenarioIn(scenario, locale);
}

/** Whether the page shows the reader's language (false: the original, with a note). */
export function inReadersLanguage(scenario: Scenario, locale: string) {
	return locale === 'en' || scenario.locale === locale;
}
