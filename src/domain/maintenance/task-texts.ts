/** Names of the task types in the UI languages (editor pages and mails use the same words). */
import type { UiLanguage } from '../../shared/language.ts';
import type { TaskType } from './tasks.ts';

const TASK_NAMES: Record<UiLanguage, Record<TaskType, string>> = {
  fi: {
    scheduledPublishFailed: 'Ajastettu julkaisu epäonnistui',
    brokenLinks: 'Rikkinäiset linkit',
    sharedChannelChanged: 'Käyttämääsi toisen organisaation asiointikanavaa on muutettu tai se on arkistoitu',
    classificationChanged: 'Luokitus muuttui: tarkista palveluluokat ja asiasanat',
    notUpdated: 'Sisältöä ei ole päivitetty pitkään aikaan',
    missingTranslations: 'Kieliversioita puuttuu',
    withoutChannels: 'Palvelut ilman asiointikanavia',
    withoutServices: 'Asiointikanavat ilman palveluja',
  },
  sv: {
    scheduledPublishFailed: 'Schemalagd publicering misslyckades',
    brokenLinks: 'Trasiga länkar',
    sharedChannelChanged: 'En annan organisations servicekanal som du använder har ändrats eller arkiverats',
    classificationChanged: 'Klassificeringen har ändrats: granska serviceklasser och ämnesord',
    notUpdated: 'Innehållet har inte uppdaterats på länge',
    missingTranslations: 'Språkversioner saknas',
    withoutChannels: 'Tjänster utan servicekanaler',
    withoutServices: 'Servicekanaler utan tjänster',
  },
  en: {
    scheduledPublishFailed: 'Scheduled publishing failed',
    brokenLinks: 'Broken links',
    sharedChannelChanged: "Another organization's channel you use was changed or archived",
    classificationChanged: 'Classification changed: review the service classes and ontology terms',
    notUpdated: 'Content not updated for a long time',
    missingTranslations: 'Missing language versions',
    withoutChannels: 'Services without channels',
    withoutServices: 'Channels without services',
  },
};

/** What to do about a task, one sentence per type. */
const TASK_HINTS: Record<UiLanguage, Record<TaskType, string>> = {
  fi: {
    scheduledPublishFailed: 'Korjaa syyt ja julkaise uudelleen tai ajasta julkaisu uudelleen.',
    brokenLinks: 'Korjaa linkki tai merkitse se poikkeukseksi, jos se toimii selaimessa.',
    sharedChannelChanged: 'Tarkista, sopiiko kanava yhä palveluusi, ja vahvista palvelu ajantasaiseksi.',
    classificationChanged: 'Valitse uudet palveluluokat tai asiasanat ja tallenna, tai vahvista palvelu ajantasaiseksi.',
    notUpdated: 'Päivitä tiedot tai vahvista ne ajantasaisiksi. Puhelinkanavat ja palvelupaikat arkistoidaan automaattisesti {months} kuukauden jälkeen.',
    missingTranslations: 'Lisää puuttuvat kieliversiot: organisaatiosi palvelee näillä kielillä.',
    withoutChannels: 'Liitä palveluun ainakin yksi asiointikanava, jotta asiakas tietää, miten palvelua käytetään.',
    withoutServices: 'Liitä kanava palveluun tai arkistoi se, jos sitä ei enää tarvita.',
  },
  sv: {
    scheduledPublishFailed: 'Rätta orsakerna och publicera på nytt eller schemalägg publiceringen igen.',
    brokenLinks: 'Rätta länken eller markera den som undantag om den fungerar i webbläsaren.',
    sharedChannelChanged: 'Kontrollera att kanalen fortfarande passar tjänsten och bekräfta tjänsten som aktuell.',
    classificationChanged: 'Välj nya serviceklasser eller ämnesord och spara, eller bekräfta tjänsten som aktuell.',
    notUpdated: 'Uppdatera uppgifterna eller bekräfta dem som aktuella. Telefonkanaler och serviceställen arkiveras automatiskt efter {months} månader.',
    missingTranslations: 'Lägg till de språkversioner som saknas: din organisation betjänar på dessa språk.',
    withoutChannels: 'Koppla minst en servicekanal till tjänsten så att kunden vet hur tjänsten används.',
    withoutServices: 'Koppla kanalen till en tjänst eller arkivera den om den inte längre behövs.',
  },
  en: {
    scheduledPublishFailed: 'Fix the reasons and publish again, or schedule the publishing again.',
    brokenLinks: 'Fix the link, or mark it as an exception if it works in a browser.',
    sharedChannelChanged: 'Check that the channel still suits your service, and confirm the service still valid.',
    classificationChanged: 'Choose new service classes or ontology terms and save, or confirm the service still valid.',
    notUpdated: 'Update the content or confirm it still valid. Phone channels and service locations are archived automatically after {months} months.',
    missingTranslations: 'Add the missing language versions: your organization serves in these languages.',
    withoutChannels: 'Connect at least one channel, so that people know how to use the service.',
    withoutServices: 'Connect the channel to a service, or archive it if it is no longer needed.',
  },
};

export function taskName(language: UiLanguage, type: TaskType): string {
  return TASK_NAMES[language][type];
}

/** The hint of a task type; `autoArchiveMonths` 0 leaves out the sentence about automatic archiving. */
export function taskHint(language: UiLanguage, type: TaskType, autoArchiveMonths = 18): string {
  const hint = TASK_HINTS[language][type];
  if (!hint.includes('{months}')) return hint;
  return autoArchiveMonths > 0 ? hint.replace('{months}', String(autoArchiveMonths)) : hint.slice(0, hint.indexOf('.') + 1);
}
