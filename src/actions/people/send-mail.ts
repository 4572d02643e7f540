import type { MailMessage } from '../../adapters/mail.ts';
import type { Context } from '../context.ts';

/**
 * Sends a mail after the change it belongs to has been saved; returns the error message instead
 * of throwing, so the caller can say "saved, but the mail did not go out: send again".
 */
export async function trySend(ctx: Context, mail: MailMessage): Promise<string | undefined> {
  if (!ctx.mailer) return 'No mail service is configured';
  try {
    await ctx.mailer.send(mail);
    return undefined;
  } catch (error) {
    return `The mail could not be sent: ${(error as Error).message}`;
  }
}
