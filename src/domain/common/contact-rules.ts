/** Format rules for e-mail addresses, web addresses, phone numbers and accessibility statements. */
import { CONTENT_LANGUAGES, type LanguageCode, type LocalizedText } from '../../shared/language.ts';
import type { Accessibility, Email, Phone, WebPage } from './contact.schema.ts';
import { LIMITS, hasText, languageName, maxLength, requiredText } from './text-rules.ts';
import { eachItem, join, violation, type Violation } from './violation.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]{2,}$/;

/** True for an e-mail address of the form `name@domain.tld`. */
export function isValidEmail(value: string): boolean {
  return EMAIL.test(value);
}

/** True for an absolute http(s) address with a dotted host name and no white space. */
export function isValidUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value) || /\s/.test(value)) return false;
  try {
    return new URL(value).hostname.includes('.');
  } catch {
    return false;
  }
}

/** `invalidUrl` or `maxLength` for one web address. */
export function urlViolations(path: string, url: string | undefined, label: string): Violation[] {
  if (url === undefined) return [];
  if (!isValidUrl(url)) {
    return [violation(path, 'invalidUrl', `${label} must be a full web address starting with https:// or http://, e.g. https://www.example.fi/page.`)];
  }
  return maxLength(path, url, LIMITS.url, label);
}

/** `invalidUrl` or `maxLength` for a web address per language (paths like `url.fi`). */
export function localizedUrlViolations(path: string, urls: LocalizedText | undefined, label: string): Violation[] {
  return CONTENT_LANGUAGES.flatMap((lang) => urlViolations(join(path, lang), urls?.[lang], `${label} (${languageName(lang)})`));
}

/** Format and length of one e-mail address. */
export function emailViolations(email: Email, path: string): Violation[] {
  const address = join(path, 'email');
  if (!isValidEmail(email.email)) {
    return [violation(address, 'invalidEmail', `E-mail address "${email.email}" is not of the form name@example.fi.`)];
  }
  return [...maxLength(address, email.email, LIMITS.email, 'E-mail address'), ...maxLength(join(path, 'description'), email.description, LIMITS.shortText, 'E-mail description')];
}

/** Address and link text of one web page. */
export function webPageViolations(page: WebPage, path: string): Violation[] {
  return [...urlViolations(join(path, 'url'), page.url, 'Web page address'), ...maxLength(join(path, 'name'), page.name, LIMITS.shortText, 'Web page name')];
}

/** Number, prefix and charge details of one phone number. */
export function phoneViolations(phone: Phone, path: string): Violation[] {
  return [...phoneNumberViolations(phone, path), ...phoneChargeViolations(phone, path)];
}

function phoneNumberViolations(phone: Phone, path: string): Violation[] {
  const digits = phone.number.replace(/ /g, '');
  const found: Violation[] = [];
  if (!/^\d{3,15}$/.test(digits)) {
    found.push(violation(join(path, 'number'), 'invalidPhoneNumber', `Phone number "${phone.number}" must have 3–15 digits, optionally grouped with spaces.`));
  }
  if (phone.isFinnishServiceNumber) {
    if (phone.prefix !== undefined) found.push(violation(join(path, 'prefix'), 'notAllowed', 'A Finnish service number is dialled without a country code: leave prefix out.'));
    return found;
  }
  if (phone.prefix === undefined) {
    found.push(violation(join(path, 'prefix'), 'required', 'Country code prefix (e.g. +358) is required unless the number is a Finnish service number.'));
  } else if (!/^\+\d{1,4}$/.test(phone.prefix)) {
    found.push(violation(join(path, 'prefix'), 'invalidPhonePrefix', `Country code prefix "${phone.prefix}" must be + and 1–4 digits, e.g. +358.`));
  } else if (phone.prefix === '+358' && digits.startsWith('0')) {
    found.push(violation(join(path, 'number'), 'leadingZero', 'With the prefix +358 the number is given without its leading zero, e.g. 9 310 12345.'));
  }
  return found;
}

function phoneChargeViolations(phone: Phone, path: string): Violation[] {
  const found = [
    ...maxLength(join(path, 'chargeDescription'), phone.chargeDescription, LIMITS.shortText, 'Charge description'),
    ...maxLength(join(path, 'additionalInfo'), phone.additionalInfo, LIMITS.shortText, 'Phone additional info'),
  ];
  if (phone.chargeType === 'Other' && !hasText(phone.chargeDescription)) {
    found.push(violation(join(path, 'chargeDescription'), 'required', 'Charge description is required when the charge type is Other.'));
  }
  return found;
}

/** Violations of the optional `emails`, `phones` and `webPages` lists of any content. */
export function contactListsViolations(content: { emails?: Email[]; phones?: Phone[]; webPages?: WebPage[] }, base = ''): Violation[] {
  return [
    ...eachItem(join(base, 'emails'), content.emails, emailViolations),
    ...eachItem(join(base, 'phones'), content.phones, phoneViolations),
    ...eachItem(join(base, 'webPages'), content.webPages, webPageViolations),
  ];
}

/** True when a contact item belongs to the language version `lang` (items without `lang` belong to all). */
export function forLanguage(item: { lang?: LanguageCode }, lang: LanguageCode): boolean {
  return item.lang === undefined || item.lang === lang;
}

/** Statement addresses of an accessibility statement. */
export function accessibilityViolations(accessibility: Accessibility | undefined, path: string): Violation[] {
  return localizedUrlViolations(join(path, 'statementUrl'), accessibility?.statementUrl, 'Accessibility statement address');
}

/** An assessed channel (compliance other than Unknown) names its WCAG level and links its statement in `lang`. */
export function accessibilityPublishViolations(accessibility: Accessibility | undefined, path: string, lang: LanguageCode): Violation[] {
  if (!accessibility?.compliance || accessibility.compliance === 'Unknown') return [];
  const found = requiredText(join(path, 'statementUrl'), accessibility.statementUrl, lang, 'Accessibility statement address');
  if (!accessibility.wcagLevel) found.push(violation(join(path, 'wcagLevel'), 'required', 'WCAG level is required when the accessibility compliance is given.'));
  return found;
}
