/** Mails about content: a scheduled publish that failed, and the monthly digest of tasks. */
import type { MailMessage } from '../../adapters/mail.ts';
import type { UiLanguage } from '../../shared/language.ts';
import { taskName } from '../../domain/maintenance/task-texts.ts';
import { TASK_TYPES, type TaskType } from '../../domain/maintenance/tasks.ts';

type Violations = { violations?: { path: string; message: string }[]; message?: string } | null | undefined;

function reasonLines(result: Violations): string {
  const lines = result?.violations?.map((v) => `- ${v.path}: ${v.message}`) ?? (result?.message ? [`- ${result.message}`] : []);
  return lines.join('\n');
}

const when = (date: Date, language: UiLanguage) =>
  date.toLocaleString({ fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }[language], { timeZone: 'Europe/Helsinki', dateStyle: 'short', timeStyle: 'short' });

export function scheduledPublishFailedMail(input: { to: string; language: UiLanguage; contentName: string; dueAt: Date; languages: string[]; result: unknown; link: string }): MailMessage {
  const reasons = reasonLines(input.result as Violations);
  const langs = input.languages.join(', ');
  const texts: Record<UiLanguage, MailMessage> = {
    fi: {
      to: input.to,
      subject: `Kuvaa: ajastettu julkaisu epäonnistui: ${input.contentName}`,
      text: `Hei,\n\nsisällön "${input.contentName}" julkaisu oli ajastettu ${when(input.dueAt, 'fi')} (kielet: ${langs}), mutta sitä ei julkaistu, koska:\n${reasons}\n\nKorjaa tiedot ja julkaise tai ajasta julkaisu uudelleen:\n${input.link}\n`,
    },
    sv: {
      to: input.to,
      subject: `Kuvaa: schemalagd publicering misslyckades: ${input.contentName}`,
      text: `Hej,\n\npubliceringen av "${input.contentName}" var schemalagd till ${when(input.dueAt, 'sv')} (språk: ${langs}), men innehållet publicerades inte eftersom:\n${reasons}\n\nRätta uppgifterna och publicera eller schemalägg på nytt:\n${input.link}\n`,
    },
    en: {
      to: input.to,
      subject: `Kuvaa: scheduled publishing failed: ${input.contentName}`,
      text: `Hello,\n\n"${input.contentName}" was scheduled to be published at ${when(input.dueAt, 'en')} (languages: ${langs}), but it was not published because:\n${reasons}\n\nFix the content and publish it, or schedule it again:\n${input.link}\n`,
    },
  };
  return texts[input.language];
}

export interface DigestSection {
  organizationName: string;
  counts: Record<TaskType, number>;
  /** The most urgent tasks: type, content name and a link into the editor. */
  urgent: { type: TaskType; name: string; link: string }[];
  link: string;
}

const MONTH_NAMES: Record<UiLanguage, string[]> = {
  fi: ['tammikuu', 'helmikuu', 'maaliskuu', 'huhtikuu', 'toukokuu', 'kesäkuu', 'heinäkuu', 'elokuu', 'syyskuu', 'lokakuu', 'marraskuu', 'joulukuu'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const DIGEST_TEXTS: Record<UiLanguage, { subject: string; intro: string; urgent: string; all: string; optOut: string; greeting: string }> = {
  fi: { subject: 'Kuvaa: tehtävät ja ajankohtaiset muutokset', greeting: 'Hei', intro: 'tässä kuukausikooste sisällöistä, joita ei ole päivitetty pitkään aikaan tai joissa on korjattavaa.', urgent: 'Kiireellisimmät', all: 'Kaikki tehtävät', optOut: 'Et halua kuukausikoostetta? Muuta asetusta omissa tiedoissasi' },
  sv: { subject: 'Kuvaa: uppgifter och aktuella ändringar', greeting: 'Hej', intro: 'här är månadssammandraget av innehåll som inte har uppdaterats på länge eller som behöver rättas.', urgent: 'Mest brådskande', all: 'Alla uppgifter', optOut: 'Vill du inte få månadssammandraget? Ändra inställningen i dina uppgifter' },
  en: { subject: 'Kuvaa: tasks and current changes', greeting: 'Hello', intro: 'here is the monthly digest of content that has not been updated for long or needs fixing.', urgent: 'Most urgent', all: 'All tasks', optOut: "Don't want the monthly digest? Change the setting in your account" },
};

/** The monthly digest of one person: a section per organization with task counts and the most urgent items. */
export function digestMail(input: { to: string; language: UiLanguage; month: string; sections: DigestSection[]; accountLink: string }): MailMessage {
  const t = DIGEST_TEXTS[input.language];
  const [year, month] = input.month.split('-').map(Number) as [number, number];
  const monthName = `${MONTH_NAMES[input.language][month - 1]} ${year}`;
  const sections = input.sections.map((section) => {
    const counts = TASK_TYPES.filter((type) => section.counts[type] > 0).map((type) => `  ${taskName(input.language, type)}: ${section.counts[type]}`);
    const urgent = section.urgent.map((item) => `  - ${taskName(input.language, item.type)}: ${item.name}\n    ${item.link}`);
    return [`${section.organizationName}`, ...counts, '', `${t.urgent}:`, ...urgent, '', `${t.all}: ${section.link}`].join('\n');
  });
  return {
    to: input.to,
    subject: `${t.subject}, ${monthName}`,
    text: `${t.greeting},\n\n${t.intro}\n\n${sections.join('\n\n')}\n\n${t.optOut}: ${input.accountLink}\n`,
  };
}
