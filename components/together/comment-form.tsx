"use client";
import { useEffect, useId, useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { MAX_COMMENT_LENGTH } from "@/lib/core/comments/comment-body";
import { matchMentionable, mentionQueryAt, type Mentionable } from "@/lib/core/comments/mentions";

type Props = {
  label: string;
  submitLabel: string;
  people: readonly Mentionable[];
  initial?: string;
  /** Resolves to true when the comment was kept (the box then empties). */
  onSubmit: (body: string) => Promise<boolean>;
  onCancel?: () => void;
  isAutofocus?: boolean;
};

/** A comment box: Ctrl/⌘+Enter sends; "@" and letters offer the people to mention (arrows, Enter or Tab to pick, Escape to close). */
export function CommentForm({ label, submitLabel, people, initial = "", onSubmit, onCancel, isAutofocus = false }: Props) {
  const t = useTranslations("Comments");
  const [body, setBody] = useState(initial);
  const [caret, setCaret] = useState(initial.length);
  const [active, setActive] = useState(0);
  const [isClosed, setClosed] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  // Where the caret goes after a name is picked: set as the new text is drawn, before the next key is typed.
  const pickedCaret = useRef<number | null>(null);
  const id = useId();
  // A box that opens on demand (editing a comment) takes the focus, its caret at the end.
  useEffect(() => {
    if (!isAutofocus || !box.current) return;
    box.current.focus();
    box.current.setSelectionRange(box.current.value.length, box.current.value.length);
  }, [isAutofocus]);
  useLayoutEffect(() => {
    if (pickedCaret.current === null) return;
    box.current?.setSelectionRange(pickedCaret.current, pickedCaret.current);
    pickedCaret.current = null;
  }, [body]);
  const query = people.length > 0 ? mentionQueryAt(body, caret) : null;
  const options = query && !isClosed ? matchMentionable(people, query.query) : [];
  const isListOpen = options.length > 0;
  const left = MAX_COMMENT_LENGTH - [...body].length;

  const pick = (person: Mentionable) => {
    if (!query) return;
    const next = `${body.slice(0, query.start)}@${person.name} ${body.slice(caret)}`;
    const at = query.start + person.name.length + 2;
    pickedCaret.current = at;
    setBody(next);
    setCaret(at);
  };
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (isBusy) return;
    setBusy(true);
    const isKept = await onSubmit(body);
    setBusy(false);
    if (isKept) {
      setBody("");
      setCaret(0);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key === "Enter") return void (event.preventDefault(), submit());
    if (!isListOpen) return event.key === "Escape" && onCancel ? (event.stopPropagation(), onCancel()) : undefined;
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };
    if (event.key in moves) {
      event.preventDefault();
      setActive((active + moves[event.key] + options.length) % options.length);
    } else if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      pick(options[Math.min(active, options.length - 1)]);
    } else if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      setClosed(true);
    }
  };

  return (
    <form className="comment-form" onSubmit={submit}>
      <label htmlFor={`${id}-box`}>{label}</label>
      <textarea
        ref={box}
        id={`${id}-box`}
        rows={3}
        value={body}
        data-autofocus={isAutofocus || undefined}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={isListOpen}
        aria-controls={`${id}-people`}
        aria-activedescendant={isListOpen ? `${id}-person-${Math.min(active, options.length - 1)}` : undefined}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          setBody(event.target.value);
          setCaret(event.target.selectionStart);
          setActive(0);
          setClosed(false);
        }}
        onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
      />
      <ul id={`${id}-people`} role="listbox" aria-label={t("mentionList")} className="mention-list" hidden={!isListOpen}>
        {options.map((person, i) => (
          <li
            key={person.id}
            id={`${id}-person-${i}`}
            role="option"
            aria-selected={i === Math.min(active, options.length - 1)}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(person)}
          >
            {person.name}
          </li>
        ))}
      </ul>
      <p className="hint" id={`${id}-hint`}>
        {people.length > 0 && t("mentionHint")} {left < 200 && <span className={left < 0 ? "error" : undefined}>{t("charactersLeft", { count: left })}</span>}
      </p>
      <div className="comment-form-actions">
        <button type="submit" className="button primary" disabled={isBusy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t("cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
