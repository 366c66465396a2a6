// Plural forms chosen by the locale's CLDR rules (Intl.PluralRules): Arabic has six, Japanese
// one, English two. A catalog gives the forms its language uses; `other` is always required.
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rulesCache = new Map<string, Intl.PluralRules>();

/** The form for `n` in `locale`, with `#` replaced by the number formatted for the locale. */
export function plural(locale: string, n: number, forms: PluralForms): string {
  let rules = rulesCache.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesCache.set(locale, rules);
  }
  const exact = n === 0 ? forms.zero : undefined;
  const form = exact ?? forms[rules.select(n)] ?? forms.other;
  return form.replaceAll("#", new Intl.NumberFormat(locale).format(n));
}
