/**
 * The service form's pickers, all plain form controls that work without JavaScript: the two-level
 * service classes and target groups as checkbox trees, ontology terms as removable chips with a
 * search (htmx suggestions, or resolved by the server when saving), areas as lists.
 */
import type { UiLanguage } from '../../shared/language.ts';
import type { Translate } from './../i18n.ts';
import type { FieldError } from './components.tsx';

export interface ClassNode {
  code: string;
  name: Partial<Record<UiLanguage, string>>;
  description?: Partial<Record<UiLanguage, string>> | null;
  children: ClassNode[];
}

const label = (name: Partial<Record<UiLanguage, string>> | null | undefined, language: UiLanguage) => name?.[language] ?? name?.fi ?? '';

/** The error of a picker, tied to its fieldset. */
function PickerError({ name, errors }: { name: string; errors: FieldError[] }) {
  const error = errors.find((e) => e.field === name);
  return error ? (
    <span className="error-text" id={`${name}-error`}>
      {error.message}
    </span>
  ) : null;
}

const describedBy = (name: string, errors: FieldError[], hint = true) => [hint ? `${name}-hint` : '', errors.some((e) => e.field === name) ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;

/** Checkbox of one class, with its description as a hint. */
function ClassBox({ name, node, chosen, language }: { name: string; node: ClassNode; chosen: string[]; language: UiLanguage }) {
  const id = `${name}-${node.code}`;
  const description = label(node.description, language);
  return (
    <div className="checkbox">
      <input type="checkbox" id={id} name={name} value={node.code} defaultChecked={chosen.includes(node.code)} aria-describedby={description ? `${id}-description` : undefined} />
      <label htmlFor={id}>
        {label(node.name, language)} <span className="code">{node.code}</span>
      </label>
      {description && (
        <span className="hint" id={`${id}-description`}>
          {description}
        </span>
      )}
    </div>
  );
}

/**
 * A two-level classification: each main class opens (a <details>) to its sub-classes, with the
 * number of sub-classes and of chosen ones in the summary ("Asuminen (6)").
 */
export function ClassTreePicker(props: { name: string; legend: string; hint: string; tree: ClassNode[]; chosen: string[]; errors: FieldError[]; language: UiLanguage; t: Translate; required?: boolean }) {
  const { name, tree, chosen, language, t } = props;
  return (
    <fieldset id={name} className="picker" aria-describedby={describedBy(name, props.errors)}>
      <legend>
        {props.legend}
        {props.required && <span className="publish-required"> ({t('requiredToPublish')})</span>}
      </legend>
      <span className="hint" id={`${name}-hint`}>
        {props.hint}
      </span>
      <PickerError name={name} errors={props.errors} />
      {/* shown by kuvaa.js: without JavaScript the browser's find-in-page does the same */}
      <div className="field tree-filter" hidden data-tree-filter>
        <label htmlFor={`${name}-filter`}>{t('treeFilter')}</label>
        <span className="hint" id={`${name}-filter-hint`}>
          {t('treeFilterHint')}
        </span>
        <input type="search" id={`${name}-filter`} autoComplete="off" aria-describedby={`${name}-filter-hint`} aria-controls={`${name}-filter-status`} />
        <span className="visually-hidden" id={`${name}-filter-status`} aria-live="polite" data-tree-filter-status={t('treeFilterCount', { count: '{count}' })} />
      </div>
      {tree.map((main) => {
        const picked = [main, ...main.children].filter((node) => chosen.includes(node.code)).length;
        return (
          <details key={main.code} open={picked > 0}>
            <summary>
              {label(main.name, language)} ({main.children.length}){picked > 0 && <strong> · {t('chosenCount', { count: picked })}</strong>}
            </summary>
            <ClassBox name={name} node={main} chosen={chosen} language={language} />
            <div className="picker-children">
              {main.children.map((child) => (
                <ClassBox key={child.code} name={name} node={child} chosen={chosen} language={language} />
              ))}
            </div>
          </details>
        );
      })}
    </fieldset>
  );
}

/** Target groups: a short tree shown open, with the guidance of the training. */
export function TargetGroupPicker(props: { tree: ClassNode[]; chosen: string[]; errors: FieldError[]; language: UiLanguage; t: Translate }) {
  const { tree, chosen, language, t } = props;
  return (
    <fieldset id="targetGroups" className="picker" aria-describedby={describedBy('targetGroups', props.errors)}>
      <legend>
        {t('targetGroups')}
        <span className="publish-required"> ({t('requiredToPublish')})</span>
      </legend>
      <span className="hint" id="targetGroups-hint">
        {t('targetGroupsHint')}
      </span>
      <PickerError name="targetGroups" errors={props.errors} />
      {tree.map((main) => (
        <div key={main.code} className="picker-group">
          <ClassBox name="targetGroups" node={main} chosen={chosen} language={language} />
          <div className="picker-children">
            {main.children.map((child) => (
              <ClassBox key={child.code} name="targetGroups" node={child} chosen={chosen} language={language} />
            ))}
          </div>
        </div>
      ))}
    </fieldset>
  );
}

export interface TermChoice {
  id: string;
  label: string;
}

/** Suggestions for the ontology-term search: checkboxes that join the chosen terms when ticked. */
export function OntologySuggestions({ terms, t }: { terms: TermChoice[]; t: Translate }) {
  if (terms.length === 0) return <p className="hint">{t('noSuggestions')}</p>;
  return (
    <ul className="chips chips--suggestions" aria-label={t('suggestions')}>
      {terms.map((term) => (
        <li key={term.id} className="chip">
          <input type="checkbox" id={`suggested-${term.id}`} name="ontologyTerms" value={term.id} />
          <label htmlFor={`suggested-${term.id}`}>{term.label}</label>
        </li>
      ))}
    </ul>
  );
}

/** Chosen ontology terms as chips (untick to remove), the search, and the suggestions. */
export function OntologyPicker(props: { chosen: TermChoice[]; candidates: TermChoice[]; typed: string; errors: FieldError[]; t: Translate; language: UiLanguage }) {
  const { t } = props;
  return (
    <fieldset id="ontologyTerms" className="picker" aria-describedby={describedBy('ontologyTerms', props.errors)}>
      <legend>
        {t('ontologyTerms')}
        <span className="publish-required"> ({t('requiredToPublish')})</span>
      </legend>
      <span className="hint" id="ontologyTerms-hint">
        {t('ontologyTermsHint')}
      </span>
      <PickerError name="ontologyTerms" errors={props.errors} />
      {props.chosen.length > 0 && (
        <ul className="chips" aria-label={t('chosenTerms')}>
          {props.chosen.map((term) => (
            <li key={term.id} className="chip">
              <input type="checkbox" id={`term-${term.id}`} name="ontologyTerms" value={term.id} defaultChecked />
              <label htmlFor={`term-${term.id}`}>{term.label}</label>
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor="ontologyAdd">{t('ontologySearch')}</label>
        <span className="hint" id="ontologyAdd-hint">
          {t('ontologySearchHint')}
        </span>
        <input
          id="ontologyAdd"
          name="ontologyAdd"
          type="search"
          defaultValue={props.typed}
          autoComplete="off"
          aria-describedby="ontologyAdd-hint"
          aria-controls="ontology-suggestions"
          hx-get={`/editor/ontology-suggestions?lang=${props.language}`}
          hx-trigger="input changed delay:300ms"
          hx-target="#ontology-suggestions"
          hx-params="ontologyAdd"
        />
      </div>
      <div id="ontology-suggestions" aria-live="polite">
        {props.candidates.length > 0 && <OntologySuggestions terms={props.candidates} t={t} />}
      </div>
    </fieldset>
  );
}

/** Organizations are searched from the third character typed (fewer match too much). */
export const ORGANIZATION_SEARCH_MIN = 3;

export function SuggestionHint({ text }: { text: string }) {
  return <p className="hint">{text}</p>;
}

export interface OrganizationChoiceChip {
  id: string;
  name: string;
}

/** Organizations found by the search, as checkboxes that join the other responsible organizations. */
export function OrganizationSuggestions({ organizations, t }: { organizations: OrganizationChoiceChip[]; t: Translate }) {
  if (organizations.length === 0) return <p className="hint">{t('noSuggestions')}</p>;
  return (
    <ul className="chips chips--suggestions" aria-label={t('suggestions')}>
      {organizations.map((o) => (
        <li key={o.id} className="chip">
          <input type="checkbox" id={`suggested-org-${o.id}`} name="otherResponsibleOrganizationIds" value={o.id} />
          <label htmlFor={`suggested-org-${o.id}`}>{o.name}</label>
        </li>
      ))}
    </ul>
  );
}

/**
 * Other responsible organizations (muut vastuuorganisaatiot): chips to untick, and a search of
 * every organization in the catalogue from the third character typed.
 */
export function OrganizationPicker(props: { chosen: OrganizationChoiceChip[]; candidates: OrganizationChoiceChip[]; typed: string; errors: FieldError[]; t: Translate }) {
  const { t } = props;
  return (
    <fieldset id="otherResponsibleOrganizationIds" className="picker" aria-describedby={describedBy('otherResponsibleOrganizationIds', props.errors)}>
      <legend>{t('otherResponsibleOrganizations')}</legend>
      <span className="hint" id="otherResponsibleOrganizationIds-hint">
        {t('otherResponsibleOrganizationsHint')}
      </span>
      <PickerError name="otherResponsibleOrganizationIds" errors={props.errors} />
      {props.chosen.length > 0 && (
        <ul className="chips" aria-label={t('chosenOrganizations')}>
          {props.chosen.map((o) => (
            <li key={o.id} className="chip">
              <input type="checkbox" id={`org-${o.id}`} name="otherResponsibleOrganizationIds" value={o.id} defaultChecked />
              <label htmlFor={`org-${o.id}`}>{o.name}</label>
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor="organizationAdd">{t('organizationSearch')}</label>
        <span className="hint" id="organizationAdd-hint">
          {t('organizationSearchHint')}
        </span>
        <PickerError name="organizationAdd" errors={props.errors} />
        <input
          id="organizationAdd"
          name="organizationAdd"
          type="search"
          defaultValue={props.typed}
          autoComplete="off"
          aria-describedby={describedBy('organizationAdd', props.errors)}
          aria-invalid={props.errors.some((e) => e.field === 'organizationAdd') ? true : undefined}
          aria-controls="organization-suggestions"
          hx-get="/editor/organization-suggestions"
          hx-trigger="input changed delay:300ms"
          hx-target="#organization-suggestions"
          hx-params="organizationAdd"
        />
      </div>
      <div id="organization-suggestions" aria-live="polite">
        {props.candidates.length > 0 && <OrganizationSuggestions organizations={props.candidates} t={t} />}
      </div>
    </fieldset>
  );
}

/** A labelled multiple select of areas; values are "Kind:code". */
export function AreaSelect({ kind, label: text, options, chosen }: { kind: string; label: string; options: { code: string; name: string }[]; chosen: string[] }) {
  const id = `areas-${kind}`;
  return (
    <div className="field">
      <label htmlFor={id}>{text}</label>
      <select id={id} name="areas" multiple size={6} defaultValue={chosen.filter((value) => value.startsWith(`${kind}:`))}>
        {options.map((option) => (
          <option key={option.code} value={`${kind}:${option.code}`}>
            {option.name}
          </option>
        ))}
      </select>
    </div>
  );
}
