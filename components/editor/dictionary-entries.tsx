import type { DictionaryMatch } from "@/lib/core/dictionary/dictionary-index";
import { orderDictionaryEntries } from "@/lib/core/dictionary/order-entries";

/** CC-CEDICT entries as Zhongwen shows them, in a learner's order: headwords in both scripts, pinyin, senses. */
export function DictionaryEntries({ match }: { match: DictionaryMatch }) {
  return (
    <dl className="dictionary-entries">
      {orderDictionaryEntries(match.entries).map((entry, i) => (
        <div key={i} className="dictionary-entry">
          <dt>
            <span lang="zh-Hans">{entry.simplified}</span>
            {entry.traditional !== entry.simplified && <span lang="zh-Hant"> {entry.traditional}</span>} <span className="entry-pinyin">{entry.pinyin}</span>
          </dt>
          <dd>{entry.senses.join("; ")}</dd>
        </div>
      ))}
    </dl>
  );
}
