/** The mails Kuvaa sends to people, in the recipient's UI language (Finnish by default). */
import type { MailMessage } from '../../adapters/mail.ts';
import type { UiLanguage } from '../../shared/language.ts';

const ROLE_NAMES: Record<UiLanguage, Record<string, string>> = {
  fi: { mainUser: 'pääkäyttäjä', maintainer: 'ylläpitäjä', viewer: 'katselija', systemAdministrator: 'järjestelmän pääkäyttäjä' },
  sv: { mainUser: 'huvudanvändare', maintainer: 'administratör', viewer: 'granskare', systemAdministrator: 'systemets huvudanvändare' },
  en: { mainUser: 'main user', maintainer: 'maintainer', viewer: 'viewer', systemAdministrator: 'system administrator' },
};

export function roleName(language: UiLanguage, role: string): string {
  return ROLE_NAMES[language][role] ?? role;
}

interface InvitationInput {
  to: string;
  language: UiLanguage;
  organizationName: string;
  role: string;
  link: string;
  expiresAt: Date;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

export function invitationMail(input: InvitationInput): MailMessage {
  const role = roleName(input.language, input.role);
  const texts: Record<UiLanguage, MailMessage> = {
    fi: {
      to: input.to,
      subject: `Kutsu Kuvaa-palvelutietovarantoon: ${input.organizationName}`,
      text: `Hei,\n\nsinut on kutsuttu organisaation ${input.organizationName} käyttäjäksi Kuvaa-palvelutietovarantoon roolissa ${role}.\n\nOta käyttäjätunnus käyttöön ja valitse salasana tästä linkistä:\n${input.link}\n\nLinkki toimii kerran ja vanhenee ${day(input.expiresAt)}. Jos et odottanut kutsua, voit jättää viestin huomiotta.\n`,
    },
    sv: {
      to: input.to,
      subject: `Inbjudan till Kuvaa servicedatalagret: ${input.organizationName}`,
      text: `Hej,\n\ndu har bjudits in som användare för organisationen ${input.organizationName} i Kuvaa servicedatalagret med rollen ${role}.\n\nTa kontot i bruk och välj ett lösenord via länken:\n${input.link}\n\nLänken fungerar en gång och går ut ${day(input.expiresAt)}. Om du inte väntade dig inbjudan kan du strunta i meddelandet.\n`,
    },
    en: {
      to: input.to,
      subject: `Invitation to the Kuvaa service catalogue: ${input.organizationName}`,
      text: `Hello,\n\nyou have been invited to the Kuvaa service catalogue as a ${role} of ${input.organizationName}.\n\nActivate your account and choose a password with this link:\n${input.link}\n\nThe link works once and expires on ${day(input.expiresAt)}. If you did not expect this invitation, you can ignore this message.\n`,
    },
  };
  return texts[input.language];
}

export function roleGrantedMail(input: Omit<InvitationInput, 'expiresAt'>): MailMessage {
  const role = roleName(input.language, input.role);
  const texts: Record<UiLanguage, MailMessage> = {
    fi: { to: input.to, subject: `Sinulle annettiin oikeudet: ${input.organizationName}`, text: `Hei,\n\nsinulle on annettu rooli ${role} organisaatiossa ${input.organizationName} Kuvaa-palvelutietovarannossa. Kirjaudu sisään ja valitse organisaatio:\n${input.link}\n` },
    sv: { to: input.to, subject: `Du har fått behörighet: ${input.organizationName}`, text: `Hej,\n\ndu har fått rollen ${role} i organisationen ${input.organizationName} i Kuvaa servicedatalagret. Logga in och välj organisation:\n${input.link}\n` },
    en: { to: input.to, subject: `You have been given access: ${input.organizationName}`, text: `Hello,\n\nyou are now a ${role} of ${input.organizationName} in the Kuvaa service catalogue. Sign in and choose the organization:\n${input.link}\n` },
  };
  return texts[input.language];
}

export function passwordResetMail(input: { to: string; language: UiLanguage; link: string; validMinutes: number }): MailMessage {
  const texts: Record<UiLanguage, MailMessage> = {
    fi: { to: input.to, subject: 'Kuvaa: salasanan vaihto', text: `Hei,\n\njoku (toivottavasti sinä) pyysi salasanan vaihtoa Kuvaa-palvelutietovarantoon. Valitse uusi salasana tästä linkistä:\n${input.link}\n\nLinkki toimii kerran ja ${input.validMinutes} minuutin ajan. Jos et pyytänyt vaihtoa, voit jättää viestin huomiotta: salasanasi ei muutu.\n` },
    sv: { to: input.to, subject: 'Kuvaa: byte av lösenord', text: `Hej,\n\nnågon (förhoppningsvis du) bad om att byta lösenordet till Kuvaa servicedatalagret. Välj ett nytt lösenord via länken:\n${input.link}\n\nLänken fungerar en gång och i ${input.validMinutes} minuter. Om du inte bad om bytet kan du strunta i meddelandet: ditt lösenord ändras inte.\n` },
    en: { to: input.to, subject: 'Kuvaa: reset your password', text: `Hello,\n\nsomeone (hopefully you) asked to reset your Kuvaa service catalogue password. Choose a new password with this link:\n${input.link}\n\nThe link works once and for ${input.validMinutes} minutes. If you did not ask for this, ignore this message: your password stays as it is.\n` },
  };
  return texts[input.language];
}
